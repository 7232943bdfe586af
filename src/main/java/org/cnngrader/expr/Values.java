package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;

/** Conversions of {@link Value}s: building tensors from lists, and writing values out. */
public final class Values {

    private Values() {
    }

    /**
     * The value of a list of items: one tensor of rank + 1 when every item is a tensor of the same
     * shape, a {@link Value.ListValue} when the items are not numbers.
     *
     * @throws IllegalArgumentException naming the first item whose shape differs (a ragged matrix)
     */
    public static Value list(List<Value> items) {
        if (items.isEmpty() || !items.stream().allMatch(item -> item instanceof Value.TensorValue)) {
            if (items.stream().anyMatch(item -> item instanceof Value.TensorValue)
                    && items.stream().anyMatch(item -> !(item instanceof Value.TensorValue))) {
                throw new IllegalArgumentException("a list cannot mix numbers with other values");
            }
            return new Value.ListValue(items);
        }
        int[] shape = ((Value.TensorValue) items.get(0)).tensor().shape();
        for (int i = 1; i < items.size(); i++) {
            int[] other = ((Value.TensorValue) items.get(i)).tensor().shape();
            if (!Arrays.equals(shape, other)) {
                throw new IllegalArgumentException(shape.length == 1 && other.length == 1
                        ? "ragged matrix: row " + (i + 1) + " has " + other[0] + " entries but row 1 has " + shape[0]
                        : "item " + (i + 1) + " has shape " + Shapes.format(other) + " but item 1 has "
                                + Shapes.format(shape));
            }
        }
        if (shape.length >= Tensor.MAX_RANK) {
            throw new IllegalArgumentException("a list nested more than " + Tensor.MAX_RANK + " deep is not a tensor");
        }
        int[] stacked = new int[shape.length + 1];
        stacked[0] = items.size();
        System.arraycopy(shape, 0, stacked, 1, shape.length);
        int block = ((Value.TensorValue) items.get(0)).tensor().size();
        double[] values = new double[items.size() * block];
        for (int i = 0; i < items.size(); i++) {
            System.arraycopy(((Value.TensorValue) items.get(i)).tensor().values(), 0, values, i * block, block);
        }
        return new Value.TensorValue(Tensor.of(stacked, values));
    }

    /** The text of a bare word or a string (an enum argument such as {@code same}), or null for other values. */
    static String word(Value value) {
        if (value instanceof Value.WordValue word) {
            return word.word();
        }
        if (value instanceof Value.StringValue string) {
            return string.value();
        }
        return null;
    }

    /** A list of whole numbers as a vector, e.g. a shape. */
    public static Value integers(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return new Value.ListValue(List.of());
        }
        return new Value.TensorValue(Tensor.vector(numbers.stream().mapToDouble(Integer::doubleValue).toArray()));
    }

    /**
     * The value as plain Java data for a JSON writer: {@link Long} for whole numbers, {@link Double}
     * otherwise (exact, not rounded), {@link Boolean}, {@link String}, and nested {@link List}s.
     */
    public static Object toPlain(Value value) {
        if (value instanceof Value.TensorValue tensor) {
            return plainTensor(tensor.tensor().values(), tensor.tensor().shape(), 0, 0);
        }
        if (value instanceof Value.BooleanValue bool) {
            return bool.value();
        }
        if (value instanceof Value.StringValue string) {
            return string.value();
        }
        if (value instanceof Value.WordValue word) {
            return word.word();
        }
        if (value instanceof Value.ListValue list) {
            List<Object> items = new ArrayList<>();
            list.items().forEach(item -> items.add(toPlain(item)));
            return items;
        }
        return value.describe();
    }

    private static Object plainTensor(double[] values, int[] shape, int axis, int offset) {
        if (axis == shape.length) {
            return plainNumber(values[offset]);
        }
        int block = 1;
        for (int next = axis + 1; next < shape.length; next++) {
            block *= shape[next];
        }
        List<Object> items = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            items.add(plainTensor(values, shape, axis + 1, offset + i * block));
        }
        return items;
    }

    /** A whole number as {@link Long} (no trailing {@code .0}), anything else as {@link Double}. */
    public static Number plainNumber(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return (long) number;
        }
        return number;
    }

    /**
     * The value as shown to people: entries rounded half-up to {@code decimals} digits
     * ({@code 0.88}, {@code 0.50}), except that a value whose entries are all whole numbers is
     * shown without decimals ({@code [96, 55, 55]}); booleans as {@code true}/{@code false}.
     */
    public static String display(Value value, int decimals) {
        if (value instanceof Value.TensorValue tensorValue) {
            Tensor tensor = tensorValue.tensor();
            boolean whole = tensor.isIntegral();
            return displayNested(tensor.values(), tensor.shape(), 0, 0, whole ? 0 : decimals);
        }
        if (value instanceof Value.ListValue list) {
            List<String> items = new ArrayList<>();
            list.items().forEach(item -> items.add(display(item, decimals)));
            return "[" + String.join(", ", items) + "]";
        }
        return toLiteral(value);
    }

    private static String displayNested(double[] values, int[] shape, int axis, int offset, int decimals) {
        if (axis == shape.length) {
            return org.cnngrader.engine.Rounding.halfUpText(values[offset], decimals);
        }
        int block = 1;
        for (int next = axis + 1; next < shape.length; next++) {
            block *= shape[next];
        }
        List<String> items = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            items.add(displayNested(values, shape, axis + 1, offset + i * block, decimals));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** The value in the expression language's own syntax, exact, e.g. {@code [[0.5, 2], [3, 4]]}. */
    public static String toLiteral(Value value) {
        return literal(toPlain(value));
    }

    private static String literal(Object plain) {
        if (plain instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(literal(list.get(i)));
            }
            return text.append(']').toString();
        }
        if (plain instanceof String string) {
            return string;
        }
        return plain.toString();
    }
}
