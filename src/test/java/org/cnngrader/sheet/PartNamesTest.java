package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/** How a part's labels and names are looked for in a document's text. */
class PartNamesTest {

    private static final SheetSpec ALEXNET = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @Test
    void labelsAreComparedInLowerCaseWithLatexSymbolsAndBlanksSimplified() {
        assertThat(PartNames.normalize("Output  Z:\t")).isEqualTo("output z: ");
        assertThat(PartNames.normalize("$\\mathbf{Z}' =$")).isEqualTo(" z' = ");
        assertThat(PartNames.normalize("\\sigma(x) \\approx 0.88")).isEqualTo("σ(x) ≈ 0.88");
        assertThat(PartNames.normalize("Z′ = Z’")).isEqualTo("z' = z'");
        // A derivative as its LaTeX source or a PDF prints it is the rubric's dL/dK.
        assertThat(PartNames.normalize("\\frac{\\partial L}{\\partial K}")).isEqualTo("dl/dk");
        assertThat(PartNames.normalize("∂L/∂K")).isEqualTo("dl/dk");
        assertThat(PartNames.wanted("Flatten:")).isEqualTo("flatten");
    }

    /** A name of one or two characters is matched in its case: "a" and "s" are words of every sentence. */
    @Test
    void aShortNameIsAWordInItsCaseALongerOneInAny() {
        assertThat(PartNames.nameAsWord("S").matcher("so S is").find()).isTrue();
        assertThat(PartNames.nameAsWord("S").matcher("it is s").find()).isFalse();
        assertThat(PartNames.nameAsWord("stride").matcher("The Stride: 2").find()).isTrue();
        assertThat(PartNames.nameAsWord("kernel").matcher("three kernels").find()).isFalse();
        assertThat(PartNames.asWordOrParticiple("padding").matcher("the input is not padded").find()).isTrue();
    }

    @Test
    void aLayersNameNamesItsPartInProse() {
        SheetSpec.PartSpec conv3 = ALEXNET.part("conv3_shape").orElseThrow();
        assertThat(PartNames.namesInProse("After conv3 the maps are 13 × 13.", conv3)).isTrue();
        assertThat(PartNames.namesInProse("After conv4 the maps are 13 × 13.", conv3)).isFalse();
        assertThat(PartNames.labelOpeningLine(conv3)).anyMatch(label -> label.matcher("- conv3: 384 × 13 × 13")
                .lookingAt());
    }
}
