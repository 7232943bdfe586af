package org.cnngrader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static HeightWidth sq(int size) {
        return HeightWidth.square(size);
    }

    private static Layer conv(int out, int kernel, int stride, int padding) {
        return new Layer.Conv(out, sq(kernel), sq(stride), Padding.of(padding), sq(1), 1, true);
    }

    private static Layer maxpool(int window, int stride) {
        return new Layer.MaxPool(sq(window), sq(stride), sq(0), sq(1), false);
    }

    /** The network of Figure 2 in Problem Set 2 (AlexNet). */
    static Network alexNet() {
        return new Network(List.of(3, 227, 227), List.of(
                conv(96, 11, 4, 0), maxpool(3, 2), conv(256, 5, 1, 2), maxpool(3, 2), conv(384, 3, 1, 1),
                conv(384, 3, 1, 1), conv(256, 3, 1, 1), maxpool(3, 2), new Layer.Flatten(),
                new Layer.Linear(4096, true), new Layer.Linear(4096, true), new Layer.Linear(1000, true)));
    }

    @Test
    void alexNetShapesMatchBothTeamsOfProblemSet2() {
        assertThat(alexNet().shapes()).containsExactly(
                List.of(96, 55, 55), List.of(96, 27, 27), List.of(256, 27, 27), List.of(256, 13, 13),
                List.of(384, 13, 13), List.of(384, 13, 13), List.of(256, 13, 13), List.of(256, 6, 6),
                List.of(9216), List.of(4096), List.of(4096), List.of(1000));
        assertThat(alexNet().outputShape(-1)).containsExactly(1000);
        assertThat(alexNet().outputShape(0)).containsExactly(3, 227, 227);
    }

    /** CPEN455 problem 2: a batch of 100 RGB 512×512 images. */
    static Network cpen455() {
        return new Network(List.of(100, 3, 512, 512), List.of(
                conv(128, 5, 2, 2), conv(64, 5, 2, 2), conv(32, 3, 2, 1), conv(16, 1, 1, 0),
                new Layer.AvgPool(sq(2), sq(2), sq(0), false), new Layer.Flatten(), new Layer.Linear(10, true)));
    }

    @Test
    void cpen455ShapesKeepTheBatch() {
        assertThat(cpen455().shapes()).containsExactly(
                List.of(100, 128, 256, 256), List.of(100, 64, 128, 128), List.of(100, 32, 64, 64),
                List.of(100, 16, 64, 64), List.of(100, 16, 32, 32), List.of(100, 16384), List.of(100, 10));
    }

    @Test
    void cpen455ParameterCountsWithAndWithoutBias() {
        Network network = cpen455();
        assertThat(network.parameters(1, false)).isEqualTo(9_600);
        assertThat(network.parameters(2, false)).isEqualTo(204_800);
        assertThat(network.parameters(7, false)).isEqualTo(163_840);
        assertThat(network.parameters(0, false)).isEqualTo(397_184);
        assertThat(network.parameters(1, true)).isEqualTo(9_728);
        assertThat(network.parameters(3, true)).isEqualTo(18_464);
        assertThat(network.parameters(0, true)).isEqualTo(397_434);
    }

    @Test
    void week12NetworkFlattensTo93750() {
        Network network = new Network(List.of(3, 512, 512), List.of(conv(12, 9, 1, 0), maxpool(2, 2),
                conv(6, 3, 1, 0), maxpool(2, 2), new Layer.Flatten()));
        assertThat(network.shapes()).containsExactly(List.of(12, 504, 504), List.of(12, 252, 252),
                List.of(6, 250, 250), List.of(6, 125, 125), List.of(93_750));
    }

    @Test
    void groupedAndDepthwiseSeparableParameterCounts() {
        // CPEN455 problems 5 and 6 with C = 32, N = 64, K = 3, M = 4 groups.
        Layer vanilla = new Layer.Conv(64, sq(3), sq(1), Padding.same(), sq(1), 1, false);
        Layer grouped = new Layer.Conv(64, sq(3), sq(1), Padding.same(), sq(1), 4, false);
        Layer depthwise = new Layer.Conv(32, sq(3), sq(1), Padding.same(), sq(1), 32, false);
        Layer pointwise = new Layer.Conv(64, sq(1), sq(1), Padding.valid(), sq(1), 1, false);
        Network separable = new Network(List.of(32, 8, 8), List.of(depthwise, pointwise));
        assertThat(new Network(List.of(32, 8, 8), List.of(vanilla)).parameters(0, true)).isEqualTo(64 * 3 * 3 * 32);
        assertThat(new Network(List.of(32, 8, 8), List.of(grouped)).parameters(0, true))
                .isEqualTo(64 * 3 * 3 * 32 / 4);
        assertThat(separable.parameters(0, true)).isEqualTo(32 * 3 * 3 + 32 * 64);
    }

    @Test
    void macsFollowTheDesignFormula() {
        Network network = new Network(List.of(3, 227, 227), List.of(conv(96, 11, 4, 0)));
        assertThat(network.macs(1)).isEqualTo(55L * 55 * 96 * 3 * 11 * 11);
        Network batched = new Network(List.of(2, 3, 227, 227), List.of(conv(96, 11, 4, 0)));
        assertThat(batched.macs(0)).isEqualTo(2L * 55 * 55 * 96 * 3 * 11 * 11);
        assertThat(alexNet().macs(10)).isEqualTo(9216L * 4096);
    }

    @Test
    void receptiveFieldOfTenFiveByFiveLayersIs41() {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            layers.add(new Layer.Conv(1, sq(5), sq(1), Padding.same(), sq(1), 1, true));
        }
        Network network = new Network(List.of(1, 428, 640), layers);
        assertThat(network.receptiveField()).isEqualTo(sq(41));
        assertThat(network.jump()).isEqualTo(sq(1));
        assertThat(network.outputShape(-1)).containsExactly(1, 428, 640);
    }

    @Test
    void receptiveFieldWithStridesAndDilationFollowsAraujo() {
        // conv 3 (s 1) → pool 2 (s 2) → conv 3 dilated 2: r = 1 + 2 + 1·1 + 4·2 = 12, J = 2.
        Network network = new Network(List.of(1, 32, 32), List.of(
                conv(4, 3, 1, 1), maxpool(2, 2),
                new Layer.Conv(4, sq(3), sq(1), Padding.same(), sq(2), 1, true)));
        assertThat(network.receptiveField()).isEqualTo(sq(12));
        assertThat(network.jump()).isEqualTo(sq(2));
    }

    @Test
    void aLayerThatCannotTakeItsInputIsNamedByNumber() {
        assertThatThrownBy(() -> new Network(List.of(3, 8, 8), List.of(conv(4, 3, 1, 0), conv(4, 7, 1, 0))))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("layer 2 (conv 4, kernel 7, padding 0), input 4×6×6:");
        assertThatThrownBy(() -> new Network(List.of(3, 8, 8), List.of(new Layer.Linear(10, true))))
                .hasMessageContaining("put flatten before it");
    }

    @Test
    void layerNumbersOutsideTheNetworkAreRejected() {
        assertThatThrownBy(() -> alexNet().outputShape(13)).hasMessage("the network has layers 1 to 12, not 13");
    }

    /** A shape a student wrote, followed through a network, is refused by the engine, never an overflow. */
    @Test
    void aFlattenedSizeBeyondAnIntIsAnEngineError() {
        assertThatThrownBy(() -> new Network(List.of(256, 99999, 99999), List.of(new Layer.Flatten()))).isInstanceOf(EngineException.class)
                .hasMessageContaining("too large");
    }

    /** Counts past a {@code long} (absurd shapes in a rubric) are refused naming the layer, never wrapped round. */
    @Test
    void countsPastALongAreRefusedNamingTheLayer() {
        Network wide = new Network(List.of(2_000_000_000, 100_000, 100_000), List.of(conv(2_000_000_000, 100_000, 1, 0)));
        assertThatThrownBy(() -> wide.parameters(1, true))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("layer 1 (conv 2000000000, kernel 100000")
                .hasMessageEndingWith("the parameters are too many to count (more than 9223372036854775807)");
        assertThatThrownBy(() -> wide.macs(0))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("the multiply-accumulates are too many to count");
        Network batched = new Network(List.of(2_000_000_000, 2_000_000_000), List.of(new Layer.Linear(2_000_000_000,
                true)));
        assertThat(batched.parameters(1, true)).isEqualTo(4_000_000_002_000_000_000L);
        assertThatThrownBy(() -> batched.macs(1)).isInstanceOf(EngineException.class)
                .hasMessage("layer 1 (linear 2000000000): the multiply-accumulates are too many to count (more than"
                        + " 9223372036854775807)");
        Network thrice = new Network(List.of(2_000_000_000), List.of(new Layer.Linear(2_000_000_000, true),
                new Layer.Linear(2_000_000_000, true), new Layer.Linear(2_000_000_000, true)));
        assertThat(thrice.parameters(3, true)).isEqualTo(4_000_000_002_000_000_000L);
        assertThatThrownBy(() -> thrice.parameters(0, true)).isInstanceOf(EngineException.class)
                .hasMessage("the parameters of the network are too many to count (more than 9223372036854775807)");
    }
}
