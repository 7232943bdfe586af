package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CandidatesTest {

    /** The candidates of a plain-text document, each line's words positioned by character. */
    private static List<String> written(String... lines) {
        return Candidates.of(TextSheetReader.document(String.join("\n", lines), "test.txt")).stream()
                .map(Candidate::written).toList();
    }

    /** The candidates of lines without word positions (as the scanner sees any text line). */
    private static List<String> scanned(String line) {
        List<Document.Line> lines = List.of(new Document.Line(1, 1, line, List.of()));
        return Candidates.of(new Document("test", lines, List.of(), List.of())).stream().map(Candidate::written)
                .toList();
    }

    /**
     * The sides of a real space a tensor lies in, {@code \\mathbb{R}^{100 \\times 128 \\times 256 \\times 256}} (and
     * its PDF renderings {@code R^100×…}, {@code ℝ^100×…}), were skipped as an exponent: the shape was never a value.
     * An exponent is still none ({@code 5^2}, {@code 10^{3}}).
     */
    @Test
    void theSidesOfARealSpaceAreAShapeNotAnExponent() {
        assertThat(scanned("H_1 &\\in \\mathbb{R}^{100 \\times 128 \\times 256 \\times 256}\\\\"))
                .containsExactly("100 \\times 128 \\times 256 \\times 256");
        assertThat(scanned("H1 ∈ R^100×128×256×256")).containsExactly("100×128×256×256");
        assertThat(scanned("Y ∈ ℝ^100×10")).containsExactly("100×10");
        assertThat(scanned("H1: 128 · 3 · 5^2 = 9600, and 10^{3} more")).doesNotContain("2", "3");
    }

    /**
     * A matrix typed as a Markdown table ("| 0.97 | 0.99 |", its rule, "| 1.00 | 1.00 |") was four numbers: the bar
     * before each row was taken for a determinant's bracket opening another matrix, and the rule for prose.
     */
    @Test
    void aMatrixTypedAsAMarkdownTableIsOneMatrix() {
        assertThat(written("Final pooled output:", "", "| 0.97 | 0.99 |", "|------|:----:|", "| 1.00 | 1.00 |"))
                .containsExactly("[[0.97, 0.99], [1.00, 1.00]]");
        assertThat(written("| 0.97 | 0.99 |", "| 1.00 | 1.00 |")).containsExactly("[[0.97, 0.99], [1.00, 1.00]]");
    }

    /**
     * A shape written in prose with "by" ("The output of the first convolution is 96 by 55 by 55.", "the pooled
     * maps are 252 by 252 pixels") was no shape: the part was missing, unflagged, or took 96 alone by order. "by"
     * joins sides only between blanks, before a side: "divided by 2" and "stand-by 3" stay numbers.
     */
    @Test
    void aShapeWrittenInProseWithByIsOneShape() {
        assertThat(written("The output of the first convolution is 96 by 55 by 55.")).containsExactly("96 by 55 by 55");
        assertThat(written("the pooled maps are 252 by 252 pixels")).containsExactly("252 by 252");
        assertThat(written("conv1: 55 By 55 by (96)")).containsExactly("55 By 55 by (96)");
        assertThat(written("the size is divided by 2")).containsExactly("2");
        assertThat(written("96 by, and 12 by")).containsExactly("96", "12");
        assertThat(ValueParser.parse("96 by 55 by 55", Expectation.ANY).toString())
                .isEqualTo(ValueParser.parse("96 × 55 × 55", Expectation.ANY).toString());
    }

    /**
     * A LaTeX table's rows of layers ({@code conv1 (11$\\times$11, stride 4) & 96 & …}) were also read as one matrix,
     * {@code [[4, 96], [2, 96], [2, 256]]}: the stride closing its remark began each row. A number that closes a
     * parenthesis it did not open begins no row; a row in parentheses, {@code (0.5 0.88)}, still is one.
     */
    @Test
    void aTableRowsRemarkInParenthesesBeginsNoMatrixRow() {
        assertThat(written("1 & conv1 (11$\\times$11, stride 4) & 96 & $55 \\times 55$ \\\\",
                "2 & pool1 (3$\\times$3, stride 2) & 96 & $27 \\times 27$ \\\\",
                "3 & conv2 (5$\\times$5, pad 2) & 256 & $27 \\times 27$ \\\\"))
                .noneMatch(written -> written.startsWith("[["));
        assertThat(written("(0.5 0.88)", "(0.98 0.88)")).containsExactly("[[0.5, 0.88], [0.98, 0.88]]");
    }

    /** "total ≈ 397k params" held no value; "9.6k" after a product is its result, not text to skip. */
    @Test
    void aCountWithAThousandsSuffixIsOneCandidate() {
        assertThat(written("total ≈ 397k params")).containsExactly("397k");
        assertThat(written("H1: 128·3·5·5 ≈ 9.6k params, 1.2M in all")).containsExactly("128·3·5·5", "9.6k", "1.2M");
        assertThat(written("a kernel of 2k+1")).doesNotContain("2k");
        assertThat(written("it weighs 5kg, 3Mx")).isEmpty();
    }

    /** "H1: 100 × 128 × 256²" ended before the square, which was dropped; a power of ten stays a number's. */
    @Test
    void aSquaredSideIsPartOfItsShape() {
        assertThat(written("H1: 100 × 128 × 256², H2: 100 × 64 × 128^2")).containsExactly("100 × 128 × 256²",
                "100 × 64 × 128^2");
        assertThat(written("total: 2.048 × 10^5")).containsExactly("2.048 × 10^5");
    }

    /**
     * A factor before a matrix written {@code \\frac14 \\begin{bmatrix}}, {@code \\frac{1}{4} \\cdot \\begin{bmatrix}},
     * Chromium's {@code 1/4⋅[[…]]} (its dot operator) or {@code 0.25 [[…]]} stood apart from its matrix, and the
     * kernel read 0.25. A whole number or a section's number before a matrix is still no factor.
     */
    @Test
    void aFactorBeforeAMatrixIsJoinedToItHoweverItIsWritten() {
        String ones = "\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}";
        assertThat(written("K = \\frac14 " + ones)).containsExactly("1/4 · " + ones);
        assertThat(written("K = \\frac{1}{4} \\cdot " + ones)).containsExactly("1/4 · " + ones);
        assertThat(written("K = 1/4⋅[[1, 1], [1, 1]], stride 2")).containsExactly("1/4 · [[1, 1], [1, 1]]", "2");
        assertThat(written("K = 0.25 [[1, 1], [1, 1]]")).containsExactly("0.25 · [[1, 1], [1, 1]]");
        assertThat(written("1.4 [[1, 1], [1, 1]]")).containsExactly("1.4", "[[1, 1], [1, 1]]");
        assertThat(written("step 2 [[1, 1], [1, 1]]")).containsExactly("2", "[[1, 1], [1, 1]]");
    }

    /**
     * A factor before a matrix set in delimiters of its own, {@code \\frac14 \\left[\\begin{smallmatrix} … \\end{smallmatrix}
     * \\right]} (smallmatrix draws none): the {@code \\left[} between them was taken for a sign, the two stood apart,
     * and the kernel read 0.25, graded incorrect with only the generic flag.
     */
    @Test
    void aFactorBeforeAMatrixInLatexDelimitersIsJoinedToIt() {
        String small = "\\begin{smallmatrix} 1 & 1 \\\\ 1 & 1 \\end{smallmatrix}";
        assertThat(written("K = \\frac14 \\left[" + small + "\\right]")).containsExactly("1/4 · " + small);
        assertThat(written("K = \\frac{1}{4} \\cdot \\bigl( " + small + " \\bigr)")).containsExactly("1/4 · " + small);
        assertThat(written("K = 2 \\left[" + small + "\\right]")).containsExactly("2", small);
    }

    /**
     * A Word table's row {@code MaxPool 3×3, stride 2 | 256 × 6 × 6 | 0} over {@code Flatten | 9216 | 0} (cells apart by
     * tabs) was a matrix [[2, 256], [9216, 0]], the stride and the shape's first side its first row; the flattened
     * length 9216 was no value of its own. A factor of a product is no entry of a grid's row.
     */
    @Test
    void aShapesFactorIsNoEntryOfAGridsRow() {
        assertThat(written("MaxPool 3×3, stride 2\t256 × 6 × 6\t0", "Flatten\t9216\t0"))
                .containsExactly("3×3", "2", "256 × 6 × 6", "0", "9216", "0");
        assertThat(written("1 2", "3 4")).containsExactly("[[1, 2], [3, 4]]");
    }

    /** A line, and the values the scanner finds in it in reading order. */
    record Case(String line, List<String> values) {
        @Override
        public String toString() {
            return line;
        }
    }

    static List<Case> lines() {
        return List.of(
                new Case("$$96 \\times 55 \\times 55$$", List.of("96 \\times 55 \\times 55")),
                new Case("Output: 96 × 55 × 55, input (3, 227, 227)", List.of("96 × 55 × 55", "(3, 227, 227)")),
                new Case("params = 9\\,216 or \\frac{1}{4}", List.of("9\\,216", "\\frac{1}{4}")),
                new Case("the map is 96·55·55 and the kernel 96*55*55", List.of("96·55·55", "96*55*55")),
                new Case("after 10 layers the receptive field is 41 × 41.", List.of("10", "41 × 41")),
                new Case("S = [0 2 0 2; 3 2 5 2] and T = 0 2 0 2; 3 2 5 2.", List.of("[0 2 0 2; 3 2 5 2]",
                        "0 2 0 2; 3 2 5 2")),
                new Case("A = [0,5 0,88; 0,98 0,88]", List.of("[0,5 0,88; 0,98 0,88]")),
                new Case("v = [0,5, 0,88], w = 0,5 0,88; 0,98 0,88", List.of("[0,5, 0,88]", "0,5 0,88; 0,98 0,88")),
                new Case("S = [[0, 2, 0, 2], [3, 2, 5, 2]]", List.of("[[0, 2, 0, 2], [3, 2, 5, 2]]")),
                new Case("out = array([[1., 2.], [3., 4.]])", List.of("array([[1., 2.], [3., 4.]])")),
                new Case("out = tensor([[0.5, 1.0]], dtype=torch.float64, requires_grad=True)",
                        List.of("tensor([[0.5, 1.0]], dtype=torch.float64, requires_grad=True)")),
                new Case("x = np.array([1, 2, 3])", List.of("np.array([1, 2, 3])")),
                new Case("loss = tensor(0.6931)", List.of("tensor(0.6931)")),
                new Case("9,600 + 9,728 + 163,840", List.of("9,600", "9,728", "163,840")),
                new Case("= 397,184", List.of("397,184")),
                new Case("1/4 of the map, written 0x10 in hex", List.of("1/4", "0x10")),
                new Case("Answer: No, the eye is outside the receptive field.", List.of("No")),
                new Case("Is it inside? Yes. There is no padding, no bias and true convolution.", List.of("Yes")),
                new Case("(b) ja.", List.of("ja")),
                new Case("flip = False", List.of("False")),
                new Case("- no", List.of("no")),
                new Case("The answer is no padding at all", List.of()),
                new Case("Section 1.3.1 covers conv1 and 3rd layers", List.of("1.3")),
                new Case("values 96 256 384 384 256", List.of("96", "256", "384", "384", "256")),
                new Case("a thousand 9 216 and a row 1 234 5", List.of("9 216", "1", "234", "5")),
                // A clause's comma after a count grouped by a space ends it; a list going on after it does not.
                new Case("Therefore H2 = 204 800, which matches.", List.of("204 800")),
                // pdflatex sets a typed apostrophe as ’: "9’216" was read as 9.
                new Case("H3: 9’216 and total 397’184", List.of("9’216", "397’184")),
                new Case("sizes 96 256, 384 and 0 255, the range", List.of("96", "256, 384", "0", "255")));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void theScannerFindsTheSyntaxesTheParserReads(Case line) {
        List<String> found = scanned(line.line());
        assertThat(found).containsExactlyElementsOf(line.values());
        for (String value : found) {
            // A thousands group reads as one where a whole number is expected; hexadecimal is refused.
            Parsed parsed = ValueParser.parse(value, Expectation.ANY);
            Parsed whole = ValueParser.parse(value, new Expectation(true));
            assertThat(parsed instanceof Parsed.Value || whole instanceof Parsed.Value || value.equals("0x10"))
                    .as(value).isTrue();
        }
    }

    @Test
    void aResultWithThousandsCommasIsOneWholeNumber() {
        List<String> found = written("conv: 9,600 + 9,728 + 19,456", "= 397,184");
        assertThat(found).endsWith("397,184");
        assertThat(ValueParser.parse("397,184", new Expectation(true))).isEqualTo(
                new Parsed.Value(new SheetValue.Numbers(org.cnngrader.engine.Tensor.scalar(397_184)), List.of()));
    }

    @Test
    void aHexadecimalNumberIsOneCandidateThatIsRefused() {
        assertThat(scanned("0x10")).containsExactly("0x10");
        assertThat(ValueParser.parse("0x10", Expectation.ANY)).isInstanceOf(Parsed.Refused.class);
    }

    @Test
    void aPythonListAcrossLinesIsOneCandidateWithItsLabel() {
        List<Candidate> found = Candidates.of(TextSheetReader.document(
                "Intro 3\nS = [[0, 2, 0, 2],\n     [3, 2, 5, 2],\n     [1, 4, 1, 4]]\nThen 7", "s.md"));
        assertThat(found).extracting(Candidate::written).containsExactly("3",
                "[[0, 2, 0, 2],\n     [3, 2, 5, 2],\n     [1, 4, 1, 4]]", "7");
        Candidate list = found.get(1);
        assertThat(list.lineIndex()).isEqualTo(1);
        assertThat(list.context()).endsWith("\nS = ");
        assertThat(ValueParser.parse(list.written(), Expectation.ANY).toString()).contains("[[0.0, 2.0, 0.0, 2.0]");
    }

    @Test
    void numpysAndPyTorchsPrintedArraysAcrossLinesAreOneCandidateEach() {
        assertThat(written("A =", "[[0.5  0.88]", " [0.98 0.88]]", "B = array([[1, 2],", "       [3, 4]])",
                "C = tensor([[0.5000, 0.8800],", "        [0.9800, 0.8800]], dtype=torch.float64)"))
                .containsExactly("[[0.5  0.88]\n [0.98 0.88]]", "array([[1, 2],\n       [3, 4]])",
                        "tensor([[0.5000, 0.8800],\n        [0.9800, 0.8800]], dtype=torch.float64)");
    }

    @Test
    void rowsWrittenAsListsOnConsecutiveLinesAreOneMatrix() {
        List<String> found = written("S = [0 2 0 2]", "    [3 2 5 2]", "", "T = [1 2]");
        assertThat(found).containsExactly("[0 2 0 2]\n    [3 2 5 2]", "[1 2]");
        assertThat(ValueParser.parse(found.get(0), Expectation.ANY).toString()).contains("[[0.0, 2.0, 0.0, 2.0], ");
    }

    @Test
    void aRaggedGridKeepsAllItsRowsAndIsRefusedWithTheRowsNamed() {
        List<String> found = written("R =  1  2  3  4", "     5  6  7", "The end.");
        assertThat(found).containsExactly("[[1, 2, 3, 4], [5, 6, 7]]");
        assertThat(ValueParser.parse(found.get(0), Expectation.ANY))
                .isEqualTo(new Parsed.Refused("ragged matrix: row 2 has 3 entries but row 1 has 4"));
    }

    @Test
    void inPlainTextEachLabelOpensItsMatrix() {
        assertThat(written("S = 0 2 0", "    3 2 5", "Z = 1 4 1", "    2 3 2"))
                .containsExactly("[[0, 2, 0], [3, 2, 5]]", "[[1, 4, 1], [2, 3, 2]]");
    }

    /** The matrices of a real pdflatex (and pandoc) PDF, in reading order; the prose numbers are left out. */
    private static List<String> matrices(String name) throws Exception {
        Path file = Path.of("src/test/resources/consecutive-displays", name);
        return Candidates.of(PdfSheetReader.document(file, name, new ArrayList<>())).stream()
                .map(Candidate::written).filter(written -> written.startsWith("[")).toList();
    }

    /**
     * A table of counts whose thousands a space groups ({@code H1 9 600}, {@code H2 204 800}, pdflatex's
     * {@code 9\,600}) was read as a matrix of two columns, and no count stood beside its label: every such count was
     * missing, unflagged. Each row is its own count; a name's digits ({@code H1}) are no number before it.
     */
    @Test
    void spaceGroupedCountsInRowsOfATableAreNoMatrix() throws Exception {
        assertThat(written("H1 9 600", "H2 204 800", "total 397 184")).containsExactly("9 600", "204 800", "397 184");
        Path pdf = Path.of("src/test/resources/thousands-tables/sheet.pdf");
        assertThat(Candidates.of(PdfSheetReader.document(pdf, "sheet.pdf", new ArrayList<>())).stream()
                .map(Candidate::written).toList()).contains("9 600", "204 800", "18 432", "163 840", "397 184")
                .noneMatch(written -> written.startsWith("[["));
        // Rows of numbers alone, or of more groups than one thousand has, stay a matrix.
        assertThat(written("S = 1 200", "    3 400")).contains("[[1, 200], [3, 400]]");
        assertThat(written("total 397 184 397 434", "Y 163 840 163 850")).first().asString().startsWith("[[");
    }

    @Test
    void consecutiveDisplaysTypesetByPdflatexNeverMerge() throws Exception {
        // displays.tex beside the PDF: labelled 3×3 (same columns), unlabelled 2×3, labelled 4×4 pmatrix,
        // labelled 2×2, and a ragged matrix, each in its own display right below the one before.
        assertThat(matrices("displays.pdf")).containsExactly(
                "[[0, 2, 0], [3, 2, 5], [1, 4, 1]]",
                "[[7, 1, 6], [2, 8, 3], [5, 9, 4]]",
                "[[1, 2, 3], [4, 5, 6]]",
                "[[7, 8, 9], [1, 2, 3]]",
                "[[1, 0, 2, 1], [0, 1, 0, 2], [3, 1, 1, 0], [0, 2, 1, 1]]",
                "[[4, 1, 0, 1], [1, 3, 2, 0], [2, 0, 1, 3], [0, 1, 4, 2]]",
                "[[1, 3], [2, 4]]",
                "[[5, 7], [6, 8]]",
                "[[1, 2, 3, 4], [5, 6, 7]]");
    }

    @Test
    void consecutiveDisplaysTypesetByPandocNeverMerge() throws Exception {
        // pandoc.md beside the PDF (pandoc pandoc.md -o pandoc.pdf).
        assertThat(matrices("pandoc.pdf")).containsExactly(
                "[[0, 2, 0, 2], [3, 2, 5, 2], [1, 4, 1, 4], [2, 3, 2, 3]]",
                "[[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 1, 1], [0, 0, 0, 0]]",
                "[[3, 5], [4, 4]]",
                "[[0,95, 0,99], [0,98, 0,98]]");
        assertThat(ValueParser.parse("[[0,95, 0,99], [0,98, 0,98]]", Expectation.ANY).toString())
                .contains("[[0.95, 0.99], [0.98, 0.98]]").contains("4 numbers were read with a decimal comma");
    }

    /** About a megabyte of text that a backtracking pattern would take hours over. */
    static List<String> adversarial() {
        int size = 1 << 20;
        return List.of(
                "1" + " ".repeat(size) + "x/",
                "1 ".repeat(size / 2),
                "1 x ".repeat(size / 4) + "(",
                "1 x (".repeat(size / 5),
                "[".repeat(size / 2) + "1" + "]".repeat(size / 4),
                "[1 2".repeat(size / 4),
                "(".repeat(size / 2) + "1, 2",
                "\\frac{".repeat(size / 6),
                "9,999".repeat(size / 5),
                "9 999 ".repeat(size / 6),
                "no no no, ".repeat(size / 10),
                "array(".repeat(size / 6) + "[1]",
                "1;".repeat(size / 2),
                "1 1; ".repeat(size / 5) + "x",
                "0x".repeat(size / 2),
                "1.".repeat(size / 2));
    }

    @ParameterizedTest
    @MethodSource("adversarial")
    void aMegabyteOfAdversarialTextIsScannedInLinearTime(String text) {
        for (String variant : List.of(text, text.replace(' ', '\n'))) {
            Document document = TextSheetReader.document(variant, "hostile.txt");
            List<Candidate> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Candidates.of(document));
            assertThat(found.size()).isLessThanOrEqualTo(variant.length());
        }
    }

    /** The pattern {@link Candidates#gridNumber} spells out by hand. */
    private static final Pattern GRID_NUMBER = Pattern.compile("[-−]?(?:\\d+(?:[.,]\\d+)?|\\d+/\\d+)");

    @Property(tries = 5000, seed = "20261122")
    void aGridNumberIsWhatItsPatternMatches(
            @ForAll @StringLength(max = 7) @Chars({'0', '1', '9', '-', '−', '.', ',', '/', 'x', ' '}) String word) {
        assertThat(Candidates.gridNumber(word)).as(word).isEqualTo(GRID_NUMBER.matcher(word).matches());
    }

    @Test
    void gridNumbersAreNumbersAndFractions() {
        assertThat(List.of("7", "-0.5", "−3", "1,5", "2/3", "12").stream().allMatch(Candidates::gridNumber)).isTrue();
        assertThat(List.of("", "-", "3.", ".5", "2/", "1/2.5", "1.5.2", "x1", "٣").stream()
                .noneMatch(Candidates::gridNumber)).isTrue();
    }

    /** What the scanner finds in any line of value characters, the parser reads (or refuses with a reason). */
    @Property(tries = 3000, seed = "20261122")
    void everyCandidateOfAnyLineIsTextTheParserAnswers(@ForAll @StringLength(max = 24) @Chars({'1', '2', '0', ' ',
        ',', '.', ';', 'x', '×', '·', '*', '[', ']', '(', ')', '-', 'N', 'o', 'y', 'e', 's', ':', '/', 'a'}) String line) {
        for (String value : scanned(line)) {
            assertThat(line).contains(value);
            Parsed parsed = ValueParser.parse(value, Expectation.ANY);
            if (parsed instanceof Parsed.Refused refused) {
                assertThat(refused.reason()).as(value).isNotBlank().doesNotContain("is not a number");
            }
        }
    }

    /**
     * A table broken by the page, Chromium repeating its header on the next (chromium-formulas/build.sh): its first
     * row, alone at the foot of page 1, was left behind, and the XOR table was read as its three rows on page 2,
     * graded incorrect. The rows under the repeated header go on from those above the page break.
     */
    @Test
    void aTableBrokenByAPageKeepsItsRowsAboveTheBreak() throws Exception {
        Path pdf = Path.of("src/test/resources/chromium-formulas/cpen455-chromium.pdf");
        List<String> written = Candidates.of(PdfSheetReader.document(pdf, "cpen455-chromium.pdf", new ArrayList<>()))
                .stream().map(Candidate::written).toList();
        assertThat(written).doesNotContain("[[0, 1, 1], [1, 0, 1], [1, 1, 0]]")
                .filteredOn("[[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]"::equals).hasSize(2);
        SheetSpec cpen455 = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/cpen455-hw2.yaml")));
        Answer table = Submissions.read(new Submissions.Submission(pdf, "default", "cpen455-chromium.pdf", List.of()),
                cpen455).get(0).answers().get("xor_table");
        assertThat(table.value().orElseThrow().toString())
                .isEqualTo("[[0.0, 0.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 0.0]]");
        assertThat(table.foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * A layer's cell {@code conv2 (5×5, 256, 256 × 27 × 27} read {@code 256, 256} as one number, as pdflatex groups
     * 9,216 with a comma and a blank, and the shape lost its first side. A group after a comma and a blank with a times
     * sign after it is a shape's first side.
     */
    @Test
    void aShapeAfterACommaAndABlankIsNoThousandsGroup() {
        assertThat(scanned("conv2 (5×5, 256, 256 × 27 × 27 96 × 27 × 27")).containsExactly("5×5", "256",
                "256 × 27 × 27", "96 × 27 × 27");
        assertThat(scanned("Flatten: 9, 216 values")).containsExactly("9, 216");
    }
    /**
     * Column vectors in a Word file's equations as LibreOffice prints them ({@code libreoffice-column-vectors/}): each
     * entry a line of its own, the label alone between them, an odd count's middle entry after it. They were no grid,
     * and {@code b1 = [0; −1]} was read as the number −1 (graded so, unflagged); {@code u}, of three entries, as its
     * middle one.
     */
    @Test
    void columnVectorsLibreOfficePrintsWereReadAsOneEntry() throws Exception {
        Path pdf = Path.of("src/test/resources/libreoffice-column-vectors/vectors.libreoffice.pdf");
        List<Candidate> candidates = Candidates.of(PdfSheetReader.document(pdf, "vectors.pdf", new ArrayList<>()));
        assertThat(candidates).extracting(Candidate::written).contains("[[1, 1], [1, 1]]", "[[0], [−1]]",
                "[[0], [−1], [2]]", "[[5], [−1]]", "[[10], [−1], [2], [7]]", "3").doesNotContain("−1");
        assertThat(candidates).filteredOn(candidate -> candidate.written().equals("[[0], [−1], [2]]")).singleElement()
                .extracting(Candidate::context).asString().contains("u=");
        SheetSpec cpen455 = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/cpen455-hw2.yaml")));
        Answer b1 = Submissions.read(new Submissions.Submission(pdf, "default", "vectors.pdf", List.of()), cpen455)
                .get(0).answers().get("b1_abs");
        assertThat(b1.value().orElseThrow().toString()).isEqualTo("[[0.0], [-1.0]]");
        assertThat(b1.foundBy()).isEqualTo(FoundBy.LABEL);
    }
}
