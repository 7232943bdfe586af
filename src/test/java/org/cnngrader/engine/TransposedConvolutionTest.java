package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransposedConvolutionTest {

    private static final Convolution.TransposedOptions DEFAULTS = Convolution.TransposedOptions.defaults();
    private static final Tensor D2L_X = Tensor.matrix(new double[] {0, 1}, new double[] {2, 3});
    private static final Tensor D2L_K = Tensor.matrix(new double[] {0, 1}, new double[] {2, 3});

    @Test
    void basicScatterMatchesD2lSection14_10() {
        assertThat(Convolution.convTranspose2d(D2L_X, D2L_K, DEFAULTS)).isEqualTo(Tensor.matrix(
                new double[] {0, 0, 1}, new double[] {0, 4, 6}, new double[] {4, 12, 9}));
    }

    @Test
    void paddingCropsTheOutputAsInD2lSection14_10() {
        assertThat(Convolution.convTranspose2d(D2L_X, D2L_K, DEFAULTS.withPadding(Padding.of(1))))
                .isEqualTo(Tensor.matrix(new double[] {4}));
    }

    @Test
    void strideSpreadsTheInputAsInD2lSection14_10() {
        assertThat(Convolution.convTranspose2d(D2L_X, D2L_K, DEFAULTS.withStride(HeightWidth.square(2))))
                .isEqualTo(Tensor.matrix(new double[] {0, 0, 0, 1}, new double[] {0, 0, 2, 3},
                        new double[] {0, 2, 0, 3}, new double[] {4, 6, 6, 9}));
    }

    @Test
    void cpen455Problem3Part1() {
        Tensor y = Tensor.matrix(new double[] {4, 3}, new double[] {2, 1});
        Tensor w = Tensor.matrix(new double[] {-1, 2}, new double[] {3, -4});
        assertThat(Convolution.convTranspose2d(y, w, DEFAULTS)).isEqualTo(Tensor.matrix(
                new double[] {-4, 5, 6}, new double[] {10, -4, -10}, new double[] {6, -5, -4}));
    }

    @Test
    void cpen455Problem3Part2WithStridePaddingAndOutputPadding() {
        Tensor y = Tensor.matrix(new double[] {9, 8, 7}, new double[] {6, 5, 4}, new double[] {3, 2, 1});
        Tensor w = Tensor.matrix(new double[] {-1, 2, -3}, new double[] {1, -2, 3}, new double[] {3, 2, -1});
        Tensor result = Convolution.convTranspose2d(y, w, DEFAULTS.withStride(HeightWidth.square(2))
                .withPadding(Padding.of(1)).withOutputPadding(HeightWidth.square(1)));
        assertThat(result).isEqualTo(Tensor.matrix(
                new double[] {-18, 35, -16, 31, -14, 21},
                new double[] {30, -8, 26, -6, 22, -19},
                new double[] {-12, 23, -10, 19, -8, 12},
                new double[] {18, -2, 14, 0, 10, -7},
                new double[] {-6, 11, -4, 7, -2, 3},
                new double[] {6, 3, 4, 1, 2, -1}));
    }

    @Test
    void multiChannelWeightsUsePyTorchsInChannelsFirstLayout() {
        // Weight Cin×Cout×kh×kw = 2×1×1×1: the output sums both input channels.
        Tensor x = Tensor.of(new int[] {2, 1, 2}, new double[] {1, 2, 10, 20});
        Tensor w = Tensor.of(new int[] {2, 1, 1, 1}, new double[] {1, 3});
        assertThat(Convolution.convTranspose2d(x, w, DEFAULTS))
                .isEqualTo(Tensor.of(new int[] {1, 1, 2}, new double[] {31, 62}));
    }

    @Test
    void outputPaddingMustBeSmallerThanStrideOrDilation() {
        assertThatThrownBy(() -> Convolution.convTranspose2d(D2L_X, D2L_K, DEFAULTS.withStride(HeightWidth.square(2))
                .withOutputPadding(HeightWidth.square(2))))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("output_padding 2 must be smaller than the stride 2 or the dilation 1");
        // Smaller than the dilation is enough, as in PyTorch.
        Tensor result = Convolution.convTranspose2d(D2L_X, D2L_K, DEFAULTS.withDilation(HeightWidth.square(2))
                .withOutputPadding(HeightWidth.square(1)));
        assertThat(result.shape()).containsExactly(5, 5);
    }

    @Test
    void outputSizeMatchesDumoulinAndVisinRelationship14() {
        // Fig. 4.6: the transpose of i = 6, k = 3, s = 2, p = 1 (o = 3) needs a = 1 to give back 6.
        assertThat(OutputSize.transposed(3, 3, 2, 1, 1, 1)).isEqualTo(6);
        // Fig. 4.5: the transpose of i = 5, k = 3, s = 2, p = 1 gives back 5.
        assertThat(OutputSize.transposed(3, 3, 2, 1, 0, 1)).isEqualTo(5);
    }
}
