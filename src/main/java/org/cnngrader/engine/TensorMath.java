package org.cnngrader.engine;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Arithmetic on tensors: elementwise operators with broadcasting, the matrix product,
 * reductions and elementwise helpers.
 *
 * <p>Broadcasting follows NumPy and PyTorch: shapes are aligned at their last axis and a side
 * of 1 (or a missing axis) stretches to the other's side; a scalar meets every entry.
 */
public final class TensorMath {

    private TensorMath() {
    }

    /**
     * The arithmetic operator {@code operator} ({@code + - * /} elementwise with broadcasting, {@code @} the matrix
     * product) applied to {@code a} and {@code b}: the one dispatch of the expression language's operators.
     */
    public static Tensor apply(String operator, Tensor a, Tensor b) {
        return switch (operator) {
            case "+" -> add(a, b);
            case "-" -> subtract(a, b);
            case "*" -> multiply(a, b);
            case "/" -> divide(a, b);
            case "@" -> matmul(a, b);
            default -> throw new IllegalStateException("internal: operator " + operator);
        };
    }

    /** a + b, elementwise with broadcasting. */
    public static Tensor add(Tensor a, Tensor b) {
        return broadcast(a, b, Double::sum, "+");
    }

    /** a − b, elementwise with broadcasting. */
    public static Tensor subtract(Tensor a, Tensor b) {
        return broadcast(a, b, (x, y) -> x - y, "-");
    }

    /** a · b, elementwise with broadcasting (not the matrix product: see {@link #matmul}). */
    public static Tensor multiply(Tensor a, Tensor b) {
        return broadcast(a, b, (x, y) -> x * y, "*");
    }

    /**
     * a / b, elementwise with broadcasting.
     *
     * @throws EngineException on a division by zero
     */
    public static Tensor divide(Tensor a, Tensor b) {
        for (double divisor : b.values()) {
            if (divisor == 0) {
                throw new EngineException("division by zero");
            }
        }
        return broadcast(a, b, (x, y) -> x / y, "/");
    }

    /** −a. */
    public static Tensor negate(Tensor a) {
        return a.map(x -> -x);
    }

    /**
     * The matrix product as {@code torch.matmul} for ranks 1 and 2: vector·vector gives the dot
     * product, matrix·vector a vector, vector·matrix a vector, matrix·matrix a matrix:
     * {@code (AB)[i, j] = Σ_k A[i, k]·B[k, j]}.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        if (a.rank() < 1 || a.rank() > 2 || b.rank() < 1 || b.rank() > 2) {
            throw new EngineException("@ needs vectors or matrices, not " + Shapes.format(a.shape()) + " @ "
                    + Shapes.format(b.shape()));
        }
        int rows = a.rank() == 2 ? a.side(0) : 1;
        int inner = a.side(-1);
        int innerB = b.side(0);
        int columns = b.rank() == 2 ? b.side(1) : 1;
        if (inner != innerB) {
            throw new EngineException("cannot multiply " + Shapes.format(a.shape()) + " @ " + Shapes.format(b.shape())
                    + ": " + inner + " columns against " + innerB + " rows");
        }
        double[] x = a.values();
        double[] y = b.values();
        double[] result = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += x[i * inner + k] * y[k * columns + j];
                }
                result[i * columns + j] = sum;
            }
        }
        int[] shape;
        if (a.rank() == 2 && b.rank() == 2) {
            shape = new int[] {rows, columns};
        } else if (a.rank() == 2) {
            shape = new int[] {rows};
        } else if (b.rank() == 2) {
            shape = new int[] {columns};
        } else {
            shape = new int[0];
        }
        return Tensor.of(shape, result);
    }

    /**
     * A linear layer {@code w @ x + b}. A vector x is one sample; a matrix x holds one sample per
     * row as in {@code torch.nn.functional.linear} ({@code x @ wᵀ + b}), unless its rows do not
     * match w's columns and its columns hold samples instead ({@code w @ x + b}, b added per row).
     */
    public static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (w.rank() != 2) {
            throw new EngineException("linear needs a weight matrix out×in, not " + Shapes.format(w.shape()));
        }
        int in = w.side(1);
        if (x.rank() == 1 || x.rank() == 0) {
            return add(matmul(w, x.rank() == 0 ? x.reshape(1) : x), b);
        }
        if (x.rank() == 2 && x.side(1) == in) {
            return add(matmul(x, Transforms.transpose(w)), b);
        }
        if (x.rank() == 2 && x.side(0) == in) {
            Tensor bias = b.rank() == 1 ? b.reshape(b.size(), 1) : b;
            return add(matmul(w, x), bias);
        }
        throw new EngineException("linear: weight " + Shapes.format(w.shape()) + " takes " + in
                + " inputs but x is " + Shapes.format(x.shape()));
    }

    /** The gradients of {@link #linear} for x, w and b. */
    public record LinearGradients(Tensor input, Tensor weight, Tensor bias) {
    }

    /**
     * The gradients of {@link #linear}, in each of its layouts: for {@code y = w @ x + b},
     * {@code dx = wᵀ @ dy}, {@code dw = dy @ xᵀ}; for samples in rows ({@code y = x @ wᵀ + b}),
     * {@code dx = dy @ w}, {@code dw = dyᵀ @ x}; {@code db} is dy summed to b's shape.
     */
    public static LinearGradients linearGradients(Tensor x, Tensor w, Tensor b, Tensor upstream) {
        Tensor output = linear(x, w, b);
        checkUpstream(output.shape(), upstream, "linear");
        int in = w.side(1);
        if (x.rank() <= 1) {
            Tensor column = x.rank() == 0 ? x.reshape(1) : x;
            Tensor product = sumTo(upstream, matmul(w, column).shape());
            return new LinearGradients(matmulGradientRight(w, column, product).reshape(x.shape()),
                    matmulGradientLeft(w, column, product), sumTo(upstream, b.shape()));
        }
        if (x.side(1) == in) {
            Tensor weightT = Transforms.transpose(w);
            Tensor product = sumTo(upstream, matmul(x, weightT).shape());
            return new LinearGradients(matmulGradientLeft(x, weightT, product),
                    Transforms.transpose(matmulGradientRight(x, weightT, product)), sumTo(upstream, b.shape()));
        }
        Tensor bias = b.rank() == 1 ? b.reshape(b.size(), 1) : b;
        Tensor product = sumTo(upstream, matmul(w, x).shape());
        return new LinearGradients(matmulGradientRight(w, x, product), matmulGradientLeft(w, x, product),
                sumTo(upstream, bias.shape()).reshape(b.shape()));
    }

    /** The sum of all entries. */
    public static double sum(Tensor tensor) {
        double sum = 0;
        for (double value : tensor.values()) {
            sum += value;
        }
        return sum;
    }

    /** The mean of all entries. */
    public static double mean(Tensor tensor) {
        return sum(tensor) / tensor.size();
    }

    /** The largest entry. */
    public static double max(Tensor tensor) {
        double best = Double.NEGATIVE_INFINITY;
        for (double value : tensor.values()) {
            best = Math.max(best, value);
        }
        return best;
    }

    /** The smallest entry. */
    public static double min(Tensor tensor) {
        double best = Double.POSITIVE_INFINITY;
        for (double value : tensor.values()) {
            best = Math.min(best, value);
        }
        return best;
    }

    /** |x| elementwise. */
    public static Tensor abs(Tensor tensor) {
        return tensor.map(Math::abs);
    }

    /**
     * e^x elementwise.
     *
     * @throws EngineException if an entry overflows
     */
    public static Tensor exp(Tensor tensor) {
        for (double value : tensor.values()) {
            if (Double.isInfinite(Math.exp(value))) {
                throw new EngineException("exp(" + value + ") is too large for a double");
            }
        }
        return tensor.map(Math::exp);
    }

    /**
     * The gradient of a broadcast operand: {@code gradient} summed over the axes along which
     * {@code shape} was stretched, so that it has {@code shape} again (the adjoint of broadcasting).
     *
     * @throws EngineException if {@code shape} does not broadcast to the gradient's shape
     */
    public static Tensor sumTo(Tensor gradient, int[] shape) {
        int[] full = gradient.shape();
        if (Arrays.equals(full, shape)) {
            return gradient;
        }
        int[] joined = broadcastShape(shape, full, "a gradient");
        if (!Arrays.equals(joined, full)) {
            throw new EngineException("a gradient of shape " + Shapes.format(full) + " cannot be summed to shape "
                    + Shapes.format(shape));
        }
        int rank = full.length;
        int[] strides = broadcastStrides(shape, rank);
        int size = 1;
        for (int side : shape) {
            size *= side;
        }
        double[] g = gradient.values();
        double[] result = new double[size];
        int[] index = new int[rank];
        for (double value : g) {
            int offset = 0;
            for (int axis = 0; axis < rank; axis++) {
                offset += index[axis] * strides[axis];
            }
            result[offset] += value;
            for (int axis = rank - 1; axis >= 0; axis--) {
                if (++index[axis] < full[axis]) {
                    break;
                }
                index[axis] = 0;
            }
        }
        return Tensor.wrap(shape, result);
    }

    /**
     * The gradient of {@code a @ b} with respect to {@code a}: {@code dA = dY @ Bᵀ}, vectors read as
     * a row (left) or a column (right) as in {@link #matmul}.
     */
    public static Tensor matmulGradientLeft(Tensor a, Tensor b, Tensor upstream) {
        int[] output = matmul(a, b).shape();
        checkUpstream(output, upstream, "@");
        Tensor bMatrix = b.rank() == 2 ? b : b.reshape(b.size(), 1);
        Tensor dy = upstream.reshape(a.rank() == 2 ? a.side(0) : 1, bMatrix.side(1));
        return matmul(dy, Transforms.transpose(bMatrix)).reshape(a.shape());
    }

    /** The gradient of {@code a @ b} with respect to {@code b}: {@code dB = Aᵀ @ dY}. */
    public static Tensor matmulGradientRight(Tensor a, Tensor b, Tensor upstream) {
        int[] output = matmul(a, b).shape();
        checkUpstream(output, upstream, "@");
        Tensor aMatrix = a.rank() == 2 ? a : a.reshape(1, a.size());
        Tensor dy = upstream.reshape(aMatrix.side(0), b.rank() == 2 ? b.side(1) : 1);
        return matmul(Transforms.transpose(aMatrix), dy).reshape(b.shape());
    }

    /**
     * The gradient of the full {@code max(x)} (or {@code min(x)} with {@code largest} false): the
     * upstream number shared evenly among the entries equal to the extreme, as PyTorch does.
     */
    public static Tensor extremeGradient(Tensor input, boolean largest, double upstream) {
        double extreme = largest ? max(input) : min(input);
        double[] x = input.values();
        int count = 0;
        for (double value : x) {
            if (value == extreme) {
                count++;
            }
        }
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = x[i] == extreme ? upstream / count : 0;
        }
        return Tensor.wrap(input.shape(), result);
    }

    /** The gradient of |x|: {@code sign(x)·dy}, with sign(0) = 0 as in PyTorch. */
    public static Tensor absGradient(Tensor input, Tensor upstream) {
        return zip(input, upstream, (x, dy) -> Math.signum(x) * dy, "abs");
    }

    /**
     * {@code operation} applied entry by entry to two tensors of the same shape.
     *
     * @throws EngineException naming both shapes when they differ
     */
    public static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator operation, String what) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new EngineException(what + ": shapes " + Shapes.format(a.shape()) + " and "
                    + Shapes.format(b.shape()) + " differ");
        }
        double[] x = a.values();
        double[] y = b.values();
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = operation.applyAsDouble(x[i], y[i]);
        }
        return Tensor.of(a.shape(), result);
    }

    /**
     * Fails unless an upstream gradient has the shape of the output it flows back from.
     *
     * @throws EngineException naming both shapes
     */
    public static void checkUpstream(int[] output, Tensor upstream, String operation) {
        if (!Arrays.equals(output, upstream.shape())) {
            throw new EngineException("the upstream gradient of " + operation + " has shape "
                    + Shapes.format(upstream.shape()) + " but its output has shape " + Shapes.format(output));
        }
    }

    /** The broadcast shape of two shapes, or an error naming both. */
    public static int[] broadcastShape(int[] a, int[] b, String operator) {
        int rank = Math.max(a.length, b.length);
        int[] result = new int[rank];
        for (int axis = 0; axis < rank; axis++) {
            int sideA = axis < rank - a.length ? 1 : a[axis - (rank - a.length)];
            int sideB = axis < rank - b.length ? 1 : b[axis - (rank - b.length)];
            if (sideA != sideB && sideA != 1 && sideB != 1) {
                throw new EngineException("shapes " + Shapes.format(a) + " and " + Shapes.format(b)
                        + " do not match for " + operator);
            }
            result[axis] = Math.max(sideA, sideB);
        }
        return result;
    }

    private static Tensor broadcast(Tensor a, Tensor b, DoubleBinaryOperator operation, String operator) {
        int[] shapeA = a.shape();
        int[] shapeB = b.shape();
        int[] shape = broadcastShape(shapeA, shapeB, operator);
        int rank = shape.length;
        int size = 1;
        for (int side : shape) {
            size *= side;
        }
        int[] stridesA = broadcastStrides(shapeA, rank);
        int[] stridesB = broadcastStrides(shapeB, rank);
        double[] x = a.values();
        double[] y = b.values();
        double[] result = new double[size];
        int[] index = new int[rank];
        for (int flat = 0; flat < size; flat++) {
            int offsetA = 0;
            int offsetB = 0;
            for (int axis = 0; axis < rank; axis++) {
                offsetA += index[axis] * stridesA[axis];
                offsetB += index[axis] * stridesB[axis];
            }
            result[flat] = operation.applyAsDouble(x[offsetA], y[offsetB]);
            for (int axis = rank - 1; axis >= 0; axis--) {
                if (++index[axis] < shape[axis]) {
                    break;
                }
                index[axis] = 0;
            }
        }
        return Tensor.of(shape, result);
    }

    /** Row-major strides of {@code shape} aligned to {@code rank} axes, 0 where the side is broadcast. */
    private static int[] broadcastStrides(int[] shape, int rank) {
        int[] strides = new int[rank];
        int stride = 1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            int target = axis + rank - shape.length;
            strides[target] = shape[axis] == 1 ? 0 : stride;
            stride *= shape[axis];
        }
        return strides;
    }
}
