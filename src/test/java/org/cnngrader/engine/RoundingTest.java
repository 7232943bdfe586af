package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
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
    void halfUpTextWritesTiesNegativesAndSmallValuesAsBigDecimalDoes() {
        assertThat(Rounding.halfUpText(0.125, 2)).isEqualTo("0.13");
        assertThat(Rounding.halfUpText(2.675, 2)).isEqualTo("2.68");
        assertThat(Rounding.halfUpText(-0.125, 2)).isEqualTo("-0.13");
        assertThat(Rounding.halfUpText(-0.001, 2)).isEqualTo("0.00");
        assertThat(Rounding.halfUpText(-0.0, 1)).isEqualTo("0.0");
        assertThat(Rounding.halfUpText(0.05, 2)).isEqualTo("0.05");
        assertThat(Rounding.halfUpText(1234.5, 0)).isEqualTo("1235");
        assertThat(Rounding.halfUpText(0.9994472213630764, 2)).isEqualTo("1.00");
        assertThat(Rounding.halfUpText(3e12, 2)).isEqualTo("3000000000000.00");
    }

    /** The fast path against the definition, on values of every size and on exact ties. */
    @Property(tries = 5000, seed = "20261122")
    void halfUpTextIsTheTextOfHalfUp(@ForAll @DoubleRange(min = -1e7, max = 1e7) double value,
            @ForAll @IntRange(min = 0, max = 9) int decimals, @ForAll @IntRange(min = -999, max = 999) int tie) {
        assertThat(Rounding.halfUpText(value, decimals)).isEqualTo(Rounding.halfUp(value, decimals).toPlainString());
        double exactTie = (tie + 0.5) / 100;
        assertThat(Rounding.halfUpText(exactTie, 2)).isEqualTo(Rounding.halfUp(exactTie, 2).toPlainString());
        double small = value / 1e7;
        assertThat(Rounding.halfUpText(small, decimals)).isEqualTo(Rounding.halfUp(small, decimals).toPlainString());
    }

    @Test
    void tensorsAreRoundedEntryByEntry() {
        assertThat(Rounding.round(Tensor.vector(0.125, 0.994, 7), 2)).isEqualTo(Tensor.vector(0.13, 0.99, 7));
    }
}
