package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransformsTest {

    private static final Tensor K = Tensor.matrix(new double[] {0, 2, 0}, new double[] {2, 1, 1},
            new double[] {0, 2, 0});

    @Test
    void flipRotatesByHalfATurnAsTeamBDid() {
        assertThat(Transforms.flip(K)).isEqualTo(Tensor.matrix(new double[] {0, 2, 0}, new double[] {1, 1, 2},
                new double[] {0, 2, 0}));
    }

    @Test
    void transposeSwapsTheLastTwoAxes() {
        Tensor m = Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(Transforms.transpose(m)).isEqualTo(Tensor.matrix(new double[] {1, 4}, new double[] {2, 5},
                new double[] {3, 6}));
    }

    @Test
    void padMatchesTeamGsPaddedIdentityExample() {
        Tensor m = Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9});
        assertThat(Transforms.pad(m, Padding.of(1), 0)).isEqualTo(Tensor.matrix(
                new double[] {0, 0, 0, 0, 0}, new double[] {0, 1, 2, 3, 0}, new double[] {0, 4, 5, 6, 0},
                new double[] {0, 7, 8, 9, 0}, new double[] {0, 0, 0, 0, 0}));
        assertThat(Transforms.pad(Tensor.matrix(new double[] {1}), new Padding.Explicit(0, 1, 2, 0), 7))
                .isEqualTo(Tensor.matrix(new double[] {7, 7, 1}, new double[] {7, 7, 7}));
    }

    @Test
    void flattenAndReshape() {
        Tensor stack = Tensor.of(new int[] {2, 1, 2}, new double[] {1, 2, 3, 4});
        assertThat(Transforms.flatten(stack)).isEqualTo(Tensor.vector(1, 2, 3, 4));
        assertThat(Transforms.reshape(stack, new int[] {-1, 2})).isEqualTo(Tensor.matrix(new double[] {1, 2},
                new double[] {3, 4}));
        assertThatThrownBy(() -> Transforms.reshape(stack, new int[] {3, -1}))
                .hasMessageContaining("cannot reshape 2×1×2");
    }
}
