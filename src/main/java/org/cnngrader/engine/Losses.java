package org.cnngrader.engine;

/**
 * Loss functions as {@code torch.nn.functional} with its default {@code reduction='mean'}, and
 * their gradients. A loss is a number; every gradient takes the upstream number {@code dy}
 * (1 for the loss itself) and has the shape of the argument it is taken for.
 *
 * <ul>
 *   <li>{@code mse_loss(y, t) = (1/n) Σ (y − t)²} over all n entries;
 *   <li>{@code cross_entropy(x, target) = (1/N) Σ_n −Σ_k t_nk · log_softmax(x_n)_k}, logits x a
 *       vector of K (one sample) or N×K; the target either class indices (a number for one sample,
 *       a vector of N, 0-based) read as one-hot rows, or probabilities of the logits' shape;
 *   <li>{@code nll_loss(logp, target) = −(1/N) Σ_n logp[n, t_n]}, class indices only;
 *   <li>{@code bce(p, t) = −(1/n) Σ (t·log p + (1 − t)·log(1 − p))}, each log clamped at −100 as
 *       PyTorch does;
 *   <li>{@code bce_with_logits(z, t) = (1/n) Σ (max(z, 0) − z·t + log(1 + e^−|z|))}.
 * </ul>
 */
public final class Losses {

    /** PyTorch clamps the logarithms of {@code binary_cross_entropy} at −100. */
    private static final double LOG_FLOOR = -100;

    /** PyTorch's guard against a zero denominator in the gradient of {@code binary_cross_entropy}. */
    private static final double BCE_EPSILON = 1e-12;

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

    /** The cross-entropy of logits against class indices or probabilities (see the class). */
    public static double crossEntropy(Tensor logits, Tensor target) {
        double[] t = targetDistribution(logits, target, "cross_entropy");
        double[] logp = Activations.logSoftmax(logits).values();
        double sum = 0;
        for (int i = 0; i < logp.length; i++) {
            if (t[i] != 0) {
                sum -= t[i] * logp[i];
            }
        }
        return sum / samples(logits);
    }

    /**
     * The gradient of the cross-entropy for the logits: per row {@code dy·(softmax(x_n)·Σ_k t_nk − t_n)/N},
     * which is {@code dy·(softmax − one-hot)/N} for class indices.
     */
    public static Tensor crossEntropyGradient(Tensor logits, Tensor target, double upstream) {
        double[] t = targetDistribution(logits, target, "cross_entropy");
        double[] s = Activations.softmax(logits).values();
        int classes = classes(logits);
        int samples = samples(logits);
        double[] dx = new double[s.length];
        for (int start = 0; start < s.length; start += classes) {
            double mass = 0;
            for (int k = 0; k < classes; k++) {
                mass += t[start + k];
            }
            for (int k = 0; k < classes; k++) {
                dx[start + k] = upstream * (s[start + k] * mass - t[start + k]) / samples;
            }
        }
        return Tensor.of(logits.shape(), dx);
    }

    /**
     * The gradient of the cross-entropy for target probabilities: {@code −dy·log_softmax(x)/N}.
     *
     * @throws EngineException for class indices, which have no gradient
     */
    public static Tensor crossEntropyTargetGradient(Tensor logits, Tensor target, double upstream) {
        if (!isProbabilities(logits, target)) {
            throw new EngineException("cross_entropy has no gradient with respect to class indices");
        }
        double samples = samples(logits);
        return Activations.logSoftmax(logits).map(logp -> -upstream * logp / samples);
    }

    /** The negative log-likelihood of log-probabilities at class indices. */
    public static double nll(Tensor logProbabilities, Tensor target) {
        int[] indices = classIndices(logProbabilities, target, "nll_loss");
        int classes = classes(logProbabilities);
        double sum = 0;
        for (int n = 0; n < indices.length; n++) {
            sum -= logProbabilities.valueAt(n * classes + indices[n]);
        }
        return sum / indices.length;
    }

    /** The gradient of the negative log-likelihood: {@code −dy/N} at each sample's class, 0 elsewhere. */
    public static Tensor nllGradient(Tensor logProbabilities, Tensor target, double upstream) {
        int[] indices = classIndices(logProbabilities, target, "nll_loss");
        int classes = classes(logProbabilities);
        double[] dx = new double[logProbabilities.size()];
        for (int n = 0; n < indices.length; n++) {
            dx[n * classes + indices[n]] = -upstream / indices.length;
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

    /** The gradient of the binary cross-entropy for p: {@code dy·(p − t)/max(p(1 − p), 1e-12)/n}, as PyTorch. */
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

    /** The target as one row of K probabilities per sample: given, or one-hot from class indices. */
    private static double[] targetDistribution(Tensor logits, Tensor target, String operation) {
        if (isProbabilities(logits, target)) {
            classes(logits);
            return target.values();
        }
        int[] indices = classIndices(logits, target, operation);
        int classes = classes(logits);
        double[] oneHot = new double[logits.size()];
        for (int n = 0; n < indices.length; n++) {
            oneHot[n * classes + indices[n]] = 1;
        }
        return oneHot;
    }

    private static int[] classIndices(Tensor scores, Tensor target, String operation) {
        int classes = classes(scores);
        int samples = samples(scores);
        boolean fits = scores.rank() == 1 ? target.rank() <= 1 && target.size() == 1
                : target.rank() == 1 && target.size() == samples;
        if (!fits) {
            throw new EngineException(operation + ": the target must be " + (scores.rank() == 1
                    ? "one class index" : "a vector of " + samples + " class indices")
                    + (operation.equals("cross_entropy") ? " or probabilities of shape " + Shapes.format(scores.shape())
                            : "") + " for input " + Shapes.format(scores.shape()) + ", not a tensor of shape "
                    + Shapes.format(target.shape()));
        }
        int[] indices = new int[samples];
        for (int n = 0; n < samples; n++) {
            double index = target.valueAt(n);
            if (index != Math.rint(index) || index < 0 || index >= classes) {
                throw new EngineException(operation + ": a class index must be a whole number from 0 to "
                        + (classes - 1) + " (0-based, as in PyTorch), not " + index);
            }
            indices[n] = (int) index;
        }
        return indices;
    }

    private static int classes(Tensor scores) {
        if (scores.rank() < 1 || scores.rank() > 2) {
            throw new EngineException("a classification loss needs scores for K classes (a vector) or N×K, not a"
                    + " tensor of shape " + Shapes.format(scores.shape()));
        }
        return scores.side(-1);
    }

    private static int samples(Tensor scores) {
        return scores.rank() == 2 ? scores.side(0) : 1;
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
