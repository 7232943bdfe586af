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
}
