package org.cnngrader.expr;

import java.util.Map;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Padding;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;

/**
 * The values bound to a function's parameters, with conversions that explain what was expected
 * when a value does not fit ({@code conv2d: stride must be a whole number ≥ 1 or [sh, sw], not 1.5}).
 */
public final class Arguments {

    private final String function;
    private final Map<String, Value> values;

    private Arguments(String function, Map<String, Value> values) {
        this.function = function;
        this.values = Map.copyOf(values);
    }

    /**
     * Named values to convert; {@code function} prefixes every message (a function name, or a
     * layer kind such as {@code conv}).
     */
    public static Arguments of(String function, Map<String, Value> values) {
        return new Arguments(function, values);
    }

    /** Whether the caller gave this argument, or it has a default. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The raw value. */
    public Value value(String name) {
        Value value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("internal: no argument '" + name + "' for " + function);
        }
        return value;
    }

    /** A tensor of any rank. */
    public Tensor tensor(String name) {
        Value value = value(name);
        if (value instanceof Value.TensorValue tensor) {
            return tensor.tensor();
        }
        throw wrong(name, "numbers", value);
    }

    /** One number. */
    public double number(String name) {
        Tensor tensor = tensor(name);
        if (!tensor.isSingle()) {
            throw wrong(name, "a single number", value(name));
        }
        return tensor.item();
    }

    /** A whole number. */
    public int integer(String name) {
        double number = number(name);
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw wrong(name, "a whole number", value(name));
        }
        return (int) number;
    }

    /** A boolean. */
    public boolean bool(String name) {
        Value value = value(name);
        if (value instanceof Value.BooleanValue bool) {
            return bool.value();
        }
        throw wrong(name, "true or false", value);
    }

    /** A network from the rubric's {@code given}. */
    public Network network(String name) {
        Value value = value(name);
        if (value instanceof Value.NetworkValue network) {
            return network.network();
        }
        throw wrong(name, "a network", value);
    }

    /** A whole number or a pair {@code [height, width]}, each at least {@code minimum}. */
    public HeightWidth pair(String name, int minimum) {
        Value value = value(name);
        String expected = "a whole number ≥ " + minimum + " or [height, width]";
        if (!(value instanceof Value.TensorValue tensorValue)) {
            throw wrong(name, expected, value);
        }
        Tensor tensor = tensorValue.tensor();
        int[] sides = wholeNumbers(tensor, name, expected);
        HeightWidth pair;
        if (tensor.isSingle() && tensor.rank() <= 1) {
            pair = HeightWidth.square(sides[0]);
        } else if (tensor.rank() == 1 && sides.length == 2) {
            pair = new HeightWidth(sides[0], sides[1]);
        } else {
            throw wrong(name, expected, value);
        }
        if (pair.height() < minimum || pair.width() < minimum) {
            throw wrong(name, expected, value);
        }
        return pair;
    }

    /**
     * A convolution padding: a whole number, {@code [ph, pw]}, {@code [top, bottom, left, right]},
     * or one of the words {@code valid}, {@code same}, {@code full} (as a bare word or a string).
     */
    public Padding padding(String name) {
        Value value = value(name);
        String word = Values.word(value);
        if (word != null) {
            return switch (word) {
                case "valid" -> Padding.valid();
                case "same" -> Padding.same();
                case "full" -> Padding.full();
                default -> throw wrong(name, "a number, [ph, pw], [top, bottom, left, right], valid, same or full",
                        value);
            };
        }
        return explicitPadding(name);
    }

    /** A padding given by numbers only: a whole number, {@code [ph, pw]} or {@code [top, bottom, left, right]}. */
    public Padding.Explicit explicitPadding(String name) {
        Value value = value(name);
        String expected = "a whole number ≥ 0, [ph, pw] or [top, bottom, left, right]";
        if (!(value instanceof Value.TensorValue tensorValue)) {
            throw wrong(name, expected, value);
        }
        Tensor tensor = tensorValue.tensor();
        int[] sides = wholeNumbers(tensor, name, expected);
        for (int side : sides) {
            if (side < 0) {
                throw wrong(name, expected, value);
            }
        }
        if (tensor.rank() > 1) {
            throw wrong(name, expected, value);
        }
        return switch (sides.length) {
            case 1 -> Padding.of(sides[0]);
            case 2 -> Padding.of(sides[0], sides[1]);
            case 4 -> new Padding.Explicit(sides[0], sides[1], sides[2], sides[3]);
            default -> throw wrong(name, expected, value);
        };
    }

    /** A positive number or a pair {@code [height, width]} of positive numbers, such as a scale factor. */
    public double[] positivePair(String name) {
        Value value = value(name);
        String expected = "a positive number or [height, width]";
        if (!(value instanceof Value.TensorValue tensorValue) || tensorValue.tensor().rank() > 1
                || tensorValue.tensor().size() > 2) {
            throw wrong(name, expected, value);
        }
        Tensor tensor = tensorValue.tensor();
        double[] pair = tensor.isSingle() ? new double[] {tensor.item(), tensor.item()} : tensor.values();
        if (!(pair[0] > 0) || !(pair[1] > 0)) {
            throw wrong(name, expected, value);
        }
        return pair;
    }

    /** One of the {@code allowed} words, as a bare word or a string. */
    public String word(String name, String... allowed) {
        Value value = value(name);
        String word = Values.word(value);
        if (word != null) {
            for (String candidate : allowed) {
                if (candidate.equals(word)) {
                    return word;
                }
            }
        }
        throw wrong(name, String.join(" or ", allowed), value);
    }

    /** A list of whole numbers, such as a shape. */
    public int[] integers(String name) {
        Value value = value(name);
        String expected = "a list of whole numbers";
        if (!(value instanceof Value.TensorValue tensorValue) || tensorValue.tensor().rank() > 1) {
            throw wrong(name, expected, value);
        }
        return wholeNumbers(tensorValue.tensor(), name, expected);
    }

    private int[] wholeNumbers(Tensor tensor, String name, String expected) {
        int[] result = new int[tensor.size()];
        for (int i = 0; i < result.length; i++) {
            double number = tensor.valueAt(i);
            if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                throw wrong(name, expected, new Value.TensorValue(tensor));
            }
            result[i] = (int) number;
        }
        return result;
    }

    private ArgumentException wrong(String name, String expected, Value actual) {
        String shown = actual instanceof Value.TensorValue tensor && tensor.tensor().size() <= 8
                ? Values.toLiteral(actual) + (tensor.tensor().rank() > 1 ? " (" + Shapes.format(tensor.tensor().shape())
                        + ")" : "")
                : actual.describe();
        return new ArgumentException(name, function + ": " + name + " must be " + expected + ", not " + shown);
    }

    /** A value that does not fit its parameter; the caller adds where the argument stands. */
    public static final class ArgumentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String parameter;

        ArgumentException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        /** The parameter whose value did not fit. */
        public String parameter() {
            return parameter;
        }
    }
}
