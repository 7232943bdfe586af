package org.cnngrader.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding for display and comparison. References stay exact doubles; only what is shown is
 * rounded, half away from zero on the decimal digits a person reads:
 * {@code BigDecimal.valueOf(r).setScale(decimals, HALF_UP)}.
 */
public final class Rounding {

    private Rounding() {
    }

    /** The decimal shown for {@code value} with {@code decimals} digits after the point. */
    public static BigDecimal halfUp(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new EngineException("cannot round " + value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A number as a person writes it: exact, without trailing zeros or exponent ({@code 2.5}, {@code 50}). */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new EngineException("cannot write " + value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@link #halfUp} as a double. */
    public static double round(double value, int decimals) {
        return halfUp(value, decimals).doubleValue();
    }

    /** Every entry rounded half-up to {@code decimals} digits. */
    public static Tensor round(Tensor tensor, int decimals) {
        if (decimals < 0 || decimals > 15) {
            throw new EngineException("decimals must be between 0 and 15, not " + decimals);
        }
        return tensor.map(value -> round(value, decimals));
    }
}
