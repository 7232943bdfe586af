package org.cnngrader.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.Padding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.engine.Transforms;
import org.cnngrader.expr.Arguments;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Variant;

/**
 * One piece of the diagnosis of an answer still wrong (DESIGN.md §6), giving a {@link Finding}. The
 * {@link #NAMING} pieces name what the answer equals (the rubric's mistakes, the slips the functions
 * declare, the slips of network layers), the first that matches wins; the {@link #EXPLAINING} pieces
 * say more about the entries (patterns only when nothing was named; a convolution's worked sum always).
 * A new slip or pattern is one more piece here.
 */
sealed interface Diagnosis {

    /** What this piece finds for the attempt, whose answer was compared with {@code compared}. */
    Optional<Finding> diagnose(Attempt attempt, Value compared);

    /** The pieces that name a mistake, in the order tried. */
    List<Diagnosis> NAMING = List.of(new KnownMistakes(), new DeclaredSlips(), new NetworkLayerSlips());

    /** The pieces that explain the entries: patterns (when nothing was named), then the worked sum. */
    List<Diagnosis> EXPLAINING = List.of(new MatrixPatterns(), new WorkedEntry());

    /** The rubric's own {@code mistakes}, with their feedback and any credit. */
    record KnownMistakes() implements Diagnosis {
        @Override
        public Optional<Finding> diagnose(Attempt attempt, Value compared) {
            List<Variant> mistakes = attempt.part().mistakes();
            List<Value> values = attempt.rubric().key().mistakeValues(attempt.part().id());
            for (int index = 0; index < mistakes.size() && index < values.size(); index++) {
                if (attempt.gives(values.get(index))) {
                    Variant mistake = mistakes.get(index);
                    return Optional.of(Finding.mistake(values.get(index), mistake.credit(), mistake.formula().text(),
                            mistake.feedback().isBlank() ? "This is a known mistake: " + mistake.formula().text() + "."
                            : mistake.feedback()));
                }
            }
            return Optional.empty();
        }
    }

    /** The slips the functions of the part's expression declare, named in their words. */
    record DeclaredSlips() implements Diagnosis {
        @Override
        public Optional<Finding> diagnose(Attempt attempt, Value compared) {
            return named(attempt, attempt.key().slips());
        }
    }

    /** The slips of the network layers up to the one the part asks about. */
    record NetworkLayerSlips() implements Diagnosis {
        @Override
        public Optional<Finding> diagnose(Attempt attempt, Value compared) {
            return named(attempt, attempt.key().layerSlips());
        }
    }

    private static Optional<Finding> named(Attempt attempt, List<PartKey.Slipped> slips) {
        return slips.stream().filter(slip -> !slip.acceptable() && attempt.gives(slip.value())).findFirst()
                .map(slip -> Finding.mistake(slip.value(), 0, slip.words(), "This matches the result when "
                        + slip.words() + "."));
    }

    /**
     * Patterns within a matrix of the right (or swapped) shape: transposed, rotated by 180°, rounded down instead
     * of half-up, one wrong entry, a constant offset, a constant factor, shifted by one row or column.
     */
    record MatrixPatterns() implements Diagnosis {
        @Override
        public Optional<Finding> diagnose(Attempt attempt, Value compared) {
            if (!(compared instanceof Value.TensorValue expected) || !(attempt.given() instanceof Value.TensorValue given)
                    || expected.tensor().size() < 2) {
                return Optional.empty();
            }
            Tensor reference = expected.tensor();
            Tensor answer = given.tensor();
            Tolerance tolerance = attempt.tolerance();
            int decimals = attempt.part().decimals();
            boolean matrix = reference.rank() == 2 && answer.rank() == 2;
            if (matrix && Comparison.of(Transforms.transpose(reference), answer, tolerance).equal()) {
                return explained("The matrix is transposed: rows and columns are swapped.");
            }
            if (!Arrays.equals(reference.shape(), answer.shape())) {
                return Optional.empty();
            }
            if (matrix && Comparison.of(Transforms.flip(reference), answer, tolerance).equal()) {
                return explained("The matrix is rotated by 180°.");
            }
            Comparison comparison = Comparison.of(reference, answer, tolerance);
            Optional<Finding> roundedDown = roundedDown(reference, answer, comparison, decimals);
            if (roundedDown.isPresent()) {
                return roundedDown;
            }
            if (comparison.wrong().size() == 1) {
                int index = comparison.wrong().get(0);
                return explained("One entry is wrong, an arithmetic slip: entry " + position(reference, index) + " is "
                        + shown(answer.valueAt(index), decimals) + ", expected " + shown(reference.valueAt(index),
                        decimals) + ".");
            }
            double offset = answer.valueAt(0) - reference.valueAt(0);
            if (Math.abs(offset) > 1e-9 && everyEntry(reference, answer, value -> value + offset)) {
                return explained("Every entry is off by the same amount, " + shown(offset, decimals) + ".");
            }
            Optional<Double> factor = factor(reference, answer);
            if (factor.isPresent()) {
                return explained("Every entry is " + shown(factor.get(), decimals) + " times the expected one: a"
                        + " constant factor.");
            }
            return matrix ? shifted(reference, answer, tolerance) : Optional.empty();
        }

        /** Every wrong entry cut off after the shown decimals (rounded toward zero or down) instead of half-up. */
        private static Optional<Finding> roundedDown(Tensor reference, Tensor answer, Comparison comparison,
                int decimals) {
            if (comparison.wrong().isEmpty()) {
                return Optional.empty();
            }
            for (int index : comparison.wrong()) {
                double value = answer.valueAt(index);
                BigDecimal exact = BigDecimal.valueOf(reference.valueAt(index));
                if (!(Math.abs(exact.setScale(decimals, RoundingMode.DOWN).doubleValue() - value) < 1e-9
                        || Math.abs(exact.setScale(decimals, RoundingMode.FLOOR).doubleValue() - value) < 1e-9)) {
                    return Optional.empty();
                }
            }
            int first = comparison.wrong().get(0);
            return explained("The wrong entries are rounded down (cut off after " + decimals + " decimals) instead of"
                    + " rounded half-up: " + Values.plainNumber(reference.valueAt(first)) + " is "
                    + shown(reference.valueAt(first), decimals) + ", not " + shown(answer.valueAt(first), decimals)
                    + ".");
        }

        /** The one factor every entry is multiplied by, when there is one (and it is not 1). */
        private static Optional<Double> factor(Tensor reference, Tensor answer) {
            double factor = Double.NaN;
            for (int index = 0; index < reference.size(); index++) {
                if (Math.abs(reference.valueAt(index)) > 1e-12) {
                    factor = answer.valueAt(index) / reference.valueAt(index);
                    break;
                }
            }
            double found = factor;
            if (Double.isNaN(found) || Math.abs(found - 1) < 1e-9 || Math.abs(found) < 1e-12
                    || !everyEntry(reference, answer, value -> value * found)) {
                return Optional.empty();
            }
            return Optional.of(found);
        }

        private static boolean everyEntry(Tensor reference, Tensor answer, DoubleUnaryOperator how) {
            for (int index = 0; index < reference.size(); index++) {
                if (!Tolerance.absolute(1e-9).accepts(how.applyAsDouble(reference.valueAt(index)),
                        answer.valueAt(index))) {
                    return false;
                }
            }
            return true;
        }

        private static Optional<Finding> shifted(Tensor reference, Tensor answer, Tolerance tolerance) {
            int rows = reference.side(0);
            int columns = reference.side(1);
            int[][] shifts = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
            for (int[] shift : shifts) {
                boolean shifted = true;
                int compared = 0;
                for (int i = 0; i < rows && shifted; i++) {
                    for (int j = 0; j < columns && shifted; j++) {
                        int si = i + shift[0];
                        int sj = j + shift[1];
                        if (si >= 0 && si < rows && sj >= 0 && sj < columns) {
                            shifted = tolerance.accepts(reference.get(si, sj), answer.get(i, j));
                            compared++;
                        }
                    }
                }
                if (shifted && compared * 2 >= reference.size()) {
                    return explained("The answer is the expected matrix shifted by one " + (shift[0] != 0 ? "row"
                            : "column") + ": the window started in the wrong place.");
                }
            }
            return Optional.empty();
        }

        private static String position(Tensor tensor, int index) {
            // Counted from 1, as the problem sheet and the reports count entries, rows and columns.
            if (tensor.rank() != 2) {
                return Integer.toString(index + 1);
            }
            int columns = tensor.side(1);
            return "in row " + (index / columns + 1) + ", column " + (index % columns + 1);
        }
    }

    /** The worked sum of the first wrong entry of a convolution answer, as on the problem sheet. */
    record WorkedEntry() implements Diagnosis {
        @Override
        public Optional<Finding> diagnose(Attempt attempt, Value compared) {
            Expression expression = attempt.key().expression();
            if (!(expression instanceof Expression.Call call) || !call.function().equals("conv2d")
                    || !(compared instanceof Value.TensorValue expected)
                    || !(attempt.given() instanceof Value.TensorValue given)
                    || !Arrays.equals(expected.tensor().shape(), given.tensor().shape())
                    || expected.tensor().rank() != 2) {
                return Optional.empty();
            }
            Comparison comparison = Comparison.of(expected.tensor(), given.tensor(), attempt.tolerance());
            if (comparison.wrong().isEmpty()) {
                return Optional.empty();
            }
            try {
                Evaluator evaluator = attempt.evaluator(Map.of());
                Tensor input = tensor(evaluator.evaluate(Slips.argument(call, "x").orElseThrow()));
                Tensor kernel = tensor(evaluator.evaluate(Slips.argument(call, "k").orElseThrow()));
                if (input.rank() != 2 || kernel.rank() != 2 || Slips.argument(call, "stride").isPresent()
                        || Slips.argument(call, "dilation").isPresent()) {
                    return Optional.empty();
                }
                boolean flip = Slips.argument(call, "flip").map(flag -> flag instanceof Expression.BooleanLiteral bool
                        && bool.value()).orElse(false);
                Value paddingValue = Slips.argument(call, "padding").map(evaluator::evaluateArgument)
                        .orElse(Value.TensorValue.of(0));
                Padding.Explicit padding = Arguments.of("conv2d", Map.of("padding", paddingValue)).padding("padding")
                        .resolve(new HeightWidth(input.side(0), input.side(1)), new HeightWidth(kernel.side(0),
                                kernel.side(1)), HeightWidth.square(1), HeightWidth.square(1));
                Tensor padded = Transforms.pad(input, padding, 0);
                Tensor weights = flip ? Transforms.flip(kernel) : kernel;
                int index = comparison.wrong().get(0);
                int columns = expected.tensor().side(1);
                int row = index / columns;
                int column = index % columns;
                StringBuilder sum = new StringBuilder();
                for (int a = 0; a < weights.side(0); a++) {
                    for (int b = 0; b < weights.side(1); b++) {
                        sum.append(sum.length() == 0 ? "" : " + ").append(number(weights.get(a, b))).append('·')
                                .append(number(padded.get(row + a, column + b)));
                    }
                }
                return explained("Row " + (row + 1) + ", column " + (column + 1) + ": " + sum + " = "
                        + number(expected.tensor().valueAt(index)) + ", you wrote "
                        + number(given.tensor().valueAt(index)) + ".");
            } catch (RuntimeException notWorkable) {
                return Optional.empty();
            }
        }

        private static Tensor tensor(Value value) {
            return ((Value.TensorValue) value).tensor();
        }

        private static String number(double value) {
            return Values.plainNumber(value).toString();
        }
    }

    private static Optional<Finding> explained(String words) {
        return Optional.of(Finding.explanation(words));
    }

    /** A number as the rubric shows it (whole numbers as they are). */
    private static String shown(double value, int decimals) {
        return Values.display(Value.TensorValue.of(value), value == Math.rint(value) ? 0 : decimals);
    }
}
