package org.cnngrader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Shapes as people write them: formatted for messages ({@code 3×227×227}, a scalar as {@code scalar}), and in the
 * channels-last order of AlexNet's figure.
 */
public final class Shapes {

    private Shapes() {
    }

    /** The shape written with multiplication signs, as on a problem sheet. */
    public static String format(int... shape) {
        if (shape.length == 0) {
            return "scalar";
        }
        StringJoiner joiner = new StringJoiner("×");
        for (int side : shape) {
            joiner.add(Integer.toString(side));
        }
        return joiner.toString();
    }

    /** The shape written with multiplication signs. */
    public static String format(List<? extends Number> shape) {
        return format(shape.stream().mapToInt(Number::intValue).toArray());
    }

    /**
     * A feature map's shape C × H × W, or a batch's N × C × H × W, with its channel axis moved last: H × W × C,
     * N × H × W × C, as AlexNet's figure writes 55 × 55 × 96. Empty for a shape of another rank, which has no channel
     * axis to move (a flattened size, N × features).
     */
    public static <T> Optional<List<T>> channelsLast(List<T> shape) {
        if (shape.size() != 3 && shape.size() != 4) {
            return Optional.empty();
        }
        List<T> moved = new ArrayList<>(shape);
        moved.add(moved.remove(shape.size() - 3));
        return Optional.of(List.copyOf(moved));
    }
}
