package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Values;
import org.junit.jupiter.api.Test;

class RubricLoaderTest {

    private static Rubric load(String name) {
        return RubricLoader.load(Path.of("rubrics", name));
    }

    private static String key(Rubric rubric, String part) {
        return Values.toLiteral(rubric.key().reference(part).orElseThrow());
    }

    @Test
    void week12KeyReproducesEveryNumberOfTheInstructorsSolutions() {
        Rubric rubric = load("week12-ch9.yaml");
        assertThat(key(rubric, "A_valid")).isEqualTo("[[23, 8, -8, -23], [23, 8, -8, -23]]");
        assertThat(key(rubric, "A_same")).isEqualTo("[[12, 14, 4, -4, -14, -12], [18, 23, 8, -8, -23, -18],"
                + " [18, 23, 8, -8, -23, -18], [12, 14, 4, -4, -14, -12]]");
        assertThat(key(rubric, "A_full")).isEqualTo("[[1, 6, 5, 0, 0, -5, -6, -1], [2, 12, 14, 4, -4, -14, -12, -2],"
                + " [3, 18, 23, 8, -8, -23, -18, -3], [3, 18, 23, 8, -8, -23, -18, -3],"
                + " [2, 12, 14, 4, -4, -14, -12, -2], [1, 6, 5, 0, 0, -5, -6, -1]]");
        assertThat(key(rubric, "Y_same")).isEqualTo("[[12, 14, 4, 0, 0, 0], [18, 23, 8, 0, 0, 0], [18, 23, 8, 0, 0, 0],"
                + " [12, 14, 4, 0, 0, 0]]");
        assertThat(key(rubric, "P_same")).isEqualTo("[[23, 8, 0], [23, 8, 0]]");
        assertThat(key(rubric, "kernel_size")).isEqualTo("9");
        assertThat(key(rubric, "pooled_size")).isEqualTo("[252, 252]");
        assertThat(key(rubric, "pooled_depth")).isEqualTo("12");
        assertThat(key(rubric, "maps2_size")).isEqualTo("[250, 250]");
        assertThat(key(rubric, "flat_length")).isEqualTo("[93750]");
    }

    @Test
    void e1394KeyMatchesTeamGAndAcceptsTeamBsConvention() {
        Rubric rubric = load("e1394-ps2.yaml");
        assertThat(rubric.points()).isEqualTo(50);
        assertThat(key(rubric, "S")).isEqualTo("[[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]");
        assertThat(Values.display(rubric.key().reference("A").orElseThrow(), 2))
                .isEqualTo("[[0.50, 0.88, 0.50, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1.00, 0.92, 1.00],"
                        + " [0.95, 0.88, 0.99, 0.88]]");
        assertThat(Values.display(rubric.key().reference("P").orElseThrow(), 2)).isEqualTo("[[0.95, 0.99], [1.00, 1.00]]");
        assertThat(Values.toLiteral(rubric.key().acceptedValues("S").get(0)))
                .isEqualTo("[[0, 2, 0, 2], [4, 2, 5, 2], [2, 7.5, 2.5, 5.5], [4, 2, 5, 2]]");
        assertThat(Values.display(rubric.key().acceptedValues("A").get(0), 2))
                .isEqualTo("[[0.50, 0.88, 0.50, 0.88], [0.98, 0.88, 0.99, 0.88], [0.88, 1.00, 0.92, 1.00],"
                        + " [0.98, 0.88, 0.99, 0.88]]");
        assertThat(List.of("conv1_shape", "pool1_shape", "conv2_shape", "pool2_shape", "conv3_shape", "conv4_shape",
                "conv5_shape", "pool3_shape", "flat_size")).extracting(part -> key(rubric, part)).containsExactly(
                "[96, 55, 55]", "[96, 27, 27]", "[256, 27, 27]", "[256, 13, 13]", "[384, 13, 13]", "[384, 13, 13]",
                "[256, 13, 13]", "[256, 6, 6]", "[9216]");
        Part stride = rubric.part("avg_stride").orElseThrow();
        assertThat(stride.kind()).isInstanceOf(PartKind.Check.class);
        assertThat(rubric.question("1.3.1").orElseThrow().aliases()).contains("Convolutional layer");
    }

    @Test
    void cpen455KeyHasTheStudentsRightNumbersAndNotHisMistakes() {
        Rubric rubric = load("cpen455-hw2.yaml");
        assertThat(key(rubric, "params_total")).isEqualTo("397184");
        assertThat(key(rubric, "params_bias_total")).isEqualTo("397434");
        assertThat(key(rubric, "params_H1")).isEqualTo("9600");
        assertThat(key(rubric, "params_bias_H3")).isEqualTo("18464");
        assertThat(key(rubric, "H1")).isEqualTo("[100, 128, 256, 256]");
        assertThat(key(rubric, "Y_shape")).isEqualTo("[100, 10]");
        assertThat(key(rubric, "depth2")).isEqualTo("128");
        assertThat(key(rubric, "tconv_a")).isEqualTo("[[-4, 5, 6], [10, -4, -10], [6, -5, -4]]");
        assertThat(key(rubric, "tconv_size_b")).isEqualTo("6");
        assertThat(key(rubric, "dilated")).isEqualTo("[[0, 25, 10], [8, -10, 24], [-4, 12, -8]]");
        // Problems 5 and 6 ask for formulas in C, N, K, M (B, H, W): the seed gives no numbers for them.
        assertThat(rubric.part("separable_params").orElseThrow().kind()).isInstanceOfSatisfying(
                PartKind.FormulaAnswer.class, formula -> {
                    assertThat(formula.symbols()).containsExactlyInAnyOrder("C", "K", "N");
                    assertThat(formula.instance()).isEmpty();
                });
        // The XOR weights are the student's to record; the check verifies them.
        assertThat(rubric.part("W1").orElseThrow().kind()).isInstanceOf(PartKind.Recorded.class);
        assertThat(rubric.part("W1").orElseThrow().points()).isZero();
    }

    @Test
    void lmuKeyAnswersTheReceptiveFieldQuestion() {
        Rubric rubric = load("lmu-ex4.yaml");
        assertThat(key(rubric, "receptive_field_side")).isEqualTo("41");
        assertThat(key(rubric, "sees_eye")).isEqualTo("false");
        assertThat(key(rubric, "Y1")).isEqualTo("[[11, 0, -11], [10, 0, -10], [11, 0, -11]]");
    }

    @Test
    void theExampleOfTheDesignLoadsAsWritten() {
        Rubric rubric = RubricLoader.load(Path.of("src/test/resources/design-example/rubric.yaml"));
        assertThat(rubric.decimals()).isEqualTo(2);
        assertThat(rubric.tolerance()).isEqualTo(Tolerance.absolute(0.005));
        assertThat(rubric.partial()).isEqualTo(PartialCredit.ENTRIES);
        assertThat(rubric.part("box_blur").orElseThrow().kind()).isInstanceOf(PartKind.Manual.class);
        assertThat(rubric.part("S").orElseThrow().labels()).containsExactly("S'", "Z", "before activation");
        assertThat(rubric.part("S").orElseThrow().accepted().get(0).credit()).isEqualTo(1);
        assertThat(rubric.part("S").orElseThrow().mistakes().get(0).credit()).isZero();
        assertThat(key(rubric, "conv1_shape")).isEqualTo("[96, 55, 55]");
        assertThat(key(rubric, "flat_size")).isEqualTo("[186624]");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlace() {
        assertThatThrownBy(() -> RubricLoader.load(Path.of("src/test/resources/invalid-rubric/rubric.yaml")))
                .isInstanceOfSatisfying(RubricException.class, problem -> assertThat(problem.problems())
                        .extracting(found -> found.location().line() + ":" + found.location().column() + " "
                                + found.message())
                        .containsExactly(
                                "3:1 unknown key 'partail' in a rubric (did you mean 'partial'?) (keys: title,"
                                        + " decimals, tolerance, partial, given, questions)",
                                "11:17 unknown function 'conv3d' (did you mean 'conv2d'?)",
                                "14:17 unknown name 'Y'",
                                "16:17 'points' must be a number from 0 to 100000, not 'two'",
                                "17:37 conv2d: stride must be a whole number ≥ 1 or [height, width], not 1.5",
                                "20:17 conv2d: kernel 3×3 does not fit the 2×2 input padded by 0",
                                "21:9 parts refer to each other in a circle: first → second → first",
                                "29:13 part id 'blurred' is used twice (first at line 9)",
                                "32:13 part id '1st' is not a valid name: use letters, digits and _ and start with a"
                                        + " letter, so that expressions can refer to it",
                                "35:9 part 'unpointed' needs 'points'",
                                "39:26 unknown name 'Z'",
                                "39:50 conv2d has no argument 'strides' (did you mean 'stride'?): conv2d(x, k,"
                                        + " stride=1, padding=0, dilation=1, groups=1, bias=0, flip=false)"));
    }

    /**
     * {@code accept: "[side, side]"} (the side written as n × n) said "parts refer to each other in a circle: side →
     * side", of one part: it now says that a part's id names its reference in other parts only.
     */
    @Test
    void aPartNamingItselfIsToldSoNotACircle() {
        String text = """
                questions:
                  - id: "1"
                    parts:
                      - id: side
                        points: 1
                        answer: conv_out(5, 3)
                        accept:
                          - {answer: "[side, side]", feedback: n × n}
                """;
        assertThatThrownBy(() -> RubricLoader.load(text, "r.yaml"))
                .isInstanceOfSatisfying(RubricException.class, problem -> assertThat(problem.problems())
                        .extracting(RubricException.Problem::message)
                        .containsExactly("part 'side' names itself: its id names its reference in other parts only;"
                                + " write its answer's expression in its accept or mistakes (or a given value both"
                                + " use)"));
    }

    @Test
    void checksAndManualPartsHaveNoReference() {
        String text = """
                questions:
                  - id: "1"
                    parts:
                      - {id: open, points: 1, check: "answer == 1"}
                      - {id: uses_open, points: 1, answer: "open + 1"}
                """;
        assertThatThrownBy(() -> RubricLoader.load(text, "inline.yaml"))
                .hasMessage("inline.yaml:5:44: part 'uses_open' uses 'open', which has no reference value (it is an"
                        + " open question checked against the student's answer)");
    }

    @Test
    void perPartSettingsOverrideTheRubrics() {
        String text = """
                tolerance: 1%
                decimals: 3
                questions:
                  - id: "1"
                    parts:
                      - {id: a, points: 1, answer: "1/3", tolerance: 0.1, decimals: 1, partial: entries,
                         follow_through: 0.5, labels: "a ="}
                      - {id: b, points: 1.5, answer: "a * 3"}
                """;
        Rubric rubric = RubricLoader.load(text, "inline.yaml");
        Part a = rubric.part("a").orElseThrow();
        Part b = rubric.part("b").orElseThrow();
        assertThat(a.tolerance()).isEqualTo(Tolerance.absolute(0.1));
        assertThat(a.decimals()).isEqualTo(1);
        assertThat(a.followThrough()).isEqualTo(0.5);
        assertThat(a.labels()).containsExactly("a =");
        assertThat(b.tolerance()).isEqualTo(Tolerance.relative(0.01));
        assertThat(b.decimals()).isEqualTo(3);
        assertThat(b.partial()).isEqualTo(PartialCredit.NONE);
        assertThat(rubric.points()).isEqualTo(2.5);
        assertThat(key(rubric, "b")).isEqualTo("1");
    }

    /**
     * A tab that indents line 6 was reported at 5:10, where Jackson's parser stood, and a list never closed said only
     * "while parsing a flow sequence", SnakeYAML's context without the problem.
     */
    @Test
    void malformedYamlIsReportedWhereItsProblemIsAndSaysWhatItIs() {
        String tabbed = "title: x\nquestions:\n  - id: \"1\"\n    title: A\n    parts:\n\t  - {id: a, points: 1,"
                + " answer: \"1\"}\n";
        assertThatThrownBy(() -> RubricLoader.load(tabbed, "tab.yaml")).isInstanceOf(RubricException.class)
                .hasMessageStartingWith("tab.yaml:6:1: found character '\\t(TAB)' that cannot start any token");
        String unclosed = "title: x\nquestions: [\n  {id: \"1\", title: A, parts: [{id: a, points: 1, answer: \"1\"}\n";
        assertThatThrownBy(() -> RubricLoader.load(unclosed, "open.yaml")).isInstanceOf(RubricException.class)
                .hasMessage("open.yaml:4:1: expected ',' or ']', but got <stream end> (while parsing a flow sequence at"
                        + " line 3, column 30)");
    }

    /** An answer was evaluated up to its first error: {@code relu(zzz) + nosuch2(1)} hid the unknown function. */
    @Test
    void everyProblemOfAnAnswerIsReportedAtOnce() {
        String rubric = "title: x\ngiven:\n  X: [[1, 2], [3, 4]]\nquestions:\n  - id: \"1\"\n    title: A\n"
                + "    parts:\n      - {id: a, points: 1, answer: \"conv2d(X, [[1, 2, 3]]) + nosuch(1)\"}\n"
                + "      - {id: b, points: 1, answer: \"relu(zzz) + nosuch2(1)\"}\n"
                + "      - {id: c, points: 1, answer: \"sigmoid(1, 2, 3) + qqq\"}\n";
        assertThatThrownBy(() -> RubricLoader.load(rubric, "r.yaml")).isInstanceOf(RubricException.class)
                .hasMessage(String.join("\n",
                        "r.yaml:8:36: conv2d: kernel 1×3 does not fit the 2×2 input padded by 0",
                        "r.yaml:8:61: unknown function 'nosuch'",
                        "r.yaml:9:41: relu: x must be numbers, not the word zzz",
                        "r.yaml:9:48: unknown function 'nosuch2'",
                        "r.yaml:10:47: sigmoid takes at most 1 arguments: sigmoid(x)",
                        "r.yaml:10:55: unknown name 'qqq'"));
    }

    /** A rubric of no question, or a question of no part, was valid: every team graded 0 of 0, nothing said. */
    @Test
    void aRubricWithoutQuestionsOrAQuestionWithoutPartsIsAnError() {
        assertThatThrownBy(() -> RubricLoader.load("title: x\nquestions: []\n", "r.yaml"))
                .isInstanceOf(RubricException.class)
                .hasMessage("r.yaml:2:12: 'questions' is empty: a rubric asks at least one question");
        assertThatThrownBy(() -> RubricLoader.load("title: x\nquestions:\n  - id: \"1\"\n    title: A\n"
                + "    parts: []\n", "r.yaml")).isInstanceOf(RubricException.class)
                .hasMessage("r.yaml:5:12: question '1' has no parts: 'parts' lists what is graded");
    }
}
