package org.cnngrader.engine;

/** Elementwise activations and the softmax, numerically stable for large |x|. */
public final class Activations {

    private Activations() {
    }

    /**
     * σ(x) = 1 / (1 + e^−x), computed as e^x / (1 + e^x) for x &lt; 0 so that no exponential
     * overflows.
     */
    public static Tensor sigmoid(Tensor input) {
        return input.map(Activations::sigmoid);
    }

    /** σ of one number, stable for large |x|. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double exp = Math.exp(x);
        return exp / (1 + exp);
    }

    /** max(x, 0). */
    public static Tensor relu(Tensor input) {
        return input.map(x -> Math.max(x, 0));
    }

    /** tanh(x). */
    public static Tensor tanh(Tensor input) {
        return input.map(Math::tanh);
    }

    /** x for x ≥ 0, slope·x otherwise. */
    public static Tensor leakyRelu(Tensor input, double slope) {
        return input.map(x -> x >= 0 ? x : slope * x);
    }

    /**
     * softmax over the last axis: {@code y_i = e^(x_i − m) / Σ_j e^(x_j − m)} with {@code m} the
     * largest entry of the row, which leaves the result unchanged and keeps e^… ≤ 1.
     */
    public static Tensor softmax(Tensor input) {
        int row = input.rank() == 0 ? 1 : input.side(-1);
        double[] x = input.values();
        double[] y = new double[x.length];
        for (int start = 0; start < x.length; start += row) {
            double largest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < row; i++) {
                largest = Math.max(largest, x[start + i]);
            }
            double sum = 0;
            for (int i = 0; i < row; i++) {
                y[start + i] = Math.exp(x[start + i] - largest);
                sum += y[start + i];
            }
            for (int i = 0; i < row; i++) {
                y[start + i] /= sum;
            }
        }
        return Tensor.of(input.shape(), y);
    }

    /**
     * log-softmax over the last axis: {@code y_i = x_i − m − log Σ_j e^(x_j − m)}, {@code m} the
     * row's largest entry, as {@code torch.nn.functional.log_softmax(x, dim=-1)}.
     */
    public static Tensor logSoftmax(Tensor input) {
        int row = input.rank() == 0 ? 1 : input.side(-1);
        double[] x = input.values();
        double[] y = new double[x.length];
        for (int start = 0; start < x.length; start += row) {
            double largest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < row; i++) {
                largest = Math.max(largest, x[start + i]);
            }
            double sum = 0;
            for (int i = 0; i < row; i++) {
                sum += Math.exp(x[start + i] - largest);
            }
            double logSum = Math.log(sum);
            for (int i = 0; i < row; i++) {
                y[start + i] = x[start + i] - largest - logSum;
            }
        }
        return Tensor.of(input.shape(), y);
    }

    /** ELU: x for x &gt; 0, α·(e^x − 1) otherwise. */
    public static Tensor elu(Tensor input, double alpha) {
        return input.map(x -> x > 0 ? x : alpha * Math.expm1(x));
    }

    /** GELU, exact: {@code x·Φ(x) = x·½·(1 + erf(x/√2))}, as {@code F.gelu(x)} (approximate='none'). */
    public static Tensor gelu(Tensor input) {
        return input.map(x -> x * 0.5 * (1 + erf(x / Math.sqrt(2))));
    }

    /** SiLU (swish): {@code x·σ(x)}. */
    public static Tensor silu(Tensor input) {
        return input.map(x -> x * sigmoid(x));
    }

    /**
     * Softplus with PyTorch's defaults β = 1, threshold = 20: {@code log(1 + e^x)}, and x itself
     * above the threshold.
     */
    public static Tensor softplus(Tensor input) {
        return input.map(x -> x > SOFTPLUS_THRESHOLD ? x : Math.log1p(Math.exp(x)));
    }

    /** PyTorch's threshold above which softplus is linear. */
    public static final double SOFTPLUS_THRESHOLD = 20;

    /**
     * The error function {@code erf(x) = 2/√π ∫₀ˣ e^(−t²) dt}, to double precision, from the series
     * {@code erf(x) = 2/√π · e^(−x²) · Σ_n 2ⁿ x^(2n+1) / (1·3·…·(2n+1))}, whose terms are all
     * positive (no cancellation); |erf(x)| is 1 in double precision beyond |x| = 6.
     */
    public static double erf(double x) {
        double magnitude = Math.abs(x);
        if (magnitude >= 6) {
            return Math.signum(x);
        }
        double square = magnitude * magnitude;
        double term = magnitude;
        double sum = magnitude;
        for (int n = 1; n < 500 && term > sum * 1e-17; n++) {
            term *= 2 * square / (2 * n + 1);
            sum += term;
        }
        double result = 2 / Math.sqrt(Math.PI) * Math.exp(-square) * sum;
        return Math.copySign(Math.min(result, 1), x);
    }

    /** The gradient of σ: {@code dy·σ(x)·(1 − σ(x))}. */
    public static Tensor sigmoidGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> {
            double s = sigmoid(x);
            return dy * s * (1 - s);
        }, "sigmoid");
    }

    /** The gradient of ReLU: dy where x &gt; 0, else 0 (ReLU'(0) = 0, as PyTorch). */
    public static Tensor reluGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> x > 0 ? dy : 0, "relu");
    }

    /** The gradient of tanh: {@code dy·(1 − tanh²x)}. */
    public static Tensor tanhGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> {
            double t = Math.tanh(x);
            return dy * (1 - t * t);
        }, "tanh");
    }

    /** The gradient of leaky ReLU: dy where x &gt; 0, slope·dy otherwise (slope at 0, as PyTorch). */
    public static Tensor leakyReluGradient(Tensor input, double slope, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> x > 0 ? dy : slope * dy, "leaky_relu");
    }

    /** The gradient of softmax, per row: {@code dx = s ⊙ (dy − Σ_j dy_j s_j)} with s the softmax. */
    public static Tensor softmaxGradient(Tensor input, Tensor upstream) {
        Tensor output = softmax(input);
        TensorMath.checkUpstream(output.shape(), upstream, "softmax");
        int row = input.rank() == 0 ? 1 : input.side(-1);
        double[] s = output.values();
        double[] dy = upstream.values();
        double[] dx = new double[s.length];
        for (int start = 0; start < s.length; start += row) {
            double dot = 0;
            for (int i = 0; i < row; i++) {
                dot += dy[start + i] * s[start + i];
            }
            for (int i = 0; i < row; i++) {
                dx[start + i] = s[start + i] * (dy[start + i] - dot);
            }
        }
        return Tensor.of(input.shape(), dx);
    }

    /** The gradient of log-softmax, per row: {@code dx = dy − softmax(x)·Σ_j dy_j}. */
    public static Tensor logSoftmaxGradient(Tensor input, Tensor upstream) {
        Tensor output = softmax(input);
        TensorMath.checkUpstream(output.shape(), upstream, "log_softmax");
        int row = input.rank() == 0 ? 1 : input.side(-1);
        double[] s = output.values();
        double[] dy = upstream.values();
        double[] dx = new double[s.length];
        for (int start = 0; start < s.length; start += row) {
            double total = 0;
            for (int i = 0; i < row; i++) {
                total += dy[start + i];
            }
            for (int i = 0; i < row; i++) {
                dx[start + i] = dy[start + i] - s[start + i] * total;
            }
        }
        return Tensor.of(input.shape(), dx);
    }

    /** The gradient of ELU: dy where x &gt; 0, {@code α·e^x·dy} otherwise (α at 0, as PyTorch). */
    public static Tensor eluGradient(Tensor input, double alpha, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> x > 0 ? dy : alpha * Math.exp(x) * dy, "elu");
    }

    /** The gradient of exact GELU: {@code dy·(Φ(x) + x·φ(x))}, φ the standard normal density. */
    public static Tensor geluGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> {
            double cdf = 0.5 * (1 + erf(x / Math.sqrt(2)));
            double pdf = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            return dy * (cdf + x * pdf);
        }, "gelu");
    }

    /** The gradient of SiLU: {@code dy·σ(x)·(1 + x·(1 − σ(x)))}. */
    public static Tensor siluGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> {
            double s = sigmoid(x);
            return dy * s * (1 + x * (1 - s));
        }, "silu");
    }

    /** The gradient of softplus: {@code dy·σ(x)}, and dy above the threshold. */
    public static Tensor softplusGradient(Tensor input, Tensor upstream) {
        return TensorMath.zip(input, upstream, (x, dy) -> x > SOFTPLUS_THRESHOLD ? dy : dy * sigmoid(x),
                "softplus");
    }
}
