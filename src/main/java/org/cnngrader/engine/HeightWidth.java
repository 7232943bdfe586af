package org.cnngrader.engine;

/**
 * A pair of sizes along the two spatial axes, as PyTorch's {@code int or (int, int)} arguments
 * (kernel size, stride, dilation, symmetric padding, output padding).
 */
public record HeightWidth(int height, int width) {

    /** The same size along both axes. */
    public static HeightWidth square(int size) {
        return new HeightWidth(size, size);
    }

    /** Whether both sides are equal. */
    public boolean isSquare() {
        return height == width;
    }

    /** Fails unless both sides are at least {@code minimum}. */
    HeightWidth requireAtLeast(int minimum, String what) {
        if (height < minimum || width < minimum) {
            throw new EngineException(what + " must be at least " + minimum + ", not " + this);
        }
        return this;
    }

    /** {@code 3} for a square pair, else {@code 3×5}. */
    @Override
    public String toString() {
        return isSquare() ? Integer.toString(height) : height + "×" + width;
    }
}
