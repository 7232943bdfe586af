package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Value;

/**
 * How a student's value compares with an expected one: shapes first (a wrong shape is wrong, with
 * both shapes named; a value with one entry equals that number), then every entry within the
 * tolerance, decided in decimal arithmetic.
 *
 * @param sameShape whether the shapes agree
 * @param right how many entries are within tolerance
 * @param entries how many entries the expected value has
 * @param wrong the flat indices of the wrong entries (same shape only)
 * @param shapeProblem a sentence naming both shapes when they differ
 */
public record Comparison(boolean sameShape, int right, int entries, List<Integer> wrong, String shapeProblem) {

    /** Whether every entry is right. */
    public boolean equal() {
        return sameShape && right == entries;
    }

    /** The fraction of entries that are right (0 for a wrong shape). */
    public double fraction() {
        return sameShape && entries > 0 ? (double) right / entries : 0;
    }

    /** Compares {@code given} with {@code expected}. */
    public static Comparison of(Value expected, Value given, Tolerance tolerance) {
        if (expected instanceof Value.TensorValue a && given instanceof Value.TensorValue b) {
            return of(a.tensor(), b.tensor(), tolerance);
        }
        if (expected instanceof Value.BooleanValue a && given instanceof Value.BooleanValue b) {
            return new Comparison(true, a.value() == b.value() ? 1 : 0, 1, a.value() == b.value() ? List.of() : List.of(0),
                    "");
        }
        return new Comparison(false, 0, 1, List.of(), "expected " + kind(expected) + ", found " + kind(given));
    }

    /** Compares two tensors. */
    public static Comparison of(Tensor expected, Tensor given, Tolerance tolerance) {
        if (expected.isSingle() && given.isSingle()) {
            boolean right = tolerance.accepts(expected.item(), given.item());
            return new Comparison(true, right ? 1 : 0, 1, right ? List.of() : List.of(0), "");
        }
        if (!Arrays.equals(expected.shape(), given.shape())) {
            return new Comparison(false, 0, expected.size(), List.of(), "expected a " + Shapes.format(expected.shape())
                    + " value, found " + Shapes.format(given.shape()));
        }
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!tolerance.accepts(expected.valueAt(i), given.valueAt(i))) {
                wrong.add(i);
            }
        }
        return new Comparison(true, expected.size() - wrong.size(), expected.size(), wrong, "");
    }

    private static String kind(Value value) {
        if (value instanceof Value.TensorValue tensor) {
            return tensor.tensor().isSingle() ? "a number" : "a " + Shapes.format(tensor.tensor().shape()) + " value";
        }
        if (value instanceof Value.BooleanValue) {
            return "yes or no";
        }
        return value.describe();
    }
}
