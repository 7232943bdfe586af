package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TensorMathTest {

    @Test
    void scalarsAndRowsBroadcastAsInNumPy() {
        Tensor m = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        assertThat(TensorMath.add(m, Tensor.scalar(1))).isEqualTo(Tensor.matrix(new double[] {2, 3},
                new double[] {4, 5}));
        assertThat(TensorMath.multiply(m, Tensor.vector(10, 100))).isEqualTo(Tensor.matrix(new double[] {10, 200},
                new double[] {30, 400}));
        assertThat(TensorMath.divide(Tensor.scalar(1), Tensor.scalar(4))).isEqualTo(Tensor.scalar(0.25));
        assertThatThrownBy(() -> TensorMath.add(m, Tensor.vector(1, 2, 3)))
                .hasMessage("shapes 2×2 and 3 do not match for +");
        assertThatThrownBy(() -> TensorMath.divide(m, Tensor.scalar(0))).hasMessage("division by zero");
    }

    @Test
    void matrixProductOfVectorsAndMatrices() {
        Tensor w = Tensor.matrix(new double[] {1, -1}, new double[] {1, 1});
        assertThat(TensorMath.matmul(w, Tensor.vector(0, 1))).isEqualTo(Tensor.vector(-1, 1));
        assertThat(TensorMath.matmul(Tensor.vector(1, 2), Tensor.vector(3, 4))).isEqualTo(Tensor.scalar(11));
        assertThat(TensorMath.matmul(w, w)).isEqualTo(Tensor.matrix(new double[] {0, -2}, new double[] {2, 0}));
        assertThatThrownBy(() -> TensorMath.matmul(w, Tensor.vector(1, 2, 3)))
                .hasMessage("cannot multiply 2×2 @ 3: 2 columns against 3 rows");
    }

    @Test
    void xorNetworkOfCpen455Problem1_3() {
        // W2 @ relu(W1 @ x + b1) + b2 with the student's weights gives XOR on all four inputs.
        Tensor w1 = Tensor.matrix(new double[] {1, -1}, new double[] {-1, 1});
        Tensor w2 = Tensor.matrix(new double[] {1, 1});
        double[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] expected = {0, 1, 1, 0};
        for (int i = 0; i < 4; i++) {
            Tensor hidden = Activations.relu(TensorMath.linear(Tensor.vector(inputs[i]), w1, Tensor.vector(0, 0)));
            assertThat(TensorMath.linear(hidden, w2, Tensor.scalar(0)).item()).isEqualTo(expected[i]);
        }
    }

    @Test
    void linearTakesRowsAsSamplesLikePyTorch() {
        Tensor w = Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        Tensor batch = Tensor.matrix(new double[] {1, 0, 0}, new double[] {0, 1, 0});
        assertThat(TensorMath.linear(batch, w, Tensor.vector(10, 20)))
                .isEqualTo(Tensor.matrix(new double[] {11, 24}, new double[] {12, 25}));
        Tensor column = Tensor.matrix(new double[] {1}, new double[] {0}, new double[] {0});
        assertThat(TensorMath.linear(column, w, Tensor.vector(10, 20)))
                .isEqualTo(Tensor.matrix(new double[] {11}, new double[] {24}));
    }

    @Test
    void reductions() {
        Tensor m = Tensor.matrix(new double[] {1, -2}, new double[] {3, 4});
        assertThat(TensorMath.sum(m)).isEqualTo(6);
        assertThat(TensorMath.mean(m)).isEqualTo(1.5);
        assertThat(TensorMath.max(m)).isEqualTo(4);
        assertThat(TensorMath.min(m)).isEqualTo(-2);
        assertThat(TensorMath.abs(m)).isEqualTo(Tensor.matrix(new double[] {1, 2}, new double[] {3, 4}));
        assertThatThrownBy(() -> TensorMath.exp(Tensor.scalar(1000))).hasMessageContaining("too large");
    }
}
