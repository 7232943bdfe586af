package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void ranksZeroToFour() {
        assertThat(Tensor.scalar(3).rank()).isZero();
        assertThat(Tensor.of(new int[] {1, 1, 1, 1}, new double[] {1}).rank()).isEqualTo(4);
        assertThatThrownBy(() -> Tensor.of(new int[] {1, 1, 1, 1, 1}, new double[] {1}))
                .hasMessageContaining("rank 0 to 4");
    }

    @Test
    void nonFiniteValuesAndRaggedRowsAreRejected() {
        assertThatThrownBy(() -> Tensor.vector(1, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Tensor.matrix(new double[] {1, 2}, new double[] {3}))
                .hasMessage("row 2 has 1 entries but row 1 has 2");
    }

    @Test
    void theShapeAndValuesAreCopies() {
        Tensor tensor = Tensor.vector(1, 2);
        tensor.shape()[0] = 5;
        tensor.values()[0] = 5;
        assertThat(tensor).isEqualTo(Tensor.vector(1, 2));
    }

    @Test
    void absurdSizesAreRefused() {
        assertThatThrownBy(() -> Tensor.filled(new int[] {100_000, 100_000}, 0)).hasMessageContaining("more than");
    }
}
