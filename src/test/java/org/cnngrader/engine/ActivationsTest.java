package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ActivationsTest {

    private static final double TOLERANCE = 1e-15;

    @Test
    void sigmoidMatchesItsDefinitionAndTheProblemSetTable() {
        for (double z : new double[] {0, 1.5, 2, 2.5, 3, 5, 6.5, 7.5, -4}) {
            assertThat(Activations.sigmoid(z)).isCloseTo(1 / (1 + Math.exp(-z)), within(TOLERANCE));
        }
        // Team G's table, rounded to two decimals.
        double[] z = {0.0, 2.0, 3.0, 5.0, 6.5, 7.5, 1.5, 2.5};
        double[] shown = {0.50, 0.88, 0.95, 0.99, 1.00, 1.00, 0.82, 0.92};
        for (int i = 0; i < z.length; i++) {
            assertThat(Rounding.round(Activations.sigmoid(z[i]), 2)).isEqualTo(shown[i]);
        }
    }

    @Test
    void sigmoidIsStableForLargeMagnitudes() {
        assertThat(Activations.sigmoid(1000)).isEqualTo(1);
        assertThat(Activations.sigmoid(-1000)).isEqualTo(0);
        assertThat(Activations.sigmoid(-745)).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
        assertThat(Activations.sigmoid(-30)).isCloseTo(Math.exp(-30) / (1 + Math.exp(-30)), within(1e-25));
    }

    @Test
    void reluTanhAndLeakyRelu() {
        Tensor x = Tensor.vector(-2, 0, 3);
        assertThat(Activations.relu(x)).isEqualTo(Tensor.vector(0, 0, 3));
        assertThat(Activations.leakyRelu(x, 0.01)).isEqualTo(Tensor.vector(-0.02, 0, 3));
        assertThat(Activations.tanh(x).valueAt(2)).isEqualTo(Math.tanh(3));
    }

    @Test
    void reluOfTheWeek12SamePaddingOutput() {
        Tensor same = Tensor.matrix(new double[] {12, 14, 4, -4, -14, -12}, new double[] {18, 23, 8, -8, -23, -18});
        assertThat(Activations.relu(same)).isEqualTo(Tensor.matrix(new double[] {12, 14, 4, 0, 0, 0},
                new double[] {18, 23, 8, 0, 0, 0}));
    }

    @Test
    void softmaxIsNormalisedPerRowAndStable() {
        Tensor result = Activations.softmax(Tensor.matrix(new double[] {1, 2, 3}, new double[] {1000, 1000, 1000}));
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertThat(result.get(0, 0)).isCloseTo(Math.exp(1) / sum, within(TOLERANCE));
        assertThat(result.get(0, 2)).isCloseTo(Math.exp(3) / sum, within(TOLERANCE));
        assertThat(result.get(1, 0)).isCloseTo(1 / 3.0, within(TOLERANCE));
    }
}
