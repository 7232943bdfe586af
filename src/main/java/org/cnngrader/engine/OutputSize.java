package org.cnngrader.engine;

/**
 * The side of an output along one spatial axis (PyTorch's shape formulas, Dumoulin &amp; Visin).
 */
public final class OutputSize {

    private OutputSize() {
    }

    /**
     * Convolution: {@code ⌊(i + p_before + p_after − d(k−1) − 1)/s⌋ + 1}.
     *
     * @throws EngineException if the dilated kernel is larger than the padded input
     */
    public static int convolution(int input, int kernel, int stride, int paddingBefore, int paddingAfter,
            int dilation) {
        requirePositive(input, "the input side");
        requirePositive(kernel, "the kernel side");
        requirePositive(stride, "the stride");
        requirePositive(dilation, "the dilation");
        if (paddingBefore < 0 || paddingAfter < 0) {
            throw new EngineException("padding cannot be negative");
        }
        long span = (long) dilation * (kernel - 1) + 1;
        long padded = (long) input + paddingBefore + paddingAfter;
        if (span > padded) {
            throw new EngineException("a kernel of " + kernel + (dilation > 1 ? " dilated by " + dilation
                    + " (spanning " + span + ")" : "") + " does not fit an input of " + input
                    + " padded by " + (paddingBefore == paddingAfter ? Integer.toString(paddingBefore)
                    : paddingBefore + "+" + paddingAfter));
        }
        return exact((padded - span) / stride + 1, "an output side");
    }

    /**
     * Pooling: {@code ⌊(i + 2p − d(k−1) − 1 + (ceil ? s−1 : 0))/s⌋ + 1}; with {@code ceil_mode}
     * a last window that would start in the right padding is dropped, as PyTorch does.
     *
     * @throws EngineException if the padding exceeds half the window or the output would be empty
     */
    public static int pooling(int input, int kernel, int stride, int padding, int dilation, boolean ceilMode) {
        requirePositive(input, "the input side");
        requirePositive(kernel, "the window");
        requirePositive(stride, "the stride");
        requirePositive(dilation, "the dilation");
        if (padding < 0) {
            throw new EngineException("padding cannot be negative, not " + padding);
        }
        if (padding > kernel / 2) {
            throw new EngineException("padding " + padding + " is more than half the pooling window " + kernel
                    + " (PyTorch allows at most " + kernel / 2 + ")");
        }
        long numerator = (long) input + 2L * padding - (long) dilation * (kernel - 1) - 1
                + (ceilMode ? stride - 1 : 0);
        if (numerator < 0) {
            throw new EngineException("a pooling window of " + kernel + (dilation > 1 ? " dilated by " + dilation : "")
                    + " does not fit an input of " + input + " padded by " + padding);
        }
        long output = numerator / stride + 1;
        if (ceilMode && (output - 1) * stride >= (long) input + padding) {
            output--;
        }
        return exact(output, "an output side");
    }

    /**
     * Transposed convolution: {@code (i−1)·s − 2p + d(k−1) + output_padding + 1}.
     *
     * @throws EngineException if {@code output_padding} is not smaller than the stride or the
     *     dilation, or the output would be empty
     */
    public static int transposed(int input, int kernel, int stride, int padding, int outputPadding, int dilation) {
        return transposed(input, kernel, stride, padding, padding, outputPadding, dilation);
    }

    /** Transposed convolution with the cropping given per side. */
    static int transposed(int input, int kernel, int stride, int paddingBefore, int paddingAfter,
            int outputPadding, int dilation) {
        requirePositive(input, "the input side");
        requirePositive(kernel, "the kernel side");
        requirePositive(stride, "the stride");
        requirePositive(dilation, "the dilation");
        if (paddingBefore < 0 || paddingAfter < 0 || outputPadding < 0) {
            throw new EngineException("padding and output_padding cannot be negative");
        }
        if (outputPadding >= stride && outputPadding >= dilation) {
            throw new EngineException("output_padding " + outputPadding + " must be smaller than the stride "
                    + stride + " or the dilation " + dilation);
        }
        long output = (long) (input - 1) * stride - paddingBefore - paddingAfter + (long) dilation * (kernel - 1)
                + outputPadding + 1;
        if (output < 1) {
            throw new EngineException("padding " + paddingBefore + " crops away the whole output of a transposed"
                    + " convolution of an input of " + input + " with a kernel of " + kernel);
        }
        return exact(output, "an output side");
    }

    /**
     * A size computed in {@code long} as an {@code int}, or an engine error naming it: a shape written by a student
     * (a network followed through from {@code 256 x 99999 x 99999}) must end in a verdict, never an
     * {@link ArithmeticException}.
     *
     * @throws EngineException if {@code size} does not fit an {@code int}
     */
    public static int exact(long size, String what) {
        if (size > Integer.MAX_VALUE || size < Integer.MIN_VALUE) {
            throw new EngineException(what + " of " + size + " is too large to compute (at most "
                    + Integer.MAX_VALUE + ")");
        }
        return (int) size;
    }

    private static void requirePositive(int value, String what) {
        if (value < 1) {
            throw new EngineException(what + " must be at least 1, not " + value);
        }
    }
}
