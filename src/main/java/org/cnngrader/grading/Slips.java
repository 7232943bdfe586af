package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.FunctionLibrary;
import org.cnngrader.expr.Parser;
import org.cnngrader.expr.Slip;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;

/**
 * The single-slip rewrites of a reference expression: each call rewritten by one of the slips its
 * function declares ({@link FunctionLibrary.Function#slips()}, typed data next to the function's
 * signature), and the rounded intermediates a student writes down on the way, which are accepted.
 * The words come from the declarations; this class only applies them.
 *
 * <p>Inside the expression a {@code grad} or {@code vjp} differentiates, the slips declared for a
 * gradient ({@link Slip.InGradientThrough}) apply too, and no value is rounded (round has gradient
 * 0, so a rounded intermediate is no gradient at all).
 */
final class Slips {

    /** A rewritten reference: the expression, the words for the slip, and whether its result is acceptable anyway. */
    record Mutant(Expression expression, String words, boolean acceptable) {
    }

    private static final List<String> GRADIENTS = List.of("grad", "vjp");

    private Slips() {
    }

    /** Every single-slip mutant of {@code root}, in reading order; {@code decimals} for the rounding slip. */
    static List<Mutant> of(Expression root, int decimals) {
        List<Mutant> mutants = new ArrayList<>();
        collect(root, root, decimals, true, mutants);
        return mutants;
    }

    private static void collect(Expression root, Expression node, int decimals, boolean rounding,
            List<Mutant> mutants) {
        if (node instanceof Expression.Call call) {
            boolean gradient = GRADIENTS.contains(call.function());
            if (gradient) {
                gradientMutants(call).forEach(mutant -> mutants.add(new Mutant(replace(root, call,
                        mutant.expression()), mutant.words(), false)));
            }
            FunctionLibrary.find(call.function()).ifPresent(declared -> {
                for (Slip slip : declared.slips()) {
                    if (slip.scope() instanceof Slip.Anywhere) {
                        apply(call, declared, slip).ifPresent(mutant -> mutants.add(new Mutant(replace(root, call,
                                mutant), slip.words(), false)));
                    }
                }
            });
            roundedIntermediate(call, decimals, rounding && !gradient).ifPresent(mutant -> mutants.add(new Mutant(
                    replace(root, call, mutant), "computed from values rounded to " + decimals + " decimals", true)));
            Optional<Expression> differentiated = gradient ? argument(call, "y") : Optional.empty();
            call.positional().forEach(argument -> collect(root, argument, decimals,
                    rounding && differentiated.filter(y -> y == argument).isEmpty(), mutants));
            call.named().forEach(argument -> collect(root, argument.value(), decimals,
                    rounding && differentiated.filter(y -> y == argument.value()).isEmpty(), mutants));
        } else if (node instanceof Expression.Binary binary) {
            collect(root, binary.left(), decimals, rounding, mutants);
            collect(root, binary.right(), decimals, rounding, mutants);
        } else if (node instanceof Expression.Negation negation) {
            collect(root, negation.operand(), decimals, rounding, mutants);
        }
    }

    /**
     * The slips of backpropagation in {@code grad(y, x)} or {@code vjp(y, x, dy)}: each call inside {@code y}
     * through whose declared parameter the variable {@code x} flows, rewritten by its gradient slips.
     */
    private static List<Mutant> gradientMutants(Expression.Call gradient) {
        List<Mutant> mutants = new ArrayList<>();
        Optional<Expression> differentiated = argument(gradient, "y");
        Optional<String> variable = argument(gradient, "x").filter(Expression.Name.class::isInstance)
                .map(name -> ((Expression.Name) name).name());
        if (differentiated.isEmpty() || variable.isEmpty()) {
            return mutants;
        }
        Expression y = differentiated.get();
        for (Expression.Call inner : calls(y)) {
            Optional<FunctionLibrary.Function> function = FunctionLibrary.find(inner.function());
            for (Slip slip : function.map(FunctionLibrary.Function::slips).orElse(List.of())) {
                if (slip.scope() instanceof Slip.InGradientThrough through && argument(inner,
                        through.parameter().name()).map(value -> value.names().contains(variable.get()))
                        .orElse(false)) {
                    apply(inner, function.get(), slip).ifPresent(mutant -> mutants.add(new Mutant(with(gradient, "y",
                            replace(y, inner, mutant)), slip.words(), false)));
                }
            }
        }
        return mutants;
    }

    /** The call as the slip rewrites it; empty when the slip changes nothing here or cannot be written. */
    static Optional<Expression> apply(Expression.Call call, FunctionLibrary.Function function, Slip slip) {
        if (slip instanceof Slip.Argument argument) {
            return changed(call, function, argument.parameter(), argument.change());
        }
        if (slip instanceof Slip.Instead instead) {
            return Optional.of(instead(call, function, FunctionLibrary.find(instead.function()).orElseThrow()));
        }
        return substitute(((Slip.Rewrite) slip).template(), call, function, true);
    }

    private static Optional<Expression> changed(Expression.Call call, FunctionLibrary.Function function,
            FunctionLibrary.Parameter parameter, Slip.Change change) {
        Optional<Expression> current = argument(call, parameter.name()).or(() -> defaultOf(parameter));
        Optional<Expression> replacement;
        if (change instanceof Slip.To to) {
            // Setting what is already there is no slip.
            boolean same = current.map(Object::toString).filter(to.value().toString()::equals).isPresent()
                    || current.filter(value -> isNumber(value, 0)).isPresent() && to.value().toString().equals("valid")
                    || current.filter(value -> value.toString().equals("valid")).isPresent() && isNumber(to.value(), 0);
            replacement = same ? Optional.empty() : Optional.of(to.value());
        } else if (change instanceof Slip.Plus plus) {
            replacement = current.filter(Expression.NumberLiteral.class::isInstance)
                    .map(value -> number(((Expression.NumberLiteral) value).value() + plus.amount()));
        } else if (change instanceof Slip.Times times) {
            replacement = current.filter(value -> !isNumber(value, 0)).map(value -> new Expression.Binary("*", value,
                    number(times.factor()), value.column()));
        } else {
            replacement = current.isPresent() ? substitute(((Slip.Becomes) change).template(), call, function, false)
                    : Optional.empty();
        }
        return replacement.map(value -> with(call, parameter.name(), value));
    }

    /** The template with each parameter name replaced by the call's argument (its default when left out). */
    private static Optional<Expression> substitute(Expression template, Expression.Call call,
            FunctionLibrary.Function function, boolean self) {
        Expression result = template;
        for (String name : template.names()) {
            Optional<Expression> value = self && name.equals(Slip.SELF) ? Optional.of(call)
                    : argument(call, name).or(() -> function.parameter(name).flatMap(Slips::defaultOf));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            result = replaceName(result, name, value.get());
        }
        return Optional.of(result);
    }

    /** The call to {@code other} with the arguments it shares with {@code function}, positional while they align. */
    private static Expression.Call instead(Expression.Call call, FunctionLibrary.Function function,
            FunctionLibrary.Function other) {
        List<Expression> positional = new ArrayList<>();
        List<Expression.NamedArgument> named = new ArrayList<>();
        List<FunctionLibrary.Parameter> parameters = function.parameters();
        List<FunctionLibrary.Parameter> otherParameters = other.parameters();
        for (int index = 0; index < call.positional().size() && index < parameters.size(); index++) {
            String name = parameters.get(index).name();
            Expression value = call.positional().get(index);
            if (named.isEmpty() && index < otherParameters.size() && otherParameters.get(index).name().equals(name)) {
                positional.add(value);
            } else if (other.parameter(name).isPresent()) {
                named.add(new Expression.NamedArgument(name, value, value.column()));
            }
        }
        for (Expression.NamedArgument argument : call.named()) {
            if (other.parameter(argument.name()).isPresent()) {
                named.add(argument);
            }
        }
        return new Expression.Call(other.name(), positional, named, call.column());
    }

    /** The call with its first argument rounded, as a student rounds a value on paper before going on. */
    private static Optional<Expression> roundedIntermediate(Expression.Call call, int decimals, boolean rounding) {
        if (!rounding || call.function().equals("round") || call.positional().isEmpty()) {
            return Optional.empty();
        }
        Expression inner = call.positional().get(0);
        if (inner instanceof Expression.Call || inner instanceof Expression.Name) {
            return Optional.of(withPositional(call, 0, call("round", inner, number(decimals))));
        }
        return Optional.empty();
    }

    /** A parameter's literal default, as an expression; empty for a default derived from another argument. */
    private static Optional<Expression> defaultOf(FunctionLibrary.Parameter parameter) {
        if (parameter.defaultValue() == null) {
            return Optional.empty();
        }
        if (parameter.defaultValue() instanceof Value.WordValue word) {
            return Optional.of(word(word.word()));
        }
        return Optional.of(Parser.parse(Values.toLiteral(parameter.defaultValue())));
    }

    private static boolean isNumber(Expression expression, double number) {
        return expression instanceof Expression.NumberLiteral literal && literal.value() == number;
    }

    /** Every call in {@code expression}, outermost first. */
    private static List<Expression.Call> calls(Expression expression) {
        List<Expression.Call> calls = new ArrayList<>();
        if (expression instanceof Expression.Call call) {
            calls.add(call);
            call.positional().forEach(argument -> calls.addAll(calls(argument)));
            call.named().forEach(argument -> calls.addAll(calls(argument.value())));
        } else if (expression instanceof Expression.Binary binary) {
            calls.addAll(calls(binary.left()));
            calls.addAll(calls(binary.right()));
        } else if (expression instanceof Expression.Negation negation) {
            calls.addAll(calls(negation.operand()));
        } else if (expression instanceof Expression.ListLiteral list) {
            list.items().forEach(item -> calls.addAll(calls(item)));
        }
        return calls;
    }

    /** {@code root} with every occurrence of the name {@code name} replaced by {@code replacement}. */
    private static Expression replaceName(Expression root, String name, Expression replacement) {
        if (root instanceof Expression.Name found) {
            return found.name().equals(name) ? replacement : root;
        }
        if (root instanceof Expression.Call call) {
            return new Expression.Call(call.function(), call.positional().stream().map(argument -> replaceName(
                    argument, name, replacement)).toList(), call.named().stream().map(argument ->
                    new Expression.NamedArgument(argument.name(), replaceName(argument.value(), name, replacement),
                    argument.column())).toList(), call.column());
        }
        if (root instanceof Expression.Binary binary) {
            return new Expression.Binary(binary.operator(), replaceName(binary.left(), name, replacement),
                    replaceName(binary.right(), name, replacement), binary.column());
        }
        if (root instanceof Expression.Negation negation) {
            return new Expression.Negation(replaceName(negation.operand(), name, replacement), negation.column());
        }
        if (root instanceof Expression.ListLiteral list) {
            return new Expression.ListLiteral(list.items().stream().map(item -> replaceName(item, name, replacement))
                    .toList(), list.column());
        }
        return root;
    }

    /** The argument bound to {@code parameter}, positional or named. */
    static Optional<Expression> argument(Expression.Call call, String parameter) {
        for (Expression.NamedArgument named : call.named()) {
            if (named.name().equals(parameter)) {
                return Optional.of(named.value());
            }
        }
        int index = parameterIndex(call.function(), parameter);
        return index >= 0 && index < call.positional().size() ? Optional.of(call.positional().get(index))
                : Optional.empty();
    }

    private static int parameterIndex(String function, String parameter) {
        return FunctionLibrary.find(function).map(found -> found.parameters().stream()
                .map(FunctionLibrary.Parameter::name).toList().indexOf(parameter)).orElse(-1);
    }

    /** The call with {@code parameter} bound to {@code value}. */
    private static Expression.Call with(Expression.Call call, String parameter, Expression value) {
        int index = parameterIndex(call.function(), parameter);
        if (index >= 0 && index < call.positional().size()) {
            return withPositional(call, index, value);
        }
        List<Expression.NamedArgument> named = new ArrayList<>();
        boolean replaced = false;
        for (Expression.NamedArgument argument : call.named()) {
            if (argument.name().equals(parameter)) {
                named.add(new Expression.NamedArgument(parameter, value, argument.column()));
                replaced = true;
            } else {
                named.add(argument);
            }
        }
        if (!replaced) {
            named.add(new Expression.NamedArgument(parameter, value, call.column()));
        }
        return new Expression.Call(call.function(), call.positional(), named, call.column());
    }

    private static Expression.Call withPositional(Expression.Call call, int index, Expression value) {
        List<Expression> positional = new ArrayList<>(call.positional());
        positional.set(index, value);
        return new Expression.Call(call.function(), positional, call.named(), call.column());
    }

    private static Expression.Call call(String function, Expression... arguments) {
        return new Expression.Call(function, List.of(arguments), List.of(), 1);
    }

    private static Expression number(double value) {
        return new Expression.NumberLiteral(value, Values.plainNumber(value).toString(), 1);
    }

    private static Expression word(String word) {
        return new Expression.Name(word, 1);
    }

    /** {@code root} with the node {@code target} (by identity) replaced by {@code replacement}. */
    static Expression replace(Expression root, Expression target, Expression replacement) {
        if (root == target) {
            return replacement;
        }
        if (root instanceof Expression.Call call) {
            List<Expression> positional = call.positional().stream().map(argument -> replace(argument, target,
                    replacement)).toList();
            List<Expression.NamedArgument> named = call.named().stream().map(argument -> new Expression.NamedArgument(
                    argument.name(), replace(argument.value(), target, replacement), argument.column())).toList();
            return new Expression.Call(call.function(), positional, named, call.column());
        }
        if (root instanceof Expression.Binary binary) {
            return new Expression.Binary(binary.operator(), replace(binary.left(), target, replacement),
                    replace(binary.right(), target, replacement), binary.column());
        }
        if (root instanceof Expression.Negation negation) {
            return new Expression.Negation(replace(negation.operand(), target, replacement), negation.column());
        }
        if (root instanceof Expression.ListLiteral list) {
            return new Expression.ListLiteral(list.items().stream().map(item -> replace(item, target, replacement))
                    .toList(), list.column());
        }
        return root;
    }
}
