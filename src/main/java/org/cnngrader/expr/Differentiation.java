package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.TensorMath;

/**
 * Reverse-mode differentiation of an expression, for {@code grad(y, x)} and {@code vjp(y, x, dy)}.
 *
 * <p>{@code y} is evaluated once, recording for every subexpression that uses the name {@code x}
 * how to send a gradient back to its operands (the chain rule, each function's derivatives as
 * declared in {@link FunctionLibrary}); subexpressions without {@code x} are constants. Then the
 * seed — 1 for {@code grad}, {@code dy} for {@code vjp} — flows back from {@code y} to {@code x}:
 * <pre>
 *   grad(y, x) = ∂y/∂x (y a single number),   vjp(y, x, dy) = (∂y/∂x)ᵀ dy = ∇ₓ Σ y ⊙ dy.
 * </pre>
 * Other names ({@code given} values, parts) are constants. Where the derivative is not unique the
 * rules are PyTorch's autograd (see each function's derivative).
 */
final class Differentiation {

    /** How a traced subexpression sends the gradient of its value back towards {@code x}. */
    @FunctionalInterface
    private interface Backward {
        void propagate(Tensor upstream);
    }

    /** The value of a subexpression, and its way back (null for a constant). */
    private record Traced(Value value, Backward backward) {
        boolean constant() {
            return backward == null;
        }
    }

    private final Evaluator evaluator;
    private final String function;
    private final String variable;
    private final Tensor variableValue;
    private final double[] gradient;

    private Differentiation(Evaluator evaluator, String function, String variable, Tensor variableValue) {
        this.evaluator = evaluator;
        this.function = function;
        this.variable = variable;
        this.variableValue = variableValue;
        this.gradient = new double[variableValue.size()];
    }

    /** Whether the evaluator leaves this function to differentiation. */
    static boolean handles(FunctionLibrary.Function function) {
        return function.name().equals("grad") || function.name().equals("vjp");
    }

    /** The value of a {@code grad} or {@code vjp} call. */
    static Value differentiate(Evaluator evaluator, Expression.Call call, Evaluator.Binding binding) {
        String function = binding.function().name();
        Expression y = binding.given().get("y");
        Expression x = binding.given().get("x");
        if (!(x instanceof Expression.Name name)) {
            throw new ExpressionException(x.column(), function + ": x must be the name of a given tensor or a part,"
                    + " not " + x);
        }
        Value xValue = evaluator.lookup(name.name()).orElseThrow(() -> new ExpressionException(x.column(), function
                + ": x must be the name of a given tensor or a part, and nothing is named '" + name.name() + "'"));
        if (!(xValue instanceof Value.TensorValue xTensor)) {
            throw new ExpressionException(x.column(), function + ": " + name.name() + " is " + xValue.describe()
                    + "; only numbers have a gradient");
        }
        if (!y.names().contains(name.name())) {
            throw new ExpressionException(x.column(), function + ": " + name.name() + " is not an input of " + y
                    + "; the gradient is taken with respect to a name the expression uses");
        }
        Differentiation differentiation = new Differentiation(evaluator, function, name.name(), xTensor.tensor());
        Traced output = differentiation.trace(y);
        Tensor result = tensor(output.value(), y, function);
        Tensor seed;
        if (function.equals("grad")) {
            if (!result.isSingle()) {
                throw new ExpressionException(y.column(), "grad needs a single number y, but " + y + " is "
                        + output.value().describe() + "; backpropagate an upstream gradient with vjp(y, x, dy)");
            }
            seed = Tensor.filled(result.shape(), 1);
        } else {
            Expression dyExpression = binding.given().get("dy");
            Tensor dy = tensor(evaluator.evaluate(dyExpression), dyExpression, function);
            if (!Arrays.equals(dy.shape(), result.shape()) && !(dy.isSingle() && result.isSingle())) {
                throw new ExpressionException(dyExpression.column(), "vjp: dy has shape "
                        + Shapes.format(dy.shape()) + " but y has shape " + Shapes.format(result.shape())
                        + "; the upstream gradient must have the shape of y");
            }
            seed = dy.reshape(result.shape());
        }
        output.backward().propagate(seed);
        return new Value.TensorValue(Tensor.of(xTensor.tensor().shape(), differentiation.gradient));
    }

    private Traced trace(Expression expression) {
        if (!expression.names().contains(variable)) {
            return new Traced(evaluator.evaluate(expression), null);
        }
        if (expression instanceof Expression.Name) {
            return new Traced(new Value.TensorValue(variableValue), this::accumulate);
        }
        if (expression instanceof Expression.Negation negation) {
            Traced operand = trace(negation.operand());
            Tensor value = tensor(operand.value(), negation.operand(), "-");
            return new Traced(new Value.TensorValue(TensorMath.negate(value)),
                    upstream -> operand.backward().propagate(TensorMath.negate(upstream)));
        }
        if (expression instanceof Expression.Binary binary) {
            return binary(binary);
        }
        if (expression instanceof Expression.ListLiteral list) {
            return list(list);
        }
        return call((Expression.Call) expression);
    }

    private void accumulate(Tensor upstream) {
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] += upstream.valueAt(i);
        }
    }

    private Traced binary(Expression.Binary binary) {
        String operator = binary.operator();
        if (operator.equals("==") || operator.equals("and")) {
            throw new ExpressionException(binary.column(), function + ": '" + operator + "' gives true or false,"
                    + " which has no gradient");
        }
        Traced left = trace(binary.left());
        Traced right = trace(binary.right());
        Tensor a = tensor(left.value(), binary.left(), operator);
        Tensor b = tensor(right.value(), binary.right(), operator);
        try {
            Tensor value = TensorMath.apply(operator, a, b);
            return new Traced(new Value.TensorValue(value), upstream -> {
                switch (operator) {
                    case "+" -> {
                        send(left, TensorMath.sumTo(upstream, a.shape()));
                        send(right, TensorMath.sumTo(upstream, b.shape()));
                    }
                    case "-" -> {
                        send(left, TensorMath.sumTo(upstream, a.shape()));
                        send(right, TensorMath.sumTo(TensorMath.negate(upstream), b.shape()));
                    }
                    case "*" -> {
                        send(left, TensorMath.sumTo(TensorMath.multiply(upstream, b), a.shape()));
                        send(right, TensorMath.sumTo(TensorMath.multiply(upstream, a), b.shape()));
                    }
                    case "/" -> {
                        send(left, TensorMath.sumTo(TensorMath.divide(upstream, b), a.shape()));
                        if (!right.constant()) {
                            // d(a/b)/db = −a/b²
                            Tensor quotient = TensorMath.divide(TensorMath.divide(a, b), b);
                            send(right, TensorMath.sumTo(TensorMath.negate(TensorMath.multiply(upstream, quotient)),
                                    b.shape()));
                        }
                    }
                    default -> {
                        send(left, TensorMath.matmulGradientLeft(a, b, upstream));
                        send(right, TensorMath.matmulGradientRight(a, b, upstream));
                    }
                }
            });
        } catch (EngineException problem) {
            throw new ExpressionException(binary.column(), problem.getMessage());
        }
    }

    private static void send(Traced operand, Tensor gradient) {
        if (!operand.constant()) {
            operand.backward().propagate(gradient);
        }
    }

    private Traced list(Expression.ListLiteral list) {
        List<Traced> items = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (Expression item : list.items()) {
            Traced traced = trace(item);
            tensor(traced.value(), item, "a list");
            items.add(traced);
            values.add(traced.value());
        }
        Value value;
        try {
            value = Values.list(values);
        } catch (IllegalArgumentException | EngineException problem) {
            throw new ExpressionException(list.column(), problem.getMessage());
        }
        return new Traced(value, upstream -> {
            int block = upstream.size() / items.size();
            double[] all = upstream.values();
            for (int i = 0; i < items.size(); i++) {
                Tensor item = ((Value.TensorValue) items.get(i).value()).tensor();
                send(items.get(i), Tensor.of(item.shape(), Arrays.copyOfRange(all, i * block, (i + 1) * block)));
            }
        });
    }

    private Traced call(Expression.Call call) {
        Evaluator.Binding binding = evaluator.bind(call);
        FunctionLibrary.Function called = binding.function();
        if (handles(called)) {
            throw new ExpressionException(call.column(), function + ": a gradient of a gradient ("
                    + called.name() + " inside " + function + ") is not supported");
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Traced> traced = new LinkedHashMap<>();
        for (FunctionLibrary.Parameter parameter : called.parameters()) {
            Expression argument = binding.given().get(parameter.name());
            if (argument == null) {
                if (parameter.defaultValue() != null) {
                    values.put(parameter.name(), parameter.defaultValue());
                }
                continue;
            }
            if (!argument.names().contains(variable)) {
                values.put(parameter.name(), evaluator.evaluateArgument(argument));
                continue;
            }
            if (!called.differentiable(parameter.name())) {
                throw new ExpressionException(argument.column(), function + ": " + called.name()
                        + " cannot be differentiated with respect to its argument '" + parameter.name() + "'"
                        + (called.derivatives().isEmpty() ? " (it has no gradient)" : ""));
            }
            Traced operand = trace(argument);
            tensor(operand.value(), argument, called.name());
            values.put(parameter.name(), operand.value());
            traced.put(parameter.name(), operand);
        }
        Value value = evaluator.invoke(call, binding, values);
        if (!(value instanceof Value.TensorValue)) {
            throw new ExpressionException(call.column(), function + ": " + called.name() + " gives "
                    + value.describe() + ", which has no gradient");
        }
        Arguments arguments = Arguments.of(called.name(), values);
        return new Traced(value, upstream -> {
            for (Map.Entry<String, Traced> operand : traced.entrySet()) {
                Tensor shape = ((Value.TensorValue) operand.getValue().value()).tensor();
                Tensor local;
                try {
                    local = TensorMath.sumTo(called.derivatives().get(operand.getKey()).apply(arguments, upstream),
                            shape.shape());
                } catch (EngineException problem) {
                    throw new ExpressionException(call.column(), function + ": " + called.name() + ": "
                            + problem.getMessage());
                }
                send(operand.getValue(), local);
            }
        });
    }

    private static Tensor tensor(Value value, Expression expression, String where) {
        if (value instanceof Value.TensorValue tensor) {
            return tensor.tensor();
        }
        throw new ExpressionException(expression.column(), "'" + where + "' needs numbers, not " + value.describe());
    }
}
