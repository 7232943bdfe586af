package org.cnngrader.engine;

/**
 * Rearrangements of a tensor's entries: flip, transpose, padding, flatten, reshape.
 * Each returns a new tensor and leaves its input as it was.
 */
public final class Transforms {

    private Transforms() {
    }

    /**
     * The last two axes rotated by 180°: {@code y[..., i, j] = x[..., H−1−i, W−1−j]}; a vector is
     * reversed. This is the flip that turns a cross-correlation into a convolution.
     */
    public static Tensor flip(Tensor tensor) {
        if (tensor.rank() == 0) {
            return tensor;
        }
        int[] shape = tensor.shape();
        int block = tensor.rank() == 1 ? shape[0] : shape[shape.length - 2] * shape[shape.length - 1];
        double[] x = tensor.values();
        double[] y = new double[x.length];
        for (int start = 0; start < x.length; start += block) {
            for (int i = 0; i < block; i++) {
                y[start + i] = x[start + block - 1 - i];
            }
        }
        return Tensor.wrap(shape, y);
    }

    /** The last two axes swapped: {@code y[..., j, i] = x[..., i, j]}; scalars and vectors are unchanged. */
    public static Tensor transpose(Tensor tensor) {
        if (tensor.rank() < 2) {
            return tensor;
        }
        int[] shape = tensor.shape();
        int rows = shape[shape.length - 2];
        int columns = shape[shape.length - 1];
        int[] resultShape = shape.clone();
        resultShape[shape.length - 2] = columns;
        resultShape[shape.length - 1] = rows;
        double[] x = tensor.values();
        double[] y = new double[x.length];
        int block = rows * columns;
        for (int start = 0; start < x.length; start += block) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    y[start + j * rows + i] = x[start + i * columns + j];
                }
            }
        }
        return Tensor.wrap(resultShape, y);
    }

    /** The last two axes padded with {@code value}: {@code top} rows above, {@code left} columns before, and so on. */
    public static Tensor pad(Tensor tensor, Padding.Explicit padding, double value) {
        if (tensor.rank() < 2) {
            throw new EngineException("pad needs a matrix or a stack of matrices, not a tensor of shape "
                    + Shapes.format(tensor.shape()));
        }
        if (!Double.isFinite(value)) {
            throw new EngineException("the padding value must be a finite number, not " + value);
        }
        int[] shape = tensor.shape();
        int rank = shape.length;
        int rows = shape[rank - 2];
        int columns = shape[rank - 1];
        int[] resultShape = shape.clone();
        resultShape[rank - 2] = rows + padding.top() + padding.bottom();
        resultShape[rank - 1] = columns + padding.left() + padding.right();
        int newRows = resultShape[rank - 2];
        int newColumns = resultShape[rank - 1];
        long blocks = tensor.size() / ((long) rows * columns);
        long size = blocks * newRows * newColumns;
        if (size > Tensor.MAX_SIZE) {
            throw new EngineException("padding " + Shapes.format(shape) + " by " + padding + " gives more than "
                    + Tensor.MAX_SIZE + " entries");
        }
        double[] x = tensor.values();
        double[] y = new double[(int) size];
        java.util.Arrays.fill(y, value);
        for (int block = 0; block < blocks; block++) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(x, (block * rows + i) * columns, y,
                        (block * newRows + i + padding.top()) * newColumns + padding.left(), columns);
            }
        }
        return Tensor.wrap(resultShape, y);
    }

    /** All entries as a vector, in row-major order (PyTorch's {@code flatten()}). */
    public static Tensor flatten(Tensor tensor) {
        return tensor.reshape(tensor.size());
    }

    /**
     * The entries under a new shape; one side may be {@code −1}, inferred from the others.
     */
    public static Tensor reshape(Tensor tensor, int[] shape) {
        int inferred = -1;
        long known = 1;
        for (int axis = 0; axis < shape.length; axis++) {
            if (shape[axis] == -1) {
                if (inferred >= 0) {
                    throw new EngineException("only one side of a new shape can be -1");
                }
                inferred = axis;
            } else if (shape[axis] < 1) {
                throw new EngineException("a side of a new shape must be positive or -1, not " + shape[axis]);
            } else {
                known *= shape[axis];
            }
        }
        int[] resolved = shape.clone();
        if (inferred >= 0) {
            if (known == 0 || tensor.size() % known != 0) {
                throw new EngineException("cannot reshape " + Shapes.format(tensor.shape()) + " ("
                        + tensor.size() + " entries) to a shape with a multiple of " + known + " entries");
            }
            resolved[inferred] = (int) (tensor.size() / known);
        }
        return tensor.reshape(resolved);
    }
}
