package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/** Which layer a row of a list or table of AlexNet's layers names (rubrics/e1394-ps2.yaml: conv1 is layer 1). */
class LayerRowsTest {

    private static final SheetSpec ALEXNET = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @Test
    void aRowNamesTheLayerItOpensWith() {
        LayerRows rows = rows("conv3: 384 × 13 × 13\n");
        assertThat(rows.namesLayer(0, layer("conv3_shape"))).isTrue();
        assertThat(rows.namesLayer(0, layer("conv4_shape"))).isFalse();
    }

    /** In "Conv 5×5, 256 filters" the 5 is the kernel's side: the row names no conv5. */
    @Test
    void aKernelsSideIsNoLayersNumber() {
        assertThat(LayerRows.opensWithName("conv 5×5, 256 filters", "conv 5")).isFalse();
        assertThat(LayerRows.opensWithName("conv 5: 256 × 13 × 13", "conv 5")).isTrue();
        assertThat(LayerRows.opensWithName("conv51", "conv5")).isFalse();
    }

    /** A table numbering its rows from the input (row 1 the input) numbers each layer one more than the network. */
    @Test
    void aTableNumberedFromTheInputCountsItsRowsFromTwo() {
        LayerRows rows = rows("1 | Input | 3 × 227 × 227\n2 | Conv | 96 × 55 × 55\n3 | Pool | 96 × 27 × 27\n");
        assertThat(rows.namesLayer(1, layer("conv1_shape"))).isTrue();
        assertThat(rows.namesLayer(2, layer("pool1_shape"))).isTrue();
        assertThat(rows.namesLayer(2, layer("conv2_shape"))).isFalse();
    }

    /** A row that names conv4 is conv4's, whatever its number says. */
    @Test
    void aNamedLayerOutranksTheRowsNumber() {
        LayerRows rows = rows("| 7 | conv4 | 384 × 13 × 13 |\n");
        assertThat(rows.namesLayer(0, layer("conv4_shape"))).isTrue();
        assertThat(rows.namesLayer(0, layer("conv5_shape"))).isFalse();
    }

    @Test
    void aOneLineListHoldsARowPerItem() {
        String text = "conv1: 96×55×55, pool1: 96×27×27\n";
        Document document = TextSheetReader.document(text, "answers.md");
        LayerRows rows = new LayerRows(document, ALEXNET, Regions.of(document, ALEXNET.questions()));
        Candidate second = Candidates.of(document, List.of()).stream()
                .filter(candidate -> candidate.written().contains("27")).findFirst().orElseThrow();
        assertThat(rows.itemStarts(0)).hasSize(2);
        assertThat(rows.rowText(second)).isEqualTo("pool1: 96×27×27");
        assertThat(rows.namesLayer(second, layer("pool1_shape"))).isTrue();
        assertThat(rows.namesLayer(second, layer("conv1_shape"))).isFalse();
    }

    /** A kernel's size its kind follows describes the layer; a product inside a floor closed on its line is a term. */
    @Test
    void aKernelsSizeAndAFloorsTermsAreNoOutput() {
        String text = "conv4 (3 × 3 Conv (384), pad 1): ⌊(13 + 2·1 − 3)/1⌋ + 1\n"
                + "pool1 | 3x3 max pooling | ⌊(55 + 2·0 −\n"
                + "conv1  11 × 11 Conv  ⌊(227 + 2·0 −  96 × 55 × 55\n"
                + "conv2: 55 × 55 with 96 kernels of 11 × 11\n";
        Document document = TextSheetReader.document(text, "answers.md");
        LayerRows rows = new LayerRows(document, ALEXNET, Regions.of(document, ALEXNET.questions()));
        List<Candidate> candidates = Candidates.of(document, List.of());
        assertThat(candidates.stream().filter(rows::kernelSize).map(Candidate::written))
                .containsExactly("3 × 3", "3x3", "11 × 11");
        // A floor a PDF's cell wraps is not closed on its line: its terms are what an operator follows, and the next
        // column's shape is none.
        assertThat(candidates.stream().filter(rows::inFloor).map(Candidate::written))
                .containsExactly("13", "2·1", "3", "1", "55", "2·0", "227", "2·0");
    }

    private static LayerRows rows(String text) {
        Document document = TextSheetReader.document(text, "answers.md");
        return new LayerRows(document, ALEXNET, Regions.of(document, ALEXNET.questions()));
    }

    private static SheetSpec.LayerSpec layer(String partId) {
        return ALEXNET.part(partId).flatMap(SheetSpec.PartSpec::layer).orElseThrow();
    }
}
