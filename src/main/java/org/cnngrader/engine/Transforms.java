package org.cnngrader.engine;

import java.util.Arrays;

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
        Arrays.fill(y, value);
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

    /**
     * The gradient of {@link #pad}: the upstream gradient without the padded rows and columns
     * (the padding value is a constant).
     */
    public static Tensor padGradient(Tensor tensor, Padding.Explicit padding, Tensor upstream) {
        Tensor padded = pad(tensor, padding, 0);
        TensorMath.checkUpstream(padded.shape(), upstream, "pad");
        int[] shape = tensor.shape();
        int rank = shape.length;
        int rows = shape[rank - 2];
        int columns = shape[rank - 1];
        int paddedColumns = columns + padding.left() + padding.right();
        int paddedRows = rows + padding.top() + padding.bottom();
        double[] dy = upstream.values();
        double[] dx = new double[tensor.size()];
        int blocks = tensor.size() / (rows * columns);
        for (int block = 0; block < blocks; block++) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(dy, (block * paddedRows + i + padding.top()) * paddedColumns + padding.left(), dx,
                        (block * rows + i) * columns, columns);
            }
        }
        return Tensor.wrap(shape, dx);
    }

    /**
     * {@code a} and {@code b} joined along axis {@code dimension} (0-based, negative from the end),
     * as {@code torch.cat([a, b], dim)}: every other side must agree.
     */
    public static Tensor concat(Tensor a, Tensor b, int dimension) {
        int axis = concatAxis(a, b, dimension);
        int[] shapeA = a.shape();
        int[] shape = shapeA.clone();
        shape[axis] += b.side(axis);
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= shapeA[i];
        }
        int blockA = a.size() / outer;
        int blockB = b.size() / outer;
        double[] x = a.values();
        double[] y = b.values();
        double[] result = new double[x.length + y.length];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, o * blockA, result, o * (blockA + blockB), blockA);
            System.arraycopy(y, o * blockB, result, o * (blockA + blockB) + blockA, blockB);
        }
        return Tensor.of(shape, result);
    }

    /**
     * The gradient of {@link #concat} for its first ({@code first} true) or second operand: the
     * part of the upstream gradient where that operand stands.
     */
    public static Tensor concatGradient(Tensor a, Tensor b, int dimension, boolean first, Tensor upstream) {
        Tensor joined = concat(a, b, dimension);
        TensorMath.checkUpstream(joined.shape(), upstream, "concat");
        int axis = concatAxis(a, b, dimension);
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= a.side(i);
        }
        int blockA = a.size() / outer;
        int blockB = b.size() / outer;
        double[] dy = upstream.values();
        Tensor target = first ? a : b;
        int block = first ? blockA : blockB;
        double[] result = new double[target.size()];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(dy, o * (blockA + blockB) + (first ? 0 : blockA), result, o * block, block);
        }
        return Tensor.wrap(target.shape(), result);
    }

    private static int concatAxis(Tensor a, Tensor b, int dimension) {
        if (a.rank() == 0 || a.rank() != b.rank()) {
            throw new EngineException("concat needs two tensors of the same rank (at least 1), not "
                    + Shapes.format(a.shape()) + " and " + Shapes.format(b.shape()));
        }
        int axis = dimension < 0 ? a.rank() + dimension : dimension;
        if (axis < 0 || axis >= a.rank()) {
            throw new EngineException("concat: dim " + dimension + " does not exist for shapes "
                    + Shapes.format(a.shape()) + " and " + Shapes.format(b.shape()));
        }
        for (int i = 0; i < a.rank(); i++) {
            if (i != axis && a.side(i) != b.side(i)) {
                throw new EngineException("concat along dim " + dimension + " needs every other side to agree, not "
                        + Shapes.format(a.shape()) + " and " + Shapes.format(b.shape()));
            }
        }
        return axis;
    }

    /**
     * im2col as {@code torch.nn.functional.unfold}: every window of the (zero-)padded input becomes a
     * column, {@code y[c·kh·kw + a·kw + b, i·W_out + j] = x_pad[c, i·s_h + a·d_h, j·s_w + b·d_w]}.
     * An H×W input gives (kh·kw)×L, C×H×W gives (C·kh·kw)×L, N×C×H×W gives N×(C·kh·kw)×L, with L the
     * number of windows.
     */
    public static Tensor unfold(Tensor input, HeightWidth kernel, HeightWidth stride, HeightWidth padding,
            HeightWidth dilation) {
        return im2col(input, kernel, stride, padding, dilation, null);
    }

    /** The gradient of {@link #unfold} (col2im, {@code F.fold}): every column entry added back where it was read. */
    public static Tensor unfoldGradient(Tensor input, HeightWidth kernel, HeightWidth stride, HeightWidth padding,
            HeightWidth dilation, Tensor upstream) {
        Tensor columns = unfold(input, kernel, stride, padding, dilation);
        TensorMath.checkUpstream(columns.shape(), upstream, "unfold");
        return im2col(input, kernel, stride, padding, dilation, upstream);
    }

    private static Tensor im2col(Tensor input, HeightWidth kernel, HeightWidth stride, HeightWidth padding,
            HeightWidth dilation, Tensor upstream) {
        kernel.requireAtLeast(1, "the kernel of unfold");
        stride.requireAtLeast(1, "the stride");
        padding.requireAtLeast(0, "the padding");
        dilation.requireAtLeast(1, "the dilation");
        int[] shape = Layout.asBatch(input, "unfold");
        int channels = shape[1];
        int inHeight = shape[2];
        int inWidth = shape[3];
        int outHeight = OutputSize.convolution(inHeight, kernel.height(), stride.height(), padding.height(),
                padding.height(), dilation.height());
        int outWidth = OutputSize.convolution(inWidth, kernel.width(), stride.width(), padding.width(),
                padding.width(), dilation.width());
        int windows = outHeight * outWidth;
        int rows = channels * kernel.height() * kernel.width();
        double[] x = input.values();
        double[] y = new double[shape[0] * rows * windows];
        double[] dx = new double[x.length];
        for (int n = 0; n < shape[0]; n++) {
            for (int c = 0; c < channels; c++) {
                for (int a = 0; a < kernel.height(); a++) {
                    for (int b = 0; b < kernel.width(); b++) {
                        int row = (c * kernel.height() + a) * kernel.width() + b;
                        for (int i = 0; i < outHeight; i++) {
                            int inRow = i * stride.height() - padding.height() + a * dilation.height();
                            for (int j = 0; j < outWidth; j++) {
                                int inColumn = j * stride.width() - padding.width() + b * dilation.width();
                                if (inRow < 0 || inRow >= inHeight || inColumn < 0 || inColumn >= inWidth) {
                                    continue;
                                }
                                int source = ((n * channels + c) * inHeight + inRow) * inWidth + inColumn;
                                int target = (n * rows + row) * windows + i * outWidth + j;
                                if (upstream == null) {
                                    y[target] = x[source];
                                } else {
                                    dx[source] += upstream.valueAt(target);
                                }
                            }
                        }
                    }
                }
            }
        }
        if (upstream != null) {
            return Tensor.of(input.shape(), dx);
        }
        int[] resultShape = input.rank() == 4 ? new int[] {shape[0], rows, windows} : new int[] {rows, windows};
        return Tensor.of(resultShape, y);
    }
}
