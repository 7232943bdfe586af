package org.cnngrader.engine;

/**
 * Max and average pooling over the last two axes, per channel, as {@code torch.nn.functional}.
 *
 * <p>Window {@code (i, j)} covers rows {@code i·s_h − p_h + a·d_h} for {@code a < k_h}
 * (likewise columns). Max pooling pads with −∞, so padding never wins. Average pooling divides
 * by the window clipped to the padded input when {@code count_include_pad} (PyTorch's default),
 * else by the number of real input entries in it. With {@code ceil_mode} the output side is
 * rounded up, but a last window that would start in the right padding is dropped.
 */
public final class Pooling {

    private Pooling() {
    }

    /** The arguments of a pooling: window, stride, symmetric padding, dilation (max only), ceil mode. */
    public record Options(HeightWidth window, HeightWidth stride, HeightWidth padding, HeightWidth dilation,
            boolean ceilMode) {

        public Options {
            window.requireAtLeast(1, "the pooling window");
            stride.requireAtLeast(1, "the stride");
            padding.requireAtLeast(0, "the padding");
            dilation.requireAtLeast(1, "the dilation");
        }

        /** A window with PyTorch's defaults: stride = window, no padding, no dilation, floor. */
        public static Options window(HeightWidth window) {
            return new Options(window, window, HeightWidth.square(0), HeightWidth.square(1), false);
        }

        public Options withStride(HeightWidth newStride) {
            return new Options(window, newStride, padding, dilation, ceilMode);
        }

        public Options withPadding(HeightWidth newPadding) {
            return new Options(window, stride, newPadding, dilation, ceilMode);
        }

        public Options withDilation(HeightWidth newDilation) {
            return new Options(window, stride, padding, newDilation, ceilMode);
        }

        public Options withCeilMode(boolean newCeilMode) {
            return new Options(window, stride, padding, dilation, newCeilMode);
        }
    }

    /** Max pooling: {@code y[i, j] = max_{a,b} x_pad[i·s_h + a·d_h, j·s_w + b·d_w]}, padded with −∞. */
    public static Tensor maxPool2d(Tensor input, Options options) {
        return pool(input, options, true, true, "maxpool2d");
    }

    /**
     * Average pooling: {@code y[i, j] = Σ_window x / divisor}, the divisor as described on the class.
     *
     * @throws EngineException if a dilation other than 1 is asked for (PyTorch has none)
     */
    public static Tensor avgPool2d(Tensor input, Options options, boolean countIncludePad) {
        if (options.dilation().height() != 1 || options.dilation().width() != 1) {
            throw new EngineException("average pooling has no dilation");
        }
        return pool(input, options, false, countIncludePad, "avgpool2d");
    }

    /** The mean of each channel over its H×W entries: H×W gives a number, C×H×W gives C, N×C×H×W gives N×C. */
    public static Tensor globalAvgPool(Tensor input) {
        int[] shape = Layout.asBatch(input, "global_avgpool");
        int planes = shape[0] * shape[1];
        int area = shape[2] * shape[3];
        double[] x = input.values();
        double[] y = new double[planes];
        for (int plane = 0; plane < planes; plane++) {
            double sum = 0;
            for (int i = 0; i < area; i++) {
                sum += x[plane * area + i];
            }
            y[plane] = sum / area;
        }
        int[] resultShape = switch (input.rank()) {
            case 2 -> new int[0];
            case 3 -> new int[] {shape[1]};
            default -> new int[] {shape[0], shape[1]};
        };
        return Tensor.of(resultShape, y);
    }

    /**
     * The gradient of max pooling: each window's upstream value goes to the first maximum of the
     * window in row-major order (PyTorch's rule for ties); overlapping windows add up. With
     * {@code everyMaximum} it goes to every entry equal to the maximum instead — not PyTorch's
     * rule, but a student's slip the grader recognises.
     */
    public static Tensor maxPool2dGradient(Tensor input, Options options, Tensor upstream, boolean everyMaximum) {
        Tensor output = maxPool2d(input, options);
        TensorMath.checkUpstream(output.shape(), upstream, "maxpool2d");
        int[] shape = Layout.asBatch(input, "maxpool2d");
        int inHeight = shape[2];
        int inWidth = shape[3];
        int[] out = Layout.asBatch(output, "maxpool2d");
        int outHeight = out[2];
        int outWidth = out[3];
        double[] x = input.values();
        double[] dy = upstream.values();
        double[] dx = new double[x.length];
        int position = 0;
        for (int plane = 0; plane < shape[0] * shape[1]; plane++) {
            int base = plane * inHeight * inWidth;
            for (int i = 0; i < outHeight; i++) {
                for (int j = 0; j < outWidth; j++) {
                    int best = -1;
                    for (int a = 0; a < options.window().height(); a++) {
                        int row = i * options.stride().height() - options.padding().height()
                                + a * options.dilation().height();
                        if (row < 0 || row >= inHeight) {
                            continue;
                        }
                        for (int b = 0; b < options.window().width(); b++) {
                            int column = j * options.stride().width() - options.padding().width()
                                    + b * options.dilation().width();
                            if (column >= 0 && column < inWidth
                                    && (best < 0 || x[base + row * inWidth + column] > x[best])) {
                                best = base + row * inWidth + column;
                            }
                        }
                    }
                    if (everyMaximum) {
                        addToEveryMaximum(x, dx, base, inWidth, inHeight, i, j, options, x[best], dy[position]);
                    } else {
                        dx[best] += dy[position];
                    }
                    position++;
                }
            }
        }
        return Tensor.of(input.shape(), dx);
    }

    private static void addToEveryMaximum(double[] x, double[] dx, int base, int inWidth, int inHeight, int i, int j,
            Options options, double maximum, double upstream) {
        for (int a = 0; a < options.window().height(); a++) {
            int row = i * options.stride().height() - options.padding().height() + a * options.dilation().height();
            for (int b = 0; b < options.window().width(); b++) {
                int column = j * options.stride().width() - options.padding().width() + b * options.dilation().width();
                if (row >= 0 && row < inHeight && column >= 0 && column < inWidth
                        && x[base + row * inWidth + column] == maximum) {
                    dx[base + row * inWidth + column] += upstream;
                }
            }
        }
    }

    /**
     * The gradient of average pooling: each window's upstream value divided by the window's
     * divisor (as in the forward pass) and added to every input entry of the window.
     */
    public static Tensor avgPool2dGradient(Tensor input, Options options, boolean countIncludePad, Tensor upstream) {
        Tensor output = avgPool2d(input, options, countIncludePad);
        TensorMath.checkUpstream(output.shape(), upstream, "avgpool2d");
        int[] shape = Layout.asBatch(input, "avgpool2d");
        int inHeight = shape[2];
        int inWidth = shape[3];
        int[] out = Layout.asBatch(output, "avgpool2d");
        int padH = options.padding().height();
        int padW = options.padding().width();
        double[] dy = upstream.values();
        double[] dx = new double[input.size()];
        int position = 0;
        for (int plane = 0; plane < shape[0] * shape[1]; plane++) {
            int base = plane * inHeight * inWidth;
            for (int i = 0; i < out[2]; i++) {
                for (int j = 0; j < out[3]; j++) {
                    int rowStart = i * options.stride().height() - padH;
                    int columnStart = j * options.stride().width() - padW;
                    int rowEnd = Math.min(rowStart + options.window().height(), inHeight + padH);
                    int columnEnd = Math.min(columnStart + options.window().width(), inWidth + padW);
                    int paddedArea = (rowEnd - rowStart) * (columnEnd - columnStart);
                    int firstRow = Math.max(rowStart, 0);
                    int firstColumn = Math.max(columnStart, 0);
                    int lastRow = Math.min(rowEnd, inHeight);
                    int lastColumn = Math.min(columnEnd, inWidth);
                    int realArea = Math.max(lastRow - firstRow, 0) * Math.max(lastColumn - firstColumn, 0);
                    int divisor = countIncludePad ? paddedArea : realArea;
                    double share = divisor == 0 ? 0 : dy[position] / divisor;
                    position++;
                    for (int row = firstRow; row < lastRow; row++) {
                        for (int column = firstColumn; column < lastColumn; column++) {
                            dx[base + row * inWidth + column] += share;
                        }
                    }
                }
            }
        }
        return Tensor.of(input.shape(), dx);
    }

    /** The gradient of the global average: every entry of a channel gets its upstream value over H·W. */
    public static Tensor globalAvgPoolGradient(Tensor input, Tensor upstream) {
        Tensor output = globalAvgPool(input);
        TensorMath.checkUpstream(output.shape(), upstream, "global_avgpool");
        int[] shape = Layout.asBatch(input, "global_avgpool");
        int area = shape[2] * shape[3];
        double[] dx = new double[input.size()];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = upstream.valueAt(i / area) / area;
        }
        return Tensor.of(input.shape(), dx);
    }

    /**
     * Adaptive average pooling to {@code size} (PyTorch's windows: output row i covers input rows
     * {@code ⌊i·H/h_out⌋} to {@code ⌈(i+1)·H/h_out⌉ − 1}, likewise columns), the mean of each window.
     */
    public static Tensor adaptiveAvgPool2d(Tensor input, HeightWidth size) {
        return adaptive(input, size, false, null, "adaptive_avgpool2d");
    }

    /** Adaptive max pooling to {@code size}: the largest entry of each adaptive window. */
    public static Tensor adaptiveMaxPool2d(Tensor input, HeightWidth size) {
        return adaptive(input, size, true, null, "adaptive_maxpool2d");
    }

    /** The gradient of adaptive average pooling: each window's upstream value shared evenly over its entries. */
    public static Tensor adaptiveAvgPool2dGradient(Tensor input, HeightWidth size, Tensor upstream) {
        Tensor output = adaptiveAvgPool2d(input, size);
        TensorMath.checkUpstream(output.shape(), upstream, "adaptive_avgpool2d");
        return adaptive(input, size, false, upstream, "adaptive_avgpool2d");
    }

    /** The gradient of adaptive max pooling: to the first maximum of each window in row-major order. */
    public static Tensor adaptiveMaxPool2dGradient(Tensor input, HeightWidth size, Tensor upstream) {
        Tensor output = adaptiveMaxPool2d(input, size);
        TensorMath.checkUpstream(output.shape(), upstream, "adaptive_maxpool2d");
        return adaptive(input, size, true, upstream, "adaptive_maxpool2d");
    }

    /** The forward pass when {@code upstream} is null, else the gradient for the input. */
    private static Tensor adaptive(Tensor input, HeightWidth size, boolean max, Tensor upstream, String operation) {
        size.requireAtLeast(1, "the output size of " + operation);
        int[] shape = Layout.asBatch(input, operation);
        int inHeight = shape[2];
        int inWidth = shape[3];
        int outHeight = size.height();
        int outWidth = size.width();
        int planes = shape[0] * shape[1];
        double[] x = input.values();
        double[] y = new double[Tensor.entries("the output of " + operation, planes, outHeight, outWidth)];
        double[] dx = new double[x.length];
        int position = 0;
        for (int plane = 0; plane < planes; plane++) {
            int base = plane * inHeight * inWidth;
            for (int i = 0; i < outHeight; i++) {
                int rowStart = Math.floorDiv(i * inHeight, outHeight);
                int rowEnd = -Math.floorDiv(-(i + 1) * inHeight, outHeight);
                for (int j = 0; j < outWidth; j++) {
                    int columnStart = Math.floorDiv(j * inWidth, outWidth);
                    int columnEnd = -Math.floorDiv(-(j + 1) * inWidth, outWidth);
                    int count = (rowEnd - rowStart) * (columnEnd - columnStart);
                    int best = -1;
                    double sum = 0;
                    for (int row = rowStart; row < rowEnd; row++) {
                        for (int column = columnStart; column < columnEnd; column++) {
                            int index = base + row * inWidth + column;
                            sum += x[index];
                            if (best < 0 || x[index] > x[best]) {
                                best = index;
                            }
                        }
                    }
                    if (upstream == null) {
                        y[position] = max ? x[best] : sum / count;
                    } else if (max) {
                        dx[best] += upstream.valueAt(position);
                    } else {
                        for (int row = rowStart; row < rowEnd; row++) {
                            for (int column = columnStart; column < columnEnd; column++) {
                                dx[base + row * inWidth + column] += upstream.valueAt(position) / count;
                            }
                        }
                    }
                    position++;
                }
            }
        }
        if (upstream != null) {
            return Tensor.of(input.shape(), dx);
        }
        return Tensor.of(Layout.resultShape(input.rank(), false, shape[0], shape[1], outHeight, outWidth), y);
    }

    private static Tensor pool(Tensor input, Options options, boolean max, boolean countIncludePad,
            String operation) {
        int[] shape = Layout.asBatch(input, operation);
        int inHeight = shape[2];
        int inWidth = shape[3];
        int windowH = options.window().height();
        int windowW = options.window().width();
        int strideH = options.stride().height();
        int strideW = options.stride().width();
        int padH = options.padding().height();
        int padW = options.padding().width();
        int dilationH = options.dilation().height();
        int dilationW = options.dilation().width();
        int outHeight;
        int outWidth;
        try {
            outHeight = OutputSize.pooling(inHeight, windowH, strideH, padH, dilationH, options.ceilMode());
            outWidth = OutputSize.pooling(inWidth, windowW, strideW, padW, dilationW, options.ceilMode());
        } catch (EngineException problem) {
            throw new EngineException(operation + " with a " + windowH + "×" + windowW + " window on a "
                    + Shapes.format(input.shape()) + " input: " + problem.getMessage());
        }
        int planes = shape[0] * shape[1];
        Tensor.requireWork(operation + " with a " + windowH + "×" + windowW + " window on a "
                + Shapes.format(input.shape()) + " input", planes, outHeight, outWidth, windowH, windowW);
        double[] x = input.values();
        double[] y = new double[Tensor.entries("the output of " + operation, planes, outHeight, outWidth)];
        int position = 0;
        for (int plane = 0; plane < planes; plane++) {
            int base = plane * inHeight * inWidth;
            for (int i = 0; i < outHeight; i++) {
                for (int j = 0; j < outWidth; j++) {
                    int rowStart = i * strideH - padH;
                    int columnStart = j * strideW - padW;
                    if (max) {
                        double best = Double.NEGATIVE_INFINITY;
                        for (int a = 0; a < windowH; a++) {
                            int row = rowStart + a * dilationH;
                            if (row < 0 || row >= inHeight) {
                                continue;
                            }
                            for (int b = 0; b < windowW; b++) {
                                int column = columnStart + b * dilationW;
                                if (column >= 0 && column < inWidth) {
                                    best = Math.max(best, x[base + row * inWidth + column]);
                                }
                            }
                        }
                        y[position++] = best;
                    } else {
                        // PyTorch: the window is first clipped to the padded input, then to the input.
                        int rowEnd = Math.min(rowStart + windowH, inHeight + padH);
                        int columnEnd = Math.min(columnStart + windowW, inWidth + padW);
                        int paddedArea = (rowEnd - rowStart) * (columnEnd - columnStart);
                        int firstRow = Math.max(rowStart, 0);
                        int firstColumn = Math.max(columnStart, 0);
                        int lastRow = Math.min(rowEnd, inHeight);
                        int lastColumn = Math.min(columnEnd, inWidth);
                        double sum = 0;
                        for (int row = firstRow; row < lastRow; row++) {
                            for (int column = firstColumn; column < lastColumn; column++) {
                                sum += x[base + row * inWidth + column];
                            }
                        }
                        int realArea = Math.max(lastRow - firstRow, 0) * Math.max(lastColumn - firstColumn, 0);
                        int divisor = countIncludePad ? paddedArea : realArea;
                        y[position++] = divisor == 0 ? 0 : sum / divisor;
                    }
                }
            }
        }
        return Tensor.of(Layout.resultShape(input.rank(), false, shape[0], shape[1], outHeight, outWidth), y);
    }
}
