package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The layers and losses of part two against values published in PyTorch's documentation or worked by hand. */
class LayersTest {

    private static final double PRINTED = 5e-5; // PyTorch prints four decimals

    private static void assertRows(Tensor actual, double[]... rows) {
        Tensor expected = Tensor.matrix(rows);
        assertThat(actual.shape()).containsExactly(expected.shape());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.valueAt(i)).as("entry %d", i).isCloseTo(expected.valueAt(i), within(PRINTED));
        }
    }

    @Test
    void upsampleAsInTheDocumentationOfNnUpsample() {
        Tensor input = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        assertRows(Resampling.upsample(input, 2, 2, Resampling.Mode.NEAREST, false), new double[] {1, 1, 2, 2},
                new double[] {1, 1, 2, 2}, new double[] {3, 3, 4, 4}, new double[] {3, 3, 4, 4});
        assertRows(Resampling.upsample(input, 2, 2, Resampling.Mode.BILINEAR, false),
                new double[] {1.0, 1.25, 1.75, 2.0}, new double[] {1.5, 1.75, 2.25, 2.5},
                new double[] {2.5, 2.75, 3.25, 3.5}, new double[] {3.0, 3.25, 3.75, 4.0});
        assertRows(Resampling.upsample(input, 2, 2, Resampling.Mode.BILINEAR, true),
                new double[] {1.0, 1.3333, 1.6667, 2.0}, new double[] {1.6667, 2.0, 2.3333, 2.6667},
                new double[] {2.3333, 2.6667, 3.0, 3.3333}, new double[] {3.0, 3.3333, 3.6667, 4.0});
        Tensor input3 = Tensor.matrix(new double[] {1, 2, 0}, new double[] {3, 4, 0}, new double[] {0, 0, 0});
        assertRows(Resampling.upsample(input3, 2, 2, Resampling.Mode.BILINEAR, false),
                new double[] {1.0000, 1.2500, 1.7500, 1.5000, 0.5000, 0.0000},
                new double[] {1.5000, 1.7500, 2.2500, 1.8750, 0.6250, 0.0000},
                new double[] {2.5000, 2.7500, 3.2500, 2.6250, 0.8750, 0.0000},
                new double[] {2.2500, 2.4375, 2.8125, 2.2500, 0.7500, 0.0000},
                new double[] {0.7500, 0.8125, 0.9375, 0.7500, 0.2500, 0.0000},
                new double[] {0, 0, 0, 0, 0, 0});
        assertRows(Resampling.upsample(input3, 2, 2, Resampling.Mode.BILINEAR, true),
                new double[] {1.0000, 1.4000, 1.8000, 1.6000, 0.8000, 0.0000},
                new double[] {1.8000, 2.2000, 2.6000, 2.2400, 1.1200, 0.0000},
                new double[] {2.6000, 3.0000, 3.4000, 2.8800, 1.4400, 0.0000},
                new double[] {2.4000, 2.7200, 3.0400, 2.5600, 1.2800, 0.0000},
                new double[] {1.2000, 1.3600, 1.5200, 1.2800, 0.6400, 0.0000},
                new double[] {0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> Resampling.upsample(input, 2, 2, Resampling.Mode.NEAREST, true))
                .hasMessageContaining("align_corners can only be set with mode=bilinear");
    }

    @Test
    void nearestUpsamplingByANonIntegerScale() {
        // 2 → ⌊2·1.5⌋ = 3: sources ⌊d/1.5⌋ = 0, 0, 1.
        Tensor input = Tensor.matrix(new double[] {1, 2});
        assertThat(Resampling.upsample(input, 1, 1.5, Resampling.Mode.NEAREST, false).values())
                .containsExactly(1, 1, 2);
    }

    @Test
    void unfoldLaysOutWindowsAsColumnsAsFUnfold() {
        // nn.Unfold's documented example: (2, 5, 3, 4) with a 2×3 kernel gives (2, 30, 4).
        Tensor batch = Tensor.filled(new int[] {2, 5, 3, 4}, 1);
        assertThat(Transforms.unfold(batch, new HeightWidth(2, 3), HeightWidth.square(1), HeightWidth.square(0),
                HeightWidth.square(1)).shape()).containsExactly(2, 30, 4);
        Tensor x = Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9});
        Tensor columns = Transforms.unfold(x, HeightWidth.square(2), HeightWidth.square(1), HeightWidth.square(0),
                HeightWidth.square(1));
        assertThat(columns).isEqualTo(Tensor.matrix(new double[] {1, 2, 4, 5}, new double[] {2, 3, 5, 6},
                new double[] {4, 5, 7, 8}, new double[] {5, 6, 8, 9}));
        // The product of a flattened kernel with the columns is the convolution (im2col).
        Tensor k = Tensor.matrix(new double[] {1, -1}, new double[] {2, 0});
        Tensor product = TensorMath.matmul(k.reshape(1, 4), columns).reshape(2, 2);
        assertThat(product).isEqualTo(Convolution.conv2d(x, k, Convolution.Options.defaults()));
    }

    @Test
    void concatJoinsAlongTheGivenDimension() {
        Tensor a = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor b = Tensor.matrix(new double[] {5}, new double[] {6});
        assertThat(Transforms.concat(a, b, 1)).isEqualTo(Tensor.matrix(new double[] {1, 2, 5},
                new double[] {3, 4, 6}));
        assertThat(Transforms.concat(a, a, 0).shape()).containsExactly(4, 2);
        assertThatThrownBy(() -> Transforms.concat(a, b, 0))
                .hasMessage("concat along dim 0 needs every other side to agree, not 2×2 and 2×1");
    }

    @Test
    void upsamplingToASize() {
        // size 3 from 2: the step is 2/3, so nearest reads ⌊0⌋, ⌊2/3⌋, ⌊4/3⌋ = 0, 0, 1.
        Tensor input = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        assertRows(Resampling.upsample(input, new Resampling.Target.Size(3, 3), Resampling.Mode.NEAREST, false),
                new double[] {1, 1, 2}, new double[] {1, 1, 2}, new double[] {3, 3, 4});
        // bilinear, align_corners: sources d·(2 − 1)/(3 − 1) = 0, ½, 1.
        assertRows(Resampling.upsample(input, new Resampling.Target.Size(3, 2), Resampling.Mode.BILINEAR, true),
                new double[] {1, 2}, new double[] {2, 3}, new double[] {3, 4});
        // A size of 5 from 3 (step 3/5) and a scale of 1.7 (step 1/1.7) give the same sides, not the same sources.
        Tensor row = Tensor.matrix(new double[] {0, 1, 4});
        Tensor bySize = Resampling.upsample(row, new Resampling.Target.Size(1, 5), Resampling.Mode.BILINEAR, false);
        Tensor byScale = Resampling.upsample(row, 1, 1.7, Resampling.Mode.BILINEAR, false);
        assertThat(bySize.shape()).containsExactly(1, 5);
        assertThat(byScale.shape()).containsExactly(1, 5);
        // size: sources (d + ½)·0.6 − ½ clamped at 0 = 0, 0.4, 1, 1.6, 2.2 (→ 2, the last input).
        assertThat(bySize.values()).containsExactly(new double[] {0, 0.4, 1, 2.8, 4}, within(1e-12));
        assertThat(byScale.values()[1]).isCloseTo(1.5 / 1.7 - 0.5, within(1e-12));
    }

    @Test
    void crossEntropyWithLabelSmoothingWorkedByHand() {
        Tensor logits = Tensor.matrix(new double[] {0, 0}, new double[] {0, Math.log(3)});
        // ε = 0.2 over K = 2 classes: targets [0.9, 0.1] and [0.1, 0.9]; log-softmax rows [−log 2, −log 2] and
        // [log ¼, log ¾].
        double expected = (Math.log(2) + 0.1 * Math.log(4) - 0.9 * Math.log(0.75)) / 2;
        Losses.ClassOptions smoothing = Losses.ClassOptions.defaults().withLabelSmoothing(0.2);
        assertThat(Losses.crossEntropy(logits, Tensor.vector(0, 1), smoothing)).isCloseTo(expected, within(1e-15));
        // softmax·Σt − t, over N = 2: [½ − 0.9, ½ − 0.1]/2 and [¼ − 0.1, ¾ − 0.9]/2.
        assertThat(Losses.crossEntropyGradient(logits, Tensor.vector(0, 1), smoothing, 1).values())
                .containsExactly(new double[] {-0.2, 0.2, 0.075, -0.075}, within(1e-15));
        assertThatThrownBy(() -> Losses.crossEntropy(logits, Tensor.vector(0, 1),
                Losses.ClassOptions.defaults().withLabelSmoothing(1.5)))
                .hasMessageContaining("label_smoothing must be from 0 to 1");
    }

    @Test
    void classWeightsAndIgnoredTargetsWorkedByHand() {
        Tensor logits = Tensor.matrix(new double[] {0, 0}, new double[] {0, Math.log(3)});
        Losses.ClassOptions weighted = Losses.ClassOptions.defaults().withWeight(Tensor.vector(1, 3));
        // A weighted mean: (1·log 2 + 3·(−log ¾)) / (1 + 3).
        assertThat(Losses.crossEntropy(logits, Tensor.vector(0, 1), weighted))
                .isCloseTo((Math.log(2) - 3 * Math.log(0.75)) / 4, within(1e-15));
        assertThat(Losses.nll(Activations.logSoftmax(logits), Tensor.vector(0, 1), weighted))
                .isCloseTo((Math.log(2) - 3 * Math.log(0.75)) / 4, within(1e-15));
        // The second sample ignored (−100, PyTorch's default): the mean over the first alone.
        assertThat(Losses.crossEntropy(logits, Tensor.vector(0, -100))).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Losses.crossEntropyGradient(logits, Tensor.vector(0, -100), 1).values())
                .containsExactly(new double[] {-0.5, 0.5, 0, 0}, within(1e-15));
        assertThatThrownBy(() -> Losses.crossEntropy(logits, Tensor.vector(1, 1),
                Losses.ClassOptions.defaults().withIgnoreIndex(1)))
                .hasMessageContaining("every target is ignored (ignore_index=1)");
        assertThatThrownBy(() -> Losses.nll(logits, Tensor.vector(0, 1),
                Losses.ClassOptions.defaults().withWeight(Tensor.vector(1, 2, 3))))
                .hasMessageContaining("weight must be a number or one weight per class (a vector of 2)");
    }

    @Test
    void crossEntropyPerPixelAgainstAReferenceLoop() {
        int n = 2;
        int k = 3;
        int h = 2;
        int w = 2;
        double[] data = new double[n * k * h * w];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.sin(1.7 * i) * 2;
        }
        Tensor scores = Tensor.of(new int[] {n, k, h, w}, data);
        double[] classes = {0, 2, 1, 1, 2, 2, 0, 1};
        Tensor map = Tensor.of(new int[] {n, h, w}, classes);
        double sum = 0;
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    double normaliser = 0;
                    for (int c = 0; c < k; c++) {
                        normaliser += Math.exp(scores.get(b, c, i, j));
                    }
                    int target = (int) map.get(b, i, j);
                    sum += Math.log(normaliser) - scores.get(b, target, i, j);
                }
            }
        }
        assertThat(Losses.crossEntropy(scores, map)).isCloseTo(sum / (n * h * w), within(1e-14));
        assertThatThrownBy(() -> Losses.crossEntropy(scores, Tensor.of(new int[] {n, h}, new double[] {0, 1, 2, 0})))
                .hasMessageContaining("the target must be class indices of shape 2×2×2 or probabilities of shape"
                        + " 2×3×2×2");
        assertThatThrownBy(() -> Losses.nll(scores, Tensor.vector(0, 1)))
                .hasMessageContaining("nll_loss: the target must be class indices of shape 2×2×2 for input 2×3×2×2");
    }

    @Test
    void lossesWorkedByHand() {
        Tensor logits = Tensor.matrix(new double[] {0, 0}, new double[] {0, Math.log(3)});
        // softmax rows: [½, ½] and [¼, ¾]; targets 0 and 1: loss = (log 2 − log ¾)/2.
        double expected = (Math.log(2) - Math.log(0.75)) / 2;
        assertThat(Losses.crossEntropy(logits, Tensor.vector(0, 1))).isCloseTo(expected, within(1e-15));
        Tensor oneHot = Tensor.matrix(new double[] {1, 0}, new double[] {0, 1});
        assertThat(Losses.crossEntropy(logits, oneHot)).isCloseTo(expected, within(1e-15));
        assertThat(Losses.crossEntropyGradient(logits, Tensor.vector(0, 1), 1).values())
                .containsExactly(new double[] {-0.25, 0.25, 0.125, -0.125}, within(1e-15));
        assertThat(Losses.nll(Activations.logSoftmax(logits), Tensor.vector(0, 1))).isCloseTo(expected,
                within(1e-15));
        assertThat(Losses.mse(Tensor.vector(1, 2, 3), Tensor.vector(1, 0, 0))).isEqualTo(13 / 3.0);
        assertThat(Losses.bce(Tensor.vector(0.5, 1), Tensor.vector(1, 1))).isCloseTo(Math.log(2) / 2, within(1e-15));
        assertThat(Losses.bce(Tensor.vector(0), Tensor.vector(1))).isEqualTo(100); // log clamped at −100
        assertThat(Losses.bceWithLogits(Tensor.vector(0, 1000), Tensor.vector(1, 0))).isCloseTo(
                (Math.log(2) + 1000) / 2, within(1e-12));
        assertThatThrownBy(() -> Losses.crossEntropy(logits, Tensor.vector(0, 2)))
                .hasMessage("cross_entropy: a class index must be a whole number from 0 to 1 (0-based, as in PyTorch),"
                        + " not 2.0");
        assertThatThrownBy(() -> Losses.crossEntropy(logits, Tensor.vector(0, 1, 1)))
                .hasMessageContaining("the target must be a vector of 2 class indices or probabilities of shape 2×2");
        assertThatThrownBy(() -> Losses.bce(Tensor.vector(1.5), Tensor.vector(1)))
                .hasMessageContaining("every entry of p must be a probability from 0 to 1");
    }

    @Test
    void activationsAtKnownPoints() {
        assertThat(Activations.erf(1)).isCloseTo(0.8427007929497149, within(1e-15));
        assertThat(Activations.erf(-0.5)).isCloseTo(-0.5204998778130465, within(1e-15));
        assertThat(Activations.erf(3)).isCloseTo(0.9999779095030014, within(1e-15));
        Tensor x = Tensor.vector(-1, 0, 1, 30);
        assertThat(Activations.gelu(x).valueAt(2)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Activations.gelu(x).valueAt(0)).isCloseTo(-0.15865525393145707, within(1e-15));
        assertThat(Activations.silu(x).valueAt(2)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-15));
        assertThat(Activations.softplus(x).values()).containsExactly(Math.log1p(Math.exp(-1)), Math.log(2),
                Math.log1p(Math.E), 30);
        assertThat(Activations.elu(x, 1).valueAt(0)).isCloseTo(Math.exp(-1) - 1, within(1e-15));
    }

    @Test
    void normalisationsAgreeWithAReferenceLoop() {
        Tensor x = RandomTensors.random(new Random(3), 2, 4, 2, 3);
        Tensor gamma = Tensor.vector(1, 2, 3, 4);
        Tensor beta = Tensor.vector(0, 1, 0, -1);
        Tensor grouped = Normalization.groupNorm(x, 2, gamma, beta, 1e-5);
        Tensor layered = Normalization.layerNorm(x, Tensor.scalar(1), Tensor.scalar(0), 1e-5);
        for (int n = 0; n < 2; n++) {
            for (int g = 0; g < 2; g++) {
                double sum = 0;
                double squares = 0;
                for (int c = 2 * g; c < 2 * g + 2; c++) {
                    for (int i = 0; i < 2; i++) {
                        for (int j = 0; j < 3; j++) {
                            sum += x.get(n, c, i, j);
                            squares += x.get(n, c, i, j) * x.get(n, c, i, j);
                        }
                    }
                }
                double mean = sum / 12;
                double variance = squares / 12 - mean * mean;
                for (int c = 2 * g; c < 2 * g + 2; c++) {
                    for (int i = 0; i < 2; i++) {
                        for (int j = 0; j < 3; j++) {
                            double expected = gamma.valueAt(c) * (x.get(n, c, i, j) - mean)
                                    / Math.sqrt(variance + 1e-5) + beta.valueAt(c);
                            assertThat(grouped.get(n, c, i, j)).isCloseTo(expected, within(1e-9));
                        }
                    }
                }
            }
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < 24; i++) {
                sum += x.valueAt(n * 24 + i);
                squares += x.valueAt(n * 24 + i) * x.valueAt(n * 24 + i);
            }
            double mean = sum / 24;
            double variance = squares / 24 - mean * mean;
            for (int i = 0; i < 24; i++) {
                assertThat(layered.valueAt(n * 24 + i)).isCloseTo((x.valueAt(n * 24 + i) - mean)
                        / Math.sqrt(variance + 1e-5), within(1e-9));
            }
        }
        assertThatThrownBy(() -> Normalization.groupNorm(x, 3, gamma, beta, 1e-5))
                .hasMessage("groupnorm: 3 groups do not divide the 4 channels of the input 2×4×2×3");
    }

    @Test
    void dropoutScalesTheKeptEntries() {
        Tensor x = Tensor.vector(1, 2, 3, 4);
        assertThat(Dropout.apply(x, Tensor.vector(1, 0, 1, 0), 0.5).values()).containsExactly(2, 0, 6, 0);
        assertThatThrownBy(() -> Dropout.apply(x, Tensor.vector(1, 0, 2, 0), 0.5))
                .hasMessageContaining("the mask must hold 0 (dropped) and 1 (kept)");
        assertThatThrownBy(() -> Dropout.apply(x, Tensor.vector(1, 0, 1, 0), 1))
                .hasMessageContaining("p must be at least 0 and below 1");
    }
}
