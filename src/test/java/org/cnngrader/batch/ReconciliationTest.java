package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual scores and the roster matched with the teams graded: nothing dropped silently. */
class ReconciliationTest {

    private static double awarded(TeamResult result, String part) {
        return result.part(part).map(PartResult::awarded).orElseThrow();
    }

    private static GradeRun.Summary grade(Path out, Path cohort, Path manual, Path roster) throws IOException {
        return GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(cohort), out, 2, Optional.of(manual),
                Optional.of(roster), false), GradeRun.Progress.silent());
    }

    /** {@code --manual} and {@code --roster} once refused Excel's "CSV UTF-8" (a byte-order mark) and semicolons. */
    @Test
    void manualScoresAndRostersInExcelsCsvUtf8WithSemicolonsOrTabsAreRead(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.named(cohort.resolve("a/answers.csv"), "Team Ä", "2");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "2");
        Path manual = directory.resolve("manual.csv");
        Files.write(manual, ("\uFEFFteam;part;points;comment\r\na;discussion;2,5;Gut erklärt\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path roster = directory.resolve("roster.csv");
        Files.write(roster, "\uFEFFteam\tstudent_id\temail\tname\na\t1\tann@x.org\tAnn\nb\t2\tbo@x.org\tBo\n"
                .getBytes(StandardCharsets.UTF_8));

        GradeRun.Summary summary = grade(directory.resolve("out"), cohort, manual, roster);

        assertThat(awarded(summary.results().get(0), "discussion")).isEqualTo(2.5);
        assertThat(summary.findings()).isEmpty();
        assertThat(Files.readString(directory.resolve("out/moodle.csv"))).contains("ann@x.org", "bo@x.org");
    }

    /**
     * A score for a team or part that does not exist, points over a part's maximum, roster rows without a
     * submission and teams missing from the roster were all dropped silently, so students vanished from
     * moodle.csv.
     */
    @Test
    void everyMismatchIsOneWarningAndARowOfTheSummary(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.named(cohort.resolve("a/answers.csv"), "Alpha", "2");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("c/answers.csv"), "2");
        Path manual = Files.writeString(directory.resolve("manual.csv"), "team,part,points,comment\n"
                + "nobody,discussion,1,\n" + "a,no_such_part,1,\n" + "b,discussion,99,\n" + "A,discussion,1,ok\n");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n"
                + "alpha,1,ann@x.org,Ann\n" + "ghosts,2,gus@x.org,Gus\n" + "B,3,bo@x.org,Bo\n");

        GradeRun.Summary summary = grade(directory.resolve("out"), cohort, manual, roster);

        String file = manual.toString();
        assertThat(summary.findings()).containsExactly(
                new Finding.ManualScoreForUnknownTeam(file, 2, "nobody"),
                new Finding.ManualScoreForUnknownPart(file, 3, "a", "no_such_part"),
                new Finding.ManualScoreOverMaximum(file, 4, "b", "discussion", "99", "3"),
                new Finding.RosterTeamWithoutSubmission("ghosts", 1),
                new Finding.TeamWithoutRosterRows("c"));
        assertThat(awarded(summary.results().get(1), "discussion")).isEqualTo(3);
        // The roster's "alpha" is team a by the name its sheet gives; "B" is team b by its identity.
        assertThat(Files.readString(directory.resolve("out/moodle.csv"))).contains("ann@x.org", "bo@x.org")
                .doesNotContain("gus@x.org");
        String html = Files.readString(directory.resolve("out/summary.html"));
        assertThat(html).contains("<h2>Reconciliation</h2>", "roster team without a submission", "ghosts",
                "manual score over the maximum");
        assertThat(summary.findings()).allSatisfy(finding -> assertThat(finding.consoleLine()).doesNotContain("\n")
                .startsWith("warning: "));
    }

    /** Every run writes manual-scores.csv: every team and manual part, the scores given filled in. */
    @Test
    void everyRunWritesASkeletonOfTheManualScoresToFillIn(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "2");
        Path manual = Files.writeString(directory.resolve("manual.csv"), "team,part,points,comment\n"
                + "b,discussion,2,\"Clear, short\"\n");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n");
        Path out = directory.resolve("out");

        grade(out, cohort, manual, roster);

        List<String> lines = Files.readAllLines(out.resolve("manual-scores.csv"));
        assertThat(lines.get(0)).isEqualTo("team,part,points,comment");
        assertThat(lines).contains("\"a\",\"discussion\",\"\",\"\"", "\"b\",\"discussion\",2,\"Clear, short\"");
        assertThat(lines).hasSize(1 + 2 * 5);
        // Passed back as it is, it matches every team and part.
        GradeRun.Summary again = grade(out, cohort, out.resolve("manual-scores.csv"), roster);
        assertThat(again.findings()).filteredOn(finding -> finding.kind().startsWith("manual")).isEmpty();
    }

    /** Manual scores apply to every team of the cohort, also those kept from an earlier run. */
    @Test
    void manualScoresApplyToTeamsKeptFromAnEarlierRun(@TempDir Path directory) throws IOException {
        Path out = directory.resolve("out");
        Cohorts.grade(out, Cohorts.sheet(directory.resolve("a/answers.csv"), "2"));
        Path manual = Files.writeString(directory.resolve("manual.csv"), "team,part,points,comment\n"
                + "a,discussion,3,Kept and scored\n");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n"
                + "a,1,ann@x.org,Ann\nz,2,zed@x.org,Zed\n");

        GradeRun.Summary summary = grade(out, Cohorts.sheet(directory.resolve("z/answers.csv"), "2"), manual, roster);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "z");
        assertThat(awarded(summary.results().get(0), "discussion")).isEqualTo(3);
        assertThat(out.resolve("teams/a/report.json")).content().contains("Kept and scored");
        assertThat(Files.readString(out.resolve("moodle.csv"))).contains("ann@x.org", "zed@x.org");
    }
}
