package org.cnngrader.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable dense tensor of doubles of rank 0 to 4, stored row-major.
 *
 * <p>A scalar has rank 0, a vector rank 1, a matrix H×W rank 2, a feature-map stack C×H×W rank 3
 * and a batch N×C×H×W rank 4. The arrays given to the factories are copied and the arrays
 * returned are copies, so a tensor never changes after it is made.
 */
public final class Tensor {

    /** The largest rank a tensor may have. */
    public static final int MAX_RANK = 4;

    /** The most entries one tensor may hold; guards the engine against absurd requests. */
    public static final long MAX_SIZE = 50_000_000L;

    /**
     * The most multiply–adds one operation may take (about a second's work): a rubric asking for a 2,001×2,001
     * convolution of a 2,001×2,001 input would run for hours; it is refused, naming its size, before it starts.
     */
    public static final long MAX_WORK = 2_000_000_000L;

    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor of the given shape and row-major values.
     *
     * @throws EngineException if the rank is above {@link #MAX_RANK}, a side is not positive,
     *     the number of values does not match the shape, or a value is not finite
     */
    public static Tensor of(int[] shape, double[] values) {
        int[] checkedShape = checkShape(shape);
        long size = sizeOf(checkedShape);
        if (values.length != size) {
            throw new EngineException(
                    values.length + " values do not fill a tensor of shape " + Shapes.format(checkedShape));
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new EngineException("a tensor value must be a finite number, not " + value);
            }
        }
        return new Tensor(checkedShape, values.clone());
    }

    /** A rank-0 tensor. */
    public static Tensor scalar(double value) {
        return of(new int[0], new double[] {value});
    }

    /** A rank-1 tensor. */
    public static Tensor vector(double... values) {
        return of(new int[] {values.length}, values);
    }

    /** A rank-2 tensor from rows of equal length. */
    public static Tensor matrix(double[]... rows) {
        if (rows.length == 0) {
            throw new EngineException("a matrix needs at least one row");
        }
        int width = rows[0].length;
        double[] values = new double[rows.length * width];
        for (int row = 0; row < rows.length; row++) {
            if (rows[row].length != width) {
                throw new EngineException("row " + (row + 1) + " has " + rows[row].length
                        + " entries but row 1 has " + width);
            }
            System.arraycopy(rows[row], 0, values, row * width, width);
        }
        return of(new int[] {rows.length, width}, values);
    }

    /** A tensor of the given shape filled with one value. */
    public static Tensor filled(int[] shape, double value) {
        int[] checkedShape = checkShape(shape);
        double[] values = new double[(int) sizeOf(checkedShape)];
        Arrays.fill(values, value);
        return of(checkedShape, values);
    }

    /**
     * Wraps an array the engine has just computed and owns alone. Package-private so that
     * operations avoid a second copy; the array must not be touched afterwards.
     */
    static Tensor wrap(int[] shape, double[] values) {
        int[] checkedShape = checkShape(shape);
        if (values.length != sizeOf(checkedShape)) {
            throw new IllegalStateException("internal: " + values.length + " values for shape "
                    + Shapes.format(checkedShape));
        }
        return new Tensor(checkedShape, values);
    }

    private static int[] checkShape(int[] shape) {
        if (shape.length > MAX_RANK) {
            throw new EngineException("a tensor has rank 0 to " + MAX_RANK + ", not "
                    + shape.length + " (shape " + Shapes.format(shape) + ")");
        }
        for (int side : shape) {
            if (side <= 0) {
                throw new EngineException("every side of a tensor must be positive, not "
                        + Shapes.format(shape));
            }
        }
        if (sizeOf(shape) > MAX_SIZE) {
            throw new EngineException("a tensor of shape " + Shapes.format(shape)
                    + " has more than " + MAX_SIZE + " entries");
        }
        return shape.clone();
    }

    /**
     * The number of entries of a result with these sides, checked before it is allocated.
     *
     * @throws EngineException if it would hold more than {@link #MAX_SIZE} entries
     */
    static int entries(String what, long... sides) {
        long size = 1;
        for (long side : sides) {
            size *= side;
            if (size > MAX_SIZE) {
                throw new EngineException(what + " would have more than " + MAX_SIZE + " entries");
            }
        }
        return (int) size;
    }

    /**
     * Checks the multiply–adds an operation needs before it starts.
     *
     * @throws EngineException naming the work when it is more than {@link #MAX_WORK}
     */
    static void requireWork(String what, long... factors) {
        double work = 1;
        for (long factor : factors) {
            work *= factor;
        }
        if (work > MAX_WORK) {
            throw new EngineException(what + " needs " + String.format(Locale.ROOT, "%.3g", work)
                    + " multiply-adds, more than the " + MAX_WORK + " the engine carries out in one operation");
        }
    }

    private static long sizeOf(int[] shape) {
        long size = 1;
        for (int side : shape) {
            size *= side;
            if (size > MAX_SIZE) {
                return size;
            }
        }
        return size;
    }

    /** The shape, a copy. */
    public int[] shape() {
        return shape.clone();
    }

    /** The rank: the number of axes. */
    public int rank() {
        return shape.length;
    }

    /** The side along one axis; negative axes count from the end. */
    public int side(int axis) {
        int resolved = axis < 0 ? shape.length + axis : axis;
        if (resolved < 0 || resolved >= shape.length) {
            throw new EngineException("axis " + axis + " does not exist in a tensor of shape "
                    + Shapes.format(shape));
        }
        return shape[resolved];
    }

    /** The number of entries. */
    public int size() {
        return data.length;
    }

    /** The entries in row-major order, a copy. */
    public double[] values() {
        return data.clone();
    }

    /** One entry by its row-major position. */
    public double valueAt(int flatIndex) {
        return data[flatIndex];
    }

    /** One entry by its indices, one per axis. */
    public double get(int... indices) {
        if (indices.length != shape.length) {
            throw new EngineException(indices.length + " indices given for a tensor of rank " + shape.length);
        }
        int flat = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            if (indices[axis] < 0 || indices[axis] >= shape[axis]) {
                throw new EngineException("index " + Arrays.toString(indices) + " is outside shape "
                        + Shapes.format(shape));
            }
            flat = flat * shape[axis] + indices[axis];
        }
        return data[flat];
    }

    /** The value of a tensor with exactly one entry (of any rank). */
    public double item() {
        if (data.length != 1) {
            throw new EngineException("expected a single number, got a tensor of shape " + Shapes.format(shape));
        }
        return data[0];
    }

    /** Whether this tensor holds one entry. */
    public boolean isSingle() {
        return data.length == 1;
    }

    /** The same values under another shape with the same number of entries. */
    public Tensor reshape(int... newShape) {
        int[] checked = checkShape(newShape);
        if (sizeOf(checked) != data.length) {
            throw new EngineException("cannot reshape " + Shapes.format(shape) + " (" + data.length
                    + " entries) to " + Shapes.format(checked));
        }
        return new Tensor(checked, data);
    }

    /** A new tensor with {@code function} applied to every entry. */
    public Tensor map(DoubleUnaryOperator function) {
        double[] result = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            result[i] = function.applyAsDouble(data[i]);
        }
        return of(shape, result);
    }

    /** Whether every entry is a whole number. */
    public boolean isIntegral() {
        for (double value : data) {
            if (value != Math.rint(value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor tensor
                && Arrays.equals(shape, tensor.shape)
                && Arrays.equals(data, tensor.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** The values as nested brackets, e.g. {@code [[1.0, 2.0], [3.0, 4.0]]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        appendNested(text, 0, 0);
        return text.toString();
    }

    private int appendNested(StringBuilder text, int axis, int offset) {
        if (axis == shape.length) {
            text.append(data[offset]);
            return offset + 1;
        }
        text.append('[');
        int position = offset;
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) {
                text.append(", ");
            }
            position = appendNested(text, axis + 1, position);
        }
        text.append(']');
        return position;
    }
}
