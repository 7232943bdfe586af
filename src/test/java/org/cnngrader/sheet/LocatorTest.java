package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Within its question's region a part takes its own answer, and says how it was found. */
class LocatorTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load("""
            given:
              X: [[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]]
              K: [[0, 2, 0], [2, 1, 1], [0, 2, 0]]
              net:
                input: [3, 32, 32]
                layers: [{conv: 8, kernel: 3, padding: 1}, {maxpool: 2}, {conv: 16, kernel: 3, padding: 1}, {maxpool: 2}]
            questions:
              - id: "1"
                title: Convolution layer
                parts:
                  - id: S
                    points: 4
                    answer: conv2d(X, K, padding=same)
                    mistakes: [{answer: "conv2d(X, K)", feedback: The input was not padded.}]
              - id: "2"
                title: Pooling as a convolution
                parts:
                  - {id: stride, points: 1, answer: "2", labels: ["stride"]}
              - id: "3"
                title: Shapes
                parts:
                  - {id: conv1_shape, points: 1, answer: "output_shape(net, 1)"}
                  - {id: pool2_shape, points: 1, answer: "output_shape(net, 4)"}
                  - {id: macs_total, points: 1, answer: "macs(net)", labels: ["MACs"]}
            """, "inline.yaml"));

    private static Map<String, Answer> read(String text) {
        return Locator.locate(TextSheetReader.document(text, "answers.md"), SPEC, new ArrayList<>()).answers();
    }

    /**
     * "9 216" with a no-break space (U+00A0, or French typography's narrow U+202F) between its groups was no number
     * for a whole-number part, and the flattened size was missing, unflagged; a plain or thin space read.
     */
    @Test
    void aThousandGroupedByANoBreakSpaceIsOneNumber() {
        SheetSpec alexnet = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        for (String space : List.of(" ", "\u2009", "\u00a0", "\u202f", "'")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                    ### 1.5 Dimensions of CNN layers
                    | Layer | Output |
                    |---|---|
                    | pool3 | 256 × 6 × 6 |
                    | flatten | 9%s216 |
                    """.formatted(space), "answers.md"), alexnet, new ArrayList<>()).answers();
            assertThat(value(answers, "flat_size")).as("9%s216", space).isEqualTo("9216.0");
        }
    }

    /**
     * A table of layers numbered from 0 (a pandas DataFrame's index) gave each layer the row of the next: conv3,
     * slipped to 384 × 12 × 12 in row 4, was read from conv4's row 5 and graded correct.
     */
    @Test
    void aTableOfLayersNumberedFromZeroGivesEachLayerItsOwnRow() throws Exception {
        SheetSpec alexnet = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(Files.readString(
                Path.of("src/test/resources/layer-tables/dataframe.md")), "dataframe.md"), alexnet,
                new ArrayList<>()).answers();
        assertThat(value(answers, "conv3_shape")).isEqualTo("[384.0, 12.0, 12.0]");
        assertThat(value(answers, "conv4_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        // A row 0 of the input, however it is written, numbers the layers from 1 below it.
        Map<String, Answer> fromOne = Locator.locate(TextSheetReader.document("""
                ### 1.5 Dimensions of CNN layers
                0  -                        (3, 227, 227)
                1  Conv2d(96, 11x11, s4)    (96, 55, 55)
                2  MaxPool2d(3, s2)         (96, 27, 27)
                3  Conv2d(256, 5x5, p2)    (256, 27, 27)
                4  MaxPool2d(3, s2)        (256, 13, 13)
                5  Conv2d(384, 3x3, p1)    (384, 12, 12)
                6  Conv2d(384, 3x3, p1)    (384, 13, 13)
                """, "from-one.md"), alexnet, new ArrayList<>()).answers();
        assertThat(value(fromOne, "conv3_shape")).isEqualTo("[384.0, 12.0, 12.0]");
        // The flattened shape (9216,) is the Flatten row's answer, not the 0 of its params column.
        Map<String, Answer> withParams = Locator.locate(TextSheetReader.document(Files.readString(
                Path.of("src/test/resources/layer-tables/with-params.md")), "with-params.md"), alexnet,
                new ArrayList<>()).answers();
        assertThat(withParams.get("flat_size").written()).isEqualTo("(9216,)");
        assertThat(value(withParams, "flat_size")).isEqualTo("9216.0");
    }

    /**
     * A notebook printed the pooling layer it replaces, {@code AvgPool2d(kernel_size=2, stride=2)}, below the
     * student's "the stride is 1": the printed 2 was taken by its label and graded correct without a doubt.
     */
    @Test
    void anotherValueItsLabelNamesPutsAReadingInDoubt() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                2 Pooling as a convolution
                The convolution's stride is 1.
                AvgPool2d(kernel_size=2, stride=2, padding=0)
                3 Shapes
                """);
        assertThat(answers.get("stride").written()).isEqualTo("2");
        assertThat(answers.get("stride").doubt()).hasValue("'stride' also names 1 (line 3), not taken: check which"
                + " is the student's answer");
        assertThat(read("1 Convolution layer\n2 Pooling as a convolution\nThe convolution's stride is 2.\n3 Shapes\n")
                .get("stride").doubt()).isEmpty();
    }

    /**
     * "Length = 125 × 125 × 6 = 93750. Correction: the length is 250 × 250 × 6 = 375000": the label names the
     * correction's term, whose result was no rival; and a value another part took by its place was none either. The
     * first length was graded correct without a doubt.
     */
    @Test
    void aCorrectionItsLabelNamesPutsAReadingInDoubtThroughItsComputation() throws Exception {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        for (String correction : List.of("Correction: the length is $250 \\times 250 \\times 6 = 375000$.",
                "Correction: the length is 375000.")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                    # 4

                    (e) Length $= 125 \\times 125 \\times 6 = 93750$.

                    %s
                    """.formatted(correction), "answers.md"), week12, new ArrayList<>()).answers();
            assertThat(answers.get("flat_length").written()).isEqualTo("93750");
            assertThat(answers.get("flat_length").doubt()).as(correction).hasValue("'length' also names 375000"
                    + " (line 5), not taken: check which is the student's answer");
        }
    }

    /**
     * "$$K = \\frac{1}{4}\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$$", as students typeset the averaging kernel
     * in Markdown, LaTeX or a Word equation, read as the scalar 0.25: the kernel and the stride checked with it were
     * graded 0.
     */
    @Test
    void aLatexFractionBeforeAMatrixEnvironmentScalesTheMatrix() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                # 1.4 Pooling transformed into convolution

                $$K = \\frac{1}{4}\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$$ with stride 2 and padding 0.
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        // A whole number before a matrix is no factor without a times sign ("step 2 [[…]]").
        Map<String, Answer> whole = Locator.locate(TextSheetReader.document("""
                # 1.4 Pooling transformed into convolution

                $$K = \\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$$ with stride 2 and padding 0.
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(whole, "avg_kernel")).isEqualTo("[[1.0, 1.0], [1.0, 1.0]]");
    }

    /**
     * S as a Markdown table whose header numbers the columns over an empty corner (the layout {@code key} prints)
     * was read 5×4, the column numbers as its first row, and graded 0.
     */
    @Test
    void aTableHeaderNumberingTheColumnsIsNoRowOfTheMatrix() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        String sheet = """
                # 1.3.1 Convolution layer

                S (before activation):

                |   | 1 | 2 | 3 | 4 |
                |---|---:|---:|---:|---:|
                | **1** | 0 | 2 | 0 | 2 |
                | **2** | 3 | 2 | 5 | 2 |
                | **3** | 1.5 | 7.5 | 2.5 | 6.5 |
                | **4** | 3 | 2 | 5 | 2 |
                """;
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(sheet, "answers.md"), e1394,
                new ArrayList<>()).answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        // A first row typed in the header, as Markdown wants one, is the matrix's first row.
        Map<String, Answer> typed = Locator.locate(TextSheetReader.document("""
                # 1.3.1 Convolution layer

                S (before activation):

                | 0 | 2 | 0 | 2 |
                |---|---|---|---|
                | 3 | 2 | 5 | 2 |
                | 1.5 | 7.5 | 2.5 | 6.5 |
                | 3 | 2 | 5 | 2 |
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(typed, "S")).startsWith("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0]");
    }

    /**
     * "K = ¼ …" then "Correction: K = ½ …" under question 1.4: the label is also question 1.1's, so the correction
     * was no rival and the right draft was graded full marks without a doubt.
     */
    @Test
    void aCorrectionByALabelAnotherQuestionSharesPutsAReadingInDoubt() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        String answer = """
                # 1.1 Kernels

                $K = \\begin{bmatrix} 0 & 0 & 0 \\\\ 0 & 1 & 0 \\\\ 0 & 0 & 0 \\end{bmatrix}$

                # 1.4 Pooling transformed into convolution

                $K = \\begin{bmatrix} 0.25 & 0.25 \\\\ 0.25 & 0.25 \\end{bmatrix}$, stride = 2, padding = 0

                %s
                """;
        Map<String, Answer> corrected = Locator.locate(TextSheetReader.document(answer.formatted(
                "Correction after re-checking: $K = \\begin{bmatrix} 0.5 & 0.5 \\\\ 0.5 & 0.5 \\end{bmatrix}$"),
                "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(corrected, "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(corrected.get("avg_kernel").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("'K =' also names").contains("0.5 & 0.5").contains("(line 9)"));
        // Another kernel the label names, not as a correction, may be an answer the rubric does not read.
        assertThat(Locator.locate(TextSheetReader.document(answer.formatted(
                "Max pooling is no convolution: $K = \\begin{bmatrix} 1 & 0 \\\\ 0 & 0 \\end{bmatrix}$ picks one."),
                "answers.md"), e1394, new ArrayList<>()).answers().get("avg_kernel").doubt()).isEmpty();
    }

    /**
     * A label alone on its line with the value on the next ("Flatten:" over "9126"): the value was not read by its
     * label, and the part took another number of its question by its place, or a right answer went unread.
     */
    @Test
    void aLabelThatEndsTheLineAboveNamesTheValueThatOpensItsLine() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        for (String label : List.of("Flatten:", "**Flatten**", "- flattened =", "Flattened vector length:",
                "Length of the flattened vector:")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                    # 1.5 Dimensions of CNN layers

                    MaxPool Layer: 3 × 3 MaxPool, stride=2, output 256 × 6 × 6

                    %s

                    9126
                    """.formatted(label), "answers.md"), e1394, new ArrayList<>()).answers();
            assertThat(answers.get("flat_size").written()).as(label).isEqualTo("9126");
            assertThat(answers.get("flat_size").foundBy()).as(label).isEqualTo(FoundBy.LABEL);
        }
        // A label within a sentence above names nothing below it.
        Map<String, Answer> sentence = Locator.locate(TextSheetReader.document("""
                # 1.5 Dimensions of CNN layers

                Before the FC layers we flatten the maps

                9126
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(sentence.get("flat_size")).satisfiesAnyOf(
                answer -> assertThat(answer).isNull(),
                answer -> assertThat(answer.foundBy()).isNotEqualTo(FoundBy.LABEL));
    }

    /**
     * "pool3: 256 × 6 × 6 = 9216 values": the shape, a product's factors, is the layer's answer; the layer's row was
     * passed over as a computation's term and the part was missing.
     */
    @Test
    void aLayersShapeWrittenAsAProductIsItsAnswer() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.5 Dimensions of CNN layers

                - conv5: 256 × 13 × 13
                - pool3: 256 × 6 × 6 = 9216 values
                - fc6: 4096
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(answers.get("pool3_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * A layer's row written again below, corrected ("conv1 (corrected): 96 × 56 × 56"): the first row was graded
     * without a word. The same value again is no rival.
     */
    @Test
    void aLayersRowWrittenAgainWithAnotherShapePutsTheReadingInDoubt() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        String rows = """
                ## 1.5 Dimensions of CNN layers

                - conv1: 96 × 55 × 55
                - pool1: 96 × 27 × 27

                Summary after re-checking:

                - conv1: %s
                """;
        Map<String, Answer> corrected = Locator.locate(TextSheetReader.document(rows.formatted("96 × 56 × 56"),
                "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(corrected, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(corrected.get("conv1_shape").doubt()).hasValue("'conv1' also names 96 × 56 × 56 (line 8), not"
                + " taken: check which is the student's answer");
        assertThat(Locator.locate(TextSheetReader.document(rows.formatted("96 × 55 × 55"), "answers.md"), e1394,
                new ArrayList<>()).answers().get("conv1_shape").doubt()).isEmpty();
    }

    /** A correction of a layer's row a few lines below, "Correction: conv1: 96 × 54 × 54", graded the first row alone. */
    @Test
    void aCorrectionNamingALayerBelowItsRowPutsTheReadingInDoubt() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.5 Dimensions of CNN layers

                conv1: 96 × 55 × 55

                pool1: 96 × 26 × 26

                Correction: conv1: 96 × 54 × 54
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(answers.get("conv1_shape").doubt()).hasValue("'conv1' also names 96 × 54 × 54 (line 7), not"
                + " taken: check which is the student's answer");
        // On the next line, the correction is said once.
        answers = Locator.locate(TextSheetReader.document("""
                ## 1.5 Dimensions of CNN layers

                conv1: 96 × 55 × 55
                Correction: conv1: 96 × 54 × 54
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(answers.get("conv1_shape").doubt()).hasValue("the line after 96 × 55 × 55 says it corrects it to"
                + " 96 × 54 × 54 (line 4), not taken: check which is the student's answer");
    }

    /**
     * torchsummary's table of a network with a slip carried through (conv2 without its padding): its ReLU rows repeat
     * the shape above them, and every layer from pool2 on took the row above its own.
     */
    @Test
    void aSummarysActivationRowsAreNoLayersOfANetworkWithout() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.5 Dimensions of CNN layers

                We forgot padding=2 in the second conv:

                        Layer (type)               Output Shape         Param #
                            Conv2d-1           [-1, 96, 55, 55]          34,944
                              ReLU-2           [-1, 96, 55, 55]               0
                         MaxPool2d-3           [-1, 96, 27, 27]               0
                            Conv2d-4          [-1, 256, 23, 23]         614,656
                              ReLU-5          [-1, 256, 23, 23]               0
                         MaxPool2d-6          [-1, 256, 11, 11]               0
                            Conv2d-7          [-1, 384, 11, 11]         885,120
                              ReLU-8          [-1, 384, 11, 11]               0
                            Conv2d-9          [-1, 384, 11, 11]       1,327,488
                             ReLU-10          [-1, 384, 11, 11]               0
                           Conv2d-11          [-1, 256, 11, 11]         884,992
                             ReLU-12          [-1, 256, 11, 11]               0
                        MaxPool2d-13            [-1, 256, 5, 5]               0
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 23.0, 23.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 11.0, 11.0]");
        assertThat(value(answers, "conv3_shape")).isEqualTo("[384.0, 11.0, 11.0]");
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 11.0, 11.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 5.0, 5.0]");
    }

    /**
     * A notebook printed as a PDF: "by hand we got" a matrix with a slip, then {@code print(A_same)} and the right
     * matrix below it. The printed value is no answer by the label, but it tells against the one taken, which was
     * graded partial with no word of it.
     */
    @Test
    void aValueTheCodePrintsForTheLabelPutsTheWrittenOneInDoubt() throws Exception {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 3. Convolution, detector and pooling stage

                (a) By hand we got A_same = [[12, 13, 4, -4, -14, -12], [18, 23, 8, -8, -23, -18], \
                [18, 23, 8, -8, -23, -18], [12, 14, 4, -4, -14, -12]] and the code confirms it:

                    print(A_same)
                    [[ 12  14   4  -4 -14 -12]
                     [ 18  23   8  -8 -23 -18]
                     [ 18  23   8  -8 -23 -18]
                     [ 12  14   4  -4 -14 -12]]
                """, "answers.md"), week12, new ArrayList<>()).answers();
        assertThat(answers.get("A_same").written()).startsWith("[[12, 13,");
        assertThat(answers.get("A_same").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the code prints A_same as [[ 12 14 4 -4 -14 -12] [ 18 23").endsWith("(line 6), not taken:"
                        + " check which is the student's answer"));
    }

    /**
     * Layers' shapes in prose, their sides and the count of their channels in words ({@code 13×13 with 384 channels},
     * {@code 96 feature maps of size 55 × 55}, {@code 12×12, 256 filters}, {@code 27 × 27 px, 256 channels}): the sides
     * alone were read, graded wrong.
     * A count with other words between it and the sides, or without a word saying it counts channels, joins nothing.
     */
    @Test
    void aLayersSidesWithItsChannelsCountedInWordsAreItsShape() {
        Map<String, Answer> answers = readAlexNet("""
                ### 1.5 Dimensions of CNN layers
                - conv1 gives 96 feature maps of size 55 × 55.
                - pool1: 96 channels, 27×27.
                - conv3: 13×13 with 384 output channels.
                - conv4: 12 × 12 with 384 channels (we forgot the padding).
                - conv5 gives 12×12, 256 filters.
                - conv2: 27 × 27 px, 256 channels.
                - pool2: 13×13, padding 1, 256 filters.
                - pool3: 5×5 with 256.
                """);
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(answers, "conv4_shape")).isEqualTo("[384.0, 12.0, 12.0]");
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 12.0, 12.0]");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(answers.get("conv3_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("conv3_shape").doubt()).isEmpty();
        assertThat(answers.get("conv3_shape").notes()).anyMatch(note -> note.contains("channels in words"));
        assertThat(value(answers, "pool2_shape")).isEqualTo("[13.0, 13.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[5.0, 5.0]");
    }

    /** "A stride equal to 2": the words between a label and its value say it is the value. */
    @Test
    void aLabelEqualToItsValue() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                2 Pooling as a convolution
                We need a stride equal to 2 and no overlap.
                3 Shapes
                """);
        assertThat(answers.get("stride").written()).isEqualTo("2");
        assertThat(answers.get("stride").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /** Team P's answers, a line (%s), and the same question answered again below it. */
    private static final String TEAM_P_AND_A_LINE = """
            Team: Team P
            2 Pooling as a convolution
            The stride is 2.
            %s
            2 Pooling as a convolution
            The stride is 1.
            """;

    /**
     * A file holding team P's answers and then team Q's, and one whose answers are followed by "Old draft (ignore)"
     * and the draft under the same headings: the later answers were graded for the team, without a word.
     */
    @Test
    void answersBelowAnotherTeamsLineOrADraftMarkAreInDoubt() {
        Map<String, Answer> twoTeams = read(TEAM_P_AND_A_LINE.formatted("Team: Team Q"));
        assertThat(twoTeams.get("stride").doubt()).hasValue("read below line 4, where the document names another"
                + " team ('Team Q'): check whose answer it is");
        Map<String, Answer> draft = read(TEAM_P_AND_A_LINE.formatted("Old draft (ignore)"));
        assertThat(draft.get("stride").doubt()).hasValue("read below 'Old draft (ignore)' (line 4): check it is not"
                + " a draft");
        // The same team named again, and a draft mark above every answer, divide nothing.
        assertThat(read(TEAM_P_AND_A_LINE.formatted("Team: team p")).get("stride").doubt()).isEmpty();
    }

    /**
     * "stride: two" and "padding: none" left both parts missing, unflagged, and lost their points; in a sentence the
     * words may be the problem's ("assume no padding"), and are read in doubt.
     */
    @Test
    void aWholeNumberALabelGivesInWordsIsReadInDoubtWithinASentence() {
        Answer alone = read("2 Pooling as a convolution\nstride: two\n").get("stride");
        assertThat(alone.value()).map(Object::toString).hasValue("2.0");
        assertThat(alone.foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(alone.doubt()).isEmpty();
        Answer sentence = read("2 Pooling as a convolution\nIt is a convolution with a stride of two.\n")
                .get("stride");
        assertThat(sentence.value()).map(Object::toString).hasValue("2.0");
        assertThat(sentence.doubt()).hasValue("read from the words 'stride of two' (line 2): check they are the"
                + " team's answer, not the problem's");
        // A word that is no number is an answer refused, for a person to read, not a missing one.
        Answer same = read("2 Pooling as a convolution\nstride: same\n").get("stride");
        assertThat(same.value()).isEmpty();
        assertThat(same.problem()).isPresent();
        // A number given wins over words, and prose without a number word is no answer.
        assertThat(read("2 Pooling as a convolution\nA stride of two, that is 2.\n").get("stride").doubt()).isEmpty();
        assertThat(read("2 Pooling as a convolution\nThe stride is large.\n")).doesNotContainKey("stride");
        // Without the question's heading a sentence may speak of any question's stride.
        assertThat(read("Notes\nIt is a convolution with a stride of two.\n")).doesNotContainKey("stride");
        assertThat(read("Notes\nstride: two\n").get("stride").value()).map(Object::toString).hasValue("2.0");
    }

    /**
     * "The stride is one (the pooling in 1.3.2 had stride 2)": the restated 2 was taken by its label and graded correct,
     * unflagged, the student's answer in words passed over; so were "a padding of one" beside "padding 0", and a
     * notebook's printed {@code Conv2d(…, stride=(1, 1))} beside a restated {@code stride=2}. Another number the
     * label is given, in words or as equal sides, puts the reading in doubt.
     */
    @Test
    void aNumberItsLabelIsGivenInWordsOrAsEqualSidesPutsADigitInDoubt() {
        String heading = "## 1.4 Pooling transformed into convolution\nK = [[0.25, 0.25], [0.25, 0.25]]";
        Answer stride = readAlexNet(heading + ", the stride is one (the pooling in 1.3.2 had stride 2).\n")
                .get("avg_stride");
        assertThat(stride.written()).isEqualTo("2");
        assertThat(stride.doubt()).hasValue("'stride' is also given in words, 'stride is one' (line 2), not taken:"
                + " check which is the student's answer");
        Answer padding = readAlexNet(heading + ", stride 2, and a padding of one (the pooling used padding 0).\n")
                .get("avg_padding");
        assertThat(padding.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'padding of one'"));
        Answer printed = readAlexNet(heading + "\n\n    Conv2d(1, 1, kernel_size=(2, 2), stride=(1, 1), bias=False)"
                + "\n\n(AvgPool2d itself uses stride 2.)\n").get("avg_stride");
        assertThat(printed.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("also names (1, 1)"));
        // Words that agree with the digit, and a pair of unequal sides, doubt nothing.
        assertThat(readAlexNet(heading + ", a stride of two, i.e. stride 2.\n").get("avg_stride").doubt()).isEmpty();
        assertThat(readAlexNet(heading + ", stride 2; a module printed stride=(2, 1).\n").get("avg_stride").doubt())
                .isEmpty();
    }

    /**
     * A checked part asking for one number, whose rubric gives no reference to say it is whole: "stride: two" on its
     * line, or after the kernel on one line, was missing, unflagged. A number word is a whole number.
     */
    @Test
    void aCheckedPartsNumberGivenInWordsIsRead() {
        String heading = "## 1.4 Pooling transformed into convolution\nK = [[0.25, 0.25], [0.25, 0.25]]";
        Answer alone = readAlexNet(heading + "\n\nstride: two\n").get("avg_stride");
        assertThat(alone.value()).map(Object::toString).hasValue("2.0");
        assertThat(alone.doubt()).isEmpty();
        Answer inList = readAlexNet(heading + ", stride: two\n").get("avg_stride");
        assertThat(inList.value()).map(Object::toString).hasValue("2.0");
        assertThat(inList.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'stride: two'"));
    }

    /**
     * Team P's second page headed "Team: Team P (contd.)" put every answer below it in doubt as another team's: the
     * team's own name, going on, with or without the word "Team", divides nothing.
     */
    @Test
    void theDocumentsOwnTeamNamedAgainAsContinuedDividesNothing() {
        for (String again : List.of("Team: Team P (contd.)", "Team: Team P (continued)", "Team: P – cont'd",
                "Group: Team P, continued", "Team: P")) {
            assertThat(read(TEAM_P_AND_A_LINE.formatted(again)).get("stride").doubt()).as(again).isEmpty();
        }
        assertThat(read(TEAM_P_AND_A_LINE.formatted("Team: Team Q (contd.)")).get("stride").doubt()).hasValue("read below"
                + " line 4, where the document names another team ('Team Q (contd.)'): check whose answer it is");
        assertThat(read(TEAM_P_AND_A_LINE.formatted("Team: Team PQ")).get("stride").doubt()).isPresent();
        // Prose and work that go on are no such line.
        assertThat(read(TEAM_P_AND_A_LINE.formatted("Teamwork: we split the layers between us.")).get("stride").doubt())
                .isEmpty();
        assertThat(read(TEAM_P_AND_A_LINE.formatted("Scratch work: 4 / 2 = 2")).get("stride").doubt()).isEmpty();
        assertThat(read("Draft\n2 Pooling as a convolution\nThe stride is 2.\n").get("stride").doubt()).isEmpty();
    }

    /**
     * A notebook printed its shapes and maps as PyTorch holds them, for a batch of one: {@code torch.Size([1, 8, 32,
     * 32])} and a 1 × 1 × 4 × 4 tensor. The shapes were missing, and the map was graded a wrong shape.
     */
    @Test
    void valuesPrintedForABatchOfOneAreReadWithoutTheirBatch() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                S = tensor([[[[0., 2., 0., 2.],
                              [3., 2., 5., 2.],
                              [1.5, 7.5, 2.5, 6.5],
                              [3., 2., 5., 2.]]]])
                2 Pooling as a convolution
                3 Shapes
                conv1: torch.Size([1, 8, 32, 32])
                pool2: torch.Size([-1, 16, 8, 8])
                """);
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(answers.get("S").notes()).containsExactly("read without the batch PyTorch printed it with:"
                + " 1 × 1 × 4 × 4 as 4 × 4");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[8.0, 32.0, 32.0]");
        assertThat(answers.get("conv1_shape").notes()).containsExactly("read without the batch PyTorch printed it"
                + " with: [1, 8, 32, 32] as [8, 32, 32]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[16.0, 8.0, 8.0]");
    }

    /**
     * A boxed answer's "Answer:" label, set beside the box's middle row ("Answer: (c) depth 12"), was taken for where
     * the solution begins: the items (a) and (b) above it were passed over, and their parts were missing.
     */
    @Test
    void aSolutionMarkBesideALaterItemBeginsAtTheFirstItem() throws Exception {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                4 Layer sizes (Gonzalez & Woods, exercise 13.3)
                A 512 × 512 image is convolved into 12 feature maps of 504 × 504, pooled 2 × 2.
                (a) kernel size w = 512 − 504 + 1 = 9
                (b) pooled maps 252 × 252
                Answer: (c) depth 12
                (d) second maps 250 × 250
                (e) flattened length 125 · 125 · 6 = 93750
                """, "boxed.md"), week12, new ArrayList<>()).answers();
        assertThat(value(answers, "kernel_size")).isEqualTo("9.0");
        assertThat(value(answers, "pooled_size")).isEqualTo("[252.0, 252.0]");
    }

    /**
     * Answers written before the items they answer ("**Answer: 6.** (c) What is the depth …?", answers-before-items/
     * build.sh): the student's answers were passed over, and the values of the problems the items restate taken for
     * them: the depth was item (a)'s "12 feature maps", graded correct for a student who wrote 6, and the second
     * maps were (b)'s "2 × 2" neighbourhoods.
     */
    @Test
    void anAnswerWrittenBeforeItsItemAnswersItNotTheProblemTheItemRestates() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Path markdown = Path.of("src/test/resources/answers-before-items/sheet.md");
        Path chromium = Path.of("src/test/resources/answers-before-items/sheet.pdf");
        for (Path file : List.of(markdown, chromium)) {
            Map<String, Answer> answers = Submissions.read(new Submissions.Submission(file, "default",
                    file.getFileName().toString(), List.of()), week12).get(0).answers();
            assertThat(value(answers, "kernel_size")).as(file.toString()).isEqualTo("[9.0, 9.0]");
            assertThat(value(answers, "pooled_size")).as(file.toString()).isEqualTo("[252.0, 252.0]");
            assertThat(value(answers, "pooled_depth")).as(file.toString()).isEqualTo("6.0");
            assertThat(value(answers, "maps2_size")).as(file.toString()).isEqualTo("[248.0, 248.0]");
            assertThat(value(answers, "flat_length")).as(file.toString()).isEqualTo("46875.0");
            // Found by place, not by a label of the part's own: each is for a person to confirm.
            assertThat(answers.get("pooled_depth").foundBy()).isEqualTo(FoundBy.ORDER);
        }
    }

    /** An answer mark before item (a) with no value there marks no such list: the solution begins at the mark. */
    @Test
    void anAnswerMarkBeforeTheFirstItemWithoutAValueLeavesTheSolutionAfterIt() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                4 Layer sizes (Gonzalez & Woods, exercise 13.3)
                A 512 × 512 image is convolved into 12 feature maps of 504 × 504, pooled 2 × 2.
                Answers: see below. (a) kernel size w = 512 − 504 + 1 = 9
                (b) pooled maps 252 × 252
                (c) depth 12
                """, "list.md"), week12, new ArrayList<>()).answers();
        assertThat(value(answers, "kernel_size")).isEqualTo("9.0");
        assertThat(value(answers, "pooled_size")).isEqualTo("[252.0, 252.0]");
        assertThat(answers.get("pooled_depth").where().line()).isEqualTo(5);
    }

    private static String value(Map<String, Answer> answers, String part) {
        return answers.get(part).value().orElseThrow().toString();
    }

    /**
     * "kernel size" wrapped at its space ("… filters with kernel" / "size 5 × 5 × 3", as a text editor or a notebook
     * keeps a student's line breaks) was no label, and the pooling layer's "kernel size of 2 × 2" further on was read
     * as the first layer's filter shape, graded wrong without a doubt.
     */
    @Test
    void aLabelWrappedAtItsSpaceStillLabelsTheValueAfterIt() {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 2 A CNN for 512×512 RGB images

                In the **first layer**, we have 128 convolutional filters with kernel
                size $5 \\times 5 \\times 3$ along with stride 2 and padding 2.

                In the **fifth layer**, we apply 2D average pooling with a kernel size
                of $2 \\times 2$ and a stride of 2.
                """, "answers.md"), cpen455, new ArrayList<>()).answers();
        assertThat(value(answers, "kernel1")).isEqualTo("[5.0, 5.0, 3.0]");
        assertThat(answers.get("kernel1").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * In a Word table of layers (a row is its cells between tabs), the row "9 | Flatten | 256 × 6 × 6 | 9216" gave
     * the flattened length as 256 × 6 × 6: the layer's name labelled its input, the cell right after it.
     */
    @Test
    void aLayersNameInATableRowDoesNotLabelItsInputOverItsOutput() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                1.5 Dimensions of CNN layers
                Layer\tOperation\tInput\tOutput
                8\t3×3 MaxPool, S = 2\t256 × 13 × 13\t256 × 6 × 6
                9\tFlatten\t256 × 6 × 6\t9216\t256 × 6 × 6 = 9216
                10\tFC\t9216\t4096
                """, "answers.docx"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
    }

    /**
     * A row whose Output cell and working disagree, "9 | Flatten | 256 × 6 × 6 | 9126 | 256 × 6 × 6 = 9216", gave the
     * working's 9216, correct: the input cell was read as a term of the working in the cells after it, across the
     * output cell, in Word (cells between tabs) and in a PDF (cells between spaces). The output cell's 9126 is the
     * team's answer.
     */
    @Test
    void aLayersInputCellIsNoTermOfTheWorkingInTheCellsAfterIt() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        for (String row : List.of("9\tFlatten\t256 × 6 × 6\t9126\t256 × 6 × 6 = 9216",
                "9 Flatten 256x 6x 6 9126 256 x 6 x 6 = 9216")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                    1.5 Dimensions of CNN layers
                    Layer\tOperation\tInput\tOutput\tCalculation
                    8\t3×3 MaxPool, S = 2\t256 × 13 × 13\t256 × 6 × 6\t(13 − 3)/2 + 1 = 6
                    %s
                    """.formatted(row), "answers.docx"), e1394, new ArrayList<>()).answers();
            assertThat(value(answers, "flat_size")).as(row).isEqualTo("9126.0");
        }
    }

    /**
     * A label's line that sets a later value against the one read, "Stride: 2 instead of 1? No: we use 1.", "Flatten:
     * 9216 in the paper, ours is 9126", "Flatten: not 9216 but 9126", graded the first alone, correct, unflagged.
     */
    @Test
    void aLaterValueTheLabelsLineSetsAgainstTheOneReadIsFlagged() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                1.4 Pooling transformed into convolution
                Stride: 2 instead of 1? No: we use 1.
                Padding: 0

                1.5 Dimensions of CNN layers
                Flatten: 9216 in the paper, ours is 9126
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(answers.get("avg_stride").doubt()).hasValue("its line gives another value after it, 1 (line 2),"
                + " not taken: check which is the student's answer");
        assertThat(answers.get("flat_size").doubt()).hasValue("its line gives another value after it, 9126 (line 6),"
                + " not taken: check which is the student's answer");
        answers = Locator.locate(TextSheetReader.document("""
                1.5 Dimensions of CNN layers
                Flatten: not 9216 but 9126
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(answers.get("flat_size").doubt()).hasValue("its line gives another value after it, 9126 (line 2),"
                + " not taken: check which is the student's answer");
    }

    /** Words alone between two values of a label's line set neither against the other: nothing is flagged. */
    @Test
    void aLaterValueAfterWordsThatSetNothingAgainstTheOneReadIsNoRival() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                1.4 Pooling transformed into convolution
                Answer: a 2 × 2 kernel with all weights 1/4, stride: 2, padding: 0. Check on the 4 × 4 input R.
                """, "answers.md"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(answers.get("avg_stride").doubt()).isEmpty();
        assertThat(answers.get("avg_padding").doubt()).isEmpty();
    }

    /**
     * The problem restated above "Solution:" gave the answer its own number: "there are 12 feature maps" matched the
     * depth asked for, and a student who wrote "thus 6" was graded right.
     */
    @Test
    void aGuessIsTakenFromTheSolutionNotFromTheProblemRestatedAboveIt() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                4. Exercise 13.3 from the book "Digital Image Processing":

                - (a) The feature maps in the first layer are 504 × 504, and there are 12 feature maps in the first layer.
                - (c) What is the depth (number) of the pooled feature maps in the first layer?

                #### Solution:

                (c) The depth of pooled feature maps in a layer is equal to the number of maps in that layer, thus 6.
                """, "answers.md"), week12, new ArrayList<>()).answers();
        // Nothing is guessed from lines 1 to 5, the problem: its 12 is no answer of the student's.
        assertThat(answers.values()).allMatch(answer -> answer.where().line() > 6);
        assertThat(answers).doesNotContainKey("pooled_depth");
    }

    @Test
    void aLabelledAnswerOfTheWrongShapeIsStillTheAnswer() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                We forgot nothing:
                S = [[5, 2], [7.5, 2.5]]
                """);
        assertThat(value(answers, "S")).isEqualTo("[[5.0, 2.0], [7.5, 2.5]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    @Test
    void aMistakeVariantElsewhereNeverBeatsTheLabelledAnswer() {
        // [[5, 2], [7.5, 2.5]] is the rubric's mistake (no padding); the labelled 4×4 is the team's answer.
        Map<String, Answer> answers = read("""
                1 Convolution layer
                Without padding one would get [[5, 2], [7.5, 2.5]], which is too small.
                S = [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 9]]
                """);
        assertThat(value(answers, "S")).endsWith("[3.0, 2.0, 5.0, 9.0]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    @Test
    void aValueInAnotherQuestionsProblemTextDoesNotAnswer() {
        // The stride the team wrote in question 2 is 1 (wrong); "stride 2" in question 3's text is no answer to it.
        Map<String, Answer> answers = read("""
                2 Pooling as a convolution
                The stride is 1.
                3 Shapes
                Tip: a pooling layer with stride 2 halves the map.
                """);
        assertThat(value(answers, "stride")).isEqualTo("1.0");
    }

    @Test
    void theResultOfAWorkedComputationIsTheAnswerNotItsLastTerm() {
        Map<String, Answer> answers = read("""
                3 Shapes
                MACs = 221,184 + 294,912
                     = 516,096
                """);
        assertThat(value(answers, "macs_total")).isEqualTo("516096.0");
    }

    /**
     * {@code Loss: L = −1/2(log 0.450 + log 0.186) = 1.240} (fraction-factors/build.sh: pdflatex's print of an inline
     * {@code -\\frac{1}{2}(\\log …)}): the factor before the parenthesis was read by the label, −0.5, graded incorrect.
     * A value right before a parenthesis or a function's name is a term of the computation; its result is the answer.
     */
    @Test
    void aFactorBeforeAParenthesisIsATermOfTheComputationNotTheAnswer() throws Exception {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Path pdf = Path.of("src/test/resources/fraction-factors/softmax-latex.pdf");
        Map<String, Answer> fromPdf = Locator.locate(PdfSheetReader.document(pdf, "softmax-latex.pdf",
                new ArrayList<>()), backprop, new ArrayList<>()).answers();
        assertThat(value(fromPdf, "loss")).isEqualTo("1.24");
        assertThat(fromPdf.get("loss").foundBy()).isEqualTo(FoundBy.LABEL);
        for (String written : List.of("Loss: $L = \\frac{1}{2}(\\log 0.450 + \\log 0.186) = 1.240$",
                "Loss: L = 1/2 (log 0.450 + log 0.186) = 1.240", "Loss: L = 0.5 * (ln(0.450) + ln(0.186)) = 1.240",
                "Loss: L = -0.5 ln 0.450 - 0.5 ln 0.186 = 1.240")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Problem 3\n" + written + "\n",
                    "answers.md"), backprop, new ArrayList<>()).answers();
            assertThat(value(answers, "loss")).as(written).isEqualTo("1.24");
        }
        // A value in parentheses after an answer is no factor of it: "Stride: 2 (not 1)" stays 2, and parentheses
        // holding a computation of their own explain the value before them.
        assertThat(value(read("2 Pooling as a convolution\nStride: 2 (not 1)\n3 Shapes\n"), "stride")).isEqualTo("2.0");
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> explained = Locator.locate(TextSheetReader.document("""
                4 Layer sizes
                1. Spatial size of the kernels of the first layer? 9 × 9 (512 − 504 + 1 = 9)
                """, "answers.md"), week12, new ArrayList<>()).answers();
        assertThat(explained.get("kernel_size").written()).isEqualTo("9 × 9");
    }

    @Test
    void aListOfEveryLayerIsAlignedWithTheNetworkNotReadInOrder() {
        // Only layers 1 and 4 are asked; the team lists all four, and slips in the last.
        Map<String, Answer> answers = read("""
                3 Shapes
                - 8 × 32 × 32
                - 8 × 16 × 16
                - 16 × 16 × 16
                - 16 × 7 × 7
                """);
        assertThat(value(answers, "conv1_shape")).isEqualTo("[8.0, 32.0, 32.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[16.0, 7.0, 7.0]");
        assertThat(answers.get("pool2_shape").foundBy()).isEqualTo(FoundBy.ORDER);
    }

    @Test
    void aRowThatNamesItsLayerIsThatLayersAnswer() {
        Map<String, Answer> answers = read("""
                3 Shapes
                | layer | output |
                | conv1 | 8 × 32 × 32 |
                | pool2 | 16 × 7 × 7 |
                """);
        assertThat(value(answers, "pool2_shape")).isEqualTo("[16.0, 7.0, 7.0]");
        assertThat(answers.get("pool2_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    @Test
    void anUnlabelledAnswerTakenByItsPlaceIsToBeReviewed() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                After padding by one:
                [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 9]]
                """);
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.ORDER);
        assertThat(answers.get("S").foundBy().needsReview()).isTrue();
        assertThat(answers.get("S").notes()).anyMatch(note -> note.contains("for want of a label"));
    }

    @Test
    void aLabelledAnswerOutsideItsQuestionIsToBeReviewed() {
        Map<String, Answer> answers = read("""
                1 Convolution layer
                see below
                2 Pooling as a convolution
                S = [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]] (for question 1), stride = 2
                """);
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.OUTSIDE);
        assertThat(answers.get("S").foundBy().reason()).contains("outside");
        assertThat(value(answers, "stride")).isEqualTo("2.0");
    }

    @Test
    void theTitleBlockNeverAnswers() {
        Map<String, Answer> answers = read("""
                # Week 12 – Chapter 9: 2 exercises
                Team PS 2 Z
                2 Pooling as a convolution
                (left out)
                """);
        assertThat(answers).doesNotContainKey("stride");
    }

    /** The three tolerances that decided one question are one: a candidate matches within the part's own. */
    @Test
    void anUnlabelledValueMatchesWithinThePartsOwnTolerance() {
        SheetSpec spec = SheetSpecs.of(RubricLoader.load("""
                questions:
                  - id: "1"
                    title: Rates
                    parts:
                      - {id: loose, points: 1, answer: "1000", tolerance: 1%}
                  - id: "2"
                    title: Counts
                    parts:
                      - {id: strict, points: 1, answer: "1000"}
                """, "inline.yaml"));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                1 Rates
                We got about 1005 in the end.
                2 Counts
                We got about 1005 in the end.
                """, "answers.txt"), spec, new ArrayList<>()).answers();
        assertThat(answers.get("loose").foundBy()).isEqualTo(FoundBy.MATCH);
        assertThat(answers).doesNotContainKey("strict");
    }

    private static final SheetSpec ALEXNET = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    private static Map<String, Answer> readAlexNet(String text) {
        return Locator.locate(TextSheetReader.document(text, "answers.md"), ALEXNET, new ArrayList<>()).answers();
    }

    /**
     * A layer's row giving the layer as the problem does before its answer (`**pool1** (3 × 3 MaxPool, stride 2):`):
     * its kernel's size was read as the output (a student's `55 × 55` after `11 × 11 Conv` lost to the 11 × 11), and
     * with the answer left as the formula a product inside the floor's brackets (`2 \cdot 0`) was the output, graded
     * wrong with feedback on a 3×3 or 2×0 map. Neither is the layer's answer: the formula is, unread, or a later row
     * naming the layer (`conv3 = 384 × 13 × 13` under its formula, which was taken only as a match, flagged).
     */
    @Test
    void aKernelsSizeOrAFormulasTermInALayersRowIsNoOutputShape() {
        Map<String, Answer> answers = readAlexNet("""
                # 1.5 Dimensions of CNN layers

                **conv1** (11 × 11 Conv (96), stride 4): 55 × 55

                **pool1** (3 × 3 MaxPool, stride 2): $\\lfloor (55 + 2 \\cdot 0 - 3)/2 \\rfloor + 1$

                **conv2** (5 × 5 Conv (256), pad 2): ⌊(27 + 2·2 − 5)/1⌋ + 1 = 27, so 256 × 27 × 27

                **conv3** (3 × 3 Conv (384), pad 1): ⌊(13 + 2·1 − 3)/1⌋ + 1

                conv3 = 384 × 13 × 13
                """);
        assertThat(answers.get("conv1_shape").written()).isEqualTo("55 × 55");
        assertThat(answers.get("conv2_shape").written()).isEqualTo("256 × 27 × 27");
        // A row naming the layer that gives nothing of its kind gives way to the next row naming it.
        assertThat(answers.get("conv3_shape").written()).isEqualTo("384 × 13 × 13");
        assertThat(answers.get("conv3_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        // An output's sides a word of the operation qualifies are the answer, no kernel.
        assertThat(readAlexNet("# 1.5 Dimensions of CNN layers\n\n- pool1: 96 channels of 27 × 27 pooled activations\n")
                .get("pool1_shape").value()).isPresent();
        // The formula is the answer, unread: a person scores it.
        assertThat(answers.get("pool1_shape").value()).isEmpty();
        assertThat(answers.get("pool1_shape").doubt()).isPresent();
    }

    /**
     * A label a symbol set as a LaTeX command multiplies names the product, not the part: {@code \eta \cdot dW = …},
     * the SGD step, was read as dW (graded wrong) where the team gave no dW, and flagged a right dW above it as having
     * a rival.
     */
    @Test
    void aLabelMultipliedByALatexSymbolNamesTheProductNotThePart() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        String step = "$$\\eta \\cdot dW = \\begin{bmatrix} 0.025 & -0.204 \\\\ 0.112 & 0.077 \\end{bmatrix}$$\n";
        Map<String, Answer> both = Locator.locate(TextSheetReader.document("## 3 Linear layer\n\n"
                + "$$dW = \\begin{bmatrix} 0.05 & -0.407 \\\\ 0.225 & 0.154 \\end{bmatrix}$$\n\n" + step,
                "answers.md"), backprop, new ArrayList<>()).answers();
        assertThat(both.get("dW").written()).contains("0.05 & -0.407");
        assertThat(both.get("dW").doubt()).isEmpty();
        Map<String, Answer> stepOnly = Locator.locate(TextSheetReader.document("## 3 Linear layer\n\n" + step,
                "answers.md"), backprop, new ArrayList<>()).answers();
        assertThat(stepOnly.get("dW")).satisfiesAnyOf(answer -> assertThat(answer).isNull(),
                answer -> assertThat(answer.foundBy()).isNotEqualTo(FoundBy.LABEL));
        // A middle dot opening a line is a list's bullet: its label names its value.
        Map<String, Answer> bullets = read("1 Convolution layer\n2 Pooling as a convolution\n· Stride: 2\n3 Shapes\n");
        assertThat(bullets.get("stride").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * "Answer: P is the printed array above." under a notebook's printed P names the array above it: it named the next
     * cell's array, below it, so P took dP's value and dP dW's, each graded wrong.
     */
    @Test
    void aLineNamingTheArrayAboveItNamesThatArrayNotTheNext() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## Problem 2 — Backpropagation through max pooling

                [[3 3]
                 [4 5]]

                Answer: P is the printed array above.

                [[-0.5 -1. ]
                 [-0.5 -0.5]]

                Answer: dP is the printed array above.
                """, "answers.md"), backprop, new ArrayList<>()).answers();
        assertThat(answers.get("P").value()).hasValueSatisfying(value -> assertThat(value.toString()).contains("3")
                .doesNotContain("-0.5"));
        assertThat(answers.get("P").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("dP").value()).hasValueSatisfying(value -> assertThat(value.toString())
                .contains("-0.5"));
        assertThat(answers.get("dP").foundBy()).isEqualTo(FoundBy.LABEL);
        // A line introducing what follows it names nothing above it.
        Map<String, Answer> introduced = Locator.locate(TextSheetReader.document("""
                ## Problem 2 — Backpropagation through max pooling

                [[3 3]
                 [4 5]]

                dP = the gradient of the above:

                [[-0.5 -1. ]
                 [-0.5 -0.5]]
                """, "answers.md"), backprop, new ArrayList<>()).answers();
        assertThat(introduced.get("dP").value()).hasValueSatisfying(value -> assertThat(value.toString())
                .contains("-0.5"));
    }

    /**
     * "Stride: 2 → 1 (corrected after re-reading the tip)": the first value was taken and graded correct, no flag,
     * though the student corrected it to 1.
     */
    @Test
    void aValueCorrectedWithAnArrowOnItsLabelLineReadsTheCorrectionInDoubt() {
        Answer stride = read("1 Convolution layer\n2 Pooling as a convolution\nStride: 2 → 1 (corrected after"
                + " re-reading the tip)\n3 Shapes\n").get("stride");
        assertThat(stride.written()).isEqualTo("1");
        assertThat(stride.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'2 → 1'")
                .contains("corrected to 1"));
    }

    /**
     * "conv1: 96 × 54 × 54 (not 96 × 55 × 55, …)": the later shape, which the team rejects, was read as the layer's
     * output after its input and graded correct, unflagged. It is still read (a row's output follows its input), but
     * in doubt, naming both; a table row's cells or an arrow between them raise no doubt.
     */
    @Test
    void aLayersShapeAfterAnotherInWordsIsReadInDoubt() {
        Map<String, Answer> answers = readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "conv1: 96 × 54 × 54 (not 96 × 55 × 55, we do not add the +1)\n\n"
                + "pool1: 96 × 26 × 26, the paper reports 96 × 27 × 27\n\n"
                + "conv2: 96 × 27 × 27 → 256 × 27 × 27\n\n"
                + "| conv3 | 256 × 13 × 13 | 384 × 13 × 13 |\n\n"
                + "conv4: input 256 × 13 × 13, output 384 × 13 × 13\n");
        assertThat(answers.get("conv1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("96 × 54 × 54 before 96 × 55 × 55"));
        assertThat(answers.get("pool1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("96 × 26 × 26 before 96 × 27 × 27"));
        assertThat(answers.get("conv2_shape").written()).contains("256 × 27 × 27");
        assertThat(answers.get("conv2_shape").doubt()).isEmpty();
        assertThat(answers.get("conv3_shape").written()).contains("384 × 13 × 13");
        assertThat(answers.get("conv3_shape").doubt()).isEmpty();
        assertThat(answers.get("conv4_shape").written()).contains("384 × 13 × 13");
        assertThat(answers.get("conv4_shape").doubt()).isEmpty();
    }

    /**
     * "Stride: 2", then on the next line "Correction: 1" (or "EDIT: … it is 1.", "→ 1 (corrected)"): the first value
     * was graded, unflagged. It is still read, as where a label names the correction, but in doubt, the correction
     * named; a line after that corrects nothing, or names another part of the question, changes nothing.
     */
    @Test
    void aCorrectionOnTheNextLineIsReadInDoubt() {
        Map<String, Answer> answers = readAlexNet("### 1.4 Pooling transformed into convolution\nStride: 2\n\n"
                + "Correction: 1\n\nPadding: 1\n\nPooling needs none, so 0 here.\n"
                + "### 1.5 Dimensions of CNN layers\nconv1: 96 × 55 × 55\n\n"
                + "EDIT: forgot something, the real output is 96 × 54 × 54.\n\npool1: 96 × 27 × 27\n\n"
                + "Edit: conv2: 256 × 27 × 27\n\nFlatten: 9216\n→ 9126 (corrected)\n");
        assertThat(answers.get("avg_stride").written()).isEqualTo("2");
        assertThat(answers.get("avg_stride").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the line after 2 says it corrects it to 1"));
        assertThat(answers.get("avg_padding").written()).isEqualTo("1");
        assertThat(answers.get("conv1_shape").written()).isEqualTo("96 × 55 × 55");
        assertThat(answers.get("conv1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("corrects it to 96 × 54 × 54"));
        assertThat(answers.get("pool1_shape").written()).isEqualTo("96 × 27 × 27");
        assertThat(answers.get("pool1_shape").doubt()).isEmpty();
        assertThat(answers.get("flat_size").written()).isEqualTo("9216");
        assertThat(answers.get("flat_size").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("corrects it to 9126"));
    }

    /**
     * A value taken back by the words of the line after it, with no correcting word to open that line: "Oops — we
     * mixed something up here. The value we mean is [[5, 1], [8, 2]].", "Hmm, that is not quite right — redoing it
     * gives …, which is our answer."; or, holding no value, "After discussing it in the group we changed our mind."
     * between a draft and its final answer. The first value was graded, unflagged, the revision taken by the next part
     * by its place (src/test/resources/revisions/: a probe's sheets). A line explaining the value is no revision.
     */
    @Test
    void aValueTakenBackInWordsOnTheLinesAfterItIsReadInDoubt() throws Exception {
        Map<String, Answer> revised = revision("taken-back.md");
        assertThat(revised.get("dK").written()).isEqualTo("[[5, 8], [1, 2]]");
        assertThat(revised.get("dK").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("says it corrects it to [[5, 1], [8, 2]]"));
        assertThat(revised.get("dA").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("says it corrects it to [[0, 0.5, 1, 0], [0, 0, 0, 0], [0, 0, 0.5, 0], [0.5, 0, 0, 0]]"));
        Answer printed = revision("printed-then-taken-back.md").get("dA");
        assertThat(printed.written()).isEqualTo("[[0, 0.5, 1, 0], [0, 0, 0, 0], [0, 0, 0.5, 0], [0.5, 0, 0, 0]]");
        assertThat(printed.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("says it corrects it to"));
        Map<String, Answer> drafted = revision("draft-then-final.md");
        assertThat(drafted.get("dK").written()).isEqualTo("[[5, 8], [1, 2]]");
        assertThat(drafted.get("dK").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("says it is wrong, 'After discussing it in the group we changed our mind.'"));
        Map<String, Answer> explained = Locator.locate(TextSheetReader.document("""
                ## Problem 1
                dK = [[5, 8], [1, 2]]

                By dK we mean the gradient of the loss with respect to the kernel.

                db = 4
                """, "explained.md"), SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml"))),
                new ArrayList<>()).answers();
        assertThat(explained.get("dK").doubt()).isEmpty();
    }

    /**
     * A correction further down, in another question's lines, naming the part by a name no other part has: "P.S. db
     * should be 6 and dP should be […] — we noticed the slips too late to change them above." at the end of problem 2
     * left problem 1's {@code db = 4} graded, unflagged. A name other parts share ({@code K} of 1.1's identity kernel
     * and 1.4's kernel) corrects only within its question.
     */
    @Test
    void aLaterCorrectionInAnotherQuestionNamingThePartDoubtsIt() throws Exception {
        Map<String, Answer> answers = revision("postscript.md");
        assertThat(answers.get("db").written()).isEqualTo("4");
        assertThat(answers.get("db").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("'P.S. db should be 6").endsWith("may correct it, naming this part: check which is the"
                        + " student's answer"));
        Answer identity = readAlexNet("## 1.1 Kernels\nidentity kernel K = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]\n\n"
                + "## 1.4 Pooling transformed into convolution\nK = [[0.5, 0.5], [0.5, 0.5]]\n\n"
                + "Correction: K = [[0.25, 0.25], [0.25, 0.25]]\n").get("identity_kernel");
        assertThat(identity.written()).isEqualTo("[[0, 0, 0], [0, 1, 0], [0, 0, 0]]");
        assertThat(identity.doubt()).isEmpty();
        // CPEN455's 1.2 and 1.3 both have a W2 and a b2: "W_2" corrected in 1.3 is 1.3's; a b2 corrected after the
        // last question may be either's.
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> xor = Locator.locate(TextSheetReader.document("""
                ## 1.2 A two-layer network with the absolute value for XOR
                W1 = [[1, 1], [1, 1]], b1 = [0, -1], W2 = [[1, -2]], b2 = 0

                ## 1.3 A two-layer ReLU network for XOR
                W1 = [[1, 1], [1, 1]], b1 = [0, -1], W2 = [[1, -2]], b2 = 0

                Correction: W_2 = [[1, 1]]

                ## 3.1 Receptive fields
                Addendum: b2 should be 1 (replaces our answer above).
                """, "xor.md"), cpen, new ArrayList<>()).answers();
        assertThat(xor.get("W2_abs").doubt()).isEmpty();
        assertThat(xor.get("W2").written()).isEqualTo("[[1, 1]]");
        for (String b2 : List.of("b2_abs", "b2")) {
            assertThat(xor.get(b2).written()).isEqualTo("0");
            assertThat(xor.get(b2).doubt()).as(b2).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("'Addendum: b2 should be 1"));
        }
    }

    /**
     * "conv1: 96 × 55 × 55", then "Correction: conv1 is 96 × 54 × 54": the correction names the part's own layer after
     * its word, which no row of the layer opens with, and the first shape was graded, unflagged.
     */
    @Test
    void aCorrectionNamingThePartsOwnLayerOnTheNextLineFlagsIt() {
        Answer conv1 = readAlexNet("### 1.5 Dimensions of CNN layers\nconv1: 96 × 55 × 55\n\n"
                + "Correction: conv1 is 96 × 54 × 54\n\npool1: 96 × 27 × 27\n").get("conv1_shape");
        assertThat(conv1.written()).isEqualTo("96 × 55 × 55");
        assertThat(conv1.doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("says it corrects it to 96 × 54 × 54"));
    }

    /**
     * A correction in words on the value's own line ("Stride: 2. Edit: 1.", "2 — no wait, 1", "conv1: 96 × 55 × 55,
     * actually no: 96 × 54 × 54") kept the first value, unflagged; "actually no:" made a list item of its own.
     */
    @Test
    void aCorrectionInWordsOnItsLineIsReadInDoubt() {
        Map<String, Answer> answers = readAlexNet("### 1.4 Pooling transformed into convolution\n"
                + "Stride: 2 — no wait, 1\n\nPadding: 1 (wrong!) 0\n"
                + "### 1.5 Dimensions of CNN layers\nconv1: 96 × 55 × 55, actually no: 96 × 54 × 54\n");
        assertThat(answers.get("avg_stride").written()).isEqualTo("1");
        assertThat(answers.get("avg_stride").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("corrects 2 to 1"));
        assertThat(answers.get("avg_padding").written()).isEqualTo("0");
        assertThat(answers.get("conv1_shape").written()).isEqualTo("96 × 54 × 54");
        assertThat(answers.get("conv1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("corrects 96 × 55 × 55 to 96 × 54 × 54"));
    }

    /** "Stride: 2 or 1" and "Flatten: 9216 4096": the first value was graded, no flag, the other never named. */
    @Test
    void severalValuesOnAScalarPartsLabelLineFlagItNamingThem() {
        Answer stride = read("1 Convolution layer\n2 Pooling as a convolution\nStride: 2 or 1\n3 Shapes\n")
                .get("stride");
        assertThat(stride.written()).isEqualTo("2");
        assertThat(stride.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'2 or 1'"));
        Answer flatten = readAlexNet("### 1.5 Dimensions of CNN layers\n- pool3: 256 × 6 × 6\n- Flatten: 9216 4096\n")
                .get("flat_size");
        assertThat(flatten.written()).isEqualTo("9216");
        assertThat(flatten.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'9216 4096'"));
        // A value its label gives alone, or with words after it that are no second answer, is in no doubt.
        assertThat(read("1 Convolution layer\n2 Pooling as a convolution\nStride: 2 (not 1)\n3 Shapes\n")
                .get("stride").doubt()).isEmpty();
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n- pool3: 256 × 6 × 6\n- Flatten: 9216\n")
                .get("flat_size").doubt()).isEmpty();
    }

    /**
     * A notebook's printed {@code flatten = 9216} and, below it, "**Answer:** the flattened vector has 9126 entries":
     * the printed value was read by its label and graded correct, the team's answer never named. An answer line
     * giving the same value is no doubt.
     */
    @Test
    void anAnswerLineBelowALabelledValueGivingAnotherFlagsIt() {
        Answer printed = readAlexNet("### 1.5 Dimensions of CNN layers\nflatten = 9216\n\n"
                + "**Answer:** the flattened vector has 9126 entries.\n").get("flat_size");
        assertThat(printed.written()).isEqualTo("9216");
        assertThat(printed.doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the line after 9216 gives the answer 9126"));
        // Printed in a code block, as a notebook's Markdown export gives it.
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n```\nflatten = 9216\n```\n\n"
                + "**Answer:** the flattened vector has 9126 entries.\n").get("flat_size").doubt()).isPresent();
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\nflatten = 9216\n\n"
                + "**Answer:** the flattened vector has 9216 entries.\n").get("flat_size").doubt()).isEmpty();
    }

    /**
     * A table comparing the team's shapes with the paper's ("| Layer | Our output | AlexNet paper |"): the row's last
     * shape was read, the paper's value graded as the team's answer, correct, unflagged. A table giving the output
     * before the input ("| Output size | Input size |") had its input read the same way: its headers say the first
     * shape is the output, read without a doubt. A table of inputs then outputs, or prose above a table without
     * headers, is in no doubt.
     */
    @Test
    void aRowsLastShapeUnderHeadersNamingAComparisonIsReadInDoubt() {
        Answer paper = readAlexNet("### 1.5 Dimensions of CNN layers\n| Layer | Our output | AlexNet paper |\n"
                + "|---|---|---|\n| conv1 | 96 × 54 × 54 | 96 × 55 × 55 |\n").get("conv1_shape");
        assertThat(paper.doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the row gives 96 × 54 × 54 and then 96 × 55 × 55").contains("'paper'"));
        Answer swapped = readAlexNet("### 1.5 Dimensions of CNN layers\n| Layer | Output size | Input size |\n"
                + "|---|---|---|\n| conv4 | 384 × 12 × 12 | 384 × 13 × 13 |\n").get("conv4_shape");
        assertThat(swapped.written()).isEqualTo("384 × 12 × 12");
        assertThat(swapped.doubt()).isEmpty();
        // An arrow between the two says the later comes out of the earlier, whatever the headers.
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n| Layer | Output size | Input size |\n"
                + "|---|---|---|\n| conv4 | 384 × 13 × 13 → 384 × 12 × 12 |\n").get("conv4_shape").written())
                .isEqualTo("384 × 12 × 12");
        // A LaTeX header whose formula holds digits is still the header.
        Answer checked = Locator.locate(TextSheetReader.document("\\subsection*{1.5 Dimensions of CNN layers}\n"
                + "\\begin{tabular}{llll}\nLayer & Output & Formula & Sanity check ($O = (I-K+2P)/S+1$)\\\\ \\hline\n"
                + "conv4 & $384\\times12\\times12$ & $(13+2-3)+1$ & $384\\times13\\times13$ \\\\\n\\end{tabular}\n",
                "answers.tex"), ALEXNET, new ArrayList<>()).answers().get("conv4_shape");
        assertThat(checked.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("a column 'sanity'"));
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n| Layer | Input | Output |\n|---|---|---|\n"
                + "| conv3 | 256 × 13 × 13 | 384 × 13 × 13 |\n").get("conv3_shape").doubt()).isEmpty();
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\nWe check each layer's shape:\n\n"
                + "| conv3 | 256 × 13 × 13 | 384 × 13 × 13 |\n").get("conv3_shape").doubt()).isEmpty();
    }

    /**
     * "Stride: 2 ... **1**" and "Flatten: 9216 … **9126**", a later value set apart by an ellipsis and bold: the first
     * was graded alone, correct, unflagged. The same without the bold, as a PDF gives it, is in doubt too.
     */
    @Test
    void aLaterValueAfterAnEllipsisOnAScalarPartsLabelLineFlagsIt() {
        Answer stride = read("1 Convolution layer\n2 Pooling as a convolution\nStride: 2 ... **1**\n3 Shapes\n")
                .get("stride");
        assertThat(stride.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'2 ... 1'"));
        Answer flatten = readAlexNet("### 1.5 Dimensions of CNN layers\n- pool3: 256 × 6 × 6\n"
                + "- Flatten: 9216 … 9126\n").get("flat_size");
        assertThat(flatten.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'9216 … 9126'"));
    }

    /** "Stride: $\\boxed{2}$" was missing, unflagged; "$\\boxed{96 \\times 55 \\times 55}$" read 55 × 55. */
    @Test
    void aBoxedNumberOrShapeIsTheAnswer() {
        assertThat(value(read("1 Convolution layer\n2 Pooling as a convolution\nStride: $\\boxed{2}$\n3 Shapes\n"),
                "stride")).isEqualTo("2.0");
        Map<String, Answer> answers = readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "- conv1: $\\boxed{96 \\times 55 \\times 55}$\n- Flatten: $\\boxed{9216}$\n");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
    }

    /**
     * A value set in bold or in a table's cell over two columns hid in its command's braces: {@code \\textbf{9216}} and
     * {@code \\multicolumn{2}{c}{9216}} were missing, unflagged, and {@code $\\mathbf{96 \\times 55 \\times 55}$}
     * read 55 × 55, graded wrong.
     */
    @Test
    void aValueSetInBoldOrInACellOverColumnsIsTheAnswer() {
        Map<String, Answer> bold = readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "- conv1: $\\mathbf{96 \\times 55 \\times 55}$\n- Flatten: \\textbf{9216}\n");
        assertThat(value(bold, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(bold, "flat_size")).isEqualTo("9216.0");
        Map<String, Answer> spanning = readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "9 & flatten & \\multicolumn{2}{c}{9216} \\\\\n");
        assertThat(value(spanning, "flat_size")).isEqualTo("9216.0");
    }

    /**
     * "conv1: 96 feature maps of size 55 by 55", and "S =" over rows typed "row 1: 0 2 0 2": the label stood there with
     * the answer after it, but the part was reported missing, unflagged, as if not answered.
     */
    @Test
    void aLabelWithTextNoValueIsReadFromIsUnreadableAndFlaggedQuotingIt() {
        Answer conv1 = readAlexNet("### 1.5 Dimensions of CNN layers\n- conv1: 96 feature maps of size 55 by 55\n")
                .get("conv1_shape");
        assertThat(conv1.value()).isEmpty();
        assertThat(conv1.problem()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'96 feature maps of size 55 by 55'"));
        assertThat(conv1.doubt()).isPresent();
        Answer rows = readAlexNet("### 1.3.1 Convolution\nS =\n\n    row 1: 0 2 0 2\n    row 2: 3 2 5 2\n")
                .get("S");
        assertThat(rows.problem()).hasValueSatisfying(reason -> assertThat(reason).contains("'row 1: 0 2 0 2'"));
        // A blank template's label without a digit after it is no answer.
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n- conv1: ___ × ___ × ___\n"))
                .doesNotContainKey("conv1_shape");
    }

    /** "Stride: $\\begin{bmatrix} 2 \\end{bmatrix}$", a 1 × 1 matrix, scored 0: "could not be checked". */
    @Test
    void aOneByOneMatrixWhereOneNumberIsAskedIsThatNumberNoted() {
        Answer stride = readAlexNet("### 1.4 Pooling transformed into convolution\n"
                + "Stride: $\\begin{bmatrix} 2 \\end{bmatrix}$\n").get("avg_stride");
        assertThat(stride.value().orElseThrow().toString()).isEqualTo("2.0");
        assertThat(stride.notes()).anyMatch(note -> note.contains("1 × 1 matrix"));
    }

    /** "conv1: 96,55,55" was missing, unflagged: the scanner read 96.55 (a decimal comma) and ",55". */
    @Test
    void aShapesSidesPartedByCommasAloneAreTheShapeNoted() {
        Answer conv1 = readAlexNet("### 1.5 Dimensions of CNN layers\n- conv1: 96,55,55\n").get("conv1_shape");
        assertThat(conv1.value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(conv1.notes()).anyMatch(note -> note.contains("96 × 55 × 55"));
    }

    /**
     * 2 × 2 average pooling's kernel in words, its size and its weights' value: missing, unflagged, or read as its size
     * alone ("Kernel: 2 × 2 with …", graded incorrect). It reads as the matrix of that value throughout, in doubt.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Kernel size 2 × 2 pixels, weights ¼ each. Stride of 2 pixels in both directions.",
        "Kernel: 2 × 2 with each entry one quarter (1/4).",
        "We can achieve the same result by taking a 2x2 kernel with values 1/4.",
        "A 2×2 kernel where all values are 0.25, stride 2.", "Kernel: 2 × 2 with 0.25 in each entry.",
        "The kernel is a 2 by 2 matrix filled with 0.25."})
    void aKernelGivenInWordsBySizeAndWeightIsThatMatrixInDoubt(String line) {
        Answer kernel = readAlexNet("## 1.4 Pooling transformed into convolution\n\n" + line + "\n").get("avg_kernel");
        assertThat(kernel.value().orElseThrow().toString()).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(kernel.doubt()).hasValueSatisfying(doubt -> assertThat(doubt).startsWith("read from the words '")
                .contains("as a 2 × 2 matrix of"));
    }

    /** Words that give a kernel's weights no one value, or a size alone, make no matrix of them. */
    @Test
    void aKernelsSizeWithoutOneValueOfItsWeightsIsNoMatrix() {
        String heading = "## 1.4 Pooling transformed into convolution\n\n";
        assertThat(readAlexNet(heading + "A 3 × 3 kernel with weights summing to 1.\n")).doesNotContainKey("avg_kernel");
        assertThat(readAlexNet(heading + "A 3 × 3 kernel with 9 weights.\n")).doesNotContainKey("avg_kernel");
        assertThat(readAlexNet(heading + "The kernel is 2 × 2.\n").get("avg_kernel").value().orElseThrow().toString())
                .isEqualTo("[2.0, 2.0]");
        // A matrix the team wrote out is its answer, whatever words stand before it or beside it.
        assertThat(readAlexNet(heading + "A 2x2 kernel with values 1/2.\n\nK = [[0.25, 0.25], [0.25, 0.25]]\n")
                .get("avg_kernel").value().orElseThrow().toString()).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(readAlexNet(heading + "Kernel 2x2 with every weight 1/2: `[[1/4, 1/4], [1/4, 1/4]]`.\n")
                .get("avg_kernel").value().orElseThrow().toString()).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        // A table's row, as a Word table gives it: the label took the size, which gives way to the matrix after it.
        Answer row = readAlexNet(heading + "kernel\t2 × 2, every weight 1/4: [[0.25, 0.25], [0.25, 0.25]]\n")
                .get("avg_kernel");
        assertThat(row.value().orElseThrow().toString()).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(row.foundBy()).isEqualTo(FoundBy.LABEL);
        // Part A's label is no article: "a 2x2 kernel" in 1.3.1's region gives A nothing.
        assertThat(readAlexNet("## 1.3.1 Convolution layer\n\nPooling with a 2x2 kernel with values 1/4 follows.\n"))
                .doesNotContainKey("A");
        // The label names the size only next to it: here "kernel" is another clause's word.
        assertThat(readAlexNet(heading + "The kernel averages what we would get by taking a 2x2 window with values"
                + " 1/2.\n")).doesNotContainKey("avg_kernel");
    }

    /**
     * A shape's middle side of three digits, its sides parted by commas ({@code 96,155,55}): the scanner read 96,155 as
     * the thousand 96155 and ",55" after it, so in a table's row or in prose the shape was missing, and after its label
     * with words behind it unreadable (found by the value grammar's property test, with {@code 4,851,2}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"| conv1 | 96,155,55 |", "The output of conv1 is 96,155,55.",
        "conv1: 96,155,55 (after the first layer)"})
    void aShapesMiddleSideOfThreeDigitsPartedByCommasIsNoThousand(String line) {
        Answer conv1 = readAlexNet("### 1.5 Dimensions of CNN layers\n\n" + line + "\n").get("conv1_shape");
        assertThat(conv1.value().orElseThrow().toString()).isEqualTo("[96.0, 155.0, 55.0]");
    }

    /** "A_valid = [[23, 8, (-8), (-23)], …]": negatives in parentheses made no list, and the part was missing. */
    @Test
    void aMatrixWithNegativesInParenthesesAfterItsLabelIsRead() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(
                "A_valid = [[23, 8, (-8), (-23)], [23, 8, (-8), (-23)]]\n", "answers.md"), week12, new ArrayList<>())
                .answers();
        assertThat(value(answers, "A_valid")).isEqualTo("[[23.0, 8.0, -8.0, -23.0], [23.0, 8.0, -8.0, -23.0]]");
    }

    /**
     * "conv1: 96x55x55, pool1: 96x27x27, conv2: 256x27x27": the layer's row was the whole line, so conv1 took the last
     * item's shape, by label, and pool1 and conv2 were taken by match and by order (conv2 the first item's shape), or
     * were missing; a label in the middle of the line named nothing. Each item is now its layer's row, and an item no
     * shape is read from ("conv3 = 384 maps of 13 by 13") is unreadable, flagged, its text quoted.
     */
    @Test
    void eachItemOfAOneLineListIsItsLayersRow() throws Exception {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = new TextSheetReader().read(Path.of(
                "src/test/resources/one-line-lists/answers.md"), "answers.md", e1394).get(0).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "conv4_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        for (String layer : List.of("conv1_shape", "pool1_shape", "conv2_shape", "pool2_shape", "conv4_shape")) {
            assertThat(answers.get(layer).foundBy()).as(layer).isEqualTo(FoundBy.LABEL);
        }
        Map<String, Answer> unread = readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "conv1: 96x55x55, pool1: 96 maps of 27 by 27, conv2: 256x27x27\n");
        assertThat(unread.get("pool1_shape").value()).isEmpty();
        assertThat(unread.get("pool1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'96 maps of 27 by 27' after it"));
        // A table's row with commas in its columns is one row: "5  3 × 3 Conv(384), P = 1  …  384 × 13 × 13".
        assertThat(value(readAlexNet("### 1.5 Dimensions of CNN layers\n"
                + "5  3 × 3 Conv(384), P = 1   256 × 13 × 13   384 × 13 × 13\n"), "conv3_shape"))
                .isEqualTo("[384.0, 13.0, 13.0]");
    }

    /**
     * A layer named in {@code \\text{…}} inside math ({@code \\text{conv1} : 96 \\times 55 \\times 55 ;
     * \\text{pool1} : 96 \\times 27 \\times 27}) started no item of a one-line list: the command, opened, left seven
     * blanks after the semicolon where four were allowed, and {@code \\quad} was no space. The line was conv1's row:
     * conv1 took pool1's shape by its label, pool1 took conv1's by its place, both graded incorrect (conv1 flagged
     * only as a row giving a layer's input and output). Two equations to a row of {@code align*} or {@code aligned}
     * ({@code \\text{conv1} &: … & \\text{pool1} &: …}) were one row too. Items each in inline math of its own
     * ({@code $\\text{conv1}: …$, $\\text{pool1}: …$}) were found by their values alone, flagged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"names-in-text.md", "names-in-display.md", "align.md", "aligned.md",
        "names-in-inline-math.md"})
    void aLabelSetAsTextInMathWasTakenForTheNextLayers(String file) throws Exception {
        Map<String, Answer> answers = readAlexNet(Files.readString(
                Path.of("src/test/resources/aligned-equations", file)));
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        for (String layer : List.of("conv1_shape", "pool1_shape")) {
            assertThat(answers.get(layer).foundBy()).as(layer).isEqualTo(FoundBy.LABEL);
            assertThat(answers.get(layer).doubt()).as(layer).isEmpty();
        }
    }

    /**
     * "Flattened vector: $\\mathbb{R}^{9216}$": the label with a word after it was no label opening its line, and the
     * flattened length, given as a space no value of its kind is read from, was missing, unflagged.
     */
    @Test
    void aLengthGivenAsARealSpaceAfterALabelOfTwoWordsWasMissingUnflagged() {
        for (String given : List.of("$\\mathbb{R}^{9216}$", "ℝ^9216")) {
            Answer flatten = readAlexNet("## 1.5 Dimensions of CNN layers\n\nconv1: 96 × 55 × 55\n\n"
                    + "Flattened vector: " + given + "\n").get("flat_size");
            assertThat(flatten).as(given).isNotNull();
            assertThat(flatten.problem()).as(given).isPresent();
            assertThat(flatten.written()).as(given).isEqualTo(given);
        }
    }

    /**
     * "Padding: not needed" and "Stride: equal to the kernel size" answer in words no value is read from: the parts
     * were missing, unflagged, and graded 0, where a single word ("Padding: valid") is refused for a person to read.
     * A blank sheet's filler ("your answer here") is still no answer.
     */
    @Test
    void anAnswerInAPhraseWithoutANumberWasMissingUnflagged() {
        Map<String, Answer> answers = readAlexNet("## 1.4 Pooling transformed into convolution\n\n"
                + "Kernel: [[0.25, 0.25], [0.25, 0.25]]\n\nStride: equal to the kernel size\n\nPadding: not needed\n");
        for (String part : List.of("avg_stride", "avg_padding")) {
            assertThat(answers.get(part).value()).as(part).isEmpty();
            assertThat(answers.get(part).problem()).as(part).isPresent();
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        }
        assertThat(answers.get("avg_padding").written()).isEqualTo("not needed");
        Map<String, Answer> blank = readAlexNet("## 1.4 Pooling transformed into convolution\n\n"
                + "Stride: your answer here\n\nPadding: to be filled in\n");
        assertThat(blank).doesNotContainKeys("avg_stride", "avg_padding");
        Map<String, Answer> sentence = readAlexNet("## 1.4 Pooling transformed into convolution\n\n"
                + "Padding: no padding needed\n");
        assertThat(value(sentence, "avg_padding")).isEqualTo("0.0");
    }

    /**
     * A sheet numbering its problems from a theory question: {@code ## Problem 2} heads question 2 but holds question
     * 1's labelled answers. Question 2's parts took them by their place (P graded on S's matrix), and question 1's S,
     * dK and dX were missing, unflagged. A label beats a guess: each is read by its label, outside its region
     * (flagged), question 2's parts read theirs from under {@code ## Problem 3}, and question 2 is marked as
     * misnumbered.
     */
    @Test
    void aLabelledAnswerUnderAnotherQuestionsHeadingWentToThatQuestionsGuess() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("""
                Team Renumber

                ## Problem 1
                Theory question (not graded here): the chain rule.

                ## Problem 2

                S = [[-0.5, 4.5, 5.5], [3.5, 0.5, 2.5], [3.5, 1.5, 2.5]]

                dK = [[5, 8], [1, 2]]

                db = 4

                dX = [[1, -1, -1, 1], [2, 2, -4, 0], [1, 3, 1, -1], [2, 0, 2, 0]]

                ## Problem 3

                dP = [[0.5, 1], [0.5, 0.5]]

                dA = [[0, 0.5, 1, 0], [0, 0, 0, 0], [0, 0, 0.5, 0], [0.5, 0, 0, 0]]
                """, "answers.md"), backprop, new ArrayList<>());
        Map<String, Answer> answers = sheet.answers();
        for (String part : List.of("S", "dK", "db", "dX")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.OUTSIDE);
        }
        assertThat(value(answers, "dK")).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
        assertThat(value(answers, "dP")).isEqualTo("[[0.5, 1.0], [0.5, 0.5]]");
        assertThat(answers.get("dP").where().line()).isEqualTo(18);
        assertThat(answers).doesNotContainKey("P");
        // Question 2's heading held question 1's answers: its part still missing is for a person to look for.
        assertThat(sheet.unheaded()).containsEntry("2", AnswerSheet.Unheaded.MISNUMBERED).doesNotContainKey("1");
    }

    /**
     * A sentence about a whole-number part that concludes with its number in words ("…, which is four.", "db = sum of
     * all entries of G = four"): db was missing, unflagged. It is read, in doubt, as "the bias gradient is four" was.
     */
    @ParameterizedTest
    @ValueSource(strings = {"The bias gradient is the sum of all entries of G, which is four.",
        "db = sum of all entries of G = four", "dL/db is the sum of the upstream gradient, i.e. four"})
    void aNumberInWordsConcludingItsLabelsSentenceWasMissingUnflagged(String sentence) {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Answer db = Locator.locate(TextSheetReader.document("## 1 Backpropagation through a convolution layer\n\n"
                + "dK = [[5, 8], [1, 2]]\n\n" + sentence + "\n", "answers.md"), backprop, new ArrayList<>()).answers()
                .get("db");
        assertThat(db.value().orElseThrow().toString()).isEqualTo("4.0");
        assertThat(db.doubt().orElseThrow()).contains("check they are the team's answer");
    }

    /**
     * A sheet heading no question ({@code ## Part 3} before parts were markers), whose detector and pooling matrices
     * are labelled as the rubric does not know them ({@code ReLU output:}, {@code max-pooled:}), each with a wrong
     * entry so that no value matches: Y_same and P_same were missing, unflagged, the matrices no part took unnamed. The whole document is their questions' region, and
     * its values left are named for each missing part.
     */
    @Test
    void valuesLeftInADocumentHeadingNoQuestionWereNotNamed() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("""
                Sam Reid

                valid: [[23, 8, -8, -23], [23, 8, -8, -23]]

                ReLU output: [[12, 14, 4, 0, 0, 0], [18, 23, 8, 0, 0, 0], [18, 23, 8, 0, 0, 0], [12, 14, 5, 0, 0, 0]]

                max-pooled: [[23, 8, 1], [23, 8, 0]]
                """, "answers.md"), week12, new ArrayList<>());
        assertThat(sheet.answers()).containsKey("A_valid").doesNotContainKeys("Y_same", "P_same");
        assertThat(sheet.unheaded()).containsEntry("3", AnswerSheet.Unheaded.NONE_IN_DOCUMENT);
        assertThat(sheet.valuesLeft().get("3")).extracting(Where::line).containsExactly(5, 7);
    }

    /**
     * A number denied in words or given as a sign, its label in a line of its question from which nothing was read
     * for it: the part was missing, unflagged, and graded 0. It is unreadable, the line quoted, for a person to score.
     */
    @ParameterizedTest
    @ValueSource(strings = {"K = [[0.25, 0.25], [0.25, 0.25]], stride 2, no zero-padding.",
        "Stride: 2\n\nThere is no need for padding.", "Stride: 2\n\nWe don't need padding.",
        "Kernel: [[0.25, 0.25], [0.25, 0.25]], stride 2, padding is not needed.",
        "The kernel [[0.25, 0.25], [0.25, 0.25]] with a stride of 2 and without any padding.",
        "Stride: 2\n\nPadding: –", "Stride: 2\n\nPadding: ✗", "Stride: 2\n\nPadding: ?",
        "Stride: 2\n\nPadding: no (valid convolution)", "Stride: 2\n\nThe input is not padded.",
        "Kernel: [[0.25, 0.25], [0.25, 0.25]], stride 2; the input does not need to be padded."})
    void aNumberDeniedInWordsOrGivenAsASignWasMissingUnflagged(String answer) {
        Answer padding = readAlexNet("## 1.4 Pooling transformed into convolution\n\n" + answer + "\n").get(
                "avg_padding");
        assertThat(padding).isNotNull();
        assertThat(padding.value()).isEmpty();
        assertThat(padding.problem()).isPresent();
        assertThat(padding.foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(padding.doubt().orElseThrow()).contains("answers it in words or a sign");
        assertThat(padding.written()).isEqualTo(answer.substring(answer.lastIndexOf('\n') + 1));
    }

    /**
     * A matrix answered in words: its label the subject of a sentence describing it, or opening its line with words
     * after its sign. The part was missing, unflagged, and graded 0; it is unreadable, the line quoted.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.1 Kernels|(a) The identity kernel has a one in the centre and zeros everywhere else.|identity_kernel",
        "1.4 Pooling transformed into convolution|Kernel: all weights one quarter, i.e. the mean of the window.|avg_kernel"})
    void aMatrixAnsweredInWordsWasMissingUnflagged(String heading, String line, String part) {
        Answer answer = readAlexNet("## " + heading + "\n\n" + line + "\n\n## 1.5 Dimensions of CNN layers\n\n"
                + "conv1: 96 × 55 × 55\n").get(part);
        assertThat(answer.value()).isEmpty();
        assertThat(answer.written()).isEqualTo(line);
        assertThat(answer.doubt().orElseThrow()).contains("answers it in words or a sign");
    }

    /**
     * A line answering one part in words answers the parts whose labels it names too: the kernel here, given in one
     * sentence with the stride (denied beside "without"), was missing, unflagged, while the stride was flagged.
     */
    @Test
    void aPartNamedInALineAnsweringAnotherInWordsWasMissingUnflagged() {
        String line = "A kernel of the same size as the pooling window, with every weight equal to one quarter, moved"
                + " with a stride equal to its size and without padding.";
        Map<String, Answer> answers = readAlexNet("## 1.4 Pooling transformed into convolution\n\n" + line
                + "\n\n## 1.5 Dimensions of CNN layers\n\nconv1: 96 × 55 × 55\n");
        assertThat(answers.get("avg_stride").written()).isEqualTo(line);
        assertThat(answers.get("avg_kernel").written()).isEqualTo(line);
        assertThat(answers.get("avg_kernel").doubt()).isPresent();
    }

    /**
     * A matrix's label in prose that does not describe it, in a question, or before a mark or words saying it is not
     * answered gives no answer: the part stays missing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"We tried an identity kernel on the test image.", "What does the identity kernel do?",
        "Identity kernel: your answer here", "Identity kernel: —", "Identity kernel: skipped, ran out of time",
        "Identity kernel: not done"})
    void aMatrixsLabelInProseIsNoAnswer(String line) {
        Map<String, Answer> answers = readAlexNet("## 1.1 Kernels\n\n" + line + "\n\n## 1.5 Dimensions of CNN"
                + " layers\n\nconv1: 96 × 55 × 55\n");
        assertThat(answers).containsKey("conv1_shape").doesNotContainKey("identity_kernel");
    }

    /**
     * A label giving its value on its line ({@code $b_2 = 0$}, {@code W2 = [[1, -2]]}), a matrix printed on the next
     * (a notebook's {@code print(table)}): the matrix took the label from the line above, and b2 was read as the XOR
     * table, unflagged. A label names a matrix below only when its own line gives it no value; a notebook's printed
     * array ({@code W2 = array([[1, -2]])}, a tuple's output) gives it one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$b_2 = 0$|b2|0.0", "b2 = 0|b2|0.0", "W2 = [[1, -2]]|W2|[[1.0, -2.0]]",
        "W2 = array([[1, -2]])|W2|[[1.0, -2.0]]", "W2 = tensor([[1, -2]])|W2|[[1.0, -2.0]]"})
    void aLabelGivingItsValueDoesNotNameAMatrixBelow(String line, String part, String value) {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## 1.3\n\n" + line + "\n\n"
                + "[[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]\n", "answers.md"), cpen455, new ArrayList<>())
                .answers();
        assertThat(answers.get(part).value().orElseThrow().toString()).isEqualTo(value);
        assertThat(answers.get("xor_table").value().orElseThrow().toString())
                .isEqualTo("[[0.0, 0.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 0.0]]");
    }

    /**
     * A worked check after the answers ({@code W1 x + b1 = [2, 1]}, {@code y = W2 relu(W1 x + b1) + b2 = 1}): the
     * answer's name, a term of the sum, labelled the sum's value, and b1 and b2 were read as [2, 1] and 1, unflagged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"check x = (1, 1): W1 x + b1 = [2, 1], relu gives [2, 1], y = 2 - 2 = 0",
        "for x = (1, 1): y = W2 relu(W1 x + b1) + b2 = 1", "Case $x=(1,1)$: $W_1 x + b_1 = [2, 1]$"})
    void aNameInAWorkedCheckDoesNotLabelItsResult(String check) {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## 1.3\n\nW1 = [[1, 1], [1, 1]]\n\n"
                + "b1 = [0, -1]\n\nW2 = [1, -2]\n\nb2 = 0\n\n" + check + "\n", "answers.md"), cpen455,
                new ArrayList<>()).answers();
        assertThat(answers.get("b1").value().orElseThrow().toString()).isEqualTo("[0.0, -1.0]");
        assertThat(answers.get("b2").value().orElseThrow().toString()).isEqualTo("0.0");
    }

    /**
     * A yes or no said in words without a yes or no word ({@code Top-right neuron and the eye: The neuron cannot see
     * the eye.}, a sentence denying with "cannot", the question asked and answered on one line, a mark after the
     * label): the part was missing, unflagged, graded 0. It is unreadable, to review. The question asked alone, and a
     * sentence naming the eye without a denial, stay unanswered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Top-right neuron and the eye: The neuron cannot see the eye.|true",
        "Top-right neuron and the eye: Das Neuron sieht das Auge nicht.|true",
        "Can the neuron see the eye? Not at all.|true", "The neuron cannot see the eye.|true", "eye: ✗|true",
        "Does the top-right neuron see the eye?|false", "eye: ___|false", "The eye is at pixel (255, 210).|false",
        "Top-right neuron and the eye: The neuron cannot see it, since the eye lies where the field does not reach.|true"})
    void aYesOrNoSaidInWordsIsUnreadable(String line, boolean unreadable) {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Exercise 4-2\n\nreceptive field: 41"
                + "\n\n" + line + "\n", "answers.md"), lmu, new ArrayList<>()).answers();
        assertThat(answers.containsKey("sees_eye")).as(line).isEqualTo(unreadable);
        if (unreadable) {
            assertThat(answers.get("sees_eye").value()).isEmpty();
            assertThat(answers.get("sees_eye").problem()).isPresent();
            assertThat(answers.get("sees_eye").where().line()).isEqualTo(5);
        }
    }

    /**
     * The problem copied above the answers, a part left blank: its label in the problem's words ("stride 2" in the
     * tip, the question quoted or asked) gave it the problem's value, graded as the team's, unflagged. It is in doubt,
     * the line quoted. A value after an answer's mark or a question's mark answers, as does a label's own line with a
     * question in a remark.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "> Represent 2×2 average pooling (stride 2, no overlap) as a convolution.|true",
        "> Tip: A 2×2 pooling operation with stride 2 would result in our example from class with no overlap.|true",
        "Question: How do you represent 2×2 average pooling with stride 2 as a convolution?|true",
        "*Problem: represent 2×2 average pooling with stride 2 as a convolution; give kernel, stride and padding.*|true",
        "We were asked: how do you represent 2×2 average pooling with stride 2 as a convolution?|true",
        "Represent 2×2 average pooling (stride 2) as a convolution: kernel, stride, padding.|true",
        "Berechne den Stride für 2×2 Pooling mit stride 2.|true", "Computed with stride 2|false",
        "Compute stride = 2|false",
        "> **Answer:** stride 2|false", "Question: what is the stride? Answer: stride 2|false",
        "What is the stride? 2|false", "Stride: 2 (why 2? the windows must not overlap)|false", "Q2: stride = 2|false",
        "> stride = 2|false", "Task 1.4: kernel [[0.25, 0.25], [0.25, 0.25]], stride 2, padding 0|false",
        "AUFGABE 1.4: Berechne den Stride. LÖSUNG: stride 2|false", "stride: is 2 enough? yes|false",
        // Every word that marks a question's number opens a problem restated, as it heads a question (Regions).
        "Exercice 1.4 : calculez le stride pour un pooling 2×2 de stride 2.|true",
        "Problème 1.4 : calculer le stride d'un pooling 2×2 avec stride 2.|true",
        "Part 4: compute the stride of 2×2 pooling with stride 2.|true", "Part 4: stride 2|false"})
    void aValueWhereTheProblemIsRestatedIsInDoubt(String line, boolean doubted) {
        Answer stride = readAlexNet("## 1.4 Pooling transformed into convolution\n\n" + line
                + "\n\nKernel: [[0.25, 0.25], [0.25, 0.25]]\n\nPadding: 0\n").get("avg_stride");
        assertThat(stride.value().orElseThrow().toString()).isEqualTo("2.0");
        assertThat(stride.doubt()).as(line).isEqualTo(doubted ? Optional.of("its line restates the"
                + " problem, " + Excerpt.quoted(line) + " (line 3): the value may be the problem's, copied; check it is"
                + " the team's answer") : Optional.empty());
    }

    /** The answers read from a sheet of src/test/resources/revisions/ with the backprop rubric. */
    private static Map<String, Answer> revision(String name) throws IOException {
        return Locator.locate(TextSheetReader.document(Files.readString(Path.of("src/test/resources/revisions", name)),
                name), SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml"))), new ArrayList<>()).answers();
    }

    /**
     * A later line saying it corrects an answer above, naming the part, with another value of its kind ({@code EDIT:
     * the Pool1 answer above is wrong, it is 96 × 26 × 26.}, a matrix of another shape after {@code Correction:}): the
     * first answer was graded alone, unflagged. It stays taken, in doubt, the line quoted. A correction naming no
     * part ("the answer above is wrong") or another part leaves it as it was, as does a line without correcting words.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5 Dimensions of CNN layers|- Pool1: 96 × 27 × 27|EDIT: the Pool1 answer above is wrong, it is 96 × 26 × 26.|pool1_shape|true",
        "1.5 Dimensions of CNN layers|- Conv3: 384 × 13 × 13|Update: we recomputed, conv3 should be 384 × 9 × 9.|conv3_shape|true",
        "1.5 Dimensions of CNN layers|- Flatten: 9216|The flattened length above is wrong: it is 256 · 2 · 2 = 1024.|flat_size|true",
        "1.3.2 Pooling layer|P = [[0.95, 0.99], [1, 1]]|Correction: P = [[0.95, 0.99, 0.99], [1, 1, 1], [1, 1, 1]]|P|true",
        "1.5 Dimensions of CNN layers|- Conv3: 384 × 13 × 13|Update: we recomputed, conv4 should be 384 × 9 × 9.|conv3_shape|false",
        "1.5 Dimensions of CNN layers|- Conv3: 384 × 13 × 13|EDIT: the answer above is wrong, it is 384 × 9 × 9.|conv3_shape|false",
        "1.5 Dimensions of CNN layers|- Conv3: 384 × 13 × 13|With 3 × 3 kernels, conv3 keeps 384 × 13 × 13 maps.|conv3_shape|false",
        "1.5 Dimensions of CNN layers|- Conv3: 384 × 13 × 13|Without padding, conv3 would give 384 × 11 × 11, which would be wrong.|conv3_shape|false"})
    void aLaterLineCorrectingAPartByNameDoubtsTheAnswerTaken(String heading, String answer, String later,
            String part, boolean doubted) {
        Answer taken = readAlexNet("## " + heading + "\n\n" + answer + "\n- Conv2: 256 × 27 × 27\n\n" + later + "\n")
                .get(part);
        assertThat(taken.where().line()).isEqualTo(3);
        assertThat(taken.doubt()).as(later).isEqualTo(doubted
                ? Optional.of(Excerpt.quoted(later) + " (line 6) may correct it, naming this part: check which is"
                        + " the student's answer") : Optional.empty());
    }

    /**
     * A truth table whose header names the network's terms ({@code | x1 | x2 | h = relu(W1 x + b1) | y |}, {@code |
     * x1 | x2 | y = W2 abs(W1 x + b1) + b2 |}, its cells parted by tabs in Word, by gaps in a PDF): a term of the header labelled the table below it, and b1 or W2 was read
     * as the table's inputs, unflagged, the answer on its own line above passed over. A term of an expression names
     * no matrix below it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"| x1 | x2 | h = relu(W1 x + b1) | y |", "| x1 | x2 | W1 x + b1 | y |",
        "| x1 | x2 | y = W2 abs(W1 x + b1) + b2 |", "| x1 | x2 | W2 h + b2 |", "| x1 | x2 | W2 · h − b2 |",
        "x1 x2 h = relu(W1 x + b1) y", "x1\tx2\ty = W2 abs(W1 x + b1) + b2"})
    void aTermOfATablesHeaderNamesNoPartOfTheTable(String header) {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## 1.3\n\nW1 = [[1, 1], [1, 1]]\n\n"
                + "b1 = [0, -1]\n\nW2 = [[1, -2]]\n\nb2 = 0\n\n" + header + "\n|---|---|---|---|\n"
                + "| 0 | 0 | [0, 0] | 0 |\n| 0 | 1 | [1, 0] | 1 |\n| 1 | 0 | [1, 0] | 1 |\n| 1 | 1 | [2, 1] | 0 |\n",
                "answers.md"), cpen455, new ArrayList<>()).answers();
        assertThat(value(answers, "W1")).isEqualTo("[[1.0, 1.0], [1.0, 1.0]]");
        assertThat(value(answers, "b1")).isEqualTo("[0.0, -1.0]");
        assertThat(value(answers, "W2")).isEqualTo("[[1.0, -2.0]]");
        assertThat(value(answers, "b2")).isEqualTo("0.0");
    }

    /**
     * A name and a dash in prose over its matrix ({@code W1 - first layer weights:}, {@code second layer - W2:}) still
     * names it: read as a minus,
     * the dash made W1 a term, and W1, b1 and W2 were missing, unflagged, their matrices taken by other parts.
     */
    @Test
    void aDashAfterANameInProseIsNoMinus() {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## 1.3\n\nW1 - first layer weights:\n"
                + "[[1, 1], [1, 1]]\n\nb1 - first layer bias:\n[0, -1]\n\nsecond layer - W2:\n[[1, -2]]\n\n"
                + "b2 = 0\n", "answers.md"), cpen455, new ArrayList<>()).answers();
        assertThat(value(answers, "W1")).isEqualTo("[[1.0, 1.0], [1.0, 1.0]]");
        assertThat(value(answers, "b1")).isEqualTo("[0.0, -1.0]");
        assertThat(value(answers, "W2")).isEqualTo("[[1.0, -2.0]]");
    }

    /**
     * A LaTeX source putting each answer on its heading's line ({@code \\subsection*{1.2} With the absolute value:
     * $W_1 = \\begin{pmatrix} …$}), as pdflatex sets a run-in paragraph: neither line was a heading (text after the
     * command, and a matrix's ampersands, which mark a table's row), and 1.2's W1 and b1 were read from 1.3's line and
     * 1.3's from 1.2's, unflagged. The command heads its question, the text after it is its first paragraph.
     */
    @Test
    void aLatexHeadingWithItsAnswerOnItsLineHeadsItsQuestion() {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                \\section*{Problem 1}
                \\subsection*{1.2} With the absolute value: $W_1 = \\begin{pmatrix} 1 & -1 \\\\ 1 & 1 \\end{pmatrix}$, \
                $b_1 = \\begin{pmatrix} 0 \\\\ 0 \\end{pmatrix}$.

                \\subsection*{1.3} With ReLU: $W_1 = \\begin{pmatrix} 1 & 1 \\\\ 1 & 1 \\end{pmatrix}$, \
                $b_1 = \\begin{pmatrix} 0 \\\\ -1 \\end{pmatrix}$.
                """, "answers.tex"), cpen455, new ArrayList<>()).answers();
        assertThat(answers.get("W1_abs").value().orElseThrow().toString()).isEqualTo("[[1.0, -1.0], [1.0, 1.0]]");
        assertThat(answers.get("b1_abs").value().orElseThrow().toString()).isEqualTo("[[0.0], [0.0]]");
        assertThat(answers.get("W1").value().orElseThrow().toString()).isEqualTo("[[1.0, 1.0], [1.0, 1.0]]");
        assertThat(answers.get("b1").value().orElseThrow().toString()).isEqualTo("[[0.0], [-1.0]]");
    }

    /** A word alone in quotes after its label ({@code Padding: "valid"}) is a word alone, refused for a person to read. */
    @Test
    void aWordInQuotesAfterItsLabelWasMissingUnflagged() {
        Answer padding = readAlexNet("## 1.4 Pooling transformed into convolution\n\nStride: 2\n\nPadding: \"valid\"\n")
                .get("avg_padding");
        assertThat(padding.value()).isEmpty();
        assertThat(padding.written()).isEqualTo("valid");
        Answer none = readAlexNet("## 1.4 Pooling transformed into convolution\n\nStride: 2\n\nPadding: 'none'\n")
                .get("avg_padding");
        assertThat(none.value().orElseThrow().toString()).isEqualTo("0.0");
    }

    /**
     * "Without padding" in a sentence says the padding is none, as "no padding" does: read as 0, in doubt, since the
     * problem restated may say it.
     */
    @Test
    void withoutPaddingInASentenceReadsNoneInDoubt() {
        Answer padding = readAlexNet("## 1.4 Pooling transformed into convolution\n\nThe kernel is [[0.25, 0.25],"
                + " [0.25, 0.25]] with stride 2, without padding.\n").get("avg_padding");
        assertThat(padding.value().orElseThrow().toString()).isEqualTo("0.0");
        assertThat(padding.doubt()).isPresent();
    }

    /**
     * A label in a question asked, in the problem restated before the solution's mark, or before a blank sheet's
     * underscores gives no answer: such a part is still missing, not unreadable.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Stride: 2\n\nPadding: ___", "Stride: 2\n\nPadding: ...",
        "Stride: 2\n\nWhy is padding not needed here?",
        "Give the kernel and the stride; the padding is not given.\n\nSolution:\n\nStride: 2",
        "Stride: 2\n\nPadding: your answer here"})
    void aLabelInAQuestionOrBeforeFillerIsNoAnswer(String text) {
        Map<String, Answer> answers = readAlexNet("## 1.4 Pooling transformed into convolution\n\n" + text + "\n");
        assertThat(answers).containsKey("avg_stride").doesNotContainKey("avg_padding");
    }

    /**
     * Layers numbered from the input as layer 1, each row naming its layer ({@code input-as-layer-one/}): conv4 took
     * conv3's row by its number (6, conv4's in the network) and was graded correct without a flag, the team's wrong
     * conv4 in the next row unread. A table's name after the number is the layer; a table or list whose row 1 is the
     * input numbers the layers from 2; elsewhere a number that a row's name contradicts names no layer, and what is
     * then read is flagged.
     */
    @Test
    void aRowsNumberCountingTheInputGaveALayerTheRowBefore() throws Exception {
        Path folder = Path.of("src/test/resources/input-as-layer-one");
        Map<String, Answer> table = readAlexNet(Files.readString(folder.resolve("table.md")));
        assertThat(value(table, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(table, "conv4_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(table, "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(table.get("conv4_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(table.get("conv4_shape").where().line()).isEqualTo(13);
        // Rows naming their kinds only, the input numbered 1: each number is one more than the layer's.
        Map<String, Answer> kinds = readAlexNet(Files.readString(folder.resolve("kinds.tex")));
        assertThat(value(kinds, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(kinds, "conv4_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(kinds.get("conv4_shape").where().line()).isEqualTo(39);
        // A numbered list from "1. Input": the same.
        Map<String, Answer> list = readAlexNet(Files.readString(folder.resolve("list.md")));
        assertThat(value(list, "conv4_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(list.get("conv4_shape").where().line()).isEqualTo(7);
        // "Layer 7 (conv4)": the number names no layer, and what is read is not read by it.
        Map<String, Answer> layers = readAlexNet(Files.readString(folder.resolve("layer-n.md")));
        for (String layer : List.of("conv4_shape", "conv5_shape")) {
            Answer answer = layers.get(layer);
            assertThat(answer == null || answer.foundBy() != FoundBy.LABEL).as(layer).isTrue();
        }
    }

    /**
     * Every answer of a sheet that sets its layers two to a row of {@code align*} or {@code aligned}, and its stride
     * and padding as the two equations of a row ({@code \\text{Stride} &= 2, & \\text{Padding} &= 0}), is read by
     * its label: conv1, conv2 and conv5 were graded on the next layer's shape, flagged only as a row giving a layer's
     * input and output, and the stride and padding taken by their place and value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"align.md", "aligned.md"})
    void eachEquationOfAnAlignedRowAnswersItsOwnPart(String file) throws Exception {
        Map<String, Answer> answers = readAlexNet(Files.readString(
                Path.of("src/test/resources/aligned-equations", file)));
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(value(answers, "avg_padding")).isEqualTo("0.0");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(answers, "conv4_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
        for (String part : List.of("avg_kernel", "avg_stride", "avg_padding", "conv1_shape", "pool1_shape", "conv2_shape",
                "pool2_shape", "conv3_shape", "conv4_shape", "conv5_shape", "pool3_shape", "flat_size")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
            assertThat(answers.get(part).doubt()).as(part).isEmpty();
        }
    }

    /**
     * A question whose heading was not found (pandoc's LaTeX printed "0.1 Problem 1 — …") had its values on the page,
     * not read as any part's answer, and its parts were missing without a flag. Its lines holding a value no part took
     * mark it so that its missing parts are reviewed; lines with none mark a question likely left unanswered.
     */
    @Test
    void aQuestionWhoseHeadingWasNotFoundAndWhoseValuesWereLeftUnreadIsMarkedSo() {
        String answered = "Team N\n\nMy first problem, done\n[[1, 5, 1], [2, 1, 1], [0, 2, 0]]\n\n"
                + "## 2 Pooling as a convolution\nstride = 2\n";
        AnswerSheet sheet = Locator.locate(TextSheetReader.document(answered, "answers.md"), SPEC, new ArrayList<>());
        assertThat(sheet.answers().get("S")).isNull();
        assertThat(sheet.unheaded()).containsEntry("1", AnswerSheet.Unheaded.NOT_FOUND);
        assertThat(sheet.valuesLeft().get("1")).extracting(Where::line).containsExactly(4);
        String unanswered = "Team N\n\n## 2 Pooling as a convolution\nstride = 2\n";
        assertThat(Locator.locate(TextSheetReader.document(unanswered, "answers.md"), SPEC, new ArrayList<>())
                .valuesLeft()).doesNotContainKey("1");
    }

    /**
     * Under its own heading, the probabilities written as percentages in prose ("roughly 10%, 45%, 45% …") were read
     * as no part's answer, and probs was missing without a word. The lines holding values no part took are kept for
     * the grader to flag a part still missing.
     */
    @Test
    void valuesNoPartTookUnderAHeadingAreKept() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("""
                ## Problem 3 — A softmax–cross-entropy step
                z = [[0.5, 2, 2], [-1, -0.5, 0]]
                The probabilities are roughly 10%, 45%, 45% for the first sample and 18.6%, 30.7%, 50.6% for the second.
                dz = [[0.050, 0.225, -0.275], [-0.407, 0.154, 0.253]]
                """, "answers.md"), backprop, new ArrayList<>());
        assertThat(sheet.answers()).doesNotContainKey("probs");
        assertThat(sheet.unheaded()).doesNotContainKey("3");
        assertThat(sheet.valuesLeft().get("3")).extracting(Where::line).containsExactly(3);
    }

    /**
     * {@code le pas vaut 2 et le remplissage vaut 0}: the padding's 0 was taken from the line, the stride's 2, in prose
     * no label of the rubric names, was no part's answer, and since a part took a value from its line the stride was
     * missing without a flag. A value no part took is left wherever it stands, beside a taken one too; one that is a
     * term of a computation another part took the result of is not.
     */
    @Test
    void aValueBesideOneAPartTookIsStillLeft() {
        AnswerSheet beside = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution
                Le noyau est [[0.25, 0.25], [0.25, 0.25]], le pas vaut 2 et le remplissage vaut 0.
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(beside.answers()).containsKeys("avg_kernel", "avg_padding").doesNotContainKey("avg_stride");
        assertThat(beside.valuesLeft().get("1.4")).extracting(Where::line).containsExactly(2);
        AnswerSheet computed = Locator.locate(TextSheetReader.document("""
                ## 1.5 Dimensions of CNN layers
                flattened: 256 × 6 × 6 = 9216
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(computed.answers()).containsKey("flat_size");
        assertThat(computed.valuesLeft()).doesNotContainKey("1.5");
    }

    /**
     * {@code Das Neuron sieht das Auge nicht.} under 4-2's heading, without the label "eye" the rubric knows: the yes or
     * no was missing, unflagged, graded 0. A sentence saying yes or no that no part was read from is left while a part
     * asking for a yes or no is not found; the problem's question restated ("… see the eye?") is not, nor a sentence
     * beside a yes or no that was read.
     */
    @Test
    void aYesOrNoInASentenceWithoutItsLabelIsLeftForAMissingYesOrNo() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        AnswerSheet german = Locator.locate(TextSheetReader.document("""
                ## Exercise 4-2
                Does the top-right neuron see the eye?
                receptive field: 41
                Das Neuron sieht das Auge nicht.
                """, "answers.md"), lmu, new ArrayList<>());
        assertThat(german.answers()).containsKey("receptive_field_side").doesNotContainKey("sees_eye");
        assertThat(german.valuesLeft().get("4-2")).extracting(Where::line).containsExactly(4);
        AnswerSheet answered = Locator.locate(TextSheetReader.document("""
                ## Exercise 4-2
                Does the top-right neuron see the eye?
                receptive field: 41
                eye: no
                Das Neuron sieht das Auge nicht.
                """, "answers.md"), lmu, new ArrayList<>());
        assertThat(answered.answers()).containsKeys("receptive_field_side", "sees_eye");
        assertThat(answered.valuesLeft()).doesNotContainKey("4-2");
    }

    /**
     * {@code K = […] applied every two pixels, padding 0.}: the stride, said in words without its label, was missing
     * without a flag. A number in words no part read is left while a part asking for a whole number is not found; a
     * number word a part was read from ({@code Stride: two}) is not, nor one beside parts all found.
     */
    @Test
    void aNumberInWordsWithoutItsLabelIsLeftForAMissingWholeNumber() {
        AnswerSheet inWords = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution
                Intro: we average each window.
                K = [[0.25, 0.25], [0.25, 0.25]] applied every two pixels, padding 0.
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(inWords.answers()).containsKeys("avg_kernel", "avg_padding").doesNotContainKey("avg_stride");
        assertThat(inWords.valuesLeft().get("1.4")).extracting(Where::line).containsExactly(3);
        AnswerSheet labelled = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution
                Stride: two
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(labelled.answers()).containsKey("avg_stride").doesNotContainKeys("avg_kernel", "avg_padding");
        assertThat(labelled.valuesLeft()).doesNotContainKey("1.4");
        AnswerSheet allFound = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution
                The two answers: K = [[0.25, 0.25], [0.25, 0.25]], stride 2, padding 0.
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(allFound.answers()).containsKeys("avg_kernel", "avg_stride", "avg_padding");
        assertThat(allFound.valuesLeft()).doesNotContainKey("1.4");
    }

    /**
     * {@code … so yes, it contains the eye? No — the eye is at x = 255, far outside.  Our answer: yes.}: the "No" of
     * the reasoning before the line's final answer matched the reference and was graded correct; the student's
     * answer, yes, was passed over.
     */
    @Test
    void theReasoningBeforeALinesFinalAnswerIsNoAnswer() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## Exercise 4-2 Backpropagation through convolutional layers
                The neuron at (639, 0) covers x from 614 to 639, so yes, it contains the eye? No — the eye is at \
                x = 255, far outside.  Our answer: yes.
                """, "answers.md"), lmu, new ArrayList<>()).answers();
        assertThat(value(answers, "sees_eye")).isEqualTo("true");
        assertThat(answers.get("sees_eye").where().line()).isEqualTo(2);
    }

    /**
     * {@code W_1 \\in \\mathbb{R}^{2 \\times 2}} names the space W1 lies in: its shape, not its value, which the
     * matrix after it gives. Where that matrix was not read (a LibreOffice PDF's matrices side by side), W1 read [2, 2]
     * by its label, and the XOR check W1 takes part in failed on it. A part asking for a shape still takes the space's.
     */
    @Test
    void aRealSpaceGivesAShapeNotTheValueOfAMatrix() {
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.2 A two-layer network with the absolute value for XOR
                Let us denote the weights W_1 ∈ R^2×2 and b_1 ∈ R^2.

                ## 2.2 Shapes of the batch
                H_1 ∈ R^100×128×256×256
                """, "answers.md"), cpen, new ArrayList<>()).answers();
        assertThat(answers).doesNotContainKey("W1_abs");
        assertThat(value(answers, "H1")).isEqualTo("[100.0, 128.0, 256.0, 256.0]");
    }

    /**
     * {@code Padding: No, 0.}: the yes or no before the value was taken as the padding, {@code false}, graded incorrect
     * with only "graded incorrect: confirm the feedback". It says something of the value after it, which its label
     * gives; a yes-or-no part still takes the yes or no.
     */
    @Test
    void aYesOrNoBeforeALabelledValueIsNotTheValue() {
        SheetSpec alexnet = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution
                Stride: 2

                Padding: No, 0.

                ## 1.5 Dimensions of CNN layers
                pool2: yes, 256 x 13 x 13
                """, "answers.md"), alexnet, new ArrayList<>()).answers();
        assertThat(value(answers, "avg_padding")).isEqualTo("0.0");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Map<String, Answer> eye = Locator.locate(TextSheetReader.document("""
                ## Exercise 4-2 Backpropagation through convolutional layers
                Does it see the eye: no, 41 pixels are too few.
                """, "answers.md"), lmu, new ArrayList<>()).answers();
        assertThat(value(eye, "sees_eye")).isEqualTo("false");
    }

    /**
     * A yes or no said in a sentence naming the part's label ("the top-right neuron does not see the eye (No)") was no
     * answer: the part was missing, unflagged, graded 0. It is unreadable, the line quoted, asking for a yes or no; a
     * sentence with no denial in it, or a question, answers nothing.
     */
    @Test
    void aYesOrNoSaidInASentenceWasMissingUnflagged() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        String heading = "## Exercise 4-2 Backpropagation through convolutional layers\n(b) receptive field $= 41$; ";
        Answer eye = Locator.locate(TextSheetReader.document(heading + "the top-right neuron does not see the eye"
                + " (No).\n", "answers.md"), lmu, new ArrayList<>()).answers().get("sees_eye");
        assertThat(eye).as("sees_eye").isNotNull();
        assertThat(eye.value()).isEmpty();
        assertThat(eye.foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(eye.doubt().orElseThrow()).contains("answers it in words, not as yes or no");
        assertThat(eye.problem().orElseThrow()).contains("give it as yes or no");
        for (String unanswered : List.of("the eye is at pixel (255, 210).", "does the neuron not see the eye?")) {
            assertThat(Locator.locate(TextSheetReader.document(heading + unanswered + "\n", "answers.md"), lmu,
                    new ArrayList<>()).answers()).as(unanswered).doesNotContainKey("sees_eye");
        }
    }

    /**
     * A yes or no with a remark in parentheses ({@code eye: no (too far away)}) was no answer: the part was missing,
     * unflagged, graded 0. It is the yes or no. For a part asking for a number, a yes or no, with a remark or not
     * ({@code Padding: no (valid convolution)}, {@code Padding: no, valid}), answers in words: unreadable, flagged (it
     * was read as "false" and graded incorrect).
     */
    @Test
    void aYesOrNoWithARemarkInParenthesesAnswersAYesOrNoAndNoNumber() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Map<String, Answer> eye = Locator.locate(TextSheetReader.document("""
                ## Exercise 4-2 Backpropagation through convolutional layers
                receptive field: 41 x 41
                eye: no (too far away)
                """, "answers.md"), lmu, new ArrayList<>()).answers();
        assertThat(value(eye, "sees_eye")).isEqualTo("false");
        for (String padding : List.of("no (valid convolution)", "no, valid", "No.")) {
            Answer answer = readAlexNet("## 1.4 Pooling transformed into convolution\n\nStride: 2\n\nPadding: "
                    + padding + "\n").get("avg_padding");
            assertThat(answer.value()).as(padding).isEmpty();
            assertThat(answer.doubt()).as(padding).hasValueSatisfying(doubt -> assertThat(doubt)
                    .contains("not in numbers"));
        }
    }

    /**
     * A LaTeX source's table of layers, its cells parted by {@code &} ({@code 1 & conv1 (11$\\times$11, stride 4) & 96 &
     * $55 \\times 55$ \\\\}): no layer was read (its PDF read them all), every shape missing. The number opening the row
     * is the layer's, as before a bar or a tab.
     */
    @Test
    void aLatexTablesRowOfCellsPartedByAmpersandsNamesItsLayer() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                \\section*{1.5 Dimensions of CNN layers}
                \\begin{tabular}{llcc}
                \\# & layer & \\multicolumn{2}{c}{output} \\\\
                 & & channels & spatial \\\\
                1 & conv1 (11$\\times$11, stride 4) & 96 & $55 \\times 55$ \\\\
                2 & pool1 (3$\\times$3, stride 2) & 96 & $27 \\times 27$ \\\\
                3 & conv2 (5$\\times$5, pad 2) & 256 & $27 \\times 27$ \\\\
                \\end{tabular}
                """, "answers.tex"), e1394, new ArrayList<>()).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(answers.get("conv1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("conv1_shape").doubt()).isEmpty();
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
    }

    private static final SheetSpec CPEN455 = SheetSpecs.of(RubricLoader.load(Path.of(
            "rubrics/cpen455-hw2.yaml")));

    /**
     * A label after its value ({@code [1 1; 1 1] — W_1.}, {@code That matrix is W_1} under a display) names that value:
     * the value opening the next line ({@code [0, -1] is b_1.}), which its own label names, is not W1's. W1 took b1's
     * vector and b1 took W2's row, unflagged; both parts are now without an answer beside values no part took.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[1 1; 1 1] — W_1.\n[0, -1] is b_1.\n[1 -2] for W_2.\n",
        "$$\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$$\n\nThat matrix is W_1\n\n$\\begin{bmatrix} 0 \\\\ -1"
                + " \\end{bmatrix}$ — $b_1$.\n\nW_2 is:\n\n$$\\begin{bmatrix} 1 & -2 \\end{bmatrix}$$\n"})
    void aValueNamedByALabelAfterItIsNotTheLabelAbovesValue(String answers) {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\n## 1.3 A two-layer ReLU network"
                + " for XOR\n\n" + answers + "\nb_2 is 0.\n", "answers.md"), CPEN455, new ArrayList<>()).answers();
        // W1 is missing, or the matrix its label after names ("That matrix is W_1" under it), never b1's vector.
        assertThat(read.get("W1") == null || value(read, "W1").equals("[[1.0, 1.0], [1.0, 1.0]]")).isTrue();
        assertThat(read.get("b1") == null || read.get("b1").value().map(Object::toString)
                .filter(value -> value.contains("-2")).isEmpty()).isTrue();
    }

    /**
     * A label saying its value in words on its line ({@code b_2 is 0.}) names that value, not a matrix displayed under
     * it: b2 took the summary table below it, unflagged.
     */
    @Test
    void aLabelGivingItsValueInWordsDoesNotNameTheMatrixBelow() {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\n## 1.3 A two-layer ReLU network"
                + " for XOR\n\nW_2 = [1, -2]\n\nb_2 is 0.\n\n$$\n\\begin{bmatrix} 0 & 0 & 0 \\\\ 0 & 1 & 1 \\\\ 1 & 0 & 1"
                + " \\\\ 1 & 1 & 0 \\end{bmatrix}\n$$\n", "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(read, "b2")).isEqualTo("0.0");
    }

    /**
     * A final table of answers after the last question ({@code | 2 | kernel size | $5 \times 3 \times 3$ |}) gives a
     * part its question's lines lack, by its label outside its region, as a cell's value without inline math did: the
     * cell opening with {@code $} was no cell, and the kernel's shape was missing, unflagged.
     */
    @Test
    void aFinalTableOfAnswersGivesAPartItsQuestionLacks() {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\n## Q2\n\nsee below\n\n## Q2.1\n\n"
                + "depth: 128\n\n## Final answers\n\n| Question | Part | Answer |\n|---|---|---|\n"
                + "| 2 | kernel size | $5 \\times 5 \\times 3$ |\n", "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(read, "kernel1")).isEqualTo("[5.0, 5.0, 3.0]");
        assertThat(read.get("kernel1").foundBy()).isEqualTo(FoundBy.OUTSIDE);
        // As pdflatex sets such a table, its cells apart by spaces: the row opening with the question's number.
        Map<String, Answer> typeset = Locator.locate(TextSheetReader.document("Team T\n\nQ2\n\nsee below\n\nQ2.1\n\n"
                + "depth: 128\n\nFinal answers\n\nQuestion Part Answer\n2 kernel size 5 × 5 × 3\n", "answers.txt"), CPEN455,
                new ArrayList<>()).answers();
        assertThat(value(typeset, "kernel1")).isEqualTo("[5.0, 5.0, 3.0]");
    }

    /**
     * A line naming the value above it ({@code That matrix is Y3.}, {@code This is A_valid}) labels that value; and a
     * value read with more entries than its part asks for (Y2's rows, a blank line, Y3's rows: a 6×3 Y2) leaves its
     * lines to a part not found, whose answer may be among them (Y3 was missing, unflagged).
     */
    @Test
    void aLineNamingTheValueAboveLabelsItAndAnOversizedValueMayHoldAnother() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        AnswerSheet named = Locator.locate(TextSheetReader.document("Team T\n\nExercise 4-1\n\n 9  10  9\n 0  0  0\n"
                + "-9 -10 -9\n\nThat matrix is Y2.\n", "answers.txt"), lmu, new ArrayList<>());
        assertThat(value(named.answers(), "Y2")).isEqualTo("[[9.0, 10.0, 9.0], [0.0, 0.0, 0.0], [-9.0, -10.0, -9.0]]");
        assertThat(named.answers().get("Y2").foundBy()).isEqualTo(FoundBy.LABEL);
        AnswerSheet runOn = Locator.locate(TextSheetReader.document("Team T\n\nExercise 4-1\n\nY2 =\n\n 9  10  9\n"
                + " 0  0  0\n-9 -10 -9\n\n-1  9 -1\n-6 -2 -6\n-1  9 -1\n", "answers.txt"), lmu, new ArrayList<>());
        assertThat(runOn.answers()).doesNotContainKey("Y3");
        assertThat(runOn.valuesLeft().get("4-1")).extracting(Where::line).contains(7);
        // A remark after the name; the heading above ("… detector and pooling stage") names another part's word.
        Map<String, Answer> remark = Locator.locate(TextSheetReader.document("Team T\n\n3 Convolution, detector and"
                + " pooling stage\n\n-23 -8 8 23\n-23 -8 8 23\n\nThis is A_valid (the valid convolution).\n", "a.txt"),
                WEEK12, new ArrayList<>()).answers();
        assertThat(value(remark, "A_valid")).isEqualTo("[[-23.0, -8.0, 8.0, 23.0], [-23.0, -8.0, 8.0, 23.0]]");
    }

    /**
     * A question left blank in the body and answered only in a final table's rows numbered with it ({@code | 2.1 | depth
     * (layer 2) | 64 |}, no label of the part's) has those values left: its parts not found are flagged (they were
     * missing, unflagged). A matrix's row opening with a question's number ({@code 1.5  7.5  2.5  6.5}) is no such row.
     */
    @Test
    void aFinalTablesRowNumberedWithAQuestionLeavesItsValuesToThatQuestion() {
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("Team T\n\n## 2.1 Kernel depths\n\n## 2.2 Shapes\n\n"
                + "H1: 100 × 128 × 256 × 256\n\n## Final answers\n\n| Question | Part | Answer |\n|---|---|---|\n"
                + "| 2.1 | depth (layer 2) | 64 |\n", "answers.md"), CPEN455, new ArrayList<>());
        assertThat(sheet.answers()).doesNotContainKey("depth2");
        assertThat(sheet.valuesLeft().get("2.1")).extracting(Where::line).containsExactly(13);
        AnswerSheet matrix = Locator.locate(TextSheetReader.document("Team T\n\n## 1.3.1 Convolution layer\n\nS =\n"
                + "0 2 0 2\n3 2 5 2\n1.5 7.5 2.5 6.5\n3 2 5 2\n\n## 1.5 Dimensions of CNN layers\n\n- conv1: 96 × 55 × 55\n",
                "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(matrix.valuesLeft()).doesNotContainKey("1.5");
    }

    /**
     * A layer's shape in a table's cell, the flattened length in the next ({@code | 256 × 6 × 6 | 9,216 |}, layers as
     * columns) is a product and its value; it is still the shape a part asks for: pool3's shape was missing,
     * unflagged, every other value of the row taken.
     */
    @Test
    void aShapeWhoseProductTheNextCellGivesIsStillAShape() {
        Map<String, Answer> read = readAlexNet("## 1.5 Dimensions of CNN layers\n\n| conv5 | pool3 | flatten |\n"
                + "|---|---|---|\n| 256 × 13 × 13 | 256 × 6 × 6 | 9,216 |\n");
        assertThat(value(read, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(value(read, "flat_size")).isEqualTo("9216.0");
    }

    /**
     * A table with its answers as columns ({@code | conv1 | pool1 | conv2 |} over their shapes, {@code | kernel |
     * stride | padding |} over their values) names each value by its header: the layers were taken by their place,
     * one row's shapes shifted by a skipped cell, and the padding under its header in another question's table was
     * missing, unflagged.
     */
    @Test
    void aTableWithItsAnswersAsColumnsNamesEachByItsHeader() {
        Map<String, Answer> read = readAlexNet("## 1.4 Pooling transformed into convolution\n\nsee the table below\n\n"
                + "## 1.5 Dimensions of CNN layers\n\n| conv1 | pool1 | conv2 | padding |\n|---|---|---|---|\n"
                + "| 96 × 55 × 55 | — | 256 × 27 × 27 | 0 |\n");
        assertThat(value(read, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(read, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(read.get("conv2_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(read).doesNotContainKey("pool1_shape");
        assertThat(value(read, "avg_padding")).isEqualTo("0.0");
        assertThat(read.get("avg_padding").foundBy()).isEqualTo(FoundBy.OUTSIDE);
    }

    /**
     * A Word table holding a matrix beside its label cell ({@code dL/dP =}, a tab, {@code 2}, a tab, {@code 4}, over a
     * row whose first cell is empty) names the matrix: its rows' left was taken over both rows, the label stood right
     * of it, and dP took the 2 after its label (flagged as a wrong shape). A label line between two rows names the rows
     * below it: {@code b1 = (−1; 0)}, {@code W2 =}, {@code −1   0} are two values, not a 2×2 b1.
     */
    @Test
    void aWordTablesLabelCellNamesTheMatrixBesideIt() {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\nProblem 2\n\ndL/dP =\t2\t4\n\t2\t2"
                + "\n", "answers.docx"), BACKPROP, new ArrayList<>()).answers();
        assertThat(value(read, "dP")).isEqualTo("[[2.0, 4.0], [2.0, 2.0]]");
        assertThat(read.get("dP").foundBy()).isEqualTo(FoundBy.LABEL);
        Map<String, Answer> xor = Locator.locate(TextSheetReader.document("Team T\n\n1.2 A two-layer network with the"
                + " absolute value for XOR\nb1 = (−1; 0)\nW2 =\n−1   0\n", "answers.docx"), CPEN455, new ArrayList<>())
                .answers();
        assertThat(xor.get("b1_abs") == null || xor.get("b1_abs").value().map(Object::toString)
                .filter(value -> value.startsWith("[[")).isEmpty()).isTrue();
    }

    /**
     * A sum and its value in the next cell of a table that a PDF prints with a narrow gap and no sign between them
     * ({@code H1  9600 + 128 9728}, Chromium's print of {@code | H1 | 9600 + 128 | 9728 |}) is a computation and its
     * result: the first term, 9600, was read (flagged as the biases left out). Numbers a blank apart that are no sum's
     * value stay apart.
     */
    @Test
    void aSumsValueAfterItWithNoSignIsItsResult() {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\n## 2.4 Learnable parameters with"
                + " bias\n\nH1 9600 + 128 9728\n\nH2 204800 + 64 204865\n", "answers.txt"), CPEN455, new ArrayList<>())
                .answers();
        assertThat(value(read, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(read, "params_bias_H2")).isNotEqualTo("204865.0");
    }

    /** Rows of numbers stacked on two lines are two values when words after the second name it apart. */
    @Test
    void aRowNamedAfterItIsNotTheRowAbovesSecondRow() {
        Map<String, Answer> read = Locator.locate(TextSheetReader.document("Team T\n\n## 1.3 A two-layer ReLU network"
                + " for XOR\n\nb_1 = [0, -1]\n[1 -2] — W_2.\n", "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(read, "b1")).isEqualTo("[0.0, -1.0]");
    }

    /**
     * A table of counts with space-grouped thousands ({@code H1 9 600} … {@code total 397 184}) left every such count
     * missing, unflagged: the rows were read as a matrix, and the labels, with no sign after them, were not taken as
     * labels of the digits beside them. Each count is read beside its label; a label opening a row of digits no count
     * is read from (two columns, {@code total 397 184 397 434}) is unreadable and flagged.
     */
    @Test
    void spaceGroupedCountsInATableOfSeveralRowsAreReadBesideTheirLabels() throws Exception {
        Map<String, Answer> answers = new TextSheetReader().read(Path.of(
                "src/test/resources/thousands-tables/sheet.txt"), "sheet.txt", CPEN455).get(0).answers();
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(value(answers, "params_H2")).isEqualTo("204800.0");
        assertThat(value(answers, "params_total")).isEqualTo("397184.0");
        assertThat(answers.get("params_H1").foundBy()).isEqualTo(FoundBy.LABEL);
        Map<String, Answer> twoColumns = Locator.locate(TextSheetReader.document("Team T\n\n2.3\n\nlayer no bias"
                + " with bias\nH1 9 600 9 728\nH2 204 800 204 864\ntotal 397 184 397 434\n\n2.5\n", "a.md"), CPEN455,
                new ArrayList<>()).answers();
        assertThat(twoColumns.get("params_total").value()).isEmpty();
        assertThat(twoColumns.get("params_total").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'397 184 397 434' after it"));
    }

    /**
     * A table's row showing a computation in one cell and its value in the next ({@code H1 | 9,600 + 128 | 9,728},
     * a Word table's row) read the first term, 9600, and the student was told the biases were left out; a row
     * {@code H1 | 128 × 5 × 5 × 3 | 9,600} read the factors as a shape where a count is asked. The next cell is the
     * computation's result where it is the computation's value.
     */
    @Test
    void aComputationInATablesCellGivesTheResultInTheNextCell() throws Exception {
        Map<String, Answer> answers = new DocxSheetReader().read(Path.of(
                "src/test/resources/table-computations/sheet.docx"), "sheet.docx", CPEN455).get(0).answers();
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(value(answers, "params_Y")).isEqualTo("163840.0");
        assertThat(value(answers, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(answers, "params_bias_H4")).isEqualTo("528.0");
        assertThat(answers.get("params_bias_H1").foundBy()).isEqualTo(FoundBy.LABEL);
        Map<String, Answer> typed = Locator.locate(TextSheetReader.document("Team T\n\n2.4\n\n"
                + "| H1 | 9,600 + 128 | 9,728 |\n| H2 | 204,800 + 64 | 204,864 |\n\n2.5\n", "a.md"), CPEN455,
                new ArrayList<>()).answers();
        assertThat(value(typed, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(typed, "params_bias_H2")).isEqualTo("204864.0");
    }

    /**
     * "H5 : 64/2 = 32 ⇒ 100 × 16 × 32 × 32" read 32, the computation's result before the arrow, for a shape, graded
     * wrong with a generic reason. The value after an arrow is the reading, flagged, for a shape as for a number.
     */
    @Test
    void theShapeAfterAnArrowIsReadNotTheResultBeforeIt() throws Exception {
        Answer h5 = new TextSheetReader().read(Path.of("src/test/resources/arrows/h5.txt"), "h5.txt",
                CPEN455).get(0).answers().get("H5");
        assertThat(h5.value().orElseThrow().toString()).isEqualTo("[100.0, 16.0, 32.0, 32.0]");
        assertThat(h5.foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(h5.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("32 ⇒ 100 × 16 × 32 × 32"));
    }

    /**
     * A layer described kernel size first ("Conv 5×5, 256 filters, pad 2 | 256 × 27 × 27", "MaxPool 3×3, stride 2")
     * was taken for conv5 and pool3: conv5 and pool3 were graded wrong by label, and the layers around them guessed.
     * A layer's kind followed by a kernel's size k×k names no layer number.
     */
    @Test
    void aKernelSizeAfterALayersKindIsNoLayerNumber() throws Exception {
        Map<String, Answer> answers = new DocxSheetReader().read(Path.of(
                "src/test/resources/kernel-sizes/sheet.docx"), "sheet.docx", ALEXNET).get(0).answers();
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        // The Flatten row's 9216 is its own value, read by the row's label; the Parameters column's 0 was read by order.
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
        assertThat(answers.get("flat_size").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(readAlexNet("### 1.5 Dimensions of CNN layers\nConv 5×5, 256 filters, pad 2: 256 × 27 × 27\n"
                + "conv 5: 256 × 13 × 13\n"), "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
    }

    /**
     * A Markdown table's row {@code | Flatten | 9216 | 0 |} read the Parameters column's 0 for the flattened length,
     * graded incorrect: the label cell's bar was no label's end, and of the row's numbers the last was taken. The
     * label cell names the next cell, as a Word table's tab does, and a row naming the layer gives its first number
     * after the row's own number.
     */
    @Test
    void aMarkdownTablesParametersColumnIsNoFlattenedLength() {
        String table = "### 1.5 Dimensions of CNN layers\n\n| layer | output | parameters |\n|---|---|---|\n";
        for (String row : List.of("| Flatten | 9216 | 0 |", "| 9 | Flatten | 256 × 6 × 6 | 9216 | 0 |",
                "| Flatten (view) | 9216 | 0 |", "| 9 | Flatten (view) | 9216 | 0 |", "Flatten | 9216 | 0")) {
            assertThat(value(readAlexNet(table + row + "\n"), "flat_size")).as(row).isEqualTo("9216.0");
        }
    }

    /**
     * "Layer 9 (flatten): 9216" read the 9 of the layer's name for the flattened length, graded incorrect with only the
     * generic flag. The number of the name a row opens with is no value of the row.
     */
    @Test
    void theNumberOfALayersNameIsNoValueOfItsRow() {
        String heading = "## 1.5 Dimensions of CNN layers\n";
        for (String row : List.of("Layer 9 (flatten): 9216", "- Layer 9, flatten, input 256 × 6 × 6: output 9216.")) {
            assertThat(value(readAlexNet(heading + row + "\n"), "flat_size")).as(row).isEqualTo("9216.0");
        }
        assertThat(value(readAlexNet(heading + "Layer 1 (conv1): 96 × 55 × 55\n"), "conv1_shape"))
                .isEqualTo("[96.0, 55.0, 55.0]");
    }

    /**
     * An exam's layer table giving each output shape over two columns, {@code channels | spatial} ({@code 1 & conv1
     * (11$\\times$11, stride 4) & 96 & $55 \\times 55$}), read the kernel's 11 × 11 or the spatial 55 × 55 alone,
     * every shape graded incorrect. The count and the sides in the row's last two cells are one shape; where the
     * headers do not name the columns channels and spatial, the reading is in doubt.
     */
    @Test
    void aShapeSplitOverChannelsAndSpatialColumnsIsOneShape() throws Exception {
        Map<String, Answer> answers = new PdfSheetReader().read(Path.of(
                "src/test/resources/split-shapes/exam.pdf"), "exam.pdf", ALEXNET).get(0).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(answers.get("conv1_shape").doubt()).isEmpty();
        assertThat(answers.get("conv1_shape").notes()).anySatisfy(note -> assertThat(note).contains("two columns"));
        Map<String, Answer> unnamed = readAlexNet("### 1.5 Dimensions of CNN layers\n\n| layer | A | B |\n|---|---|---|\n"
                + "| conv1 | 96 | 55 × 55 |\n");
        assertThat(value(unnamed, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(unnamed.get("conv1_shape").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("96").contains("55 × 55").contains("headers"));
        Map<String, Answer> filters = readAlexNet("### 1.5 Dimensions of CNN layers\n\n"
                + "| layer | filters | kernel size | output |\n|---|---|---|---|\n| conv1 | 96 | 11 × 11 | 96 × 55 × 55 |\n");
        assertThat(value(filters, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(filters.get("conv1_shape").notes()).noneSatisfy(note -> assertThat(note).contains("two columns"));
    }

    /**
     * Gradients labelled as fractions, {@code \\frac{\\partial L}{\\partial K}} in Markdown, {@code (∂L)/(∂K)} as pandoc's
     * LaTeX and Chromium print it, never matched the rubric's {@code dL/dK}: a wrong dK was missing in Markdown, graded
     * 0 unflagged, and taken by its place in the PDFs. And {@code dL/dP = 2/4 (P − T) = [[…]]} read the factor 0.5.
     */
    @Test
    void aDerivativeWrittenAsAFractionLabelsItsGradient() throws Exception {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Path scenario = Path.of("src/test/resources/derivative-labels");
        List<Map<String, Answer>> sheets = List.of(
                new TextSheetReader().read(scenario.resolve("answers.md"), "answers.md", backprop).get(0).answers(),
                new PdfSheetReader().read(scenario.resolve("answers-latex.pdf"), "answers-latex.pdf", backprop).get(0)
                        .answers(),
                new PdfSheetReader().read(scenario.resolve("answers-chromium.pdf"), "answers-chromium.pdf", backprop)
                        .get(0).answers());
        for (Map<String, Answer> answers : sheets) {
            assertThat(value(answers, "dK")).isEqualTo("[[5.0, 7.0], [1.0, 2.0]]");
            for (String part : List.of("dK", "dX", "dP", "dA", "dz", "dW")) {
                assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
            }
            assertThat(value(answers, "dP")).isEqualTo("[[0.5, 1.0], [0.5, 0.5]]");
        }
        for (String written : List.of("∂L/∂K = [[5, 7], [1, 2]]", "(dL)/(dK) = [[5, 7], [1, 2]]",
                "$\\frac{\\partial \\mathcal{L}}{\\partial K} = \\begin{bmatrix} 5 & 7 \\\\ 1 & 2 \\end{bmatrix}$")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Problem 1\n" + written + "\n",
                    "answers.md"), backprop, new ArrayList<>()).answers();
            assertThat(answers.get("dK").foundBy()).as(written).isEqualTo(FoundBy.LABEL);
        }
    }

    /**
     * {@code dP = 2(P − T)/4 = [[0.5, 1], [0.5, 0.5]]} read the factor 2, graded incorrect with a reason blaming P:
     * the chain stopped at the expression's second number, the 4. A number of the same expression goes on with it.
     */
    @Test
    void aChainOfEqualitiesWithNumbersInItsExpressionEndsInTheAnswer() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        for (String written : List.of("dP = 2(P − T)/4 = [[0.5, 1], [0.5, 0.5]]",
                "dL/dP = 2 (P - T) / 4 = [[0.5, 1], [0.5, 0.5]]", "dP = 1/2 (P − T) = [[0.5, 1], [0.5, 0.5]]")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Problem 2\n" + written + "\n",
                    "answers.md"), backprop, new ArrayList<>()).answers();
            assertThat(value(answers, "dP")).as(written).isEqualTo("[[0.5, 1.0], [0.5, 0.5]]");
        }
    }

    /**
     * A gradient under a name the rubric does not know ({@code \\nabla_K = \\begin{bmatrix} 5 & 7 …}) was missing,
     * graded 0 without a flag, though the matrix of dK's shape stood in its question. It is unreadable, the line quoted.
     */
    @Test
    void aMatrixOfThePartsShapeUnderAnUnknownNameIsUnreadNotMissing() {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Problem 1\nThe gradient:\n\n"
                + "$$\\nabla_K = \\begin{bmatrix} 5 & 7 \\\\ 1 & 2 \\end{bmatrix}$$\n\n## Problem 2\n", "answers.md"),
                backprop, new ArrayList<>()).answers();
        assertThat(answers.get("dK").value()).isEmpty();
        assertThat(answers.get("dK").problem()).isPresent();
        assertThat(answers.get("dK").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("line 4").contains("nabla_K").contains("score by hand"));
        assertThat(answers.get("S")).isNull(); // a 3 × 3 map: no matrix of its shape stands there
    }

    /**
     * A count table typed as plain text under a heading naming two questions ({@code H1 9 600 9 728}, no cells): the
     * first group 9 was read for 2.3 and nothing for 2.4, or {@code H4 512 528} as 512528 for both, graded incorrect
     * without the reason. Digit groups that part into the heading's two counts one way only give each question its
     * count; a row that parts more ways ({@code total 397 184 397 434}) is unreadable, the row quoted.
     */
    @Test
    void aTypedRowOfDigitGroupsIsPartedIntoTheHeadingsColumns() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3 and 2.4\n\n"
                + "layer without-bias with-bias\nH1 9 600 9 728\nH4 512 528\ntotal 397 184 397 434\n\n## 2.5\n\nBatch.\n",
                "a.txt"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(value(answers, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(answers, "params_H4")).isEqualTo("512.0");
        assertThat(value(answers, "params_bias_H4")).isEqualTo("528.0");
        assertThat(answers.get("params_H1").notes()).anySatisfy(note -> assertThat(note).contains("only way"));
        assertThat(answers.get("params_total").value()).isEmpty();
        assertThat(answers.get("params_total").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'total 397 184 397 434'").contains("3 different ways"));
    }

    /**
     * Under a heading naming 2.3 and 2.4, counts without labels ({@code = 9,600}, {@code = 204,000} …
     * {@code = 9,728}) were read by their place: 2.3's parts took 2.4's counts (H3 9,728, graded wrong) and 2.4's
     * parts, no value left, went missing. Their place tells neither question's counts from the other's: each takes
     * what matches, and a part not found, with values left, is for review (its question's heading names others
     * too).
     */
    @Test
    void countsUnderAHeadingOfTwoQuestionsAreNotToldApartByTheirPlace() {
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3 and 2.4\n\nWithout bias:\n\n"
                + "= 9,600\n\n= 204,000\n\nWith bias:\n\n= 9,728\n\n= 204,864\n\n## 2.5\n\nBatch norm.\n", "a.md"),
                CPEN455, new ArrayList<>());
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(value(answers, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(answers, "params_bias_H2")).isEqualTo("204864.0");
        assertThat(answers.get("params_H2")).isNull();
        assertThat(answers.get("params_H3")).isNull();
        assertThat(sheet.unheaded()).containsEntry("2.3", AnswerSheet.Unheaded.SHARED)
                .containsEntry("2.4", AnswerSheet.Unheaded.SHARED);
        assertThat(sheet.valuesLeft().get("2.3")).isNotEmpty().isEqualTo(sheet.valuesLeft().get("2.4"));
        assertThat(sheet.notes()).noneMatch(note -> note.contains("question 2.4"));
        // Labelled, each question's counts are its own, wherever they stand under the heading.
        Map<String, Answer> labelled = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3 & 2.4\n\n"
                + "- H1: 9,600\n- total: 397,184\n\nWith bias:\n\n- H1: 9,728\n- total: 397,434\n\n## 2.5\n", "a.md"),
                CPEN455, new ArrayList<>()).answers();
        assertThat(value(labelled, "params_total")).isEqualTo("397184.0");
        assertThat(value(labelled, "params_bias_total")).isEqualTo("397434.0");
        assertThat(labelled.get("params_bias_total").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    private static Map<String, Answer> countColumns(String file) {
        Path path = Path.of("src/test/resources/count-columns/" + file);
        return Submissions.read(new Submissions.Submission(path, "default", file, List.of()), CPEN455).get(0).answers();
    }

    /**
     * A table of two count columns under a heading naming both questions ({@code 2.3 and 2.4}, headed {@code without
     * bias | with bias} or {@code weights (no bias) | with bias}) gives each question its column: pdflatex's row
     * {@code H4 & 512 & 528} read 512528 for both, {@code H1 & 9\,600 & 9\,728} read 9, and the other rows were
     * unreadable; Chromium's rows gave 2.4 the first column.
     */
    @Test
    void aCountTableWithTwoColumnsGivesEachQuestionNamedInItsHeadingItsColumn() {
        for (String file : List.of("latex.pdf", "chromium.pdf")) {
            Map<String, Answer> answers = countColumns(file);
            assertThat(value(answers, "params_H1")).as(file).isEqualTo("9600.0");
            assertThat(value(answers, "params_H4")).as(file).isEqualTo("512.0");
            assertThat(value(answers, "params_total")).as(file).isEqualTo("397184.0");
            assertThat(value(answers, "params_bias_H1")).as(file).isEqualTo("9728.0");
            assertThat(value(answers, "params_bias_H4")).as(file).isEqualTo("528.0");
            assertThat(value(answers, "params_bias_Y")).as(file).isEqualTo("163850.0");
            assertThat(value(answers, "params_bias_total")).as(file).isEqualTo("397434.0");
            assertThat(answers.get("params_bias_H4").foundBy()).as(file).isEqualTo(FoundBy.LABEL);
            assertThat(answers.get("params_H4").doubt()).as(file).isEmpty();
        }
    }

    /**
     * A LibreOffice PDF of a Word table's row {@code H1 | 9,600 + 128 | 9,728} reads the value, as the .docx does; it
     * read the first term, 9600, and the student was told the biases were left out.
     */
    @Test
    void aComputationInATablesCellGivesTheResultInTheNextCellInAPdf() {
        Map<String, Answer> answers = countColumns("word.pdf");
        assertThat(value(answers, "params_bias_H1")).isEqualTo("9728.0");
        assertThat(value(answers, "params_bias_H4")).isEqualTo("528.0");
        assertThat(value(answers, "params_bias_Y")).isEqualTo("163850.0");
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(answers.get("params_H1").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * Two count columns the table does not give to questions surely (headers against the heading's order, or naming
     * no question) leave every such part unreadable, the row quoted: the first column was read for both questions,
     * or a number of the row by its order.
     */
    @Test
    void aCountTableWhoseColumnsAreNotToldApartIsUnreadableForEveryPart() {
        Map<String, Answer> swapped = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3 and 2.4\n\n"
                + "| layer | with bias | without bias |\n|---|---:|---:|\n| H1 | 9,728 | 9,600 |\n| H4 | 528 | 512 |\n\n"
                + "## 2.5\n\nBatch norm.\n", "a.md"), CPEN455, new ArrayList<>()).answers();
        for (String part : List.of("params_H1", "params_H4", "params_bias_H1", "params_bias_H4")) {
            assertThat(swapped.get(part).value()).as(part).isEmpty();
            assertThat(swapped.get(part).doubt()).as(part).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("table's row of 2 counts").contains("'H" + part.charAt(part.length() - 1)));
        }
        assertThat(swapped.get("params_H2")).isNull();
        Map<String, Answer> unnamed = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3\n\n"
                + "| layer | A | B |\n|---|---:|---:|\n| H1 | 9,600 | 9,728 |\n\n## 2.5\n\nBatch norm.\n", "a.md"), CPEN455,
                new ArrayList<>()).answers();
        assertThat(unnamed.get("params_H1").value()).isEmpty();
        assertThat(unnamed.get("params_H1").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'H1 | 9,600 | 9,728'"));
        Map<String, Answer> byHeaders = Locator.locate(TextSheetReader.document("Team T\n\n## 2.3\n\n"
                + "| layer | without bias | with bias |\n|---|---:|---:|\n| H1 | 9,600 | 9,728 |\n\n## 2.5\n\nBatch.\n",
                "a.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(byHeaders, "params_H1")).isEqualTo("9600.0");
    }

    /**
     * {@code (e) flattened length: 125 × 125 × 12 = 187500. Corrected: 125 × 125 × 6 = 93750}: the first value was
     * graded alone, incorrect, with only the generic flag, and then only flagged; the kernel's size, unanswered, took
     * the correction by its place. A value its line introduces as a correction is the answer, as an arrow's is,
     * flagged with the value it replaces.
     */
    @Test
    void aCorrectionLaterOnTheLabelsLineIsTheAnswer() {
        String heading = "## 4 Layer sizes\n(e) flattened length: 125 × 125 × 12 = 187500. ";
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(heading
                + "Corrected: 125 × 125 × 6 = 93750\n", "answers.md"), WEEK12, new ArrayList<>()).answers();
        Answer corrected = answers.get("flat_length");
        assertThat(value(answers, "flat_length")).isEqualTo("93750.0");
        assertThat(corrected.foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(corrected.doubt()).hasValue("its line corrects 187500 to 93750 (line 2): read as corrected, confirm"
                + " the team means it");
        assertThat(answers).doesNotContainKey("kernel_size");
        Answer explained = Locator.locate(TextSheetReader.document(heading + "That is 6 maps of 125 × 125.\n",
                "answers.md"), WEEK12, new ArrayList<>()).answers().get("flat_length");
        assertThat(explained.doubt()).isEmpty();
    }

    /**
     * {@code (c) Pooling does not change the number of maps, so there are still twelve of them.}: the depth, given in
     * words in its own item of a list answering the parts one by one, was missing, unflagged. It is read, in doubt; an
     * item naming several numbers in words gives none surely, and a person scores it.
     */
    @Test
    void aNumberAPartsOwnItemGivesOnlyInWordsIsRead() {
        String items = "## 4 Layer sizes\n(a) w = 9, kernels of 9 × 9\n(b) 252 × 252\n%s\n(d) 250 × 250\n"
                + "(e) 125 · 125 · 6 = 93750\n";
        Answer twelve = Locator.locate(TextSheetReader.document(items.formatted("(c) Pooling does not change the number"
                + " of maps, so there are still twelve of them."), "answers.md"), WEEK12, new ArrayList<>()).answers()
                .get("pooled_depth");
        assertThat(twelve.value().orElseThrow().toString()).isEqualTo("12.0");
        assertThat(twelve.foundBy()).isEqualTo(FoundBy.ORDER);
        assertThat(twelve.doubt()).hasValue("its item gives it only in words, 'twelve' (line 4): check they are the"
                + " team's answer");
        Answer several = Locator.locate(TextSheetReader.document(items.formatted("(c) one map per kernel, so twelve"),
                "answers.md"), WEEK12, new ArrayList<>()).answers().get("pooled_depth");
        assertThat(several.value()).isEmpty();
        assertThat(several.doubt().orElseThrow()).contains("'one', 'twelve'");
        // A digit in the item is read as any value is, not the words beside it.
        Answer digits = Locator.locate(TextSheetReader.document(items.formatted("(c) 12, one per kernel"),
                "answers.md"), WEEK12, new ArrayList<>()).answers().get("pooled_depth");
        assertThat(digits.value().orElseThrow().toString()).isEqualTo("12.0");
        assertThat(digits.written()).isEqualTo("12");
    }

    /**
     * {@code H_1 \\in \\mathbb{R}^{100 \\times 128 \\times 256 \\times 256}} (real-spaces/build.sh: the Markdown, its
     * pdflatex PDF and Chromium's print of its MathML): no shape was read, and each layer took the factors of a
     * parameter count of another question, outside its own (`H3 = [32, 64, 3]`, given follow-through credit). The
     * real space's sides are the shape, and the name before {@code ∈} labels it.
     */
    @Test
    void aShapeWrittenAsARealSpaceIsReadByItsName() {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        for (String name : List.of("sheet.md", "sheet-latex.pdf", "sheet-chromium.pdf")) {
            Path file = Path.of("src/test/resources/real-spaces", name);
            Map<String, Answer> answers = Submissions.read(new Submissions.Submission(file, "default", name,
                    List.of()), cpen455).get(0).answers();
            assertThat(value(answers, "H1")).as(name).isEqualTo("[100.0, 128.0, 256.0, 256.0]");
            assertThat(answers.get("H1").foundBy()).as(name).isEqualTo(FoundBy.LABEL);
            assertThat(value(answers, "H4")).as(name).isEqualTo("[100.0, 16.0, 64.0, 64.0]");
            assertThat(value(answers, "Y_shape")).as(name).isEqualTo("[100.0, 10.0]");
        }
    }

    private static final SheetSpec WEEK12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));

    /**
     * A numbered list answering exercise 4's parts item by item, where item 3 answers the depth 6 and item 2 says
     * "252 × 252 with 12 maps": the depth was taken from item 2 by match and graded correct. Each item answers its own
     * part; the depth is item 3's 6, and a right item 3 is still read.
     */
    @Test
    void aMatchInAnotherPartsItemIsNoAnswer() throws Exception {
        Path scenario = Path.of("src/test/resources/answer-items");
        List<Map<String, Answer>> wrong = List.of(
                new DocxSheetReader().read(scenario.resolve("wrong.docx"), "wrong.docx", WEEK12).get(0).answers(),
                new PdfSheetReader().read(scenario.resolve("wrong.pdf"), "wrong.pdf", WEEK12).get(0).answers());
        for (Map<String, Answer> answers : wrong) {
            assertThat(value(answers, "pooled_depth")).isEqualTo("6.0");
            assertThat(answers.get("pooled_depth").where().snippet()).startsWith("3. Number of pooled feature maps?");
            assertThat(value(answers, "pooled_size")).isEqualTo("[252.0, 252.0]");
            assertThat(value(answers, "maps2_size")).isEqualTo("[250.0, 250.0]");
        }
        Map<String, Answer> right = new DocxSheetReader().read(scenario.resolve("right.docx"), "right.docx", WEEK12)
                .get(0).answers();
        assertThat(value(right, "pooled_depth")).isEqualTo("12.0");
        assertThat(right.get("pooled_depth").foundBy()).isEqualTo(FoundBy.MATCH);
    }

    /**
     * A notebook's {@code print(W)} output right under the heading "Problem 3 — Softmax cross-entropy" was read as the
     * softmax {@code probs} (the heading's word "softmax" on the line above labelled it), graded incorrect, while it is
     * the problem's given W; and as a matrix of their shape no part took, it flagged dW and W_new. A given restated
     * under a heading answers nothing; with a label on its own line it still answers.
     */
    @Test
    void aGivenMatrixPrintedUnderAHeadingIsNotTheAnswerTheHeadingNames(@org.junit.jupiter.api.io.TempDir
            Path folder) throws Exception {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Path notebook = folder.resolve("printed-given.ipynb");
        Files.writeString(notebook, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["## Problem 3 — Softmax cross-entropy"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": ["print(W)"],
                   "outputs": [{"output_type": "stream", "name": "stdout",
                                "text": ["[[ 0.5 -1.   0. ]\\n", " [ 1.   0.   0.5]\\n", " [ 0.   1.   1. ]]\\n"]}]}
                ]}
                """);
        Map<String, Answer> answers = new NotebookSheetReader().read(notebook, "printed-given.ipynb", backprop).get(0)
                .answers();
        assertThat(answers).doesNotContainKeys("probs", "dW", "W_new");

        Map<String, Answer> labelled = Locator.locate(TextSheetReader.document("""
                ## Problem 3 — Softmax cross-entropy
                p = [[0.5, -1, 0], [1, 0, 0.5], [0, 1, 1]]
                """, "answers.md"), backprop, new ArrayList<>()).answers();
        assertThat(labelled.get("probs").foundBy()).isEqualTo(FoundBy.LABEL);
    }


    /**
     * A list of shapes written channels last, as AlexNet's figure writes them, opening with the input restated
     * (227 × 227 × 3): the input was taken for conv1 by its place, each layer then taking the row of the layer before.
     * Restated channels last, the input is still the input.
     */
    @Test
    void anInputRestatedChannelsLastIsNoLayersAnswer() {
        Map<String, Answer> answers = readAlexNet("""
                ### 1.5 Dimensions of CNN layers
                - 227 × 227 × 3
                - 55 × 55 × 96
                - 27 × 27 × 96
                - 27 × 27 × 256
                """);
        assertThat(value(answers, "conv1_shape")).isEqualTo("[55.0, 55.0, 96.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[27.0, 27.0, 96.0]");
        Map<String, Answer> prose = readAlexNet("""
                ### 1.5 Dimensions of CNN layers
                The input is 227 x 227 x 3. The first convolution gives 55 x 55 x 96.
                """);
        assertThat(value(prose, "conv1_shape")).isEqualTo("[55.0, 55.0, 96.0]");
    }

    /**
     * A notebook's table of layers giving "| Flatten | 6400 |", above the printed {@code flatten (1, 9216)} of a model
     * the team did not trust: the printed shape, read without its batch as [9216], was graded correct, unflagged, the
     * table's number never named, since a number and a shape of one entry were not compared. A single entry is a
     * number whatever its rank.
     */
    @Test
    void aLayersNumberInATableRivalsAPrintedShapeOfOneEntry() {
        Map<String, Answer> answers = readAlexNet("""
                ### 1.5 Dimensions of CNN layers
                | Layer | Output |
                |---|---|
                | pool3 | 256 × 5 × 5 |
                | Flatten | 6400 |

                Printed by our (buggy?) PyTorch model, we trust the hand computation above:

                ```
                pool3 (1, 256, 6, 6)
                flatten (1, 9216)
                ```
                """);
        assertThat(answers.get("flat_size").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("6400").contains("line 5"));
    }

    /**
     * "conv1: 96 × 54 × 54 (we do not add one …; note that other groups and the handout figure use 96 × 55 × 55)": the
     * later shape was read, unflagged, since the words between the two were looked for only in the 120 characters
     * before the later. A line of prose ending without a sentence's end goes on with the next, unless that opens a row
     * of its own.
     */
    @Test
    void twoShapesOfALayerFarApartOnItsLineOrWrappedOntoTheNextAreInDoubt() {
        Answer far = readAlexNet("### 1.5 Dimensions of CNN layers\nconv1: 96 × 54 × 54 (we do not add one after"
                + " dividing, because the kernel does not fit again; note that other groups and the handout figure use"
                + " 96 × 55 × 55)\n").get("conv1_shape");
        assertThat(far.doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("its line gives 96 × 54 × 54 before 96 × 55 × 55"));
        Answer wrapped = readAlexNet("### 1.5 Dimensions of CNN layers\nFlatten: if pool3 were 6 × 6 this would be"
                + " 9216; with our 5 × 5 maps the\nlength is 6400.\n").get("flat_size");
        assertThat(wrapped.doubt()).hasValueSatisfying(doubt -> assertThat(doubt).contains("6400"));
        // A list's next row is no sentence going on.
        assertThat(readAlexNet("### 1.5 Dimensions of CNN layers\n- Flatten: 9216, but ours\n- conv1: our 96 × 55 × 55"
                + "\n- pool3: 6400\n").get("flat_size").doubt()).isEmpty();
    }

    /**
     * A part whose label stands in a line's middle with its answer in a layout no value was read from was missing,
     * unflagged, and graded 0: {@code El paso (stride) es de 2}; a PDF that lost a Markdown file's {@code <br>}
     * ({@code kernel: [[…]]stride: 2padding: 0}); a shape pdflatex wrapped ({@code nach conv2: 256 × 27 ×} over
     * {@code 27}). Each is unreadable and flagged, the line quoted; the same answers read from the Markdown source are
     * read, and a blank template whose question names a label is still blank.
     */
    @Test
    void aLabelInALinesMiddleWithAnAnswerUnreadAfterItFlagsThePart() {
        SheetSpec problemSet = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Path fixtures = Path.of("src/test/resources/labels-in-prose");
        java.util.function.Function<String, AnswerSheet> sheet = name -> Submissions.read(new Submissions.Submission(
                fixtures.resolve(name), "default", name, List.of()), problemSet).get(0);

        Map<String, Answer> typeset = sheet.apply("glued.pdf").answers();
        Map<String, Answer> source = sheet.apply("glued.md").answers();
        Map<String, Answer> spanish = sheet.apply("spanish.md").answers();
        AnswerSheet template = sheet.apply("template.md");

        assertThat(typeset.get("avg_stride").value()).isEmpty();
        assertThat(typeset.get("avg_stride").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("stride: 2padding: 0").contains("score by hand"));
        assertThat(typeset.get("conv2_shape").value()).isEmpty();
        assertThat(typeset.get("conv2_shape").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("nach conv2: 256 × 27 ×"));
        assertThat(source.get("avg_stride").value()).isPresent();
        assertThat(source.get("avg_stride").written()).isEqualTo("2");
        assertThat(source.get("conv2_shape").value()).isPresent();
        assertThat(source.get("conv2_shape").written()).isEqualTo("256 × 27 × 27");
        assertThat(spanish.get("avg_stride").value()).isEmpty();
        assertThat(spanish.get("avg_stride").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("El paso (stride) es de 2"));
        assertThat(template.answers().values()).noneMatch(Answer::given);
    }

    /**
     * A table whose headers name parts over a row of their values ({@code | kernel | stride | padding |}), as a PDF
     * prints it without its columns ({@code kernel stride padding} over {@code [[0.25, 0.25], [0.25, 0.25]] 2 0}), left
     * the stride missing, unflagged. A part still without an answer whose label heads such a column is unreadable and
     * flagged, the row quoted; the Markdown table itself is read.
     */
    @Test
    void aLabelHeadingATablesColumnOverARowUnreadFlagsThePart() {
        SheetSpec problemSet = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Path fixtures = Path.of("src/test/resources/labels-in-prose");
        java.util.function.Function<String, Map<String, Answer>> answers = name -> Submissions.read(
                new Submissions.Submission(fixtures.resolve(name), "default", name, List.of()), problemSet).get(0)
                .answers();

        Answer typeset = answers.apply("table.pdf").get("avg_stride");
        Answer source = answers.apply("table.md").get("avg_stride");

        assertThat(typeset.value()).isEmpty();
        assertThat(typeset.doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("heads a column").contains("[[0.25, 0.25], [0.25, 0.25]] 2 0"));
        assertThat(source.written()).isEqualTo("2");
    }

    /**
     * A footnote's mark between a label and its colon ({@code Padding[^p]: 0}): the mark was not known as one, so the
     * footnote's "A padding of 1 would add a ring of zeros" was read by the label, graded incorrect. A mark is blanked
     * out of the text wherever it stands, and the footnote is read only where a label points to it.
     */
    @Test
    void aFootnotesMarkBeforeALabelsColonLeavesTheLabelItsValue() {
        SheetSpec e1394 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.4 Pooling transformed into convolution

                Kernel: [[0.25, 0.25], [0.25, 0.25]]

                Stride: 2

                Padding[^p]: 0

                [^p]: A padding of 1 would add a ring of zeros and change the border averages.
                """, "answers.md"), e1394, new ArrayList<>()).answers();

        assertThat(answers.get("avg_padding").written()).isEqualTo("0");
        assertThat(answers.get("avg_padding").doubt()).isEmpty();
    }

    private static final SheetSpec BACKPROP = SheetSpecs.of(RubricLoader.load(Path.of(
            "rubrics/backprop.yaml")));

    /**
     * {@code dL/dK = [[5, 8], [1, 2]]ᵀ}: the transpose meant, [[5, 1], [8, 2]], is wrong, but the matrix was read as
     * written and graded correct, unflagged. A transpose mark after a matrix flags it; a matrix without one is read
     * as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[[5, 8], [1, 2]]ᵀ", "[[5, 8], [1, 2]]^T", "[[5, 8], [1, 2]].T",
        "\\begin{bmatrix} 5 & 8 \\\\ 1 & 2 \\end{bmatrix}^{\\top}"})
    void aTransposeMarkAfterAMatrixFlagsIt(String written) {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("## Problem 1\n\ndL/dK = " + written
                + "\n", "answers.md"), BACKPROP, new ArrayList<>()).answers();
        assertThat(value(answers, "dK")).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
        assertThat(answers.get("dK").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("a transpose mark, ").contains("read as written, not transposed"));
        Map<String, Answer> plain = Locator.locate(TextSheetReader.document(
                "## Problem 1\n\ndL/dK = [[5, 8], [1, 2]]\n", "answers.md"), BACKPROP, new ArrayList<>()).answers();
        assertThat(plain.get("dK").doubt()).isEmpty();
    }

    /**
     * {@code dL/dK = [[5, 8], [1, 2]] [[5, 1], [8, 2]]} (in a PDF, the first struck through by a rule between its rows,
     * which no strike-through reading sees): the first matrix was graded alone, correct, unflagged. Two matrices of
     * one shape after one label are alternatives, as two numbers are.
     */
    @Test
    void twoMatricesAfterOneLabelFlagTheFirst() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(
                "## Problem 1\n\ndL/dK = [[5, 8], [1, 2]] [[5, 1], [8, 2]]\n", "answers.md"), BACKPROP,
                new ArrayList<>()).answers();
        assertThat(value(answers, "dK")).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
        assertThat(answers.get("dK").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line gives several values, '[[5, 8], [1, 2]] [[5, 1], [8, 2]]'"));
    }

    /**
     * {@code H3: 18432 (before the group discussion)} over the team's {@code H3: 18423} under 2.3's heading: "H3" also
     * names CPEN455's shape H3 and 2.4's count, so the second value was no rival, and the first was graded correct,
     * unflagged. Under a heading of its question alone, a label is the question's own.
     */
    @Test
    void aLabelOtherQuestionsShareNamesARivalUnderItsOwnHeading() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 2.3 Learnable parameters without bias
                H1: 9600
                H3: 18432 (before the group discussion)
                H3: 18423
                ## 2.4 Learnable parameters with bias
                H3: 18464
                """, "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(answers, "params_H3")).isEqualTo("18432.0");
        assertThat(answers.get("params_H3").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("'H3' also names 18423"));
        assertThat(answers.get("params_H1").doubt()).isEmpty();
        assertThat(answers.get("params_bias_H3").doubt()).isEmpty();
    }

    /**
     * A sheet keyed by the template's part ids, a tab or a table's bar between id and answer ({@code sees_eye<TAB>No},
     * {@code | receptive_field_side | 21 |}): an id of several words was no label, and a yes or no opening a cell was
     * no value, so both parts were missing, unflagged, on a sheet without headings.
     */
    @Test
    void answersKeyedByPartIdsInCellsAreRead() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        for (String sheet : List.of("part\tanswer\nreceptive_field_side\t21\nsees_eye\tNo\n",
                "| part | answer |\n|---|---|\n| receptive_field_side | 21 |\n| sees_eye | No |\n")) {
            Map<String, Answer> answers = Locator.locate(TextSheetReader.document(sheet, "answers.txt"), lmu,
                    new ArrayList<>()).answers();
            assertThat(value(answers, "receptive_field_side")).as(sheet).isEqualTo("21.0");
            assertThat(answers.get("receptive_field_side").foundBy()).isEqualTo(FoundBy.LABEL);
            assertThat(answers.get("sees_eye").value()).as(sheet).hasValue(new SheetValue.Truth(false));
            assertThat(answers.get("sees_eye").foundBy()).isEqualTo(FoundBy.LABEL);
        }
    }

    /**
     * {@code | 2.2 | Y | (100, 10) |} in a table numbering its rows by question: with no digit outside the parentheses
     * the row was taken for a heading with its points, all of it furniture, and Y's shape was missing, unflagged.
     */
    @Test
    void aTupleInARowNumberedByItsQuestionIsNoHeadingsPoints() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 2.2

                | Question | Tensor | Shape |
                |---|---|---|
                | 2.2 | H5 | (100, 16, 32, 32) |
                | 2.2 | Y | (100, 10) |
                """, "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(answers, "Y_shape")).isEqualTo("[100.0, 10.0]");
        assertThat(answers.get("Y_shape").doubt()).isEmpty();
    }

    /**
     * A sheet numbering its problems from 1 though the rubric's first graded question is 3 puts {@code valid =} over
     * A_valid's rows under "Problem 1", a question the TA scores by hand: away from its question a label had to assign
     * its value on the value's line, so the parts were missing, unflagged. A line ending in its sign over the rows
     * assigns them too; a line ending in words assigns them only where a label of a word stands in it ("The gradient
     * w.r.t. p is" over dP's rows names no p).
     */
    @Test
    void aLabelEndingTheLineAboveAssignsItsValueOutsideItsQuestion() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                Problem 1
                ---------
                valid =
                   -23  -8   8  23
                   -23  -8   8  23
                The pooling stage output is
                   23  8  0
                   23  8  0

                Problem 2
                ---------
                kernel size = 9
                """, "answers.txt"), WEEK12, new ArrayList<>()).answers();
        assertThat(value(answers, "A_valid")).isEqualTo("[[-23.0, -8.0, 8.0, 23.0], [-23.0, -8.0, 8.0, 23.0]]");
        assertThat(answers.get("A_valid").foundBy()).isEqualTo(FoundBy.OUTSIDE);
        assertThat(value(answers, "P_same")).isEqualTo("[[23.0, 8.0, 0.0], [23.0, 8.0, 0.0]]");
        assertThat(answers.get("P_same").foundBy()).isEqualTo(FoundBy.OUTSIDE);

        Map<String, Answer> backprop = Locator.locate(TextSheetReader.document("""
                Q2 – Backpropagation through max pooling
                The gradient w.r.t. p is

                [0.5 1; 0.5 0.5]

                Q3 – A softmax–cross-entropy step
                c) The mean cross-entropy loss: 1.24
                """, "answers.txt"), BACKPROP, new ArrayList<>()).answers();
        assertThat(backprop).doesNotContainKey("probs");
    }

    /**
     * {@code P = 1} (the padding, under a name the pooling output has) went to the stride by its place, and the padding
     * was missing, unflagged: with fewer values than parts, which part was skipped is a guess. A value a part took by
     * its place alone is left for its missing siblings' flag.
     */
    @Test
    void aValueTakenByItsPlaceIsLeftForAMissingSibling() {
        AnswerSheet sheet = Locator.locate(TextSheetReader.document("""
                ## Solution to 1.4

                K = [[0.25, 0.25], [0.25, 0.25]]

                stride: ?

                P = 1

                ## Solution to 1.5
                """, "answers.md"), ALEXNET, new ArrayList<>());
        assertThat(sheet.answers().get("avg_stride").foundBy()).isEqualTo(FoundBy.ORDER);
        assertThat(sheet.answers()).doesNotContainKey("avg_padding");
        assertThat(sheet.valuesLeft().get("1.4")).extracting(Where::snippet).containsExactly("P = 1");
    }

    /**
     * {@code W_2 =} over a blank line and an indented {@code 1  -2} (a Markdown code block): the label's sign was looked
     * for on the line right above the value only, so 1 was read as W2, unflagged.
     */
    @Test
    void severalValuesUnderALabelPastABlankLineAreFlagged() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(
                "## 1.3\n\nW_2 =\n\n    1  -2\n\nb2 = 0\n", "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(answers.get("W2").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line gives several values, '1 -2'"));
    }

    /**
     * "For H3 we get [100, 32, 63, 63]." named no H3: its shape was taken by H1 by its place (flagged), and H3 was
     * missing.
     */
    @Test
    void aWorkedResultsVerbAfterALabelGivesItsValue() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 2.2
                H2: [100, 64, 128, 128]

                For H3 we get [100, 32, 63, 63].

                H4 gives [100, 16, 64, 64]
                """, "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(answers, "H3")).isEqualTo("[100.0, 32.0, 63.0, 63.0]");
        assertThat(answers.get("H3").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "H4")).isEqualTo("[100.0, 16.0, 64.0, 64.0]");
        assertThat(answers.get("H4").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers).doesNotContainKey("H1");
    }

    /** {@code eye: No} over {@code eye: Yes}: the first was graded, unflagged; a yes or no had no rivals. */
    @Test
    void aSecondYesOrNoUnderTheSameLabelFlagsTheFirst() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(
                "Q4-2\n\nreceptive field = 51\n\neye: No  (wrong)\n\neye: Yes\n", "answers.txt"), lmu,
                new ArrayList<>()).answers();
        assertThat(answers.get("sees_eye").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("'eye' also names Yes (line 7)"));
    }

    /** {@code W2    -1   0}, a name and blanks in place of a sign: -1 was read as W2, unflagged. */
    @Test
    void severalValuesAfterANameWithoutASignAreFlagged() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document(
                "1.3\n\nW_2     1  -2\n\nb_2: 0\n", "answers.txt"), CPEN455, new ArrayList<>()).answers();
        assertThat(answers.get("W2").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line gives several values, '1 -2'"));
    }

    /**
     * A notebook's printed {@code W1} (over two lines) and, under it, "That was wrong (old run), corrected below.", the
     * corrected matrix further down as a table the reader does not tie to W1: the wrong one was graded, unflagged.
     */
    @Test
    void aLineSayingTheValueAboveIsWrongFlagsIt() {
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                ## 1.2 A two-layer network with the absolute value for XOR

                W1 = [[2, 1],
                      [0, 0]]

                That was wrong (old run), corrected below.

                ## 1.3 A two-layer ReLU network for XOR
                """, "answers.md"), CPEN455, new ArrayList<>()).answers();
        assertThat(value(answers, "W1_abs")).isEqualTo("[[2.0, 1.0], [0.0, 0.0]]");
        assertThat(answers.get("W1_abs").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line after [[2, 1], [0, 0]] says it is wrong, 'That was wrong (old run), corrected"
                        + " below.' (line 6)"));
    }
}
