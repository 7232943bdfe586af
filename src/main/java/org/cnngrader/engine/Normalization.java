package org.cnngrader.engine;

import java.util.Arrays;

/**
 * Layer and group normalisation, as {@code torch.nn.functional.layer_norm} over C×H×W and
 * {@code group_norm}, and their gradients. Over each block B of m entries (a sample, or a group of
 * channels of a sample):
 * <pre>
 *   μ = (1/m) Σ_B x,   σ² = (1/m) Σ_B (x − μ)²  (biased),   x̂ = (x − μ)/√(σ² + ε),   y = γ·x̂ + β,
 *   dx = (1/√(σ² + ε))·(g − mean_B(g) − x̂·mean_B(g·x̂))  with g = γ·dy,
 *   dγ = Σ dy·x̂,   dβ = Σ dy   (summed over what γ and β are shared by).
 * </pre>
 *
 * <p>Samples: an N×C×H×W batch holds N; a vector, an H×W matrix or a C×H×W stack is one sample.
 * γ and β are numbers, one value per channel (a vector of C), or — for layer norm — one per entry
 * of a sample, as {@code nn.LayerNorm(normalized_shape)}.
 */
public final class Normalization {

    private Normalization() {
    }

    /** The gradients of a normalisation for its input, γ and β. */
    public record Gradients(Tensor input, Tensor gamma, Tensor beta) {
    }

    /** Layer normalisation over each sample. */
    public static Tensor layerNorm(Tensor input, Tensor gamma, Tensor beta, double epsilon) {
        return forward(Blocks.layer(input, gamma, beta, epsilon), input, gamma, beta);
    }

    /** The gradients of layer normalisation. */
    public static Gradients layerNormGradients(Tensor input, Tensor gamma, Tensor beta, double epsilon,
            Tensor upstream) {
        return backward(Blocks.layer(input, gamma, beta, epsilon), input, gamma, beta, upstream, "layernorm");
    }

    /** Group normalisation: the C channels of each sample in {@code groups} groups of C/groups. */
    public static Tensor groupNorm(Tensor input, int groups, Tensor gamma, Tensor beta, double epsilon) {
        return forward(Blocks.group(input, groups, gamma, beta, epsilon), input, gamma, beta);
    }

    /** The gradients of group normalisation. */
    public static Gradients groupNormGradients(Tensor input, int groups, Tensor gamma, Tensor beta, double epsilon,
            Tensor upstream) {
        return backward(Blocks.group(input, groups, gamma, beta, epsilon), input, gamma, beta, upstream, "groupnorm");
    }

    /** How the entries split into normalised blocks, and which value of γ and β each entry uses. */
    private record Blocks(int blockSize, int channels, int area, double epsilon) {

        static Blocks layer(Tensor input, Tensor gamma, Tensor beta, double epsilon) {
            checkEpsilon(epsilon);
            if (input.rank() < 1) {
                throw new EngineException("layernorm needs a vector, H×W, C×H×W or N×C×H×W, not a number");
            }
            int[] shape = input.shape();
            int sample = input.rank() == 4 ? input.size() / shape[0] : input.size();
            int channels = input.rank() >= 3 ? shape[shape.length - 3] : 1;
            int area = input.rank() >= 2 ? shape[shape.length - 2] * shape[shape.length - 1] : shape[0];
            int[] sampleShape = input.rank() == 4 ? Arrays.copyOfRange(shape, 1, 4) : shape;
            Blocks blocks = new Blocks(sample, channels, area, epsilon);
            blocks.checkAffine(gamma, "gamma", sampleShape, true);
            blocks.checkAffine(beta, "beta", sampleShape, true);
            return blocks;
        }

        static Blocks group(Tensor input, int groups, Tensor gamma, Tensor beta, double epsilon) {
            checkEpsilon(epsilon);
            int[] shape = Layout.asBatch(input, "groupnorm");
            int channels = shape[1];
            if (groups < 1 || channels % groups != 0) {
                throw new EngineException("groupnorm: " + groups + " groups do not divide the " + channels
                        + " channels of the input " + Shapes.format(input.shape()));
            }
            int area = shape[2] * shape[3];
            Blocks blocks = new Blocks(channels / groups * area, channels, area, epsilon);
            blocks.checkAffine(gamma, "gamma", null, false);
            blocks.checkAffine(beta, "beta", null, false);
            return blocks;
        }

        private void checkAffine(Tensor values, String name, int[] sampleShape, boolean perEntry) {
            if (values.isSingle() && values.rank() <= 1) {
                return;
            }
            if (values.rank() == 1 && values.size() == channels) {
                return;
            }
            if (perEntry && Arrays.equals(values.shape(), sampleShape)) {
                return;
            }
            throw new EngineException(name + " must be a number, one value per channel (" + channels + ")"
                    + (perEntry ? " or one per entry of a sample (" + Shapes.format(sampleShape) + ")" : "")
                    + ", not a tensor of shape " + Shapes.format(values.shape()));
        }

        /** The index into γ (or β) of entry {@code i}. */
        int affineIndex(Tensor values, int i) {
            if (values.isSingle() && values.rank() <= 1) {
                return 0;
            }
            if (values.rank() == 1 && values.size() == channels) {
                return (i / area) % channels;
            }
            return i % values.size();
        }
    }

    private static Tensor forward(Blocks blocks, Tensor input, Tensor gamma, Tensor beta) {
        double[] x = input.values();
        double[] normalized = normalized(x, blocks);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gamma.valueAt(blocks.affineIndex(gamma, i)) * normalized[i]
                    + beta.valueAt(blocks.affineIndex(beta, i));
        }
        return Tensor.of(input.shape(), y);
    }

    private static Gradients backward(Blocks blocks, Tensor input, Tensor gamma, Tensor beta, Tensor upstream,
            String operation) {
        TensorMath.checkUpstream(input.shape(), upstream, operation);
        double[] x = input.values();
        double[] dy = upstream.values();
        double[] normalized = normalized(x, blocks);
        double[] inverseDeviation = inverseDeviations(x, blocks);
        double[] dx = new double[x.length];
        double[] dGamma = new double[gamma.size()];
        double[] dBeta = new double[beta.size()];
        int m = blocks.blockSize();
        for (int start = 0; start < x.length; start += m) {
            double meanG = 0;
            double meanGx = 0;
            for (int i = start; i < start + m; i++) {
                double g = gamma.valueAt(blocks.affineIndex(gamma, i)) * dy[i];
                meanG += g;
                meanGx += g * normalized[i];
            }
            meanG /= m;
            meanGx /= m;
            for (int i = start; i < start + m; i++) {
                double g = gamma.valueAt(blocks.affineIndex(gamma, i)) * dy[i];
                dx[i] = inverseDeviation[start / m] * (g - meanG - normalized[i] * meanGx);
                dGamma[blocks.affineIndex(gamma, i)] += dy[i] * normalized[i];
                dBeta[blocks.affineIndex(beta, i)] += dy[i];
            }
        }
        return new Gradients(Tensor.of(input.shape(), dx), Tensor.of(gamma.shape(), dGamma),
                Tensor.of(beta.shape(), dBeta));
    }

    /** x̂ for every entry. */
    private static double[] normalized(double[] x, Blocks blocks) {
        double[] inverse = inverseDeviations(x, blocks);
        double[] means = means(x, blocks.blockSize());
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int block = i / blocks.blockSize();
            result[i] = (x[i] - means[block]) * inverse[block];
        }
        return result;
    }

    private static double[] means(double[] x, int m) {
        double[] means = new double[x.length / m];
        for (int i = 0; i < x.length; i++) {
            means[i / m] += x[i];
        }
        for (int block = 0; block < means.length; block++) {
            means[block] /= m;
        }
        return means;
    }

    /** 1/√(σ² + ε) of every block, the variance biased and computed in two passes. */
    private static double[] inverseDeviations(double[] x, Blocks blocks) {
        int m = blocks.blockSize();
        double[] means = means(x, m);
        double[] squares = new double[means.length];
        for (int i = 0; i < x.length; i++) {
            double deviation = x[i] - means[i / m];
            squares[i / m] += deviation * deviation;
        }
        for (int block = 0; block < squares.length; block++) {
            squares[block] = 1 / Math.sqrt(squares[block] / m + blocks.epsilon());
        }
        return squares;
    }

    private static void checkEpsilon(double epsilon) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new EngineException("eps must be a positive number, not " + epsilon);
        }
    }
}
