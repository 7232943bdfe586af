package org.cnngrader.engine;

import java.util.Arrays;

/**
 * Inverted dropout with a given mask, as {@code torch.nn.functional.dropout} in training mode once
 * its random mask is drawn: {@code y = x ⊙ mask / (1 − p)}; the gradient for x is
 * {@code dy ⊙ mask / (1 − p)}, for the mask {@code dy ⊙ x / (1 − p)}.
 */
public final class Dropout {

    private Dropout() {
    }

    /** The kept entries of x scaled by 1/(1 − p), the dropped ones 0. */
    public static Tensor apply(Tensor input, Tensor mask, double p) {
        check(input, mask, p);
        return TensorMath.zip(input, mask, (x, m) -> x * m / (1 - p), "dropout");
    }

    /** The gradient for x: {@code dy ⊙ mask / (1 − p)}. */
    public static Tensor inputGradient(Tensor input, Tensor mask, double p, Tensor upstream) {
        check(input, mask, p);
        TensorMath.checkUpstream(input.shape(), upstream, "dropout");
        return TensorMath.zip(mask, upstream, (m, dy) -> dy * m / (1 - p), "dropout");
    }

    /** The gradient for the mask: {@code dy ⊙ x / (1 − p)}. */
    public static Tensor maskGradient(Tensor input, Tensor mask, double p, Tensor upstream) {
        check(input, mask, p);
        TensorMath.checkUpstream(input.shape(), upstream, "dropout");
        return TensorMath.zip(input, upstream, (x, dy) -> dy * x / (1 - p), "dropout");
    }

    private static void check(Tensor input, Tensor mask, double p) {
        if (!Arrays.equals(input.shape(), mask.shape())) {
            throw new EngineException("dropout: the mask " + Shapes.format(mask.shape())
                    + " must have the shape of x " + Shapes.format(input.shape()));
        }
        for (double m : mask.values()) {
            if (m != 0 && m != 1) {
                throw new EngineException("dropout: the mask must hold 0 (dropped) and 1 (kept), not " + m);
            }
        }
        if (!(p >= 0 && p < 1)) {
            throw new EngineException("dropout: p must be at least 0 and below 1, not " + p);
        }
    }
}
