package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * A formula part finds the formula its author wrote in a free-form document ({@link FormulaSpans} finds the
 * formulas, {@link Locator} decides which answers which part), as the seed CPEN455 student writes them.
 */
class FormulaLocationTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load("""
            questions:
              - id: "5"
                title: Grouped convolution
                parts:
                  - {id: vanilla_params, points: 1, formula: "N*K*K*C", symbols: [N, K, C], labels: [vanilla]}
                  - {id: grouped_params, points: 1, formula: "N*K*K*C/M", symbols: [N, K, C, M], labels: [grouped]}
              - id: "6"
                title: Depthwise separable convolution
                parts:
                  - {id: separable_params, points: 1, formula: "C*K*K + C*N", symbols: [C, K, N]}
                  - {id: vanilla_ops, points: 1, formula: "B*N*H*W*(2*K*K*C - 1)", symbols: [B, N, H, W, K, C]}
                  - {id: separable_ops, points: 1, formula: "B*H*W*C*(2*K*K - 1) + B*H*W*N*(2*C - 1)",
                     symbols: [B, H, W, C, K, N]}
            """, "inline.yaml"));

    private static Map<String, Answer> read(String text) {
        return Locator.locate(TextSheetReader.document(text, "answers.txt"), SPEC, new ArrayList<>()).answers();
    }

    private static List<int[]> spans(String line) {
        return FormulaSpans.scan(line, List.of("N", "K", "C", "M", "B", "H", "W"), new boolean[line.length()]);
    }

    private static List<String> formulas(String line) {
        return spans(line).stream().map(span -> line.substring(span[0], span[1])).toList();
    }

    /**
     * LibreOffice wrapped a Word sheet's long formula after a times sign ({@code … + B × H × W ×} / {@code N × (2 × C
     * − 1)}): only the first line was read, graded incorrect, taken by its place. A formula that ends its line with an
     * operator goes on at the next line; the formulas on the lines after it, each with its label, stay apart.
     */
    @Test
    void aFormulaWrappedAfterAnOperatorAtTheEndOfALineIsReadWhole() throws Exception {
        Path pdf = Path.of("src/test/resources/wrapped-formulas/sheet.pdf");
        List<String> formulas = Candidates.of(PdfSheetReader.document(pdf, "sheet.pdf", new ArrayList<>()),
                List.of("B", "H", "W", "C", "K", "N")).stream()
                .filter(candidate -> candidate.form() == Candidate.Form.FORMULA).map(Candidate::written).toList();
        assertThat(formulas).containsExactly(
                "B × H × W × C × (2 × K × K − 1) + B × H × W × N × (2 × C − 1)",
                "C × K × K + C × N",
                "B × N × H × W × (2 × K × K × C − 1)");
        assertThat(read("vanilla operations: B × N × H × W ×\n(2 × K × K × C − 1)\nseparable parameters: C × K × K + C × N")
                .get("vanilla_ops").written()).isEqualTo("B × N × H × W × (2 × K × K × C − 1)");
    }

    /**
     * A formula cut at an operator whose next line is prose is no shorter formula, and no missing answer either: its
     * label's line is unreadable, flagged with the text quoted. It was graded cut short, then missing, unflagged.
     */
    @Test
    void aFormulaEndingInAnOperatorBeforeProseIsNotGradedCutShort() {
        Answer answer = read("vanilla: N × K × K ×\nthe rest was lost").get("vanilla_params");
        assertThat(answer).isNotNull();
        assertThat(answer.value()).isEmpty();
        assertThat(answer.doubt()).hasValueSatisfying(reason -> assertThat(reason).contains("'N × K × K ×'"));
    }

    /**
     * A formula without a label, cut after its last operator, whose next line is prose: the part it answers by its
     * place was missing, graded 0 unflagged, and the next part took the formula after it by its place. The cut formula
     * holds its place: its part is unreadable, flagged with the text quoted, and the next formula answers the next
     * part.
     */
    @Test
    void anUnlabelledFormulaCutAtAnOperatorHoldsItsPlaceAndIsFlagged() throws Exception {
        Map<String, Answer> answers = read(Files.readString(
                Path.of("src/test/resources/cut-formulas/answers.md")));
        Answer cut = answers.get("vanilla_ops");
        assertThat(cut).isNotNull();
        assertThat(cut.value()).isEmpty();
        assertThat(cut.foundBy()).isEqualTo(FoundBy.ORDER);
        assertThat(cut.doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'B H W C (2 K^2 - 1) + B H W ×'").contains("cut after its last operator"));
        assertThat(answers.get("separable_params").written()).isEqualTo("C K^2 + C N");
        assertThat(answers.get("separable_ops").written()).isEqualTo("B H W C (2 K^2 - 1) + B H W N (2 C + 1)");
    }

    @Test
    void aFormulaEndsAtAWordThatIsNoSymbolAndAtItsValue() {
        assertThat(formulas("For C = 64 (no bias): vanilla N K^2 C = 73,728 parameters; grouped N K^2 C/M = 18,432."))
                .containsExactly("N K^2 C", "N K^2 C/M");
        assertThat(formulas("Multiplications: HWNK^2C for the vanilla one, HWC(K^2 + N) for the separable one."))
                .containsExactly("HWNK^2C", "HWC(K^2 + N)");
    }

    @Test
    void aNameWithADigitASectionNumberAndALoneSymbolAreNoFormulas() {
        assertThat(formulas("H1: 9600; H2: 204800")).isEmpty();
        assertThat(formulas("For C = 64, N = 128")).isEmpty();
        assertThat(formulas("5.1 N × K × K × C")).containsExactly("N × K × K × C");
        assertThat(formulas("$\\frac{N \\times K \\times K \\times C}{M}$")).containsExactly(
                "\\frac{N \\times K \\times K \\times C}{M}");
    }

    /**
     * Chromium prints each variable of a MathML formula as a mathematical italic letter (𝑁, U+1D441): no formula
     * was found in them, and the parts were missing. The fixture is such a PDF's text.
     */
    @Test
    void aFormulaInMathematicalItalicLettersIsReadInPlainOnes() throws Exception {
        Map<String, Answer> answers = read(Files.readString(
                Path.of("src/test/resources/math-letters/math-italic.md")));
        assertThat(answers.get("vanilla_params").written()).isEqualTo("N × K × K × C");
        assertThat(answers.get("grouped_params").written()).isEqualTo("N × K × K × C / M");
    }

    @Test
    void aFormulaFollowedByItsValueForAnInstanceIsTheAnswerNotATermOfAComputation() {
        Map<String, Answer> answers = read("""
                Problem 5
                For C = 64, N = 128, K = 3, M = 4: vanilla N K^2 C = 73,728 parameters; grouped N K^2 C/M = 18,432.
                """);
        assertThat(answers.get("vanilla_params").written()).isEqualTo("N K^2 C");
        assertThat(answers.get("vanilla_params").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("grouped_params").written()).isEqualTo("N K^2 C/M");
    }

    @Test
    void aFormulaThatDescribesAKernelIsNoCountButTheDisplayedOneIs() {
        // The seed: "N kernels of K × K, each of dimension C × K × K", then the count on a line of its own.
        Map<String, Answer> answers = read("""
                6 Problem 6
                Each of the N kernels of K × K has dimension C × K × K. The depthwise one has
                C × K × K
                parameters and the vanilla one does B × N × H × W × (2 × K × K × C − 1) operations.
                """);
        assertThat(answers.get("separable_params").written()).isEqualTo("C × K × K");
        assertThat(answers.get("separable_params").foundBy()).isEqualTo(FoundBy.ORDER);
        assertThat(answers.get("vanilla_ops").written()).isEqualTo("B × N × H × W × (2 × K × K × C − 1)");
        assertThat(answers.get("vanilla_ops").foundBy()).isEqualTo(FoundBy.MATCH);
    }

    @Test
    void aParameterRestatedFromThePartsTextIsNoAnswer() {
        // "crop P = 1" restates the part's "for S = 2, P = 1"; the side is the result on the next line.
        SheetSpec spec = SheetSpecs.of(RubricLoader.load("""
                questions:
                  - id: "3"
                    title: Transposed convolution
                    parts:
                      - {id: side, points: 1, text: "The output side for S = 2, P = 1.", answer: "conv_transpose_out(3, 3, stride=2, padding=1, output_padding=1)"}
                """, "inline.yaml"));
        Map<String, Answer> answers = Locator.locate(TextSheetReader.document("""
                3 Transposed convolution
                We scatter with stride 2 and crop P = 1 on every side; the
                output side is H = 2 · (3 − 1) − 2 + 3 = 5:
                """, "answers.txt"), spec, new ArrayList<>()).answers();
        assertThat(answers.get("side").value().orElseThrow().toString()).isEqualTo("5.0");
    }
}
