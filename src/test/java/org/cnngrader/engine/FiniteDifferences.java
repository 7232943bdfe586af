package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cnngrader.engine.RandomTensors.random;

import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Central finite differences, an independent check of a gradient for smooth functions:
 * {@code ⟨dy, ∂f/∂x_i⟩ ≈ ⟨dy, f(x + h·e_i) − f(x − h·e_i)⟩ / 2h}, whose error is O(h²).
 */
final class FiniteDifferences {

    /** The step h. */
    static final double STEP = 1e-5;

    /** How far an analytic gradient may be from the central difference: O(h²) truncation plus rounding / h. */
    static final double TOLERANCE = 1e-6;

    private FiniteDifferences() {
    }

    /**
     * Checks {@code gradient(x, dy)} against central differences of {@code function} at x, with dy
     * random of the output's shape.
     */
    static void check(Function<Tensor, Tensor> function, BiFunction<Tensor, Tensor, Tensor> gradient, Tensor x,
            Random random) {
        Tensor output = function.apply(x);
        Tensor dy = random(random, output.shape());
        Tensor analytic = gradient.apply(x, dy);
        assertThat(analytic.shape()).containsExactly(x.shape());
        double[] values = x.values();
        for (int i = 0; i < values.length; i++) {
            double[] plus = values.clone();
            double[] minus = values.clone();
            plus[i] += STEP;
            minus[i] -= STEP;
            double up = dot(function.apply(Tensor.of(x.shape(), plus)), dy);
            double down = dot(function.apply(Tensor.of(x.shape(), minus)), dy);
            double numeric = (up - down) / (2 * STEP);
            assertThat(analytic.valueAt(i)).as("entry %d", i).isCloseTo(numeric, within(TOLERANCE));
        }
    }

    /** Σ a ⊙ b, written out. */
    static double dot(Tensor a, Tensor b) {
        assertThat(a.shape()).containsExactly(b.shape());
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.valueAt(i) * b.valueAt(i);
        }
        return sum;
    }
}
