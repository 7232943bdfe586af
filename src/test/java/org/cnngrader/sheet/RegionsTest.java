package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question's region starts at its heading however the heading is typeset, and the document's
 * furniture gives no answers.
 */
class RegionsTest {

    private static final List<SheetSpec.QuestionSpec> QUESTIONS = List.of(
            new SheetSpec.QuestionSpec("1.1", "Kernels", List.of()),
            new SheetSpec.QuestionSpec("1.3.1", "Convolution layer", List.of("Convolutional layer")),
            new SheetSpec.QuestionSpec("1.4", "Pooling transformed into convolution", List.of()),
            new SheetSpec.QuestionSpec("4", "Layer sizes (Gonzalez & Woods, exercise 13.3)", List.of()));

    private static final List<SheetSpec.QuestionSpec> WEEK12 = List.of(
            new SheetSpec.QuestionSpec("1", "Convolution and correlation", List.of()),
            new SheetSpec.QuestionSpec("2", "The three stages of a convolutional layer", List.of()),
            new SheetSpec.QuestionSpec("3", "Convolution, detector and pooling stage", List.of()),
            new SheetSpec.QuestionSpec("4", "Layer sizes (Gonzalez & Woods, exercise 13.3)", List.of()));

    private static Regions regions(String text) {
        return Regions.of(TextSheetReader.document(text, "test.md"), QUESTIONS);
    }

    /** The line (0-based) where the question's region starts, −1 when it has no heading. */
    private static int heading(String text, String question) {
        Regions.Region region = regions(text).region(question);
        return region.headed() ? region.start() : -1;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\subsection{1.4 Pooling transformed into convolution}",
        "\\subsubsection*{1.4 Pooling as a convolution}",
        "#### 1.4",
        "**1.4** The kernel is a matrix of quarters.",
        "1.4 Pooling transformed into convolution",
        "Problem 1.4 (b)",
        "Exercise 1-4",
        "Q1.4",
        "- 1.4 Pooling transformed into convolution",
        "Exercice 1.4 — La mise en commun comme convolution",
        "Ejercicio 1.4: pooling como convolución",
        "Esercizio 1.4",
        "Problem 1.4 —Poolingtransformed into convolution",
    })
    void aHeadingIsFoundHoweverItIsTypeset(String line) {
        String text = "Team PS 2 Z\n\n1.1 Kernels\nK = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]\n\n" + line
                + "\nK = [[0.25, 0.25], [0.25, 0.25]]\n";
        assertThat(heading(text, "1.4")).isEqualTo(5);
        assertThat(regions(text).region("1.1").end()).isEqualTo(5);
    }

    /**
     * "Problem 5" over "5.1 Vanilla convolution" and its answer, then "5.2 Grouped convolution", which the question's
     * title ("Grouped convolution") made its heading: the region started at 5.2, and 5.1's answer lay in question 4.3's
     * region, missing, unflagged. The rubric's aliases name both sub-headings; the region starts at the first.
     */
    @Test
    void aQuestionsRegionStartsAtTheFirstOfItsOwnHeadings() {
        List<SheetSpec.QuestionSpec> questions = List.of(
                new SheetSpec.QuestionSpec("4.3", "Output padding of a dilated transposed convolution", List.of()),
                new SheetSpec.QuestionSpec("5", "Grouped convolution", List.of("5.1", "5.2")),
                new SheetSpec.QuestionSpec("6", "Depthwise separable convolution", List.of("6.1")));
        String text = "## 4.3 Output padding of a dilated transposed convolution\nAs in 3.2.\n## Problem 5\n"
                + "### 5.1 Vanilla convolution\n$$N \\times K \\times K \\times C$$\n### 5.2 Grouped convolution\n"
                + "$$\\frac{N \\times K \\times K \\times C}{M}$$\n## Problem 6\n### 6.1 Depthwise separable\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "answers.md"), questions);
        assertThat(regions.region("5").start()).isEqualTo(2);
        assertThat(regions.region("4.3").end()).isEqualTo(2);
        assertThat(regions.region("5").contains(4)).isTrue();
        assertThat(regions.region("6").start()).isEqualTo(7);
        // Another question's heading between stops it: a restated "5.1" above question 4.3 is not question 5's.
        String restated = "## 5.1 Vanilla convolution\ntext\n## 4.3 Output padding\nAs in 3.2.\n"
                + "## 5.2 Grouped convolution\n$$\\frac{N}{M}$$\n";
        Regions around = Regions.of(TextSheetReader.document(restated, "answers.md"), questions);
        assertThat(around.region("5").start()).isEqualTo(4);
    }

    /**
     * "Solution to 1.3" (a setext heading in a text file or Markdown, or a plain line) heads question 1.3 as "Problem
     * 1.3" does: such a sheet was read as one region, the labels W1 and W2 of questions 1.2 and 1.3 taking either's
     * values, unflagged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Solution to 1.3.1\n---------------", "Solution to 1.3.1", "Answers for Problem 1.3.1",
        "Lösung zu Aufgabe 1.3.1", "Solutions to Question 1.3.1:"})
    void aSolutionsLeadingWordsHeadItsQuestion(String heading) {
        Regions regions = regions("Team T\n\n" + heading + "\n\nS = [[1, 2], [3, 4]]\n\n"
                + heading.replace("1.3.1", "1.4") + "\n\nstride = 2\n");
        assertThat(regions.region("1.3.1").headed()).as(heading).isTrue();
        assertThat(regions.region("1.4").headed()).as(heading).isTrue();
        assertThat(regions.region("1.3.1").contains(4)).isTrue();
        assertThat(regions.region("1.4").contains(4)).isFalse();
        // Without its preposition, a solution's word before a number gives a value: "Answer 4" heads no question 4.
        assertThat(regions("Team T\n\n1.4 Pooling transformed into convolution\nStride?\nAnswer 4\n")
                .region("4").headed()).isFalse();
        assertThat(regions("Team T\n\n1.4 Pooling transformed into convolution\nAnswer for the 4 layers: 2\n")
                .region("4").headed()).isFalse();
        assertThat(regions("Team T\n\nSolution to the Problem 1.4\nstride = 2\n").region("1.4").headed()).isTrue();
    }

    /**
     * A run-in sub-heading followed by its answer in LaTeX's math ({@code **5.1** vanilla: $N \times K \times K \times
     * C$}) gives that answer, as one in typeset signs does ({@code 5.1 N × K × K × C}): without a digit or a sign, the
     * line was all heading, and both answers of the question were missing, unflagged.
     */
    @Test
    void aRunInHeadingsAnswerInLatexMathIsNoHeading() {
        List<SheetSpec.QuestionSpec> questions = List.of(
                new SheetSpec.QuestionSpec("5", "Grouped convolution", List.of("5.1", "5.2")));
        String text = "## 5\n**5.1** vanilla: $N \\times K \\times K \\times C$\n\n"
                + "**5.2** grouped: $\\frac{N \\times K \\times K \\times C}{M}$\n\n**5.1** Vanilla convolution\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "answers.md"), questions);
        assertThat(regions.furniture(1)).isFalse();
        assertThat(regions.furniture(3)).isFalse();
        assertThat(regions.furniture(5)).isTrue();
    }

    /**
     * A sheet answering only exercise 4, its answers a numbered list under {@code ## Exercise 4}: the items 1.–4. were
     * taken as the headings of questions 1–4, four weak headings outscoring the one sure heading, and exercise 4's
     * answers were read as other questions' and missing, unflagged. The items are exercise 4's.
     */
    @Test
    void numberedItemsUnderALaterQuestionsHeadingAreItsItems() {
        String text = "Team T\n\n## Exercise 4\n\n1. Spatial size of the kernels of the first layer? 9 × 9\n"
                + "2. Size of the pooled feature maps? 252 × 252\n3. Number of pooled feature maps? 12\n"
                + "4. Size of the maps in the second layer? 250 × 250\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "test.md"), WEEK12);
        assertThat(regions.region("4").headed()).isTrue();
        assertThat(regions.region("4").start()).isEqualTo(2);
        assertThat(regions.region("1").headed()).isFalse();
        assertThat(regions.region("3").headed()).isFalse();
        // Set as headings, numbered lines are still questions' headings, in any order the rubric allows.
        Regions headings = Regions.of(TextSheetReader.document("## 1. Convolution\ntext\n## 2. Stages\ntext\n"
                + "## 3. Pooling\ntext\n## Exercise 4\n1. 9 × 9\n", "test.md"), WEEK12);
        assertThat(headings.region("1").headed()).isTrue();
        assertThat(headings.region("4").start()).isEqualTo(6);
    }

    /**
     * A two-column page wrapped question 4's heading inside its parentheses ("4 Layer sizes (Gonzalez & Woods," /
     * "exercise 13.3)"): the second line, a numbered exercise, ended the region, and every answer of question 4 went
     * missing without a flag.
     */
    @Test
    void theRestOfAWrappedHeadingDoesNotEndItsRegion() {
        String text = "1.1 Kernels\ntext\n4 Layer sizes (Gonzalez & Woods,\nexercise 13.3)\n(a) kernel size 9\n"
                + "(e) flattened length 93750\n";
        Regions.Region region = regions(text).region("4");
        assertThat(region.start()).isEqualTo(2);
        assertThat(region.end()).isEqualTo(7);
    }

    /**
     * {@code \\section*{Problem 3 --- Softmax cross-entropy}}: LaTeX's {@code ---} between the number and the title
     * headed nothing, every region was the whole document, and {@code probs} took {@code z}'s matrix with the feedback
     * "the softmax was not applied".
     */
    @Test
    void latexDashesBetweenAHeadingsNumberAndItsTitleStillHeadIt() {
        for (String dash : List.of("---", "-", "–", "—", ":")) {
            String text = "1.1 Kernels\ntext\n\\section*{Problem 1.4 " + dash + " Pooling}\nK = [[1, 1], [1, 1]]\n";
            assertThat(heading(text, "1.4")).as(dash).isEqualTo(2);
        }
        assertThat(heading("1.1 Kernels\ntext\n1.4 --- 2.5\n", "1.4")).isEqualTo(-1);
    }

    @Test
    void aListItemNamesAQuestionByItsEnumerator() {
        String text = "1.1 Kernels\ntext\n4. Exercise 13.3 from the book \"Digital Image Processing\":\n(a) 9\n";
        assertThat(heading(text, "4")).isEqualTo(2);
    }

    /**
     * A figure's caption wrapped so that a line began "exercise 4." headed question 4 in place of its own heading,
     * and every answer of question 4 went missing.
     */
    @Test
    void aLineThatGoesOnWithTheSentenceAboveIsNoHeading() {
        String text = "1.1 Kernels\ntext\n4. Exercise 13.3 from the book \"Digital Image Processing\":\n(a) 9\n\n"
                + "Figure 1: Visualization of the architecture of the CNN described in\nexercise 4.\n";
        assertThat(heading(text, "4")).isEqualTo(2);
        assertThat(regions(text).region("4").end()).isEqualTo(8);
        // Alone on its line, after a sentence that has ended, it still heads its question.
        assertThat(heading("1.1 Kernels\ntext.\nexercise 4.\n(a) 9\n", "4")).isEqualTo(2);
    }

    /**
     * pandoc's --number-sections puts its own number before the student's ("2.0.0.3 1.2", "4 1.4 Pooling …"): such a
     * heading was no heading at all, two questions shared a region, and their labels took each other's answers. And
     * within a question, its numbered steps ("12.1 Step 1:") ended its region before the answer.
     */
    @Test
    void headingsNumberedByTheTypesettingAreReadByTheStudentsOwnNumber() {
        String text = "## 2.0.0.1 1.1\nK = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]\n"
                + "## 12.0.0.1 1.4 Pooling transformed into convolution\ntext\n### 12.1 Step 1:\n"
                + "K = [[0.25, 0.25], [0.25, 0.25]]\n## 13 4 Layer sizes\n(a) 9\n";
        assertThat(heading(text, "1.1")).isZero();
        assertThat(heading(text, "1.4")).isEqualTo(2);
        assertThat(regions(text).region("1.4").end()).isEqualTo(6);
        assertThat(heading(text, "4")).isEqualTo(6);
    }

    /**
     * pandoc's LaTeX numbers a "## Problem 1 — Convolution backward" under no section "0.1": the heading was not
     * found, and the parts of question 1, whose values were on the page, were missing without a flag. A marked number
     * after the typesetting's number is the student's own.
     */
    @Test
    void aMarkedNumberAfterTheTypesettingsNumberIsTheStudentsOwn() throws Exception {
        List<SheetSpec.QuestionSpec> backprop = List.of(
                new SheetSpec.QuestionSpec("1", "Backpropagation through a convolution layer",
                        List.of("Problem 1", "Convolution backward")),
                new SheetSpec.QuestionSpec("2", "Backpropagation through max pooling",
                        List.of("Problem 2", "Max pooling backward")));
        Document pdf = PdfSheetReader.document(Path.of("src/test/resources/typeset-headings/sheet.pdf"),
                "sheet.pdf", new ArrayList<>());
        Regions regions = Regions.of(pdf, backprop);
        assertThat(regions.region("1").headed()).isTrue();
        assertThat(pdf.lines().get(regions.region("1").start()).text()).startsWith("0.1 Problem 1");
        assertThat(pdf.lines().get(regions.region("1").end()).text()).startsWith("0.2 Problem 2");
        // Under a section, "2 Exercise 1.4" is exercise 1.4 of the student's.
        assertThat(heading("1.1 Kernels\ntext\n2 Exercise 1.4\nK = [[0.25, 0.25], [0.25, 0.25]]\n", "1.4"))
                .isEqualTo(2);
    }

    @Test
    void whenTheNumberAndTheTitleDisagreeTheTitleWins() {
        // LaTeX renumbered the document: its "1.1" is the rubric's 1.3.1.
        String text = "1 Kernels\nK = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]\n1.1 Convolution layer\nS = [[0, 2], [3, 2]]\n"
                + "1.2 Pooling transformed into convolution\nstride = 2\n";
        assertThat(heading(text, "1.1")).isEqualTo(0);
        assertThat(heading(text, "1.3.1")).isEqualTo(2);
        assertThat(heading(text, "1.4")).isEqualTo(4);
    }

    @Test
    void headingsKeepTheRubricsOrder() {
        // A list of the problems at the top names 1.4 before 1.1's solution: the solution's headings are chosen.
        String text = "# Problems\n1.4 Pooling transformed into convolution\n\n# Solutions\n1.1 Kernels\nidentity\n"
                + "1.4 Pooling transformed into convolution\nK = [[0.25, 0.25], [0.25, 0.25]]\n";
        assertThat(heading(text, "1.1")).isEqualTo(4);
        assertThat(heading(text, "1.4")).isEqualTo(6);
    }

    @Test
    void aSentenceStartingWithANumberIsNoHeading() {
        String text = "1.1 Kernels\n4 feature maps are pooled.\n1.5 7.5 2.5 6.5\n";
        assertThat(heading(text, "4")).isEqualTo(-1);
    }

    private static final List<SheetSpec.QuestionSpec> PS2 = List.of(
            new SheetSpec.QuestionSpec("1.1", "Kernels", List.of()),
            new SheetSpec.QuestionSpec("1.3.1", "Convolution layer", List.of()),
            new SheetSpec.QuestionSpec("1.3.2", "Pooling layer", List.of()),
            new SheetSpec.QuestionSpec("1.4", "Pooling transformed into convolution", List.of()),
            new SheetSpec.QuestionSpec("1.5", "Dimensions of CNN layers", List.of()));

    /**
     * Answered in reverse order, only one heading keeps the rubric's order. A question no line heads lies beside its
     * neighbour's heading, passed over: 1.3.2 and 1.4 (whose heading says "Pooling as convolution") beside 1.3.1's.
     */
    @Test
    void aQuestionWithoutAHeadingBesideOneHeadedOutOfOrderLiesNearThatHeading() {
        String text = "Team X\n## Dimensions of CNN layers\nConv1: 96 × 55 × 55\n## Pooling as convolution\nstride 2\n"
                + "## Convolution layer\nS = [[1]]\nP = [[1]]\n## Kernels\nK = [[1]]\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "test.md"), PS2);

        assertThat(regions.region("1.1").headed()).isTrue();
        assertThat(regions.region("1.1").outOfOrder()).isEmpty();
        assertThat(regions.region("1.3.1").outOfOrder()).contains(new Regions.OutOfOrder(5, "1.3.1"));
        assertThat(regions.region("1.3.2").outOfOrder()).contains(new Regions.OutOfOrder(5, "1.3.1"));
        assertThat(regions.region("1.4").outOfOrder()).contains(new Regions.OutOfOrder(5, "1.3.1"));
        assertThat(regions.region("1.5").outOfOrder()).contains(new Regions.OutOfOrder(1, "1.5"));
    }

    /**
     * Answered in its own order under headings that name each question by its own number and title: the questions
     * headed out of the rubric's order had no region of their own, and their answers were missing (flagged). Each
     * heading heads its question, and its region runs to the next heading down the document.
     */
    @Test
    void aSureHeadingOutOfTheRubricsOrderHeadsItsQuestion() {
        String text = "Team X\n## 1.5 Dimensions of CNN layers\nConv1: 96 × 55 × 55\n"
                + "## 1.4 Pooling transformed into convolution\nstride 2\n## 1.3.1 Convolution layer\nS = [[1]]\n"
                + "## 1.3.2 Pooling layer\nP = [[1]]\n## 1.1 Kernels\nK = [[1]]\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "test.md"), PS2);

        assertThat(List.of("1.5", "1.4", "1.3.1", "1.3.2", "1.1").stream().map(regions::region)
                .map(region -> region.headed() + " " + region.start() + "-" + region.end()))
                .containsExactly("true 1-3", "true 3-5", "true 5-7", "true 7-9", "true 9-12");
        // The rubric's order keeps 1.3.1 and 1.3.2 in place; the others are headed out of it.
        assertThat(regions.region("1.5").outOfOrder()).contains(new Regions.OutOfOrder(1, "1.5"));
        assertThat(regions.region("1.4").outOfOrder()).contains(new Regions.OutOfOrder(3, "1.4"));
        assertThat(regions.region("1.1").outOfOrder()).contains(new Regions.OutOfOrder(9, "1.1"));
        assertThat(regions.region("1.3.1").outOfOrder()).isEmpty();
    }

    /** A question the document skips, between two it heads in the rubric's order, was left unanswered. */
    @Test
    void aQuestionSkippedBetweenTwoHeadedInOrderLiesBetweenThem() {
        String text = "## Dimensions of CNN layers\nConv1: 96 × 55 × 55\n## Kernels\nK = [[1]]\n"
                + "## Pooling transformed into convolution\nstride 2\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "test.md"), PS2);

        assertThat(regions.region("1.5").outOfOrder()).contains(new Regions.OutOfOrder(0, "1.5"));
        assertThat(regions.region("1.3.1").outOfOrder()).isEmpty();
        assertThat(regions.region("1.3.2").outOfOrder()).isEmpty();
        assertThat(regions.region("1.3.2").start()).isEqualTo(2);
        assertThat(regions.region("1.3.2").end()).isEqualTo(4);
    }

    @Test
    void aQuestionWithoutAHeadingLiesBetweenItsNeighbours() {
        String text = "1.1 Kernels\nidentity\nS = [[1, 2], [3, 4]]\n1.4 Pooling transformed into convolution\nstride 2\n";
        Regions.Region region = regions(text).region("1.3.1");
        assertThat(region.headed()).isFalse();
        assertThat(region.start()).isZero();
        assertThat(region.end()).isEqualTo(3);
    }

    @Test
    void aNumberedHeadingOfAnotherProblemEndsTheLastRegion() {
        String text = "## 1.4 Pooling transformed into convolution\nstride = 2\n## 2 Identifying land use with CNN\n"
                + "learning rate 0.01\n";
        assertThat(regions(text).region("1.4").end()).isEqualTo(2);
    }

    @Test
    void theTeamLineAndTheHeadingsAreFurniture() {
        Regions regions = regions("Team PS 2 Z\n1.1 Kernels\nK = 1\n");
        assertThat(regions.furniture(0)).isTrue();
        assertThat(regions.furniture(1)).isTrue();
        assertThat(regions.furniture(2)).isFalse();
        assertThat(regions.inTitleBlock(0)).isTrue();
        assertThat(regions.inTitleBlock(2)).isFalse();
    }

    @Test
    void pageNumbersAndRunningHeadersOfATypesetDocumentAreFurniture() {
        List<Document.Line> lines = List.of(
                line(1, 1, "PS 2 – Team Z"), line(1, 2, "1.1 Kernels"), line(1, 3, "K = 3"), line(1, 4, "1"),
                line(2, 1, "PS 2 – Team Z"), line(2, 2, "S = 4"), line(2, 3, "Page 2 of 2"));
        Regions regions = Regions.of(new Document("test.pdf", lines, List.of(), List.of()), QUESTIONS);
        assertThat(regions.furniture(0)).isTrue();
        assertThat(regions.furniture(3)).isTrue();
        assertThat(regions.furniture(4)).isTrue();
        assertThat(regions.furniture(6)).isTrue();
        assertThat(regions.furniture(2)).isFalse();
        assertThat(regions.furniture(5)).isFalse();
    }

    /**
     * Two pages of a LibreOffice PDF opened with lines of one computation, "H :100×(32×64×64)" and
     * "H :100×(16×32×32)": alike but for their numbers, they were taken for a running header, and the second
     * page's answer was never read.
     */
    @Test
    void linesAlikeButForTheirNumbersAtTheTopOfTwoPagesAreNoRunningHeader() {
        List<Document.Line> lines = List.of(
                line(1, 1, "H :100×(32×64×64)"), line(1, 2, "1.1 Kernels"), line(1, 3, "K = 3"),
                line(2, 1, "H :100×(16×32×32)"), line(2, 2, "S = 4"),
                line(3, 1, "Problem Set 2, Team Z, page 3"), line(3, 2, "P = 5"),
                line(4, 1, "Problem Set 2, Team Z, page 4"), line(4, 2, "A = 6"));
        Regions regions = Regions.of(new Document("test.pdf", lines, List.of(), List.of()), QUESTIONS);
        assertThat(regions.furniture(0)).isFalse();
        assertThat(regions.furniture(3)).isFalse();
        // A header whose page number changes, on half the pages or more, still is one.
        assertThat(regions.furniture(5)).isTrue();
        assertThat(regions.furniture(7)).isTrue();
    }

    /**
     * Layers' lines opening two of three pages ("conv2: 256 × 27 × 27", "conv5: 256 × 13 × 13") were a running header
     * by their shape and were never read. A header's numbers change with the page, after a title page too.
     */
    @Test
    void linesWhoseNumbersDoNotCountThePagesAreNoRunningHeader() {
        Regions layers = typeset(line(1, 1, "Team Z"), line(1, 2, "1.1 Kernels"), line(1, 3, "conv1: 96 × 55 × 55"),
                line(2, 1, "conv2: 256 × 27 × 27"), line(2, 2, "pool2: 256 × 13 × 13"),
                line(3, 1, "conv5: 256 × 13 × 13"), line(3, 2, "flatten: 9216"));
        assertThat(layers.furniture(3)).isFalse();
        assertThat(layers.furniture(5)).isFalse();
        Regions numbered = typeset(line(1, 1, "Problem Set 2"), line(1, 2, "1.1 Kernels"), line(1, 3, "K = 3"),
                line(2, 1, "Problem Set 2 – Team Z – sheet 1 of 2"), line(2, 2, "S = 4"),
                line(3, 1, "Problem Set 2 – Team Z – sheet 2 of 2"), line(3, 2, "P = 5"));
        assertThat(numbered.furniture(3)).isTrue();
        assertThat(numbered.furniture(5)).isTrue();
    }

    /** The regions of a PDF's lines, with {@link #QUESTIONS}. */
    private static Regions typeset(Document.Line... lines) {
        return Regions.of(new Document("test.pdf", List.of(lines), List.of(), List.of()), QUESTIONS);
    }

    /**
     * "Part 3", German "Teil 3", and "Übung 3" with its capital umlaut (the marker was matched ignoring ASCII case
     * only) head question 3: they headed none, and the whole sheet was read as one region.
     */
    @ParameterizedTest
    @ValueSource(strings = {"## Part 3", "## Teil 3", "## Übung 3", "## ÜBUNG 3", "**Part 3.**"})
    void aQuestionHeadedAsAPartOrAnÜbungIsHeaded(String heading) {
        Regions regions = Regions.of(TextSheetReader.document("Sam Reid\n\n" + heading + "\n\nvalid: 23\n\n"
                + "## Part 4\n\n(a) 9 × 9\n", "test.md"), WEEK12);
        assertThat(regions.region("3").headed()).as(heading).isTrue();
        assertThat(regions.region("3").start()).as(heading).isEqualTo(2);
        assertThat(regions.region("4").start()).as(heading).isEqualTo(6);
    }

    /** The questions around 2.3 and 2.4 of rubrics/cpen455-hw2.yaml. */
    private static final List<SheetSpec.QuestionSpec> COUNTS = List.of(
            new SheetSpec.QuestionSpec("2.2", "Shapes of the batch", List.of()),
            new SheetSpec.QuestionSpec("2.3", "Learnable parameters without bias", List.of()),
            new SheetSpec.QuestionSpec("2.4", "Learnable parameters with bias", List.of()),
            new SheetSpec.QuestionSpec("2.5", "Batch normalisation statistics", List.of()));

    /**
     * Students answer two questions under one heading. "2.3 and 2.4" headed 2.3 alone, and 2.4 had "no heading"; "2.3
     * & 2.4", "Questions 2.3–2.4", "Q2.3/2.4" headed neither, and both were read from 2.2's heading on (2.2's H2
     * took the count table's 204,800). The heading heads each question it names, and they share its region.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "## 2.3 and 2.4",
        "## 2.3 & 2.4",
        "\\subsection*{2.3 \\& 2.4}",
        "## Questions 2.3–2.4",
        "**Q2.3/2.4**",
        "### 2.3-2.4",
        "## 2.3, 2.4",
        "## Problems 2.3 and 2.4",
        "2.3 and 2.4",
        "2.3 + 2.4: Learnable parameters",
    })
    void aHeadingNamingTwoQuestionsHeadsEach(String line) {
        Regions regions = underCountsHeading(line);
        for (String question : List.of("2.3", "2.4")) {
            assertThat(regions.region(question).headed()).as(question).isTrue();
            assertThat(regions.region(question).start()).as(question).isEqualTo(5);
            assertThat(regions.region(question).end()).as(question).isEqualTo(8);
        }
        assertThat(regions.region("2.3").sharedWith()).containsExactly("2.4");
        assertThat(regions.region("2.4").sharedWith()).containsExactly("2.3");
        assertThat(regions.region("2.2").end()).isEqualTo(5);
        assertThat(regions.region("2.5").sharedWith()).isEmpty();
        // Its second number is the heading's, no answer.
        assertThat(regions.inHeading(5, line.indexOf("2.4"))).isTrue();
    }

    /**
     * A title holding every word of another's and more names only its own question: "Count the learnable parameters
     * without bias", the problem restated under 2.3's heading, headed 2.4 ("Learnable parameters with bias", whose
     * words it holds too). With 2.4 answered first, 2.3's region ended at its restated problem, and 2.3's parts were
     * read from 2.4's lines and 2.4's from 2.3's; 2.3's total was missing, unflagged.
     */
    @Test
    void aRestatedProblemHeadsNoQuestionWhoseTitleIsPartOfItsOwn() {
        String text = "Team T\n\n## 2.2\nH1: 100 × 128 × 256 × 256\n\n**2.4**\n\n> Count them with bias.\n\nH1: 9728\n\n"
                + "### Q2.3\n\n> Count the learnable parameters without bias.\n\nH1 = 9600\n\ntotal: 397 184\n\n"
                + "## 2.5\nBatch norm.\n";
        Regions regions = Regions.of(TextSheetReader.document(text, "test.md"), COUNTS);
        assertThat(regions.region("2.3").headed()).isTrue();
        assertThat(regions.region("2.3").start()).isEqualTo(11);
        assertThat(regions.region("2.3").end()).isEqualTo(19);
        // Its own title still heads 2.4, the narrower title 2.3.
        Regions titled = Regions.of(TextSheetReader.document("Team T\n\nLearnable parameters without bias\nH1 = 9600\n\n"
                + "Learnable parameters with bias\nH1 = 9728\n", "test.md"), COUNTS);
        assertThat(titled.region("2.3").start()).isEqualTo(2);
        assertThat(titled.region("2.4").start()).isEqualTo(5);
    }

    /** The regions of a sheet answering 2.2, then 2.3 and 2.4 under {@code line}, then 2.5. */
    private static Regions underCountsHeading(String line) {
        String text = "Team T\n\n## 2.2\nH1: 100 × 128 × 256 × 256\n\n" + line
                + "\nH1: 9,600\n\n## 2.5\nBatch norm.\n";
        return Regions.of(TextSheetReader.document(text, "test.md"), COUNTS);
    }

    /**
     * What names two questions without heading both stays as it was: a sentence that starts with their numbers or
     * mentions them, a heading naming a question the rubric lacks (2.7, a range to 2.6) or skipping one (2.3 and
     * 2.5, 2.4 answered elsewhere).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2.3 and 2.4 share the table below, as 2.2 did.",
        "As in 2.3 and 2.4 we count the weights.",
        "## 2.3 and 2.7",
        "## 2.3–2.6",
        "## 2.3 and 2.5",
    })
    void aLineNamingTwoQuestionsOtherwiseHeadsNoSecond(String line) {
        Regions regions = underCountsHeading(line);
        assertThat(regions.region("2.4").headed()).isFalse();
        assertThat(regions.region("2.3").sharedWith()).isEmpty();
        assertThat(regions.region("2.5").start()).isEqualTo(8);
    }

    /**
     * Exercises named together ("Exercises 3 & 4", a range "Exercises 2–4") are headed together; bare whole numbers
     * joined so ("3 and 4") are values of an answer, no heading, as a bare number is none.
     */
    @Test
    void exercisesNamedTogetherAreHeadedTogetherAndBareNumbersAreValues() {
        Regions pair = Regions.of(TextSheetReader.document("## Exercise 1\nThe kernel sizes:\n3 and 4\n"
                + "## Exercise 2\nStages.\n## Exercises 3 & 4\n9 × 9\n", "test.md"), WEEK12);
        assertThat(pair.region("1").end()).isEqualTo(3);
        assertThat(pair.region("2").start()).isEqualTo(3);
        assertThat(pair.region("3").start()).isEqualTo(5);
        assertThat(pair.region("4").start()).isEqualTo(5);
        assertThat(pair.region("4").headed()).isTrue();
        Regions range = Regions.of(TextSheetReader.document("## Exercise 1\nKernels.\n## Exercises 2–4\n9 × 9\n",
                "test.md"), WEEK12);
        assertThat(range.region("2").sharedWith()).containsExactly("3", "4");
        assertThat(range.region("4").start()).isEqualTo(2);
        assertThat(range.region("4").headed()).isTrue();
    }

    /**
     * A table of counts with a column for each of the two questions its heading names, as pdflatex prints pandoc's
     * "## 2.3 & 2.4", as a Word heading "Questions 2.3–2.4" and a notebook's "**Q2.3/2.4**" give it: no heading
     * was found for either question, the table's rows were unreadable and 2.2's H2 took its 204,800. Each question
     * reads its column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"latex.pdf", "word.docx", "notebook.ipynb"})
    void aTableUnderAHeadingOfTwoQuestionsGivesEachItsColumn(String file) {
        SheetSpec cpen = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/cpen455-hw2.yaml")));
        Path path = Path.of("src/test/resources/two-question-headings/" + file);
        AnswerSheet sheet = Submissions.read(new Submissions.Submission(path, "default", file, List.of()), cpen).get(0);
        Map<String, Answer> answers = sheet.answers();
        assertThat(answers.get("params_H2").value().orElseThrow()).hasToString("204800.0");
        assertThat(answers.get("params_bias_H2").value().orElseThrow()).hasToString("204864.0");
        assertThat(answers.get("params_total").value().orElseThrow()).hasToString("397184.0");
        assertThat(answers.get("params_bias_total").value().orElseThrow()).hasToString("397434.0");
        assertThat(answers.get("params_bias_total").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("H2")).isNull();
        assertThat(sheet.notes()).noneMatch(note -> note.contains("question 2.4"));
    }

    /**
     * A table numbering its rows by question ({@code 1.4  Stride  2} over {@code 1.5  conv1  96 × 55 × 55}, {@code
     * 1.5  pool1 …}) headed each question at its last row, the nearest to the next: conv1's row and the rows below it
     * but the last were read as question 1.4's, and the layers missing, unflagged. A question's region starts at its
     * first row, typeset (a cell wrapped onto a line of its own between two rows) or in Markdown's cells.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "wrapped", "markdown"})
    void aTableNumberingItsRowsByQuestionHeadsEachAtItsFirstRow(String layout) {
        String text = switch (layout) {
            case "plain" -> "Team: T\n\nNo.  Part  Answer\n1.1  Identity kernel  [[0, 0, 0], [0, 1, 0], [0, 0, 0]]\n"
                    + "1.3.1  S  [[0, 2], [3, 2]]\n1.3.1  A  [[0.5, 0.88], [0.95, 0.88]]\n"
                    + "1.4  Kernel K  [[0.25, 0.25], [0.25, 0.25]]\n1.4  Stride  2\n1.4  Padding  0\n";
            case "wrapped" -> "Team: T\n\nNo.  Part  Answer\n1.1  Identity kernel  [[0, 0, 0], [0, 1, 0],\n"
                    + "    [0, 0, 0]]\n1.3.1  S  [[0, 2],\n    [3, 2]]\n1.3.1  A  [[0.5, 0.88],\n    [0.95, 0.88]]\n"
                    + "1.4  Kernel K  [[0.25, 0.25],\n    [0.25, 0.25]]\n1.4  Stride  2\n1.4  Padding  0\n";
            default -> "Team: T\n\n| No. | Part | Answer |\n|---|---|---|\n| 1.1 | Identity kernel | [[0, 0, 0]] |\n"
                    + "| 1.3.1 | S | [[0, 2], [3, 2]] |\n| 1.3.1 | A | [[0.5, 0.88], [0.95, 0.88]] |\n"
                    + "| 1.4 | Kernel K | [[0.25, 0.25], [0.25, 0.25]] |\n| 1.4 | Stride | 2 |\n| 1.4 | Padding | 0 |\n";
        };
        Regions regions = regions(text);
        List<String> lines = List.of(text.split("\n"));
        java.util.function.Function<String, Integer> row = words -> lines.indexOf(lines.stream()
                .filter(line -> line.contains(words)).findFirst().orElseThrow());
        assertThat(regions.region("1.1").start()).isEqualTo(row.apply("Identity"));
        assertThat(regions.region("1.3.1").start()).isEqualTo(row.apply(" S "));
        assertThat(regions.region("1.3.1").end()).isEqualTo(row.apply("Kernel K"));
        assertThat(regions.region("1.4").start()).isEqualTo(row.apply("Kernel K"));
        assertThat(regions.region("1.4").headed()).isTrue();
    }

    /**
     * The sheet of {@code question-number-column/} in every form a student hands it in: each layer is read from its own
     * row by its name, the conv1 slip carried through (conv1 to conv5 were missing, unflagged, from every form).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"answers.md", "answers.pdf", "answers.docx", "answers.chromium.pdf"})
    void eachLayerIsReadFromItsRowOfATableNumberingRowsByQuestion(String file) {
        SheetSpec e1394 = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        Path path = Path.of("src/test/resources/question-number-column/" + file);
        Map<String, Answer> answers = Submissions.read(new Submissions.Submission(path, "default", file,
                List.of()), e1394).get(0).answers();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("conv1_shape", "[96.0, 54.0, 54.0]");
        expected.put("pool1_shape", "[96.0, 26.0, 26.0]");
        expected.put("conv2_shape", "[256.0, 26.0, 26.0]");
        expected.put("pool2_shape", "[256.0, 12.0, 12.0]");
        expected.put("conv3_shape", "[384.0, 12.0, 12.0]");
        expected.put("conv4_shape", "[384.0, 12.0, 12.0]");
        expected.put("conv5_shape", "[256.0, 12.0, 12.0]");
        expected.put("pool3_shape", "[256.0, 5.0, 5.0]");
        expected.put("flat_size", "6400.0");
        expected.put("avg_stride", "2.0");
        expected.put("avg_padding", "1.0");
        expected.forEach((part, value) -> {
            assertThat(answers).as(part).containsKey(part);
            assertThat(answers.get(part).value().orElseThrow()).as(part).hasToString(value);
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        });
        // Chromium centres a row's cells: S's matrix, wrapped in its cell, starts on the line above its row's number,
        // and is not read from there (see docs/reading.md).
        if (!file.contains("chromium")) {
            assertThat(answers.get("S").value().orElseThrow()).hasToString("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0,"
                    + " 2.0], [1.5, 7.5, 2.5, 6.5], [3.0, 2.0, 5.0, 2.0]]");
        }
    }

    private static Document.Line line(int page, int number, String text) {
        List<Document.Word> words = new ArrayList<>();
        double left = 72;
        for (String word : text.split(" ")) {
            words.add(new Document.Word(word, left, left + 6 * word.length(), 10));
            left += 6 * word.length() + 3;
        }
        return new Document.Line(page, number, text, words);
    }
}
