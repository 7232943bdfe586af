package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scanner of a student's written value on a megabyte of adversarial text, the value limit raised so that the
 * text is really scanned: each finishes within a generous bound (a hang test, not a benchmark). Text a pattern with
 * nested or overlapping quantifiers would take hours over finishes in well under a second in linear time.
 */
class LinearScanningTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ReadingLimits RAISED = ReadingLimits.of(List.of("value-chars=2000000"));

    /** {@code unit} repeated to a megabyte, then {@code end}. */
    private static String megabyte(String start, String unit, String end) {
        StringBuilder text = new StringBuilder(MEGABYTE + 64).append(start);
        while (text.length() < MEGABYTE) {
            text.append(unit);
        }
        return text.append(end).toString();
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(
                Arguments.of("a number, a megabyte of blanks, x/", megabyte("1", " ", "x/")),
                Arguments.of("unclosed shapes 1 x (", megabyte("", "1 x (", "")),
                Arguments.of("shapes 1 x 1 x … then a letter", megabyte("", "1 x ", "y")),
                Arguments.of("open parentheses", megabyte("", "(", "1")),
                Arguments.of("rows without a second row", megabyte("", "1 2 ", ";")),
                Arguments.of("rows 1 2; … then a letter", megabyte("", "1 2; ", "z")),
                Arguments.of("thousands groups", megabyte("1", ",000", ",00")),
                Arguments.of("spaced thousands", megabyte("1", " 000", " 00x")),
                Arguments.of("decimal commas and blanks", megabyte("", "0,5 ", "x")),
                Arguments.of("hexadecimal", megabyte("0x", "f", "g")),
                Arguments.of("unclosed fractions", megabyte("", "\\frac{1", "")),
                Arguments.of("fractions with blanks", megabyte("\\frac", " ", "{1")),
                Arguments.of("text commands", megabyte("", "\\text{", "}")),
                Arguments.of("unclosed environments", megabyte("", "\\begin{bmatrix} 1 & ", "")),
                Arguments.of("environment names never closed", megabyte("", "\\begin{", "}")),
                Arguments.of("digits", megabyte("", "1", "x")),
                Arguments.of("parentheses and blanks", megabyte("((", " ", "1 x 2")),
                Arguments.of("dollars", megabyte("", "$", "1")),
                Arguments.of("wrappers", megabyte("", "tensor(", "1")),
                Arguments.of("unclosed lists", megabyte("", "[1, ", "")),
                Arguments.of("nested lists", megabyte("[[[", "1, 2, ", "]]")),
                Arguments.of("answer labels", megabyte("", "answer: ", "1")),
                Arguments.of("booleans", megabyte("", "yes ", "1")),
                Arguments.of("lines of blanks", megabyte("1", " \n", "x")),
                Arguments.of("signs", megabyte("", "-", "1")),
                Arguments.of("exponents", megabyte("1", "e", "1")),
                Arguments.of("divisions", megabyte("", "1/", "1")),
                Arguments.of("points", megabyte("1", ".", "1")),
                Arguments.of("times signs", megabyte("1", " \\times ", "")),
                Arguments.of("ampersands", megabyte("1", " & ", "\\\\")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void valueParsingIsLinear(String attack, String text) throws Exception {
        for (Expectation expectation : List.of(Expectation.ANY, new Expectation(true), new Expectation(false, 2),
                Expectation.formula(List.of("N", "K", "C")))) {
            Parsed parsed = assertTimeoutPreemptively(BOUND, () -> RAISED.within(
                    () -> ValueParser.parse(text, expectation)), attack);
            assertThat(parsed).as(attack).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void eachScannerIsLinearFromOneStart(String attack, String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            ValueSyntax.numberEnd(text, 0, true);
            ValueSyntax.numberEnd(text, 0, false);
            ValueSyntax.thousandsEnd(text, 0, true);
            ValueSyntax.thousandsEnd(text, 0, false);
            ValueSyntax.hexadecimalEnd(text, 0);
            ValueSyntax.rowsEnd(text, 0, new int[1]);
            ValueSyntax.booleanAt(text, 0);
            ValueSyntax.answerLabelEnd(text, 0);
            ValueSyntax.wrapperLength(text, 0);
            ValueParser.clean(text);
            ValueParser.separatedEntries(text);
            ValueParser.decimalComma(text);
            ValueParser.plainDecimal(text);
        }, attack);
    }

    /**
     * A shape tried at every digit of a megabyte, as the free-form scanner tries them, costs each start a bounded
     * window: a few hundred million steps at worst, where reading on to the end from each start would be 10^12. The
     * bound is wider than the others (the window makes it the costliest scan here, and the machine is shared).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void shapesTriedAtEveryDigitAreBounded(String attack, String text) {
        assertTimeoutPreemptively(BOUND.multipliedBy(3), () -> {
            for (int start = 0; start < text.length(); start++) {
                if (Characters.isAsciiDigit(text.charAt(start))) {
                    ValueSyntax.shapeEnd(text, start);
                }
            }
        }, attack);
    }

    /** A formula's names split into the rubric's symbols, even where one symbol is two others written together. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void formulaReadingIsBounded(String attack, String text, List<String> symbols) {
        FormulaSyntax.Reading reading = assertTimeoutPreemptively(BOUND, () -> FormulaSyntax.read(text, symbols),
                attack);
        assertThat(reading).as(attack).isInstanceOf(FormulaSyntax.Reading.Refused.class);
    }

    static Stream<Arguments> formulas() {
        List<String> overlapping = List.of("N", "C", "NC", "CN");
        return Stream.of(
                Arguments.of("a name of symbols that split many ways", "NC".repeat(900) + "X", overlapping),
                Arguments.of("a megabyte of one symbol", "N".repeat(MEGABYTE) + "X", List.of("N", "K")),
                Arguments.of("open parentheses", "(".repeat(1900) + "N", List.of("N")),
                Arguments.of("powers", "N^".repeat(900) + "^", List.of("N")),
                Arguments.of("products of blanks", "N" + " ".repeat(1900) + "*", List.of("N")));
    }

    /** A megabyte line of a dictionary's keys, or of braces never closed, is read in linear time. */
    @Test
    void dictionaryKeysAreOpenedInLinearTime() {
        for (String text : List.of(megabyte("{", "'a': 1, ", "}"), megabyte("", "{", ""), megabyte("{", "'", "}"))) {
            assertThat(assertTimeoutPreemptively(BOUND, () -> TextSheetReader.withDictionaryKeysAsLabels(text)))
                    .hasSameSizeAs(text);
        }
    }

    /** A megabyte line of unclosed or unending HTML in Markdown is rendered in linear time. */
    @Test
    void markdownsHtmlIsRenderedInLinearTime() {
        for (String unit : List.of("<s>", "<del x", "<br>", "<span style='line-through'>", "&times", "<font ", "<tr>",
                "<tr>\n<td>")) {
            String text = megabyte(" ", unit, "");
            assertThat(assertTimeoutPreemptively(BOUND, () -> MarkdownHtml.asShown(text, new ArrayList<>())))
                    .as(unit).hasSameSizeAs(text);
        }
    }

    /**
     * A long line of blanks after a problem's word ({@code Q}), or of colons before question words ({@code x: is}),
     * is read in linear time: the patterns telling a problem restated were quadratic on both.
     */
    @Test
    void aProblemRestatedIsToldInLinearTime() {
        SheetSpec spec = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        for (String line : List.of("Q" + " ".repeat(200_000) + "stride = 2", "x: is ".repeat(40_000) + "stride = 2")) {
            AnswerSheet sheet = assertTimeoutPreemptively(BOUND, () -> Locator.locate(TextSheetReader.document(
                    "## 1.4 Pooling transformed into convolution\n" + line + "\n", "long.md"), spec,
                    new ArrayList<>()));
            assertThat(sheet.answers()).as(line.substring(0, 6)).containsKey("avg_stride");
        }
    }

    /**
     * A notebook's code of long lines before the cell that prints an answer: a string of data (a base64 image), a
     * comment of backslashes after an open quote, a line of {@code for stride } repeated. Looking for the assignment an
     * output may be stale against overflowed the stack on the first (the notebook unreadable) and took minutes on the
     * others.
     */
    @Test
    void aNotebooksCodeIsSearchedForAssignmentsInLinearTime(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        SheetSpec spec = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        String source = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(List.of(
                "logo = \"" + "A".repeat(MEGABYTE) + "\"\n", "# data in \"C:" + "\\d".repeat(50_000) + "\n",
                "for stride ".repeat(20_000) + "\n", "stride = 2\n", "print(f\"Stride: {stride}\")"));
        Path notebook = folder.resolve("long.ipynb");
        Files.writeString(notebook, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"## 1.4 Pooling transformed into"
                + " convolution\"}, {\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": 1, \"outputs\":"
                + " [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"Stride: 2\\n\"}], \"source\": "
                + source + "}]}");
        AnswerSheet sheet = assertTimeoutPreemptively(BOUND, () -> new NotebookSheetReader().read(notebook,
                "long.ipynb", spec).get(0));
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(sheet.answers().get("avg_stride").doubt()).isEmpty();
    }

    /** Blanks between a layer's name and a value elsewhere are passed in linear time, found or not. */
    @Test
    void aLayersNameBeforeAValueElsewhereIsToldInLinearTime() {
        SheetSpec spec = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        String text = "## 1.1 Kernels\npool2:" + " ".repeat(200_000) + "( 256 × 12 × 12\n## 1.5 Dimensions of CNN layers\n"
                + "conv1: 96 × 55 × 55\n";
        AnswerSheet sheet = assertTimeoutPreemptively(BOUND, () -> Locator.locate(TextSheetReader.document(text,
                "long.md"), spec, new ArrayList<>()));
        assertThat(sheet.answers()).containsKey("conv1_shape");
    }

    /** Blanks after a number in a layer's row are passed once where a kernel's size is looked for (it was quadratic). */
    @Test
    void aKernelsSizeIsLookedForInLinearTime() {
        SheetSpec spec = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        String text = "## 1.5 Dimensions of CNN layers\n- conv1: 96" + " ".repeat(100_000) + "y\npool1: 96 × 27 × 27\n";
        AnswerSheet sheet = assertTimeoutPreemptively(BOUND, () -> Locator.locate(TextSheetReader.document(text,
                "long.md"), spec, new ArrayList<>()));
        assertThat(sheet.answers()).containsKey("pool1_shape");
    }

    @Test
    void aTextFileOfUnclosedMatrixEnvironmentsIsReadInOnePass() {
        // 300 KB of "\\begin{bmatrix} 1 & 2 \\\\" lines: each \\begin once looked for its \\end to the file's end.
        String text = "\\begin{bmatrix} 1 & 2 \\\\\n".repeat(12_000);
        Document document = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TextSheetReader.document(text,
                "unclosed.tex"));
        assertThat(document.environments()).isEmpty();
        assertThat(TextSheetReader.document("S = \\begin{bmatrix} 1 \\end{pmatrix} \\begin{pmatrix} 2 \\end{pmatrix}",
                "mixed.tex").environments()).extracting(Document.Environment::latex)
                .containsExactly("\\begin{pmatrix} 2 \\end{pmatrix}");
    }
}
