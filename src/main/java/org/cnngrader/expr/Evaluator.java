package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.TensorMath;
import org.cnngrader.engine.Tolerance;

/**
 * Evaluates an {@link Expression} to a {@link Value}. Names are looked up in a {@link Scope}; a
 * name the scope does not know is a bare word when it is a function argument ({@code same}) and
 * an error anywhere else. {@code ==} compares within the evaluator's tolerance. Every error is an
 * {@link ExpressionException} naming the column of the call or operand at fault.
 */
public final class Evaluator {

    /** Where names get their values: the rubric's {@code given}, part references or student answers. */
    @FunctionalInterface
    public interface Scope {

        /** The value of {@code name}, if this scope defines it. */
        Optional<Value> lookup(String name);

        /** A scope with nothing in it. */
        static Scope empty() {
            return name -> Optional.empty();
        }

        /** A scope backed by a map. */
        static Scope of(Map<String, Value> values) {
            Map<String, Value> copy = Map.copyOf(values);
            return name -> Optional.ofNullable(copy.get(name));
        }
    }

    private final Scope scope;
    private final Tolerance tolerance;

    /** An evaluator over {@code scope} whose {@code ==} uses {@code tolerance}. */
    public Evaluator(Scope scope, Tolerance tolerance) {
        this.scope = scope;
        this.tolerance = tolerance;
    }

    /** An evaluator with no names and the default tolerance, for constant expressions. */
    public static Evaluator constants() {
        return new Evaluator(Scope.empty(), Tolerance.DEFAULT);
    }

    /** Parses and evaluates {@code text}. */
    public Value evaluate(String text) {
        return evaluate(Parser.parse(text));
    }

    /** The value of {@code expression}. */
    public Value evaluate(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return Value.TensorValue.of(number.value());
        }
        if (expression instanceof Expression.BooleanLiteral bool) {
            return new Value.BooleanValue(bool.value());
        }
        if (expression instanceof Expression.StringLiteral string) {
            return new Value.StringValue(string.value());
        }
        if (expression instanceof Expression.Name name) {
            return scope.lookup(name.name()).orElseThrow(() -> unknownName(name));
        }
        if (expression instanceof Expression.ListLiteral list) {
            List<Value> items = new ArrayList<>();
            for (Expression item : list.items()) {
                items.add(evaluate(item));
            }
            try {
                return Values.list(items);
            } catch (IllegalArgumentException | EngineException problem) {
                throw new ExpressionException(list.column(), problem.getMessage());
            }
        }
        if (expression instanceof Expression.Negation negation) {
            Tensor operand = numbers(evaluate(negation.operand()), "-", negation.operand());
            return new Value.TensorValue(TensorMath.negate(operand));
        }
        if (expression instanceof Expression.Binary binary) {
            return binary(binary);
        }
        return call((Expression.Call) expression);
    }

    private Value binary(Expression.Binary binary) {
        String operator = binary.operator();
        if (operator.equals("and")) {
            if (!truth(evaluate(binary.left()), binary.left())) {
                return new Value.BooleanValue(false);
            }
            return new Value.BooleanValue(truth(evaluate(binary.right()), binary.right()));
        }
        Value left = evaluate(binary.left());
        Value right = evaluate(binary.right());
        if (operator.equals("==")) {
            return new Value.BooleanValue(equal(left, right));
        }
        Tensor a = numbers(left, operator, binary.left());
        Tensor b = numbers(right, operator, binary.right());
        try {
            Tensor result = TensorMath.apply(operator, a, b);
            return new Value.TensorValue(result);
        } catch (EngineException problem) {
            throw new ExpressionException(binary.column(), problem.getMessage());
        }
    }

    /** Whether two values are equal, numbers within the tolerance; a single entry equals that number. */
    public boolean equal(Value left, Value right) {
        if (left instanceof Value.TensorValue a && right instanceof Value.TensorValue b) {
            if (a.tensor().isSingle() && b.tensor().isSingle()) {
                return tolerance.accepts(a.tensor().item(), b.tensor().item());
            }
            return tolerance.accepts(a.tensor(), b.tensor());
        }
        if (left instanceof Value.ListValue a && right instanceof Value.ListValue b) {
            if (a.items().size() != b.items().size()) {
                return false;
            }
            for (int i = 0; i < a.items().size(); i++) {
                if (!equal(a.items().get(i), b.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        String wordA = Values.word(left);
        String wordB = Values.word(right);
        if (wordA != null && wordB != null) {
            return wordA.equals(wordB);
        }
        return left.equals(right);
    }

    private Value call(Expression.Call call) {
        Binding binding = bind(call);
        if (Differentiation.handles(binding.function())) {
            return Differentiation.differentiate(this, call, binding);
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (FunctionLibrary.Parameter parameter : binding.function().parameters()) {
            Expression argument = binding.given().get(parameter.name());
            if (argument != null) {
                values.put(parameter.name(), argumentValue(argument));
            } else if (parameter.defaultValue() != null) {
                values.put(parameter.name(), parameter.defaultValue());
            }
        }
        return invoke(call, binding, values);
    }

    /** A call's function and the expression given for each of its parameters (by name). */
    record Binding(FunctionLibrary.Function function, Map<String, Expression> given) {
    }

    /** The function a call names and its arguments by parameter, checked: unknown, repeated or missing ones fail. */
    Binding bind(Expression.Call call) {
        FunctionLibrary.Function function = FunctionLibrary.find(call.function())
                .orElseThrow(() -> new ExpressionException(call.column(), "unknown function '" + call.function() + "'"
                        + suggestion(call.function(), FunctionLibrary.all().stream().map(FunctionLibrary.Function::name)
                                .toList())));
        List<FunctionLibrary.Parameter> parameters = function.parameters();
        if (call.positional().size() > parameters.size()) {
            throw new ExpressionException(call.positional().get(parameters.size()).column(), function.name()
                    + " takes at most " + parameters.size() + " arguments: " + function.signature());
        }
        Map<String, Expression> given = new LinkedHashMap<>();
        for (int index = 0; index < call.positional().size(); index++) {
            given.put(parameters.get(index).name(), call.positional().get(index));
        }
        List<String> parameterNames = parameters.stream().map(FunctionLibrary.Parameter::name).toList();
        for (Expression.NamedArgument argument : call.named()) {
            if (!parameterNames.contains(argument.name())) {
                throw new ExpressionException(argument.column(), function.name() + " has no argument '"
                        + argument.name() + "'" + suggestion(argument.name(), parameterNames) + ": "
                        + function.signature());
            }
            if (given.containsKey(argument.name())) {
                throw new ExpressionException(argument.column(), "argument '" + argument.name()
                        + "' of " + function.name() + " is given twice");
            }
            given.put(argument.name(), argument.value());
        }
        for (FunctionLibrary.Parameter parameter : parameters) {
            if (parameter.required() && !given.containsKey(parameter.name())) {
                throw new ExpressionException(call.column(), function.name() + " needs the argument '"
                        + parameter.name() + "': " + function.signature());
            }
        }
        return new Binding(function, given);
    }

    /** Runs a bound function on argument values, errors placed at the argument or call at fault. */
    Value invoke(Expression.Call call, Binding binding, Map<String, Value> values) {
        try {
            return FunctionLibrary.call(binding.function(), Arguments.of(binding.function().name(), values));
        } catch (Arguments.ArgumentException wrong) {
            Expression argument = binding.given().get(wrong.parameter());
            throw new ExpressionException(argument == null ? call.column() : argument.column(), wrong.getMessage());
        } catch (EngineException problem) {
            // Most engine messages name their operation already ("cross_entropy: a class index …"): naming the
            // function again read as a stutter. One of another name (a function built on another) keeps both.
            String name = binding.function().name();
            String message = problem.getMessage();
            boolean named = message.startsWith(name + ":") || message.startsWith(name + " ");
            throw new ExpressionException(call.column(), named ? message : name + ": " + message);
        }
    }

    /** The value of a name in this evaluator's scope. */
    Optional<Value> lookup(String name) {
        return scope.lookup(name);
    }

    /**
     * The value of an expression in argument position: a name nothing defines is a bare word
     * ({@code same}) rather than an error.
     */
    public Value evaluateArgument(Expression argument) {
        return argumentValue(argument);
    }

    private Value argumentValue(Expression argument) {
        if (argument instanceof Expression.Name name) {
            Optional<Value> value = scope.lookup(name.name());
            if (value.isPresent()) {
                return value.get();
            }
            rejectNonFinite(name);
            return new Value.WordValue(name.name());
        }
        return evaluate(argument);
    }

    private Tensor numbers(Value value, String operator, Expression operand) {
        if (value instanceof Value.TensorValue tensor) {
            return tensor.tensor();
        }
        throw new ExpressionException(operand.column(), "'" + operator + "' needs numbers, not " + value.describe());
    }

    private boolean truth(Value value, Expression operand) {
        if (value instanceof Value.BooleanValue bool) {
            return bool.value();
        }
        throw new ExpressionException(operand.column(), "'and' needs true or false, not " + value.describe());
    }

    private ExpressionException unknownName(Expression.Name name) {
        rejectNonFinite(name);
        return new ExpressionException(name.column(), "unknown name '" + name.name() + "'");
    }

    private static void rejectNonFinite(Expression.Name name) {
        String lower = name.name().toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
            throw new ExpressionException(name.column(), name.name() + " is not allowed: every value must be a finite"
                    + " number");
        }
    }

    /** {@code " (did you mean 'stride'?)"} when a known name is within two edits, else empty. */
    static String suggestion(String unknown, List<String> known) {
        return known.stream()
                .filter(candidate -> editDistance(unknown, candidate) <= 2)
                .min(Comparator.comparingInt((String candidate) -> editDistance(unknown, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
