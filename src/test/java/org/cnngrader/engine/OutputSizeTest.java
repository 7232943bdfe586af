package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The figures of Dumoulin &amp; Visin, "A guide to convolution arithmetic for deep learning". */
class OutputSizeTest {

    @Test
    void noPaddingUnitStrides() {
        assertThat(OutputSize.convolution(4, 3, 1, 0, 0, 1)).isEqualTo(2); // Figure 2.1
    }

    @Test
    void arbitraryHalfAndFullPadding() {
        assertThat(OutputSize.convolution(5, 4, 1, 2, 2, 1)).isEqualTo(6); // Figure 2.2
        assertThat(OutputSize.convolution(5, 3, 1, 1, 1, 1)).isEqualTo(5); // Figure 2.3, half padding
        assertThat(OutputSize.convolution(5, 3, 1, 2, 2, 1)).isEqualTo(7); // Figure 2.4, full padding
    }

    @Test
    void stridesWithAndWithoutPadding() {
        assertThat(OutputSize.convolution(5, 3, 2, 0, 0, 1)).isEqualTo(2); // Figure 2.6
        assertThat(OutputSize.convolution(5, 3, 2, 1, 1, 1)).isEqualTo(3); // Figure 2.7
        assertThat(OutputSize.convolution(6, 3, 2, 1, 1, 1)).isEqualTo(3); // Figure 2.8
    }

    @Test
    void dilation() {
        assertThat(OutputSize.convolution(7, 3, 1, 0, 0, 2)).isEqualTo(3); // Figure 5.1
    }

    @Test
    void week12KernelSideFrom512To504() {
        assertThat(OutputSize.convolution(512, 9, 1, 0, 0, 1)).isEqualTo(504);
    }

    @Test
    void tooLargeAKernelIsNamed() {
        assertThatThrownBy(() -> OutputSize.convolution(4, 3, 1, 0, 0, 2))
                .hasMessage("a kernel of 3 dilated by 2 (spanning 5) does not fit an input of 4 padded by 0");
    }
}
