package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Parser;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Answer;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Expectation;
import org.cnngrader.sheet.FoundBy;
import org.cnngrader.sheet.Where;
import org.junit.jupiter.api.Test;

/** The pieces of the grader one at a time: the rewrites of a reference, the key of a part, the diagnoses. */
class DiagnosisPiecesTest {

    private static final Rubric RUBRIC = RubricLoader.load("""
            partial: entries
            given:
              X: [[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]]
              K: [[0, 2, 0], [2, 1, 1], [0, 2, 0]]
              M: [[1, 2], [3, 4]]
              P: [1, 2, 3]
              L: [1, 2]
              Q: [[1, 2, 3]]
              W: [[1, 2, 3], [4, 5, 6]]
              Z: [[0, 2], [3, 4]]
              alexnet:
                input: [3, 227, 227]
                layers: [{conv: 96, kernel: 11, stride: 4}, {maxpool: 3, stride: 2}]
              batched:
                input: [2, 1, 8, 8]
                layers: [{conv: 4, kernel: 3}]
            questions:
              - id: "1"
                parts:
                  - id: S
                    points: 4
                    answer: "conv2d(X, K, padding=1)"
                    mistakes:
                      - {answer: "conv2d(X, K)", credit: 0.5, feedback: "Not padded."}
                      - {answer: "conv2d(X, K, padding=1, flip=true)"}
                  - {id: N, points: 2, answer: "M * 2"}
                  - {id: third, points: 2, answer: "M / 3"}
                  - {id: total, points: 1, answer: "sum(M)"}
                  - {id: vec, points: 1, answer: "P * 2"}
                  - {id: pair, points: 1, answer: "L * 3"}
                  - {id: flipped, points: 1, answer: "conv2d(X, K, padding=1, flip=true)"}
                  - {id: row, points: 1, answer: "Q * 2"}
                  - {id: wide, points: 1, answer: "W * 1"}
                  - {id: zeroed, points: 1, answer: "Z * 1"}
                  - {id: pool1, points: 1, answer: "output_shape(alexnet, 2)"}
                  - {id: conv_macs, points: 1, answer: "macs(batched, 1)"}
                  - {id: conv1_macs, points: 1, answer: "macs(alexnet, 1)"}
                  - {id: conv_params, points: 1, answer: "params(batched, 1)"}
            """, "pieces.yaml");
    private final Grader grader = new Grader(RUBRIC);

    private PartResult grade(String part, String written) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(part, Answer.read(part, written, Expectation.ANY, Where.cell("s.csv", "B2", 2, written),
                FoundBy.CELL, List.of()));
        AnswerSheet sheet = new AnswerSheet("T", List.of(), "s.csv", Optional.empty(), answers, List.of());
        return grader.grade(sheet, ManualScores.none()).parts().stream().filter(result -> result.id().equals(part))
                .findFirst().orElseThrow();
    }

    private static List<String> mutants(String expression) {
        return Slips.of(Parser.parse(expression), 2).stream().map(mutant -> mutant.expression().toString()).toList();
    }

    @Test
    void aRubricMistakeIsNamedFirstWithItsCredit() {
        PartResult unpadded = grade("S", "[[2, 5], [7.5, 2.5]]");
        assertThat(unpadded.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(unpadded.awarded()).isEqualTo(2);
        assertThat(unpadded.feedback()).contains("Not padded.");
        assertThat(unpadded.matched()).hasValue("conv2d(X, K)");
        PartResult flipped = grade("S", "[[0, 2, 0, 2], [4, 2, 5, 2], [2, 7.5, 2.5, 5.5], [4, 2, 5, 2]]");
        assertThat(flipped.feedback()).contains("This is a known mistake: conv2d(X, K, padding=1, flip=true).");
        assertThat(flipped.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(flipped.awarded()).isEqualTo(3);
    }

    @Test
    void aSlipSetsAnArgumentOnlyWhereItChangesSomething() {
        // valid is no padding: dropping it is no slip; a bias of 0 doubled is none either.
        assertThat(mutants("conv2d(X, K, padding=valid)")).noneMatch(text -> text.contains("padding=0"))
                .contains("conv2d(X, K, padding=same)").noneMatch(text -> text.contains("bias"));
        assertThat(mutants("conv2d(X, K, padding=0)")).noneMatch(text -> text.equals("conv2d(X, K, padding=valid)"))
                .contains("conv2d(X, K, padding=1)");
        assertThat(mutants("conv2d(X, K, bias=3)")).contains("conv2d(X, K, bias=3 * 2)", "conv2d(X, K, bias=0)");
        assertThat(mutants("conv2d(X, K, flip=true)")).contains("conv2d(X, K, flip=false)")
                .doesNotContain("conv2d(X, K, flip=true)");
        // A positional argument is changed in place; a window of a name cannot be shifted by one.
        assertThat(mutants("conv2d(X, K, 2)")).contains("conv2d(X, K, 1)");
        assertThat(mutants("maxpool2d(X, w)")).noneMatch(text -> text.contains("w + 1") || text.contains("maxpool2d(X, 1"));
    }

    @Test
    void anotherFunctionKeepsTheArgumentsItShares() {
        // dilation is max pooling's fifth parameter and average pooling has none: it is dropped, ceil_mode named.
        assertThat(mutants("maxpool2d(X, 2, 2, 0, 1, true)")).contains("avgpool2d(X, 2, 2, 0, ceil_mode=true)");
        assertThat(mutants("avgpool2d(X, 2, count_include_pad=false)")).contains("maxpool2d(X, 2)");
        assertThat(mutants("leaky_relu(X, 0.2)")).contains("sigmoid(X)", "leaky_relu(leaky_relu(X, 0.2), 0.2)", "X");
    }

    @Test
    void roundedIntermediatesRoundTheFirstArgumentOfACall() {
        assertThat(Slips.of(Parser.parse("sigmoid(conv2d(X, K))"), 3)).filteredOn(Slips.Mutant::acceptable)
                .extracting(mutant -> mutant.expression().toString())
                .containsExactly("sigmoid(round(conv2d(X, K), 3))", "sigmoid(conv2d(round(X, 3), K))");
        assertThat(Slips.of(Parser.parse("sigmoid([1, 2])"), 2)).noneMatch(Slips.Mutant::acceptable);
    }

    @Test
    void aSlipThatChangesTheShapeSaysHow() {
        Value four = Evaluator.constants().evaluate("[[1, 2], [3, 4]]");
        assertThat(PartKey.shapeChange(four, Evaluator.constants().evaluate("[[1]]"))).isEqualTo(": the map shrank to 1×1");
        assertThat(PartKey.shapeChange(four, Evaluator.constants().evaluate("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]")))
                .isEqualTo(": the map grew to 3×3");
        assertThat(PartKey.shapeChange(four, Evaluator.constants().evaluate("[1, 2, 3, 4]")))
                .isEqualTo(": the result is 4 instead of 2×2");
        assertThat(PartKey.shapeChange(four, Evaluator.constants().evaluate("[[4, 3], [2, 1]]"))).isEmpty();
        assertThat(PartKey.shapeChange(Value.TensorValue.of(2), Evaluator.constants().evaluate("[3]"))).isEmpty();
    }

    @Test
    void networkLayerSlipsGiveTheValueOfTheLayerAsked() {
        Map<String, String> slips = new LinkedHashMap<>();
        grader.keys("pool1").layerSlips().forEach(slip -> slips.put(slip.words(), Values.toLiteral(slip.value())));
        // conv 11/4 on 227 gives 55 (54 with the +1 forgotten), pooled 3/2 to 27 (26); pooling with stride 1 gives 53.
        assertThat(slips).containsEntry("in layer 1 (conv 96, kernel 11, stride 4, padding 0) the +1 of the output-size"
                + " formula ⌊(i + 2p − k)/s⌋ + 1 was forgotten", "[96, 26, 26]")
                .containsEntry("in layer 2 (maxpool 3, stride 2) the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1"
                        + " was forgotten", "[96, 26, 26]")
                .containsEntry("in layer 1 (conv 96, kernel 11, stride 4, padding 0) stride 1 was used instead of the"
                        + " given stride", "[96, 108, 108]")
                .containsEntry("in layer 2 (maxpool 3, stride 2) the stride was ignored: stride 1 instead of moving by"
                        + " the stride", "[96, 53, 53]");
        // A batch of 2: conv 3 on 8×8 gives 6×6 (5×5 with the +1 forgotten): 2·25·4·9 multiply-adds, not 2·36·4·9.
        assertThat(grader.keys("conv_macs").layerSlips()).extracting(slip -> Values.toLiteral(slip.value()))
                .contains("1800");
        // Without a batch: 54·54 positions instead of 55·55, each 96 filters of 3·11·11.
        assertThat(grader.keys("conv1_macs").layerSlips()).extracting(slip -> Values.toLiteral(slip.value()))
                .contains("101616768");
        // A layer's own +1 does not change its parameters.
        assertThat(grader.keys("conv_params").layerSlips()).noneMatch(slip -> slip.words().contains("+1"));
    }

    @Test
    void patternsNeedEveryEntry() {
        // 2, 4, 6, 9: not a constant factor (9 is not 2·4), not an offset; one entry is wrong against 2·M.
        PartResult almost = grade("N", "[[2, 4], [6, 9]]");
        assertThat(almost.feedback()).contains("One entry is wrong, an arithmetic slip: entry in row 2, column 2 is 9, expected 8.");
        assertThat(grade("N", "[[4, 8], [12, 16]]").feedback()).contains("Every entry is 2 times the expected one: a"
                + " constant factor.");
        assertThat(grade("N", "[[3, 5], [7, 9]]").feedback()).contains("Every entry is off by the same amount, 1.");
        assertThat(grade("N", "[[5, 8], [7, 9]]").feedback()).noneMatch(line -> line.contains("shifted")
                || line.contains("factor") || line.contains("same amount"));
        assertThat(grade("N", "[[6, 8], [6, 8]]").feedback()).contains("The answer is the expected matrix shifted by"
                + " one row: the window started in the wrong place.");
        assertThat(grade("N", "[[2, 6], [4, 8]]").feedback()).contains("The matrix is transposed: rows and columns"
                + " are swapped.");
        assertThat(grade("N", "[[8, 6], [4, 2]]").feedback()).contains("The matrix is rotated by 180°.");
    }

    @Test
    void aWrongEntryCutOffAfterTheDecimalsIsNamedAsRoundingNotAsASlip() {
        // M / 3 is 0.33, 0.67, 1, 1.33 (rounded half-up): 0.66 is 2/3 cut off after two decimals.
        PartResult cut = grade("third", "[[0.33, 0.66], [1, 1.33]]");
        assertThat(cut.feedback()).anyMatch(line -> line.startsWith("The wrong entries are rounded down (cut off"
                + " after 2 decimals) instead of rounded half-up: ") && line.endsWith(" is 0.67, not 0.66."))
                .noneMatch(line -> line.startsWith("One entry is wrong"));
        // 0.61 is no rounding of 2/3: an arithmetic slip in one entry.
        assertThat(grade("third", "[[0.33, 0.61], [1, 1.33]]").feedback()).contains("One entry is wrong, an"
                + " arithmetic slip: entry in row 1, column 2 is 0.61, expected 0.67.")
                .noneMatch(line -> line.contains("rounded down"));
    }

    @Test
    void aNumberHasNoPatternsAVectorOfTwoHas() {
        assertThat(grade("total", "11").feedback()).containsExactly("Incorrect.");
        assertThat(grade("pair", "[4, 7]").feedback()).containsExactly("0 of 2 entries are right.",
                "Every entry is off by the same amount, 1.");
    }

    @Test
    void theOneWrongEntryOfAVectorIsCountedFromOne() {
        // P * 2 is [2, 4, 6]: the second entry is wrong, as the student counts.
        assertThat(grade("vec", "[2, 5, 6]").feedback()).containsExactly("2 of 3 entries are right.",
                "One entry is wrong, an arithmetic slip: entry 2 is 5, expected 4.");
    }

    @Test
    void aTransposedMatrixIsNamedThoughItsShapeIsWrong() {
        PartResult transposed = grade("wide", "[[1, 4], [2, 5], [3, 6]]");
        assertThat(transposed.feedback()).containsExactly("Wrong shape: expected a 2×3 value, found 3×2.",
                "The matrix is transposed: rows and columns are swapped.");
        assertThat(grade("wide", "[[6, 5, 4], [3, 2, 1]]").feedback()).contains("The matrix is rotated by 180°.");
    }

    @Test
    void aConstantFactorIsFoundPastAZeroEntryAndNeverIsZero() {
        assertThat(grade("zeroed", "[[0, 4], [6, 8]]").feedback()).contains("Every entry is 2 times the expected one:"
                + " a constant factor.");
        // Nothing written is not "0 times" the answer, nor an offset, nor a shift.
        assertThat(grade("N", "[[0, 0], [0, 0]]").feedback()).containsExactly("0 of 4 entries are right.");
        assertThat(grade("N", "[[1, 3], [5, 7]]").feedback()).contains("Every entry is off by the same amount, -1.");
    }

    @Test
    void aShiftNeedsHalfTheEntriesToCompare() {
        assertThat(grade("N", "[[4, 4], [8, 8]]").feedback()).contains("The answer is the expected matrix shifted by"
                + " one column: the window started in the wrong place.");
        assertThat(grade("N", "[[5, 7], [2, 4]]").feedback()).contains("The answer is the expected matrix shifted by"
                + " one row: the window started in the wrong place.");
        // A matrix of one row has no row to shift into it; shifted by a column it is (2, 4, 6 → 4, 6, ?).
        assertThat(grade("row", "[[4, 6, 9]]").feedback()).contains("The answer is the expected matrix shifted by"
                + " one column: the window started in the wrong place.");
    }

    @Test
    void theWorkedSumUsesTheKernelAsTheConvolutionAppliesIt() {
        // flip=true turns K = [[0, 2, 0], [2, 1, 1], [0, 2, 0]] by 180°: its middle row is read 1, 1, 2.
        PartResult wrong = grade("flipped", "[[1, 2, 0, 2], [4, 2, 5, 2], [2, 7.5, 2.5, 5.5], [4, 2, 5, 2]]");
        assertThat(wrong.feedback()).contains("Row 1, column 1: 0·0 + 2·0 + 0·0 + 1·0 + 1·0 + 2·0 + 0·0 + 2·0 + 0·1"
                + " = 0, you wrote 1.");
    }

    @Test
    void aWrongAnswerMatchingNoKnownMistakeGetsTheUsualFeedback() {
        PartResult zeros = grade("S", "[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]");
        assertThat(zeros.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(zeros.feedback().get(0)).isEqualTo("2 of 16 entries are right.");
        assertThat(zeros.matched()).isEmpty();
    }

    @Test
    void aPaddingOneMoreOrLessIsNamedForWhatItDoes() {
        Map<String, String> words = new LinkedHashMap<>();
        Slips.of(Parser.parse("conv2d(X, K, padding=2)"), 2).forEach(mutant -> words.put(mutant.words(),
                mutant.expression().toString()));
        assertThat(words).containsEntry("the input was padded by one more than asked", "conv2d(X, K, padding=3)")
                .containsEntry("the input was padded by one less than asked", "conv2d(X, K, padding=1)");
    }
}
