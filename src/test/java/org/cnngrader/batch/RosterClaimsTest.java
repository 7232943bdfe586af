package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cnngrader.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet claiming another team's name, in another case or spelled so that only a case-insensitive comparison
 * confuses them, never gets a student listed twice in the LMS exports (an import keeps the last row: the attacker's
 * grade) nor takes the victims' students.
 */
class RosterClaimsTest {

    private static GradeRun.Summary grade(Path out, Path cohort, Path roster) throws IOException {
        return GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(cohort), out, 2, Optional.empty(),
                Optional.of(roster), false), GradeRun.Progress.silent());
    }

    private static long occurrences(String text, String word) {
        return text.lines().filter(line -> line.contains(word)).count();
    }

    @Test
    void aCaseVariantOfAnotherTeamsNameTakesNoStudentAndListsNoneTwice(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.named(cohort.resolve("victim/answers.csv"), "PS 2 I", "2");
        Cohorts.named(cohort.resolve("attacker/answers.csv"), "ps 2 i", "7");
        Cohorts.named(cohort.resolve("other/answers.csv"), "PS 2 J", "2");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n"
                + "PS 2 I,1,ann@x.org,Ann\n" + "PS 2 I,2,bo@x.org,Bo\n" + "PS 2 J,3,cy@x.org,Cy\n");

        GradeRun.Summary summary = grade(directory.resolve("out"), cohort, roster);

        for (String export : List.of("moodle.csv", "canvas.csv")) {
            String rows = Files.readString(directory.resolve("out").resolve(export));
            for (String email : List.of("ann@x.org", "bo@x.org")) {
                assertThat(occurrences(rows, email)).as(export + " " + email).isLessThanOrEqualTo(1);
            }
            assertThat(occurrences(rows, "cy@x.org")).as(export).isEqualTo(1);
            assertThat(rows.lines().filter(line -> line.contains("attacker"))).as(export).isEmpty();
        }
        // The claim does not pass silently: the TA is told both teams give the name, and why the roster team is
        // not exported.
        assertThat(summary.findings()).anySatisfy(finding -> assertThat(finding)
                .isInstanceOf(Finding.SharedName.class));
        assertThat(summary.findings()).anySatisfy(finding -> assertThat(finding)
                .isInstanceOf(Finding.RosterTeamOfSeveralSubmissions.class));
    }

    /**
     * {@code team-İ} and {@code team-i} are two identities (they differ in lower case), yet Java's case-insensitive
     * comparison of characters finds them equal: the students of one must not be listed under the other too.
     */
    @Test
    void identitiesThatOnlyACharacterByCharacterComparisonConfuseListEachStudentOnce(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-i/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("team-\u0130/answers.csv"), "7");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n"
                + "team-i,1,ann@x.org,Ann\n");

        grade(directory.resolve("out"), cohort, roster);

        for (String export : List.of("moodle.csv", "canvas.csv")) {
            String rows = Files.readString(directory.resolve("out").resolve(export));
            assertThat(occurrences(rows, "ann@x.org")).as(export).isEqualTo(1);
        }
        assertThat(Files.readString(directory.resolve("out/moodle.csv"))).contains("Team team-i:");
    }

    /**
     * A student the roster put in two teams got a row of each team's grade in moodle.csv, and the LMS kept whichever
     * came last, without a word to the TA.
     */
    @Test
    void aStudentTheRosterListsInTwoTeamsIsAWarning(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.named(cohort.resolve("team-c/answers.csv"), "team-c", "2");
        Cohorts.named(cohort.resolve("team-d/answers.csv"), "team-d", "7");
        Path roster = Files.writeString(directory.resolve("roster.csv"), "team,student_id,email,name\n"
                + "team-c,2001,sam@x.org,Sam\n" + "team-d,2001,sam@x.org,Sam\n" + "team-d,2002,tom@x.org,Tom\n"
                + "TEAM-D,2002,tom@x.org,Tom\n");

        GradeRun.Summary summary = grade(directory.resolve("out"), cohort, roster);

        assertThat(summary.findings()).contains(
                new Finding.StudentListedTwice("2001", List.of("team-c", "team-d"), 2),
                new Finding.StudentListedTwice("2002", List.of("team-d"), 2));
        assertThat(summary.findings().stream().filter(finding -> finding instanceof Finding.StudentListedTwice)
                .map(Finding::detail)).containsExactly("the roster puts this student in team-c, team-d; moodle.csv"
                        + " and canvas.csv give a grade for each, and the LMS keeps only one", "the roster lists this"
                        + " student 2 times in team-d; moodle.csv and canvas.csv repeat the row");
    }
}
