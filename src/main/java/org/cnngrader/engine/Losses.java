package org.cnngrader.engine;

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

    /** The cross-entropy of logits against class indices or probabilities, without label smoothing. */
    public static double crossEntropy(Tensor logits, Tensor target) {
        return crossEntropy(logits, target, 0);
    }

    /**
     * The cross-entropy of logits against class indices or probabilities (see the class), the target
     * smoothed to {@code (1 − ε)·t + ε/K} as {@code F.cross_entropy(…, label_smoothing=ε)} does.
     */
    public static double crossEntropy(Tensor logits, Tensor target, double labelSmoothing) {
        Classes layout = Classes.of(logits, "cross_entropy");
        double[] t = targetDistribution(layout, logits, target, labelSmoothing, "cross_entropy");
        double[] logp = logSoftmax(layout, logits);
        double sum = 0;
        for (int i = 0; i < logp.length; i++) {
            if (t[i] != 0) {
                sum -= t[i] * logp[i];
            }
        }
        return sum / layout.positions();
    }

    /** The gradient of the cross-entropy for the logits, without label smoothing. */
    public static Tensor crossEntropyGradient(Tensor logits, Tensor target, double upstream) {
        return crossEntropyGradient(logits, target, 0, upstream);
    }

    /**
     * The gradient of the cross-entropy for the logits: at each position {@code dy·(softmax(x)·Σ_k t_k − t)/P}
     * over the classes, P the number of positions (N, or N·H·W), t the smoothed target; for class indices
     * without smoothing {@code dy·(softmax − one-hot)/P}.
     */
    public static Tensor crossEntropyGradient(Tensor logits, Tensor target, double labelSmoothing, double upstream) {
        Classes layout = Classes.of(logits, "cross_entropy");
        double[] t = targetDistribution(layout, logits, target, labelSmoothing, "cross_entropy");
        double[] logp = logSoftmax(layout, logits);
        double[] dx = new double[logp.length];
        double positions = layout.positions();
        for (int outer = 0; outer < layout.outer(); outer++) {
            for (int inner = 0; inner < layout.inner(); inner++) {
                double mass = 0;
                for (int k = 0; k < layout.classes(); k++) {
                    mass += t[layout.index(outer, k, inner)];
                }
                for (int k = 0; k < layout.classes(); k++) {
                    int index = layout.index(outer, k, inner);
                    dx[index] = upstream * (Math.exp(logp[index]) * mass - t[index]) / positions;
                }
            }
        }
        return Tensor.of(logits.shape(), dx);
    }

    /** The gradient of the cross-entropy for target probabilities, without label smoothing. */
    public static Tensor crossEntropyTargetGradient(Tensor logits, Tensor target, double upstream) {
        return crossEntropyTargetGradient(logits, target, 0, upstream);
    }

    /**
     * The gradient of the cross-entropy for target probabilities: {@code −dy·(1 − ε)·log_softmax(x)/P}.
     *
     * @throws EngineException for class indices, which have no gradient
     */
    public static Tensor crossEntropyTargetGradient(Tensor logits, Tensor target, double labelSmoothing,
            double upstream) {
        if (!isProbabilities(logits, target)) {
            throw new EngineException("cross_entropy has no gradient with respect to class indices");
        }
        Classes layout = Classes.of(logits, "cross_entropy");
        smoothing(labelSmoothing);
        double factor = -upstream * (1 - labelSmoothing) / layout.positions();
        double[] logp = logSoftmax(layout, logits);
        double[] dt = new double[logp.length];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = factor * logp[i];
        }
        return Tensor.of(logits.shape(), dt);
    }

    /** The negative log-likelihood of log-probabilities at class indices (see the class). */
    public static double nll(Tensor logProbabilities, Tensor target) {
        Classes layout = Classes.of(logProbabilities, "nll_loss");
        int[] indices = classIndices(layout, logProbabilities, target, "nll_loss");
        double sum = 0;
        for (int position = 0; position < indices.length; position++) {
            sum -= logProbabilities.valueAt(layout.indexAt(position, indices[position]));
        }
        return sum / indices.length;
    }

    /** The gradient of the negative log-likelihood: {@code −dy/P} at each position's class, 0 elsewhere. */
    public static Tensor nllGradient(Tensor logProbabilities, Tensor target, double upstream) {
        Classes layout = Classes.of(logProbabilities, "nll_loss");
        int[] indices = classIndices(layout, logProbabilities, target, "nll_loss");
        double[] dx = new double[logProbabilities.size()];
        for (int position = 0; position < indices.length; position++) {
            dx[layout.indexAt(position, indices[position])] = -upstream / indices.length;
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
        return java.util.Arrays.equals(logits.shape(), target.shape()) && !(logits.rank() == 0);
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

    /**
     * The target as K probabilities per position, smoothed to {@code (1 − ε)·t + ε/K}: given, or one-hot
     * from class indices.
     */
    private static double[] targetDistribution(Classes layout, Tensor logits, Tensor target, double labelSmoothing,
            String operation) {
        smoothing(labelSmoothing);
        double[] distribution;
        if (isProbabilities(logits, target)) {
            distribution = target.values();
        } else {
            int[] indices = classIndices(layout, logits, target, operation);
            distribution = new double[logits.size()];
            for (int position = 0; position < indices.length; position++) {
                distribution[layout.indexAt(position, indices[position])] = 1;
            }
        }
        if (labelSmoothing != 0) {
            double uniform = labelSmoothing / layout.classes();
            for (int i = 0; i < distribution.length; i++) {
                distribution[i] = (1 - labelSmoothing) * distribution[i] + uniform;
            }
        }
        return distribution;
    }

    private static int[] classIndices(Classes layout, Tensor scores, Tensor target, String operation) {
        int[] expected = layout.targetShape(scores.shape());
        boolean fits = scores.rank() == 1 ? target.rank() <= 1 && target.size() == 1
                : java.util.Arrays.equals(target.shape(), expected);
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
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            throw new EngineException(operation + ": the input " + Shapes.format(a.shape())
                    + " and the target " + Shapes.format(b.shape()) + " must have the same shape");
        }
    }
}
