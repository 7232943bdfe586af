package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cnngrader.engine.RandomTensors.random;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;

/**
 * vjp is the adjoint of the forward map: for random x, v and w, ⟨J v, w⟩ = ⟨v, Jᵀ w⟩ with
 * {@code Jᵀ w = vjp(y, X, w)} and {@code J v} the directional derivative of the forward pass,
 * computed by central differences (exact up to rounding for the linear layers).
 */
class AdjointPropertiesTest {

    /** The step of the directional derivative. */
    private static final double STEP = 1e-6;

    /** How far the two inner products may be apart, relative to their size. */
    private static final double TOLERANCE = 1e-6;

    /** Forward maps of X (2×4×6), with the other tensors they use. */
    private static final List<String> MAPS = List.of(
            "conv2d(X, K, stride=2, padding=1)",
            "conv2d(X, K, padding=same, dilation=2, flip=true, bias=B)",
            "conv_transpose2d(X, KT, stride=2, padding=1, output_padding=1)",
            "maxpool2d(X, 3, stride=2, padding=1)",
            "avgpool2d(X, 3, stride=2, padding=1, count_include_pad=false)",
            "upsample(X, 2, mode=bilinear)",
            "upsample(X, 1.5, mode=bilinear, align_corners=true)",
            "upsample(X, 2)",
            "upsample(X, size=[7, 5], mode=bilinear)",
            "upsample(X, size=9)",
            "unfold(X, [2, 3], stride=2, padding=1)",
            "softmax(X) * X",
            "log_softmax(X) + exp(X / 4)",
            "layernorm(X, gamma=G, beta=B)",
            "groupnorm(X, 2, gamma=G, beta=B)",
            "batchnorm2d(reshape(X, [2, 2, 4, 3]), gamma=[1, 2], beta=[0, 1])",
            "cross_entropy(reshape(X, [6, 8]), [1, 2, 3, 0, 7, 5])",
            "cross_entropy(reshape(X, [6, 8]), softmax(reshape(T, [6, 8])))",
            "mse_loss(X, T) * bce_with_logits(X, sigmoid(T))",
            "bce(sigmoid(X), sigmoid(T))",
            "nll_loss(log_softmax(reshape(X, [4, 12])), [0, 11, 5, 5])",
            "cross_entropy(reshape(X, [2, 3, 2, 4]), [[[0, 1, 2, 2], [1, 0, 0, 2]], [[2, 2, 1, 0], [1, 1, 0, 2]]],"
                    + " weight=[0.5, 2, 1], ignore_index=1, label_smoothing=0.1)",
            "nll_loss(reshape(X, [2, 3, 8]), reshape([0, 1, 2, 2, 1, 0, 0, 2, 2, 2, 1, 0, 1, 1, 0, 2], [2, 8]),"
                    + " weight=[1, 3, 2])",
            "concat(X, sigmoid(X), dim=0)",
            "linear(flatten(X), W, b=[1, 2, 3])",
            "elu(X) - silu(X) + softplus(X) * gelu(X)",
            "adaptive_avgpool2d(X, [3, 4])",
            "adaptive_maxpool2d(X, [3, 2])",
            "[sum(X), mean(X * X), max(tanh(X)), min(X)]",
            "dropout(X, M, 0.25) / (1 + abs(T))",
            "global_avgpool(pad(X, 1, value=2)) @ reshape(transpose(flip(X)), [2, 24])",
            "leaky_relu(X, slope=0.2) + relu(X) + sigmoid(X)",
            "bn_var(reshape(X, [3, 2, 2, 4]), unbiased=true) + bn_mean(reshape(X, [3, 2, 2, 4]))");

    private static Tensor evaluate(String expression, Map<String, Value> names) {
        return ((Value.TensorValue) new Evaluator(Evaluator.Scope.of(names), Tolerance.DEFAULT).evaluate(expression))
                .tensor();
    }

    private static double dot(Tensor a, Tensor b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.valueAt(i) * b.valueAt(i);
        }
        return sum;
    }

    @Property(tries = 150, seed = "20260522")
    void vjpIsTheAdjointOfTheForwardMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 28) int choice) {
        String map = MAPS.get(choice);
        Random random = new Random(seed);
        Map<String, Value> names = new LinkedHashMap<>();
        Tensor x = random(random, 2, 4, 6);
        names.put("X", new Value.TensorValue(x));
        names.put("K", new Value.TensorValue(random(random, 3, 2, 3, 3)));
        names.put("KT", new Value.TensorValue(random(random, 2, 3, 3, 3)));
        names.put("B", new Value.TensorValue(random(random, 1)));
        names.put("G", new Value.TensorValue(random(random, 2)));
        names.put("T", new Value.TensorValue(random(random, 2, 4, 6)));
        names.put("W", new Value.TensorValue(random(random, 3, 48)));
        double[] mask = new double[48];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = random.nextBoolean() ? 1 : 0;
        }
        names.put("M", new Value.TensorValue(Tensor.of(new int[] {2, 4, 6}, mask)));
        Tensor y = evaluate(map, names);
        Tensor v = random(random, 2, 4, 6);
        Tensor w = random(random, y.shape());
        names.put("w", new Value.TensorValue(w));
        Tensor transposed = evaluate("vjp(" + map + ", X, w)", names);
        assertThat(transposed.shape()).containsExactly(2, 4, 6);

        double[] plus = x.values();
        double[] minus = x.values();
        for (int i = 0; i < plus.length; i++) {
            plus[i] += STEP * v.valueAt(i);
            minus[i] -= STEP * v.valueAt(i);
        }
        names.put("X", new Value.TensorValue(Tensor.of(x.shape(), plus)));
        Tensor up = evaluate(map, names);
        names.put("X", new Value.TensorValue(Tensor.of(x.shape(), minus)));
        Tensor down = evaluate(map, names);
        double forward = (dot(up, w) - dot(down, w)) / (2 * STEP);
        double backward = dot(v, transposed);
        assertThat(backward).as(map).isCloseTo(forward, within(TOLERANCE * (1 + Math.abs(forward))));
    }
}
