package org.cnngrader.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * When a value counts as equal to a reference: {@code |value − reference| ≤ absolute} or
 * {@code |value − reference| ≤ relative·|reference|}, decided in decimal arithmetic on the
 * numbers as written, so that 0.12 and 0.13 are both within 0.005 of 0.125.
 *
 * @param absolute the largest absolute difference accepted (≥ 0)
 * @param relative the largest difference as a fraction of the reference (≥ 0; 0.01 for 1%)
 */
public record Tolerance(double absolute, double relative) {

    /** The default: a value is right when it rounds correctly to two decimals. */
    public static final Tolerance DEFAULT = absolute(0.005);

    public Tolerance {
        if (!(absolute >= 0) || !(relative >= 0) || !Double.isFinite(absolute) || !Double.isFinite(relative)) {
            throw new EngineException("a tolerance must be a finite number ≥ 0, not " + absolute + " / " + relative);
        }
    }

    /** An absolute tolerance. */
    public static Tolerance absolute(double absolute) {
        return new Tolerance(absolute, 0);
    }

    /** A relative tolerance, {@code 0.01} for 1%. */
    public static Tolerance relative(double relative) {
        return new Tolerance(0, relative);
    }

    /** Whether {@code value} is within this tolerance of {@code reference}. */
    public boolean accepts(double reference, double value) {
        if (!Double.isFinite(reference) || !Double.isFinite(value)) {
            return reference == value;
        }
        // Decided in doubles unless the difference is within rounding noise of the boundary.
        double gap = Math.abs(value - reference);
        double limit = Math.max(absolute, relative * Math.abs(reference));
        double noise = 1e-9 * Math.max(1, Math.max(Math.abs(value), Math.abs(reference)));
        if (gap < limit - noise) {
            return true;
        }
        if (gap > limit + noise) {
            return false;
        }
        BigDecimal difference = BigDecimal.valueOf(value).subtract(BigDecimal.valueOf(reference)).abs();
        if (difference.compareTo(BigDecimal.valueOf(absolute)) <= 0) {
            return true;
        }
        BigDecimal allowed = BigDecimal.valueOf(relative).multiply(BigDecimal.valueOf(reference).abs());
        return relative > 0 && difference.compareTo(allowed) <= 0;
    }

    /** Whether two tensors have the same shape and every entry is within this tolerance. */
    public boolean accepts(Tensor reference, Tensor value) {
        if (!Arrays.equals(reference.shape(), value.shape())) {
            return false;
        }
        for (int i = 0; i < reference.size(); i++) {
            if (!accepts(reference.valueAt(i), value.valueAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (relative == 0) {
            return "±" + Rounding.plain(absolute);
        }
        String percent = Rounding.plain(relative * 100) + "%";
        return absolute == 0 ? "±" + percent
                : "±" + Rounding.plain(absolute) + " or " + percent;
    }
}
