package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;

/**
 * Whether a check lets wrong answers through, tried as a TA would try it: random values of the sizes a kernel, a
 * vector or a number has, and small changes of a value the check accepts. A check of a 2×2 averaging kernel tested on
 * a linear ramp holds for {@code [[0.5, 0], [0, 0.5]]} as well as for the quarters: every window of a ramp is the
 * same up to an offset, so the ramp cannot tell the kernels apart. A check that holds for several answers may be
 * meant to (any edge detector will do); the warning names the second value so that the author can tell.
 *
 * <p>The values tried are the same for every run (seeded by the part's id), so {@code validate} says the same each
 * time.
 */
final class WeakChecks {

    /** The sides of the square values tried: a 1×1 to a 5×5 kernel. */
    private static final int LARGEST_SIDE = 5;
    /** Random values tried per shape. */
    private static final int RANDOM_PER_SHAPE = 3;
    /** Changes tried of an accepted value with more entries than can be changed in every way. */
    private static final int RANDOM_CHANGES = 200;
    /** Up to this many entries, every change of each entry by −1, 0 or +1 steps is tried (3⁴ − 1 changes). */
    private static final int EVERY_CHANGE_UP_TO = 4;

    private WeakChecks() {
    }

    /**
     * The warning for {@code part}'s check when a random value, or a changed copy of a value it accepts, passes it;
     * empty for a part without a check of its own answer, or one that needs another open part's answer to decide.
     */
    static Optional<String> of(Rubric rubric, Part part) {
        if (!(part.kind() instanceof PartKind.Check check)
                || !check.formula().expression().names().contains(RubricLoader.ANSWER)
                || !SheetSpecs.decidable(rubric, check)) {
            return Optional.empty();
        }
        Random random = new Random(part.id().hashCode());
        for (int[] shape : shapes()) {
            for (int trial = 0; trial < RANDOM_PER_SHAPE; trial++) {
                Tensor value = randomIntegers(shape, random);
                if (holds(rubric, part, check, value)) {
                    return Optional.of("part " + part.id() + ": its check holds for the random value "
                            + shown(value) + ", so it cannot tell a right answer from a wrong one");
                }
            }
        }
        Optional<Tensor> accepted = firstAccepted(rubric, part, check);
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        Tensor base = accepted.get();
        for (Tensor changed : changes(base, random)) {
            if (!changed.equals(base) && holds(rubric, part, check, changed)) {
                return Optional.of("part " + part.id() + ": its check holds for " + shown(base) + " and also for "
                        + shown(changed) + "; if only one of them is right the check is weak (test the answer on an"
                        + " input that tells them apart, one whose windows are independent)");
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Rubric rubric, Part part, PartKind.Check check, Tensor value) {
        return SheetSpecs.holds(rubric, part, check, new Value.TensorValue(value));
    }

    /** A number, vectors of 2 to 5 and square matrices of 1×1 to 5×5. */
    private static List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>();
        shapes.add(new int[0]);
        for (int side = 2; side <= LARGEST_SIDE; side++) {
            shapes.add(new int[] {side});
        }
        for (int side = 1; side <= LARGEST_SIDE; side++) {
            shapes.add(new int[] {side, side});
        }
        return shapes;
    }

    private static Tensor randomIntegers(int[] shape, Random random) {
        double[] values = new double[entries(shape)];
        for (int index = 0; index < values.length; index++) {
            values[index] = random.nextInt(9) - 4;
        }
        return Tensor.of(shape, values);
    }

    /**
     * The first value of the forms answers to checks take that the check accepts: whole numbers, constant vectors and
     * matrices (a box filter, its normalised form), the identity and the one-hot centre (an identity kernel).
     */
    private static Optional<Tensor> firstAccepted(Rubric rubric, Part part, PartKind.Check check) {
        for (Tensor candidate : forms()) {
            if (holds(rubric, part, check, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Tensor> forms() {
        List<Tensor> forms = new ArrayList<>();
        for (int number = 0; number <= 8; number++) {
            forms.add(Tensor.scalar(number));
        }
        for (int[] shape : shapes()) {
            if (shape.length == 0) {
                continue;
            }
            int size = entries(shape);
            for (double constant : new double[] {1, 1.0 / size, 0.5, 0.25, 0, -1, 2}) {
                forms.add(Tensor.filled(shape, constant));
            }
            if (shape.length == 2) {
                double[] identity = new double[size];
                double[] centre = new double[size];
                int side = shape[0];
                for (int diagonal = 0; diagonal < side; diagonal++) {
                    identity[diagonal * side + diagonal] = 1;
                }
                centre[size / 2] = 1;
                forms.add(Tensor.of(shape, identity));
                forms.add(Tensor.of(shape, centre));
            }
        }
        return forms;
    }

    /**
     * Changes of {@code base} by steps of the size of its entries: with at most {@value #EVERY_CHANGE_UP_TO} entries
     * every change of each by −1, 0 or +1 steps, else each entry alone and random changes of all.
     */
    private static List<Tensor> changes(Tensor base, Random random) {
        double[] values = base.values();
        double step = 0;
        int nonZero = 0;
        for (double value : values) {
            if (value != 0) {
                step += Math.abs(value);
                nonZero++;
            }
        }
        step = nonZero == 0 ? 1 : step / nonZero;
        List<Tensor> changes = new ArrayList<>();
        int entries = values.length;
        if (entries <= EVERY_CHANGE_UP_TO) {
            int combinations = (int) Math.pow(3, entries);
            for (int code = 1; code < combinations; code++) {
                double[] changed = values.clone();
                int digits = code;
                for (int index = 0; index < entries; index++) {
                    changed[index] += step * (digits % 3 - 1);
                    digits /= 3;
                }
                changes.add(Tensor.of(base.shape(), changed));
            }
            return changes;
        }
        for (int index = 0; index < entries; index++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] changed = values.clone();
                changed[index] += sign * step;
                changes.add(Tensor.of(base.shape(), changed));
            }
        }
        for (int trial = 0; trial < RANDOM_CHANGES; trial++) {
            double[] changed = values.clone();
            for (int index = 0; index < entries; index++) {
                changed[index] += step * (random.nextInt(3) - 1);
            }
            changes.add(Tensor.of(base.shape(), changed));
        }
        return changes;
    }

    private static int entries(int[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    private static String shown(Tensor value) {
        return Values.toLiteral(new Value.TensorValue(value));
    }
}
