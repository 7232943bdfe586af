package org.cnngrader.engine;

import java.util.List;

/**
 * One layer of a {@link Network}, with PyTorch's defaults. Shapes here are per sample:
 * C×H×W for feature maps, a single side F for flat vectors.
 *
 * <p>Parameter counts: conv {@code Cout·(Cin/g)·kh·kw (+Cout bias)}, transposed conv
 * {@code Cin·Cout·kh·kw (+Cout)}, linear {@code in·out (+out)}, batch norm {@code 2C}, others 0.
 * Multiply–accumulates per sample: conv {@code H_out·W_out·Cout·(Cin/g)·kh·kw}, transposed conv
 * {@code H_in·W_in·Cin·Cout·kh·kw}, linear {@code in·out}, others 0.
 */
public sealed interface Layer {

    /** The per-sample output shape for a per-sample input shape. */
    List<Integer> outputShape(List<Integer> input);

    /**
     * The product of {@code factors}, exactly: {@code what} past a {@code long} (a shape of absurd sides) is refused
     * naming it, never wrapped round to a wrong count.
     */
    static long count(String what, long... factors) {
        long product = 1;
        try {
            for (long factor : factors) {
                product = Math.multiplyExact(product, factor);
            }
        } catch (ArithmeticException overflow) {
            throw tooMany(what);
        }
        return product;
    }

    /** {@code a + b}, exactly, as {@link #count}. */
    static long sum(String what, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooMany(what);
        }
    }

    /** The refusal of a count past a {@code long}. */
    static EngineException tooMany(String what) {
        return new EngineException(what + " are too many to count (more than " + Long.MAX_VALUE + ")");
    }

    /** Learnable parameters for this input, with or without the bias terms. */
    default long parameters(List<Integer> input, boolean bias) {
        return 0;
    }

    /** Multiply–accumulate operations for one sample. */
    default long macs(List<Integer> input, List<Integer> output) {
        return 0;
    }

    /** The window this layer looks through, dilation included, for the receptive field; 1 for pointwise layers. */
    default HeightWidth effectiveWindow() {
        return HeightWidth.square(1);
    }

    /** How far the window moves; 1 for pointwise layers. */
    default HeightWidth step() {
        return HeightWidth.square(1);
    }

    /** Whether this layer keeps the spatial layout, so that a receptive field can be followed through it. */
    default boolean isSpatial() {
        return true;
    }

    /** A short name for messages, e.g. {@code conv 96, kernel 11, stride 4}. */
    String describe();

    /** {@code {conv: OUT, kernel, stride, padding, dilation, groups, bias}}. */
    record Conv(int outChannels, HeightWidth kernel, HeightWidth stride, Padding padding, HeightWidth dilation,
            int groups, boolean bias) implements Layer {

        public Conv {
            positive(outChannels, "conv: the number of filters");
            kernel.requireAtLeast(1, "conv: the kernel");
            stride.requireAtLeast(1, "conv: the stride");
            dilation.requireAtLeast(1, "conv: the dilation");
            positive(groups, "conv: groups");
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            int[] chw = featureMap(input, this);
            if (chw[0] % groups != 0 || outChannels % groups != 0) {
                throw new EngineException("groups=" + groups + " must divide both the " + chw[0]
                        + " input channels and the " + outChannels + " filters");
            }
            Padding.Explicit explicit = padding.resolve(new HeightWidth(chw[1], chw[2]), kernel, stride, dilation);
            int height = OutputSize.convolution(chw[1], kernel.height(), stride.height(), explicit.top(),
                    explicit.bottom(), dilation.height());
            int width = OutputSize.convolution(chw[2], kernel.width(), stride.width(), explicit.left(),
                    explicit.right(), dilation.width());
            return List.of(outChannels, height, width);
        }

        @Override
        public long parameters(List<Integer> input, boolean withBias) {
            long weights = count("the parameters", outChannels, input.get(0) / groups, kernel.height(), kernel.width());
            return sum("the parameters", weights, withBias && bias ? outChannels : 0);
        }

        @Override
        public long macs(List<Integer> input, List<Integer> output) {
            return count("the multiply-accumulates", output.get(1), output.get(2), outChannels, input.get(0) / groups,
                    kernel.height(), kernel.width());
        }

        @Override
        public HeightWidth effectiveWindow() {
            return dilated(kernel, dilation);
        }

        @Override
        public HeightWidth step() {
            return stride;
        }

        @Override
        public String describe() {
            return "conv " + outChannels + ", kernel " + kernel + (stride.height() * stride.width() > 1
                    ? ", stride " + stride : "") + ", padding " + padding;
        }
    }

    /** {@code {conv_transpose: OUT, kernel, stride, padding, output_padding, dilation, bias}}. */
    record ConvTranspose(int outChannels, HeightWidth kernel, HeightWidth stride, HeightWidth padding,
            HeightWidth outputPadding, HeightWidth dilation, boolean bias) implements Layer {

        public ConvTranspose {
            positive(outChannels, "conv_transpose: the number of output channels");
            kernel.requireAtLeast(1, "conv_transpose: the kernel");
            stride.requireAtLeast(1, "conv_transpose: the stride");
            padding.requireAtLeast(0, "conv_transpose: the padding");
            outputPadding.requireAtLeast(0, "conv_transpose: output_padding");
            dilation.requireAtLeast(1, "conv_transpose: the dilation");
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            int[] chw = featureMap(input, this);
            int height = OutputSize.transposed(chw[1], kernel.height(), stride.height(), padding.height(),
                    outputPadding.height(), dilation.height());
            int width = OutputSize.transposed(chw[2], kernel.width(), stride.width(), padding.width(),
                    outputPadding.width(), dilation.width());
            return List.of(outChannels, height, width);
        }

        @Override
        public long parameters(List<Integer> input, boolean withBias) {
            long weights = count("the parameters", input.get(0), outChannels, kernel.height(), kernel.width());
            return sum("the parameters", weights, withBias && bias ? outChannels : 0);
        }

        @Override
        public long macs(List<Integer> input, List<Integer> output) {
            return count("the multiply-accumulates", input.get(0), input.get(1), input.get(2), outChannels,
                    kernel.height(), kernel.width());
        }

        @Override
        public boolean isSpatial() {
            return false;
        }

        @Override
        public String describe() {
            return "conv_transpose " + outChannels + ", kernel " + kernel;
        }
    }

    /** {@code {maxpool: K, stride, padding, dilation, ceil_mode}}. */
    record MaxPool(HeightWidth window, HeightWidth stride, HeightWidth padding, HeightWidth dilation,
            boolean ceilMode) implements Layer {

        public MaxPool {
            new Pooling.Options(window, stride, padding, dilation, ceilMode);
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            int[] chw = featureMap(input, this);
            return List.of(chw[0],
                    OutputSize.pooling(chw[1], window.height(), stride.height(), padding.height(), dilation.height(),
                            ceilMode),
                    OutputSize.pooling(chw[2], window.width(), stride.width(), padding.width(), dilation.width(),
                            ceilMode));
        }

        @Override
        public HeightWidth effectiveWindow() {
            return dilated(window, dilation);
        }

        @Override
        public HeightWidth step() {
            return stride;
        }

        @Override
        public String describe() {
            return "maxpool " + window + ", stride " + stride;
        }
    }

    /** {@code {avgpool: K, stride, padding, ceil_mode}}. */
    record AvgPool(HeightWidth window, HeightWidth stride, HeightWidth padding, boolean ceilMode) implements Layer {

        public AvgPool {
            new Pooling.Options(window, stride, padding, HeightWidth.square(1), ceilMode);
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            int[] chw = featureMap(input, this);
            return List.of(chw[0],
                    OutputSize.pooling(chw[1], window.height(), stride.height(), padding.height(), 1, ceilMode),
                    OutputSize.pooling(chw[2], window.width(), stride.width(), padding.width(), 1, ceilMode));
        }

        @Override
        public HeightWidth effectiveWindow() {
            return window;
        }

        @Override
        public HeightWidth step() {
            return stride;
        }

        @Override
        public String describe() {
            return "avgpool " + window + ", stride " + stride;
        }
    }

    /** {@code {linear: OUT, bias}} on a flat input. */
    record Linear(int outFeatures, boolean bias) implements Layer {

        public Linear {
            positive(outFeatures, "linear: the number of outputs");
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            if (input.size() != 1) {
                throw new EngineException("a linear layer needs a flat input, not " + Shapes.format(input)
                        + ": put flatten before it");
            }
            return List.of(outFeatures);
        }

        @Override
        public long parameters(List<Integer> input, boolean withBias) {
            return sum("the parameters", count("the parameters", input.get(0), outFeatures),
                    withBias && bias ? outFeatures : 0);
        }

        @Override
        public long macs(List<Integer> input, List<Integer> output) {
            return count("the multiply-accumulates", input.get(0), outFeatures);
        }

        @Override
        public boolean isSpatial() {
            return false;
        }

        @Override
        public String describe() {
            return "linear " + outFeatures;
        }
    }

    /** {@code batchnorm}: γ and β per channel. */
    record BatchNorm() implements Layer {
        @Override
        public List<Integer> outputShape(List<Integer> input) {
            return input;
        }

        @Override
        public long parameters(List<Integer> input, boolean withBias) {
            return 2L * input.get(0);
        }

        @Override
        public String describe() {
            return "batchnorm";
        }
    }

    /** {@code flatten}: C×H×W to C·H·W. */
    record Flatten() implements Layer {
        @Override
        public List<Integer> outputShape(List<Integer> input) {
            long size = 1;
            for (int side : input) {
                // Each factor fits an int, so the product is checked before it could wrap a long.
                size = OutputSize.exact(size, "a flattened size") * (long) side;
            }
            return List.of(OutputSize.exact(size, "a flattened size"));
        }

        @Override
        public boolean isSpatial() {
            return false;
        }

        @Override
        public String describe() {
            return "flatten";
        }
    }

    /** {@code relu}, {@code sigmoid} or {@code tanh}: the shape is kept. */
    record Activation(String function) implements Layer {

        /** The activations a network may name. */
        public static final List<String> NAMES = List.of("relu", "sigmoid", "tanh");

        public Activation {
            if (!NAMES.contains(function)) {
                throw new EngineException("unknown activation '" + function + "' (known: " + NAMES + ")");
            }
        }

        @Override
        public List<Integer> outputShape(List<Integer> input) {
            return input;
        }

        @Override
        public String describe() {
            return function;
        }
    }

    private static int[] featureMap(List<Integer> input, Layer layer) {
        if (input.size() != 3) {
            throw new EngineException(layer.describe() + " needs feature maps C×H×W, not " + Shapes.format(input));
        }
        return new int[] {input.get(0), input.get(1), input.get(2)};
    }

    private static HeightWidth dilated(HeightWidth kernel, HeightWidth dilation) {
        return new HeightWidth(dilation.height() * (kernel.height() - 1) + 1,
                dilation.width() * (kernel.width() - 1) + 1);
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new EngineException(what + " must be at least 1, not " + value);
        }
    }
}
