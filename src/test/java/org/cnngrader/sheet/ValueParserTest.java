package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.cnngrader.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValueParserTest {

    private static String read(String text) {
        return read(text, Expectation.ANY);
    }

    private static String read(String text, Expectation expectation) {
        Parsed parsed = ValueParser.parse(text, expectation);
        if (parsed instanceof Parsed.Refused refused) {
            return "refused: " + refused.reason();
        }
        return ((Parsed.Value) parsed).value().toString();
    }

    /**
     * Prose joins a shape's sides with "by" ("96 by 55 by 55"); where it gives fewer sides than the shape asked for
     * ("96 feature maps of size 55 by 55"), the count is in the words around it, and 55 × 55 alone is refused so that
     * a person reads the whole, as before "by" was read. A shape written with × is read as written.
     */
    @Test
    void sidesJoinedByByAreAShapeRefusedWhereSidesAreMissing() {
        Expectation threeSides = new Expectation(true, 1, 3, List.of());
        assertThat(read("96 by 55 by 55", threeSides)).isEqualTo(read("96 × 55 × 55", threeSides));
        assertThat(read("252 BY 252", new Expectation(true, 1, 2, List.of()))).isEqualTo(read("252 × 252"));
        assertThat(read("55 by 55", threeSides)).startsWith("refused: '55 by 55' gives 2 sides of a shape of 3");
        assertThat(read("55 × 55", threeSides)).isEqualTo(read("55 x 55"));
    }

    /**
     * "H1: 100 × 128 × 256²" was read as [100, 128, 256], the square dropped, graded incorrect. A squared side is a
     * square image's height and width, noted; where the shape asked for has only the sides written, 256² may be one
     * side of 65536, and the text is refused for a person to read.
     */
    @Test
    void aSquaredSideOfAShapeIsTwoSidesNeverDropped() {
        Expectation fourSides = new Expectation(true, 1, 4, List.of());
        Parsed.Value squared = (Parsed.Value) ValueParser.parse("100 × 128 × 256²", fourSides);
        assertThat(squared.value().toString()).isEqualTo(read("100 × 128 × 256 × 256"));
        assertThat(squared.notes()).contains("'256²' as 256 × 256");
        assertThat(read("100 \\times 128 \\times 256^{2}", fourSides)).isEqualTo(read("100 × 128 × 256 × 256"));
        assertThat(read("3 × 4^3", fourSides)).isEqualTo(read("3 × 4 × 4 × 4"));
        assertThat(read("100 × 128 × 256²", new Expectation(true, 1, 3, List.of())))
                .startsWith("refused: '100 × 128 × 256²' has a side raised to a power");
    }

    /**
     * "total ≈ 397k params" was missing, unflagged, and "H1: 128·3·5·5 ≈ 9.6k params" took the product's factors as a
     * shape. A count with a thousands or millions suffix is read as the number it states, noted, and its answer is in
     * doubt for a person, since a rounded count is graded correct or not by its rounding. A formula's 2k+1 and 5kg
     * are no counts.
     */
    @Test
    void aCountGivenApproximatelyWithASuffixIsReadAndInDoubt() {
        assertThat(read("397k")).isEqualTo(read("397000"));
        assertThat(read("9.6k")).isEqualTo(read("9600"));
        assertThat(read("1.2M")).isEqualTo(read("1200000"));
        assertThat(read("2k+1")).startsWith("refused");
        assertThat(read("5kg")).startsWith("refused");
        Answer total = Answer.read("params_total", "397k", new Expectation(true), Where.cell("s.csv", "B2", 2, "397k"),
                FoundBy.CELL, List.of());
        assertThat(total.notes()).contains("'397k' was read as 397000, given approximately");
        assertThat(total.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("given approximately as '397k'"));
        assertThat(Answer.read("params_total", "397184", new Expectation(true), Where.cell("s.csv", "B2", 2, "397184"),
                FoundBy.CELL, List.of()).doubt()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.88                | 0.88",
        "-0.5                | -0.5",
        "−0.5                | -0.5",
        "0,88                | 0.88",
        "0{,}88              | 0.88",
        "$0.88$              | 0.88",
        "1e-3                | 0.001",
        "1/4                 | 0.25",
        "\\frac{1}{4}        | 0.25",
        "\\tfrac14           | 0.25",
        "9216                | 9216.0",
        ".5                  | 0.5",
    })
    void numbers(String written, String value) {
        assertThat(read(written)).isEqualTo(value);
    }

    /**
     * "9.216" where the answer is a whole number was read as 9.216: a German sheet groups thousands with a point.
     * "2.000" reads as 2 either way, and where the answer need not be whole the point stays a decimal point.
     */
    @Test
    void aPointGroupingThousandsIsReadSoWhereTheAnswerIsWhole() {
        Expectation whole = new Expectation(true);
        Parsed parsed = ValueParser.parse("9.216", whole);
        assertThat(((Parsed.Value) parsed).value().toString()).isEqualTo("9216.0");
        assertThat(((Parsed.Value) parsed).notes()).containsExactly("'9.216' was read as 9216 (a point grouping"
                + " thousands, as the answer is a whole number)");
        assertThat(read("1.000.000", whole)).isEqualTo("1000000.0");
        assertThat(read("2.000", whole)).isEqualTo("2.0");
        assertThat(read("9.2160", whole)).isEqualTo("9.216");
        assertThat(read("9.216")).isEqualTo("9.216");
        assertThat(read("0.125", whole)).isEqualTo("0.125");
    }

    /** A cell "two" for the stride, or "none" for the padding, was refused as no number. */
    @Test
    void aSmallWholeNumberWrittenAsAWordIsReadWhereTheAnswerIsOne() {
        Expectation wholeNumber = new Expectation(true, 0);
        Parsed two = ValueParser.parse("Two.", wholeNumber);
        assertThat(((Parsed.Value) two).value().toString()).isEqualTo("2.0");
        assertThat(((Parsed.Value) two).notes()).containsExactly("the word 'Two.' read as 2");
        assertThat(read("none", wholeNumber)).isEqualTo("0.0");
        assertThat(read("*twelve*", wholeNumber)).isEqualTo("12.0");
        // German "Padding: keine" was missing, unflagged.
        assertThat(read("keine", wholeNumber)).isEqualTo("0.0");
        assertThat(read("aucun", wholeNumber)).isEqualTo("0.0");
        // Not a number of its own, not a word for one, or not where a whole number is asked for.
        assertThat(read("thirteen", wholeNumber)).startsWith("refused");
        assertThat(read("same", wholeNumber)).startsWith("refused");
        assertThat(read("two", new Expectation(false, 0))).startsWith("refused");
        assertThat(read("two", new Expectation(true, 1))).startsWith("refused");
    }

    @Test
    void aMantissaTimesAPowerOfTenIsOneNumberNotItsMantissa() {
        Expectation whole = new Expectation(true);
        assertThat(read("2.048 × 10^5", whole)).isEqualTo("204800.0");
        assertThat(read("5.12 × 10²", whole)).isEqualTo("512.0");
        assertThat(read("1.6384 × 10⁵", whole)).isEqualTo("163840.0");
        assertThat(read("1.8464·10^4", whole)).isEqualTo("18464.0");
        assertThat(read("2.048 \\times 10^{5}", whole)).isEqualTo("204800.0");
        assertThat(read("1.5×10^-3")).isEqualTo("0.0015");
        assertThat(read("1.5 × 10⁻³")).isEqualTo("0.0015");
        assertThat(read("[[1.5×10^-3, 2], [1, 2]]")).isEqualTo("[[0.0015, 2.0], [1.0, 2.0]]");
        assertThat(read("3 × 10 × 10")).isEqualTo("[3.0, 10.0, 10.0]");
    }

    @Test
    void thousandsSeparatorsOnlyWhereTheReferenceIsWhole() {
        Expectation whole = new Expectation(true);
        assertThat(read("9,216", whole)).isEqualTo("9216.0");
        assertThat(read("9 216", whole)).isEqualTo("9216.0");
        assertThat(read("9\\,216", whole)).isEqualTo("9216.0");
        assertThat(read("397,434", whole)).isEqualTo("397434.0");
        assertThat(read("9,216")).isEqualTo("9.216");
        Parsed parsed = ValueParser.parse("0,88", Expectation.ANY);
        assertThat(((Parsed.Value) parsed).notes()).containsExactly("'0,88' was read as 0.88 (decimal comma)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[[0.5, 0.88], [0.98, 0.88]]                          | [[0.5, 0.88], [0.98, 0.88]]",
        "[0.5 0.88; 0.98 0.88]                                | [[0.5, 0.88], [0.98, 0.88]]",
        "\\begin{bmatrix} 0 & 2 \\\\ 4 & 2 \\end{bmatrix}     | [[0.0, 2.0], [4.0, 2.0]]",
        "\\begin{pmatrix} 0{,}5 & 1 \\\\ 1 & 0 \\end{pmatrix} | [[0.5, 1.0], [1.0, 0.0]]",
        "\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}    | [[1.0, 2.0], [3.0, 4.0]]",
        "$$K = \\begin{bmatrix} \\frac{1}{4} & \\frac{1}{4} \\\\ \\frac{1}{4} & \\frac{1}{4} \\end{bmatrix}$$ "
                + "| [[0.25, 0.25], [0.25, 0.25]]",
        "\\begin{vmatrix} −1 & 2 \\end{vmatrix}               | [[-1.0, 2.0]]",
        "[1, 2, 3]                                            | [1.0, 2.0, 3.0]",
        "0 2 0 2; 3 2 5 2                                     | [[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0]]",
        "[0 2 0 2; 3 2 5 2]                                   | [[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0]]",
        "[0,5 0,88; 0,98 0,88]                                | [[0.5, 0.88], [0.98, 0.88]]",
        "0,5 0,88; 0,98 0,88                                  | [[0.5, 0.88], [0.98, 0.88]]",
        "[0,5, 0,88]                                          | [0.5, 0.88]",
        "[[0,5, 0,88], [0,98, 0,88]]                          | [[0.5, 0.88], [0.98, 0.88]]",
        "[1,2,3]                                              | [1.0, 2.0, 3.0]",
        "'[[0.5  0.88]\n [0.98 0.88]]'                       | [[0.5, 0.88], [0.98, 0.88]]",
        "'[[0,5  0,88]\n [0,98 0,88]]'                       | [[0.5, 0.88], [0.98, 0.88]]",
        "'[[0. 2.]\n [3. 2.]]'                               | [[0.0, 2.0], [3.0, 2.0]]",
        "'array([[0.5 , 0.88],\n       [0.98, 0.88]])'       | [[0.5, 0.88], [0.98, 0.88]]",
        "np.array([1, 2, 3])                                  | [1.0, 2.0, 3.0]",
        "'tensor([[0.5000, 0.8800],\n        [0.9800, 0.8800]], dtype=torch.float64)' | [[0.5, 0.88], [0.98, 0.88]]",
        "'tensor([[1., 2.]], requires_grad=True)'             | [[1.0, 2.0]]",
        "'tensor([[1., 2.]], grad_fn=<AddBackward0>)'         | [[1.0, 2.0]]",
        "tensor(0.6931)                                       | 0.6931",
        "'[1 2\n 3 4]'                                       | [[1.0, 2.0], [3.0, 4.0]]",
        "'[1, 2,\n 3, 4]'                                    | [1.0, 2.0, 3.0, 4.0]",
        "'S = [[1, 2], [3, 4]]'                               | refused: 'S = [[1, 2], [3, 4]]' is not a number",
    })
    void matrices(String written, String value) {
        assertThat(read(written)).isEqualTo(value);
    }

    @Test
    void rowsOnSeparateLines() {
        assertThat(read("0.50 0.88\n0.98 0.88\n")).isEqualTo("[[0.5, 0.88], [0.98, 0.88]]");
        assertThat(read("0,50\t0,88\n0,98\t0,88")).isEqualTo("[[0.5, 0.88], [0.98, 0.88]]");
        assertThat(read("[1, 2]\n[3, 4]")).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "96×55×55                  | [96.0, 55.0, 55.0]",
        "96 x 55 x 55              | [96.0, 55.0, 55.0]",
        "(96, 55, 55)              | [96.0, 55.0, 55.0]",
        "$96 \\times 55 \\times 55$ | [96.0, 55.0, 55.0]",
        "100 × (128 × 256 × 256)   | [100.0, 128.0, 256.0, 256.0]",
        "256*6*6                   | [256.0, 6.0, 6.0]",
        "96·55·55                  | [96.0, 55.0, 55.0]",
        "96 * 55 * 55              | [96.0, 55.0, 55.0]",
        "96 \\cdot 55 \\cdot 55    | [96.0, 55.0, 55.0]",
        "$96 \\cdot 55$            | [96.0, 55.0]",
        "41 × 41                   | [41.0, 41.0]",
        "41 x 41                   | [41.0, 41.0]",
        "96@55×55                  | [96.0, 55.0, 55.0]",
        "6@28x28                   | [6.0, 28.0, 28.0]",
    })
    void shapes(String written, String value) {
        assertThat(read(written)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes | true", "No | false", "TRUE | true", "false | false", "ja | true", "Nein. | false",
        "'No, the eye is outside the receptive field' | false", "Answer: yes | true", "Yes. | true",
        "**No** | false", "'No – it is outside' | false", "antwort: ja | true",
        "Non. | false", "'Oui, il le voit' | true", "'Réponse : non' | false",
    })
    void booleans(String written, String value) {
        assertThat(read(written)).isEqualTo(value);
    }

    /** A French "Non." answering a yes-or-no part was missing, unflagged; a compound's first word is no answer. */
    @Test
    void frenchYesAndNoAreReadAndACompoundsFirstWordIsNot() {
        assertThat(read("Non.")).isEqualTo("false");
        assertThat(read("non-overlapping")).startsWith("refused");
        assertThat(read("no-padding")).startsWith("refused");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NaN                   | refused: NaN is not a number",
        "Infinity              | refused: an infinite value is not allowed",
        "-inf                  | refused: an infinite value is not allowed",
        "0x1F                  | refused: hexadecimal numbers (0x1F) are not read; write it in decimal",
        "12abc                 | refused: '12abc' is not a number",
        "[[1, 2], [3]]         | refused: ragged matrix: row 2 has 1 entries but row 1 has 2",
        "''                    | refused: nothing is written",
        "1/0                   | refused: '1/0' divides by zero",
        "1e400                 | refused: '1e400' is too large",
        "0x10                  | refused: hexadecimal numbers (0x10) are not read; write it in decimal",
        "nan                   | refused: NaN is not a number",
        "No padding was used   | refused: 'No padding was used' is not a number",
        "[[1, 2, 3, 4], [5, 6, 7]] | refused: ragged matrix: row 2 has 3 entries but row 1 has 4",
        "0 2 0 2; 3 2 5        | refused: ragged matrix: row 2 has 3 entries but row 1 has 4",
        "'1 2 3 4\n5 6 7'     | refused: ragged matrix: row 2 has 3 entries but row 1 has 4",
        "'[[1. 2.]\n [3.]]'    | refused: ragged matrix: row 2 has 1 entries but row 1 has 2",
        "[[1, 2], [3, 4]       | refused: the brackets of the matrix do not match",
        "'array([[1, 2]]'      | refused: the parenthesis of array(…) is not closed",
        "Answer:               | refused: nothing is written after 'Answer:'",
        "12%                   | refused: '12%' is a percentage, not a number: write it as one (0.12)",
        "−2.5 %                | refused: '-2.5 %' is a percentage, not a number: write it as one (-0.025)",
        "2026-01-04            | refused: '2026-01-04' is a date, not a number; the spreadsheet may have turned a fraction such as 1/4 into a date: type it as a number",
        "4.1.26                | refused: '4.1.26' is a date, not a number; the spreadsheet may have turned a fraction such as 1/4 into a date: type it as a number",
        "1/4/2                 | refused: '1/4/2' is a date, not a number; the spreadsheet may have turned a fraction such as 1/4 into a date: type it as a number",
    })
    void refusalsCarryAReason(String written, String outcome) {
        assertThat(read(written)).isEqualTo(outcome);
    }

    @Test
    void notesAreOnePerKindWithACount() {
        Parsed parsed = ValueParser.parse("[0,5 0,88; 0,98 0,88]", Expectation.ANY);
        assertThat(((Parsed.Value) parsed).notes())
                .containsExactly("4 numbers were read with a decimal comma (e.g. '0,5' as 0.5)");
        Answer answer = new Answer("S", "x", Optional.empty(), Optional.of("x"),
                Where.cell("s.xlsx", "C3", 3, "x"), FoundBy.CELL, List.of("'0,5' was read as 0.5 (decimal comma)",
                        "cell C3 holds the formula =A1; its saved value was used",
                        "'0,7' was read as 0.7 (decimal comma)", "cell C3 holds the formula =A1; its saved value was used"));
        assertThat(answer.notes()).containsExactly("2 numbers were read with a decimal comma (e.g. '0,5' as 0.5)",
                "cell C3 holds the formula =A1; its saved value was used (2 times)");
    }

    /** Texts as long as a cell may be that a backtracking pattern would take minutes or hours over. */
    static List<String> adversarial() {
        int size = ValueParser.MAX_LENGTH - 10;
        return List.of("1" + " ".repeat(4000) + "x/", "1" + " ".repeat(size) + "x/", "(" + " ".repeat(size) + "/",
                "1 ".repeat(size / 2) + "x", "1 x ".repeat(size / 4) + "(", "1 x (".repeat(size / 5),
                "[".repeat(size / 2) + "1", "[1 2".repeat(size / 4), "$".repeat(size) + "1", "\\frac{".repeat(size / 6),
                "9,999".repeat(size / 5), "1;".repeat(size / 2), "0x".repeat(size / 2), "1/".repeat(size / 2),
                "array(".repeat(size / 6), "1 1; ".repeat(size / 5) + "x", "1.".repeat(size / 2) + "e");
    }

    @ParameterizedTest
    @MethodSource("adversarial")
    void adversarialCellsAreReadInLinearTime(String text) {
        Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ValueParser.parse(text, Expectation.ANY));
        assertThat(parsed).isNotNull();
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ValueParser.parse(text + "\n" + text.replace(' ', '\t'), new Expectation(true)));
    }

    @Test
    void aValueIsATensorOrABoolean() {
        Parsed parsed = ValueParser.parse("[[1, 2]]", Expectation.ANY);
        assertThat(((Parsed.Value) parsed).value())
                .isEqualTo(new SheetValue.Numbers(Tensor.matrix(new double[] {1, 2})));
    }

    @Test
    void plainDecimalsAreExactlyWhatTheGeneralRulesRead() {
        for (String text : List.of("0", "-0", "7", "-12.5", "0.8807970779778823", "123456789012345678901234")) {
            assertThat(ValueParser.plainDecimal(text)).as(text).isTrue();
            assertThat(ValueParser.number(text, Expectation.ANY, new ArrayList<>()))
                    .isEqualTo(Double.parseDouble(text));
        }
        for (String text : List.of("", "-", ".5", "5.", "1e3", "0,5", "9 216", "+3", "1.2.3", "−1", "１", "0x1f",
                "1234567890123456789012345")) {
            assertThat(ValueParser.plainDecimal(text)).as(text).isFalse();
        }
    }

    /** The decimals with a comma {@link ValueParser#decimalComma} finds by hand, and those of them that are thousands. */
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern ONE_THOUSANDS_GROUP = Pattern.compile("-?\\d{1,3},\\d{3}");

    @Property(tries = 3000, seed = "20261201")
    void aDecimalCommaIsReadAsTheGeneralRulesReadIt(@ForAll @StringLength(min = 1, max = 5) @NumericChars String integer,
            @ForAll @StringLength(min = 1, max = 5) @NumericChars String fraction, @ForAll boolean negative,
            @ForAll boolean wholeExpected) {
        String text = (negative ? "-" : "") + integer + "," + fraction;
        List<String> notes = new ArrayList<>();
        double read = ValueParser.number(text, new Expectation(wholeExpected), notes);
        if (wholeExpected && ONE_THOUSANDS_GROUP.matcher(text).matches()) {
            assertThat(read).as(text).isEqualTo(Double.parseDouble(text.replace(",", "")));
            assertThat(notes).isEmpty();
        } else {
            assertThat(read).as(text).isEqualTo(Double.parseDouble(text.replace(',', '.')));
            assertThat(notes).containsExactly("'" + text + "' was read as " + text.replace(',', '.') + " (decimal comma)");
        }
    }

    @Property(tries = 3000, seed = "20261201")
    void onlyDecimalsWithACommaHaveADecimalComma(
            @ForAll @StringLength(max = 8) @Chars({'0', '7', ',', '.', '-', '+', ' ', 'e'}) String text) {
        assertThat(ValueParser.decimalComma(text) >= 0).as(text).isEqualTo(COMMA_DECIMAL.matcher(text).matches());
        if (COMMA_DECIMAL.matcher(text).matches()) {
            assertThat(text.charAt(ValueParser.decimalComma(text))).isEqualTo(',');
        }
    }

    /** The separators {@link ValueParser#separatedEntries} spells out by hand. */
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("\\s*,\\s+|\\s*\\t\\s*|\\s+|\\s*;\\s*");

    @Property(tries = 5000, seed = "20261122")
    void aRowIsSplitWhereItsSeparatorPatternMatches(
            @ForAll @StringLength(max = 12) @Chars({'1', '2', ',', ';', ' ', '\t', '\n', '.', '-'}) String row) {
        assertThat(ValueParser.separatedEntries(row)).as(row)
                .containsExactly(Arrays.stream(ENTRY_SEPARATOR.split(row)).filter(piece -> !piece.isEmpty())
                        .toArray(String[]::new));
    }

    @Test
    void aNumberTimesAMatrixIsTheScaledMatrix() {
        // Team E's averaging kernel, typeset "K = 1/4 [1 1; 1 1]": a quarter of ones, not ones.
        assertThat(read("1/4 · [[1, 1], [1, 1]]")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(read("0,5 * [[2, 4], [6, 8]]")).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
        assertThat(read("2 × [[1, x], [1, 1]]")).startsWith("refused");
    }

    /** "[[23, 8, - 8, - 23]]", a minus spaced from its number after a comma, was refused: "'-' is not a number". */
    @Test
    void aMinusSpacedFromItsNumberInAListIsTheNumbersSign() {
        assertThat(read("[[23, 8, - 8, - 23], [23, 8, - 8, - 23]]"))
                .isEqualTo("[[23.0, 8.0, -8.0, -23.0], [23.0, 8.0, -8.0, -23.0]]");
        // Between numbers that no comma parts, a lone sign is still no number's.
        assertThat(read("[1 - 2]")).startsWith("refused");
    }

    /**
     * "96,55,55" where a shape is asked for was refused ("is not a number") in a cell, and in a document the scanner read
     * 96.55: the value grammar knew no shape with its sides parted by commas alone. Where one number is asked for, a
     * comma between digits stays a decimal comma or groups thousands, as before.
     */
    @Test
    void sidesPartedByCommasAreAShapeWhereOneIsAskedAndADecimalCommaWhereANumberIs() {
        Expectation shape = Expectation.of(Tensor.vector(96, 55, 55));
        Parsed sides = ValueParser.parse("96,55,55", shape);
        assertThat(((Parsed.Value) sides).value().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(((Parsed.Value) sides).notes()).containsExactly(
                "'96,55,55' was read as the shape 96 × 55 × 55 (its sides parted by commas)");
        assertThat(read("96, 55, 55", shape)).isEqualTo("[96.0, 55.0, 55.0]");
        // Two numbers are a decimal unless the shape has two sides.
        assertThat(read("96,55", shape)).isEqualTo("96.55");
        assertThat(read("3,5", Expectation.of(Tensor.vector(3, 3)))).isEqualTo("[3.0, 5.0]");
        // One number asked for: a decimal comma, or a thousand where it is whole (a flattened size too).
        assertThat(read("0,25", Expectation.of(Tensor.scalar(0.5)))).isEqualTo("0.25");
        assertThat(read("96,55,55", Expectation.of(Tensor.scalar(7)))).startsWith("refused:");
        assertThat(read("9,216", Expectation.of(Tensor.vector(9216)))).isEqualTo("9216.0");
        // Commas grouping thousands make one number beside a document's shapes (a parameter count), noted where the
        // shape has as many sides.
        Parsed count = ValueParser.parse("1,327,488", shape);
        assertThat(((Parsed.Value) count).value().toString()).isEqualTo("1327488.0");
        assertThat(((Parsed.Value) count).notes()).anyMatch(note -> note.contains("write 1 × 327 × 488"));
    }
}
