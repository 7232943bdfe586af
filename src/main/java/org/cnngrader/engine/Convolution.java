package org.cnngrader.engine;

import java.util.Arrays;

/**
 * Two-dimensional convolution layers with the semantics of {@code torch.nn.functional}.
 *
 * <p>{@link #conv2d} is a cross-correlation, as in every deep-learning library:
 * <pre>
 *   y[n, o, i, j] = bias[o] + Σ_c Σ_a Σ_b x_pad[n, g·C/g + c, i·s_h + a·d_h, j·s_w + b·d_w] · k[o, c, a, b]
 * </pre>
 * where {@code g} is the group of output channel {@code o}. With {@code flip} the kernel is rotated
 * by 180° first, which makes it a true convolution (Goodfellow et al., eq. 9.4).
 *
 * <p>{@link #convTranspose2d} scatters every input entry times the kernel into the output,
 * {@code y[n, o, i·s + a·d − p, j·s + b·d − p] += x[n, c, i, j] · k[c, o, a, b]}, which makes it
 * the adjoint of {@code conv2d} with the same stride, padding and dilation.
 *
 * <p>Shapes: the input is H×W, C×H×W or N×C×H×W; a {@code conv2d} kernel is kh×kw (one filter
 * on one channel), Cin×kh×kw (one filter) or Cout×(Cin/groups)×kh×kw; the result keeps the
 * input's rank, without a channel axis when the kernel was a single filter. Inputs are never
 * modified.
 */
public final class Convolution {

    private Convolution() {
    }

    /** The arguments of a convolution besides input, kernel and bias; PyTorch's defaults via {@link #defaults()}. */
    public record Options(HeightWidth stride, Padding padding, HeightWidth dilation, int groups, boolean flip) {

        public Options {
            stride.requireAtLeast(1, "the stride");
            dilation.requireAtLeast(1, "the dilation");
            if (groups < 1) {
                throw new EngineException("groups must be at least 1, not " + groups);
            }
        }

        /** Stride 1, no padding, no dilation, one group, no flip. */
        public static Options defaults() {
            return new Options(HeightWidth.square(1), Padding.valid(), HeightWidth.square(1), 1, false);
        }

        public Options withStride(HeightWidth newStride) {
            return new Options(newStride, padding, dilation, groups, flip);
        }

        public Options withPadding(Padding newPadding) {
            return new Options(stride, newPadding, dilation, groups, flip);
        }

        public Options withDilation(HeightWidth newDilation) {
            return new Options(stride, padding, newDilation, groups, flip);
        }

        public Options withGroups(int newGroups) {
            return new Options(stride, padding, dilation, newGroups, flip);
        }

        public Options withFlip(boolean newFlip) {
            return new Options(stride, padding, dilation, groups, newFlip);
        }
    }

    /** The arguments of a transposed convolution; PyTorch's defaults via {@link #defaults()}. */
    public record TransposedOptions(HeightWidth stride, Padding.Explicit padding, HeightWidth outputPadding,
            HeightWidth dilation) {

        public TransposedOptions {
            stride.requireAtLeast(1, "the stride");
            dilation.requireAtLeast(1, "the dilation");
            outputPadding.requireAtLeast(0, "output_padding");
        }

        /** Stride 1, no padding, no output padding, no dilation. */
        public static TransposedOptions defaults() {
            return new TransposedOptions(HeightWidth.square(1), Padding.valid(), HeightWidth.square(0),
                    HeightWidth.square(1));
        }

        public TransposedOptions withStride(HeightWidth newStride) {
            return new TransposedOptions(newStride, padding, outputPadding, dilation);
        }

        public TransposedOptions withPadding(Padding.Explicit newPadding) {
            return new TransposedOptions(stride, newPadding, outputPadding, dilation);
        }

        public TransposedOptions withOutputPadding(HeightWidth newOutputPadding) {
            return new TransposedOptions(stride, padding, newOutputPadding, dilation);
        }

        public TransposedOptions withDilation(HeightWidth newDilation) {
            return new TransposedOptions(stride, padding, outputPadding, newDilation);
        }
    }

    /** Cross-correlation (or convolution with {@code flip}) without bias. */
    public static Tensor conv2d(Tensor input, Tensor kernel, Options options) {
        return conv2d(input, kernel, Tensor.scalar(0), options);
    }

    /**
     * Cross-correlation (or convolution with {@code flip}) plus {@code bias}, a number or one per
     * output channel.
     */
    public static Tensor conv2d(Tensor input, Tensor kernel, Tensor bias, Options options) {
        int[] in = Layout.asBatch(input, "conv2d");
        int[] weight = filters(kernel, "conv2d");
        int batch = in[0];
        int inChannels = in[1];
        int groups = options.groups();
        int outChannels = weight[0];
        int groupChannels = weight[1];
        int kernelHeight = weight[2];
        int kernelWidth = weight[3];
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new EngineException("groups=" + groups + " must divide both the " + inChannels
                    + " input channels and the " + outChannels + " filters (input " + Shapes.format(input.shape())
                    + ", kernel " + Shapes.format(kernel.shape()) + ")");
        }
        if (groupChannels * groups != inChannels) {
            throw new EngineException("kernel " + Shapes.format(kernel.shape()) + " expects "
                    + groupChannels * groups + " input channel" + (groupChannels * groups == 1 ? "" : "s")
                    + " but the input " + Shapes.format(input.shape()) + " has " + inChannels);
        }
        double[] biases = biasPerChannel(bias, outChannels);
        HeightWidth kernelSize = new HeightWidth(kernelHeight, kernelWidth);
        HeightWidth inputSize = new HeightWidth(in[2], in[3]);
        Padding.Explicit padding = options.padding()
                .resolve(inputSize, kernelSize, options.stride(), options.dilation());
        int outHeight;
        int outWidth;
        try {
            outHeight = OutputSize.convolution(in[2], kernelHeight, options.stride().height(), padding.top(),
                    padding.bottom(), options.dilation().height());
            outWidth = OutputSize.convolution(in[3], kernelWidth, options.stride().width(), padding.left(),
                    padding.right(), options.dilation().width());
        } catch (EngineException tooLarge) {
            throw new EngineException("kernel " + kernelHeight + "×" + kernelWidth
                    + (options.dilation().height() > 1 || options.dilation().width() > 1
                            ? " dilated by " + options.dilation() : "")
                    + " does not fit the " + in[2] + "×" + in[3] + " input padded by " + padding);
        }
        Tensor.requireWork("conv2d of " + Shapes.format(input.shape()) + " with " + Shapes.format(kernel.shape()),
                batch, outChannels, outHeight, outWidth, groupChannels, kernelHeight, kernelWidth);
        double[] x = input.values();
        double[] k = options.flip() ? Transforms.flip(kernel).values() : kernel.values();
        double[] y = new double[Tensor.entries("the output of conv2d", batch, outChannels, outHeight, outWidth)];
        int filtersPerGroup = outChannels / groups;
        int strideH = options.stride().height();
        int strideW = options.stride().width();
        int dilationH = options.dilation().height();
        int dilationW = options.dilation().width();
        int inHeight = in[2];
        int inWidth = in[3];
        int position = 0;
        for (int n = 0; n < batch; n++) {
            for (int o = 0; o < outChannels; o++) {
                int firstChannel = (o / filtersPerGroup) * groupChannels;
                for (int i = 0; i < outHeight; i++) {
                    for (int j = 0; j < outWidth; j++) {
                        double sum = 0;
                        for (int c = 0; c < groupChannels; c++) {
                            int inputBase = (n * inChannels + firstChannel + c) * inHeight;
                            int kernelBase = (o * groupChannels + c) * kernelHeight;
                            for (int a = 0; a < kernelHeight; a++) {
                                int row = i * strideH + a * dilationH - padding.top();
                                if (row < 0 || row >= inHeight) {
                                    continue;
                                }
                                for (int b = 0; b < kernelWidth; b++) {
                                    int column = j * strideW + b * dilationW - padding.left();
                                    if (column < 0 || column >= inWidth) {
                                        continue;
                                    }
                                    sum += x[(inputBase + row) * inWidth + column]
                                            * k[(kernelBase + a) * kernelWidth + b];
                                }
                            }
                        }
                        y[position++] = sum + biases[o];
                    }
                }
            }
        }
        boolean singleFilter = kernel.rank() < 4;
        return Tensor.of(Layout.resultShape(input.rank(), singleFilter, batch, outChannels, outHeight, outWidth), y);
    }

    /**
     * Transposed convolution: scatter-add of input × kernel (no flip), then {@code padding}
     * cropped from every side, {@code output_padding} kept as extra rows/columns at the
     * bottom/right. The kernel is kh×kw, Cin×kh×kw (one output channel) or Cin×Cout×kh×kw
     * (PyTorch's weight layout).
     */
    public static Tensor convTranspose2d(Tensor input, Tensor kernel, TransposedOptions options) {
        int[] in = Layout.asBatch(input, "conv_transpose2d");
        int[] weight = switch (kernel.rank()) {
            case 2 -> new int[] {1, 1, kernel.side(0), kernel.side(1)};
            case 3 -> new int[] {kernel.side(0), 1, kernel.side(1), kernel.side(2)};
            case 4 -> kernel.shape();
            default -> throw new EngineException("conv_transpose2d needs a kernel kh×kw, Cin×kh×kw or"
                    + " Cin×Cout×kh×kw, not " + Shapes.format(kernel.shape()));
        };
        int batch = in[0];
        int inChannels = in[1];
        if (weight[0] != inChannels) {
            throw new EngineException("kernel " + Shapes.format(kernel.shape()) + " expects " + weight[0]
                    + " input channel" + (weight[0] == 1 ? "" : "s") + " but the input "
                    + Shapes.format(input.shape()) + " has " + inChannels);
        }
        int outChannels = weight[1];
        int kernelHeight = weight[2];
        int kernelWidth = weight[3];
        Padding.Explicit padding = options.padding();
        int strideH = options.stride().height();
        int strideW = options.stride().width();
        int dilationH = options.dilation().height();
        int dilationW = options.dilation().width();
        int outHeight = OutputSize.transposed(in[2], kernelHeight, strideH, padding.top(), padding.bottom(),
                options.outputPadding().height(), dilationH);
        int outWidth = OutputSize.transposed(in[3], kernelWidth, strideW, padding.left(), padding.right(),
                options.outputPadding().width(), dilationW);
        Tensor.requireWork("conv_transpose2d of " + Shapes.format(input.shape()) + " with "
                + Shapes.format(kernel.shape()), batch, inChannels, in[2], in[3], outChannels, kernelHeight, kernelWidth);
        double[] x = input.values();
        double[] k = kernel.values();
        double[] y = new double[Tensor.entries("the output of conv_transpose2d", batch, outChannels, outHeight,
                outWidth)];
        int inHeight = in[2];
        int inWidth = in[3];
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < inChannels; c++) {
                for (int i = 0; i < inHeight; i++) {
                    for (int j = 0; j < inWidth; j++) {
                        double value = x[((n * inChannels + c) * inHeight + i) * inWidth + j];
                        for (int o = 0; o < outChannels; o++) {
                            int kernelBase = (c * outChannels + o) * kernelHeight;
                            int outputBase = (n * outChannels + o) * outHeight;
                            for (int a = 0; a < kernelHeight; a++) {
                                int row = i * strideH + a * dilationH - padding.top();
                                if (row < 0 || row >= outHeight) {
                                    continue;
                                }
                                for (int b = 0; b < kernelWidth; b++) {
                                    int column = j * strideW + b * dilationW - padding.left();
                                    if (column < 0 || column >= outWidth) {
                                        continue;
                                    }
                                    y[(outputBase + row) * outWidth + column] +=
                                            value * k[(kernelBase + a) * kernelWidth + b];
                                }
                            }
                        }
                    }
                }
            }
        }
        boolean singleOutput = kernel.rank() < 4;
        return Tensor.of(Layout.resultShape(input.rank(), singleOutput, batch, outChannels, outHeight, outWidth), y);
    }

    /**
     * The gradient of {@link #conv2d} for its input:
     * {@code dx[n, c, r, q] = Σ dy[n, o, i, j] · k[o, c', a, b]} over the taps where
     * {@code r = i·s_h + a·d_h − p_top}, {@code q = j·s_w + b·d_w − p_left} — the transposed
     * convolution of dy with the same kernel (a full correlation with the kernel rotated by 180°).
     */
    public static Tensor conv2dInputGradient(Tensor input, Tensor kernel, Tensor bias, Options options,
            Tensor upstream) {
        double[] dy = checkedUpstream(input, kernel, bias, options, upstream);
        double[] k = options.flip() ? Transforms.flip(kernel).values() : kernel.values();
        double[] dx = new double[input.size()];
        forEachTap(input, kernel, options, (inputIndex, kernelIndex, outputIndex) ->
                dx[inputIndex] += dy[outputIndex] * k[kernelIndex]);
        return Tensor.of(input.shape(), dx);
    }

    /**
     * The gradient of {@link #conv2d} for its kernel: {@code dk[o, c, a, b] = Σ_{n,i,j} dy[n, o, i, j] ·
     * x_pad[n, c, i·s_h + a·d_h, j·s_w + b·d_w]} — the correlation of the input with dy (rotated by
     * 180° afterwards when {@code flip}).
     */
    public static Tensor conv2dKernelGradient(Tensor input, Tensor kernel, Tensor bias, Options options,
            Tensor upstream) {
        double[] dy = checkedUpstream(input, kernel, bias, options, upstream);
        double[] x = input.values();
        double[] dk = new double[kernel.size()];
        forEachTap(input, kernel, options, (inputIndex, kernelIndex, outputIndex) ->
                dk[kernelIndex] += dy[outputIndex] * x[inputIndex]);
        Tensor gradient = Tensor.of(kernel.shape(), dk);
        return options.flip() ? Transforms.flip(gradient) : gradient;
    }

    /** The gradient of {@link #conv2d} for its bias: the sum of dy per output channel (all of it for one number). */
    public static Tensor conv2dBiasGradient(Tensor input, Tensor kernel, Tensor bias, Options options,
            Tensor upstream) {
        double[] dy = checkedUpstream(input, kernel, bias, options, upstream);
        int outChannels = filters(kernel, "conv2d")[0];
        double[] perChannel = new double[outChannels];
        int plane = dy.length / (Layout.asBatch(input, "conv2d")[0] * outChannels);
        for (int i = 0; i < dy.length; i++) {
            perChannel[(i / plane) % outChannels] += dy[i];
        }
        return TensorMath.sumTo(Tensor.of(new int[] {outChannels}, perChannel),
                bias.isSingle() ? bias.shape() : new int[] {outChannels});
    }

    /**
     * The gradient of {@link #convTranspose2d} for its input: {@code dx[n, c, i, j] = Σ dy[n, o, r, q] ·
     * k[c, o, a, b]} — the cross-correlation of dy with the kernel, at the same stride.
     */
    public static Tensor convTranspose2dInputGradient(Tensor input, Tensor kernel, TransposedOptions options,
            Tensor upstream) {
        Tensor output = convTranspose2d(input, kernel, options);
        TensorMath.checkUpstream(output.shape(), upstream, "conv_transpose2d");
        double[] dy = upstream.values();
        double[] k = kernel.values();
        double[] dx = new double[input.size()];
        forEachScatter(input, kernel, options, output, (inputIndex, kernelIndex, outputIndex) ->
                dx[inputIndex] += dy[outputIndex] * k[kernelIndex]);
        return Tensor.of(input.shape(), dx);
    }

    /** The gradient of {@link #convTranspose2d} for its kernel: {@code dk[c, o, a, b] = Σ x[n, c, i, j] · dy[n, o, r, q]}. */
    public static Tensor convTranspose2dKernelGradient(Tensor input, Tensor kernel, TransposedOptions options,
            Tensor upstream) {
        Tensor output = convTranspose2d(input, kernel, options);
        TensorMath.checkUpstream(output.shape(), upstream, "conv_transpose2d");
        double[] dy = upstream.values();
        double[] x = input.values();
        double[] dk = new double[kernel.size()];
        forEachScatter(input, kernel, options, output, (inputIndex, kernelIndex, outputIndex) ->
                dk[kernelIndex] += dy[outputIndex] * x[inputIndex]);
        return Tensor.of(kernel.shape(), dk);
    }

    /** One multiplication of a convolution: which input, kernel and output entries (row-major) it joins. */
    @FunctionalInterface
    private interface Tap {
        void visit(int inputIndex, int kernelIndex, int outputIndex);
    }

    private static double[] checkedUpstream(Tensor input, Tensor kernel, Tensor bias, Options options,
            Tensor upstream) {
        Tensor output = conv2d(input, kernel, bias, options);
        TensorMath.checkUpstream(output.shape(), upstream, "conv2d");
        return upstream.values();
    }

    /** Every tap of {@link #conv2d} (shapes already checked), the kernel indexed as stored. */
    private static void forEachTap(Tensor input, Tensor kernel, Options options, Tap tap) {
        int[] in = Layout.asBatch(input, "conv2d");
        int[] weight = filters(kernel, "conv2d");
        int outChannels = weight[0];
        int groupChannels = weight[1];
        int kernelHeight = weight[2];
        int kernelWidth = weight[3];
        Padding.Explicit padding = options.padding().resolve(new HeightWidth(in[2], in[3]),
                new HeightWidth(kernelHeight, kernelWidth), options.stride(), options.dilation());
        int outHeight = OutputSize.convolution(in[2], kernelHeight, options.stride().height(), padding.top(),
                padding.bottom(), options.dilation().height());
        int outWidth = OutputSize.convolution(in[3], kernelWidth, options.stride().width(), padding.left(),
                padding.right(), options.dilation().width());
        int filtersPerGroup = outChannels / options.groups();
        int position = 0;
        for (int n = 0; n < in[0]; n++) {
            for (int o = 0; o < outChannels; o++) {
                int firstChannel = (o / filtersPerGroup) * groupChannels;
                for (int i = 0; i < outHeight; i++) {
                    for (int j = 0; j < outWidth; j++) {
                        for (int c = 0; c < groupChannels; c++) {
                            for (int a = 0; a < kernelHeight; a++) {
                                int row = i * options.stride().height() + a * options.dilation().height()
                                        - padding.top();
                                if (row < 0 || row >= in[2]) {
                                    continue;
                                }
                                for (int b = 0; b < kernelWidth; b++) {
                                    int column = j * options.stride().width() + b * options.dilation().width()
                                            - padding.left();
                                    if (column >= 0 && column < in[3]) {
                                        tap.visit(((n * in[1] + firstChannel + c) * in[2] + row) * in[3] + column,
                                                ((o * groupChannels + c) * kernelHeight + a) * kernelWidth + b,
                                                position);
                                    }
                                }
                            }
                        }
                        position++;
                    }
                }
            }
        }
    }

    /** Every tap of {@link #convTranspose2d} (shapes already checked) that lands inside the output. */
    private static void forEachScatter(Tensor input, Tensor kernel, TransposedOptions options, Tensor output,
            Tap tap) {
        int[] in = Layout.asBatch(input, "conv_transpose2d");
        int[] out = Layout.asBatch(output, "conv_transpose2d");
        int kernelHeight = kernel.side(-2);
        int kernelWidth = kernel.side(-1);
        int outChannels = kernel.rank() == 4 ? kernel.side(1) : 1;
        int outHeight = out[2];
        int outWidth = out[3];
        for (int n = 0; n < in[0]; n++) {
            for (int c = 0; c < in[1]; c++) {
                for (int i = 0; i < in[2]; i++) {
                    for (int j = 0; j < in[3]; j++) {
                        int inputIndex = ((n * in[1] + c) * in[2] + i) * in[3] + j;
                        for (int o = 0; o < outChannels; o++) {
                            for (int a = 0; a < kernelHeight; a++) {
                                int row = i * options.stride().height() + a * options.dilation().height()
                                        - options.padding().top();
                                if (row < 0 || row >= outHeight) {
                                    continue;
                                }
                                for (int b = 0; b < kernelWidth; b++) {
                                    int column = j * options.stride().width() + b * options.dilation().width()
                                            - options.padding().left();
                                    if (column >= 0 && column < outWidth) {
                                        tap.visit(inputIndex, ((c * outChannels + o) * kernelHeight + a)
                                                * kernelWidth + b, ((n * outChannels + o) * outHeight + row)
                                                * outWidth + column);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The kernel read as Cout×Cg×kh×kw. */
    private static int[] filters(Tensor kernel, String operation) {
        return switch (kernel.rank()) {
            case 2 -> new int[] {1, 1, kernel.side(0), kernel.side(1)};
            case 3 -> new int[] {1, kernel.side(0), kernel.side(1), kernel.side(2)};
            case 4 -> kernel.shape();
            default -> throw new EngineException(operation + " needs a kernel kh×kw, Cin×kh×kw or"
                    + " Cout×(Cin/groups)×kh×kw, not " + Shapes.format(kernel.shape()));
        };
    }

    private static double[] biasPerChannel(Tensor bias, int outChannels) {
        double[] result = new double[outChannels];
        if (bias.isSingle()) {
            Arrays.fill(result, bias.item());
            return result;
        }
        if (bias.rank() != 1 || bias.size() != outChannels) {
            throw new EngineException("bias must be a number or one value per output channel (" + outChannels
                    + "), not a tensor of shape " + Shapes.format(bias.shape()));
        }
        return bias.values();
    }
}
