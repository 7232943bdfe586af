package org.cnngrader.engine;

import java.util.List;
import java.util.StringJoiner;

/** Formatting of shapes for messages: {@code 3×227×227}, a scalar as {@code scalar}. */
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
}
