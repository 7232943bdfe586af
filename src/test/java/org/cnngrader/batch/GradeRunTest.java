package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeRunTest {

    private static final Path SHEET = Path.of("submissions-sample/ps2-team-b.md");

    private static double discussion(TeamResult result) {
        return result.parts().stream().filter(part -> part.id().equals("discussion")).mapToDouble(PartResult::awarded)
                .findFirst().orElseThrow();
    }

    /**
     * Two files whose sheets give one team name are two teams, each known by its file, each with its own manual
     * scores; the shared name is flagged, never merged or renamed.
     */
    @Test
    void teamsGivingOneNameAreKnownByTheirFilesAndFlagged(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(SHEET, cohort.resolve("first.md"));
        Files.copy(SHEET, cohort.resolve("second.md"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("third.csv"));
        Path manual = directory.resolve("manual.csv");
        Files.writeString(manual, "team,part,points,comment\nsecond,discussion,2,Explained\n");

        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"),
                List.of(cohort), directory.resolve("out"), 2, Optional.of(manual), Optional.empty(), false),
                GradeRun.Progress.silent());

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("first", "second", "third");
        assertThat(summary.results()).extracting(TeamResult::name).containsExactly("PS 2 B", "PS 2 B", "PS 2 F");
        assertThat(summary.results()).extracting(GradeRunTest::discussion).containsExactly(0.0, 2.0, 0.0);
        assertThat(summary.results().get(1).total()).isEqualTo(summary.results().get(0).total() + 2);
        assertThat(directory.resolve("out/teams/second/report.json")).content()
                .contains("\"team\" : \"second\"", "\"name\" : \"PS 2 B\"");
        assertThat(folders(directory.resolve("out/teams"))).containsExactly("first", "second", "third");
        assertThat(summary.findings()).containsExactly(new Finding.SharedName("PS 2 B", List.of("first", "second")));
        assertThat(directory.resolve("out/summary.html")).content().contains("given by first, second");
    }

    /**
     * The problem set at the top of a cohort, {@code PS2 questions.pdf}, became a team of 0 points, status ok, with
     * no warning: its matrices were read by their place, each flagged, but nothing said the sheet was no team's.
     */
    @Test
    void aSheetWithoutALabelledAnswerIsWarnedAsPerhapsTheAssignmentHandedOut(@TempDir Path directory)
            throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(Path.of("src/test/resources/handed-out/ps2-handout.pdf"), cohort.resolve("PS2 questions.pdf"));
        Files.copy(SHEET, Files.createDirectories(cohort.resolve("team-b")).resolve("answers.md"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"),
                Files.createDirectories(cohort.resolve("team-f")).resolve("answers.csv"));

        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"),
                List.of(cohort), directory.resolve("out"), 2, Optional.empty(), Optional.empty(), false),
                GradeRun.Progress.silent());

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("PS2 questions", "team-b",
                "team-f");
        assertThat(summary.findings()).containsExactly(new Finding.NothingLabelled("PS2 questions",
                "PS2 questions.pdf"));
        assertThat(directory.resolve("out/summary.html")).content()
                .contains("no answer in PS2 questions.pdf was found by a label or a cell");
    }

    /**
     * A starter repository's handout beside the team's notebook ({@code hw2-gus/ps2.pdf}, {@code hw2-gus/hw2.ipynb}):
     * the handout's "Layer 2: 3 x 3 max pooling, stride 2" named pool1 and answered it with no value read, which
     * counted as a labelled answer, so the handout was graded (0 points, status ok) in place of the notebook and, at
     * the top of a cohort, became a team with no warning.
     */
    @Test
    void aHandoutWhoseLabelsGiveNoValueIsNoLabelledSheet(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Path handout = Path.of("src/test/resources/handed-out/starter-ps2.pdf");
        Path team = Files.createDirectories(cohort.resolve("hw2-gus"));
        Files.copy(handout, team.resolve("ps2.pdf"));
        Files.copy(Path.of("src/test/resources/notebooks/ps2-team-n.ipynb"), team.resolve("hw2.ipynb"));
        Files.copy(handout, cohort.resolve("ps2.pdf"));
        Files.copy(SHEET, Files.createDirectories(cohort.resolve("team-b")).resolve("answers.md"));

        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"),
                List.of(cohort), directory.resolve("out"), 2, Optional.empty(), Optional.empty(), false),
                GradeRun.Progress.silent());

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("hw2-gus", "hw2-gus/hw2.ipynb"), tuple("ps2", "ps2.pdf"), tuple("team-b", "team-b/answers.md"));
        assertThat(summary.findings()).contains(new Finding.NothingLabelled("ps2", "ps2.pdf"));
    }

    /** Two teams whose identities give one folder name each get a folder of their own, in team order. */
    @Test
    void teamsWhoseIdentitiesGiveOneFolderGetAFolderEach(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.writeString(cohort.resolve("A?B.csv"), "team,part,answer\nA?B,half,0.13\n");
        Files.writeString(cohort.resolve("A_B.csv"), "team,part,answer\nA/B,half,0.12\n");

        GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(cohort), directory.resolve("out"),
                1, Optional.empty(), Optional.empty(), false), GradeRun.Progress.silent());

        Path teams = directory.resolve("out/teams");
        assertThat(folders(teams)).containsExactly("A_B", "A_B-2");
        assertThat(teams.resolve("A_B/report.json")).content().contains("\"team\" : \"A?B\"");
        assertThat(teams.resolve("A_B-2/report.json")).content().contains("\"team\" : \"A_B\"");
        assertThat(directory.resolve("out/summary.html")).content().contains("teams/A_B-2/report.html");
    }

    /**
     * Each team's reports wait in the run's staging folder until every name is known. A run killed midway leaves
     * its staging folder; the next run discards it, but not the staging folder of a run still under way.
     */
    @Test
    void theStagingFolderOfAKilledRunIsDiscardedAndARunLeavesNoneOfItsOwn(@TempDir Path directory)
            throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path teams = directory.resolve("out/teams");
        Path killed = Files.createDirectories(teams.resolve(".grading-" + ended.pid() + "/0-0"));
        Files.writeString(killed.resolve("report.md"), "# half a run");
        Path underWay = Files.createDirectories(teams.resolve(".grading-" + ProcessHandle.current().parent()
                .orElseThrow().pid()));

        GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(SHEET), directory.resolve("out"),
                1, Optional.empty(), Optional.empty(), false), GradeRun.Progress.silent());

        assertThat(folders(teams)).containsExactly(".grading-" + ProcessHandle.current().parent().orElseThrow().pid(),
                "ps2-team-b");
        assertThat(underWay).isDirectory();
    }

    /**
     * Regrading one late team into an output folder once left cohort files holding that team alone, beside the
     * other teams' report folders.
     */
    @Test
    void regradingOneLateTeamKeepsEveryOtherTeamInEveryCohortFile(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "1");
        Path late = Cohorts.sheet(cohort.resolve("c.csv"), "2");
        Path roster = Files.writeString(directory.resolve("roster.csv"),
                "team,student_id,email,name\na,1,a@x.org,Ann\nb,2,b@x.org,Bo\nc,3,c@x.org,Cy\n");
        Path out = directory.resolve("out");
        Path once = directory.resolve("once");
        GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(cohort), once, 2, Optional.empty(),
                Optional.of(roster), false), GradeRun.Progress.silent());

        GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(cohort.resolve("a"), cohort.resolve("b")), out, 2,
                Optional.empty(),
                Optional.of(roster), false), GradeRun.Progress.silent());
        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(late), out, 2,
                Optional.empty(), Optional.of(roster), false), GradeRun.Progress.silent());

        assertThat(summary.gradedNow()).containsExactly("c");
        assertThat(summary.kept()).isEqualTo(2);
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("a", "b", "c");
        assertThat(Cohorts.teams(out.resolve("manual-scores.csv"))).containsOnly("a", "b", "c");
        assertThat(Files.readString(out.resolve("moodle.csv"))).contains("a@x.org", "b@x.org", "c@x.org");
        assertThat(Cohorts.folders(out.resolve("teams"))).containsExactly("a", "b", "c");
        // Grading the cohort in two runs gives the files grading it in one gives.
        for (String file : List.of("gradebook.csv", "moodle.csv", "canvas.csv", "summary.html", "results.json",
                "manual-scores.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(once.resolve(file)));
        }
    }

    /**
     * Graded alone after its cohort, {@code z/teamz} (which the cohort's run named {@code teamz (2)} beside
     * {@code TeamZ}) took the place of {@code TeamZ}: two reports of one team, and the other team gone.
     */
    @Test
    void regradingATeamWhoseNameDiffersFromAnothersOnlyByCaseReplacesItselfNotTheOther(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("z");
        Cohorts.sheet(cohort.resolve("TeamZ/answers.csv"), "2");
        Path teamz = Cohorts.sheet(cohort.resolve("teamz/answers.csv"), "1").getParent();
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        byte[] other = Files.readAllBytes(out.resolve("teams/TeamZ/report.json"));
        Cohorts.sheet(teamz.resolve("answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(out, teamz);

        assertThat(summary.gradedNow()).containsExactly("teamz (2)");
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("TeamZ", "teamz (2)");
        assertThat(out.resolve("teams/TeamZ/report.json")).hasBinaryContent(other);
        assertThat(summary.findings()).doesNotHaveAnyElementsOfTypes(Finding.ReplacedFromElsewhere.class);
    }

    /**
     * Regraded alone after its cohort, a team's folder of a report and a notebook was read as a cohort of two: teams
     * {@code hw2} and {@code report} beside the stale {@code team-a}.
     */
    @Test
    void regradingATeamOfAReportAndANotebookReplacesItsRowNotAddsTwo(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("subs");
        for (String team : List.of("team-a", "team-b")) {
            Cohorts.sheet(cohort.resolve(team + "/report.csv"), "2");
            Files.writeString(cohort.resolve(team + "/hw2.md"), "print(model)");
        }
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        Cohorts.sheet(cohort.resolve("team-a/report.csv"), "1");

        GradeRun.Summary summary = Cohorts.grade(out, cohort.resolve("team-a"));

        assertThat(summary.gradedNow()).containsExactly("team-a");
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("team-a", "team-b");
    }

    /** A cohort of one sheet, graded again once a second team handed in, stayed one team of two sheets. */
    @Test
    void aCohortOfOneSheetGradedAgainWithASecondIsACohortOfTwo(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("subs");
        Cohorts.sheet(cohort.resolve("alice.csv"), "2");
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        Cohorts.sheet(cohort.resolve("bob.csv"), "1");

        GradeRun.Summary summary = Cohorts.grade(out, cohort);

        assertThat(summary.gradedNow()).containsExactly("alice", "bob");
    }

    /** A second section's team {@code a} replaced the first section's {@code a}, graded earlier, without a word. */
    @Test
    void aTeamOfTheSameIdentityHandedInElsewhereReplacesTheEarlierOneWithAWarning(@TempDir Path directory)
            throws IOException {
        Path first = Cohorts.sheet(directory.resolve("x/a/answers.csv"), "2").getParent();
        Path second = Cohorts.sheet(directory.resolve("y/a/answers.csv"), "1").getParent();
        Path out = directory.resolve("out");
        Cohorts.grade(out, first);

        GradeRun.Summary summary = Cohorts.grade(out, second);

        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("a");
        assertThat(summary.findings()).containsExactly(new Finding.ReplacedFromElsewhere("a", "../x/a", "../y/a"));
        assertThat(summary.findings().get(0).warning()).isTrue();
        assertThat(out.resolve("results.json")).content().contains("\"handed_in\" : {\n    \"a\" : \"../y/a\"")
                .doesNotContain(directory.toString());
    }

    /**
     * Graded again after the TA moved the submissions folder (or downloaded it again elsewhere), every team was
     * "replaced from elsewhere"; nothing is left at the earlier place, so these are the same teams.
     */
    @Test
    void aCohortMovedAndGradedAgainIsTheSameCohort(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("subs");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "1");
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        Path moved = Files.move(cohort, directory.resolve("subs-2"));

        GradeRun.Summary summary = Cohorts.grade(out, moved);

        assertThat(summary.findings()).isEmpty();
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("a", "b");
    }

    /** {@code --fresh} forgets the earlier run: its teams leave every cohort file, and their folders go. */
    @Test
    void aFreshRunStartsOverAndRemovesTheEarlierTeamsFolders(@TempDir Path directory) throws IOException {
        Path out = directory.resolve("out");
        Cohorts.grade(out, Cohorts.sheet(directory.resolve("old/x.csv"), "2"),
                Cohorts.sheet(directory.resolve("old/y.csv"), "2"));
        Path late = Cohorts.sheet(directory.resolve("z.csv"), "2");

        GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(late), out, 1, Optional.empty(), Optional.empty(),
                false, GradeRun.Start.FRESH), GradeRun.Progress.silent());

        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("z");
        assertThat(Cohorts.folders(out.resolve("teams"))).containsExactly("z");
    }

    /** Merging with the results of another rubric would mix two assignments: it is refused, in one line. */
    @Test
    void anOutputFolderOfAnotherRubricIsNotMergedWith(@TempDir Path directory) throws IOException {
        Path out = directory.resolve("out");
        Cohorts.grade(out, Cohorts.sheet(directory.resolve("x.csv"), "2"));
        assertThatThrownBy(() -> GradeRun.run(new GradeRun.Options(Path.of("rubrics/lmu-ex4.yaml"),
                List.of(directory.resolve("x.csv")), out, 1, Optional.empty(), Optional.empty(), false),
                GradeRun.Progress.silent())).isInstanceOf(InputException.class)
                .hasMessageContaining("holds the results of another rubric").hasMessageContaining("--fresh");
    }

    /**
     * A rubric edited after grading (a part's points, a check) and one team regraded into the same folder gave a
     * gradebook of two rubrics: that team out of the new points, the kept teams out of the old, without a word.
     */
    @Test
    void anEditedRubricIsNotMergedWithTeamsGradedByItsEarlierVersion(@TempDir Path directory) throws IOException {
        Path rubric = Files.writeString(directory.resolve("ps2.yaml"), Files.readString(Cohorts.RUBRIC));
        Path out = directory.resolve("out");
        Path first = Cohorts.sheet(directory.resolve("cohort/first.csv"), "2");
        Path second = Cohorts.sheet(directory.resolve("cohort/second.csv"), "1");
        GradeRun.Options all = new GradeRun.Options(rubric, List.of(first.getParent()), out, 1, Optional.empty(),
                Optional.empty(), false);
        GradeRun.Options one = new GradeRun.Options(rubric, List.of(second), out, 1, Optional.empty(),
                Optional.empty(), false);
        GradeRun.run(all, GradeRun.Progress.silent());
        GradeRun.run(one, GradeRun.Progress.silent());

        Files.writeString(rubric, Files.readString(rubric).replaceFirst("points: 3\n", "points: 6\n"));
        byte[] gradebook = Files.readAllBytes(out.resolve("gradebook.csv"));
        assertThatThrownBy(() -> GradeRun.run(one, GradeRun.Progress.silent())).isInstanceOf(InputException.class)
                .hasMessageContaining("another version of " + rubric).hasMessageContaining("1 team there")
                .hasMessageContaining("--fresh");
        assertThat(out.resolve("gradebook.csv")).hasBinaryContent(gradebook);

        // Grading every team again with the edited rubric keeps none of the old grades: merged.
        GradeRun.run(all, GradeRun.Progress.silent());
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("first", "second");
    }

    /**
     * A kept team's parts to review came back as notes: the summary listed them by the whole reason, one by one and in
     * the report's words, where a run grading every team groups them (follow-through from S and from A in one line).
     */
    @Test
    void keptTeamsAreSummarisedAsTheRunThatGradedThemSummarisedThem(@TempDir Path directory) throws IOException {
        Path sample = Path.of("submissions-sample");
        Path once = directory.resolve("once");
        Path twice = directory.resolve("twice");
        Cohorts.grade(once, sample);
        Cohorts.grade(twice, sample);
        Cohorts.grade(twice, sample.resolve("team-d"));

        assertThat(Files.readString(once.resolve("summary.html"))).contains("— A: from S; P: from A");
        assertThat(twice.resolve("summary.html")).hasSameBinaryContentAs(once.resolve("summary.html"));
    }

    /** {@code grade R emptydir}, and a folder of only unsupported files, once exited 0 with an empty gradebook. */
    @Test
    void aCohortWithoutSubmissionsIsAnInputErrorNotAnEmptyGradebook(@TempDir Path directory) throws IOException {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        Path unsupported = Files.createDirectories(directory.resolve("unsupported"));
        Files.writeString(unsupported.resolve("train.py"), "print(1)\n");
        Files.writeString(unsupported.resolve("weights.bin"), "\u0000");
        for (Path cohort : List.of(empty, unsupported)) {
            assertThatThrownBy(() -> Cohorts.grade(directory.resolve("out"), cohort))
                    .isInstanceOf(InputException.class).hasMessageContaining("no submissions found");
        }
        assertThat(directory.resolve("out")).doesNotExist();
    }

    /**
     * A folder holding only an archive not yet unpacked ({@code grade R team-d}, or the LMS's download) said only that
     * no submission was found, not that the archive was passed over.
     */
    @Test
    void aFolderOfAnArchiveOnlySaysToUnpackIt(@TempDir Path directory) throws IOException {
        Path team = Files.createDirectories(directory.resolve("team-d"));
        Files.write(team.resolve("handed-in.zip"), new byte[] {'P', 'K', 3, 4});

        assertThatThrownBy(() -> Cohorts.grade(directory.resolve("out"), team))
                .isInstanceOf(InputException.class).hasMessageContaining("no submissions found")
                .hasMessageContaining("handed-in.zip is an archive (.zip); unpack it to grade the sheet inside");
    }

    private static List<String> folders(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
