package org.cnngrader.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * Loss functions as {@code torch.nn.functional} with its default {@code reduction='mean'}, and
 * their gradients. A loss is a number; every gradient takes the upstream number {@code dy}
 * (1 for the loss itself) and has the shape of the argument it is taken for.
 *
 * <ul>
 *   <li>{@code mse_loss(y, t) = (1/n) Σ (y − t)²} over all n entries;
 *   <li>{@code cross_entropy(x, target, ε) = (1/P) Σ_p −Σ_k t'_pk · log_softmax(x_p)_k} with
 *       {@code t' = (1 − ε)·t + ε/K}: logits x a vector of K (one position) or N×K, N×K×L, N×K×H×W
 *       with the classes on axis 1 and P = N, N·L or N·H·W positions; the target either class
 *       indices (0-based; a number for a vector, else the logits' shape without axis 1) read as
 *       one-hot, or probabilities of the logits' shape;
 *   <li>{@code nll_loss(logp, target) = −(1/P) Σ_p logp[p, t_p]}, class indices only, the same shapes;
 *   <li>both with PyTorch's {@code weight} per class and {@code ignore_index}: the mean becomes a
 *       weighted mean over the positions not ignored (see {@link ClassOptions});
 *   <li>{@code bce(p, t) = −(1/n) Σ (t·log p + (1 − t)·log(1 − p))}, each log clamped at −100 as
 *       PyTorch does;
 *   <li>{@code bce_with_logits(z, t) = (1/n) Σ (max(z, 0) − z·t + log(1 + e^−|z|))}.
 * </ul>
 */
public final class Losses {

    /** PyTorch clamps the logarithms of {@code binary_cross_entropy} at −100. */
    private static final double LOG_FLOOR = -100;

    /**
     * PyTorch's guard against a zero denominator in the gradient of {@code binary_cross_entropy}: 1e-12 as
     * a single-precision constant (9.999999960041972e-13), which is what its kernel divides by in float64 too.
     */
    private static final double BCE_EPSILON = (float) 1e-12;

    private Losses() {
    }

    /** The mean squared error. */
    public static double mse(Tensor prediction, Tensor target) {
        sameShape(prediction, target, "mse_loss");
        double[] y = prediction.values();
        double[] t = target.values();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double difference = y[i] - t[i];
            sum += difference * difference;
        }
        return sum / y.length;
    }

    /** The gradient of the mean squared error for the prediction: {@code dy·2(y − t)/n}; for the target it is the negative. */
    public static Tensor mseGradient(Tensor prediction, Tensor target, double upstream) {
        sameShape(prediction, target, "mse_loss");
        double n = prediction.size();
        return TensorMath.zip(prediction, target, (y, t) -> upstream * 2 * (y - t) / n, "mse_loss");
    }

    /**
     * The options of {@code cross_entropy} and {@code nll_loss} besides the target, as
     * {@code torch.nn.functional} names them: a {@code weight} per class (a number weighs every class
     * alike), the {@code ignore_index} of class-index targets, and the {@code label_smoothing} ε of
     * {@code cross_entropy}.
     */
    public record ClassOptions(Tensor weight, int ignoreIndex, double labelSmoothing) {

        /** PyTorch's default {@code ignore_index}. */
        public static final int DEFAULT_IGNORE_INDEX = -100;

        public ClassOptions {
            Objects.requireNonNull(weight, "weight");
        }

        /** No weights, PyTorch's ignore index −100, no smoothing. */
        public static ClassOptions defaults() {
            return new ClassOptions(Tensor.scalar(1), DEFAULT_IGNORE_INDEX, 0);
        }

        public ClassOptions withWeight(Tensor classWeights) {
            return new ClassOptions(classWeights, ignoreIndex, labelSmoothing);
        }

        public ClassOptions withIgnoreIndex(int index) {
            return new ClassOptions(weight, index, labelSmoothing);
        }

        public ClassOptions withLabelSmoothing(double epsilon) {
            return new ClassOptions(weight, ignoreIndex, epsilon);
        }
    }

    /** The cross-entropy of logits against class indices or probabilities, with the default options. */
    public static double crossEntropy(Tensor logits, Tensor target) {
        return crossEntropy(logits, target, ClassOptions.defaults());
    }

    /**
     * The cross-entropy of logits against class indices or probabilities (see the class):
     * {@code Σ_p Σ_k c_pk·(−log_softmax(x_p)_k) / D}. For class indices t_p (positions whose index is
     * {@code ignore_index} left out) {@code c_pk = (1 − ε)·w_k·[k = t_p] + ε·w_k/K} and
     * {@code D = Σ_p w_{t_p}}; for probabilities {@code c_pk = w_k·((1 − ε)·t_pk + ε/K)} and D = P.
     */
    public static double crossEntropy(Tensor logits, Tensor target, ClassOptions options) {
        Classes layout = Classes.of(logits, "cross_entropy");
        Weighted weighted = weighted(layout, logits, target, options, "cross_entropy");
        return weighted.loss(logSoftmax(layout, logits));
    }

    /** The gradient of the cross-entropy for the logits, with the default options. */
    public static Tensor crossEntropyGradient(Tensor logits, Tensor target, double upstream) {
        return crossEntropyGradient(logits, target, ClassOptions.defaults(), upstream);
    }

    /**
     * The gradient of the cross-entropy for the logits: at each position {@code dy·(softmax(x)·Σ_k c_k − c)/D}
     * (c and D as in {@link #crossEntropy(Tensor, Tensor, ClassOptions)}); for class indices without weights
     * or smoothing {@code dy·(softmax − one-hot)/P}.
     */
    public static Tensor crossEntropyGradient(Tensor logits, Tensor target, ClassOptions options, double upstream) {
        Classes layout = Classes.of(logits, "cross_entropy");
        Weighted weighted = weighted(layout, logits, target, options, "cross_entropy");
        double[] c = weighted.coefficients();
        double[] logp = logSoftmax(layout, logits);
        double[] dx = new double[logp.length];
        for (int outer = 0; outer < layout.outer(); outer++) {
            for (int inner = 0; inner < layout.inner(); inner++) {
                double mass = 0;
                for (int k = 0; k < layout.classes(); k++) {
                    mass += c[layout.index(outer, k, inner)];
                }
                for (int k = 0; k < layout.classes(); k++) {
                    int index = layout.index(outer, k, inner);
                    dx[index] = upstream * (Math.exp(logp[index]) * mass - c[index]) / weighted.denominator();
                }
            }
        }
        return Tensor.of(logits.shape(), dx);
    }

    /** The gradient of the cross-entropy for target probabilities, with the default options. */
    public static Tensor crossEntropyTargetGradient(Tensor logits, Tensor target, double upstream) {
        return crossEntropyTargetGradient(logits, target, ClassOptions.defaults(), upstream);
    }

    /**
     * The gradient of the cross-entropy for target probabilities: {@code −dy·(1 − ε)·w_k·log_softmax(x)/P}.
     *
     * @throws EngineException for class indices, which have no gradient
     */
    public static Tensor crossEntropyTargetGradient(Tensor logits, Tensor target, ClassOptions options,
            double upstream) {
        if (!isProbabilities(logits, target)) {
            throw new EngineException("cross_entropy has no gradient with respect to class indices");
        }
        Classes layout = Classes.of(logits, "cross_entropy");
        smoothing(options.labelSmoothing());
        double[] weights = classWeights(layout, options.weight(), "cross_entropy");
        double factor = -upstream * (1 - options.labelSmoothing()) / layout.positions();
        double[] logp = logSoftmax(layout, logits);
        double[] dt = new double[logp.length];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = factor * weights[layout.classOf(i)] * logp[i];
        }
        return Tensor.of(logits.shape(), dt);
    }

    /** The negative log-likelihood of log-probabilities at class indices, with the default options. */
    public static double nll(Tensor logProbabilities, Tensor target) {
        return nll(logProbabilities, target, ClassOptions.defaults());
    }

    /**
     * The negative log-likelihood of log-probabilities at class indices (see the class):
     * {@code −Σ_p w_{t_p}·logp[p, t_p] / Σ_p w_{t_p}} over the positions whose index is not {@code ignore_index}.
     */
    public static double nll(Tensor logProbabilities, Tensor target, ClassOptions options) {
        Classes layout = Classes.of(logProbabilities, "nll_loss");
        Weighted weighted = weighted(layout, logProbabilities, target, options, "nll_loss");
        return weighted.loss(logProbabilities.values());
    }

    /** The gradient of the negative log-likelihood, with the default options. */
    public static Tensor nllGradient(Tensor logProbabilities, Tensor target, double upstream) {
        return nllGradient(logProbabilities, target, ClassOptions.defaults(), upstream);
    }

    /** The gradient of the negative log-likelihood: {@code −dy·w_{t_p}/D} at each position's class, else 0. */
    public static Tensor nllGradient(Tensor logProbabilities, Tensor target, ClassOptions options, double upstream) {
        Classes layout = Classes.of(logProbabilities, "nll_loss");
        Weighted weighted = weighted(layout, logProbabilities, target, options, "nll_loss");
        double[] dx = weighted.coefficients();
        for (int i = 0; i < dx.length; i++) {
            dx[i] = -upstream * dx[i] / weighted.denominator();
        }
        return Tensor.of(logProbabilities.shape(), dx);
    }

    /** The binary cross-entropy of probabilities p against targets t. */
    public static double bce(Tensor probabilities, Tensor target) {
        checkProbabilities(probabilities, target);
        double[] p = probabilities.values();
        double[] t = target.values();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum -= t[i] * Math.max(Math.log(p[i]), LOG_FLOOR) + (1 - t[i]) * Math.max(Math.log1p(-p[i]), LOG_FLOOR);
        }
        return sum / p.length;
    }

    /** The gradient of the binary cross-entropy for p: {@code dy·(p − t)/max(p(1 − p), ε)/n}, ε ≈ 1e-12 as PyTorch. */
    public static Tensor bceGradient(Tensor probabilities, Tensor target, double upstream) {
        checkProbabilities(probabilities, target);
        double n = probabilities.size();
        return TensorMath.zip(probabilities, target,
                (p, t) -> upstream * (p - t) / Math.max(p * (1 - p), BCE_EPSILON) / n, "bce");
    }

    /** The gradient of the binary cross-entropy for t: {@code dy·(log(1 − p) − log p)/n}, the logs clamped. */
    public static Tensor bceTargetGradient(Tensor probabilities, Tensor target, double upstream) {
        checkProbabilities(probabilities, target);
        double n = probabilities.size();
        return TensorMath.zip(probabilities, target, (p, t) -> upstream
                * (Math.max(Math.log1p(-p), LOG_FLOOR) - Math.max(Math.log(p), LOG_FLOOR)) / n, "bce");
    }

    /** The binary cross-entropy of logits z against targets t, in the stable form. */
    public static double bceWithLogits(Tensor logits, Tensor target) {
        sameShape(logits, target, "bce_with_logits");
        double[] z = logits.values();
        double[] t = target.values();
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += Math.max(z[i], 0) - z[i] * t[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        }
        return sum / z.length;
    }

    /** The gradient of the binary cross-entropy with logits for z: {@code dy·(σ(z) − t)/n}. */
    public static Tensor bceWithLogitsGradient(Tensor logits, Tensor target, double upstream) {
        sameShape(logits, target, "bce_with_logits");
        double n = logits.size();
        return TensorMath.zip(logits, target, (z, t) -> upstream * (Activations.sigmoid(z) - t) / n,
                "bce_with_logits");
    }

    /** The gradient of the binary cross-entropy with logits for t: {@code −dy·z/n}. */
    public static Tensor bceWithLogitsTargetGradient(Tensor logits, Tensor target, double upstream) {
        sameShape(logits, target, "bce_with_logits");
        double n = logits.size();
        return TensorMath.zip(logits, target, (z, t) -> -upstream * z / n, "bce_with_logits");
    }

    /** Whether the target of a cross-entropy holds probabilities (the logits' shape) rather than class indices. */
    public static boolean isProbabilities(Tensor logits, Tensor target) {
        return Arrays.equals(logits.shape(), target.shape()) && !(logits.rank() == 0);
    }

    /**
     * Where the classes of a classification input lie: a vector of K is one position; from rank 2 on
     * the classes are axis 1 (N×K, N×K×L, N×K×H×W), as in PyTorch. Entry (n, k, s) of the input is at
     * {@code (n·K + k)·inner + s}; there are {@code outer·inner} positions, each a sample or a pixel.
     */
    private record Classes(int outer, int classes, int inner) {

        static Classes of(Tensor scores, String operation) {
            int[] shape = scores.shape();
            if (shape.length == 0) {
                throw new EngineException(operation + " needs scores for K classes (a vector), N×K, N×K×L or"
                        + " N×K×H×W, not a single number");
            }
            if (shape.length == 1) {
                return new Classes(1, shape[0], 1);
            }
            int inner = 1;
            for (int axis = 2; axis < shape.length; axis++) {
                inner *= shape[axis];
            }
            return new Classes(shape[0], shape[1], inner);
        }

        int positions() {
            return outer * inner;
        }

        int index(int n, int k, int s) {
            return (n * classes + k) * inner + s;
        }

        /** The class of the entry at a row-major index of the input. */
        int classOf(int index) {
            return (index / inner) % classes;
        }

        /** The entry of class k at a position numbered row-major over (n, s). */
        int indexAt(int position, int k) {
            return index(position / inner, k, position % inner);
        }

        /** The shape class indices must have: the input's without the class axis (nothing for a vector). */
        int[] targetShape(int[] shape) {
            if (shape.length == 1) {
                return new int[0];
            }
            int[] target = new int[shape.length - 1];
            target[0] = shape[0];
            System.arraycopy(shape, 2, target, 1, shape.length - 2);
            return target;
        }
    }

    /** The logarithm of the softmax over the class axis, at every entry. */
    private static double[] logSoftmax(Classes layout, Tensor scores) {
        double[] x = scores.values();
        double[] logp = new double[x.length];
        for (int outer = 0; outer < layout.outer(); outer++) {
            for (int inner = 0; inner < layout.inner(); inner++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < layout.classes(); k++) {
                    max = Math.max(max, x[layout.index(outer, k, inner)]);
                }
                double sum = 0;
                for (int k = 0; k < layout.classes(); k++) {
                    sum += Math.exp(x[layout.index(outer, k, inner)] - max);
                }
                double logSum = max + Math.log(sum);
                for (int k = 0; k < layout.classes(); k++) {
                    int index = layout.index(outer, k, inner);
                    logp[index] = x[index] - logSum;
                }
            }
        }
        return logp;
    }

    private static void smoothing(double labelSmoothing) {
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new EngineException("cross_entropy: label_smoothing must be from 0 to 1 (as in PyTorch), not "
                    + labelSmoothing);
        }
    }

    /** The coefficient of every −log-probability in a classification loss, and the denominator of its mean. */
    private record Weighted(double[] coefficients, double denominator) {

        /** {@code −Σ c_i·logp_i / D}, over the entries with a coefficient (an ignored position has none). */
        double loss(double[] logp) {
            double sum = 0;
            for (int i = 0; i < logp.length; i++) {
                if (coefficients[i] != 0) {
                    sum -= coefficients[i] * logp[i];
                }
            }
            return sum / denominator;
        }
    }

    /** The coefficients c and the denominator D of a classification loss (see {@link #crossEntropy}). */
    private static Weighted weighted(Classes layout, Tensor scores, Tensor target, ClassOptions options,
            String operation) {
        smoothing(options.labelSmoothing());
        if (operation.equals("nll_loss") && options.labelSmoothing() != 0) {
            throw new EngineException("nll_loss has no label smoothing (cross_entropy has)");
        }
        double[] weights = classWeights(layout, options.weight(), operation);
        double epsilon = options.labelSmoothing();
        double[] coefficients = new double[scores.size()];
        if (operation.equals("cross_entropy") && isProbabilities(scores, target)) {
            double[] t = target.values();
            for (int i = 0; i < t.length; i++) {
                double weight = weights[layout.classOf(i)];
                coefficients[i] = weight * ((1 - epsilon) * t[i] + epsilon / layout.classes());
            }
            return new Weighted(coefficients, layout.positions());
        }
        int[] indices = classIndices(layout, scores, target, options.ignoreIndex(), operation);
        double denominator = 0;
        for (int position = 0; position < indices.length; position++) {
            if (indices[position] == options.ignoreIndex()) {
                continue;
            }
            double weight = weights[indices[position]];
            denominator += weight;
            coefficients[layout.indexAt(position, indices[position])] += (1 - epsilon) * weight;
            if (epsilon != 0) {
                for (int k = 0; k < layout.classes(); k++) {
                    coefficients[layout.indexAt(position, k)] += epsilon * weights[k] / layout.classes();
                }
            }
        }
        if (denominator == 0) {
            throw new EngineException(operation + ": every target is ignored (ignore_index=" + options.ignoreIndex()
                    + ") or has weight 0, so the mean divides 0 by 0 (PyTorch gives nan)");
        }
        return new Weighted(coefficients, denominator);
    }

    /** One weight per class: a number weighs every class alike, else a vector of K. */
    private static double[] classWeights(Classes layout, Tensor weight, String operation) {
        double[] weights = new double[layout.classes()];
        if (weight.rank() == 0 || (weight.rank() == 1 && weight.size() == 1 && layout.classes() != 1)) {
            Arrays.fill(weights, weight.valueAt(0));
        } else if (weight.rank() == 1 && weight.size() == layout.classes()) {
            weights = weight.values();
        } else {
            throw new EngineException(operation + ": weight must be a number or one weight per class (a vector of "
                    + layout.classes() + "), not a tensor of shape " + Shapes.format(weight.shape()));
        }
        for (double value : weights) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new EngineException(operation + ": a class weight must be a finite number ≥ 0, not " + value);
            }
        }
        return weights;
    }

    private static int[] classIndices(Classes layout, Tensor scores, Tensor target, int ignoreIndex,
            String operation) {
        int[] expected = layout.targetShape(scores.shape());
        boolean fits = scores.rank() == 1 ? target.rank() <= 1 && target.size() == 1
                : Arrays.equals(target.shape(), expected);
        if (!fits) {
            throw new EngineException(operation + ": the target must be " + (scores.rank() == 1
                    ? "one class index" : scores.rank() == 2 ? "a vector of " + layout.outer() + " class indices"
                    : "class indices of shape " + Shapes.format(expected))
                    + (operation.equals("cross_entropy") ? " or probabilities of shape " + Shapes.format(scores.shape())
                            : "") + " for input " + Shapes.format(scores.shape()) + ", not a tensor of shape "
                    + Shapes.format(target.shape()));
        }
        int[] indices = new int[layout.positions()];
        for (int position = 0; position < indices.length; position++) {
            double index = target.valueAt(position);
            if (index == ignoreIndex) {
                indices[position] = ignoreIndex;
                continue;
            }
            if (index != Math.rint(index) || index < 0 || index >= layout.classes()) {
                throw new EngineException(operation + ": a class index must be a whole number from 0 to "
                        + (layout.classes() - 1) + " (0-based, as in PyTorch), not " + index);
            }
            indices[position] = (int) index;
        }
        return indices;
    }

    private static void checkProbabilities(Tensor probabilities, Tensor target) {
        sameShape(probabilities, target, "bce");
        for (double p : probabilities.values()) {
            if (p < 0 || p > 1) {
                throw new EngineException("bce: every entry of p must be a probability from 0 to 1, not " + p
                        + " (bce_with_logits takes logits)");
            }
        }
    }

    private static void sameShape(Tensor a, Tensor b, String operation) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new EngineException(operation + ": the input " + Shapes.format(a.shape())
                    + " and the target " + Shapes.format(b.shape()) + " must have the same shape");
        }
    }
}
