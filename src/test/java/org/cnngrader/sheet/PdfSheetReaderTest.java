package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * PDFs from other producers than a one-column LaTeX article: a two-column pdflatex layout
 * ({@code pdf-layouts/two-column.tex}), LibreOffice's export of a Word document
 * ({@code soffice --headless --convert-to pdf word/ps2-team-w.docx}), pandoc's of a notebook
 * ({@code pandoc notebooks/ps2-team-n.ipynb -o ps2-team-n.pdf}), pandoc's of matrices typed as paragraphs of
 * numbers with en dashes for minus signs ({@code pandoc word/lmu-en-dash.md -o lmu-en-dash.pdf}), and a scan without
 * a text layer ({@code pdf-layouts/scan.tex}).
 */
class PdfSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
    private static final Path TWO_COLUMNS = Path.of("src/test/resources/pdf-layouts/two-column.pdf");
    private static final Path LIBREOFFICE = Path.of("src/test/resources/word/ps2-team-w.pdf");
    private static final Path NOTEBOOK = Path.of("src/test/resources/notebooks/ps2-team-n.pdf");
    private static final Path SCAN = Path.of("src/test/resources/pdf-layouts/scan.pdf");

    private static AnswerSheet sheet(Path file) {
        return Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(), List.of()),
                SPEC).get(0);
    }

    private static List<String> lines(Path file) throws Exception {
        return PdfSheetReader.document(file, file.getFileName().toString(), new ArrayList<>()).lines().stream()
                .map(Document.Line::text).toList();
    }

    /**
     * LibreOffice prints a bold {@code \mathbf{K}} as 𝐊 (U+1D40A): it labelled nothing, and part (c)'s kernel, labelled
     * with a plain K, took the identity kernel's place.
     */
    @Test
    void aBoldLetterPrintedAsAMathematicalLetterStillLabels() {
        Answer kernel = sheet(Path.of("src/test/resources/math-letters/bold-kernel.pdf")).answers()
                .get("identity_kernel");
        assertThat(kernel.value().orElseThrow().toString())
                .isEqualTo("[[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]");
        assertThat(kernel.foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * The CPEN455 student's summary table, {@code [0 1]^T & 1} per row (pandoc, LaTeX's array): the transpose marks
     * raised after each vector's bracket, stacked one above the other, are no fractions {@code (T)/(T)} and do not
     * split the rows apart; each row reads as its entries.
     */
    @Test
    void aTableOfTransposedVectorsReadsAsItsRows() throws Exception {
        List<String> lines = lines(Path.of("src/test/resources/corpus/seeds/cpen455-student.pdf"));
        int header = lines.indexOf("x label");
        assertThat(header).isNotNegative();
        assertThat(lines.subList(header + 1, header + 5)).containsExactly("0 1 1", "0 0 0", "1 0 0", "1 1 1");
        assertThat(lines).noneMatch(line -> line.contains("(T)/(T)"));
    }

    private static String value(Map<String, Answer> answers, String part) {
        assertThat(answers).as(part).containsKey(part);
        return answers.get(part).value().orElseThrow().toString();
    }

    /**
     * A Markdown preview printed with its math not typeset holds {@code $$K = \begin{bmatrix} …} as text: its
     * matrices were not read at all, and every matrix answer came out missing.
     */
    @Test
    void matricesWrittenAsLatexInAPdfsTextAreRead() {
        AnswerSheet sheet = sheet(Path.of("src/test/resources/latex-text-in-pdf/answers.pdf"));
        assertThat(value(sheet.answers(), "identity_kernel"))
                .isEqualTo("[[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]");
        assertThat(value(sheet.answers(), "S")).isEqualTo("[[2.0, 5.0], [7.5, 2.5]]");
        assertThat(sheet.answers().get("S").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /** The left column's prose says "alpha", the right column's "omega": no line may say both. */
    @Test
    void theColumnsOfATwoColumnPageAreReadOneAfterTheOther() throws Exception {
        List<String> lines = lines(TWO_COLUMNS);
        int lastLeft = -1;
        int firstRight = Integer.MAX_VALUE;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).toLowerCase(Locale.ROOT);
            assertThat(line.contains("alpha") && line.contains("omega")).as(line).isFalse();
            if (line.contains("alpha") || line.contains("1.3.2 pooling layer")) {
                lastLeft = Math.max(lastLeft, index);
            }
            if (line.contains("omega") || line.contains("1.5 dimensions")) {
                firstRight = Math.min(firstRight, index);
            }
        }
        assertThat(lastLeft).isLessThan(firstRight);
        // The title block spans both columns and comes first; a matrix's rows stay rows of their own.
        assertThat(lines.subList(0, 2)).containsExactly("Deep Learning E1394 — Problem Set 2", "Team PS 2 T");
        assertThat(lines).contains("0.5 0.88 0.5 0.88", "0.95 0.88 0.99 0.88", "A =", "0.82 1 0.92 1",
                "Omega. Pool 2: 256 × 13 × 13", "Omega. Conv 3: 384 × 13 × 13");
    }

    @Test
    void theAnswersOfATwoColumnPageAreEachColumnsOwn() {
        Map<String, Answer> answers = sheet(TWO_COLUMNS).answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(answers.get("A").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
    }

    /** Page 2 holds only the rest of a two-column table (description, shape): it is no two-column page. */
    @Test
    void aTableIsNotTakenForTwoColumns() throws Exception {
        assertThat(lines(LIBREOFFICE)).contains("Conv(384), 3 × 3, padding 1 384 × 13 × 13",
                "Max pooling 3 × 3, stride 2 256 × 6 × 6");
    }

    @Test
    void aLibreOfficeExportReadsItsEquationsAsMatrices() throws Exception {
        // LibreOffice draws a matrix's brackets as single stretched glyphs; they are no line of their own.
        assertThat(lines(LIBREOFFICE)).noneMatch(line -> line.matches("[\\[\\]()| ]+.*[\\[\\]()|]"));
        AnswerSheet sheet = sheet(LIBREOFFICE);
        assertThat(sheet.team()).isEqualTo("PS 2 W");
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(answers.get("P").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
    }

    @Test
    void aNotebookExportedByPandocReadsItsMarkdownMatrices() {
        AnswerSheet sheet = sheet(NOTEBOOK);
        assertThat(sheet.team()).isEqualTo("PS 2 N");
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
    }

    @Test
    void aScanWithoutTextIsUnreadableOnceForTheWholeSubmission() {
        AnswerSheet sheet = sheet(SCAN);
        assertThat(sheet.readable()).isFalse();
        assertThat(sheet.reason().orElseThrow()).contains("no text layer (a scan?)");
        assertThat(sheet.answers()).isEmpty();
        assertThat(sheet.notes()).isEmpty();
    }

    private static final Path CPEN455_LATEX = Path.of("src/test/resources/corpus/cpen455-hw2/cpen455-lee.pdf");
    private static final Path CPEN455_SEED = Path.of("src/test/resources/corpus/seeds/cpen455-student.pdf");
    private static final Path CPEN455_PANDOC = Path.of("src/test/resources/corpus/cpen455-hw2/cpen455-md.pdf");
    private static final Path TEAM_B_SEED = Path.of("src/test/resources/corpus/seeds/ps2-team-b.pdf");

    @Test
    void aSuperscriptStaysInItsFormulaInsteadOfStandingAsANumberOnTheLineAbove() throws Exception {
        // pdflatex sets $N K^2 C$ with the 2 raised: by baseline it was a line "2" of its own.
        List<String> lines = lines(CPEN455_LATEX);
        assertThat(lines).anyMatch(line -> line.contains("vanilla NK^2C = 73,728"));
        assertThat(lines).anyMatch(line -> line.contains("HWCK^2 + HWCN"));
        int formula = lines.indexOf(lines.stream().filter(line -> line.contains("HWCK^2")).findFirst().orElseThrow());
        assertThat(lines.get(formula - 1)).doesNotMatch("[2 ]+");
    }

    /**
     * A two-column page whose second column holds only the last layers' short lines ({@code two-column-shapes/}): read
     * as one column, {@code pool2: 256 × 12 × 12} ran on from question 1.1's heading, and pool2 to pool3 were missing,
     * unflagged. A layer's name and sign before a shape elsewhere give it, found outside its question's region (a
     * guess, flagged).
     */
    @Test
    void aLayersShapeBesideAnotherQuestionsLinesIsFoundOutsideItsRegion() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/two-column-shapes/answers.pdf")).answers();
        for (String part : List.of("pool2_shape", "conv3_shape", "conv4_shape", "conv5_shape", "pool3_shape")) {
            assertThat(answers).as(part).containsKey(part);
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.OUTSIDE);
        }
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 12.0, 12.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 5.0, 5.0]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 54.0, 54.0]");
        assertThat(answers.get("conv1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * LibreOffice prints a Word equation's row vector under its label ({@code b1 :} over {@code [ 0 −1 )}, {@code
     * libreoffice-row-vectors/}) with its entries alone on their line: the first was read as the label's value (b1 = 0,
     * W2 = 1), unflagged, and the XOR check failed as though the weights were wrong. A line of several values under a
     * label standing alone on its line flags the reading, as the same values after the label's sign do.
     */
    @Test
    void severalValuesUnderALabelAloneOnItsLineAreInDoubt() throws Exception {
        Path vectors = Path.of("src/test/resources/libreoffice-row-vectors/answers.pdf");
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = new PdfSheetReader().read(vectors, "answers.pdf", cpen).get(0).answers();
        assertThat(answers.get("b1").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line gives several values, '0 −1' (page 1, line 8)"));
        assertThat(answers.get("W2").doubt()).hasValueSatisfying(doubt -> assertThat(doubt)
                .startsWith("the line gives several values, '1 −2'"));
        // A matrix under its label and a number after its sign are read as before, without a doubt.
        assertThat(value(answers, "W1")).isEqualTo("[[1.0, 1.0], [1.0, 1.0]]");
        assertThat(answers.get("W1").doubt()).isEmpty();
        assertThat(answers.get("b2").doubt()).isEmpty();
    }

    /**
     * Chromium kerns a large heading so closely that its spaces leave gaps narrower than a space ({@code
     * chromium-headings/}): {@code Problem 1.2: A two-layer network …} was read {@code Problem 1.2:Atwo-layernetwork},
     * no heading, and questions 1.2 and 1.3, both without one, took each other's W2, b1 and b2 by label, unflagged.
     * The spaces Chromium draws part the words.
     */
    @Test
    void theSpacesAPdfDrawsPartWordsKernedCloserThanASpace() throws Exception {
        Path kerned = Path.of("src/test/resources/chromium-headings/answers.pdf");
        assertThat(lines(kerned)).contains("Problem 1.2: A two-layer network with the absolute", "value for XOR",
                "Problem 1.3: A two-layer ReLU network for XOR");
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = new PdfSheetReader().read(kerned, "answers.pdf", cpen).get(0).answers();
        assertThat(value(answers, "W2_abs")).isEqualTo("[-1.0, 0.0]");
        assertThat(value(answers, "b1_abs")).isEqualTo("[-1.0, 0.0]");
        assertThat(value(answers, "W2")).isEqualTo("[1.0, -2.0]");
        assertThat(value(answers, "b1")).isEqualTo("[0.0, -1.0]");
        assertThat(value(answers, "b2")).isEqualTo("0.0");
    }

    /**
     * LibreOffice sets a Word equation's {@code 9,600} with a gap before the comma, an operator's: the line read
     * {@code H1:128×3×5×5=9 ,600} and the count 9, graded wrong with only the generic flag. A comma after a digit stays
     * with it.
     */
    @Test
    void aCommaSetApartInALibreOfficeEquationStillGroupsThousands() throws Exception {
        Path counts = Path.of("src/test/resources/libreoffice-equations/counts.pdf");
        assertThat(lines(counts)).contains("H1:128×3×5×5=9,600 H2:64×128×5×5=204,800",
                "H3:32×64×3×3=18,432 Y :10×16×32×32=163,840");
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = new PdfSheetReader().read(counts, "counts.pdf", cpen).get(0).answers();
        assertThat(value(answers, "params_H1")).isEqualTo("9600.0");
        assertThat(value(answers, "params_H3")).isEqualTo("18432.0");
    }

    /**
     * LibreOffice sets a Word equation's {@code A_{full}} with the subscript a little past the italic A's advance, and a
     * narrow matrix's full stop right after its last column: the subscript stood on a line of its own between the
     * matrix's rows ({@code A = .} over {@code f ull}), parting them in two, and {@code Psame= .} was no label's line
     * for the rows above and below it. Both matrices were missing (flagged only as values left under the heading). A
     * prime set so ({@code S ′=}) was no label {@code S′}.
     */
    @Test
    void aLibreOfficeMatrixKeepsItsRowsAroundItsSubscriptedLabel() throws Exception {
        Path matrices = Path.of("src/test/resources/libreoffice-equations/matrices.pdf");
        assertThat(lines(matrices)).contains("Afull= .", "Psame= .", "S′=").doesNotContain("f ull");
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Map<String, Answer> answers = new PdfSheetReader().read(matrices, "matrices.pdf", week12).get(0).answers();
        assertThat(value(answers, "A_full")).startsWith("[[1.0, 6.0, 5.0, 0.0, 0.0, -5.0, -6.0, -1.0], [2.0, 12.0")
                .endsWith("[1.0, 6.0, 5.0, 0.0, 0.0, -5.0, -6.0, -1.0]]");
        assertThat(answers.get("A_full").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "P_same")).isEqualTo("[[23.0, 8.0, 0.0], [23.0, 8.0, 0.0]]");
    }

    /**
     * Team B's layers printed by Chromium ({@code Output size:} ending its line, the shape displayed under it, then
     * {@code ⌊(227 − 11)/4⌋ + 1 = 55}): the label over the shape's line and the numerator under it were joined as a
     * fraction of symbols, {@code (Outputsize:)/(227−11) 96×55×55}, and the first three layers' shapes were missing. A
     * label or prose is no fraction's part.
     */
    @Test
    void aLabelOverADisplayedValueIsNoFractionsNumerator() throws Exception {
        Path layers = Path.of("src/test/resources/chromium-labels/layers.pdf");
        assertThat(lines(layers)).contains("Output size:", "96×55×55", "96×27×27")
                .noneMatch(line -> line.contains("(Outputsize:)"));
        Map<String, Answer> answers = sheet(layers).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
    }

    /**
     * LibreOffice sets the fractions of a Word equation's matrix ({@code K} of quarters) and of its line
     * ({@code \\frac{1}{4}(1 + 2 + 1 + 2)}) in the equation's size, nearly the body's, the bar drawn between: not small,
     * they were no fractions, the kernel a matrix [[1, 1], [4, 4]] taken by order and graded wrong, its stride unchecked.
     * A digit over or under a bar drawn across it is a fraction's part; a row of fractions stands taller than a row of
     * numbers, and its matrix goes on under its label's line.
     */
    @Test
    void aLibreOfficeMatrixOfFractionsIsOneMatrix() throws Exception {
        Path kernel = Path.of("src/test/resources/libreoffice-equations/kernel.pdf");
        assertThat(lines(kernel)).contains("1/4 1/4", "Top-left: 1/4 (1+2+1+2)=1.5");
        Map<String, Answer> answers = sheet(kernel).answers();
        assertThat(value(answers, "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(answers.get("avg_kernel").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
    }

    /**
     * Two matrices LibreOffice sets side by side on one label line ({@code W1= ,b1= ,W2= …} between their rows) are no
     * one matrix labelled W1: taken so, W1 read [[1, −1, 0], [−1, 1, 0]], unflagged, b1's column in it. Each row is
     * parted where the other matrix's label stands between its columns: W1 was unreadable, and b1 read the 1 of the
     * line after it. Punctuation between a grid's columns keeps the line from being its label's; only after its last
     * column does it not.
     */
    @Test
    void matricesSideBySideOnOneLabelLineAreEachTheirOwn() throws Exception {
        Path sideBySide = Path.of("src/test/resources/libreoffice-equations/side-by-side.pdf");
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Map<String, Answer> answers = new PdfSheetReader().read(sideBySide, "side-by-side.pdf", cpen).get(0).answers();
        assertThat(value(answers, "W1")).isEqualTo("[[1.0, -1.0], [-1.0, 1.0]]");
        assertThat(answers.get("W1").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "b1")).isEqualTo("[[0.0], [0.0]]");
        assertThat(answers.get("b1").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    @Test
    void aPrimeIsNoPowerAndKeepsItsName() throws Exception {
        // Team B's S' = [...] had its prime on the matrix's first row, and the label read as "S =".
        List<String> lines = lines(TEAM_B_SEED);
        assertThat(lines).anyMatch(line -> line.strip().equals("S′ ="));
        assertThat(lines).noneMatch(line -> line.contains("^′"));
    }

    @Test
    void aFractionOfSymbolsReadsAsAQuotientInItsLine() throws Exception {
        // pandoc's $\frac{N \times K \times K \times C}{M}$ in a line of text, and the seed's display of fractions
        // (M \times \left(\frac{N}{M} \times K \times K \times \frac{C}{M}\right), its parentheses in it).
        assertThat(lines(CPEN455_PANDOC)).contains("5.2 (N×K×K×C)/(M)");
        assertThat(lines(CPEN455_SEED)).contains("M × ((N)/(M) × K × K × (C)/(M) ) = (N×K×K×C)/(M)");
    }

    @Test
    void aDisplayedFractionBeforeAMatrixIsItsFactorButAMatrixsRowsAroundItsLabelAreNot() throws Exception {
        // Team E: K = \frac{1}{4}\begin{bmatrix}1 & 1\\ 1 & 1\end{bmatrix}; team A's S = [4 × 4] has its label
        // between its second and third rows.
        assertThat(lines(Path.of("src/test/resources/corpus/e1394-ps2/ps2-team-e.pdf"))).contains(
                "K = 1/4 [[1, 1], [1, 1]]");
        AnswerSheet teamE = sheet(Path.of("src/test/resources/corpus/e1394-ps2/ps2-team-e.pdf"));
        assertThat(value(teamE.answers(), "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        AnswerSheet teamA = sheet(Path.of("src/test/resources/corpus/e1394-ps2/ps2-team-a.pdf"));
        assertThat(value(teamA.answers(), "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
    }

    /**
     * A factor before a matrix set in a line of text (inline-factors/build.sh): pdflatex draws the matrix's brackets from
     * their top, and the heading or the paragraph's line just above them was taken for rows drawn from their foot, the
     * paragraph's line just below for a third row; the matrix's rows stood as lines of their own, and the kernel read
     * 0.25 (the factor alone) or the matrix of ones without its factor. Chromium's {@code \\cdot} (⋅) parted them too.
     */
    @Test
    void anInlineMatrixBetweenLinesOfTextIsReadBetweenItsBracketsWithItsFactor() throws Exception {
        Path pandoc = Path.of("src/test/resources/inline-factors/kernel-pandoc.pdf");
        assertThat(lines(pandoc)).contains("Kernel K = 1/4 [[1, 1], [1, 1]], stride 2, padding 0.");
        Path wrapped = Path.of("src/test/resources/inline-factors/kernel-wrap.pdf");
        assertThat(lines(wrapped)).anyMatch(line -> line.contains("K = 1/4 [[1, 1], [1, 1]] and the convolution"))
                .noneMatch(line -> line.equals("1 1"));
        for (Path file : List.of(pandoc, wrapped, Path.of("src/test/resources/inline-factors/kernel-chromium.pdf"))) {
            assertThat(value(sheet(file).answers(), "avg_kernel")).as(file.toString())
                    .isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        }
    }

    @Test
    void twoRowsOfATableAroundALabelAreNoFraction() throws Exception {
        // pdf-layouts/boxed-table.tex: "Answer:" centred between a table's rows "kernel | see below" and "stride | 2"
        // made "(kernel)/(stride)" of them, and the stride was missing, unflagged.
        Path boxed = Path.of("src/test/resources/pdf-layouts/boxed-table.pdf");
        assertThat(lines(boxed)).contains("kernel see below", "stride 2").noneMatch(line -> line.contains(")/("));
        assertThat(value(sheet(boxed).answers(), "avg_stride")).isEqualTo("2.0");
        // A displayed formula's rows may keep a letter not paired (LibreOffice's M × N/M × … = (N×K×K×C)/M, exported
        // by soffice --headless --convert-to pdf pdf-layouts/libreoffice-cpen455.odt): its fraction is still one.
        assertThat(lines(Path.of("src/test/resources/pdf-layouts/libreoffice-cpen455.pdf")))
                .contains("M× = (N×K×K×C)/(M)");
    }

    @Test
    void smallMatricesBetweenTheirBracketsAreEachTheirOwnValueSideBySide() throws Exception {
        // The CPEN455 seed: "W_1 = [2×2] \\quad b_1 = [0; 0]" and "W_2 = [1 1] \\quad b_2 = [0; 0]" on one line each;
        // without the brackets W1 and b1 ran into one 2×3 grid, W2 read as 1 and b1 as nothing.
        assertThat(lines(CPEN455_SEED)).contains("W1 = [[1, −1], [−1, 1]] b1 = [[0], [0]]",
                "W2 = [[1, 1]] b2 = [[0], [0]]");
        // LibreOffice draws its brackets from their foot: its matrices are read by their rows.
        assertThat(lines(LIBREOFFICE)).contains("0.95 0.99", "P=");
    }

    /**
     * A matrix typed as paragraphs of numbers ({@code –9 –10 –9} over {@code 0 0 0}), set from the margin in a
     * proportional font: its columns do not line up, and the filter response was missing without a word; its en
     * dashes signed no numbers.
     */
    @Test
    void aMatrixTypedAsParagraphsOfNumbersIsReadWhole() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Path file = Path.of("src/test/resources/word/lmu-en-dash.pdf");
        var answers = Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(),
                List.of()), lmu).get(0).answers();
        assertThat(answers.get("Y1").value().orElseThrow().toString())
                .isEqualTo("[[11.0, 0.0, -11.0], [10.0, 0.0, -10.0], [11.0, 0.0, -11.0]]");
        assertThat(answers.get("Y2").value().orElseThrow().toString())
                .isEqualTo("[[-9.0, -10.0, -9.0], [0.0, 0.0, 0.0], [9.0, 10.0, 9.0]]");
        assertThat(answers.get("Y3").value().orElseThrow().toString())
                .isEqualTo("[[-1.0, 9.0, -1.0], [-6.0, -2.0, -6.0], [-1.0, 9.0, -1.0]]");
    }

    /** A one-line list of layers in a PDF by pandoc: only the first layer took a value, the last item's. */
    @Test
    void eachItemOfAOneLineListInAPdfIsItsLayersRow() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/one-line-lists/answers.pdf")).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "conv4_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(answers.get("pool1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * pdflatex sets the two equations of an {@code align*} row in their columns, six ems apart with no comma between
     * them ({@code conv1 : 96 × 55 × 55} … {@code pool1 : 96 × 27 × 27}), and those parted by {@code \\qquad} two
     * ems apart: each line was the first layer's row, which took the second's shape (conv1, conv2 and conv5 graded
     * incorrect), and the second layer took the first's by its place. A wide gap before a name and its colon parts the
     * items as a comma does.
     */
    @Test
    void eachEquationOfAnAlignRowInAPdfIsItsLayersRow() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/aligned-equations/align.pdf")).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(value(answers, "pool2_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(value(answers, "avg_padding")).isEqualTo("0.0");
        for (String part : List.of("avg_stride", "avg_padding", "conv1_shape", "pool1_shape", "conv2_shape",
                "pool2_shape", "conv3_shape", "conv4_shape", "conv5_shape", "pool3_shape")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        }
        Map<String, Answer> display = sheet(Path.of("src/test/resources/aligned-equations/names-in-display.pdf"))
                .answers();
        assertThat(value(display, "conv3_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(value(display, "conv4_shape")).isEqualTo("[384.0, 13.0, 13.0]");
        assertThat(display.get("conv4_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(display, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(display.get("pool1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * A pdflatex sheet whose second and third pages open with a layer's line ({@code page-tops/}): alike but for their
     * numbers, at the top of most pages, they were taken for a running header, and conv2 and conv5 were missing,
     * unflagged. A running header's numbers change only with the page.
     */
    @Test
    void layersLinesOpeningPagesWereTakenForARunningHeader() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/page-tops/layers-at-page-tops.pdf")).answers();
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
        assertThat(value(answers, "conv5_shape")).isEqualTo("[256.0, 13.0, 13.0]");
        assertThat(answers.get("conv2_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("conv5_shape").where().page()).isEqualTo(3);
    }

    private static final SheetSpec BACKPROP = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));

    /**
     * LibreOffice's print of a Word equation set dK's second row as {@code 1 2)}: read as question 2's heading after a
     * typeset number 1, it ended question 1's region there, question 2's P took dX below it by its place (graded wrong,
     * flagged), and dX was missing, unflagged. Two whole numbers alone are no heading.
     */
    @Test
    void aMatrixRowOfTwoNumbersIsNoHeading() {
        Map<String, Answer> answers = answers(Path.of(
                "src/test/resources/libreoffice-equations/question-two-first.pdf"), BACKPROP);
        assertThat(value(answers, "P")).isEqualTo("[[3.0, 3.0], [4.0, 5.0]]");
        assertThat(value(answers, "dX")).isEqualTo(
                "[[1.0, -1.0, -1.0, 1.0], [2.0, 2.0, -4.0, 0.0], [1.0, 3.0, 1.0, -1.0], [2.0, 0.0, 2.0, 0.0]]");
        assertThat(answers.get("dX").foundBy()).isEqualTo(FoundBy.OUTSIDE);
    }

    private static Map<String, Answer> answers(Path file, SheetSpec spec) {
        return Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(), List.of()),
                spec).get(0).answers();
    }

    /**
     * Chromium prints a MathML matrix of two rows with one bracket glyph per side, taken from the math font's larger
     * sizes and drawn from the line between the rows (chromium-matrices/build.sh). It stood as a text {@code [ ]} on
     * the first row's line or on a line of its own: dK and z were their first rows, P and dP side by side were
     * missing, unflagged.
     */
    @Test
    void aChromiumMatrixOfTwoRowsIsReadWhole() throws Exception {
        Path file = Path.of("src/test/resources/chromium-matrices/backprop.pdf");
        assertThat(lines(file)).contains("dK = [[5, 8], [1, 2]]",
                "P = [[3, 3], [4, 5]], (∂L)/(∂P) = [[0.5, 1], [0.5, 0.5]]", "z = [[0.5, 2, 2], [−1, −0.5, 0]]");
        Map<String, Answer> answers = answers(file, BACKPROP);
        assertThat(value(answers, "dK")).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
        assertThat(value(answers, "P")).isEqualTo("[[3.0, 3.0], [4.0, 5.0]]");
        assertThat(value(answers, "dP")).isEqualTo("[[0.5, 1.0], [0.5, 0.5]]");
        assertThat(value(answers, "z")).isEqualTo("[[0.5, 2.0, 2.0], [-1.0, -0.5, 0.0]]");
    }

    /**
     * {@code Kernel $K = \frac14 \begin{pmatrix}1 & 1\\ 1 & 1\end{pmatrix}$, stride $2$, padding $0$}
     * (inline-matrices/build.sh): each column of the matrix set in the sentence, two numbers stacked with no bar between
     * them, was read as a fraction {@code 1/1}, the kernel as {@code [[1/1, 1/1]]} (graded incorrect); in Chromium's
     * print the words after it ran together ({@code stride2,padding0}), stride and padding missing, unflagged.
     */
    @Test
    void twoStackedNumbersWithoutAFractionBarAreAMatrixColumnNotAFraction() throws Exception {
        Path latex = Path.of("src/test/resources/inline-matrices/kernel-latex.pdf");
        assertThat(lines(latex)).contains("Kernel K = 1/4 [[1, 1], [1, 1]], stride 2, padding 0.");
        Map<String, Answer> answers = sheet(latex).answers();
        assertThat(value(answers, "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        Path chromium = Path.of("src/test/resources/inline-matrices/kernel-chromium.pdf");
        assertThat(lines(chromium)).anyMatch(line -> line.endsWith("[[1, 1], [1, 1]], stride 2, padding 0."));
        for (Path file : List.of(latex, chromium)) {
            Map<String, Answer> read = sheet(file).answers();
            assertThat(value(read, "avg_stride")).as(file.toString()).isEqualTo("2.0");
            assertThat(value(read, "avg_padding")).as(file.toString()).isEqualTo("0.0");
        }
    }

    /**
     * {@code \frac{\partial L}{\partial z} = \frac{1}{2}(p - Y) = [2 × 3]} (fraction-factors/build.sh): the digits of
     * the displayed ½ joined the matrix's rows in pdflatex's print ({@code 1 0.050 0.225 −0.275}) and stood as lines
     * of their own in Chromium's; dz was missing, unflagged. They are the factor of the parenthesis right after them.
     */
    @Test
    void aDisplayedFractionBeforeAParenthesisIsItsFactorNotPartOfTheMatrixRows() throws Exception {
        Path latex = Path.of("src/test/resources/fraction-factors/softmax-latex.pdf");
        assertThat(lines(latex)).contains("(∂L)/(∂z) = 1/2(p − Y ) = [[0.050, 0.225, −0.275], [−0.407, 0.154, 0.253]]");
        Path chromium = Path.of("src/test/resources/fraction-factors/softmax-chromium.pdf");
        assertThat(lines(chromium)).contains(
                "(∂L)/(∂z) = 1/2 ( p−Y ) = [[0.050, 0.225, −0.275], [−0.407, 0.154, 0.253]]");
        for (Path file : List.of(latex, chromium)) {
            assertThat(value(answers(file, BACKPROP), "dz")).as(file.toString())
                    .isEqualTo("[[0.05, 0.225, -0.275], [-0.407, 0.154, 0.253]]");
        }
    }

    /**
     * {@code $H_1$}, {@code $H_2$} in consecutive rows of a table (subscripted-labels/build.sh): their subscripts, one
     * above the other, were joined into a fraction {@code 1/2} on a line of its own, and the rows lost their labels.
     */
    @Test
    void subscriptsOfConsecutiveRowsAreNoFraction() throws Exception {
        SheetSpec cpen455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        for (String producer : List.of("latex", "chromium")) {
            Path file = Path.of("src/test/resources/subscripted-labels/shapes-" + producer + ".pdf");
            assertThat(lines(file)).as(producer).noneMatch(line -> line.matches("\\d/\\d"))
                    .anyMatch(line -> line.matches("H1 100 ?× ?128 ?× ?256 ?× ?256"))
                    .anyMatch(line -> line.matches("H2 100 ?× ?64 ?× ?128 ?× ?128"));
            Map<String, Answer> answers = answers(file, cpen455);
            for (String layer : List.of("H1", "H2", "H3", "H4")) {
                assertThat(answers.get(layer).foundBy()).as(producer + " " + layer).isEqualTo(FoundBy.LABEL);
            }
            assertThat(value(answers, "H2")).isEqualTo("[100.0, 64.0, 128.0, 128.0]");
        }
    }

    /**
     * A short page of pandoc's LaTeX (short-lists/build.sh): its title and heading hold more glyphs than its three
     * list items, so the page's body was taken to be set at the heading's size; the items' digits, smaller, were read
     * as fractions ({@code (•conv1:)/(•pool1:) 96/96 55/27 55/27}), and conv1 and pool1 were missing, unflagged.
     */
    @Test
    void theItemsOfAShortPageUnderItsTitleAreNoFractions() throws Exception {
        Path file = Path.of("src/test/resources/short-lists/layers.pdf");
        assertThat(lines(file)).contains("• conv1: 96 × 55 × 55", "• pool1: 96 × 27 × 27", "• conv2: 256 × 27 × 27")
                .noneMatch(line -> line.contains("/"));
        Map<String, Answer> answers = sheet(file).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(answers.get("pool1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * Chromium lowers a label's subscript ({@code Y_{same}}) below its line, beside a matrix of four rows
     * (chromium-subscripts/build.sh): the word stood on a line of its own between the matrix's rows, and Y_same was
     * read as its last two rows, graded incorrect.
     */
    @Test
    void aChromiumSubscriptStaysInItsLabelBesideAMatrix() throws Exception {
        Path file = Path.of("src/test/resources/chromium-subscripts/same.pdf");
        assertThat(lines(file)).contains("Asame = 18 23 8 −8 −23 −18", "Ysame = max ( Asame,0 ) = 18 23 8 0 0 0")
                .doesNotContain("same", "same same");
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        assertThat(value(answers(file, week12), "Y_same")).isEqualTo("[[12.0, 14.0, 4.0, 0.0, 0.0, 0.0],"
                + " [18.0, 23.0, 8.0, 0.0, 0.0, 0.0], [18.0, 23.0, 8.0, 0.0, 0.0, 0.0], [12.0, 14.0, 4.0, 0.0, 0.0, 0.0]]");
    }

    /**
     * A table's column gap between two counts (pdflatex's {@code 512 & 528}, an em and more) is a cell's end, written
     * as a tab as a Word table's cells are; a thin space ({@code 9\,600}, a sixth of an em) stays a space in its count.
     * The two columns read 512528, joined as a number of two groups.
     */
    @Test
    void aTablesColumnGapBetweenCountsIsACellBreakNotAThousandsGroup() throws Exception {
        List<String> lines = lines(Path.of("src/test/resources/count-columns/latex.pdf"));
        assertThat(lines).contains("H4 512\t528", "H1 9 600\t9 728", "total 397 184\t397 434");
        assertThat(lines(Path.of("src/test/resources/count-columns/word.pdf"))).contains("H1 9,600 + 128\t9,728");
    }

    private static final SheetSpec CPEN455 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
    private static final Path CPEN455_CHROMIUM = Path.of("src/test/resources/chromium-formulas/cpen455-chromium.pdf");
    private static final Path CPEN455_PANDOC_LATEX = Path.of("src/test/resources/chromium-formulas/cpen455-latex.pdf");

    /**
     * {@code grouped: $\frac{N K^2 C}{M}$} (chromium-formulas/build.sh): the exponent, raised off the numerator's
     * line, split the numerator in two. Chromium's read {@code NK(2)/(M)} (its {@code C} on a line of its own), taken by
     * its place, graded incorrect; pdflatex's read {@code (NK)/(M) ^C}, graded incorrect.
     */
    @Test
    void anExponentInAFractionsNumeratorStaysInTheNumerator() throws Exception {
        for (Path file : List.of(CPEN455_CHROMIUM, CPEN455_PANDOC_LATEX)) {
            assertThat(lines(file)).as(file.toString()).contains("5.2 grouped: (NK^2C)/(M)")
                    .doesNotContain("C");
            Answer grouped = answers(file, CPEN455).get("grouped_params");
            assertThat(grouped.written()).as(file.toString()).isEqualTo("(NK^2C)/(M)");
            assertThat(grouped.foundBy()).as(file.toString()).isEqualTo(FoundBy.LABEL);
        }
    }

    /**
     * Chromium stretches MathML's parentheses around an exponent ({@code B N H W (2 K^2 C - 1)}) to the math font's
     * next size, glyphs tall by their outline as a matrix's brackets are (chromium-formulas/build.sh). Kept aside as a
     * matrix's, they were lost: {@code BNHW 2K^2C−1}, another formula, graded incorrect. They group a stretch of their
     * line and are put back; the matrices beside, whose brackets enclose rows above and under the line, stay read.
     */
    @Test
    void chromiumsStretchedParenthesesStayInTheirFormula() throws Exception {
        assertThat(lines(CPEN455_CHROMIUM)).contains("vanilla: BNHW(2K^2C−1)",
                "separable: BHWC(2K^2 −1) +BHWN ( 2C−1 )",
                "W1 = [[1, −1], [1, 1]], b1 = [[0], [0]], W2 = [ 1 0 ], b2 = 0");
        Map<String, Answer> answers = answers(CPEN455_CHROMIUM, CPEN455);
        assertThat(answers.get("vanilla_ops").written()).isEqualTo("BNHW(2K^2C−1)");
        assertThat(answers.get("vanilla_ops").foundBy()).isEqualTo(FoundBy.LABEL);
        FormulaSyntax.Reading vanilla = FormulaSyntax.read(answers.get("vanilla_ops").written(),
                List.of("B", "N", "H", "W", "K", "C"));
        assertThat(vanilla).isInstanceOf(FormulaSyntax.Reading.Formula.class);
        Map<String, Double> at = Map.of("B", 2.0, "N", 3.0, "H", 5.0, "W", 7.0, "K", 3.0, "C", 4.0);
        assertThat(((FormulaSyntax.Reading.Formula) vanilla).term().at(at)).isEqualTo(2 * 3 * 5 * 7 * (2 * 9 * 4 - 1.0));
        assertThat(answers.get("separable_ops").written()).isEqualTo("BHWC(2K^2 −1) +BHWN ( 2C−1 )");
    }

    /**
     * {@code grouped:} over {@code $$\frac{N K^2 C}{M}$$} (display-fractions/build.sh): displayed alone, the fraction
     * has nothing on its bar's line, and its numerator and denominator were two lines of their own; the part read
     * {@code NK^2C} under its label, the numerator alone, graded as if written so. They are paired by the bar drawn
     * between them, in Chromium's print and in pdflatex's; a fraction with its label on the bar's line stays joined to
     * it, and the table's rule under its header pairs nothing.
     */
    @Test
    void aDisplayedFractionOnALineOfItsOwnIsNotReadAsItsNumerator() throws Exception {
        for (String printer : List.of("chromium", "latex")) {
            Path file = Path.of("src/test/resources/display-fractions/display-" + printer + ".pdf");
            List<String> lines = lines(file);
            assertThat(lines).as(printer).contains("5.2 grouped:", "(NK^2C)/(M)", "per group = (N)/(M)")
                    .doesNotContain("NK^2C", "M");
            assertThat(lines).as(printer).anyMatch(line -> line.startsWith("Layer weights (no bias) with bias"))
                    .anyMatch(line -> line.matches("H4 16 ?⋅ ?32 = 512\t528|H4 16 · 32 = 512\t528"));
            Answer grouped = answers(file, CPEN455).get("grouped_params");
            assertThat(grouped.written()).as(printer).isEqualTo("(NK^2C)/(M)");
            assertThat(grouped.foundBy()).as(printer).isEqualTo(FoundBy.LABEL);
        }
    }

    /**
     * {@code Bias gradient: … $\frac{\partial L}{\partial b} = 5$} set in a line of text (derivative-labels/build.sh):
     * the ∂s, no glyph of a fraction's parts, stood on lines of their own above and under it, and the label read
     * {@code (L)/(b)}; db was taken by its place, flagged "unlabelled". Likewise the updated weights'
     * {@code W − 0.5 \frac{\partial L}{\partial W}}. pdflatex's print (pandoc's LaTeX) and Chromium's.
     */
    @Test
    void aDerivativeSetInALineKeepsItsPartialSigns() throws Exception {
        for (String printer : List.of("latex", "chromium")) {
            Path file = Path.of("src/test/resources/derivative-labels/answers-" + printer + ".pdf");
            List<String> lines = lines(file);
            assertThat(lines).as(printer).contains("Bias gradient: the sum of all entries of G, (∂L)/(∂b) = 5.")
                    .anyMatch(line -> line.matches("Updated weights W′ = W ?− ?0\\.5 ?\\(∂L\\)/\\(∂W\\) ?:"))
                    .doesNotContain("∂");
            Answer bias = answers(file, BACKPROP).get("db");
            assertThat(bias.written()).as(printer).isEqualTo("5");
            assertThat(bias.foundBy()).as(printer).isEqualTo(FoundBy.LABEL);
        }
    }

    /**
     * pdflatex draws {@code \\left( … \\right)}, {@code \\Big(} and {@code \\bigl[} as one glyph of its extension font
     * per side (cmex10's {@code parenleftbig}, {@code parenleftBig}), taller than the text (tex-delimiters/build.sh).
     * Kept aside as a matrix's brackets are, they were lost: {@code vanilla: $B N H W \\left(2 K^2 C - 1\\right)$} read
     * {@code BNHW 2K^2C − 1}, another formula, graded incorrect, unflagged; {@code C \\left(K^2 + N\\right)} read
     * {@code C K^2 + N}. They are put back where they group a stretch of their line, as Chromium's print has them; the
     * matrices beside (a pmatrix, a {@code \\left[} matrix, a column in {@code \\left( … \\right)}, a 6 × 6 one whose
     * parentheses are stacked pieces) read as before, and a number alone in parentheses
     * ({@code \\left(\\frac{4}{2}\\right)}) is no 1 × 1 matrix {@code [[4/2]]} in either print.
     */
    @Test
    void latexSizedDelimitersStayInTheirFormula() throws Exception {
        Path latex = Path.of("src/test/resources/tex-delimiters/cpen455-latex.pdf");
        assertThat(lines(latex)).contains("depthwise separable: C (K^2 + N)", "vanilla: BNHW (2K^2C − 1)",
                "separable: BHWC(2K^2 − 1) + BHWN[2C − 1]",
                "W1 = [[1, −1], [1, 1]] , b1 = [[0], [0]] , W2 = [[1, 0]] , b2 = 0",
                "W1 = [[1, −1], [−1, 1]] , b1 = [[0], [0]] , W2 = [[1, 1]] , b2 = 0",
                "Part 1: output side (4/2) + 2 − 1 = 3", "−18 35 −16 31 −14 21", "6 3 4 1 2 −1");
        Map<String, Answer> answers = answers(latex, CPEN455);
        Map<String, Double> at = Map.of("B", 2.0, "N", 3.0, "H", 5.0, "W", 7.0, "K", 3.0, "C", 4.0);
        assertThat(answers.get("vanilla_ops").written()).isEqualTo("BNHW (2K^2C − 1)");
        assertThat(answers.get("vanilla_ops").foundBy()).isEqualTo(FoundBy.LABEL);
        FormulaSyntax.Reading vanilla = FormulaSyntax.read(answers.get("vanilla_ops").written(),
                List.of("B", "N", "H", "W", "K", "C"));
        assertThat(((FormulaSyntax.Reading.Formula) vanilla).term().at(at)).isEqualTo(2 * 3 * 5 * 7 * (2 * 9 * 4 - 1.0));
        FormulaSyntax.Reading separable = FormulaSyntax.read(answers.get("separable_params").written(),
                List.of("C", "K", "N"));
        assertThat(((FormulaSyntax.Reading.Formula) separable).term().at(at)).isEqualTo(4 * (9 + 3.0));
        assertThat(value(answers, "tconv_b")).startsWith("[[-18.0, 35.0, -16.0, 31.0, -14.0, 21.0], [30.0");
        assertThat(value(answers, "W1")).isEqualTo("[[1.0, -1.0], [-1.0, 1.0]]");
        assertThat(value(answers, "b1")).isEqualTo("[[0.0], [0.0]]");
        assertThat(lines(Path.of("src/test/resources/tex-delimiters/cpen455-chromium.pdf"))).contains(
                "depthwise separable: C(K^2 +N)", "vanilla: BNHW(2K^2C−1)", "separable: BHWC(2K^2 −1)+BHWN[2C−1]",
                "Part 1: output side (4/2) +2−1 = 3");
    }

    /**
     * Sized parentheses around a displayed fraction ({@code $$\\left(\\frac{2 K^2 C}{M} - 1\\right) \\frac{N}{M}$$}): the
     * denominator stands under the line until the fraction is joined into it, and the pair was not taken to group the
     * line. The formula read {@code (2K^2C)/(M) − 1 (N)/(M)}, another, in pdflatex's print and Chromium's
     * (tex-delimiters/build.sh).
     */
    @Test
    void parenthesesAroundADisplayedFractionStayInItsFormula() throws Exception {
        assertThat(lines(Path.of("src/test/resources/tex-delimiters/cpen455-latex.pdf")))
                .contains("((2K^2C)/(M) − 1) (N)/(M)");
        assertThat(lines(Path.of("src/test/resources/tex-delimiters/cpen455-chromium.pdf")))
                .contains("((2K^2C)/(M) −1)(N)/(M)");
    }

    /**
     * A floor, sized ({@code \\left\\lfloor \\frac{H + 2P - K}{S} \\right\\rfloor}, cmex10's {@code floorleftbig}) or of the
     * text's size ({@code \\lfloor}), was dropped as a bracket's piece in pdflatex's print and Chromium's:
     * {@code H′ = (H+2P−K)/(S) + 1}, another formula, unflagged. It is read, and a formula holding it is refused, not
     * read without it; a value after it stays read (tex-delimiters/build.sh).
     */
    @Test
    void aFloorIsNoBracketPiece() throws Exception {
        assertThat(lines(Path.of("src/test/resources/tex-delimiters/cpen455-latex.pdf")))
                .contains("Output side ⌊(5 + 4 − 5)/2⌋ + 1 = 3, from H′ = ⌊(H+2P−K)/(S) ⌋ + 1.");
        Path chromium = Path.of("src/test/resources/tex-delimiters/cpen455-chromium.pdf");
        assertThat(lines(chromium)).contains("Output side ⌊ ( 5+4−5 ) /2⌋+1 = 3, from H′ = ⌊(H+2P−K)/(S)⌋ +1.");
        assertThat(FormulaSyntax.read("⌊(H+2P−K)/(S)⌋ +1", List.of("H", "P", "K", "S")))
                .isInstanceOf(FormulaSyntax.Reading.Refused.class);
        assertThat(answers(chromium, CPEN455).get("dilated_size").written()).isEqualTo("3");
    }

    /**
     * Footnotes' marks raised after answers ({@code conv1: 96 × 54 × 54[^a]}, {@code Stride: 1[^s]}), as pdflatex and
     * LibreOffice set them: read as powers ({@code 54^2}), the list's conv1 was no answer, and the footnote's "conv1 is
     * 96 × 55 × 55 in the original paper" was graded as the team's, correct and unflagged. LibreOffice set that
     * footnote on the next page. A mark is no power where a footnote opens with its number.
     */
    @Test
    void aFootnotesMarkAfterAnAnswerIsNoPower() throws Exception {
        for (String pdf : List.of("answers.pdf", "answers.libreoffice.pdf")) {
            Path file = Path.of("src/test/resources/footnote-marks", pdf);
            assertThat(lines(file)).as(pdf).contains("Stride: 1", "• conv1: 96 × 54 × 54", "• Flatten: 6400")
                    .noneMatch(line -> line.contains("^"));
            Map<String, Answer> answers = sheet(file).answers();
            assertThat(value(answers, "conv1_shape")).as(pdf).isEqualTo("[96.0, 54.0, 54.0]");
            assertThat(answers.get("conv1_shape").where().snippet()).as(pdf).contains("conv1: 96 × 54 × 54");
        }
        // Powers stay powers beside footnotes of their numbers: in an expression, of a symbol, or after the mark.
        List<String> powers = lines(Path.of("src/test/resources/footnote-marks/powers.pdf"));
        assertThat(powers).contains("Parameters of conv1: 11^2 × 3 × 96 = 34848",
                "The area grows as x^2 here, and the map as 55^2 too.");
        assertThat(powers).filteredOn(line -> line.startsWith("Our count")).singleElement().asString()
                .doesNotContain("^");
    }

    /**
     * A table of layers giving each output before its input, printed by LibreOffice with its first column wrapped
     * ({@code conv4 (3×3, 384,} over {@code pad 1)}): the wrapped rows hid the header from the rows below them, and
     * {@code 256, 256 × 27 × 27} read as the number 256,256, so each row's input was graded as the team's answer,
     * conv4's correct and unflagged. The headers name the output first: each row's first shape is read.
     */
    @Test
    void aTableWhoseCellsLibreOfficeWrapsStillNamesItsColumns() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/wrapped-table-cells/answers.pdf")).answers();
        assertThat(answers.get("conv1_shape").written()).isEqualTo("96 × 55 × 55");
        assertThat(answers.get("conv4_shape").written()).isEqualTo("384 × 12 × 12");
        assertThat(answers.get("conv5_shape").written()).isEqualTo("256 × 13 × 13");
        assertThat(answers.get("pool3_shape").written()).isEqualTo("256 × 6 × 6");
        for (String part : List.of("conv1_shape", "conv2_shape", "conv4_shape", "pool3_shape")) {
            assertThat(answers.get(part).doubt()).as(part).isEmpty();
        }
    }

    /**
     * Markdown tables wider than the page, typeset by pandoc in columns that wrap. Under {@code | Layer | Operation |
     * Input shape | Output shape |} the operation's words wrap below its row: taken for the headers, they flagged six
     * layers "the headers name no input column", and conv1's label 11×11, left right before the input shape, gave conv1
     * the input, 3 × 227 × 227, graded wrong. In five equal columns the shapes themselves wrap ({@code 256 × 27 ×} over
     * {@code 27}): conv2 to conv5 were read as their kernels' sizes, graded wrong. Each layer is read as written, a
     * wrong one wrong, without a doubt.
     */
    @Test
    void aTablePandocWrapsIsReadRowByRow() throws Exception {
        Map<String, Answer> operations = sheet(Path.of("src/test/resources/wrapped-typeset-tables/operations.pdf"))
                .answers();
        Map<String, String> written = Map.of("conv1_shape", "96 × 54 × 54", "pool1_shape", "96 × 27 × 27",
                "conv2_shape", "256 × 27 × 27", "conv3_shape", "384 × 12 × 12", "pool3_shape", "256 × 6 × 6");
        written.forEach((part, shape) -> {
            assertThat(operations.get(part).written()).as(part).isEqualTo(shape);
            assertThat(operations.get(part).doubt()).as(part).isEmpty();
        });
        Map<String, Answer> outputFirst = sheet(Path.of("src/test/resources/wrapped-typeset-tables/output-first.pdf"))
                .answers();
        Map<String, String> outputs = Map.of("conv1_shape", "96 × 55 × 55", "conv2_shape", "256 × 27 × 27",
                "pool2_shape", "256 × 13 × 13", "conv4_shape", "384 × 13 × 13", "conv5_shape", "256 × 12 × 12",
                "pool3_shape", "256 × 6 × 6");
        outputs.forEach((part, shape) -> {
            assertThat(outputFirst.get(part).written()).as(part).isEqualTo(shape);
            assertThat(outputFirst.get(part).doubt()).as(part).isEmpty();
        });
        assertThat(lines(Path.of("src/test/resources/wrapped-typeset-tables/output-first.pdf")))
                .anyMatch(line -> line.startsWith("3 conv2 5×5 256 × 27 × 27 96 × 27 × 27"));
    }

    /**
     * A truth table's header {@code | x1 | x2 | h = relu(W1 x + b1) | y = W2 h + b2 |} in LibreOffice's print of
     * pandoc's Word file: its last cell wraps, {@code y = W2 h +} over {@code b2}, and b2, alone on the line over the
     * table's rows, took the table as its value (four rows of two inputs, unflagged), the team's {@code b2 = 0} above
     * passed over. A term wrapped below its operator names nothing, as on one line.
     */
    @Test
    void aTermOfAHeaderWrappedBelowItsOperatorNamesNoPartOfTheTable() throws Exception {
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Path pdf = Path.of("src/test/resources/wrapped-typeset-tables/truth-table.pdf");
        Map<String, Answer> answers = new PdfSheetReader().read(pdf, "truth-table.pdf", cpen).get(0).answers();
        assertThat(value(answers, "b2")).isEqualTo("0.0");
        assertThat(answers.get("b2").written()).isEqualTo("0");
        assertThat(value(answers, "W2")).isEqualTo("[[1.0, -2.0]]");
    }

    /**
     * A pdflatex table of numbered rows in {@code p{…}} columns set close together: the kind of row 1's layer wrapped
     * below it ({@code Conv(96),} under {@code 11×11}), so the row named no layer and conv1's label 11×11 gave it the
     * input, graded wrong; the outputs wrapped ({@code 256 × 27 ×} over {@code 27}) and were found by value or by
     * place (pool3 took conv5's row). Each is read from its row.
     */
    @Test
    void aNumberedTableWhoseCellsWrapIsReadRowByRow() {
        Map<String, Answer> answers = sheet(Path.of("src/test/resources/wrapped-typeset-tables/numbered.pdf")).answers();
        Map<String, String> outputs = Map.of("conv1_shape", "[96.0, 55.0, 55.0]", "conv2_shape", "[256.0, 27.0, 27.0]",
                "pool2_shape", "[256.0, 13.0, 13.0]", "conv4_shape", "[384.0, 12.0, 12.0]", "conv5_shape",
                "[256.0, 12.0, 12.0]", "pool3_shape", "[256.0, 5.0, 5.0]");
        outputs.forEach((part, shape) -> {
            assertThat(value(answers, part)).as(part).isEqualTo(shape);
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
            assertThat(answers.get(part).doubt()).as(part).isEmpty();
        });
    }

    /**
     * "Flatten: the original AlexNet paper reports 9216 for this layer, whereas our implementation … prints a flattened
     * length of 12544", wrapped by pdflatex and LibreOffice: the paper's 9216 was graded as the team's, correct and
     * unflagged, since the team's value stood on a line below. A sentence wrapped onto the lines below goes on with
     * its label's line.
     */
    @Test
    void aLaterValueInASentenceWrappedOntoTheNextLinesFlagsTheFirst() {
        for (String pdf : List.of("answers.pdf", "answers.libreoffice.pdf")) {
            Answer flatten = sheet(Path.of("src/test/resources/wrapped-prose", pdf)).answers().get("flat_size");
            assertThat(flatten.written()).as(pdf).isEqualTo("9216");
            assertThat(flatten.doubt()).as(pdf).hasValueSatisfying(doubt -> assertThat(doubt)
                    .contains("its line gives another value after it, 12544"));
        }
    }

    /**
     * A team's own check of its shapes against a lecture's slide, {@code | Layer | Our result | Lecture slide 34 |},
     * each row its shape and then the slide's: the slide's, read as the layer's output after its input, was graded as
     * the team's, correct and unflagged, in every format. Headers naming no input column before an output column leave
     * the last of a row's two shapes in doubt.
     */
    @Test
    void aRowsTwoShapesUnderHeadersNamingNoInputAndOutputAreFlagged() {
        for (String file : List.of("answers.md", "answers.pdf", "answers.libreoffice.pdf")) {
            Map<String, Answer> answers = sheet(Path.of("src/test/resources/self-check-tables", file)).answers();
            for (String layer : List.of("conv1_shape", "pool3_shape")) {
                assertThat(answers.get(layer).doubt()).as(file + " " + layer).hasValueSatisfying(doubt -> assertThat(
                        doubt).contains("name no input column before an output column"));
            }
        }
    }

    /**
     * "Conv1: 96 × 55²" typed with the character ², which pdflatex sets as the font's superior figure
     * (superior-figures/build.sh): a glyph its font names a plain two, on the line's baseline, raised by its outline
     * alone. It read 96 × 552, graded incorrect.
     */
    @Test
    void aSuperiorFigureRaisedByItsOutlineIsASuperscript() throws Exception {
        Path file = Path.of("src/test/resources/superior-figures/shapes.pdf");
        assertThat(lines(file)).contains("Conv1: 96 × 55²", "Pool3: 256 × 6²");
        Map<String, Answer> answers = answers(file, SPEC);
        assertThat(answers.get("conv1_shape").value().map(Object::toString)).hasValue("[96.0, 55.0, 55.0]");
        assertThat(answers.get("conv1_shape").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("conv2_shape").value().map(Object::toString)).hasValue("[256.0, 27.0, 27.0]");
        assertThat(answers.get("pool3_shape").value().map(Object::toString)).hasValue("[256.0, 6.0, 6.0]");
        assertThat(answers.get("flat_size").value().map(Object::toString)).hasValue("9216.0");
    }

    /**
     * The footnotes of pdflatex and LibreOffice, their marks gone from the text: each is known by the line its mark
     * stood on and the lines of its own text, on that page or the next, above the page's number.
     */
    @Test
    void aFootnoteIsKnownByTheLineItsMarkStoodOn() throws Exception {
        for (String pdf : List.of("answers.pdf", "answers-libreoffice.pdf")) {
            Path file = Path.of("src/test/resources/footnoted-answers", pdf);
            Document document = PdfSheetReader.document(file, pdf, new ArrayList<>());
            List<String> marked = document.footnotes().stream().map(footnote -> footnote.mark() + " "
                    + document.lines().get(footnote.markedLine()).text()).toList();
            List<String> texts = document.footnotes().stream().map(footnote -> String.join(" / ", document.lines()
                    .subList(footnote.start(), footnote.end()).stream().map(Document.Line::text).toList())).toList();

            assertThat(marked).as(pdf).containsExactly("1 Stride: see the footnote.",
                    "2 Padding: see the note below.", "3 Conv1: 96 × 55 × 55", "4 Pool3: see footnote.");
            assertThat(texts).as(pdf).containsExactly("2 — the windows must not overlap, as in the pooling.",
                    "As on the lecture’s slide about pooling.",
                    "Conv2 is 256 × 27 × 27 in the original paper, after a padding of 2.",
                    "256 × 6 × 6, after rounding down twice.");
        }
    }

    /**
     * Chromium's footnote mark after a value (pandoc's HTML, {@code Conv1: 96 × 55 × 55[^c]}): a smaller digit raised
     * too little to make a row of its own, it was read as a digit of the number, the shape 96 × 55 × 553, graded
     * incorrect and unflagged. It is a superscript, as a raised digit in a row of its own is.
     */
    @Test
    void aDigitRaisedInItsRowAfterANumberIsNoDigitOfIt() throws Exception {
        Path file = Path.of("src/test/resources/footnoted-answers/answers-chromium.pdf");
        assertThat(lines(file)).contains("Conv1: 96 × 55 × 55^3").noneMatch(line -> line.contains("553"));
        Answer conv1 = sheet(file).answers().get("conv1_shape");
        assertThat(conv1.value()).isEmpty();
        assertThat(conv1.doubt()).isPresent();
    }
}
