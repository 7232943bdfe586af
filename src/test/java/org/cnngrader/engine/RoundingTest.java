package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void halfUpOnTheDecimalAsWritten() {
        assertThat(Rounding.halfUp(0.125, 2)).isEqualTo(new BigDecimal("0.13"));
        assertThat(Rounding.halfUp(-0.125, 2)).isEqualTo(new BigDecimal("-0.13"));
        // 2.675 is stored as 2.67499999…; BigDecimal.valueOf reads the shortest decimal, 2.675.
        assertThat(Rounding.halfUp(2.675, 2)).isEqualTo(new BigDecimal("2.68"));
        assertThat(Rounding.halfUp(0.8807970779778823, 2)).isEqualTo(new BigDecimal("0.88"));
        assertThat(Rounding.halfUp(0.9994472213630764, 2)).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void tensorsAreRoundedEntryByEntry() {
        assertThat(Rounding.round(Tensor.vector(0.125, 0.994, 7), 2)).isEqualTo(Tensor.vector(0.13, 0.99, 7));
    }
}
