package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapesTest {

    /** AlexNet's figure writes conv1's output 55 × 55 × 96 where PyTorch gives 96 × 55 × 55. */
    @Test
    void aFeatureMapsChannelAxisMovesLastBehindTheBatch() {
        assertThat(Shapes.channelsLast(List.of(96, 55, 55))).contains(List.of(55, 55, 96));
        assertThat(Shapes.channelsLast(List.of(100, 16, 32, 32))).contains(List.of(100, 32, 32, 16));
        assertThat(Shapes.channelsLast(List.of(9216))).isEmpty();
        assertThat(Shapes.channelsLast(List.of(100, 10))).isEmpty();
    }

    @Test
    void aShapeIsWrittenWithTimesSigns() {
        assertThat(Shapes.format(3, 227, 227)).isEqualTo("3×227×227");
        assertThat(Shapes.format()).isEqualTo("scalar");
    }
}
