package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --require-full}, the offline check a CI job runs on a student's repository: exit 4 when a part graded
 * automatically is short of full marks; parts a TA scores never count against the sheet; an unreadable sheet keeps
 * exit 3; without the option the exit code says nothing about the score.
 */
class RequireFullTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";

    @Test
    void aSheetWithEveryAutomaticPartRightPassesThoughTheTaHasNotScoredTheRest() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "submissions-sample/ps2-team-b.md",
                "--require-full");
        assertThat(run.out()).contains("Score: 33 / 50");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aSheetShortOfFullMarksExitsWithFour() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "submissions-sample/ps2-team-f.csv",
                "--require-full");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FULL_MARKS.code()).isEqualTo(4);
        assertThat(EvalCommandTest.run("check", RUBRIC, "submissions-sample/ps2-team-f.csv").exitCode()).isZero();
    }

    @Test
    void anUnreadableSheetKeepsExitThreeAndItsReportShowsNoKey() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "submissions-sample/team-k",
                "--require-full");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("UNREADABLE").doesNotContain("expected");
        EvalCommandTest.Run json = EvalCommandTest.run("check", RUBRIC, "submissions-sample/team-k", "--json");
        assertThat(json.out()).contains("\"expected\" : null").doesNotContain("0.88");
    }

    @Test
    void theReportsOfAnUnreadableSubmissionDoNotPrintTheKey(@org.junit.jupiter.api.io.TempDir Path out)
            throws IOException {
        EvalCommandTest.Run run = EvalCommandTest.run("grade", RUBRIC, "submissions-sample/team-k", "-o",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        Path team = out.resolve("teams/team-k");
        for (String report : List.of("report.md", "report.html", "report.json")) {
            assertThat(Files.readString(team.resolve(report))).as(report).doesNotContain("0.88")
                    .doesNotContain("9216").doesNotContain("96, 55, 55");
        }
    }
}
