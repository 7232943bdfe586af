package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchNormTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void statisticsArePerChannelAndTheVarianceIsBiased() {
        // N = 2, C = 2, H = 1, W = 2: channel 0 holds 1, 2, 5, 6; channel 1 holds 3, 4, 7, 8.
        Tensor x = Tensor.of(new int[] {2, 2, 1, 2}, new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(BatchNorm.mean(x)).isEqualTo(Tensor.vector(3.5, 5.5));
        assertThat(BatchNorm.variance(x, false)).isEqualTo(Tensor.vector(4.25, 4.25));
        assertThat(BatchNorm.variance(x, true).valueAt(0)).isCloseTo(17 / 3.0, within(TOLERANCE));
    }

    @Test
    void normalisationAgreesWithTheFormulaOnRandomBatches() {
        Random random = new Random(7);
        double[][][][] x = ReferenceLoops.random(random, 3, 2, 2, 3);
        Tensor input = ReferenceLoops.tensor(x);
        Tensor result = BatchNorm.normalize(input, Tensor.vector(2, 0.5), Tensor.vector(1, -1),
                BatchNorm.DEFAULT_EPSILON);
        double[] gamma = {2, 0.5};
        double[] beta = {1, -1};
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            int count = 0;
            for (double[][][] batch : x) {
                for (double[] row : batch[c]) {
                    for (double value : row) {
                        sum += value;
                        count++;
                    }
                }
            }
            double mean = sum / count;
            double squares = 0;
            for (double[][][] batch : x) {
                for (double[] row : batch[c]) {
                    for (double value : row) {
                        squares += (value - mean) * (value - mean);
                    }
                }
            }
            double variance = squares / count;
            for (int n = 0; n < 3; n++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 3; j++) {
                        double expected = gamma[c] * (x[n][c][i][j] - mean) / Math.sqrt(variance + 1e-5) + beta[c];
                        assertThat(result.get(n, c, i, j)).isCloseTo(expected, within(TOLERANCE));
                    }
                }
            }
        }
    }

    @Test
    void batchNormNeedsABatch() {
        assertThatThrownBy(() -> BatchNorm.mean(Tensor.filled(new int[] {2, 2}, 1)))
                .hasMessage("bn_mean needs a batch N×C×H×W, not a tensor of shape 2×2");
    }
}
