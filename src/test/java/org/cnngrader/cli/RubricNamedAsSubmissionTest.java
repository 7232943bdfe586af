package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check R R} and {@code grade R R} read the rubric as a text sheet and graded it as a team (exit 0), where the
 * swapped order ({@code check SHEET R}) was already refused.
 */
class RubricNamedAsSubmissionTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";

    private static final String REFUSAL = RUBRIC + ": the rubric, not an answer sheet; the answer sheets (or their"
            + " folder) come after the rubric";

    @Test
    void checkingTheRubricAsTheSheetIsOneLineAndExitTwo() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, RUBRIC);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(REFUSAL);
    }

    @Test
    void gradingTheRubricAmongTheSubmissionsIsOneLineAndExitTwoAndWritesNothing(@TempDir Path directory) {
        Path output = directory.resolve("out");
        EvalCommandTest.Run run = EvalCommandTest.run("grade", RUBRIC, "submissions-sample/ps2-team-f.csv", RUBRIC,
                "-o", output.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(REFUSAL);
        assertThat(output).doesNotExist();
    }

    /** {@code check R other.yaml} graded another rubric as a text sheet: 0 points, every part missing, exit 0. */
    @Test
    void checkingAnotherRubricAsTheSheetIsOneLineAndExitTwo() {
        String other = "rubrics/lmu-ex4.yaml";
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, other);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(other + ": a rubric (a .yaml file), not an answer sheet; one"
                + " rubric comes first, then the answer sheets (or their folder)");
    }
}
