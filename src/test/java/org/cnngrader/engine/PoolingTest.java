package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoolingTest {

    private static final double TOLERANCE = 1e-12;

    private static Tensor arange(int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return Tensor.of(new int[] {rows, columns}, values);
    }

    private static Pooling.Options window(int size) {
        return Pooling.Options.window(HeightWidth.square(size));
    }

    @Test
    void maxAndAveragePoolingWithStrideOneMatchD2lSection7_5() {
        Tensor x = arange(3, 3);
        Pooling.Options options = window(2).withStride(HeightWidth.square(1));
        assertThat(Pooling.maxPool2d(x, options)).isEqualTo(Tensor.matrix(new double[] {4, 5}, new double[] {7, 8}));
        assertThat(Pooling.avgPool2d(x, options, true))
                .isEqualTo(Tensor.matrix(new double[] {2, 3}, new double[] {5, 6}));
    }

    @Test
    void paddingAndStrideMatchD2lSection7_5() {
        Tensor x = arange(4, 4);
        assertThat(Pooling.maxPool2d(x, window(3))).isEqualTo(Tensor.matrix(new double[] {10}));
        assertThat(Pooling.maxPool2d(x, window(3).withPadding(HeightWidth.square(1)).withStride(HeightWidth.square(2))))
                .isEqualTo(Tensor.matrix(new double[] {5, 7}, new double[] {13, 15}));
        Pooling.Options rectangular = Pooling.Options.window(new HeightWidth(2, 3)).withStride(new HeightWidth(2, 3))
                .withPadding(new HeightWidth(0, 1));
        assertThat(Pooling.maxPool2d(x, rectangular)).isEqualTo(Tensor.matrix(new double[] {5, 7},
                new double[] {13, 15}));
        Pooling.Options paddedBoth = Pooling.Options.window(new HeightWidth(2, 3)).withStride(new HeightWidth(2, 3))
                .withPadding(new HeightWidth(1, 1));
        assertThat(Pooling.maxPool2d(x, paddedBoth)).isEqualTo(Tensor.matrix(new double[] {1, 3},
                new double[] {9, 11}, new double[] {13, 15}));
    }

    @Test
    void maxPoolingOfTheWeek12DetectorOutput() {
        Tensor detector = Tensor.matrix(new double[] {12, 14, 4, 0, 0, 0}, new double[] {18, 23, 8, 0, 0, 0},
                new double[] {18, 23, 8, 0, 0, 0}, new double[] {12, 14, 4, 0, 0, 0});
        assertThat(Pooling.maxPool2d(detector, window(2)))
                .isEqualTo(Tensor.matrix(new double[] {23, 8, 0}, new double[] {23, 8, 0}));
    }

    @Test
    void maxPoolingOfTeamGsFeatureMap() {
        Tensor a = Tensor.matrix(new double[] {0.50, 0.88, 0.50, 0.88}, new double[] {0.95, 0.88, 0.99, 0.88},
                new double[] {0.82, 1.00, 0.92, 1.00}, new double[] {0.95, 0.88, 0.99, 0.88});
        assertThat(Pooling.maxPool2d(a, window(2)))
                .isEqualTo(Tensor.matrix(new double[] {0.95, 0.99}, new double[] {1.00, 1.00}));
    }

    @Test
    void averagePoolingOfTeamBsExampleAndTeamGsStrideOneExample() {
        Tensor b = Tensor.matrix(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4},
                new double[] {1, 2, 3, 4});
        assertThat(Pooling.avgPool2d(b, window(2), true))
                .isEqualTo(Tensor.matrix(new double[] {1.5, 3.5}, new double[] {1.5, 3.5}));
        Tensor g = Tensor.of(new int[] {4, 4}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        assertThat(Pooling.avgPool2d(g, window(2).withStride(HeightWidth.square(1)), true)).isEqualTo(Tensor.matrix(
                new double[] {3.5, 4.5, 5.5}, new double[] {7.5, 8.5, 9.5}, new double[] {11.5, 12.5, 13.5}));
    }

    @Test
    void ceilModeDropsAWindowThatWouldStartInTheRightPadding() {
        // Input 5, window 2, stride 2, padding 1: windows start at −1, 1, 3 and 5; 5 is in the padding.
        assertThat(OutputSize.pooling(5, 2, 2, 1, 1, true)).isEqualTo(3);
        assertThat(OutputSize.pooling(5, 2, 2, 1, 1, false)).isEqualTo(3);
        // Without padding, ceil mode keeps the partial window that starts inside the input.
        assertThat(OutputSize.pooling(5, 2, 2, 0, 1, true)).isEqualTo(3);
        assertThat(OutputSize.pooling(5, 2, 2, 0, 1, false)).isEqualTo(2);
    }

    @Test
    void ceilModePartialWindowAveragesOnlyWhatItCovers() {
        // PyTorch clips the last window to the input (+ padding) before dividing.
        Tensor x = arange(5, 5);
        Tensor result = Pooling.avgPool2d(x, window(2).withCeilMode(true), true);
        assertThat(result.shape()).containsExactly(3, 3);
        assertThat(result.get(2, 2)).isEqualTo(24);
        assertThat(result.get(0, 2)).isEqualTo((4 + 9) / 2.0);
        assertThat(Pooling.maxPool2d(x, window(2).withCeilMode(true)).get(2, 2)).isEqualTo(24);
    }

    @Test
    void averagePoolingCountsPaddingOnlyWhenAsked() {
        Tensor ones = Tensor.filled(new int[] {3, 3}, 1);
        Pooling.Options options = window(3).withStride(HeightWidth.square(1)).withPadding(HeightWidth.square(1));
        Tensor included = Pooling.avgPool2d(ones, options, true);
        assertThat(included.get(0, 0)).isCloseTo(4 / 9.0, within(TOLERANCE));
        assertThat(included.get(0, 1)).isCloseTo(6 / 9.0, within(TOLERANCE));
        assertThat(included.get(1, 1)).isEqualTo(1);
        assertThat(Pooling.avgPool2d(ones, options, false)).isEqualTo(Tensor.filled(new int[] {3, 3}, 1));
    }

    @Test
    void maxPoolingPadsWithMinusInfinity() {
        Tensor negative = Tensor.filled(new int[] {2, 2}, -5);
        Tensor result = Pooling.maxPool2d(negative, window(2).withStride(HeightWidth.square(1))
                .withPadding(HeightWidth.square(1)));
        assertThat(result).isEqualTo(Tensor.filled(new int[] {3, 3}, -5));
    }

    @Test
    void dilatedMaxPooling() {
        Tensor x = arange(5, 5);
        Tensor result = Pooling.maxPool2d(x, window(2).withStride(HeightWidth.square(1))
                .withDilation(HeightWidth.square(2)));
        assertThat(result.shape()).containsExactly(3, 3);
        assertThat(result.get(0, 0)).isEqualTo(12);
    }

    @Test
    void paddingAboveHalfTheWindowIsRejected() {
        assertThatThrownBy(() -> Pooling.maxPool2d(arange(4, 4), window(2).withPadding(HeightWidth.square(2))))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("padding 2 is more than half the pooling window 2");
    }

    @Test
    void poolingWorksPerChannelAndKeepsTheRank() {
        Tensor x = Tensor.of(new int[] {2, 2, 2}, new double[] {1, 2, 3, 4, -1, -2, -3, -4});
        assertThat(Pooling.maxPool2d(x, window(2))).isEqualTo(Tensor.of(new int[] {2, 1, 1}, new double[] {4, -1}));
        assertThat(Pooling.globalAvgPool(x)).isEqualTo(Tensor.vector(2.5, -2.5));
    }
}
