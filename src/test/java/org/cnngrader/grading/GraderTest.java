package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Answer;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Expectation;
import org.cnngrader.sheet.FoundBy;
import org.cnngrader.sheet.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraderTest {

    private static final Rubric RUBRIC = RubricLoader.load("""
            partial: entries
            given:
              X: [[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]]
              K: [[0, 2, 0], [2, 1, 1], [0, 2, 0]]
              B: [[1, 2], [3, 4]]
              net:
                input: [3, 32, 32]
                layers: [{conv: 8, kernel: 5}, {maxpool: 2}, {conv: 16, kernel: 3}]
            questions:
              - id: "1"
                parts:
                  - {id: S, points: 4, answer: "conv2d(X, K, padding=same)"}
                  - {id: A, points: 4, answer: "sigmoid(S)"}
                  - {id: half, points: 1, answer: "1/8"}
                  - {id: M, points: 2, answer: "B / 3", partial: none}
                  - {id: rate, points: 1, answer: "9216", tolerance: 1%}
                  - {id: yes_no, points: 1, answer: "1 == 1"}
                  - {id: first, points: 1, answer: "output_shape(net, 1)"}
                  - {id: third, points: 1, answer: "output_shape(net, 3)", follow_through: 0.5}
                  - {id: open, points: 2, check: "answer @ [1, 1] == [2, 2]"}
                  - {id: essay, points: 3, manual: true}
                  - id: P
                    points: 2
                    answer: "B * 2"
                    accept:
                      - {answer: "B * 2 + [[0, 0], [0, 1]]", credit: 0.5, feedback: "The bias is counted twice."}
                      - {answer: "B * 2 + [[0, 0], [1, 0]]", credit: 0.9}
                  - {id: thirds, points: 1, answer: "[[1, 2, 3]]"}
                  - {id: count, points: 2, formula: "N*K*K", symbols: [N, K], instance: {N: 4, K: 3}}
                  - {id: general, points: 2, formula: "N*K*K", symbols: [N, K]}
            """, "inline.yaml");
    private final Grader grader = new Grader(RUBRIC);

    private PartResult grade(Map<String, String> written, String part) {
        return grade(written, part, ManualScores.none());
    }

    private PartResult grade(Map<String, String> written, String part, ManualScores manual) {
        return grader.grade(sheet(written), manual).parts().stream().filter(result -> result.id().equals(part))
                .findFirst().orElseThrow();
    }

    /** An answer as read from line {@code line} of a document, found in the way given. */
    private static Answer onLine(String id, String text, int line, FoundBy foundBy) {
        return Answer.read(id, text, Expectation.ANY, Where.line("answers.md", 0, line, text), foundBy, List.of());
    }

    /** A document of team T with these answers, every question headed. */
    private static AnswerSheet document(Map<String, Answer> answers) {
        return new AnswerSheet("T", List.of(), "answers.md", Optional.empty(), answers, List.of());
    }

    /** A sheet of team T with these answers, each as written in a cell. */
    private static AnswerSheet sheet(Map<String, String> written) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        written.forEach((id, text) -> answers.put(id, Answer.read(id, text, Expectation.ANY,
                Where.cell("sheet.csv", "B2", 2, text), FoundBy.CELL, List.of())));
        return new AnswerSheet("T", List.of(), "sheet.csv", Optional.empty(), answers, List.of());
    }

    /**
     * A value its label names beside another (the printed {@code AvgPool2d(stride=2)} beside the student's "the
     * stride is 1") was graded correct without a doubt: right or wrong, such a reading is reviewed, with the reason.
     */
    @Test
    void aReadingInDoubtIsReviewedWhateverItsGrade() {
        Answer doubted = onLine("half", "0.125", 4, FoundBy.LABEL).doubted("'half' also names 0.5 (line 3)");
        PartResult result = grader.grade(document(Map.of("half", doubted)), ManualScores.none()).part("half")
                .orElseThrow();
        assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(result.review().needed()).isTrue();
        assertThat(result.notes()).containsExactly("'half' also names 0.5 (line 3)");
        // The cohort files keep a part's score only, and the reason with it: the summary says why to look.
        assertThat(result.scoreOnly().review()).isEqualTo(new Review.Noted("'half' also names 0.5 (line 3)"));
        assertThat(grader.grade(document(Map.of("half", onLine("half", "0.125", 4, FoundBy.LABEL))),
                ManualScores.none()).part("half").orElseThrow().review().needed()).isFalse();
    }

    @Test
    void aValueThatRoundsCorrectlyIsRight() {
        assertThat(grade(Map.of("half", "0.12"), "half").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(Map.of("half", "0.13"), "half").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(Map.of("half", "0.14"), "half").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(grade(Map.of("rate", "9,300"), "rate").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(grade(Map.of("rate", "9300"), "rate").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(Map.of("yes_no", "yes"), "yes_no").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(Map.of("yes_no", "no"), "yes_no").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void entriesEarnTheirFractionUnlessThePartSaysNone() {
        PartResult partial = grade(Map.of("S", "[[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,9]]"), "S");
        assertThat(partial.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(partial.awarded()).isEqualTo(4 * 15 / 16.0);
        assertThat(partial.wrongEntries()).containsExactly(15);
        PartResult none = grade(Map.of("M", "[[0.33, 0.67], [1, 1.5]]"), "M");
        assertThat(none.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(none.awarded()).isZero();
    }

    @Test
    void aWrongShapeIsNamed() {
        PartResult wrong = grade(Map.of("S", "[[2, 5], [7.5, 2.5]]"), "S");
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(wrong.feedback().get(0)).isEqualTo("Wrong shape: expected a 4×4 value, found 2×2.");
        assertThat(wrong.feedback()).anyMatch(line -> line.equals("This matches the result when the input was not padded (valid instead of the padding asked for): the map"
                        + " shrank to 2×2."));
    }

    @Test
    void theFlippedKernelIsDiagnosedWithTheWorkedSum() {
        PartResult flipped = grade(Map.of("S", "[[0,2,0,2],[4,2,5,2],[2,7.5,2.5,5.5],[4,2,5,2]]"), "S");
        assertThat(flipped.matched()).hasValueSatisfying(slip -> assertThat(slip).contains("flipped"));
        assertThat(String.join(" ", flipped.feedback()))
                .contains("This matches the result when the kernel was flipped by 180°")
                .contains("Row 2, column 1: 0·0 + 2·0 + 0·0 + 2·0 + 1·0 + 1·1 + 0·0 + 2·1 + 0·0.5 = 3, you wrote 4.");
    }

    @Test
    void followThroughComesFromTheStudentsOwnUpstreamAnswer() {
        Map<String, String> written = Map.of("S", "[[1,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]",
                "A", "[[0.73,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.88]]");
        PartResult carried = grade(written, "A");
        assertThat(carried.verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(carried.awarded()).isEqualTo(4);
    }

    @Test
    void neverFollowThroughFromAConstantUpstreamAnswer() {
        Map<String, String> written = Map.of("S", "[[0,0,0,0],[0,0,0,0],[0,0,0,0],[0,0,0,0]]",
                "A", "[[0.5,0.5,0.5,0.5],[0.5,0.5,0.5,0.5],[0.5,0.5,0.5,0.5],[0.5,0.5,0.5,0.5]]");
        PartResult result = grade(written, "A");
        assertThat(result.verdict()).isNotEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(result.awarded()).isLessThan(4);
    }

    @Test
    void roundedIntermediatesAreAcceptedAndNamed() {
        // sigmoid of S rounded to two decimals first equals the exact one here, so use a value that differs:
        // round(S) is S (integers and halves); the slip is still declared and harmless.
        PartResult exact = grade(Map.of("A", "[[0.5,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],"
                + "[0.95,0.88,0.99,0.88]]"), "A");
        assertThat(exact.verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void aNetworksLaterLayerFollowsFromTheStudentsEarlierOne() {
        // conv 5 on 32 gives 28; a student who wrote 27 gets layer 3 from 27: pool 2 gives 13, conv 3 gives 11.
        Map<String, String> written = Map.of("first", "8×27×27", "third", "16×11×11");
        assertThat(grade(written, "first").verdict()).isEqualTo(Verdict.INCORRECT);
        PartResult third = grade(written, "third");
        assertThat(third.verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(third.awarded()).isEqualTo(0.5);
        assertThat(grade(Map.of("first", "8×28×28", "third", "16×12×12"), "third").verdict())
                .isEqualTo(Verdict.CORRECT);
    }

    @Test
    void aShapeWrittenChannelsLastIsNamedInEachLayerWithoutACascade() {
        // AlexNet's figure writes H × W × C: 28 × 28 × 8 for PyTorch's 8 × 28 × 28, and so on down the network.
        Map<String, String> written = Map.of("first", "28 × 28 × 8", "third", "12 × 12 × 16");
        for (String part : List.of("first", "third")) {
            PartResult result = grade(written, part);
            assertThat(result.verdict()).as(part).isEqualTo(Verdict.INCORRECT);
            assertThat(result.awarded()).as(part).isZero();
            assertThat(result.matched()).as(part).hasValueSatisfying(words -> assertThat(words)
                    .startsWith("the shape is written channels last (H × W × C)"));
            assertThat(result.feedback()).as(part).contains("This matches the result when the shape is written channels"
                    + " last (H × W × C): PyTorch orders a feature map C × H × W, after the batch N if there is one.");
        }
        // The next layer written channels first is right, whatever order the earlier one was written in.
        assertThat(grade(Map.of("first", "28 × 28 × 8", "third", "16 × 12 × 12"), "third").verdict())
                .isEqualTo(Verdict.CORRECT);
    }

    /**
     * A shape written channels last with a layer's slip too, 27 × 27 × 8 for 8 × 28 × 28 (32 − 5 = 27: the +1 of the
     * output size forgotten), got a bare "Incorrect.": each slip alone was named, the two together were not.
     */
    @Test
    void aShapeWrittenChannelsLastWithALayersSlipNamesBoth() {
        PartResult result = grade(Map.of("first", "27 × 27 × 8"), "first");
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.awarded()).isZero();
        assertThat(result.matched()).hasValueSatisfying(words -> assertThat(words)
                .contains("the +1 of the output-size formula")
                .contains(", and the shape is written channels last (H × W × C)"));
        assertThat(result.feedback()).anySatisfy(line -> assertThat(line).startsWith("This matches the result when in"
                + " layer 1"));
    }

    @Test
    void aMapWhoseChannelsEqualItsSidesReadsTheSameInEitherOrderAndIsNoSlip() {
        Rubric square = RubricLoader.load("""
                given:
                  net:
                    input: [1, 10, 10]
                    layers: [{conv: 6, kernel: 5}, {conv: 4, kernel: 3}]
                questions:
                  - id: "1"
                    parts:
                      - {id: first, points: 1, answer: "output_shape(net, 1)"}
                      - {id: second, points: 1, answer: "output_shape(net, 2)"}
                """, "square.yaml");
        Map<String, String> written = Map.of("first", "6 × 6 × 6", "second", "4 × 4 × 4");
        TeamResult result = new Grader(square).grade(sheet(written), ManualScores.none());
        assertThat(result.part("first").orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
        // 4 × 4 × 4 is right too: the 6 × 6 × 6 map convolved with 3 × 3 gives 4 × 4 with 4 channels.
        assertThat(result.part("second").orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(PartKey.of(square, square.parts().get(0), (org.cnngrader.rubric.PartKind.Answer) square.parts()
                .get(0).kind()).slips()).extracting(PartKey.Slipped::words).noneMatch(words -> words.contains(
                "channels last"));
    }

    @Test
    void aLayersParametersAndMultiplyAddsFollowFromTheStudentsEarlierShape() {
        // conv 5 on 28 gives 4×24×24, pooled 4×12×12, so the linear layer has 576·10 + 10 parameters.
        // A student who wrote 4×26×26 pools to 4×13×13 and has 676 inputs: 6,770 parameters, 6,760 without
        // bias, 6,760 multiply-adds.
        Grader grader = new Grader(RubricLoader.load("""
                given:
                  net:
                    input: [1, 28, 28]
                    layers: [{conv: 4, kernel: 5}, {maxpool: 2}, flatten, {linear: 10}]
                questions:
                  - id: "2"
                    parts:
                      - {id: conv_shape, points: 1, answer: "output_shape(net, 1)"}
                      - {id: fc_params, points: 1, answer: "params(net, 4)"}
                      - {id: fc_weights, points: 1, answer: "params(net, layer=4, bias=false)"}
                      - {id: fc_macs, points: 1, answer: "macs(net, 4)"}
                      - {id: fc_macs_again, points: 1, answer: "macs(net, 4)"}
                """, "layers.yaml"));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        grader.grade(sheet(Map.of("conv_shape", "4×26×26", "fc_params", "6770", "fc_weights", "6760", "fc_macs", "6760",
                "fc_macs_again", "1234")), ManualScores.none()).parts()
                .forEach(part -> verdicts.put(part.id(), part.verdict()));

        assertThat(verdicts).containsEntry("conv_shape", Verdict.INCORRECT)
                .containsEntry("fc_params", Verdict.FOLLOW_THROUGH).containsEntry("fc_weights", Verdict.FOLLOW_THROUGH)
                .containsEntry("fc_macs", Verdict.FOLLOW_THROUGH).containsEntry("fc_macs_again", Verdict.INCORRECT);
    }

    @Test
    void openQuestionsAreCheckedOnTheStudentsValue() {
        assertThat(grade(Map.of("open", "[[1, 1], [2, 0]]"), "open").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(Map.of("open", "[[1, 1], [1, 0]]"), "open").verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(grade(Map.of("open", "[1, 2, 3]"), "open").feedback().get(0)).startsWith("This could not be checked");
    }

    /** An answer its check cannot use scored 0, incorrect, while its feedback said only that it "could not be checked". */
    @Test
    void anAnswerTheCheckCannotUseIsToldItIsGradedIncorrect() {
        PartResult unusable = grade(Map.of("open", "[1, 2, 3]"), "open");
        assertThat(unusable.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(unusable.feedback().get(0)).contains("graded incorrect");
    }

    @Test
    void missingUnreadableAndManualParts(@TempDir Path folder) throws Exception {
        assertThat(grade(Map.of(), "S").verdict()).isEqualTo(Verdict.MISSING);
        PartResult unreadable = grade(Map.of("S", "NaN"), "S");
        assertThat(unreadable.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(unreadable.feedback().get(0)).isEqualTo("Your answer could not be read: NaN is not a number.");
        Path scores = folder.resolve("manual.csv");
        Files.writeString(scores, "team,part,points,comment\nT,essay,2.5,Good argument\n");
        PartResult manual = grade(Map.of(), "essay", ManualScores.read(scores));
        assertThat(manual.verdict()).isEqualTo(Verdict.MANUAL);
        assertThat(manual.awarded()).isEqualTo(2.5);
        assertThat(manual.feedback()).containsExactly("Good argument");
    }

    /** A name two teams share is known only after both are graded; the renamed result must be the one grading would give. */
    @Test
    void aRenamedResultIsTheResultOfTheSheetUnderThatName(@TempDir Path folder) throws Exception {
        Path scores = folder.resolve("manual.csv");
        Files.writeString(scores, "team,part,points,comment\nT,essay,1,Under the old name\nT (sheet.csv),essay,2.5,Good\n");
        ManualScores manual = ManualScores.read(scores);
        AnswerSheet sheet = sheet(Map.of("half", "0.125", "essay", "Because"));

        TeamResult renamed = grader.renamed(grader.grade(sheet, manual), "T (sheet.csv)", manual);

        assertThat(renamed).isEqualTo(grader.grade(sheet.withTeam("T (sheet.csv)"), manual));
        assertThat(renamed.total()).isEqualTo(1 + 2.5);
        AnswerSheet unreadable = AnswerSheet.unreadable("T", "t.pdf", "the PDF is password-protected");
        assertThat(grader.renamed(grader.grade(unreadable, manual), "T (t.pdf)", manual))
                .isEqualTo(grader.grade(unreadable.withTeam("T (t.pdf)"), manual));
    }

    @Test
    void anUnreadableSubmissionScoresNothingWithTheReason() {
        AnswerSheet sheet = AnswerSheet.unreadable("T", "t.pdf", "the PDF is password-protected");
        TeamResult result = grader.grade(sheet, ManualScores.none());
        assertThat(result.status()).isEqualTo("unreadable");
        assertThat(result.total()).isZero();
        assertThat(result.parts()).allMatch(part -> part.verdict() == Verdict.UNREADABLE);
    }

    /** The CPEN455 rubric's XOR check uses the recorded weights only: it runs without an answer of its own. */
    @Test
    void aCheckOfOtherPartsOnlyRunsWithoutAnAnswerOfItsOwnAndIsUncheckedWithoutThem() {
        Rubric rubric = RubricLoader.load("""
                given:
                  x: [1, 2]
                questions:
                  - id: "1"
                    title: Weights
                    parts:
                      - {id: w, text: "w (2)"}
                      - {id: works, points: 2, check: "sum(w * x) == 5"}
                """, "inline.yaml");
        Grader grader = new Grader(rubric);
        PartResult works = grader.grade(sheet(Map.of("w", "[1, 2]")), ManualScores.none()).parts().stream()
                .filter(result -> result.id().equals("works")).findFirst().orElseThrow();
        assertThat(works.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(works.awarded()).isEqualTo(2.0);
        PartResult wrong = grader.grade(sheet(Map.of("w", "[2, 2]")), ManualScores.none()).parts().stream()
                .filter(result -> result.id().equals("works")).findFirst().orElseThrow();
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
        PartResult unchecked = grader.grade(sheet(Map.of()), ManualScores.none()).parts().stream()
                .filter(result -> result.id().equals("works")).findFirst().orElseThrow();
        assertThat(unchecked.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(grader.grade(sheet(Map.of()), ManualScores.none()).part("w").orElseThrow().feedback())
                .containsExactly("Not found; other parts need it.");
        assertThat(unchecked.feedback().get(0)).contains("it needs your answer to w");
    }

    @Test
    void aRightAnswerIsCorrectEvenWhenItAlsoFollowsFromAWrongUpstreamAnswer() {
        // S is off by 0.01 in one entry (wrong), but sigmoid of it rounds to the same A: A is right, not carried.
        Map<String, String> written = Map.of("S", "[[0.01,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]",
                "A", "[[0.5,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.88]]");
        assertThat(grade(written, "S").verdict()).isEqualTo(Verdict.PARTIAL);
        PartResult right = grade(written, "A");
        assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(right.feedback()).containsExactly("Correct.");
        assertThat(right.matched()).isEmpty();
        assertThat(right.review().needed()).isFalse();
    }

    @Test
    void theBestCreditWinsBetweenTheReferenceAndTheAcceptedVariants() {
        // One entry off: 3 of 4 entries (1.5 points) beat an accepted variant worth half (1 point) ...
        PartResult entries = grade(Map.of("P", "[[2, 4], [6, 9]]"), "P");
        assertThat(entries.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(entries.awarded()).isEqualTo(1.5);
        assertThat(entries.feedback()).startsWith("3 of 4 entries are right.");
        // ... and lose to one worth 0.9, which is accepted with its credit and named.
        PartResult accepted = grade(Map.of("P", "[[2, 4], [7, 8]]"), "P");
        assertThat(accepted.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(accepted.awarded()).isEqualTo(1.8);
        assertThat(accepted.feedback()).containsExactly("Accepted.");
        assertThat(accepted.matched()).hasValue("B * 2 + [[0, 0], [1, 0]]");
        // An accepted answer is for a person to look at; a right one found in its cell is not.
        assertThat(accepted.review().needed()).isTrue();
        assertThat(grade(Map.of("P", "[[2, 4], [6, 8]]"), "P").review().needed()).isFalse();
    }

    @Test
    void anAcceptedVariantsFeedbackIsItsOwn() {
        // Without credit for entries, the variant worth half is the best route.
        Grader strict = new Grader(RubricLoader.load("""
                given:
                  B: [[1, 2], [3, 4]]
                questions:
                  - id: "1"
                    parts:
                      - id: P
                        points: 2
                        answer: "B * 2"
                        accept:
                          - {answer: "B * 2 + [[0, 0], [0, 1]]", credit: 0.5, feedback: "The bias is counted twice."}
                """, "strict.yaml"));
        PartResult twice = strict.grade(sheet(Map.of("P", "[[2, 4], [6, 9]]")), ManualScores.none()).parts().get(0);
        assertThat(twice.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(twice.awarded()).isEqualTo(1);
        assertThat(twice.feedback()).containsExactly("The bias is counted twice.");
    }

    @Test
    void aWrongShapeOrCountAlongANetworkIsOneAnswerNotEntriesToCount() {
        assertThat(grade(Map.of("first", "8×27×27"), "first").feedback().get(0)).isEqualTo("Incorrect.");
        assertThat(grade(Map.of("half", "0.2"), "half").feedback().get(0)).isEqualTo("Incorrect.");
        assertThat(grade(Map.of("S", "[[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,9]]"), "S").feedback().get(0))
                .isEqualTo("15 of 16 entries are right.");
    }

    @Test
    void pointsAreRoundedToFourDecimals() {
        PartResult third = grade(Map.of("thirds", "[[1, 0, 0]]"), "thirds");
        assertThat(third.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(third.awarded()).isEqualTo(0.3333);
        assertThat(grader.grade(sheet(Map.of("thirds", "[[1, 0, 0]]")), ManualScores.none()).total())
                .isEqualTo(0.3333);
    }

    @Test
    void entriesAreCountedAgainstTheValueThatFollowsWhenThatEarnsMore() {
        // S has 1 for 0 in its first entry: sigmoid gives 0.73 there. A follows from it except its last entry.
        Map<String, String> written = Map.of("S", "[[1,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]",
                "A", "[[0.73,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.5]]");
        PartResult carried = grade(written, "A");
        assertThat(carried.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(carried.awarded()).isEqualTo(4 * 15 / 16.0);
        assertThat(carried.feedback()).startsWith("15 of 16 entries are right.")
                .endsWith("Partial credit against the value that follows from your earlier answers.");
        assertThat(carried.wrongEntries()).containsExactly(15);
        // Against the reference two entries are wrong: it is not the value shown.
        assertThat(carried.expected()).isNotEqualTo(RUBRIC.key().reference("A"));
    }

    /** Follow-through by names and along a network, on parts whose upstream answers have tolerances of their own. */
    private final Grader carriedGrader = new Grader(RubricLoader.load("""
            given:
              net:
                input: [3, 32, 32]
                layers: [{conv: 8, kernel: 5}, {maxpool: 2}, {conv: 16, kernel: 3}]
              other:
                input: [3, 32, 32]
                layers: [{conv: 8, kernel: 3}, {maxpool: 2}, {conv: 16, kernel: 3}]
            questions:
              - id: "1"
                parts:
                  - {id: count, points: 1, answer: "9216", tolerance: 1%}
                  - {id: halved, points: 1, answer: "count / 2"}
                  - {id: rate, points: 1, answer: "1/8"}
                  - {id: doubled, points: 2, answer: "rate * 2", follow_through: 0.5}
                  - {id: conv1, points: 1, answer: "output_shape(net, 1)"}
                  - {id: pool1, points: 1, answer: "output_shape(net, 2)"}
                  - {id: other1, points: 1, answer: "output_shape(other, 1)"}
                  - {id: conv2, points: 1, answer: "output_shape(net, 3)"}
                  - {id: pair, points: 1, answer: "[1, 2]"}
                  - {id: pair_doubled, points: 1, answer: "pair * 2"}
            """, "carried.yaml"));

    private PartResult carried(Map<String, String> written, String part) {
        return carriedGrader.grade(sheet(written), ManualScores.none()).part(part).orElseThrow();
    }

    @Test
    void anUpstreamAnswerRightByItsOwnToleranceCarriesNoError() {
        // 9300 is within 1% of 9216: right, so half of it is not the value that follows, 4608 is.
        PartResult halved = carried(Map.of("count", "9300", "halved", "4650"), "halved");
        assertThat(halved.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(carried(Map.of("count", "9400", "halved", "4700"), "halved").verdict())
                .isEqualTo(Verdict.FOLLOW_THROUGH);
    }

    @Test
    void twoEqualEntriesCarryNothingForward() {
        assertThat(carried(Map.of("pair", "[0, 0]", "pair_doubled", "[0, 0]"), "pair_doubled").verdict())
                .isEqualTo(Verdict.INCORRECT);
        assertThat(carried(Map.of("pair", "[1, 3]", "pair_doubled", "[2, 6]"), "pair_doubled").verdict())
                .isEqualTo(Verdict.FOLLOW_THROUGH);
    }

    @Test
    void aSingleWrongNumberCarriesForwardWithTheCreditInWords() {
        PartResult doubled = carried(Map.of("rate", "0.2", "doubled", "0.4"), "doubled");
        assertThat(doubled.verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(doubled.awarded()).isEqualTo(1);
        assertThat(doubled.matched()).hasValue("follow-through from rate");
        assertThat(doubled.feedback()).containsExactly("Follows from your answer to rate (error carried forward): 50% of"
                + " the points.");
        assertThat(doubled.review().needed()).isTrue();
        assertThat(grade(Map.of("S", "[[1,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]", "A",
                "[[0.73,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.88]]"), "A").feedback())
                .containsExactly("Follows from your answer to S (error carried forward): full credit.");
    }

    @Test
    void aLayerFollowsFromTheNearestEarlierShapeOfItsOwnNetwork() {
        // conv 5 on 32 gives 28, pooled 14, conv 3 gives 12. From a wrong 27: 13, then 11.
        PartResult fromPool = carried(Map.of("conv1", "8×27×27", "pool1", "8×13×13", "conv2", "16×11×11"), "conv2");
        assertThat(fromPool.verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(fromPool.matched()).hasValue("follow-through from pool1");
        assertThat(fromPool.feedback()).containsExactly("Follows from your answer to pool1 (error carried forward"
                + " through the network): full credit.");
        // The pooled shape was right: layer 3 follows from it, and 11 is wrong whatever layer 1 said.
        assertThat(carried(Map.of("conv1", "8×27×27", "pool1", "8×14×14", "conv2", "16×11×11"), "conv2").verdict())
                .isEqualTo(Verdict.INCORRECT);
        // Only layer 1 answered: layer 3 follows from it.
        assertThat(carried(Map.of("conv1", "8×27×27", "conv2", "16×11×11"), "conv2").matched())
                .hasValue("follow-through from conv1");
        // Another network's shape is no earlier layer of this one.
        assertThat(carried(Map.of("other1", "8×27×27", "conv2", "16×11×11"), "conv2").verdict())
                .isEqualTo(Verdict.INCORRECT);
        // A later layer's shape is not carried backwards.
        assertThat(carried(Map.of("conv2", "16×11×11", "pool1", "8×13×13"), "pool1").verdict())
                .isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void aRenamedTeamKeepsTheNameItGivesItself() {
        TeamResult named = grader.grade(sheet(Map.of("half", "0.125")), ManualScores.none()).identified("T", "Tigers");
        TeamResult renamed = grader.renamed(named, "T (2)", ManualScores.none());
        assertThat(renamed.team()).isEqualTo("T (2)");
        assertThat(renamed.name()).isEqualTo("Tigers");
        assertThat(renamed.total()).isEqualTo(named.total());
        assertThat(new TeamResult("T", " ", List.of(), "t.csv", Optional.empty(), 0, 1, List.of(), List.of()).name())
                .isEqualTo("T");
    }

    /** The result of a formula part whose answer is written as the student wrote it, read as a formula in N and K. */
    private PartResult formula(String part, String written) {
        Answer answer = Answer.read(part, written, Expectation.formula(List.of("N", "K")),
                Where.cell("sheet.csv", "B2", 2, written), FoundBy.CELL, List.of());
        AnswerSheet sheet = new AnswerSheet("T", List.of(), "sheet.csv", Optional.empty(), Map.of(part, answer),
                List.of());
        return grader.grade(sheet, ManualScores.none()).part(part).orElseThrow();
    }

    @Test
    void aFormulaIsRightWhenEqualAndAWrongOneSaysWhatDiffers() {
        PartResult equal = formula("count", "N K^2");
        assertThat(equal.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(equal.awarded()).isEqualTo(2);
        assertThat(equal.feedback()).containsExactly("Correct: equal to N*K*K.");
        PartResult lacking = formula("count", "N K");
        assertThat(lacking.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(lacking.feedback()).containsExactly("Incorrect: this formula is not equal to the expected one.",
                "Your formula lacks a factor K.");
        assertThat(lacking.matched()).hasValue("Your formula lacks a factor K.");
    }

    @Test
    void aNumberForAFormulaIsAcceptedOnlyAsTheValueAtTheGivenInstance() {
        PartResult number = formula("count", "36");
        assertThat(number.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(number.awarded()).isEqualTo(2);
        assertThat(number.feedback()).containsExactly("Accepted: the right number for N = 4, K = 3; the question asks"
                + " for the formula in N, K.");
        assertThat(number.expected()).hasValue(org.cnngrader.expr.Value.TensorValue.of(36));
        PartResult wrong = formula("count", "35");
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(wrong.feedback()).containsExactly("Incorrect: a formula in N, K is asked for, and this number is"
                + " not its value for N = 4, K = 3.");
        // Without an instance no number can be checked.
        PartResult general = formula("general", "36");
        assertThat(general.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(general.feedback()).containsExactly("A formula in N, K is asked for.");
    }

    @Test
    void aMissingPartShowsItsReferenceAndNothingOfAnAnswer() {
        PartResult missing = grade(Map.of(), "half");
        assertThat(missing.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(missing.feedback()).containsExactly("No answer was found for this part.");
        assertThat(missing.expected()).hasValue(org.cnngrader.expr.Value.TensorValue.of(0.125));
        assertThat(missing.given()).isEmpty();
        assertThat(missing.written()).isEmpty();
        assertThat(missing.foundBy()).isEmpty();
        assertThat(missing.where()).isEmpty();
        assertThat(missing.review().needed()).isFalse();
        // An open question about its own answer has nothing to check without one.
        assertThat(grade(Map.of(), "open").verdict()).isEqualTo(Verdict.MISSING);
        PartResult found = grade(Map.of("half", "0.125"), "half");
        assertThat(found.written()).isEqualTo("0.125");
        assertThat(found.foundBy()).hasValue(FoundBy.CELL);
        assertThat(found.where()).isPresent();
        assertThat(found.given()).hasValue(org.cnngrader.expr.Value.TensorValue.of(0.125));
    }

    @Test
    void anAnswerTakenByAGuessIsForAPersonToLookAtEvenWhenRight() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("half", Answer.read("half", "0.125", Expectation.ANY, Where.cell("sheet.csv", "B2", 2, "0.125"),
                FoundBy.ORDER, List.of()));
        answers.put("open", Answer.read("open", "[[1, 1], [2, 0]]", Expectation.ANY, Where.cell("sheet.csv", "B3", 3,
                "[[1, 1], [2, 0]]"), FoundBy.MATCH, List.of()));
        TeamResult result = grader.grade(new AnswerSheet("T", List.of(), "sheet.csv", Optional.empty(), answers,
                List.of()), ManualScores.none());
        assertThat(result.part("half").orElseThrow()).extracting(PartResult::verdict, PartResult::review)
                .containsExactly(Verdict.CORRECT, new Review.OfGrading());
        assertThat(result.part("open").orElseThrow()).extracting(PartResult::verdict, PartResult::review)
                .containsExactly(Verdict.CORRECT, new Review.OfGrading());
        assertThat(result.needsReview()).isTrue();
        assertThat(grade(Map.of("open", "[[1, 1], [2, 0]]"), "open").review().needed()).isFalse();
    }

    @Test
    void whatTheReaderNotedStaysWithThePart() {
        Answer noted = Answer.read("half", "0.125", Expectation.ANY, Where.cell("sheet.csv", "B2", 2, "0.125"),
                FoundBy.CELL, List.of("read from a merged cell"));
        PartResult half = grader.grade(new AnswerSheet("T", List.of(), "sheet.csv", Optional.empty(),
                Map.of("half", noted), List.of()), ManualScores.none()).part("half").orElseThrow();
        assertThat(half.notes()).contains("read from a merged cell");
    }

    /**
     * Question 1.5 answered before 1.4 under its own number and title: its heading was not taken (headings kept the
     * rubric's order), and its answers came out missing, flagged. A sure heading heads its question out of that order;
     * the network's input restated in the prose above the layers' shapes ("we start with an input image of size 3 ×
     * 227 × 227") is no layer's row: it was read as conv1's shape, every shape below it shifted by one.
     */
    @Test
    void aQuestionAnsweredBeforeTheOneAboveItInTheRubricIsReadUnderItsOwnHeading() throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        AnswerSheet sheet = org.cnngrader.sheet.Submissions.read(org.cnngrader.sheet.Submissions.team(
                Path.of("src/test/resources/questions-out-of-order/answers.md")), SheetSpecs.of(rubric)).get(0);

        TeamResult result = new Grader(rubric).grade(sheet, ManualScores.none());

        assertThat(sheet.notes()).contains("question 1.5 is headed at line 9, out of the rubric's order: its answers"
                + " were read under that heading");
        assertThat(List.of("conv1_shape", "pool1_shape", "conv2_shape").stream().map(part -> sheet.answers()
                .get(part).value().map(Object::toString).orElse("none")))
                .containsExactly("[96.0, 54.0, 54.0]", "[96.0, 26.0, 26.0]", "[256.0, 26.0, 26.0]");
        assertThat(result.part("conv1_shape").orElseThrow().verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.part("avg_kernel").orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
        // A question the document does not answer at all is missing, nothing more: no line heads it anywhere.
        PartResult kernel = result.part("identity_kernel").orElseThrow();
        assertThat(kernel.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(kernel.review().needed()).isFalse();
    }

    /**
     * Every question answered under its own number and title, in an order of the team's own (shuffled.md, typeset
     * and written as Word by pandoc): the answers of the five questions headed out of the rubric's order were missing,
     * flagged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"shuffled.md", "shuffled.pdf", "shuffled.docx"})
    void questionsAnsweredInAnOrderOfTheTeamsOwnAreReadUnderTheirHeadings(String file) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        AnswerSheet sheet = org.cnngrader.sheet.Submissions.read(org.cnngrader.sheet.Submissions.team(
                Path.of("src/test/resources/questions-out-of-order/" + file)), SheetSpecs.of(rubric)).get(0);

        TeamResult result = new Grader(rubric).grade(sheet, ManualScores.none());

        for (String part : List.of("identity_kernel", "S", "A", "P", "avg_kernel", "avg_padding", "conv1_shape",
                "pool1_shape", "conv2_shape", "pool2_shape", "conv3_shape", "conv4_shape", "conv5_shape", "pool3_shape",
                "flat_size")) {
            assertThat(result.part(part).orElseThrow().verdict()).as(file + " " + part).isEqualTo(Verdict.CORRECT);
        }
        assertThat(sheet.notes()).as(file).anyMatch(note -> note.startsWith("question 1.5 is headed at ")
                && note.endsWith(", out of the rubric's order: its answers were read under that heading"));
    }

    /**
     * Questions answered in reverse order under headings of their own ("Problem 5: Dimensions", …, "Problem 3:
     * Convolution and pooling", "Problem 1: Kernels"): 1.3.1's and 1.5's headings are passed over to keep the rubric's
     * order and their answers were flagged, but 1.3.2's pooled map and 1.4's kernel and stride, under headings no line
     * names by their own number or title, came out missing with no flag.
     */
    @ParameterizedTest
    @ValueSource(strings = {"reversed.md", "reversed.pdf"})
    void aMissingAnswerBesideAQuestionHeadedOutOfOrderIsFlaggedForReview(String file) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        AnswerSheet sheet = org.cnngrader.sheet.Submissions.read(org.cnngrader.sheet.Submissions.team(
                Path.of("src/test/resources/questions-out-of-order/" + file)), SheetSpecs.of(rubric)).get(0);

        TeamResult result = new Grader(rubric).grade(sheet, ManualScores.none());

        for (String missing : List.of("P", "avg_kernel", "avg_stride")) {
            PartResult part = result.part(missing).orElseThrow();
            assertThat(part.verdict()).as(missing).isEqualTo(Verdict.MISSING);
            assertThat(part.review().needed()).as(missing).isTrue();
        }
        assertThat(result.part("P").orElseThrow().feedback()).contains("Question 1.3.2 seems to come out of order in"
                + " the document (after a question that follows it), and its answers there were not read: put the"
                + " questions in order.");
        assertThat(sheet.notes()).anyMatch(note -> note.startsWith("question 1.3.1, next to question 1.3.2 in the"
                + " rubric, may be headed at line "));
        assertThat(result.part("identity_kernel").orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
    }

    /** Pooling as a convolution, checked: a kernel, and a stride checked with the student's kernel. */
    private static final Rubric POOLING_AS_CONVOLUTION = RubricLoader.load("""
            given:
              R: [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]
            questions:
              - id: "1"
                parts:
                  - {id: kernel, points: 4, check: "conv2d(R, answer, stride=2) == avgpool2d(R, 2)"}
                  - {id: stride, points: 3, check: "conv2d(R, kernel, stride=answer) == avgpool2d(R, 2)"}
            """, "inline.yaml");

    /**
     * The pooling kernel taken by its place (a guess, flagged) was the worked example's output, and the stride,
     * read by its label and right, failed its check with that kernel: 0 of 3 points, and nothing said to look.
     */
    @Test
    void aGradeThatUsesAnAnswerFoundByAGuessIsFlaggedWhenItCostsPoints() {
        Rubric rubric = POOLING_AS_CONVOLUTION;
        Map<String, Answer> guessed = new LinkedHashMap<>();
        guessed.put("kernel", onLine("kernel", "[[1.5, 3.5], [1.5, 3.5]]", 10, FoundBy.ORDER));
        guessed.put("stride", onLine("stride", "2", 12, FoundBy.LABEL));

        PartResult stride = new Grader(rubric).grade(document(guessed), ManualScores.none()).part("stride").orElseThrow();

        // Checked with a kernel that fails its own check, the stride is left to a person.
        assertThat(stride.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(stride.review().needed()).isTrue();
        assertThat(stride.notes()).containsExactly("it uses the answer to kernel, not read surely (found by a guess,"
                + " or where its question's heading was not found): if that reading is wrong, so is this grade.");
        // Read by its label, the same kernel is the student's own: the stride is reviewed as any wrong answer is,
        // with nothing said of the kernel's reading.
        guessed.put("kernel", onLine("kernel", "[[1.5, 3.5], [1.5, 3.5]]", 10, FoundBy.LABEL));
        PartResult surely = new Grader(rubric).grade(document(guessed), ManualScores.none()).part("stride").orElseThrow();
        assertThat(surely.review()).isEqualTo(Review.ofGrading(true));
        assertThat(surely.notes()).isEmpty();
        // A stride not answered is missing whatever the kernel: no reading of it would change that grade.
        guessed.put("kernel", onLine("kernel", "[[1.5, 3.5], [1.5, 3.5]]", 10, FoundBy.ORDER));
        guessed.remove("stride");
        PartResult missing = new Grader(rubric).grade(document(guessed), ManualScores.none()).part("stride").orElseThrow();
        assertThat(missing.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(missing.review().needed()).isFalse();
    }

    /**
     * The XOR check passed with a W1 read in doubt and got full marks, unflagged: a check that passes, like credit
     * carried forward, is the grade of the other parts' readings, and no surer than they are. An answer equal to its
     * own reference is graded alike whatever the others read.
     */
    @Test
    void aGradeThatPassesThroughAnAnswerFoundByAGuessIsFlagged() {
        Map<String, Answer> guessed = new LinkedHashMap<>();
        guessed.put("kernel", onLine("kernel", "[[0.25, 0.25], [0.25, 0.25]]", 10, FoundBy.ORDER));
        guessed.put("stride", onLine("stride", "2", 12, FoundBy.LABEL));
        PartResult stride = new Grader(POOLING_AS_CONVOLUTION).grade(document(guessed), ManualScores.none())
                .part("stride").orElseThrow();
        assertThat(stride.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(stride.review().needed()).isTrue();
        assertThat(stride.notes()).containsExactly("it uses the answer to kernel, not read surely (found by a guess,"
                + " or where its question's heading was not found): if that reading is wrong, so is this grade.");

        Map<String, Answer> carried = new LinkedHashMap<>();
        carried.put("S", onLine("S", "[[1,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]", 10, FoundBy.ORDER));
        carried.put("A", onLine("A", "[[0.73,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.88]]",
                12, FoundBy.LABEL));
        PartResult followed = grader.grade(document(carried), ManualScores.none()).part("A").orElseThrow();
        assertThat(followed.verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(followed.review().needed()).isTrue();
        assertThat(followed.notes()).singleElement().asString().startsWith("it uses the answer to S, not read surely");

        String expected = Values.display(RUBRIC.key().reference("A").orElseThrow(), 2);
        carried.put("A", onLine("A", expected, 12, FoundBy.LABEL));
        PartResult own = grader.grade(document(carried), ManualScores.none()).part("A").orElseThrow();
        assertThat(own.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(own.review().needed()).isFalse();
    }

    /**
     * A right stride (2) was graded incorrect because the kernel it is checked with, the team's own and wrong, made its
     * check fail ("This does not satisfy conv2d(R, kernel, stride=answer) == …"): the kernel's mistake was charged
     * twice, and the student told the stride was wrong. The kernel fails its own check, and has no reference to check
     * the stride with instead: a person scores the stride.
     */
    @Test
    void aRightAnswerIsNotGradedWrongBecauseTheWrongPartItsCheckUsesFails() {
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("kernel", onLine("kernel", "[[3.5, 5.5], [11.5, 13.5]]", 10, FoundBy.LABEL));
        read.put("stride", onLine("stride", "2", 12, FoundBy.LABEL));
        TeamResult result = new Grader(POOLING_AS_CONVOLUTION).grade(document(read), ManualScores.none());
        assertThat(result.part("kernel").orElseThrow().verdict()).isEqualTo(Verdict.INCORRECT);
        PartResult stride = result.part("stride").orElseThrow();
        assertThat(stride.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(stride.review().needed()).isTrue();
        assertThat(stride.feedback()).containsExactly("This could not be checked: it is checked with your kernel, which"
                + " does not satisfy its own check, so a person scores it.");
        // With the right kernel the stride's check decides alone.
        read.put("kernel", onLine("kernel", "[[0.25, 0.25], [0.25, 0.25]]", 10, FoundBy.LABEL));
        assertThat(new Grader(POOLING_AS_CONVOLUTION).grade(document(read), ManualScores.none()).part("stride")
                .orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
    }

    /**
     * A check that uses a part with a reference: the area of a square of side 3 is 9 whatever side the team wrote,
     * and 16 for a side written 4 follows their slip through. Each is graded right; 12 is wrong under both.
     */
    @Test
    void aCheckFailingOnlyWithAnotherPartsWrongAnswerHoldsWithItsReference() {
        Rubric rubric = RubricLoader.load("""
                questions:
                  - id: "1"
                    parts:
                      - {id: side, points: 1, answer: "3"}
                      - {id: area, points: 2, check: "answer == side * side"}
                """, "inline.yaml");
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("side", onLine("side", "4", 3, FoundBy.LABEL));
        read.put("area", onLine("area", "9", 4, FoundBy.LABEL));
        PartResult right = new Grader(rubric).grade(document(read), ManualScores.none()).part("area").orElseThrow();
        assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(right.awarded()).isEqualTo(2);
        assertThat(right.feedback()).containsExactly("Correct: with the expected side it satisfies answer == side *"
                + " side. With your side it does not: see that part.");
        read.put("area", onLine("area", "16", 4, FoundBy.LABEL));
        assertThat(new Grader(rubric).grade(document(read), ManualScores.none()).part("area").orElseThrow()
                .verdict()).isEqualTo(Verdict.CORRECT);
        read.put("area", onLine("area", "12", 4, FoundBy.LABEL));
        assertThat(new Grader(rubric).grade(document(read), ManualScores.none()).part("area").orElseThrow()
                .verdict()).isEqualTo(Verdict.INCORRECT);
    }

    /**
     * A check a labelled answer fails was not reviewed, where a wrong answer with a reference is ("graded incorrect:
     * confirm the feedback"): a kernel read from the example above the student's own got 0 points, nothing flagged.
     */
    @Test
    void aCheckTheAnswerFailsIsReviewedAsAWrongAnswerIs() {
        Rubric rubric = POOLING_AS_CONVOLUTION;
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("kernel", onLine("kernel", "[[-1, 0], [0, 1]]", 10, FoundBy.LABEL));
        PartResult wrong = new Grader(rubric).grade(document(read), ManualScores.none()).part("kernel").orElseThrow();
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(wrong.review().needed()).isTrue();
        read.put("kernel", onLine("kernel", "[[0.25, 0.25], [0.25, 0.25]]", 10, FoundBy.LABEL));
        PartResult right = new Grader(rubric).grade(document(read), ManualScores.none()).part("kernel").orElseThrow();
        assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(right.review().needed()).isFalse();
    }

    /**
     * Two questions without their headings shared the lines between their neighbours', and each took the other's
     * weights by their labels: the checks that use them graded wrong, nothing flagged. A check that uses an answer
     * read where its question's heading was not found is flagged, and a wrong or recorded answer read there says so.
     */
    @Test
    void aWrongAnswerReadWhereItsQuestionsHeadingWasNotFoundIsFlaggedWithWhatUsesIt() {
        Rubric rubric = RubricLoader.load("""
                questions:
                  - id: "1"
                    parts:
                      - {id: W, points: 0}
                      - {id: works, points: 2, check: "W @ [1, 1] == [2, 0]"}
                      - {id: side, points: 1, answer: "3"}
                """, "inline.yaml");
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("W", onLine("W", "[[1, 1], [1, 1]]", 4, FoundBy.LABEL));
        read.put("side", onLine("side", "10", 6, FoundBy.LABEL));
        AnswerSheet sheet = new AnswerSheet("T", List.of(), "answers.md", Optional.empty(), read, List.of(),
                Map.of("1", AnswerSheet.Unheaded.NOT_FOUND));

        TeamResult result = new Grader(rubric).grade(sheet, ManualScores.none());

        assertThat(result.part("side").orElseThrow().review().needed()).isTrue();
        assertThat(result.part("side").orElseThrow().notes()).containsExactly("its question's heading was not found:"
                + " it was read between the headings of the questions around it, where another question's answer may"
                + " stand.");
        assertThat(result.part("works").orElseThrow().review().needed()).isTrue();
        // A recorded answer is "correct" whatever it is: read there, it is in doubt too (b2 took question 1.2's 2).
        assertThat(result.part("W").orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(result.part("W").orElseThrow().review().needed()).isTrue();
        // Headed, the same answers are the student's as read: wrong, reviewed as any wrong answer is, with no note.
        TeamResult headed = new Grader(rubric).grade(document(read), ManualScores.none());
        assertThat(headed.part("side").orElseThrow().notes()).isEmpty();
        assertThat(headed.part("works").orElseThrow().notes()).isEmpty();
        assertThat(headed.part("works").orElseThrow().review()).isEqualTo(Review.ofGrading(true));
        assertThat(headed.part("W").orElseThrow().review().needed()).isFalse();
    }

    /**
     * pandoc's LaTeX printed "## Problem 1" as "0.1 Problem 1 — …", no heading of question 1 was found, and its parts
     * whose values were on the page were reported missing without a flag. A part missing in a question whose heading
     * was not found is reviewed, with that reason.
     */
    @Test
    void aPartMissingWhereItsQuestionsHeadingWasNotFoundIsFlagged() {
        Rubric rubric = sideAndStride();
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("side", onLine("side", "3", 4, FoundBy.LABEL));
        AnswerSheet sheet = new AnswerSheet("T", List.of(), "answers.md", Optional.empty(), read, List.of(),
                Map.of("1", AnswerSheet.Unheaded.NOT_FOUND), Map.of("1", List.of(Where.line("answers.md", 0, 7, "7"))));

        PartResult missing = new Grader(rubric).grade(sheet, ManualScores.none()).part("stride").orElseThrow();

        assertThat(missing.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(missing.review().needed()).isTrue();
        assertThat(missing.notes()).singleElement().asString().contains("heading was not found")
                .contains("the questions around it (line 7) were not read");
        // Headed, or unheaded with no value left in its lines, a part the team left unanswered is missing, as written.
        PartResult headed = new Grader(rubric).grade(document(read), ManualScores.none()).part("stride").orElseThrow();
        assertThat(headed.review().needed()).isFalse();
        PartResult empty = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md", Optional.empty(),
                read, List.of(), Map.of("1", AnswerSheet.Unheaded.NOT_FOUND)),
                ManualScores.none()).part("stride").orElseThrow();
        assertThat(empty.review().needed()).isFalse();
    }

    /**
     * A part missing under its own question's heading, where values stand that no part took (the probabilities written
     * in prose as percentages, a matrix a PDF's equation set row by row), was missing, unflagged: the answer may be
     * among them. It is reviewed, the lines named; a headed question without such values is missing as written.
     */
    @Test
    void aPartMissingUnderItsHeadingWhereValuesWereLeftIsFlagged() {
        Rubric rubric = sideAndStride();
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("side", onLine("side", "3", 4, FoundBy.LABEL));
        PartResult missing = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md", Optional.empty(),
                read, List.of(), Map.of(), Map.of("1", List.of(Where.line("answers.md", 0, 5, "5"),
                        Where.line("answers.md", 0, 6, "6")))), ManualScores.none())
                .part("stride").orElseThrow();
        assertThat(missing.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(missing.review().needed()).isTrue();
        assertThat(missing.notes()).containsExactly("not found: values under its question's heading (lines 5 and 6)"
                + " were not read as any part's answer, or only by their place; its answer may be among them.");
        assertThat(new Grader(rubric).grade(document(read), ManualScores.none()).part("stride").orElseThrow()
                .review().needed()).isFalse();
        // In a document that heads no question, the values left are the whole document's.
        PartResult nowhere = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md", Optional.empty(),
                read, List.of(), Map.of("1", AnswerSheet.Unheaded.NONE_IN_DOCUMENT), Map.of("1", List.of(
                        Where.line("answers.md", 0, 5, "5")))), ManualScores.none()).part("stride").orElseThrow();
        assertThat(nowhere.notes()).containsExactly("not found: the document heads no question, and values in it"
                + " (line 5) were not read as any part's answer, or only by their place; its answer may be among them.");
        // Under a heading holding another question's labelled answers, a part missing is looked for, values left or not.
        PartResult misnumbered = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md",
                Optional.empty(), read, List.of(), Map.of("1", AnswerSheet.Unheaded.MISNUMBERED), Map.of()),
                ManualScores.none()).part("stride").orElseThrow();
        assertThat(misnumbered.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(misnumbered.notes()).containsExactly("not found: its question's heading holds another question's"
                + " answers, named by their labels; the document may number its questions otherwise: look for its"
                + " answer elsewhere.");
    }

    /**
     * A sheet's row naming no part of the rubric ({@code stride}, typed for the part's id) left the part missing,
     * unflagged. It is reviewed, the cell named.
     */
    @Test
    void aPartMissingBesideARowNamingNoPartIsFlagged() {
        Rubric rubric = sideAndStride();
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("side", Answer.read("side", "3", SheetSpecs.of(rubric).part("side").orElseThrow().expectation(),
                Where.cell("answers.csv", "B2", 2, "3"), FoundBy.CELL, List.of()));
        PartResult missing = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.csv", Optional.empty(),
                read, List.of(), Map.of(), Map.of("1", List.of(Where.cell("answers.csv", "B3", 3, "s: 2")))),
                ManualScores.none()).part("stride").orElseThrow();
        assertThat(missing.review().needed()).isTrue();
        assertThat(missing.notes()).containsExactly("not found: values in rows naming no part of the rubric (cell B3)"
                + " were not read as any part's answer, or only by their place; its answer may be among them.");
    }

    /** A rubric of one question with two number parts, side (3) and stride (2). */
    private static Rubric sideAndStride() {
        return RubricLoader.load("""
                questions:
                  - id: "1"
                    parts:
                      - {id: side, points: 1, answer: "3"}
                      - {id: stride, points: 1, answer: "2"}
                """, "inline.yaml");
    }

    /**
     * Under a heading naming its question and another ("2.3 and 2.4"), a part is looked for among both questions'
     * answers: missing while values no part took stand there, it may be among them, and a wrong answer may be the other
     * question's. Both are reviewed with that reason; missing where every value was taken, it is missing as written.
     */
    @Test
    void aPartUnderAHeadingOfSeveralQuestionsIsReviewedWhereItMayBeAnothersOrAmongValuesLeft() {
        Rubric rubric = sideAndStride();
        Map<String, Answer> read = new LinkedHashMap<>();
        read.put("side", onLine("side", "4", 4, FoundBy.LABEL));
        TeamResult sharedResult = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md",
                Optional.empty(), read, List.of(), Map.of("1", AnswerSheet.Unheaded.SHARED),
                Map.of("1", List.of(Where.line("answers.md", 0, 7, "7")))),
                ManualScores.none());
        PartResult shared = sharedResult.part("stride").orElseThrow();
        assertThat(shared.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(shared.review().needed()).isTrue();
        assertThat(shared.notes()).anySatisfy(note -> assertThat(note).contains("heading names other questions too"));
        PartResult wrong = sharedResult.part("side").orElseThrow();
        assertThat(wrong.notes()).anySatisfy(note -> assertThat(note).contains("another question's answer may stand"));
        PartResult allTaken = new Grader(rubric).grade(new AnswerSheet("T", List.of(), "answers.md", Optional.empty(),
                read, List.of(), Map.of("1", AnswerSheet.Unheaded.SHARED)),
                ManualScores.none()).part("stride")
                .orElseThrow();
        assertThat(allTaken.review().needed()).isFalse();
    }
}
