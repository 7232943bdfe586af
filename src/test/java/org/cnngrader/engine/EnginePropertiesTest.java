package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cnngrader.engine.RandomTensors.random;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Algebraic laws the operations must obey for any shapes and arguments. */
class EnginePropertiesTest {

    private static final double TOLERANCE = 1e-9;

    @Property(tries = 200, seed = "20261122")
    void convolutionIsCrossCorrelationWithTheFlippedKernel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4)
            int kernel, @ForAll @IntRange(min = 0, max = 2) int padding, @ForAll @IntRange(min = 1, max = 3) int stride) {
        Random random = new Random(seed);
        Tensor x = random(random, 2, kernel + 3, kernel + 4);
        Tensor k = random(random, 3, 2, kernel, kernel);
        Convolution.Options options = Convolution.Options.defaults().withPadding(Padding.of(padding))
                .withStride(HeightWidth.square(stride));
        Tensor convolution = Convolution.conv2d(x, k, options.withFlip(true));
        Tensor correlation = Convolution.conv2d(x, Transforms.flip(k), options);
        assertThat(convolution.shape()).containsExactly(correlation.shape());
        for (int i = 0; i < convolution.size(); i++) {
            assertThat(convolution.valueAt(i)).isCloseTo(correlation.valueAt(i), within(TOLERANCE));
        }
    }

    @Property(tries = 100, seed = "20261122")
    void theIdentityKernelWithSamePaddingReturnsTheInput(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 8) int height, @ForAll @IntRange(min = 1, max = 8) int width,
            @ForAll @IntRange(min = 0, max = 2) int radius) {
        Random random = new Random(seed);
        Tensor x = random(random, height, width);
        int side = 2 * radius + 1;
        double[] identity = new double[side * side];
        identity[radius * side + radius] = 1;
        Tensor k = Tensor.of(new int[] {side, side}, identity);
        assertThat(Convolution.conv2d(x, k, Convolution.Options.defaults().withPadding(Padding.same()))).isEqualTo(x);
    }

    /** ⟨conv(x, k), y⟩ = ⟨x, conv_transpose(y, k)⟩: the transposed convolution is the adjoint. */
    @Property(tries = 300, seed = "20261122")
    void transposedConvolutionIsTheAdjointOfConvolution(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int kernel, @ForAll @IntRange(min = 1, max = 3) int stride,
            @ForAll @IntRange(min = 0, max = 2) int padding, @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll @IntRange(min = 0, max = 4) int extra, @ForAll @IntRange(min = 1, max = 2) int inChannels,
            @ForAll @IntRange(min = 1, max = 2) int outChannels) {
        Random random = new Random(seed);
        int span = dilation * (kernel - 1) + 1;
        int side = Math.max(span - 2 * padding, 1) + extra;
        Tensor x = random(random, inChannels, side, side);
        Tensor k = random(random, outChannels, inChannels, kernel, kernel);
        Convolution.Options forward = Convolution.Options.defaults().withStride(HeightWidth.square(stride))
                .withPadding(Padding.of(padding)).withDilation(HeightWidth.square(dilation));
        Tensor y0 = Convolution.conv2d(x, k, forward);
        Tensor y = random(random, y0.shape());
        // The rows a strided convolution skips at the end come back as output padding.
        int lost = (side + 2 * padding - span) % stride;
        if (lost >= stride && lost >= dilation) {
            return;
        }
        // The same weight tensor: conv2d reads it as Cout×Cin, conv_transpose2d as in×out of its own input,
        // which is conv2d's output — exactly as F.conv_transpose2d is the gradient of F.conv2d in PyTorch.
        Tensor back = Convolution.convTranspose2d(y, k, Convolution.TransposedOptions.defaults()
                .withStride(HeightWidth.square(stride)).withPadding(Padding.of(padding))
                .withOutputPadding(HeightWidth.square(lost)).withDilation(HeightWidth.square(dilation)));
        assertThat(back.shape()).containsExactly(x.shape());
        assertThat(dot(y0, y)).isCloseTo(dot(x, back), within(TOLERANCE * (1 + Math.abs(dot(y0, y)))));
    }

    @Property(tries = 200, seed = "20261122")
    void maxPoolingCommutesWithRounding(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int window,
            @ForAll @IntRange(min = 1, max = 3) int stride, @ForAll boolean ceilMode) {
        Random random = new Random(seed);
        Tensor x = random(random, 2, window + 4, window + 3);
        Pooling.Options options = Pooling.Options.window(HeightWidth.square(window))
                .withStride(HeightWidth.square(stride)).withCeilMode(ceilMode);
        assertThat(Rounding.round(Pooling.maxPool2d(x, options), 2))
                .isEqualTo(Pooling.maxPool2d(Rounding.round(x, 2), options));
    }

    private static double dot(Tensor a, Tensor b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.valueAt(i) * b.valueAt(i);
        }
        return sum;
    }
}
