package org.cnngrader.engine;

import java.util.Arrays;

/**
 * Batch normalisation of a batch N×C×H×W in training mode, as {@code torch.nn.BatchNorm2d}:
 * per channel c, over the m = N·H·W entries of that channel,
 * <pre>
 *   μ_c = (1/m) Σ x,   σ²_c = (1/m) Σ (x − μ_c)²   (biased),
 *   y = γ_c · (x − μ_c) / √(σ²_c + ε) + β_c,   ε = 1e-5 by default.
 * </pre>
 */
public final class BatchNorm {

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-5;

    private BatchNorm() {
    }

    /** μ_c for every channel: a vector of C. */
    public static Tensor mean(Tensor input) {
        Stats stats = stats(input, "bn_mean");
        return Tensor.of(new int[] {stats.mean.length}, stats.mean);
    }

    /** σ²_c for every channel, divided by m (biased, as used for normalising) or by m − 1 (unbiased). */
    public static Tensor variance(Tensor input, boolean unbiased) {
        Stats stats = stats(input, "bn_var");
        int count = stats.count;
        if (unbiased && count < 2) {
            throw new EngineException("an unbiased variance needs at least 2 entries per channel, not " + count);
        }
        double[] variance = new double[stats.squares.length];
        for (int c = 0; c < variance.length; c++) {
            variance[c] = stats.squares[c] / (unbiased ? count - 1 : count);
        }
        return Tensor.of(new int[] {variance.length}, variance);
    }

    /** The normalised batch; {@code gamma} and {@code beta} are numbers or one value per channel. */
    public static Tensor normalize(Tensor input, Tensor gamma, Tensor beta, double epsilon) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new EngineException("eps must be a positive number, not " + epsilon);
        }
        Stats stats = stats(input, "batchnorm2d");
        int channels = stats.mean.length;
        double[] scale = perChannel(gamma, channels, "gamma");
        double[] shift = perChannel(beta, channels, "beta");
        int[] shape = input.shape();
        int area = shape[2] * shape[3];
        double[] x = input.values();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int c = (i / area) % channels;
            double variance = stats.squares[c] / stats.count;
            y[i] = scale[c] * (x[i] - stats.mean[c]) / Math.sqrt(variance + epsilon) + shift[c];
        }
        return Tensor.of(shape, y);
    }

    /**
     * The gradients of training-mode batch norm, per channel c over its m entries, with
     * {@code g = γ_c·dy}: {@code dx = (g − mean_c(g) − x̂·mean_c(g·x̂))/√(σ²_c + ε)},
     * {@code dγ_c = Σ dy·x̂}, {@code dβ_c = Σ dy} (one number when γ or β is one number).
     */
    public static Normalization.Gradients normalizeGradients(Tensor input, Tensor gamma, Tensor beta, double epsilon,
            Tensor upstream) {
        normalize(input, gamma, beta, epsilon);
        TensorMath.checkUpstream(input.shape(), upstream, "batchnorm2d");
        Stats stats = stats(input, "batchnorm2d");
        int channels = stats.mean.length;
        double[] scale = perChannel(gamma, channels, "gamma");
        int[] shape = input.shape();
        int area = shape[2] * shape[3];
        double[] x = input.values();
        double[] dy = upstream.values();
        double[] inverse = new double[channels];
        for (int c = 0; c < channels; c++) {
            inverse[c] = 1 / Math.sqrt(stats.squares[c] / stats.count + epsilon);
        }
        double[] normalized = new double[x.length];
        double[] meanG = new double[channels];
        double[] meanGx = new double[channels];
        double[] dGamma = new double[channels];
        double[] dBeta = new double[channels];
        for (int i = 0; i < x.length; i++) {
            int c = (i / area) % channels;
            normalized[i] = (x[i] - stats.mean[c]) * inverse[c];
            double g = scale[c] * dy[i];
            meanG[c] += g / stats.count;
            meanGx[c] += g * normalized[i] / stats.count;
            dGamma[c] += dy[i] * normalized[i];
            dBeta[c] += dy[i];
        }
        double[] dx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int c = (i / area) % channels;
            dx[i] = inverse[c] * (scale[c] * dy[i] - meanG[c] - normalized[i] * meanGx[c]);
        }
        return new Normalization.Gradients(Tensor.of(shape, dx),
                TensorMath.sumTo(Tensor.of(new int[] {channels}, dGamma), gamma.isSingle() ? gamma.shape()
                        : new int[] {channels}),
                TensorMath.sumTo(Tensor.of(new int[] {channels}, dBeta), beta.isSingle() ? beta.shape()
                        : new int[] {channels}));
    }

    /** The gradient of the per-channel means: {@code dx = dμ_c / m}. */
    public static Tensor meanGradient(Tensor input, Tensor upstream) {
        Stats stats = stats(input, "bn_mean");
        TensorMath.checkUpstream(new int[] {stats.mean.length}, upstream, "bn_mean");
        int[] shape = input.shape();
        int area = shape[2] * shape[3];
        double[] dx = new double[input.size()];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = upstream.valueAt((i / area) % shape[1]) / stats.count;
        }
        return Tensor.of(shape, dx);
    }

    /** The gradient of the per-channel variances: {@code dx = dσ²_c · 2(x − μ_c) / (m or m − 1)}. */
    public static Tensor varianceGradient(Tensor input, boolean unbiased, Tensor upstream) {
        variance(input, unbiased);
        Stats stats = stats(input, "bn_var");
        TensorMath.checkUpstream(new int[] {stats.mean.length}, upstream, "bn_var");
        int[] shape = input.shape();
        int area = shape[2] * shape[3];
        double divisor = unbiased ? stats.count - 1 : stats.count;
        double[] x = input.values();
        double[] dx = new double[x.length];
        for (int i = 0; i < dx.length; i++) {
            int c = (i / area) % shape[1];
            dx[i] = upstream.valueAt(c) * 2 * (x[i] - stats.mean[c]) / divisor;
        }
        return Tensor.of(shape, dx);
    }

    private record Stats(double[] mean, double[] squares, int count) {
    }

    private static Stats stats(Tensor input, String operation) {
        if (input.rank() != 4) {
            throw new EngineException(operation + " needs a batch N×C×H×W, not a tensor of shape "
                    + Shapes.format(input.shape()));
        }
        int[] shape = input.shape();
        int channels = shape[1];
        int area = shape[2] * shape[3];
        int count = shape[0] * area;
        double[] x = input.values();
        double[] mean = new double[channels];
        for (int i = 0; i < x.length; i++) {
            mean[(i / area) % channels] += x[i];
        }
        for (int c = 0; c < channels; c++) {
            mean[c] /= count;
        }
        // Two passes: the sum of squared deviations is exact enough where E[x²] − E[x]² is not.
        double[] squares = new double[channels];
        for (int i = 0; i < x.length; i++) {
            int c = (i / area) % channels;
            double deviation = x[i] - mean[c];
            squares[c] += deviation * deviation;
        }
        return new Stats(mean, squares, count);
    }

    private static double[] perChannel(Tensor values, int channels, String name) {
        double[] result = new double[channels];
        if (values.isSingle()) {
            Arrays.fill(result, values.item());
            return result;
        }
        if (values.rank() != 1 || values.size() != channels) {
            throw new EngineException(name + " must be a number or one value per channel (" + channels
                    + "), not a tensor of shape " + Shapes.format(values.shape()));
        }
        return values.values();
    }
}
