package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvolutionTest {

    /** Sums of a few products of quarters are exact in binary; random cases allow float noise. */
    private static final double TOLERANCE = 1e-12;

    private static final Convolution.Options DEFAULTS = Convolution.Options.defaults();

    private static Tensor m(double[]... rows) {
        return Tensor.matrix(rows);
    }

    @Test
    void crossCorrelationMatchesD2lSection7_2() {
        Tensor x = m(new double[] {0, 1, 2}, new double[] {3, 4, 5}, new double[] {6, 7, 8});
        Tensor k = m(new double[] {0, 1}, new double[] {2, 3});
        assertThat(Convolution.conv2d(x, k, DEFAULTS))
                .isEqualTo(m(new double[] {19, 25}, new double[] {37, 43}));
    }

    @Test
    void edgeDetectorMatchesD2lSection7_2() {
        double[][] rows = new double[6][8];
        for (double[] row : rows) {
            Arrays.fill(row, 1);
            for (int j = 2; j < 6; j++) {
                row[j] = 0;
            }
        }
        Tensor result = Convolution.conv2d(Tensor.matrix(rows), m(new double[] {1, -1}), DEFAULTS);
        assertThat(result.shape()).containsExactly(6, 7);
        for (int i = 0; i < 6; i++) {
            assertThat(new double[] {result.get(i, 0), result.get(i, 1), result.get(i, 2), result.get(i, 5),
                result.get(i, 6)}).containsExactly(0, 1, 0, -1, 0);
        }
    }

    @Test
    void multipleInputChannelsMatchD2lSection7_4() {
        Tensor x = Tensor.of(new int[] {2, 3, 3}, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Tensor k = Tensor.of(new int[] {2, 2, 2}, new double[] {0, 1, 2, 3, 1, 2, 3, 4});
        assertThat(Convolution.conv2d(x, k, DEFAULTS)).isEqualTo(m(new double[] {56, 72}, new double[] {104, 120}));
    }

    @Test
    void multipleOutputChannelsMatchD2lSection7_4() {
        Tensor x = Tensor.of(new int[] {2, 3, 3}, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        double[] k = {0, 1, 2, 3, 1, 2, 3, 4};
        double[] stacked = new double[24];
        for (int filter = 0; filter < 3; filter++) {
            for (int i = 0; i < 8; i++) {
                stacked[filter * 8 + i] = k[i] + filter;
            }
        }
        Tensor result = Convolution.conv2d(x, Tensor.of(new int[] {3, 2, 2, 2}, stacked), DEFAULTS);
        assertThat(result).isEqualTo(Tensor.of(new int[] {3, 2, 2},
                new double[] {56, 72, 104, 120, 76, 100, 148, 172, 96, 128, 192, 224}));
    }

    @Test
    void validSameAndFullPaddingMatchTheWeek12Solutions() {
        Tensor x = m(new double[] {1, 6, 6, 6, 6, 1}, new double[] {1, 6, 10, 10, 6, 1},
                new double[] {1, 6, 10, 10, 6, 1}, new double[] {1, 6, 6, 6, 6, 1});
        Tensor k = m(new double[] {-1, 0, 1}, new double[] {-1, 0, 1}, new double[] {-1, 0, 1});
        assertThat(Convolution.conv2d(x, k, DEFAULTS.withPadding(Padding.valid())))
                .isEqualTo(m(new double[] {23, 8, -8, -23}, new double[] {23, 8, -8, -23}));
        assertThat(Convolution.conv2d(x, k, DEFAULTS.withPadding(Padding.same()))).isEqualTo(m(
                new double[] {12, 14, 4, -4, -14, -12}, new double[] {18, 23, 8, -8, -23, -18},
                new double[] {18, 23, 8, -8, -23, -18}, new double[] {12, 14, 4, -4, -14, -12}));
        assertThat(Convolution.conv2d(x, k, DEFAULTS.withPadding(Padding.full()))).isEqualTo(m(
                new double[] {1, 6, 5, 0, 0, -5, -6, -1}, new double[] {2, 12, 14, 4, -4, -14, -12, -2},
                new double[] {3, 18, 23, 8, -8, -23, -18, -3}, new double[] {3, 18, 23, 8, -8, -23, -18, -3},
                new double[] {2, 12, 14, 4, -4, -14, -12, -2}, new double[] {1, 6, 5, 0, 0, -5, -6, -1}));
    }

    private static final Tensor E1394_X = m(new double[] {0, 0, 0, 0}, new double[] {0, 1, 0, 1},
            new double[] {1, 0.5, 1, 0.5}, new double[] {0, 1, 0, 1});
    private static final Tensor E1394_K = m(new double[] {0, 2, 0}, new double[] {2, 1, 1}, new double[] {0, 2, 0});

    @Test
    void problemSet2CrossCorrelationMatchesTeamG() {
        assertThat(Convolution.conv2d(E1394_X, E1394_K, DEFAULTS.withPadding(Padding.of(1)))).isEqualTo(m(
                new double[] {0, 2, 0, 2}, new double[] {3, 2, 5, 2}, new double[] {1.5, 7.5, 2.5, 6.5},
                new double[] {3, 2, 5, 2}));
    }

    @Test
    void problemSet2TrueConvolutionMatchesTeamB() {
        Convolution.Options flipped = DEFAULTS.withFlip(true);
        assertThat(Convolution.conv2d(E1394_X, E1394_K, flipped.withPadding(Padding.same()))).isEqualTo(m(
                new double[] {0, 2, 0, 2}, new double[] {4, 2, 5, 2}, new double[] {2, 7.5, 2.5, 5.5},
                new double[] {4, 2, 5, 2}));
        assertThat(Convolution.conv2d(E1394_X, E1394_K, flipped))
                .isEqualTo(m(new double[] {2, 5}, new double[] {7.5, 2.5}));
    }

    @Test
    void samePaddingWithAnEvenKernelPutsTheExtraRowAndColumnAtTheBottomRight() {
        // PyTorch padding='same': total d(k−1) = 1, left = 0, right = 1.
        Tensor x = m(new double[] {1, 2}, new double[] {3, 4});
        Tensor ones = m(new double[] {1, 1}, new double[] {1, 1});
        assertThat(Convolution.conv2d(x, ones, DEFAULTS.withPadding(Padding.same())))
                .isEqualTo(m(new double[] {10, 6}, new double[] {7, 4}));
    }

    @Test
    void samePaddingWithStrideFollowsTensorFlow() {
        // out = ⌈i/s⌉; for i = 4, k = 3, s = 2 the one padding column goes to the right.
        Tensor x = m(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}, new double[] {9, 10, 11, 12},
                new double[] {13, 14, 15, 16});
        Tensor k = m(new double[] {1, 0, 0}, new double[] {0, 0, 0}, new double[] {0, 0, 0});
        Tensor result = Convolution.conv2d(x, k, DEFAULTS.withStride(HeightWidth.square(2))
                .withPadding(Padding.same()));
        assertThat(result).isEqualTo(m(new double[] {1, 3}, new double[] {9, 11}));
        assertThat(Padding.same().resolve(HeightWidth.square(5), HeightWidth.square(3), HeightWidth.square(2),
                HeightWidth.square(1))).isEqualTo(Padding.of(1));
    }

    @Test
    void dilatedConvolutionMatchesTheCpen455Solution() {
        Tensor x = m(new double[] {3, 1, 2, 6, 5}, new double[] {6, 8, 1, 7, 9}, new double[] {2, 7, 4, 2, 3},
                new double[] {8, 3, 5, 4, 1}, new double[] {1, 5, 2, 7, 6});
        Tensor w = m(new double[] {-1, 2, -3}, new double[] {1, -2, 3}, new double[] {3, 2, -1});
        Tensor result = Convolution.conv2d(x, w, DEFAULTS.withDilation(HeightWidth.square(2))
                .withStride(HeightWidth.square(2)).withPadding(Padding.of(2)));
        assertThat(result).isEqualTo(m(new double[] {0, 25, 10}, new double[] {8, -10, 24},
                new double[] {-4, 12, -8}));
    }

    @Test
    void biasIsAddedPerOutputChannel() {
        Tensor x = Tensor.filled(new int[] {1, 2, 2}, 1);
        Tensor k = Tensor.filled(new int[] {2, 1, 1, 1}, 1);
        Tensor result = Convolution.conv2d(x, k, Tensor.vector(10, 20), DEFAULTS);
        assertThat(result).isEqualTo(Tensor.of(new int[] {2, 2, 2}, new double[] {11, 11, 11, 11, 21, 21, 21, 21}));
    }

    @Test
    void randomCasesAgreeWithTheReferenceLoop() {
        Random random = new Random(20261122);
        for (int trial = 0; trial < 300; trial++) {
            int groups = 1 + random.nextInt(2);
            int channelsPerGroup = 1 + random.nextInt(2);
            int filtersPerGroup = 1 + random.nextInt(2);
            int kernelH = 1 + random.nextInt(3);
            int kernelW = 1 + random.nextInt(3);
            int dilationH = 1 + random.nextInt(2);
            int dilationW = 1 + random.nextInt(2);
            int strideH = 1 + random.nextInt(3);
            int strideW = 1 + random.nextInt(3);
            int top = random.nextInt(3);
            int bottom = random.nextInt(3);
            int left = random.nextInt(3);
            int right = random.nextInt(3);
            int height = dilationH * (kernelH - 1) + 1 + random.nextInt(5);
            int width = dilationW * (kernelW - 1) + 1 + random.nextInt(5);
            boolean flip = random.nextBoolean();
            double[][][][] x = ReferenceLoops.random(random, 1 + random.nextInt(2), groups * channelsPerGroup, height,
                    width);
            double[][][][] w = ReferenceLoops.random(random, groups * filtersPerGroup, channelsPerGroup, kernelH,
                    kernelW);
            double[][][][] expected = ReferenceLoops.conv2d(x, w, strideH, strideW, top, bottom, left, right,
                    dilationH, dilationW, groups, flip);
            Tensor actual = Convolution.conv2d(ReferenceLoops.tensor(x), ReferenceLoops.tensor(w),
                    new Convolution.Options(new HeightWidth(strideH, strideW),
                            new Padding.Explicit(top, bottom, left, right), new HeightWidth(dilationH, dilationW),
                            groups, flip));
            Tensor reference = ReferenceLoops.tensor(expected);
            assertThat(actual.shape()).containsExactly(reference.shape());
            for (int i = 0; i < reference.size(); i++) {
                assertThat(actual.valueAt(i)).isCloseTo(reference.valueAt(i), within(TOLERANCE));
            }
        }
    }

    @Test
    void aKernelLargerThanThePaddedInputIsRejectedWithBothShapes() {
        Tensor x = Tensor.filled(new int[] {4, 4}, 1);
        Tensor k = Tensor.filled(new int[] {5, 5}, 1);
        assertThatThrownBy(() -> Convolution.conv2d(x, k, DEFAULTS))
                .isInstanceOf(EngineException.class)
                .hasMessage("kernel 5×5 does not fit the 4×4 input padded by 0");
    }

    @Test
    void mismatchedChannelsAreRejectedWithBothShapes() {
        Tensor x = Tensor.filled(new int[] {3, 5, 5}, 1);
        Tensor k = Tensor.filled(new int[] {3, 3}, 1);
        assertThatThrownBy(() -> Convolution.conv2d(x, k, DEFAULTS))
                .hasMessageContaining("3×3")
                .hasMessageContaining("3×5×5");
    }

    @Test
    void groupsMustDivideTheChannels() {
        Tensor x = Tensor.filled(new int[] {3, 5, 5}, 1);
        Tensor k = Tensor.filled(new int[] {2, 1, 3, 3}, 1);
        assertThatThrownBy(() -> Convolution.conv2d(x, k, DEFAULTS.withGroups(2)))
                .hasMessageContaining("groups=2 must divide");
    }

    @Test
    void inputsAreNotModified() {
        double[] values = {1, 2, 3, 4};
        Tensor x = Tensor.of(new int[] {2, 2}, values);
        Tensor k = Tensor.matrix(new double[] {1, 0}, new double[] {0, 1});
        Convolution.conv2d(x, k, DEFAULTS.withFlip(true).withPadding(Padding.same()));
        assertThat(x.values()).containsExactly(1, 2, 3, 4);
        assertThat(k.values()).containsExactly(1, 0, 0, 1);
        values[0] = 99;
        assertThat(x.get(0, 0)).isEqualTo(1);
    }

    /** Work the engine cannot finish is refused before it starts, naming its size. */
    @Test
    void aConvolutionBeyondTheWorkLimitIsRefusedNamingItsSize() {
        Tensor large = Tensor.filled(new int[] {2001, 2001}, 1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Convolution.conv2d(large, large, DEFAULTS.withPadding(Padding.same())))
                .isInstanceOf(EngineException.class).hasMessageContaining("multiply-adds");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
