package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void aValueThatRoundsCorrectlyIsAccepted() {
        assertThat(Tolerance.DEFAULT.accepts(0.8807970779778823, 0.88)).isTrue();
        assertThat(Tolerance.DEFAULT.accepts(0.125, 0.12)).isTrue();
        assertThat(Tolerance.DEFAULT.accepts(0.125, 0.13)).isTrue();
        assertThat(Tolerance.DEFAULT.accepts(0.125, 0.14)).isFalse();
        assertThat(Tolerance.DEFAULT.accepts(0.9820137900379085, 0.95)).isFalse();
    }

    @Test
    void theBoundaryIsDecidedInDecimalArithmetic() {
        // In binary 0.135 − 0.13 is slightly more than 0.005; written as decimals it is exactly 0.005.
        assertThat(0.135 - 0.13 <= 0.005).isFalse();
        assertThat(Tolerance.DEFAULT.accepts(0.135, 0.13)).isTrue();
    }

    @Test
    void relativeTolerance() {
        Tolerance onePercent = Tolerance.relative(0.01);
        assertThat(onePercent.accepts(9216, 9300)).isTrue();
        assertThat(onePercent.accepts(9216, 9400)).isFalse();
        assertThat(onePercent.toString()).isEqualTo("±1%");
    }

    @Test
    void tensorsMustHaveTheSameShape() {
        assertThat(Tolerance.DEFAULT.accepts(Tensor.vector(1, 2), Tensor.matrix(new double[] {1, 2}))).isFalse();
        assertThat(Tolerance.DEFAULT.accepts(Tensor.vector(1, 2), Tensor.vector(1.004, 2))).isTrue();
    }
}
