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

    /**
     * {@code halfUp(value, decimals).toPlainString()}, e.g. {@code "0.13"} for 0.125 and 2: the same
     * text, without building decimals for the common case of a value that is not near a tie.
     */
    public static String halfUpText(double value, int decimals) {
        double scaled = Math.abs(value) * (decimals >= 0 && decimals < POWERS_OF_TEN.length
                ? POWERS_OF_TEN[decimals] : Double.NaN);
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        // Below 1e9 the double's error is under 1e-6 of a unit in the last place shown, so only a
        // value within TIE_MARGIN of a tie can round differently from its shortest decimal.
        if (!(scaled < 1e9) || Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return halfUp(value, decimals).toPlainString();
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        String digits = Long.toString(units);
        StringBuilder text = new StringBuilder(digits.length() + decimals + 3);
        if (value < 0 && units != 0) {
            text.append('-');
        }
        if (decimals == 0) {
            return text.append(digits).toString();
        }
        if (digits.length() <= decimals) {
            text.append("0.").append("0".repeat(decimals - digits.length())).append(digits);
        } else {
            text.append(digits, 0, digits.length() - decimals).append('.').append(digits, digits.length() - decimals,
                    digits.length());
        }
        return text.toString();
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final double TIE_MARGIN = 1e-5;

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
