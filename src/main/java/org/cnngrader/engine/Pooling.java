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
        double[] x = input.values();
        double[] y = new double[planes * outHeight * outWidth];
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
