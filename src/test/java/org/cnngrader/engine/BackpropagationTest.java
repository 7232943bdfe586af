package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gradients where the derivative is not unique follow PyTorch's autograd, checked on integer
 * inputs with ties against values worked out by hand; the rest against reference loops written
 * from the definitions.
 */
class BackpropagationTest {

    private static Tensor matrix(double[]... rows) {
        return Tensor.matrix(rows);
    }

    @Test
    void maxPoolingSendsEachWindowToItsFirstMaximumInRowMajorOrder() {
        Tensor a = matrix(new double[] {1, 3, 3, 0}, new double[] {2, 3, 1, 1}, new double[] {0, 0, 5, 5},
                new double[] {0, 0, 5, 5});
        Tensor dy = matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor gradient = Pooling.maxPool2dGradient(a, Pooling.Options.window(HeightWidth.square(2)), dy, false);
        // Window 1 has 3 at (0,1) and (1,1): (0,1) comes first; window 2 has 3 at (0,2) only;
        // window 3 is all zeros: (2,0); window 4 is all fives: (2,2).
        assertThat(gradient).isEqualTo(matrix(new double[] {0, 1, 2, 0}, new double[] {0, 0, 0, 0},
                new double[] {3, 0, 4, 0}, new double[] {0, 0, 0, 0}));
        Tensor every = Pooling.maxPool2dGradient(a, Pooling.Options.window(HeightWidth.square(2)), dy, true);
        assertThat(every).isEqualTo(matrix(new double[] {0, 1, 2, 0}, new double[] {0, 1, 0, 0},
                new double[] {3, 3, 4, 4}, new double[] {3, 3, 4, 4}));
    }

    @Test
    void overlappingMaxPoolingWindowsAddUpAndPaddingNeverWins() {
        Tensor a = matrix(new double[] {-1, -1, -1}, new double[] {-1, -1, -1}, new double[] {-1, -1, -1});
        Pooling.Options options = Pooling.Options.window(HeightWidth.square(2)).withStride(HeightWidth.square(1))
                .withPadding(HeightWidth.square(1));
        Tensor dy = Tensor.filled(new int[] {4, 4}, 1);
        // Each of the 16 windows picks its first real entry: the window at (i, j) starts at (i−1, j−1).
        Tensor gradient = Pooling.maxPool2dGradient(a, options, dy, false);
        assertThat(gradient).isEqualTo(matrix(new double[] {4, 2, 2}, new double[] {2, 1, 1},
                new double[] {2, 1, 1}));
    }

    @Test
    void adaptiveWindowsAreThoseOfPytorch() {
        // 5 → 3: rows [0,2), [1,4), [3,5) — ⌊i·5/3⌋ to ⌈(i+1)·5/3⌉.
        Tensor x = Tensor.of(new int[] {1, 5}, new double[] {1, 2, 3, 4, 5});
        assertThat(Pooling.adaptiveAvgPool2d(x, new HeightWidth(1, 3)).values()).containsExactly(1.5, 3, 4.5);
        assertThat(Pooling.adaptiveMaxPool2d(x, new HeightWidth(1, 3)).values()).containsExactly(2, 4, 5);
        Tensor ties = Tensor.of(new int[] {1, 5}, new double[] {7, 7, 7, 7, 7});
        Tensor dy = Tensor.of(new int[] {1, 3}, new double[] {1, 10, 100});
        assertThat(Pooling.adaptiveMaxPool2dGradient(ties, new HeightWidth(1, 3), dy).values())
                .containsExactly(1, 10, 0, 100, 0);
        assertThat(Pooling.adaptiveAvgPool2dGradient(x, new HeightWidth(1, 3), dy).values())
                .containsExactly(0.5, 0.5 + 10 / 3.0, 10 / 3.0, 10 / 3.0 + 50, 50);
    }

    @Test
    void fullMaximumAndMinimumShareEvenlyAmongTies() {
        Tensor x = matrix(new double[] {4, 1, 4}, new double[] {1, 0, 4});
        assertThat(TensorMath.extremeGradient(x, true, 6).values()).containsExactly(2, 0, 2, 0, 0, 2);
        assertThat(TensorMath.extremeGradient(x, false, 6).values()).containsExactly(0, 0, 0, 0, 6, 0);
    }

    @Test
    void kinksTakePytorchsSide() {
        Tensor x = Tensor.vector(-1, 0, 2);
        Tensor dy = Tensor.vector(1, 1, 1);
        assertThat(Activations.reluGradient(x, dy).values()).containsExactly(0, 0, 1);
        assertThat(TensorMath.absGradient(x, dy).values()).containsExactly(-1, 0, 1);
        assertThat(Activations.leakyReluGradient(x, 0.1, dy).values()).containsExactly(0.1, 0.1, 1);
        assertThat(Activations.eluGradient(x, 2, dy).values()).containsExactly(2 * Math.exp(-1), 2, 1);
    }

    @Test
    void convolutionGradientsAgreeWithReferenceLoops() {
        Random random = new Random(7);
        Tensor x = RandomTensors.random(random, 1, 2, 5, 5);
        Tensor k = RandomTensors.random(random, 3, 2, 3, 3);
        Tensor dy = RandomTensors.random(random, 1, 3, 2, 2);
        Convolution.Options options = Convolution.Options.defaults().withStride(HeightWidth.square(2));
        // Written from the definition y[o,i,j] = Σ_c,a,b x[c, 2i+a, 2j+b]·k[o,c,a,b].
        double[][][] dx = new double[2][5][5];
        double[][][][] dk = new double[3][2][3][3];
        for (int o = 0; o < 3; o++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    for (int c = 0; c < 2; c++) {
                        for (int a = 0; a < 3; a++) {
                            for (int b = 0; b < 3; b++) {
                                dx[c][2 * i + a][2 * j + b] += dy.get(0, o, i, j) * k.get(o, c, a, b);
                                dk[o][c][a][b] += dy.get(0, o, i, j) * x.get(0, c, 2 * i + a, 2 * j + b);
                            }
                        }
                    }
                }
            }
        }
        Tensor inputGradient = Convolution.conv2dInputGradient(x, k, Tensor.scalar(0), options, dy);
        Tensor kernelGradient = Convolution.conv2dKernelGradient(x, k, Tensor.scalar(0), options, dy);
        for (int c = 0; c < 2; c++) {
            for (int r = 0; r < 5; r++) {
                for (int q = 0; q < 5; q++) {
                    assertThat(inputGradient.get(0, c, r, q)).isCloseTo(dx[c][r][q], within(1e-12));
                }
            }
        }
        for (int o = 0; o < 3; o++) {
            for (int c = 0; c < 2; c++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        assertThat(kernelGradient.get(o, c, a, b)).isCloseTo(dk[o][c][a][b], within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void theInputGradientIsTheFullConvolutionWithTheRotatedKernel() {
        // The textbook statement (Goodfellow et al. §9.5): dX = full cross-correlation of dY with rot180(K).
        Tensor k = matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor dy = matrix(new double[] {1, 0}, new double[] {0, 1});
        Tensor x = Tensor.filled(new int[] {3, 3}, 1);
        Tensor gradient = Convolution.conv2dInputGradient(x, k, Tensor.scalar(0), Convolution.Options.defaults(), dy);
        assertThat(gradient).isEqualTo(matrix(new double[] {1, 2, 0}, new double[] {3, 5, 2},
                new double[] {0, 3, 4}));
    }

    @Test
    void gradientsRefuseAnUpstreamOfTheWrongShape() {
        Tensor x = Tensor.filled(new int[] {4, 4}, 1);
        assertThatThrownBy(() -> Pooling.maxPool2dGradient(x, Pooling.Options.window(HeightWidth.square(2)),
                Tensor.filled(new int[] {3, 3}, 1), false))
                .isInstanceOf(EngineException.class)
                .hasMessage("the upstream gradient of maxpool2d has shape 3×3 but its output has shape 2×2");
    }
}
