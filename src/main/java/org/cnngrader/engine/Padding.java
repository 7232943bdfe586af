package org.cnngrader.engine;

/**
 * Zero padding of the two spatial axes of a convolution.
 *
 * <ul>
 *   <li>{@link Explicit}: rows added at the top and bottom, columns at the left and right
 *       ({@code 1}, {@code [ph, pw]} or {@code [top, bottom, left, right]}; {@code valid} is 0).
 *   <li>{@link Same}: stride 1 as PyTorch, total {@code d(k−1)} with the odd row/column at the
 *       bottom/right; stride &gt; 1 as TensorFlow, output {@code ⌈i/s⌉}, total
 *       {@code max((⌈i/s⌉−1)·s + d(k−1) + 1 − i, 0)}, the extra at the bottom/right.
 *   <li>{@link Full}: {@code d(k−1)} on every side, so every input pixel meets every weight.
 * </ul>
 */
public sealed interface Padding permits Padding.Explicit, Padding.Same, Padding.Full {

    /** No padding. */
    static Explicit valid() {
        return new Explicit(0, 0, 0, 0);
    }

    /** The same padding on all four sides. */
    static Explicit of(int all) {
        return new Explicit(all, all, all, all);
    }

    /** {@code rows} at top and bottom, {@code columns} at left and right. */
    static Explicit of(int rows, int columns) {
        return new Explicit(rows, rows, columns, columns);
    }

    /** PyTorch's / TensorFlow's {@code same}. */
    static Same same() {
        return new Same();
    }

    /** Full padding. */
    static Full full() {
        return new Full();
    }

    /**
     * The explicit padding this one amounts to for an input of {@code input} pixels and a kernel
     * of {@code kernel} taps, moved by {@code stride} with {@code dilation}.
     */
    Explicit resolve(HeightWidth input, HeightWidth kernel, HeightWidth stride, HeightWidth dilation);

    /** Rows and columns added on each side. */
    record Explicit(int top, int bottom, int left, int right) implements Padding {

        public Explicit {
            if (top < 0 || bottom < 0 || left < 0 || right < 0) {
                throw new EngineException("padding cannot be negative: " + describe(top, bottom, left, right));
            }
        }

        @Override
        public Explicit resolve(HeightWidth input, HeightWidth kernel, HeightWidth stride, HeightWidth dilation) {
            return this;
        }

        @Override
        public String toString() {
            return describe(top, bottom, left, right);
        }

        private static String describe(int top, int bottom, int left, int right) {
            if (top == bottom && left == right) {
                return top == left ? Integer.toString(top) : "[" + top + ", " + left + "]";
            }
            return "[" + top + ", " + bottom + ", " + left + ", " + right + "]";
        }
    }

    /** Output as large as the input (stride 1) or {@code ⌈i/s⌉}. */
    record Same() implements Padding {
        @Override
        public Explicit resolve(HeightWidth input, HeightWidth kernel, HeightWidth stride, HeightWidth dilation) {
            int rows = total(input.height(), kernel.height(), stride.height(), dilation.height());
            int columns = total(input.width(), kernel.width(), stride.width(), dilation.width());
            return new Explicit(rows / 2, rows - rows / 2, columns / 2, columns - columns / 2);
        }

        private static int total(int input, int kernel, int stride, int dilation) {
            int span = dilation * (kernel - 1);
            if (stride == 1) {
                return span;
            }
            int output = (input + stride - 1) / stride;
            return Math.max((output - 1) * stride + span + 1 - input, 0);
        }

        @Override
        public String toString() {
            return "same";
        }
    }

    /** {@code d(k−1)} on every side. */
    record Full() implements Padding {
        @Override
        public Explicit resolve(HeightWidth input, HeightWidth kernel, HeightWidth stride, HeightWidth dilation) {
            int rows = dilation.height() * (kernel.height() - 1);
            int columns = dilation.width() * (kernel.width() - 1);
            return new Explicit(rows, rows, columns, columns);
        }

        @Override
        public String toString() {
            return "full";
        }
    }
}
