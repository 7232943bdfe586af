package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.Finding;
import org.cnngrader.sheet.RefusedFolders;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which paths are submissions, and which team each is: where it was handed in. */
class DiscoveryTest {

    /**
     * {@code grade R a/answers.csv b/answers.csv c/answers.csv} once gave three rows named
     * {@code answers (answers.csv)} and one report folder: two teams' reports were lost.
     */
    @Test
    void threeTeamFoldersNamedByTheirSheetsAreThreeTeamsEachWithItsReports(@TempDir Path directory)
            throws IOException {
        Path a = Cohorts.sheet(directory.resolve("a/answers.csv"), "0.125");
        Path b = Cohorts.sheet(directory.resolve("b/answers.csv"), "0.5");
        Path c = Cohorts.sheet(directory.resolve("c/answers.csv"), "0.25");
        Path out = directory.resolve("out");

        GradeRun.Summary summary = Cohorts.grade(out, a, b, c);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "b", "c");
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("a", "b", "c");
        assertThat(Cohorts.folders(out.resolve("teams"))).containsExactly("a", "b", "c");
        assertThat(out.resolve("teams/b/report.json")).content().contains("\"source\" : \"b/answers.csv\"");
    }

    /** {@code cd subs && grade R .} twice once read the first run's gradebook as ten phantom teams. */
    @Test
    void aSecondRunIntoTheCohortFolderNeverReadsTheFirstRunsOutput(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("b/answers.csv"), "0.5");
        Path out = subs.resolve("graded");
        Cohorts.grade(out, subs);
        byte[] first = Files.readAllBytes(out.resolve("gradebook.csv"));
        // A copy of a run's output beside the teams is no team either.
        Files.createDirectories(subs.resolve("old-run"));
        Files.copy(out.resolve("gradebook.csv"), subs.resolve("old-run/gradebook.csv"));

        GradeRun.Summary again = Cohorts.grade(out, subs);

        assertThat(again.results()).extracting(TeamResult::team).containsExactly("a", "b");
        assertThat(Files.readAllBytes(out.resolve("gradebook.csv"))).isEqualTo(first);
        assertThat(again.findings()).extracting(Finding::subject).containsExactly(
                subs.resolve("graded").toString(), subs.resolve("old-run").toString());
        assertThatThrownBy(() -> Cohorts.grade(directory.resolve("elsewhere"), out))
                .isInstanceOf(InputException.class).hasMessageContaining("output of an earlier grade run");
    }

    /** {@code grade R subs -o subs} said subs "is inside the output folder subs": it is that folder. */
    @Test
    void submissionsNamedAsTheOutputFolderAreSaidToBeIt(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.5");

        assertThatThrownBy(() -> Cohorts.grade(subs, subs)).isInstanceOf(InputException.class)
                .hasMessage(subs + ": is also the output folder (-o " + subs + "): name another folder for the"
                        + " reports, such as -o graded");
    }

    /** A cohort folder that is a git repository was graded as one team, nine teams skipped without a word. */
    @Test
    void aCohortThatIsAGitRepositoryIsGradedAsACohortWithANote(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Files.createDirectories(cohort.resolve(".git"));
        Cohorts.sheet(cohort.resolve("team-1/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-2/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("late.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("late", "team-1", "team-2");
        assertThat(summary.findings()).containsExactly(new Finding.RepositoryGradedAsCohort(cohort.toString(), 3));
    }

    /**
     * A team's repository named alone, keeping its report and notebook in folders of their own, was a cohort of two
     * teams, {@code report} and {@code notebooks}, with a note.
     */
    @Test
    void aRepositoryOfAReportAndANotebookInFoldersNamedAloneIsOneTeam(@TempDir Path directory) throws IOException {
        Path repository = directory.resolve("assignment-2-team-b");
        Files.createDirectories(repository.resolve(".git"));
        Cohorts.sheet(repository.resolve("report/hw2.csv"), "0.125");
        Files.writeString(Files.createDirectories(repository.resolve("notebooks")).resolve("hw2.md"), "stride = 2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), repository);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assignment-2-team-b", "assignment-2-team-b/report/hw2.csv"));
        assertThat(summary.findings()).isEmpty();
    }

    /** A team's repository has one answer sheet at its top, whatever else it holds. */
    @Test
    void aRepositoryWithOneAnswerSheetAtItsTopIsOneTeam(@TempDir Path directory) throws IOException {
        Path repository = directory.resolve("team-q");
        Files.createDirectories(repository.resolve(".git"));
        Cohorts.sheet(repository.resolve("solution.csv"), "0.125");
        Files.writeString(repository.resolve("solution.tex"), "\\section{1.2}");
        Cohorts.sheet(repository.resolve("drafts/old.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), repository);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team-q", "team-q/solution.csv"));
    }

    /** A sheet's team cell is a name only: it cannot take the identity of the submission it names. */
    @Test
    void aTeamCellNeverTakesAnotherSubmissionsIdentity(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.named(cohort.resolve("alpha.csv"), "beta", "0.125");
        Cohorts.named(cohort.resolve("beta.csv"), "Beta", "0.5");
        // A wide sheet at the top of the cohort: a team per row, by its team cell, unless that is taken.
        Files.writeString(cohort.resolve("section.csv"), "team,avg_stride\nalpha,0.125\ngamma,0.5\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team)
                .containsExactly("alpha", "alpha (section.csv)", "beta", "gamma");
        assertThat(summary.results()).extracting(TeamResult::name)
                .containsExactly("beta", "alpha", "Beta", "gamma");
        assertThat(summary.findings()).contains(new Finding.SharedName("alpha", List.of("alpha",
                "alpha (section.csv)")), new Finding.SharedName("beta", List.of("alpha", "beta")));
    }

    /** A file inside a team's folder gives that team only, even a sheet of several teams. */
    @Test
    void aSheetOfSeveralTeamsInATeamsFolderGivesThatTeamOnly(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Files.createDirectories(cohort.resolve("team-w"));
        Files.writeString(cohort.resolve("team-w/wide.csv"), "team,avg_stride\nx,0.125\ny,0.5\n");
        Cohorts.sheet(cohort.resolve("team-v/answers.csv"), "0.125");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-v", "team-w");
        assertThat(summary.results().get(1).unreadable()).get().asString()
                .contains("holds the answers of 2 teams", "a file in a team's folder gives that team only");
    }

    /**
     * A repository's training log whose columns are named as parts ({@code data/metrics.csv}: {@code epoch,A,P,loss})
     * ranks first by its format and reads as several teams' rows: the team was unreadable, though its notebook
     * ({@code notebooks/hw2.ipynb}) holds its answers. The notebook is read in its place, with a note.
     */
    @Test
    void aDataTableOfSeveralRowsInATeamsFolderMadeTheTeamUnreadable(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Files.createDirectories(cohort.resolve("hw2-dave/data"));
        Files.writeString(cohort.resolve("hw2-dave/data/metrics.csv"), "epoch,avg_stride,loss\n1,1,0.9\n2,2,0.7\n");
        Files.createDirectories(cohort.resolve("hw2-dave/notes"));
        Files.writeString(cohort.resolve("hw2-dave/notes/hw2.md"), "avg_stride: 2\n");
        Cohorts.sheet(cohort.resolve("hw2-erin/answers.csv"), "0.125");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("hw2-dave", "hw2-dave/notes/hw2.md"), tuple("hw2-erin", "hw2-erin/answers.csv"));
        assertThat(summary.results().get(0).unreadable()).isEmpty();
        assertThat(summary.results().get(0).notes()).anyMatch(note -> note.startsWith("skipped"
                + " hw2-dave/data/metrics.csv: it holds the answers of 2 teams"));
    }

    /** Two submissions that would go by one identity take more of their path, never one folder. */
    @Test
    void submissionsOfOneNameTakeMoreOfTheirPath(@TempDir Path directory) throws IOException {
        Path first = Cohorts.sheet(directory.resolve("x/a/answers.csv"), "0.125");
        Path second = Cohorts.sheet(directory.resolve("y/a/answers.csv"), "0.5");
        Path third = Cohorts.sheet(directory.resolve("y/A/answers.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), first, second, third);

        // y/A and y/a differ only by case: the second in path order is numbered.
        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("x/a", "y/A", "y/a (2)");
        assertThat(Cohorts.folders(directory.resolve("out/teams"))).hasSize(3);
    }

    /**
     * A team's zip, a document in another format or a sheet without an extension at the top of a cohort was dropped
     * without a word: the TA learnt of it from the student.
     */
    @Test
    void aFileAtTheTopOfACohortThatIsNoSheetIsNamedWithWhatToDo(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("b.csv"), "0.5");
        Files.write(cohort.resolve("team-c.zip"), new byte[] {'P', 'K', 3, 4});
        Files.copy(cohort.resolve("a.csv"), cohort.resolve("team-d"));
        Files.write(cohort.resolve("team-e.odt"), new byte[] {'P', 'K', 3, 4});

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "b");
        assertThat(summary.findings()).containsExactly(
                new Finding.NotASheet(cohort.resolve("team-c.zip").toString(),
                        "an archive (.zip); unpack it to grade the sheet inside"),
                new Finding.NotASheet(cohort.resolve("team-d").toString(), "a file without an extension; name it for"
                        + " its format (.pdf, .docx, .ipynb, .xlsx, .csv, .md or .txt) to grade it"),
                new Finding.NotASheet(cohort.resolve("team-e.odt").toString(), "a .odt file, not a format this tool"
                        + " reads; export it as PDF to grade it"));
        assertThat(summary.findings()).allMatch(Finding::warning);
    }

    /** A team folder holding only its zip was "unreadable: the folder holds no answer sheet", nothing more. */
    @Test
    void aTeamFolderWithoutASheetSaysWhatItHolds(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "0.5");
        Files.createDirectories(cohort.resolve("c"));
        Files.write(cohort.resolve("c/handed-in.zip"), new byte[] {'P', 'K', 3, 4});

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "b", "c");
        assertThat(summary.results().get(2).unreadable()).hasValue("the folder holds no answer sheet (xlsx, csv, pdf,"
                + " docx, ipynb, tex, md or txt) within 3 folders of its top; c/handed-in.zip is an archive (.zip);"
                + " unpack it to grade the sheet inside");
    }

    /** A team whose answers are in its repository's README.md only was "unreadable: no answer sheet", naming nothing. */
    @Test
    void aTeamFolderWithOnlyAReadmeNamesIt(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "0.125");
        Files.createDirectories(cohort.resolve("c"));
        Files.copy(Path.of("submissions-sample/ps2-team-b.md"), cohort.resolve("c/README.md"));

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "c");
        assertThat(summary.results().get(1).unreadable()).hasValue("the folder holds no answer sheet (xlsx, csv, pdf,"
                + " docx, ipynb, tex, md or txt) within 3 folders of its top; c/README.md is a repository's own file by"
                + " its name, never read as answers: if it holds them, copy it as answers.md to grade it");
    }

    /**
     * An earlier run's output kept two folders down ({@code previous/run1}) was graded as team {@code previous}, its
     * first team's {@code report.md} read as that team's answers; a team's reports copied out of a run, likewise.
     */
    @Test
    void anEarlierRunsOutputOrReportsKeptDeeperInTheCohortAreNoTeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "0.5");
        Path earlier = directory.resolve("earlier");
        Cohorts.grade(earlier, cohort);
        copy(earlier, cohort.resolve("previous/run1"));
        copy(earlier.resolve("teams/a"), cohort.resolve("copied-report"));

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a", "b");
        assertThat(summary.findings()).containsExactly(
                new Finding.NotASubmission(cohort.resolve("copied-report").toString(),
                        "the output of an earlier grade run"),
                new Finding.NotASubmission(cohort.resolve("previous").toString(), "the output of an earlier grade run"));
    }

    /**
     * A TA's {@code late/} folder holding two teams' folders named as teams are, in different formats, beside teams'
     * folders: it was one team, {@code late}, graded from one of the two, the other lost with only a report's note. It
     * is laid out as the cohort is, one level down: a section.
     */
    @Test
    void aTasFolderOfLateTeamsFoldersInDifferentFormatsLostATeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("Neural Ninjas/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("Conv Crew/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("late/Kernel Kings/answers.csv"), "2");
        Files.createDirectories(cohort.resolve("late/Stride Riders"));
        Files.writeString(cohort.resolve("late/Stride Riders/solution.md"),
                "## 1.4 Pooling transformed into convolution\n\nStride: 2\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("Conv Crew", "Kernel Kings",
                "Neural Ninjas", "Stride Riders");
    }

    /**
     * A TA's two rounds of one cohort side by side ({@code round1/Ann Lee/hw2.md}, {@code round1/Bo Chen/answers.csv},
     * the same students in {@code round2/}), each student handing in one format: the students' folders named alike
     * in both rounds made them look like teams handing in from one template, so each round was one team, graded from
     * one student's sheet, and the other student was lost. Sheets at the tops of a folder's folders naming different
     * teams are different teams' work: each round is a section, each student graded in both, warned.
     */
    @Test
    void twoRoundsOfOneCohortWereTwoTeamsAndLostAStudent(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        for (String round : List.of("round1", "round2")) {
            Files.createDirectories(cohort.resolve(round + "/Ann Lee"));
            Files.writeString(cohort.resolve(round + "/Ann Lee/hw2.md"),
                    "Team Ann\n\n## 1.4 Pooling transformed into convolution\n\nStride: 2\n");
            Cohorts.named(cohort.resolve(round + "/Bo Chen/answers.csv"), "Bo", "0.5");
        }

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("round1/Ann Lee",
                "round1/Bo Chen", "round2/Ann Lee", "round2/Bo Chen");
        assertThat(summary.findings()).filteredOn(Finding.SectionOfTeams.class::isInstance).hasSize(2);
    }

    /**
     * Microsoft Teams' class files of an assignment: {@code Student Work/Submitted files/<student>/<assignment>/} and
     * the same students' work in progress in {@code Working files/}, where a third student's work lies who never turned
     * it in. The whole was one team, {@code Student Work}, graded from one student's sheet, the others lost. Each
     * student who turned work in is a team, graded from it; the working files are not read, and the student who never
     * turned work in is named in a warning.
     */
    @Test
    void microsoftTeamsStudentWorkWasOneTeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("subs");
        Path work = cohort.resolve("Student Work");
        for (String files : List.of("Submitted files", "Working files")) {
            Cohorts.named(work.resolve(files + "/Ann Lee/Problem Set 2/answers.csv"), "Ann", "0.5");
            Files.createDirectories(work.resolve(files + "/Bo Chen/Problem Set 2"));
            Files.writeString(work.resolve(files + "/Bo Chen/Problem Set 2/hw2.md"),
                    "Team Bo\n\n## 1.4 Pooling transformed into convolution\n\nStride: 2\n");
        }
        Cohorts.named(work.resolve("Working files/Cy Diaz/Problem Set 2/answers.csv"), "Cy", "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out-named"), work);

        for (GradeRun.Summary run : List.of(summary, named)) {
            assertThat(run.results()).extracting(TeamResult::team).containsExactly("Ann Lee", "Bo Chen");
        }
        assertThat(named.results()).extracting(TeamResult::source).containsExactly(
                "Submitted files/Ann Lee/Problem Set 2/answers.csv", "Submitted files/Bo Chen/Problem Set 2/hw2.md");
        assertThat(summary.findings()).filteredOn(Finding.WorkNotTurnedIn.class::isInstance).containsExactly(
                new Finding.WorkNotTurnedIn(cohort.resolve("Student Work/Working files").toString(),
                        List.of("Cy Diaz")));
    }

    /**
     * Microsoft Teams' {@code Submitted files} that cannot be opened stopped the run with an error: it is a team,
     * unreadable, saying why, and the run goes on.
     */
    @Test
    void microsoftTeamsSubmittedFilesThatCannotBeOpenedAreATeamUnreadable(@TempDir Path directory)
            throws IOException {
        Path work = directory.resolve("Student Work");
        Cohorts.named(work.resolve("Submitted files/Ann Lee/Problem Set 2/answers.csv"), "Ann", "0.5");
        Cohorts.named(work.resolve("Working files/Ann Lee/Problem Set 2/answers.csv"), "Ann", "0.5");

        GradeRun.Summary summary;
        try (RefusedFolders refused = RefusedFolders.refusing(work.resolve("Submitted files"),
                work.resolve("Working files"))) {
            summary = Cohorts.grade(directory.resolve("out"), work);
        }

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("Submitted files");
        assertThat(summary.results().get(0).unreadable()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("permission denied"));
    }

    /**
     * A TA regrading one team's late file from a folder of its own ({@code grade R late/team-b.csv -o out}, then
     * {@code inbox/Ann Lee.csv}) into the cohort's output: the folder holding one sheet was taken for a team's folder,
     * and each file was graded as a new team named after its folder, {@code late} and {@code inbox}, beside the team
     * it is, which kept its old grade. A file whose name names a team, or a team the earlier run graded, is that team
     * when its folder's name does not: the team is replaced, warned.
     */
    @Test
    void aLateFileAloneInATasFolderWasGradedAsATeamNamedAfterTheFolder(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("subs");
        Cohorts.sheet(cohort.resolve("team-a.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("Ann Lee.csv"), "0.125");
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);

        GradeRun.Summary late = Cohorts.grade(out, Cohorts.sheet(directory.resolve("late/team-b.csv"), "0.5"));
        GradeRun.Summary inbox = Cohorts.grade(out, Cohorts.sheet(directory.resolve("inbox/Ann Lee.csv"), "0.5"));

        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactly("Ann Lee", "team-a", "team-b");
        assertThat(late.findings()).filteredOn(Finding.ReplacedFromElsewhere.class::isInstance)
                .extracting(Finding::subject).containsExactly("team-b");
        assertThat(inbox.findings()).filteredOn(Finding.ReplacedFromElsewhere.class::isInstance)
                .extracting(Finding::subject).containsExactly("Ann Lee");
        assertThat(Discovery.one(directory.resolve("late/team-b.csv"), org.cnngrader.sheet.Assignment.UNNUMBERED).team())
                .isEqualTo("team-b");
    }

    /**
     * A TA's folders sorting one cohort's sheets (the finals and the drafts; the days they came): one team's sheet in
     * two of them is graded twice, warned, and the first by path took the team's name, the other a number: the draft
     * and the earlier day's sheet were {@code team-a}, the gradebook row the roster and the LMS's grades go by. The
     * latest takes the name: not the one in a folder set aside, then the later day's.
     */
    @Test
    void aDraftOrAnEarlierDaysSheetTookTheTeamsName(@TempDir Path directory) throws IOException {
        Path sorted = directory.resolve("sorted");
        Cohorts.sheet(sorted.resolve("drafts/team-a.csv"), "0.125");
        Cohorts.sheet(sorted.resolve("final/team-a.csv"), "0.5");
        Cohorts.sheet(sorted.resolve("final/team-b.csv"), "0.5");
        Path days = directory.resolve("days");
        Cohorts.sheet(days.resolve("2025-10-17/team-a.csv"), "0.125");
        Cohorts.sheet(days.resolve("2025-10-17/team-b.csv"), "0.5");
        Cohorts.sheet(days.resolve("19.10.2025/team-a.csv"), "0.5");

        GradeRun.Summary finals = Cohorts.grade(directory.resolve("out"), sorted);
        GradeRun.Summary latest = Cohorts.grade(directory.resolve("out-days"), days);

        assertThat(finals.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-a", "final/team-a.csv"),
                org.assertj.core.groups.Tuple.tuple("team-a (2)", "drafts/team-a.csv"),
                org.assertj.core.groups.Tuple.tuple("team-b", "final/team-b.csv"));
        assertThat(latest.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-a", "19.10.2025/team-a.csv"),
                org.assertj.core.groups.Tuple.tuple("team-a (2)", "2025-10-17/team-a.csv"),
                org.assertj.core.groups.Tuple.tuple("team-b", "2025-10-17/team-b.csv"));
    }

    /**
     * A TA's {@code late/} or {@code Inbox/} folder holding one sheet whose name names no team ({@code late/hw2.csv}):
     * it was graded as a team named {@code late} without a word, which no roster row or manual score names. It still
     * is (nothing tells its team), with a warning naming the folder; a team's folder of another name is no TA's.
     */
    @Test
    void aTeamNamedAfterATasFolderIsWarnedOf(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("late/hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("Late_Submissions/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("Latent Layers/answers.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("late", "Late_Submissions",
                "Latent Layers", "team-a", "team-b");
        assertThat(summary.findings()).filteredOn(Finding.NamedAfterATasFolder.class::isInstance)
                .containsExactlyInAnyOrder(new Finding.NamedAfterATasFolder("late", cohort.resolve("late").toString()),
                        new Finding.NamedAfterATasFolder("Late_Submissions",
                                cohort.resolve("Late_Submissions").toString()));
    }

    /**
     * A TA's folders each holding one team's late work beside teams named as teams ({@code late/team-c.csv},
     * {@code emailed/team-d.csv}, {@code Resubmissions/team-e/answers.csv}): each was a team named after the TA's
     * folder ({@code late}), which no roster row or manual score names. Each is the team its sheet or folder names.
     */
    @Test
    void aTasFolderOfOneTeamsLateWorkWasATeamNamedAfterTheFolder(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("late/team-c.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("emailed/team-d.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("Resubmissions/team-e/answers.csv"), "0.5");
        Path students = directory.resolve("students");
        Cohorts.sheet(students.resolve("Ann Lee/group-3.csv"), "0.5");
        Cohorts.sheet(students.resolve("Bo Chen/group-4.csv"), "0.5");
        Path teams = directory.resolve("teams");
        Cohorts.sheet(teams.resolve("team-a/team-x.csv"), "0.5");
        Cohorts.sheet(teams.resolve("team-b.csv"), "0.5");
        Cohorts.sheet(teams.resolve("team-c.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);
        GradeRun.Summary studentsFolders = Cohorts.grade(directory.resolve("out-students"), students);
        GradeRun.Summary teamsFolder = Cohorts.grade(directory.resolve("out-teams"), teams);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c",
                "team-d", "team-e");
        assertThat(studentsFolders.results()).extracting(TeamResult::team).containsExactly("Ann Lee", "Bo Chen");
        // A team's folder holding a sheet named as another team stays that team's.
        assertThat(teamsFolder.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c");
    }

    /**
     * A TA's {@code late/} folder holding one student's files as an LMS's flat download names them (Moodle's
     * {@code late/Cy Diaz_1003_assignsubmission_file_answers.pdf}, Canvas's
     * {@code late/smithbob_LATE_340934_208490999_hw2.csv} beside the download it came after): each was graded as a team
     * named {@code late}, which no roster row, LMS import or manual score names. Each is the student the LMS names,
     * the source said from the cohort's folder.
     */
    @Test
    void anLmsStudentsFilesInATasFolderWereATeamNamedAfterTheFolder(@TempDir Path directory) throws IOException {
        Path moodle = directory.resolve("moodle");
        Cohorts.sheet(moodle.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(moodle.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(moodle.resolve("late/Cy Diaz_1003_assignsubmission_file_answers.csv"), "0.5");
        Files.writeString(moodle.resolve("late/Cy Diaz_1003_assignsubmission_file_hw2.md"), "avg_stride: 2\n");
        Path canvas = directory.resolve("canvas");
        Cohorts.sheet(canvas.resolve("jonesann_340935_208490300_hw2.csv"), "0.5");
        Cohorts.sheet(canvas.resolve("leecy_340936_208490310_hw2.csv"), "0.5");
        Cohorts.sheet(canvas.resolve("late/smithbob_LATE_340934_208490999_hw2.csv"), "0.5");

        GradeRun.Summary moodleRun = Cohorts.grade(directory.resolve("out-moodle"), moodle);
        GradeRun.Summary canvasRun = Cohorts.grade(directory.resolve("out-canvas"), canvas);

        assertThat(moodleRun.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("Cy Diaz_1003_assignsubmission_file_", "late/Cy Diaz_1003_assignsubmission_file_answers.csv"),
                tuple("team-a", "team-a/answers.csv"), tuple("team-b", "team-b/answers.csv"));
        assertThat(canvasRun.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("jonesann", "jonesann_340935_208490300_hw2.csv"),
                tuple("leecy", "leecy_340936_208490310_hw2.csv"),
                tuple("smithbob", "late/smithbob_LATE_340934_208490999_hw2.csv"));
        assertThat(moodleRun.findings()).noneMatch(Finding.NamedAfterATasFolder.class::isInstance);
    }

    /**
     * A zip made on Windows and unpacked without its folders names its files with backslashes
     * ({@code PS2\team-a\answers.csv}, {@code PS2\team-a\draft.md}, {@code PS2\team-b\hw2.md}): each file was a team of
     * its own, team-a's draft graded beside its answer. The folders a name gives are a team's folder, the team the
     * last of them, read by its files' own names; a warning names the layout.
     */
    @Test
    void filesNamedWithAWindowsZipsBackslashesWereATeamEach(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("PS2\\team-a\\answers.csv"), "0.5");
        Files.writeString(subs.resolve("PS2\\team-a\\draft.md"), "avg_stride: 1\n");
        Files.writeString(subs.resolve("PS2\\team-b\\hw2.md"), "avg_stride: 2\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("team-a", "PS2\\team-a\\answers.csv"), tuple("team-b", "PS2\\team-b\\hw2.md"));
        assertThat(summary.findings()).filteredOn(Finding.FoldersInNames.class::isInstance)
                .containsExactly(new Finding.FoldersInNames(subs.toString(), "PS2\\team-a\\answers.csv", 3));

        // Teams' sheets in one folder of the zip are a team each, as at a cohort's top (two were lost in team PS2).
        Path flat = directory.resolve("flat");
        for (String team : List.of("team-a", "team-b", "team-c")) {
            Cohorts.sheet(flat.resolve("PS2\\" + team + ".csv"), "2");
        }
        assertThat(Cohorts.grade(directory.resolve("out-flat"), flat).results()).hasSize(3);
    }

    /**
     * A sheet named with a leading space ({@code " team-c.csv"}) beside {@code team-c.csv}: two teams, both reported
     * as read from {@code team-c.csv}, the space stripped as from a team's name, so no report said which file gave
     * which grade. A source keeps its spaces.
     */
    @Test
    void aSourcesLeadingSpaceWasDroppedSoTwoTeamsSaidOneFile(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve(" team-c.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-c.csv"), "0.125");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::source)
                .containsExactlyInAnyOrder(" team-c.csv", "team-c.csv");
    }

    /**
     * A TA's files at the top of a cohort of one sheet per team: the answer key {@code key} writes, a team's report
     * and the gradebook copied out of a run, a Moodle grade import and a workbook of marks. The key was graded as a
     * team (full marks, no word), the report as its team's answers under another name, the grades as teams,
     * unreadable. Each is said, and no team.
     */
    @Test
    void aTasKeyReportsAndGradesBesideTeamsSheetsAreNoTeams(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b.csv"), "0.5");
        Path earlier = directory.resolve("earlier");
        Cohorts.grade(earlier, cohort);
        Files.copy(earlier.resolve("gradebook.csv"), cohort.resolve("gradebook-old.csv"));
        Files.copy(earlier.resolve("teams/team-a/report.md"), cohort.resolve("report-team-a.md"));
        Files.writeString(cohort.resolve("key.md"), org.cnngrader.rubric.KeyDocument.markdown(
                org.cnngrader.rubric.RubricLoader.load(Cohorts.RUBRIC)));
        Files.writeString(cohort.resolve("moodle-import.csv"), "Email address,ID number,Full name,Grade,Feedback\n"
                + "\"ann@example.edu\",\"1001\",\"Ann Lee\",29,\"Team team-a: 29 / 50\"\n");
        workbook(cohort.resolve("marks-2024.xlsx"), List.of(List.of("Team", "Total", "Comment"),
                List.of("team-a", "29", "late")));

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b");
        String grades = "grades (a gradebook or an LMS's grade import), not a team's answers";
        assertThat(summary.findings()).filteredOn(Finding.NotASubmission.class::isInstance).containsExactlyInAnyOrder(
                new Finding.NotASubmission(cohort.resolve("gradebook-old.csv").toString(), grades),
                new Finding.NotASubmission(cohort.resolve("moodle-import.csv").toString(), grades),
                new Finding.NotASubmission(cohort.resolve("marks-2024.xlsx").toString(), grades),
                new Finding.NotASubmission(cohort.resolve("key.md").toString(),
                        "the answer key this tool writes (cnn-grader key), not a team's answers"),
                new Finding.NotASubmission(cohort.resolve("report-team-a.md").toString(),
                        "a team's report this tool wrote, not a team's answers"));
    }

    /**
     * A TA's {@code solutions.csv} at the top of a cohort of one sheet per team was graded as a team with no word; a
     * cohort of teams' folders warned of it. It is warned among sheets too, and still a team.
     */
    @Test
    void courseMaterialBesideTeamsSheetsIsATeamWithAWarning(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("solutions.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("solutions", "team-a", "team-b");
        assertThat(summary.findings()).containsExactly(new Finding.CourseMaterialBeside(
                cohort.resolve("solutions.csv").toString(), 2));
    }

    /**
     * Moodle's download gives a student who handed in a file and typed an online text two folders: the online text's
     * was graded as a second, unreadable team of the same student.
     */
    @Test
    void aMoodleOnlineTextBesideTheSameStudentsFilesIsNoTeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("moodle");
        Cohorts.sheet(cohort.resolve("Ann Lee_1001_assignsubmission_file_/answers.csv"), "0.125");
        Path online = cohort.resolve("Ann Lee_1001_assignsubmission_onlinetext_/onlinetext.html");
        Files.createDirectories(online.getParent());
        Files.writeString(online, "<p>My answers are in the attached file.</p>");
        Path alone = cohort.resolve("Bo Chen_1002_assignsubmission_onlinetext_/onlinetext.html");
        Files.createDirectories(alone.getParent());
        Files.writeString(alone, "<p>avg_stride: 2</p>");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        // A student who typed only an online text is a team still: unreadable, never dropped.
        assertThat(summary.results()).extracting(TeamResult::team).containsExactly(
                "Ann Lee_1001_assignsubmission_file_", "Bo Chen_1002_assignsubmission_onlinetext_");
        assertThat(summary.findings()).containsExactly(new Finding.MoodleOnlineText(
                cohort.resolve("Ann Lee_1001_assignsubmission_onlinetext_").toString(),
                cohort.resolve("Ann Lee_1001_assignsubmission_file_").toString()));
    }

    /**
     * Moodle's folders unpacked without their last underscore ({@code Ann Lee_1001_assignsubmission_file}): the
     * student's online text was a second team, unreadable, beside the student's files.
     */
    @Test
    void aMoodleOnlineTextWithoutTheLastUnderscoreWasASecondTeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("moodle");
        Cohorts.sheet(cohort.resolve("Ann Lee_1001_assignsubmission_file/answers.csv"), "0.125");
        Path online = cohort.resolve("Ann Lee_1001_assignsubmission_onlinetext/onlinetext.html");
        Files.createDirectories(online.getParent());
        Files.writeString(online, "<p>My answers are in the attached file.</p>");
        Cohorts.sheet(cohort.resolve("Bo Chen_1002_assignsubmission_file/answers.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly(
                "Ann Lee_1001_assignsubmission_file", "Bo Chen_1002_assignsubmission_file");
        assertThat(summary.findings()).containsExactly(new Finding.MoodleOnlineText(
                cohort.resolve("Ann Lee_1001_assignsubmission_onlinetext").toString(),
                cohort.resolve("Ann Lee_1001_assignsubmission_file").toString()));
    }

    /**
     * A TA's {@code late/} folder beside Moodle's students' folders, holding one more student's Moodle folder: it was
     * graded as the team {@code late}. Moodle named the folder inside as its student's: that student is the team.
     */
    @Test
    void aFolderHoldingOneMoodleStudentsFolderIsASectionOfThatStudent(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("moodle");
        Cohorts.named(cohort.resolve("Ann Lee_1001_assignsubmission_file_/answers.csv"), "Ann", "2");
        Cohorts.named(cohort.resolve("Bo Chen_1002_assignsubmission_file_/hw2.csv"), "Bo", "2");
        Cohorts.named(cohort.resolve("late/Cy Diaz_1003_assignsubmission_file_/answers.csv"), "Cy", "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out-late"), cohort.resolve("late"));

        assertThat(summary.results()).extracting(TeamResult::team).containsExactlyInAnyOrder(
                "Ann Lee_1001_assignsubmission_file_", "Bo Chen_1002_assignsubmission_file_",
                "Cy Diaz_1003_assignsubmission_file_");
        assertThat(named.results()).extracting(TeamResult::team).containsExactly("Cy Diaz_1003_assignsubmission_file_");
    }

    /** The entries of a folder as the shell names them for {@code folder/*}, in order. */
    private static Path[] shellPattern(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.sorted().toArray(Path[]::new);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * "café" as a keyboard types it (NFC) and as a macOS file name holds it (NFD) were two identities that look the
     * same in the gradebook; the TA's manual scores matched only one of them.
     */
    @Test
    void namesThatDifferOnlyInHowTheirAccentsAreEncodedAreOneIdentity(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("caf\u00e9.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("cafe\u0301.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("b.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).doesNotHaveDuplicates().hasSize(3)
                .anyMatch(team -> team.endsWith(" (2)"));
        assertThat(org.cnngrader.sheet.Characters.identityKey("Caf\u00e9"))
                .isEqualTo(org.cnngrader.sheet.Characters.identityKey("cafe\u0301"));
    }

    /** {@code grade R subs subs/team-c} graded team-c twice, the second time as a team "team-c (2)". */
    @Test
    void aSubmissionNamedTwiceIsGradedOnce(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-c/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-d/answers.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort, cohort.resolve("team-c"),
                cohort.resolve("team-d/answers.csv"));

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-c", "team-d");
        assertThat(summary.findings()).containsExactly(
                new Finding.NamedTwice(cohort.resolve("team-c").toRealPath().toString()),
                new Finding.NamedTwice(cohort.resolve("team-d").toRealPath().toString()));
    }

    /**
     * A team's reports returned into its own folder (feedback in its repository) made its answer sheet count as this
     * tool's output, and the team was left out of the next run; named alone, its folder became a cohort of "report"
     * and its sheet.
     */
    @Test
    void aTeamsReportsReturnedIntoItsFolderLeaveItsSheetItsOwn(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "0.5");
        Path earlier = directory.resolve("earlier");
        Cohorts.grade(earlier, cohort);
        copy(earlier.resolve("teams/a"), cohort.resolve("a"));

        GradeRun.Summary again = Cohorts.grade(directory.resolve("out"), cohort);
        GradeRun.Summary alone = Cohorts.grade(directory.resolve("alone"), cohort.resolve("a"));

        assertThat(again.results()).extracting(TeamResult::team).containsExactly("a", "b");
        assertThat(again.results().get(0).source()).isEqualTo("a/answers.csv");
        assertThat(alone.results()).extracting(TeamResult::team).containsExactly("a");
        assertThat(alone.findings()).isEmpty();
    }

    /**
     * Two files of one team's folder named on the command line were graded as teams "t" and "t (2)"; the team is
     * graded once, from the first, and the other is named in a warning.
     */
    @Test
    void twoFilesOfOneTeamsFolderNamedAreOneTeamWithAWarning(@TempDir Path directory) throws IOException {
        Path first = Cohorts.sheet(directory.resolve("d/t/answers.csv"), "0.125");
        Path second = Cohorts.sheet(directory.resolve("d/t/answers.txt"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), first, second);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("t");
        assertThat(summary.findings()).containsExactly(new Finding.OtherFileOfTheTeam("t", "t/answers.csv",
                "t/answers.txt"));
        assertThat(summary.findings().get(0).warning()).isTrue();
    }

    /**
     * A draft beside the final was read, said only in a note of the team's report. Sheets of one format under two names
     * warn; a report beside a notebook, each in a folder of its own, is the usual team's folder.
     */
    @Test
    void sheetsOfDifferentWorkInOneTeamsFolderAreAWarning(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("t/hw2_final.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("t/hw2_draft.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("u/report/hw2.csv"), "0.125");
        Files.writeString(Files.createDirectories(cohort.resolve("u/notebooks")).resolve("hw2.md"), "stride = 2");
        // A report beside a notebook of other work, each of its own format, is the usual team folder.
        Cohorts.sheet(cohort.resolve("v/answers.csv"), "0.125");
        Files.writeString(cohort.resolve("v/experiments.md"), "stride = 2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("t", "u", "v");
        assertThat(summary.findings()).containsExactly(
                new Finding.SeveralSheets("t", List.of("hw2_final.csv", "hw2_draft.csv"),
                        new TreeSet<>(Set.of(Submissions.Difference.ONE_FORMAT_UNDER_DIFFERENT_NAMES)),
                        Optional.empty()));
        assertThat(summary.findings()).allMatch(Finding::warning);
        assertThat(summary.results().get(0).source()).isEqualTo("t/hw2_final.csv");
    }

    /**
     * A section's folder of teams' folders ({@code subs/section-1/team-a/answers.csv}) was graded as one team from its
     * first team's sheet, the other teams lost but for a warning; then the sources of two sections' teams of one name
     * were the same, without their section.
     */
    @Test
    void aSectionsFolderOfTeamsFoldersIsACohortOfThem(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("section-1/team-a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("section-1/team-b/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("section-2/team-a/answers.csv"), "0.25");
        Cohorts.sheet(subs.resolve("section-2/team-c/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("section-2/team-d/answers.csv"), "2");

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        // Two teams of one name in two sections take their section's name too.
        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("section-1/team-a",
                    "section-2/team-a", "team-b", "team-c", "team-d");
            assertThat(summary.results()).extracting(TeamResult::source).containsExactly(
                    "section-1/team-a/answers.csv", "section-2/team-a/answers.csv", "section-1/team-b/answers.csv",
                    "section-2/team-c/answers.csv", "section-2/team-d/answers.csv");
        }
        // Each section is a note; two teams of one name, as ever, a warning.
        assertThat(folder.findings()).containsExactly(
                new Finding.SectionOfTeams(subs.resolve("section-1").toString(), 2),
                new Finding.SectionOfTeams(subs.resolve("section-2").toString(), 3),
                new Finding.SharedName("team-a", List.of("section-1/team-a", "section-2/team-a")));
        assertThat(folder.findings().subList(0, 2)).noneMatch(Finding::warning);
    }

    /**
     * {@code grade R subs/*} over teams each handing in a report and a notebook read every folder as a section: each
     * file was a team of its own, two per team.
     */
    @Test
    void aShellPatternOverTeamsHandingInAReportAndANotebookKeepsOneTeamEach(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        for (String team : List.of("alpha", "beta", "gamma")) {
            Cohorts.sheet(subs.resolve(team + "/report.csv"), "0.125");
            Files.writeString(subs.resolve(team + "/code.md"), "print(model)");
        }

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("alpha", "beta", "gamma");
            assertThat(summary.findings()).noneMatch(finding -> finding instanceof Finding.SectionOfTeams);
        }
    }

    /**
     * Sections numbering their teams alike ({@code team-1.csv} in each) were read as teams handing in from one
     * template, named side by side or from their folder: each section one team, the others' sheets not graded.
     */
    @Test
    void sectionsNumberingTheirTeamsAlikeKeepEveryTeam(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        for (String team : List.of("team-1", "team-2", "team-3")) {
            Cohorts.sheet(subs.resolve("s1/" + team + ".csv"), "0.125");
        }
        for (String team : List.of("team-1", "team-2")) {
            Cohorts.sheet(subs.resolve("s2/" + team + ".csv"), "0.5");
        }
        Cohorts.sheet(subs.resolve("A/Group 1/hw2.csv"), "0.125");
        Cohorts.sheet(subs.resolve("A/Group B/hw2.csv"), "0.125");

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), subs.resolve("s1"), subs.resolve("s2"));

        // Files of one name in two sections take a number, as the cohort's own folder, which a move renames, is no
        // part of an identity.
        assertThat(folder.results()).extracting(TeamResult::team, TeamResult::source).contains(
                org.assertj.core.groups.Tuple.tuple("team-1", "s1/team-1.csv"),
                org.assertj.core.groups.Tuple.tuple("team-1 (2)", "s2/team-1.csv"));
        assertThat(folder.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("Group 1", "Group B",
                "team-1", "team-1 (2)", "team-2", "team-2 (2)", "team-3");
        assertThat(named.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("team-1", "team-1 (2)",
                "team-2", "team-2 (2)", "team-3");
        assertThat(named.findings()).filteredOn(finding -> finding instanceof Finding.SectionOfTeams).hasSize(2);
    }

    /**
     * Teams handing in from one template, naming its sheets after themselves ({@code team-a-report.csv} and
     * {@code team-a-appendix.csv} in {@code team-a}), named by a shell pattern, share no sheet's name: read as
     * sections, each sheet was a team of its own.
     */
    @Test
    void teamsNamingATemplatesSheetsAfterThemselvesAreOneTeamEach(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        for (String team : List.of("team-a", "team-b")) {
            Cohorts.sheet(subs.resolve(team + "/" + team + "-report.csv"), "0.125");
            Cohorts.sheet(subs.resolve(team + "/" + team + "_appendix.csv"), "0.5");
        }

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b");
            assertThat(summary.findings()).noneMatch(finding -> finding instanceof Finding.SectionOfTeams);
        }
    }

    /**
     * A section of one team beside another's archive was read as one team named after the section, the archive's
     * team lost without a word; so was a section of one team; and a download unpacked into a folder of its own
     * whose teams handed in different formats was one team named after that folder.
     */
    @Test
    void sectionsOfOneTeamOrOfTeamsOfDifferentFormatsKeepEveryTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("section-1/team-a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("section-1/team-b/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("section-2/team-c/answers.csv"), "0.125");
        Files.createDirectories(subs.resolve("section-2/team-d"));
        Files.write(subs.resolve("section-2/team-d/team-d.zip"), new byte[] {'P', 'K', 3, 4});
        Cohorts.sheet(subs.resolve("section-3/team-e/answers.csv"), "0.5");
        Path wrapped = directory.resolve("ps2");
        Cohorts.sheet(wrapped.resolve("submissions/team-f/answers.csv"), "0.125");
        Files.writeString(Files.createDirectories(wrapped.resolve("submissions/team-g")).resolve("answers.md"),
                "avg_stride = 0.5");
        Path moodle = directory.resolve("dl");
        Cohorts.sheet(moodle.resolve("PS2-12345/Ann Lee_1001_assignsubmission_file_/hw2.csv"), "0.125");
        Files.writeString(Files.createDirectories(moodle.resolve("PS2-12345/Bob Ray_1002_assignsubmission_file_"))
                .resolve("answers.md"), "avg_stride = 0.5");

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));
        GradeRun.Summary unpacked = Cohorts.grade(directory.resolve("out3"), wrapped);
        GradeRun.Summary download = Cohorts.grade(directory.resolve("out4"), moodle);

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b",
                    "team-c", "team-d", "team-e");
            assertThat(summary.results().get(3).unreadable()).hasValueSatisfying(
                    why -> assertThat(why).contains("team-d.zip"));
        }
        assertThat(unpacked.results()).extracting(TeamResult::team).containsExactly("team-f", "team-g");
        assertThat(download.results()).extracting(TeamResult::team).containsExactly(
                "Ann Lee_1001_assignsubmission_file_", "Bob Ray_1002_assignsubmission_file_");
    }

    /**
     * Among teams' folders, a team keeping its work in {@code part1/} and {@code part2/} was read as a section: two
     * teams named after its folders, and the team itself gone.
     */
    @Test
    void aTeamKeepingItsWorkInFoldersAmongTeamsIsOneTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/part1/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-a/part2/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("Licensed Learners/answers.csv"), "0.5");

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("Licensed Learners",
                    "team-a", "team-b");
            assertThat(summary.findings()).noneMatch(finding -> finding instanceof Finding.SectionOfTeams)
                    .anySatisfy(finding -> assertThat(finding).isInstanceOf(Finding.SeveralSheets.class));
        }
    }

    /** A sheet at the top of a cohort beside its later version ({@code team-a_v2.csv}) was a team of its own. */
    @Test
    void aSheetAndItsLaterVersionAtTheTopOfACohortAreOneTeamGradedFromTheLater(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a.csv"), "2");
        Cohorts.sheet(subs.resolve("team-a_v2.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-a_v3.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-b.csv"), "0.125");

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("team-a", "team-a_v3.csv"),
                    org.assertj.core.groups.Tuple.tuple("team-b", "team-b.csv"));
            assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.LaterVersionBeside)
                    .singleElement().satisfies(finding -> {
                        assertThat(finding.warning()).isTrue();
                        assertThat(finding.detail()).startsWith("team-a_v3.csv is graded, as the latest of one"
                                + " team's versions beside it (team-a.csv, team-a_v2.csv)");
                    });
        }
    }

    /**
     * Teams handing in a template's numbered sheets ({@code 1.csv}, {@code 2.csv}) or a {@code report} and an
     * {@code appendix} under a team name found inside those words ({@code Port}) were read as sections; sections
     * beside more teams' folders were read as one team each; and a team's {@code report/} and {@code notebooks/}
     * beside a section were two teams.
     */
    @Test
    void templatesOfNumberedSheetsSectionsAmongTeamsAndATeamsFoldersOfWorkKeepTheirTeams(@TempDir Path directory)
            throws IOException {
        Path numbered = directory.resolve("numbered");
        Path words = directory.resolve("words");
        for (String team : List.of("team-a", "team-b", "team-c")) {
            Cohorts.sheet(numbered.resolve(team + "/1.csv"), "0.125");
            Cohorts.sheet(numbered.resolve(team + "/2.csv"), "0.5");
        }
        for (String team : List.of("Port", "Dix", "Smith")) {
            Cohorts.sheet(words.resolve(team + "/report.csv"), "0.125");
            Cohorts.sheet(words.resolve(team + "/appendix.csv"), "0.5");
        }
        Path mixed = directory.resolve("mixed");
        for (String section : List.of("section-1", "section-2")) {
            for (String team : List.of("a", "b", "c")) {
                Cohorts.sheet(mixed.resolve(section + "/" + section + "-" + team + "/answers.csv"), "0.125");
            }
        }
        for (String team : List.of("late-x", "late-y", "late-z")) {
            Cohorts.sheet(mixed.resolve(team + "/answers.csv"), "0.5");
        }
        Path late = directory.resolve("late");
        Cohorts.sheet(late.resolve("team-x/report/hw2.csv"), "0.125");
        Files.writeString(Files.createDirectories(late.resolve("team-x/notebooks")).resolve("hw2.md"), "x = 1");
        Cohorts.sheet(late.resolve("section-1/team-y/answers.csv"), "0.5");
        Cohorts.sheet(late.resolve("section-1/team-z/answers.csv"), "0.5");

        assertThat(Cohorts.grade(directory.resolve("out1"), numbered).results()).extracting(TeamResult::team)
                .containsExactly("team-a", "team-b", "team-c");
        assertThat(Cohorts.grade(directory.resolve("out2"), words).results()).extracting(TeamResult::team)
                .containsExactly("Dix", "Port", "Smith");
        assertThat(Cohorts.grade(directory.resolve("out3"), mixed).results()).hasSize(9);
        assertThat(Cohorts.grade(directory.resolve("out4"), late).results()).extracting(TeamResult::team)
                .containsExactlyInAnyOrder("team-x", "team-y", "team-z");
        assertThat(Cohorts.grade(directory.resolve("out5"), late.resolve("team-x")).results())
                .extracting(TeamResult::team).containsExactly("team-x");
    }

    /** Two later versions of one sheet at a cohort's top ({@code team-a_v2}, {@code team-a-rev2}) were two teams. */
    @Test
    void twoLaterVersionsOfOneSheetAreOneTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        for (String name : List.of("team-a", "team-a_v2", "team-a-rev2", "bob", "License_to_Learn")) {
            Cohorts.sheet(subs.resolve(name + ".csv"), "0.5");
        }

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bob", "bob.csv"),
                org.assertj.core.groups.Tuple.tuple("License_to_Learn", "License_to_Learn.csv"),
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a-rev2.csv"));
        assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.LaterVersionBeside)
                .singleElement().extracting(Finding::detail).asString().contains("(team-a.csv, team-a_v2.csv)");

        // Beside a folder of the same name, the warning names the team by the identity it is graded under.
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.5");
        GradeRun.Summary beside = Cohorts.grade(directory.resolve("out2"), subs);
        String merged = beside.results().stream().filter(team -> team.source().equals("team-a-rev2.csv"))
                .map(TeamResult::team).findFirst().orElseThrow();
        assertThat(merged).isNotEqualTo("team-a");
        assertThat(beside.findings()).filteredOn(finding -> finding instanceof Finding.LaterVersionBeside)
                .singleElement().extracting(Finding::subject).isEqualTo(merged);
    }

    /**
     * A student's folder keeping versions in folders of their own (Moodle's {@code …_assignsubmission_file_/Final
     * Submission} beside {@code Drafts}, {@code v1} and {@code v2}, {@code old} and {@code new}, {@code attempt1} and
     * {@code attempt2}) was read as a section: each folder a team named after it, the draft graded too. Named alone,
     * such a folder was a cohort of two teams.
     */
    @Test
    void aFolderOfOneTeamsVersionsInFoldersIsOneTeamReadFromTheLatest(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        String moodle = "Jo Kim_1001_assignsubmission_file_";
        Cohorts.sheet(subs.resolve(moodle + "/Final Submission/hw2.csv"), "0.125");
        Cohorts.sheet(subs.resolve(moodle + "/Drafts/hw2.csv"), "2");
        Map<String, List<String>> versions = Map.of("amy", List.of("v1", "v2"), "bo", List.of("old", "new"), "cy",
                List.of("attempt1", "attempt2"));
        for (Map.Entry<String, List<String>> team : versions.entrySet()) {
            Cohorts.sheet(subs.resolve(team.getKey() + "/" + team.getValue().get(0) + "/answers.csv"), "2");
            Cohorts.sheet(subs.resolve(team.getKey() + "/" + team.getValue().get(1) + "/answers.csv"), "0.125");
        }

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));
        GradeRun.Summary alone = Cohorts.grade(directory.resolve("out3"), subs.resolve("amy"));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("amy", "bo", "cy", moodle);
            assertThat(summary.results()).extracting(TeamResult::source).containsExactly("amy/v2/answers.csv",
                    "bo/new/answers.csv", "cy/attempt2/answers.csv", moodle + "/Final Submission/hw2.csv");
            // Each is a choice to confirm, never advice to grade the versions as a cohort.
            assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.SeveralSheets)
                    .hasSize(4).allSatisfy(finding -> assertThat(((Finding.SeveralSheets) finding).cohort()).isEmpty());
            assertThat(summary.findings()).noneMatch(finding -> finding instanceof Finding.SectionOfTeams);
        }
        assertThat(alone.results()).extracting(TeamResult::source).containsExactly("amy/v2/answers.csv");
    }

    /**
     * {@code grade R subs} read a section holding an LMS's flat download, a section of sheets named by team, a section
     * whose teams handed in different formats, one with the TA's notes beside its teams and one whose teams keep
     * their work in folders each as one team, where {@code grade R subs/*} read every team in them.
     */
    @Test
    void sectionsOfEveryLayoutAreReadAlikeFromTheirFolderAndByAShellPattern(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("section-1/smithbob_11_21_hw2.csv"), "0.125");
        Cohorts.sheet(subs.resolve("section-1/jonesann_12_22_hw2.csv"), "0.5");
        Cohorts.sheet(subs.resolve("section-2/team-x.csv"), "0.125");
        Cohorts.sheet(subs.resolve("section-2/team-y.csv"), "0.5");
        Cohorts.sheet(subs.resolve("section-3/team-e/answers.csv"), "0.125");
        Files.writeString(Files.createDirectories(subs.resolve("section-3/team-f")).resolve("answers.md"),
                "avg_stride = 0.5");
        Cohorts.sheet(subs.resolve("section-4/team-g/answers.csv"), "0.125");
        Files.writeString(subs.resolve("section-4/notes.txt"), "Check the strides.");
        Cohorts.sheet(subs.resolve("section-4/team-h/answers.csv"), "0.5");
        for (String team : List.of("team-i", "team-j")) {
            Cohorts.sheet(subs.resolve("section-5/" + team + "/report/hw2.csv"), "0.125");
            Files.writeString(Files.createDirectories(subs.resolve("section-5/" + team + "/notebooks"))
                    .resolve("hw2.md"), "print(model)");
        }

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("smithbob",
                    "jonesann", "team-x", "team-y", "team-e", "team-f", "notes", "team-g", "team-h", "team-i",
                    "team-j");
            assertThat(summary.results()).filteredOn(team -> team.team().equals("team-i"))
                    .extracting(TeamResult::source).containsExactly("section-5/team-i/report/hw2.csv");
            assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.SectionOfTeams)
                    .extracting(Finding::subject).containsExactly(subs.resolve("section-1").toString(),
                            subs.resolve("section-2").toString(), subs.resolve("section-3").toString(),
                            subs.resolve("section-4").toString(), subs.resolve("section-5").toString());
        }
    }

    /**
     * {@code grade R subs/*} split a team's {@code hw2.csv} and {@code hw2-v2.csv} into two teams, and lost the teams
     * whose folders held only an archive or nothing, when half of the teams' folders were so: the folders named were
     * read by what each held once most of them were no team's folder by it.
     */
    @Test
    void aShellPatternOverTeamsFoldersOfVersionsAndArchivesKeepsEveryTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-b/hw2.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-b/hw2-v2.csv"), "0.25");
        Files.createDirectories(subs.resolve("team-c"));
        Files.write(subs.resolve("team-c/handed-in.zip"), new byte[] {'P', 'K', 3, 4});
        Files.createDirectories(subs.resolve("team-d"));
        Files.write(subs.resolve("team-d/scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));
        GradeRun.Summary two = Cohorts.grade(directory.resolve("out3"), subs.resolve("team-a"), subs.resolve("team-c"));

        assertThat(folder.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c",
                "team-d");
        assertThat(named.results()).isEqualTo(folder.results());
        assertThat(named.findings()).isEqualTo(folder.findings());
        assertThat(named.results().subList(2, 4)).allSatisfy(team -> assertThat(team.unreadable()).isPresent());
        assertThat(two.results()).extracting(TeamResult::team).containsExactly("team-a", "team-c");
        assertThat(two.results().get(1).unreadable()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("team-c/handed-in.zip is an archive"));
    }

    /**
     * Two GitHub Classroom repositories named by name
     * ({@code grade R subs/assignment-2-team-b subs/assignment-2-team-c}) were each read as a cohort: their report,
     * notebook and code folders became teams.
     */
    @Test
    void repositoriesNamedTogetherAreOneTeamEach(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        for (String team : List.of("assignment-2-team-b", "assignment-2-team-c")) {
            Files.createDirectories(subs.resolve(team + "/.git"));
            Cohorts.sheet(subs.resolve(team + "/report/answers.csv"), "0.125");
            Files.writeString(Files.createDirectories(subs.resolve(team + "/notebooks")).resolve("hw2.md"),
                    "stride = 2");
        }
        Cohorts.sheet(subs.resolve("assignment-2-team-d/answers.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs.resolve("assignment-2-team-b"),
                subs.resolve("assignment-2-team-c"));

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("assignment-2-team-b",
                "assignment-2-team-c");
        assertThat(summary.results()).extracting(TeamResult::source).containsExactly(
                "assignment-2-team-b/report/answers.csv", "assignment-2-team-c/report/answers.csv");
    }

    /**
     * {@code grade R subs/* -o subs/graded} after a first such run stopped with exit 2 at the output folder, which
     * {@code grade R subs -o subs/graded} passes over with a note.
     */
    @Test
    void aShellPatternThatNamesTheOutputFolderPassesOverIt(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "0.5");
        Path out = subs.resolve("graded");
        Cohorts.grade(out, shellPattern(subs));

        GradeRun.Summary again = Cohorts.grade(out, shellPattern(subs));

        assertThat(again.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b");
        assertThat(again.findings()).containsExactly(new Finding.NotASubmission(out.toString(), "the output folder"));
    }

    /**
     * {@code grade R subs/*} made three teams of a team's folder holding {@code hw2.pdf}, {@code hw2-v2.pdf} and
     * {@code draft.pdf}, and a team of the cohort's README, where {@code grade R subs} made one team of it and none of
     * the README.
     */
    @Test
    void aShellPatternOverACohortNamesTheTeamsThatTheCohortFolderDoes(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-c/hw2.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-c/hw2-v2.csv"), "0.25");
        Cohorts.sheet(subs.resolve("late.csv"), "0.5");
        Files.writeString(subs.resolve("README.md"), "Section 1: stride = 2 was announced in class.");
        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(subs));

        assertThat(folder.results()).extracting(TeamResult::team).containsExactly("late", "team-a", "team-b",
                "team-c");
        assertThat(named.results()).extracting(TeamResult::team).containsExactly("late", "team-a", "team-b",
                "team-c");
        assertThat(named.results()).extracting(TeamResult::source)
                .isEqualTo(folder.results().stream().map(TeamResult::source).toList());
        assertThat(named.findings()).filteredOn(finding -> finding instanceof Finding.SeveralSheets)
                .extracting(Finding::subject).containsExactly("team-c");
        // The README is no team, silently, as in the folder's own listing.
        assertThat(named.findings()).isEqualTo(folder.findings());
    }

    /** Sections' folders named side by side are read by what each holds: every team in them is graded. */
    @Test
    void sectionsNamedSideBySideAreCohortsEachOfItsTeams(@TempDir Path directory) throws IOException {
        Path first = directory.resolve("section-1");
        Path second = directory.resolve("section-2");
        Cohorts.sheet(first.resolve("alpha.csv"), "0.125");
        Cohorts.sheet(first.resolve("beta.csv"), "0.5");
        Cohorts.sheet(second.resolve("gamma.csv"), "0.125");
        Cohorts.sheet(second.resolve("delta/answers.csv"), "0.25");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), first, second);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("alpha", "beta",
                "gamma", "delta");
    }

    /** A draft or a backup beside a team's answer made its folder a cohort of two teams, one of them the draft. */
    @Test
    void aFolderOfAnAnswerAndItsDraftNamedAloneIsOneTeam(@TempDir Path directory) throws IOException {
        Path team = directory.resolve("team-d");
        Cohorts.sheet(team.resolve("answers.csv"), "0.125");
        Cohorts.sheet(team.resolve("answers_old.csv"), "0.5");
        Cohorts.sheet(team.resolve("draft.csv"), "0.25");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), team);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-d");
        assertThat(summary.results().get(0).source()).isEqualTo("team-d/answers.csv");
    }

    /** A team's folder of {@code hw2.csv} and {@code hw2-v2.csv} named alone was a cohort of two teams, no warning. */
    @Test
    void aFolderOfAnAnswerAndItsLaterVersionNamedAloneIsOneTeam(@TempDir Path directory) throws IOException {
        Path team = directory.resolve("alpha");
        Cohorts.sheet(team.resolve("hw2.csv"), "0.125");
        Cohorts.sheet(team.resolve("hw2-v2.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), team);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("alpha");
        assertThat(summary.results().get(0).source()).isEqualTo("alpha/hw2-v2.csv");
        assertThat(summary.findings()).singleElement().isInstanceOf(Finding.SeveralSheets.class);
    }

    /**
     * Blackboard's download: each attempt's receipt was graded as a team of its own (its comments' numbers earned
     * points), each file as another, and a student's two attempts as two teams.
     */
    @Test
    void aBlackboardDownloadIsOneTeamPerStudentFromTheLatestAttempt(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        String jdoe = "Homework 2_jdoe_attempt_2026-10-18-23-59-01";
        String cwuFirst = "Homework 2_cwu_attempt_2026-10-16-09-00-00";
        String cwuLast = "Homework 2_cwu_attempt_2026-10-18-20-00-00";
        for (String attempt : List.of(jdoe, cwuFirst, cwuLast)) {
            Files.createDirectories(cohort);
            Files.writeString(cohort.resolve(attempt + ".txt"), "Name: A Student\nAssignment: Homework 2\n\n"
                    + "Comments:\nTeam 2: stride = 1\n\nFiles:\n\tOriginal filename: answers.csv\n");
        }
        Cohorts.sheet(cohort.resolve(jdoe + "_answers.csv"), "2");
        Cohorts.sheet(cohort.resolve(cwuFirst + "_answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve(cwuLast + "_answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("Homework 2_lone_attempt_2026-10-18-23-59-01_answers.csv"), "2");
        // A user name with an underscore is the receipt's.
        String aLee = "Homework 2_a_lee_attempt_2026-10-18-22-00-01";
        Files.writeString(cohort.resolve(aLee + ".txt"), "Name: Ann Lee (a_lee)\nAssignment: Homework 2\n");
        Cohorts.sheet(cohort.resolve(aLee + "_answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("a_lee", "cwu",
                "Homework 2_lone_attempt_2026-10-18-23-59-01_answers", "jdoe");
        assertThat(summary.results().get(1).source()).isEqualTo(cwuLast + "_answers.csv");
        assertThat(summary.results().get(3).source()).isEqualTo(jdoe + "_answers.csv");
        assertThat(summary.findings()).containsExactly(new Finding.EarlierAttempts("Blackboard",
                cohort.resolve(cwuLast + ".txt").toString(), "cwu", 2, "2026-10-18-20-00-00"));
        assertThat(summary.findings().get(0).warning()).isFalse();
    }

    /**
     * A Blackboard student whose latest attempt was a comment alone was graded from its receipt, 0 points, beside only
     * a note of "2 attempts": the earlier attempt's answers.csv went unnamed.
     */
    @Test
    void aLatestBlackboardAttemptWithoutFilesNamesTheEarlierAttemptsFiles(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("cohort");
        String first = "Homework 2_cwu_attempt_2026-10-16-09-00-00";
        String last = "Homework 2_cwu_attempt_2026-10-18-20-00-00";
        Files.createDirectories(cohort);
        Files.writeString(cohort.resolve(first + ".txt"), "Name: Chen Wu (cwu)\nAssignment: Homework 2\n\nFiles:\n"
                + "\tOriginal filename: answers.csv\n");
        Cohorts.sheet(cohort.resolve(first + "_answers.csv"), "2");
        Files.writeString(cohort.resolve(last + ".txt"), "Name: Chen Wu (cwu)\nAssignment: Homework 2\n\n"
                + "Comments:\nSorry, the link to our repository: see the PDF\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cwu", last + ".txt"));
        assertThat(summary.findings()).first().isEqualTo(new Finding.LatestAttemptWithoutFiles("cwu",
                cohort.resolve(last + ".txt").toString(), 2, "2026-10-18-20-00-00", "2026-10-16-09-00-00",
                List.of(cohort.resolve(first + "_answers.csv").toString())));
        assertThat(summary.findings().get(0).warning()).isTrue();
    }

    /**
     * A Blackboard attempt whose only file is an archive: its receipt was graded as the answer, every part missing,
     * and the archive was a warning apart from the team.
     */
    @Test
    void aBlackboardAttemptOfAnArchiveIsUnreadableNamingIt(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        String jdoe = "Homework 2_jdoe_attempt_2026-10-18-23-59-01";
        String kim = "Homework 2_kim_attempt_2026-10-18-23-10-00";
        Files.createDirectories(cohort);
        for (String attempt : List.of(jdoe, kim)) {
            Files.writeString(cohort.resolve(attempt + ".txt"), "Name: A Student\nAssignment: Homework 2\n");
        }
        Cohorts.sheet(cohort.resolve(jdoe + "_answers.csv"), "2");
        Files.writeString(cohort.resolve(kim + "_hw2.zip"), "not a sheet");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("jdoe", "kim");
        assertThat(summary.results().get(1).source()).isEqualTo(kim + "_hw2.zip");
        assertThat(summary.results().get(1).unreadable()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(kim + "_hw2.zip is an archive (.zip); unpack it"));
        assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.NotASheet).isEmpty();
    }

    /**
     * Canvas's download: a student who handed in a sheet in two formats, or handed one in again ({@code hw2-1.csv}),
     * was two teams, each graded, under names like {@code smithbob_340934_208490284_hw2}.
     */
    @Test
    void aCanvasDownloadIsOneTeamPerStudentFromTheFileLastHandedIn(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("submissions");
        Cohorts.sheet(cohort.resolve("smithbob_340934_208490284_answers.csv"), "2");
        Files.writeString(cohort.resolve("smithbob_340934_208490284_answers.md"), "stride = 1");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2-1.csv"), "2");
        Cohorts.sheet(cohort.resolve("leeann_334245_394803490_hw2.csv"), "2");
        Files.writeString(cohort.resolve("leeann_334245_394803490_notes.zip"), "not a sheet");
        Files.writeString(cohort.resolve("zhaomin_334246_394803491_hw2.zip"), "not a sheet");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        // A student who handed in only an archive is a team, unreadable, the archive named: never dropped.
        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("leeann", "smithbob",
                "wellslane", "zhaomin");
        assertThat(summary.results()).extracting(TeamResult::source).containsExactly(
                "leeann_334245_394803490_hw2.csv", "smithbob_340934_208490284_answers.csv",
                "wellslane_LATE_334244_394803489_hw2-1.csv", "zhaomin_334246_394803491_hw2.zip");
        assertThat(summary.results().get(3).unreadable()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("zhaomin_334246_394803491_hw2.zip is an archive (.zip); unpack it"));
        assertThat(summary.findings()).contains(new Finding.EarlierAttempts("Canvas",
                cohort.resolve("wellslane_LATE_334244_394803489_hw2-1.csv").toString(), "wellslane", 2, "version 1"));
        // A student's archive is said, as any file that is no sheet.
        assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.NotASheet).hasSize(1);
    }

    /**
     * Two students Canvas names alike ({@code smithbob}) were told apart by their files' names, so that one handing in
     * again was a new team beside the old in the gradebook an earlier run had written.
     */
    @Test
    void twoCanvasStudentsOfOneNameKeepTheirIdentitiesWhenOneHandsInAgain(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("submissions");
        Path first = Cohorts.sheet(cohort.resolve("smithbob_1001_501_hw2.csv"), "2");
        Cohorts.sheet(cohort.resolve("smithbob_1002_502_hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("leeann_1003_503_hw2.csv"), "2");
        Path out = directory.resolve("out");

        GradeRun.Summary summary = Cohorts.grade(out, cohort);
        Files.delete(first);
        Cohorts.sheet(cohort.resolve("smithbob_1001_601_hw2.csv"), "0.125");
        GradeRun.Summary again = Cohorts.grade(out, cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("leeann", "smithbob_1001",
                "smithbob_1002");
        assertThat(again.results()).extracting(TeamResult::team).containsExactly("leeann", "smithbob_1001",
                "smithbob_1002");
        assertThat(Cohorts.teams(out.resolve("gradebook.csv"))).containsExactlyInAnyOrder("smithbob_1001",
                "smithbob_1002", "leeann");
    }

    /**
     * A Canvas student's {@code answers_v2.csv} was read after the {@code answers.csv} handed in before it: Canvas puts
     * each file's own number before its name, so the two names differed by more than the version.
     */
    @Test
    void aCanvasStudentsLaterVersionByItsOwnNameIsRead(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("submissions");
        Cohorts.sheet(cohort.resolve("smithbob_1001_501_answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("smithbob_1001_502_answers_v2.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("leeann_1003_503_hw2.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::source).containsExactly("leeann_1003_503_hw2.csv",
                "smithbob_1001_502_answers_v2.csv");
    }

    /**
     * A shell pattern over Canvas's download (submissions/*) named each file alone: every file was a team, and a
     * student's two versions two teams.
     */
    @Test
    void aShellPatternOverACanvasDownloadIsOneTeamPerStudent(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("submissions");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2-1.csv"), "2");
        Cohorts.sheet(cohort.resolve("leeann_334245_394803490_hw2.csv"), "2");
        Files.writeString(cohort.resolve("README.txt"), "Downloaded from Canvas.");

        GradeRun.Summary named = Cohorts.grade(directory.resolve("out"), shellPattern(cohort));

        assertThat(named.results()).extracting(TeamResult::team).containsExactly("leeann", "wellslane");
        assertThat(named.results()).extracting(TeamResult::source).containsExactly(
                "leeann_334245_394803490_hw2.csv", "wellslane_LATE_334244_394803489_hw2-1.csv");
        assertThat(named.findings()).filteredOn(finding -> finding instanceof Finding.EarlierAttempts).hasSize(1);
    }

    /**
     * A TA's handout left at the top of Canvas's download made it no download: each student's file was a team of its
     * own, a student's two versions two teams, without a word.
     */
    @Test
    void aHandoutBesideACanvasDownloadIsATeamOfItsOwnWithAWarning(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("submissions");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("wellslane_LATE_334244_394803489_hw2-1.csv"), "2");
        Cohorts.sheet(cohort.resolve("leeann_334245_394803490_hw2.csv"), "2");
        Files.writeString(cohort.resolve("handout.md"), "Problem 1: the stride is 2.");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("handout", "leeann", "wellslane");
        assertThat(summary.results()).extracting(TeamResult::source).containsExactly("handout.md",
                "leeann_334245_394803490_hw2.csv", "wellslane_LATE_334244_394803489_hw2-1.csv");
        assertThat(summary.findings()).contains(new Finding.OutsideTheDownload(cohort.resolve("handout.md").toString(),
                "Canvas"));
    }

    /**
     * Canvas's gradebook export beside its download ({@code 2025-10-18T1010_Grades-E1394.csv}) was warned "graded as a
     * team of its own" and then noted "not read": it is not read, and only the note says so.
     */
    @Test
    void aGradebookExportBesideACanvasDownloadIsNotSaidToBeATeam(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("submissions");
        Cohorts.sheet(cohort.resolve("wellslane_334244_394803489_hw2.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("leeann_334245_394803490_hw2.csv"), "2");
        Files.writeString(cohort.resolve("2025-10-18T1010_Grades-E1394.csv"), "Student,ID,SIS User ID,Section,"
                + "Problem Set 2 (1234)\n    Points Possible,,,,50\nLee Ann,334245,la1,E1394,\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("leeann", "wellslane");
        assertThat(summary.findings()).noneMatch(finding -> finding instanceof Finding.OutsideTheDownload);
    }

    /**
     * A team's folder or sheet linked into the cohort from elsewhere was only a note: the team was missing from the
     * gradebook. A link to a team inside the cohort is that team, read once.
     */
    @Test
    void aTeamLinkedFromOutsideTheCohortIsListedUnreadable(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Path elsewhere = Cohorts.sheet(directory.resolve("elsewhere/team-b/answers.csv"), "0.5");
        Files.createSymbolicLink(cohort.resolve("team-b"), elsewhere.getParent());
        Files.createSymbolicLink(cohort.resolve("team-c.csv"), elsewhere);
        Files.createSymbolicLink(cohort.resolve("team-d.csv"), directory.resolve("gone.csv"));
        Files.createSymbolicLink(cohort.resolve("team-e"), directory.resolve("gone"));
        Files.createSymbolicLink(cohort.resolve("again"), cohort.resolve("team-a"));

        GradeRun.Summary folder = Cohorts.grade(directory.resolve("out1"), cohort);
        // By a shell pattern, links were followed: the team outside was graded, a link that led nowhere exited 2.
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), shellPattern(cohort));

        for (GradeRun.Summary summary : List.of(folder, named)) {
            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c",
                    "team-d", "team-e");
            assertThat(summary.results().subList(1, 5)).extracting(result -> result.unreadable().orElseThrow())
                    .containsExactly("a link leading outside the submission folder, not read: copy what it leads to"
                            + " into the folder to grade it", "a link leading outside the submission folder, not read:"
                            + " copy what it leads to into the folder to grade it", "a link that leads nowhere",
                            "a link that leads nowhere");
            assertThat(summary.findings()).containsExactly(new Finding.NotASubmission(cohort.resolve("again")
                    .toString(), "a link (only what lies inside the submission folder is read)"));
        }
    }

    /** A cohort whose sheets are not all named as Canvas names them is no Canvas download: each sheet is a team. */
    @Test
    void sheetsOfWhichSomeLookLikeCanvasFilesAreTeamsOfTheirOwn(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team_1_2_answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("team_1_2_draft.csv"), "2");
        Cohorts.sheet(cohort.resolve("team-c.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-c", "team_1_2_answers",
                "team_1_2_draft");
    }

    /**
     * Moodle's download without folders puts each student's files side by side: a student's two files were two
     * teams. The team is named as the download in folders names it.
     */
    @Test
    void aMoodleDownloadWithoutFoldersIsOneTeamPerStudent(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("moodle");
        Cohorts.sheet(cohort.resolve("Ann Lee_1001_assignsubmission_file_answers.csv"), "2");
        Files.writeString(cohort.resolve("Ann Lee_1001_assignsubmission_file_answers.md"), "stride = 1");
        Cohorts.sheet(cohort.resolve("Bo Chen_1002_assignsubmission_file_hw2.csv"), "0.5");
        Files.writeString(cohort.resolve("Bo Chen_1002_assignsubmission_onlinetext_onlinetext.html"), "<p>Hi</p>");
        Files.writeString(cohort.resolve("Cy Diaz_1003_assignsubmission_onlinetext_onlinetext.html"), "<p>2</p>");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        // A student who only typed an online text is a team still, unreadable, as in the download in folders.
        assertThat(summary.results()).extracting(TeamResult::team).containsExactly(
                "Ann Lee_1001_assignsubmission_file_", "Bo Chen_1002_assignsubmission_file_",
                "Cy Diaz_1003_assignsubmission_onlinetext_");
        assertThat(summary.results().get(2).unreadable()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("no answer sheet").contains("Cy Diaz_1003_assignsubmission_onlinetext_onlinetext.html is a"
                        + " .html file"));
        assertThat(summary.results().subList(0, 2)).allSatisfy(result -> assertThat(result.unreadable()).isEmpty());
        assertThat(summary.results()).extracting(TeamResult::source).containsExactly(
                "Ann Lee_1001_assignsubmission_file_answers.csv", "Bo Chen_1002_assignsubmission_file_hw2.csv",
                "Cy Diaz_1003_assignsubmission_onlinetext_onlinetext.html");
        // The online text, no sheet, is said.
        assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.NotASheet)
                .extracting(Finding::subject)
                .containsExactly(cohort.resolve("Bo Chen_1002_assignsubmission_onlinetext_onlinetext.html").toString());
    }

    /** {@code -o subs/team-d} wrote the reports beside team-d's sheet and graded the cohort without team-d. */
    @Test
    void anOutputFolderThatIsATeamsFolderIsRefused(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-c/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-d/answers.csv"), "0.5");

        assertThatThrownBy(() -> Cohorts.grade(subs.resolve("team-d"), subs)).isInstanceOf(InputException.class)
                .hasMessageContaining("team-d: is the output folder and a team's folder")
                .hasMessageContaining("answers.csv");
        assertThat(subs.resolve("team-d")).isDirectoryNotContaining("glob:**/gradebook.csv");

        // An output folder of its own inside the cohort is passed over, as before.
        assertThat(Cohorts.grade(subs.resolve("graded"), subs).results()).extracting(TeamResult::team)
                .containsExactly("team-c", "team-d");
    }

    /**
     * A team's folder that could not be opened ({@code chmod 000}) made {@code grade} exit 2 with one line,
     * {@code team-c: permission denied}, every other team lost with it.
     */
    @Test
    void aTeamFolderThatCannotBeOpenedIsThatTeamUnreadableAndTheBatchGoesOn(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("team-c/answers.csv"), "0.5");

        GradeRun.Summary summary;
        try (RefusedFolders refused = RefusedFolders.refusing(cohort.resolve("team-c"))) {
            summary = Cohorts.grade(directory.resolve("out"), cohort);
        }

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c");
        assertThat(summary.results().get(2).unreadable()).hasValue("cannot open folder team-c: permission denied");
        assertThat(summary.unreadable()).isOne();
        assertThat(summary.results().get(0).unreadable()).isEmpty();
    }

    /**
     * A readable team's subfolder that could not be opened ({@code team-c/code}) stopped the batch as its folder did;
     * the team's sheet lies beside it and is graded, the folder noted.
     */
    @Test
    void aSubfolderThatCannotBeOpenedIsANoteOnItsTeamWhoseSheetIsStillGraded(@TempDir Path directory)
            throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-c/answers.csv"), "0.5");
        Files.createDirectories(cohort.resolve("team-c/code"));

        GradeRun.Summary summary;
        try (RefusedFolders refused = RefusedFolders.refusing(cohort.resolve("team-c/code"))) {
            summary = Cohorts.grade(directory.resolve("out"), cohort);
        }

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-c");
        TeamResult teamC = summary.results().get(1);
        assertThat(teamC.unreadable()).isEmpty();
        assertThat(teamC.source()).isEqualTo("team-c/answers.csv");
        assertThat(teamC.notes()).contains("cannot open folder team-c/code: permission denied, what it holds was not"
                + " read");
        assertThat(summary.unreadable()).isZero();
    }

    /** A folder named that cannot be opened may be a team's or a cohort: one line, naming it, not a stack trace. */
    @Test
    void aNamedFolderThatCannotBeOpenedIsOneLineNamingIt(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");

        try (RefusedFolders refused = RefusedFolders.refusing(cohort)) {
            assertThatThrownBy(() -> Cohorts.grade(directory.resolve("out"), cohort))
                    .isInstanceOf(InputException.class)
                    .hasMessage(cohort + ": cannot open folder: permission denied");
        }
    }

    /**
     * The same as {@link #aTeamFolderThatCannotBeOpenedIsThatTeamUnreadableAndTheBatchGoesOn} with the file system's
     * own permissions; as root no permission refuses anything, and the test says so rather than pass for nothing.
     */
    @Test
    void aTeamFolderOfModeZeroIsThatTeamUnreadable(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Path teamC = cohort.resolve("team-c");
        Cohorts.sheet(teamC.resolve("answers.csv"), "0.5");
        if (!Files.getFileStore(teamC).supportsFileAttributeView("posix")) {
            System.out.println("aTeamFolderOfModeZeroIsThatTeamUnreadable: no POSIX permissions here; the refusal is"
                    + " tested by aTeamFolderThatCannotBeOpenedIsThatTeamUnreadableAndTheBatchGoesOn");
            return;
        }
        Files.setPosixFilePermissions(teamC, Set.of());
        try {
            if (Files.isReadable(teamC) && Files.isExecutable(teamC)) {
                System.out.println("aTeamFolderOfModeZeroIsThatTeamUnreadable: running as root, whom chmod 000 does"
                        + " not refuse; the refusal is tested by"
                        + " aTeamFolderThatCannotBeOpenedIsThatTeamUnreadableAndTheBatchGoesOn");
                return;
            }
            GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

            assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-c");
            assertThat(summary.results().get(1).unreadable()).hasValue("cannot open folder team-c: permission"
                    + " denied");
        } finally {
            Files.setPosixFilePermissions(teamC, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A browser's second download beside the first ({@code answers (1).csv} beside {@code answers.csv}): in a team's
     * folder named alone it made that folder a cohort of two teams; in a cohort's team folder the {@code (1)} copy
     * was read by chance of name order (and {@code (1)} before {@code (2)}), the warning not saying which was read.
     */
    @Test
    void aBrowsersSecondDownloadIsTheLaterVersionOfItsOriginal(@TempDir Path directory) throws IOException {
        Path alone = directory.resolve("alpha");
        Cohorts.sheet(alone.resolve("answers.csv"), "2");
        Cohorts.sheet(alone.resolve("answers (1).csv"), "0.125");
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "2");
        Cohorts.sheet(cohort.resolve("team-a/answers (1).csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-a/answers (2).csv"), "0.5");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");

        GradeRun.Summary one = Cohorts.grade(directory.resolve("out1"), alone);
        GradeRun.Summary teams = Cohorts.grade(directory.resolve("out2"), cohort);

        assertThat(one.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alpha", "alpha/answers (1).csv"));
        assertThat(teams.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a/answers (2).csv"),
                org.assertj.core.groups.Tuple.tuple("team-b", "team-b/answers.csv"));
        assertThat(teams.findings()).singleElement().satisfies(finding -> assertThat(finding.detail()).contains(
                "answers (2).csv is read unless it has no answers or cannot be read"));
    }

    /**
     * A TA's downloads of three teams' e-mailed {@code answers.csv} ({@code answers (1).csv}, {@code answers (2).csv})
     * were one team graded from the last, the other two lost beside a warning, though each sheet names its team.
     */
    @Test
    void sheetsNamedAsVersionsThatNameDifferentTeamsAreEachATeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("answers.csv"), "Team Alpha", "2");
        Cohorts.named(subs.resolve("answers (1).csv"), "Team Beta", "0.5");
        Cohorts.named(subs.resolve("answers (2).csv"), "Team Gamma", "0.125");
        Cohorts.sheet(subs.resolve("team-x/answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::name, TeamResult::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answers", "Team Alpha", "answers.csv"),
                        org.assertj.core.groups.Tuple.tuple("answers (1)", "Team Beta", "answers (1).csv"),
                        org.assertj.core.groups.Tuple.tuple("answers (2)", "Team Gamma", "answers (2).csv"),
                        org.assertj.core.groups.Tuple.tuple("team-x", "team-x", "team-x/answers.csv"));
        assertThat(summary.findings()).containsExactly(new Finding.VersionsOfDifferentTeams(subs.toString(),
                List.of("answers (2).csv", "answers (1).csv", "answers.csv"),
                List.of("Team Gamma", "Team Beta", "Team Alpha")));
    }

    /**
     * A TA's e-mailed {@code homework2.pdf} of team Gamma and {@code homework2.md} of team Delta at the top of a cohort
     * were one team, graded from the PDF, Delta's sheet named only in a note. One name in several formats naming one
     * team is still one team's work.
     */
    @Test
    void oneNameInSeveralFormatsNamingDifferentTeamsIsATeamEach(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("homework2.csv"), "Team Gamma", "2");
        Files.writeString(subs.resolve("homework2.md"), "Team: Delta\n\nStride: 0.5\n");
        Cohorts.named(subs.resolve("ps2.csv"), "Epsilon", "2");
        Files.writeString(subs.resolve("ps2.md"), "Team: Team Epsilon\n\nStride: 0.5\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::name, TeamResult::source).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Team Gamma", "homework2.csv"),
                org.assertj.core.groups.Tuple.tuple("Delta", "homework2.md"),
                org.assertj.core.groups.Tuple.tuple("Epsilon", "ps2.csv"));
        assertThat(summary.findings()).contains(new Finding.VersionsOfDifferentTeams(subs.toString(),
                List.of("homework2.csv", "homework2.md"), List.of("Team Gamma", "Delta")));
        // Said once: the two sheets were also warned as one name handed in twice.
        assertThat(summary.findings()).noneMatch(Finding.HandedInTwiceByName.class::isInstance);
    }

    /**
     * {@code grade R late}, a TA's folder of two teams' e-mailed {@code answers.csv}, was one team {@code late} graded
     * from {@code answers (1).csv}. A folder named as a team stays that team's, whatever its sheets name.
     */
    @Test
    void aFolderNamedWhoseVersionsNameDifferentTeamsIsACohort(@TempDir Path directory) throws IOException {
        Path late = directory.resolve("late");
        Cohorts.named(late.resolve("answers.csv"), "Team Alpha", "2");
        Cohorts.named(late.resolve("answers (1).csv"), "Team Beta", "0.5");
        Path team = directory.resolve("team-c");
        Cohorts.named(team.resolve("answers.csv"), "Team 3", "2");
        Cohorts.named(team.resolve("answers (1).csv"), "Group C", "0.5");

        GradeRun.Summary attachments = Cohorts.grade(directory.resolve("out1"), late);
        GradeRun.Summary teams = Cohorts.grade(directory.resolve("out2"), team);

        assertThat(attachments.results()).extracting(TeamResult::team, TeamResult::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers", "Team Alpha"),
                org.assertj.core.groups.Tuple.tuple("answers (1)", "Team Beta"));
        assertThat(attachments.findings()).containsExactly(new Finding.VersionsOfDifferentTeams(late.toString(),
                List.of("answers (1).csv", "answers.csv"), List.of("Team Beta", "Team Alpha")));
        assertThat(teams.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-c", "team-c/answers (1).csv"));
    }

    /**
     * Two sections' folders each wrapping an unpacked {@code submissions/} folder of students' folders
     * ({@code Mon/submissions/Ann Lee/answers.csv}, {@code Mon/submissions/Bo Chen/hw2.md}), and a Google Drive
     * download split in two zips, each holding its students' sheets side by side: each wrapper was one team, graded
     * from its first sheet, the others lost without a word when their formats differed. Each student is a team; a
     * folder wrapping a single team's work stays that team.
     */
    @Test
    void aFolderWrappingSeveralTeamsWorkIsASection(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("Mon/submissions/Ann Lee/answers.csv"), "2");
        Files.writeString(Files.createDirectories(subs.resolve("Mon/submissions/Bo Chen")).resolve("hw2.md"),
                "Stride: 2\n");
        Cohorts.sheet(subs.resolve("Wed/submissions/Cy Diaz/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("Wed/submissions/Di Evans/answers.csv"), "0.5");
        Path drive = directory.resolve("drive");
        Cohorts.sheet(drive.resolve("PS2-001/PS2 (File responses)/hw2 - Ann Lee.csv"), "2");
        Files.writeString(drive.resolve("PS2-001/PS2 (File responses)/hw2 - Bo Chen.md"), "Stride: 2\n");
        Cohorts.sheet(drive.resolve("PS2-002/PS2 (File responses)/hw2 - Cy Diaz.csv"), "2");
        Files.writeString(drive.resolve("PS2-002/PS2 (File responses)/hw2 - Di Evans.md"), "Stride: 2\n");
        Path wrapped = directory.resolve("wrapped");
        Cohorts.sheet(wrapped.resolve("Rockets/hw2/Ann/answers.csv"), "2");
        Cohorts.sheet(wrapped.resolve("team-b/answers.csv"), "2");

        GradeRun.Summary sections = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary parts = Cohorts.grade(directory.resolve("out2"), drive);
        GradeRun.Summary one = Cohorts.grade(directory.resolve("out3"), wrapped);

        assertThat(sections.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann Lee", "Mon/submissions/Ann Lee/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("Bo Chen", "Mon/submissions/Bo Chen/hw2.md"),
                org.assertj.core.groups.Tuple.tuple("Cy Diaz", "Wed/submissions/Cy Diaz/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("Di Evans", "Wed/submissions/Di Evans/answers.csv"));
        assertThat(parts.results()).extracting(TeamResult::team).containsExactly("hw2 - Ann Lee", "hw2 - Bo Chen",
                "hw2 - Cy Diaz", "hw2 - Di Evans");
        assertThat(one.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rockets", "Rockets/hw2/Ann/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("team-b", "team-b/answers.csv"));
    }

    /**
     * A team keeping one repository for the whole course, {@code ps1/answers.csv} beside {@code ps2/answers.csv}, was
     * graded for Problem Set 2 from PS1's sheet, with a warning that offered to grade the folders as teams. The sheet
     * numbering the rubric's assignment is read, still warned, and folders numbering assignments are no teams.
     */
    @Test
    void aCourseRepositoryIsGradedFromTheRubricsAssignment(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/ps1/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-a/ps2/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a/ps2/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("team-b", "team-b/answers.csv"));
        assertThat(summary.findings()).containsExactly(new Finding.SeveralSheets("team-a",
                List.of("ps2/answers.csv", "ps1/answers.csv"), new TreeSet<>(Set.of(
                        Submissions.Difference.ONE_FORMAT_UNDER_DIFFERENT_NAMES,
                        Submissions.Difference.DIFFERENT_ASSIGNMENTS)), Optional.empty()));
        // The warning says how they may differ, not every way sheets may.
        assertThat(summary.findings().get(0).detail()).contains("may be different work, one format under different"
                + " names and folders or names numbering different assignments (ps2/answers.csv, ps1/answers.csv)")
                .doesNotContain("later version");
    }

    /**
     * A section of another assignment's teams ({@code subs/ps1/team-a/answers.csv} beside {@code subs/ps2/…}) and a
     * team whose only sheet is {@code hw_3.csv} were graded for Problem Set 2 without a word. Each is warned; a sheet
     * numbering the rubric's assignment, or none, is not.
     */
    @Test
    void aSheetNumberedAsAnotherAssignmentIsWarned(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("ps1/team-a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("ps1/team-b/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("ps2/team-a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("ps2/team-b/hw2.csv"), "2");
        Cohorts.sheet(subs.resolve("ps2/team-e/hw_3.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.findings()).filteredOn(Finding.AnotherAssignment.class::isInstance)
                .extracting(Finding::subject, finding -> ((Finding.AnotherAssignment) finding).source())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ps1/team-a", "ps1/team-a/answers.csv"),
                        org.assertj.core.groups.Tuple.tuple("ps1/team-b", "ps1/team-b/answers.csv"),
                        org.assertj.core.groups.Tuple.tuple("team-e", "ps2/team-e/hw_3.csv"));
        assertThat(summary.findings()).filteredOn(Finding.AnotherAssignment.class::isInstance).first()
                .extracting(Finding::detail).asString().contains("the rubric's (2)");
    }

    /**
     * {@code grade R late-by-email}, a TA's folder of {@code Final Four.md} and {@code Old School.csv}, was one team
     * graded from the first, the second passed over as an old copy by the word "Old" in its name, with no word.
     * Inside a cohort the folder was one team the same way. Their team lines name two teams: each is a team.
     */
    @Test
    void aFolderWhoseSheetsNameDifferentTeamsOneNamedAsOldIsACohort(@TempDir Path directory) throws IOException {
        Path late = directory.resolve("late-by-email");
        Files.createDirectories(late);
        Files.writeString(late.resolve("Final Four.md"), "Team: Final Four\n\nStride: 2\n");
        Cohorts.named(late.resolve("Old School.csv"), "Team Old School", "0.5");
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "2");
        Path inside = subs.resolve("late-by-email");
        Files.createDirectories(inside);
        Files.copy(late.resolve("Final Four.md"), inside.resolve("Final Four.md"));
        Files.copy(late.resolve("Old School.csv"), inside.resolve("Old School.csv"));

        GradeRun.Summary alone = Cohorts.grade(directory.resolve("out1"), late);
        GradeRun.Summary cohort = Cohorts.grade(directory.resolve("out2"), subs);

        assertThat(alone.results()).extracting(TeamResult::team, TeamResult::name, TeamResult::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Final Four", "Final Four", "Final Four.md"),
                        org.assertj.core.groups.Tuple.tuple("Old School", "Team Old School", "Old School.csv"));
        assertThat(cohort.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Final Four", "late-by-email/Final Four.md"),
                org.assertj.core.groups.Tuple.tuple("Old School", "late-by-email/Old School.csv"),
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a/answers.csv"));
        assertThat(cohort.findings()).contains(new Finding.SectionOfTeams(inside.toString(), 2));
    }

    /**
     * A folder named as one of the teams its sheets name ({@code t3} of "T3" and "T3 old") stays that team's; so do
     * sheets naming a team as "Team 5" and as "Group 5", one team whichever word says so.
     */
    @Test
    void aFolderNamedAsATeamItsSheetsNameOrOneTeamNamedWithOtherWordsStaysOneTeam(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "2");
        Cohorts.named(subs.resolve("t3/answers.csv"), "T3", "2");
        Cohorts.named(subs.resolve("t3/answers_old.csv"), "T3 old", "0.5");
        Cohorts.named(subs.resolve("mail/answers.csv"), "Team 5", "2");
        Cohorts.named(subs.resolve("mail/answers (1).csv"), "Group 5", "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mail", "mail/answers (1).csv"),
                org.assertj.core.groups.Tuple.tuple("t3", "t3/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a/answers.csv"));
    }

    /**
     * Of sheets named as versions of one that name two teams, those naming one team, however spelt, are still its
     * versions; a sheet naming none is a team of its own, since nothing says whose it is. Versions naming one team,
     * or one and none, are one team's.
     */
    @Test
    void versionsNamingOneTeamStayItsWhenOthersNameAnother(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("answers.csv"), "Alpha", "2");
        Cohorts.named(subs.resolve("answers (1).csv"), "Team Alpha (Ann, Bo)", "0.5");
        Cohorts.named(subs.resolve("answers (2).csv"), "Beta", "0.125");
        Cohorts.sheet(subs.resolve("answers (3).csv"), "0.125");
        Cohorts.named(subs.resolve("hw2.csv"), "group3", "2");
        Cohorts.named(subs.resolve("hw2_v2.csv"), "Group 3", "0.5");
        Cohorts.sheet(subs.resolve("sol.csv"), "2");
        Cohorts.named(subs.resolve("sol (1).csv"), "Delta", "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers", "answers (1).csv"),
                org.assertj.core.groups.Tuple.tuple("answers (2)", "answers (2).csv"),
                org.assertj.core.groups.Tuple.tuple("answers (3)", "answers (3).csv"),
                org.assertj.core.groups.Tuple.tuple("hw2", "hw2_v2.csv"),
                org.assertj.core.groups.Tuple.tuple("sol", "sol (1).csv"));
        assertThat(summary.findings()).containsExactly(
                new Finding.VersionsOfDifferentTeams(subs.toString(), List.of("answers (3).csv", "answers (1).csv",
                        "answers (2).csv", "answers.csv"), List.of("Team Alpha (Ann, Bo)", "Beta")),
                new Finding.LaterVersionBeside("answers", "answers (1).csv", List.of("answers.csv")),
                new Finding.LaterVersionBeside("hw2", "hw2_v2.csv", List.of("hw2.csv")),
                new Finding.LaterVersionBeside("sol", "sol (1).csv", List.of("sol.csv")));
    }

    /**
     * At the top of a cohort a browser's copy is its original's later version, one team with a warning naming the
     * file graded; copies without their original ({@code Team (1).csv}, {@code Team (2).csv}, as Windows numbers
     * files renamed together) stay a team each.
     */
    @Test
    void aBrowsersCopyAtTheTopOfACohortIsItsOriginalsTeamButNumberedNamesAloneAreTeams(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a.csv"), "2");
        Cohorts.sheet(subs.resolve("team-a (1).csv"), "0.125");
        Cohorts.sheet(subs.resolve("Team (1).csv"), "0.5");
        Cohorts.sheet(subs.resolve("Team (2).csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Team (1)", "Team (1).csv"),
                org.assertj.core.groups.Tuple.tuple("Team (2)", "Team (2).csv"),
                org.assertj.core.groups.Tuple.tuple("team-a", "team-a (1).csv"));
        assertThat(summary.findings()).containsExactly(new Finding.LaterVersionBeside("team-a", "team-a (1).csv",
                List.of("team-a.csv")));
    }

    /**
     * A TA's {@code ps2_reference.csv} or German {@code Musterlösung PS2.csv} (model solution) at the top of a cohort
     * of teams' folders was graded as a team, 33 points, no word.
     */
    @Test
    void aReferenceSolutionBesideTeamsFoldersIsWarned(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("ps2_reference.csv"), "0.5");
        // Spelt as macOS spells it, "o" and a combining diaeresis.
        Cohorts.sheet(cohort.resolve("Musterl\u006f\u0308sung PS2.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.findings()).filteredOn(Finding.CourseMaterialBeside.class::isInstance)
                .extracting(Finding::subject).containsExactlyInAnyOrder(
                        cohort.resolve("ps2_reference.csv").toString(),
                        cohort.resolve("Musterl\u006f\u0308sung PS2.csv").toString());
    }

    /**
     * A TA's {@code rubric.csv} or {@code handout.md} left at the top of a cohort of teams' folders was graded as a
     * team with no word beyond its score; it is still a team (a name cannot tell it from a late team's file), with a
     * warning naming it. A late team's sheet there is no course material.
     */
    @Test
    void courseMaterialBesideTeamsFoldersIsATeamWithAWarning(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("team-a/answers.csv"), "0.125");
        Cohorts.sheet(cohort.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("rubric_solutions.csv"), "0.5");
        Cohorts.sheet(cohort.resolve("late-team.csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), cohort);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("late-team", "rubric_solutions",
                "team-a", "team-b");
        assertThat(summary.findings()).containsExactly(new Finding.CourseMaterialBeside(
                cohort.resolve("rubric_solutions.csv").toString(), 3));
        assertThat(summary.findings().get(0).consoleLine()).isEqualTo("warning: " + cohort.resolve(
                "rubric_solutions.csv") + ": a sheet named as course material beside 3 other teams' submissions:"
                + " graded as a team of its own (move it out of the folder if it is no submission)");
    }

    /**
     * A team's folder holding its members' copies ({@code team-a/alice/answers.csv}, {@code team-a/bob/answers.csv})
     * was a section: team-a was missing from the gradebook and alice and bob were graded as teams of their own.
     */
    @Test
    void aTeamsFolderOfItsMembersFoldersIsThatTeamNotASection(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/alice/answers.csv"), "0.125");
        Cohorts.sheet(subs.resolve("team-a/bob/answers.csv"), "0.25");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-c/answers.csv"), "0.5");
        // A section names its teams' folders as teams, whatever its own name.
        Cohorts.sheet(subs.resolve("group-1/team-d/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("group-1/team-e/answers.csv"), "0.5");

        GradeRun.Summary cohort = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary alone = Cohorts.grade(directory.resolve("out2"), subs.resolve("team-a"));
        GradeRun.Summary members = Cohorts.grade(directory.resolve("out3"), shellPattern(subs.resolve("team-a")));

        assertThat(cohort.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c",
                "team-d", "team-e");
        assertThat(cohort.results().get(0).source()).isEqualTo("team-a/alice/answers.csv");
        String command = "grade RUBRIC " + subs.resolve("team-a") + File.separator + "*";
        assertThat(cohort.findings()).contains(new Finding.SeveralSheets("team-a",
                List.of("alice/answers.csv", "bob/answers.csv"), new TreeSet<>(Set.of(
                        Submissions.Difference.ONE_FORMAT_UNDER_DIFFERENT_NAMES)), Optional.of(command)));
        assertThat(alone.results()).extracting(TeamResult::team).containsExactly("team-a");
        // The command the warning gives grades the members' folders as teams.
        assertThat(members.results()).extracting(TeamResult::team).containsExactly("alice", "bob");
    }

    /**
     * A team's folder handed in inside another's ({@code team-a/team-b/answers.md} beside {@code team-a/answers.pdf},
     * an archive unpacked into the wrong folder) was lost without a word: team-a was graded from its PDF, and team-b's
     * sheet, another format, was taken for the same work. It is named in a warning. A folder named as the team itself
     * ({@code team-c/team-c/}, an archive unpacked into its own name) is the team's: beside {@code team-c/notes/} it
     * made team-c a section, and invented a team {@code notes}; it is team-c, with the warning of two sheets.
     */
    @Test
    void aTeamsFolderInsideAnotherTeamsFolderIsNamedNotLost(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "0.125");
        Files.createDirectories(subs.resolve("team-a/team-b"));
        Files.writeString(subs.resolve("team-a/team-b/answers.md"), "## 1.4\nstride: 2\n");
        Cohorts.sheet(subs.resolve("team-c/team-c/answers.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-c/notes/answers.csv"), "0.25");
        Cohorts.sheet(subs.resolve("team-d/answers.csv"), "0.5");

        GradeRun.Summary cohort = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(cohort.results()).extracting(TeamResult::team).containsExactly("team-a", "team-c", "team-d");
        assertThat(cohort.results().get(0).source()).isEqualTo("team-a/answers.csv");
        // Which of team-c's two sheets is its answer is for a person to confirm, as for any two of one format.
        assertThat(cohort.findings()).filteredOn(finding -> finding instanceof Finding.SeveralSheets)
                .extracting(Finding::subject).containsExactly("team-c");
        Finding inside = new Finding.TeamFolderInside("team-a", "team-b", List.of("answers.md"), "answers.csv");
        assertThat(cohort.findings()).filteredOn(finding -> finding instanceof Finding.TeamFolderInside)
                .containsExactly(inside);
        assertThat(inside.consoleLine()).isEqualTo("warning: team-a: team-b inside the team's folder is named as a"
                + " team, and its answers.md is not read (answers.csv is): if it is another team's work, move it out"
                + " of team-a and grade again");
    }

    /**
     * Another team's sheet copied into a team's folder ({@code team-a/team-b_answers.csv} beside
     * {@code team-a/answers.md}) was graded as team-a's, for its format ranks first: team-a got team B's grade, with
     * only a warning that two teams gave the name "Team B". A sheet named as another team ranks after the team's own,
     * and is named in a warning. A sheet naming the folder's own team ({@code group-03_answers.csv} in {@code team-3/})
     * is the team's, and a folder named after a student ({@code alice/}) says nothing of which group a sheet names.
     */
    @Test
    void anotherTeamsSheetInATeamsFolderIsNotGradedAsTheTeams(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Files.createDirectories(subs.resolve("team-a"));
        Files.writeString(subs.resolve("team-a/answers.md"), "Team: Team A\n\navg_stride: 2\n");
        Cohorts.named(subs.resolve("team-a/team-b_answers.csv"), "Team B", "1");
        Cohorts.named(subs.resolve("team-b/answers.csv"), "Team B", "1");
        Files.createDirectories(subs.resolve("team-3"));
        Files.writeString(subs.resolve("team-3/notes.md"), "Team: Team 3\n\navg_stride: 1\n");
        Cohorts.named(subs.resolve("team-3/group-03_answers.csv"), "Team 3", "2");
        Cohorts.sheet(subs.resolve("alice/group7_answers.csv"), "2");
        Files.writeString(subs.resolve("alice/notes.md"), "avg_stride: 1\n");

        GradeRun.Summary cohort = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(cohort.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("alice", "alice/group7_answers.csv"), tuple("team-3", "team-3/group-03_answers.csv"),
                tuple("team-a", "team-a/answers.md"), tuple("team-b", "team-b/answers.csv"));
        Finding inside = new Finding.TeamSheetInside("team-a", "team-b_answers.csv", "answers.md");
        assertThat(cohort.findings()).filteredOn(finding -> finding instanceof Finding.TeamSheetInside)
                .containsExactly(inside);
        assertThat(inside.consoleLine()).isEqualTo("warning: team-a: team-b_answers.csv inside the team's folder is"
                + " named as another team's and is not read (answers.md is): if it is another team's work, move it"
                + " out of team-a and grade again");
        assertThat(cohort.findings()).extracting(Finding::detail).noneMatch(detail -> detail.contains("given by"));
    }

    /**
     * Another team's sheet beside a blank one of the team's (`team-a/notes.md`, `team-a/team-b_answers.csv`) was read
     * when the blank gave way, team-a graded full marks from team B's work while the warning said it was not read; a
     * folder holding only such a sheet was graded from it without a word. The blank is kept (flagged as blank), and a
     * team graded from its only sheet, named as another team's, is warned.
     */
    @Test
    void anotherTeamsSheetNeverStandsInForABlankOneAndIsWarnedWhenItIsAllThereIs(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Files.createDirectories(subs.resolve("team-a"));
        Files.writeString(subs.resolve("team-a/notes.md"), "Team: Team A\n\nWe did not finish.\n");
        Cohorts.sheet(subs.resolve("team-a/team-b_answers.csv"), "2");
        Cohorts.sheet(subs.resolve("team-c/team-d_answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactly(
                tuple("team-a", "team-a/notes.md"), tuple("team-c", "team-c/team-d_answers.csv"));
        assertThat(summary.findings()).contains(new Finding.TeamSheetInside("team-a", "team-b_answers.csv",
                "notes.md"), new Finding.GradedFromAnotherTeamsSheet("team-c", "team-d_answers.csv"));
    }

    /**
     * A download unpacked into a folder of its own that also held a team's loose sheet
     * ({@code PS2 Submissions (Oct 18)/team-a/}, {@code …/team-b/}, {@code …/team-c.csv}) was one team named after the
     * folder, graded from team-a's sheet: team-b and team-c were missing, with only the warning of two sheets, whose
     * command broke on the folder's spaces. So was a TA's folder of late teams beside an LMS's download
     * ({@code late-by-email/team-y/}, {@code late-by-email/team-z.csv}). A folder holding teams' folders named as teams
     * beside other sheets or folders so named is a section; named as the folder itself, however spelt, they are its own.
     */
    @Test
    void aFolderOfTeamsFoldersWithALooseTeamSheetIsASection(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Path download = subs.resolve("PS2 Submissions (Oct 18)");
        Cohorts.sheet(download.resolve("team-a/answers.csv"), "0.5");
        Cohorts.sheet(download.resolve("team-b/answers.csv"), "2");
        Cohorts.sheet(download.resolve("team-c.csv"), "1");
        GradeRun.Summary wrapped = Cohorts.grade(directory.resolve("out1"), subs);
        assertThat(wrapped.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c");

        Path late = directory.resolve("late");
        Cohorts.sheet(late.resolve("leeann_340935_208490285_answers.csv"), "2");
        Cohorts.sheet(late.resolve("smithbob_340934_208490284_hw2.csv"), "2");
        Cohorts.sheet(late.resolve("late-by-email/team-y/answers.csv"), "2");
        Cohorts.sheet(late.resolve("late-by-email/team-z.csv"), "1");
        GradeRun.Summary mixed = Cohorts.grade(directory.resolve("out2"), late);
        assertThat(mixed.results()).extracting(TeamResult::team).containsExactly("leeann", "smithbob", "team-y",
                "team-z");

        // A team's folder holding its own sheet and its unpacked copy, named as itself however spelt, is that team.
        Path own = directory.resolve("own");
        Cohorts.sheet(own.resolve("Group 3/group-3.csv"), "2");
        Cohorts.sheet(own.resolve("Group 3/group3/answers.csv"), "2");
        Cohorts.sheet(own.resolve("team-b/answers.csv"), "2");
        assertThat(Cohorts.grade(directory.resolve("out3"), own).results()).extracting(TeamResult::team)
                .containsExactly("Group 3", "team-b");
    }

    /** The command a warning gives, pasted into a shell, broke on a folder's spaces and parentheses. */
    @Test
    void aCommandsPathIsOneWordOfTheShell() {
        assertThat(Discovery.shellWord("subs/team-a")).isEqualTo("subs/team-a");
        assertThat(Discovery.shellWord("subs/PS2 Submissions (Oct 18)")).isEqualTo("'subs/PS2 Submissions (Oct 18)'");
        assertThat(Discovery.shellWord("subs/O'Brien team/*")).isEqualTo("'subs/O'\\''Brien team'/*");
    }

    /**
     * Copies set aside beside a team's sheet at the top of a cohort were teams of their own: {@code team-b - Copy},
     * {@code Copy of team-g}, {@code bak_team-d}, {@code team-e_draft}, {@code team-f copy}, and a browser's second
     * download of a download, {@code team-a (1) (1)}.
     */
    @Test
    void copiesSetAsideBesideATeamsSheetAreThatTeamNotTeamsOfTheirOwn(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        for (String name : List.of("team-a", "team-a (1)", "team-a (1) (1)", "team-b", "team-b - Copy",
                "team-c", "team-c - Copy (2)", "team-d", "bak_team-d", "team-e", "team-e_draft", "team-f",
                "team-f copy", "team-g", "Copy of team-g")) {
            Cohorts.sheet(subs.resolve(name + ".csv"), "0.5");
        }
        // Two copies without their original are still one team's (Windows numbers a second copy so).
        Cohorts.sheet(subs.resolve("team-h - Copy.csv"), "0.5");
        Cohorts.sheet(subs.resolve("team-h - Copy (2).csv"), "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "team-b", "team-c",
                "team-d", "team-e", "team-f", "team-g", "team-h - Copy");
        assertThat(summary.results()).extracting(TeamResult::source).startsWith("team-a (1) (1).csv", "team-b.csv",
                "team-c.csv", "team-d.csv", "team-e.csv", "team-f.csv", "team-g.csv");
        assertThat(summary.findings()).contains(new Finding.LaterVersionBeside("team-g", "team-g.csv",
                List.of("Copy of team-g.csv")), new Finding.LaterVersionBeside("team-a", "team-a (1) (1).csv",
                List.of("team-a (1).csv", "team-a.csv")));
    }

    /**
     * One work handed in at the top of a cohort in two formats ({@code team-a.csv} and {@code team-a.md}, or a PDF
     * beside its LaTeX source) was two teams, {@code team-a.csv} and {@code team-a.md}.
     */
    @Test
    void oneNameInSeveralFormatsAtACohortsTopIsOneTeamReadAsFromItsFolder(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a.csv"), "2");
        Files.writeString(subs.resolve("team-a.md"), "avg_stride: 1\n");
        // A PDF that cannot be read gives way to its source, as in a team's folder.
        Files.writeString(subs.resolve("Team-B.pdf"), "not a PDF");
        Files.writeString(subs.resolve("team-b.tex"), "avg\\_stride = 2\n");
        Cohorts.sheet(subs.resolve("team-c.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("team-a", "Team-B", "team-c");
        assertThat(summary.results()).extracting(TeamResult::source).containsExactly("team-a.csv", "team-b.tex",
                "team-c.csv");
        assertThat(summary.results().get(1).notes()).anyMatch(note -> note.startsWith("skipped Team-B.pdf"));
    }

    /**
     * A team's sheet beside a folder of its name ({@code team-f.csv} and {@code team-f/answers.csv}) was graded as two
     * teams, {@code subs/team-f} and {@code team-f.csv}, without a word: the TA saw two rows for one team.
     */
    @Test
    void aSheetBesideAFolderOfItsNameIsTwoTeamsWithAWarning(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-f.csv"), "2");
        Cohorts.sheet(subs.resolve("team-f/answers.csv"), "1");
        Cohorts.sheet(subs.resolve("team-g.csv"), "2");
        // Sections' teams of one name are different teams: no warning.
        Cohorts.sheet(subs.resolve("section-1/a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("section-1/b/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("section-2/a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("section-2/c/answers.csv"), "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).hasSize(7);
        assertThat(summary.findings()).filteredOn(finding -> finding instanceof Finding.HandedInTwiceByName)
                .containsExactly(new Finding.HandedInTwiceByName("team-f", List.of("team-f/answers.csv",
                        "team-f.csv"), List.of("subs/team-f", "team-f.csv")));
    }

    /**
     * A team's archive unpacked twice, or downloaded again after a resubmission adding a member ({@code team-5/} of
     * "Team 5 (Ann, Bo)" beside {@code team-5 (1)/} of "Team 5 (Ann, Bo, Cy)"), was two teams with no word, each
     * graded. Team folders named as versions of one are one team, graded from the latest, as sheets so named are;
     * folders so named whose sheets name different teams stay teams of their own, said.
     */
    @Test
    void aTeamsFolderBesideItsCopyUnpackedAgainIsOneTeamGradedFromTheLater(@TempDir Path directory)
            throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("team-5/answers.csv"), "Team 5 (Ann, Bo)", "2");
        Cohorts.named(subs.resolve("team-5 (1)/answers.csv"), "Team 5 (Ann, Bo, Cy)", "0.5");
        Cohorts.named(subs.resolve("team-6/answers.csv"), "Team 6", "2");
        Cohorts.named(subs.resolve("Ann.Lee/answers.csv"), "Ann", "2");
        Cohorts.named(subs.resolve("Ann.Lee - Copy/answers.csv"), "Ann", "0.5");
        Cohorts.named(subs.resolve("x/answers.csv"), "Team Alpha", "2");
        Cohorts.named(subs.resolve("x (1)/answers.csv"), "Team Beta", "0.5");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("team-5", "team-5 (1)/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("team-6", "team-6/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("Ann.Lee", "Ann.Lee/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("x", "x/answers.csv"),
                org.assertj.core.groups.Tuple.tuple("x (1)", "x (1)/answers.csv"));
        assertThat(summary.findings()).contains(
                new Finding.LaterVersionBeside("team-5", "team-5 (1)/answers.csv", List.of("team-5/")),
                new Finding.LaterVersionBeside("Ann.Lee", "Ann.Lee/answers.csv", List.of("Ann.Lee - Copy/")),
                new Finding.VersionsOfDifferentTeams(subs.toString(), List.of("x (1)", "x"),
                        List.of("Team Beta", "Team Alpha")));
    }

    /**
     * Google Drive's "Download all" split in two zips put {@code team-a}'s sheet in one part and its notebook in the
     * other ({@code PS2-20251018T101010Z-001/PS2/team-a}, {@code PS2-20251018T101010Z-002/PS2/team-a}): two teams,
     * graded with no word, as sections' teams of one name are. Parts of one download are one folder: the TA is warned.
     */
    @Test
    void aTeamsFolderInTwoPartsOfOneDownloadIsWarned(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-001/PS2/team-a/answers.csv"), "Team A", "2");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-001/PS2/team-b/answers.csv"), "Team B", "2");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-002/PS2/team-a/notebook.csv"), "A nb", "0.5");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-002/PS2/team-c/answers.csv"), "Team C", "2");
        Path sections = directory.resolve("sections");
        for (String section : List.of("section-1", "section-2")) {
            Cohorts.sheet(sections.resolve(section + "/team-a/answers.csv"), "2");
            Cohorts.sheet(sections.resolve(section + "/team-b/answers.csv"), "2");
        }

        GradeRun.Summary split = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary apart = Cohorts.grade(directory.resolve("out2"), sections);

        assertThat(split.results()).hasSize(4);
        assertThat(split.findings()).filteredOn(Finding.HandedInTwiceByName.class::isInstance).singleElement()
                .extracting(Finding::detail).asString().contains("PS2-20251018T101010Z-001/PS2/team-a/answers.csv")
                .contains("PS2-20251018T101010Z-002/PS2/team-a/notebook.csv");
        assertThat(apart.results()).hasSize(4);
        assertThat(apart.findings()).noneMatch(Finding.HandedInTwiceByName.class::isInstance);
    }

    /**
     * A team's folder holding its {@code answers.csv} beside a copy of a grade run's {@code gradebook.csv} and
     * {@code results.json} is an earlier run's output, never read: the team was missing from the gradebook with only a
     * note. The TA is warned, the sheet named.
     */
    @Test
    void aRunsOutputHoldingASheetItDidNotWriteIsWarned(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-s/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("team-u/answers.csv"), "2");
        Path copied = subs.resolve("team-t");
        Cohorts.sheet(copied.resolve("answers.csv"), "2");
        Files.writeString(copied.resolve("gradebook.csv"), "team,total,max,percent\nx,1,2,50\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.findings()).filteredOn(Finding.NotASubmission.class::isInstance).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.warning()).isTrue();
                    assertThat(finding.detail()).contains("it also holds answers.csv, which no grade run wrote");
                });
    }

    /**
     * Google Drive's download split in two whose second part holds one team ({@code
     * PS2-20251018T101010Z-002/PS2/team-c/answers.csv}): that team was graded as {@code PS2-20251018T101010Z-002},
     * which no roster, LMS file or manual score names. A part of a download holds its teams however few.
     */
    @Test
    void aDownloadPartHoldingOneTeamIsThatTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-001/PS2/team-a/answers.csv"), "Team A", "2");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-001/PS2/team-b/answers.csv"), "Team B", "2");
        Cohorts.named(subs.resolve("PS2-20251018T101010Z-002/PS2/team-c/answers.csv"), "Team C", "2");

        GradeRun.Summary split = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(split.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("team-a", "team-b",
                "team-c");
    }

    /**
     * A TA who sorts work by the day it came ({@code 2025-10-17/team-a.pdf}, {@code 2025-10-17/team-b.pdf},
     * {@code 2025-10-19/team-a.pdf}, a late resubmission) had team-a graded twice, once as the team
     * {@code 2025-10-19} (a folder of one sheet was taken for a team's), with no word when the two team lines
     * differed. A folder named as a day holds that day's teams, and a team in two of them is warned, once.
     */
    @Test
    void aTeamInTwoDaysFoldersIsWarned(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("2025-10-17/team-a.csv"), "Team A (Ann, Bo)", "2");
        Cohorts.named(subs.resolve("2025-10-17/team-b.csv"), "Team B", "2");
        Cohorts.named(subs.resolve("2025-10-19/team-a.csv"), "Team A (Ann, Bo, Cy)", "0.5");
        Path sameLine = directory.resolve("same-line");
        Cohorts.named(sameLine.resolve("17.10.2025/team-a.csv"), "Team A", "2");
        Cohorts.named(sameLine.resolve("17.10.2025/team-b.csv"), "Team B", "2");
        Cohorts.named(sameLine.resolve("19.10.2025/team-a.csv"), "Team A", "0.5");

        GradeRun.Summary days = Cohorts.grade(directory.resolve("out1"), subs);
        GradeRun.Summary named = Cohorts.grade(directory.resolve("out2"), subs.resolve("2025-10-19"));
        GradeRun.Summary alike = Cohorts.grade(directory.resolve("out3"), sameLine);

        assertThat(days.results()).extracting(TeamResult::source).containsExactlyInAnyOrder(
                "2025-10-17/team-a.csv", "2025-10-17/team-b.csv", "2025-10-19/team-a.csv");
        assertThat(days.results()).extracting(TeamResult::team).doesNotContain("2025-10-19");
        assertThat(days.findings()).filteredOn(Finding.HandedInTwiceByName.class::isInstance).singleElement()
                .extracting(Finding::detail).asString().contains("2025-10-17/team-a.csv")
                .contains("2025-10-19/team-a.csv");
        assertThat(named.results()).extracting(TeamResult::team).containsExactly("team-a");
        // One warning for one pair: the team line they share is not said again.
        assertThat(alike.findings()).filteredOn(Finding.HandedInTwiceByName.class::isInstance).hasSize(1);
        assertThat(alike.findings()).noneMatch(Finding.SharedName.class::isInstance);
    }

    /**
     * A TA's flat folder with a late resubmission marked ({@code LATE_team-c.pdf} beside {@code team-c.pdf}), or a
     * team's late sheet beside its folder ({@code team-a_late.md} beside {@code team-a/}), was two teams, with no word
     * when the team lines differed. "Late" at a name's start or end marks a later version: one team, graded from
     * the late sheet and warned; beside a folder, both graded and warned.
     */
    @Test
    void aLateResubmissionBesideTheTeamsWorkIsOneTeamOrWarned(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.named(subs.resolve("team-c.csv"), "Team C (Ann, Bo)", "2");
        Cohorts.named(subs.resolve("LATE_team-c.csv"), "Team C (Ann, Bo, Cy)", "0.5");
        Cohorts.named(subs.resolve("team-a/answers.csv"), "Team A", "2");
        Cohorts.named(subs.resolve("team-a_late.csv"), "Team A (late)", "0.5");
        Cohorts.named(subs.resolve("team-b/answers.csv"), "Team B", "2");
        // A TA's folder named "late" holds teams' work: no version of anything.
        Cohorts.named(subs.resolve("late/team-d.csv"), "Team D", "2");
        Cohorts.named(subs.resolve("late/team-e.csv"), "Team E", "2");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team, TeamResult::source).contains(
                org.assertj.core.groups.Tuple.tuple("team-c", "LATE_team-c.csv"),
                org.assertj.core.groups.Tuple.tuple("team-d", "late/team-d.csv"),
                org.assertj.core.groups.Tuple.tuple("team-e", "late/team-e.csv"));
        assertThat(summary.results()).hasSize(6);
        assertThat(summary.findings()).contains(
                new Finding.LaterVersionBeside("team-c", "LATE_team-c.csv", List.of("team-c.csv")));
        assertThat(summary.findings()).filteredOn(Finding.HandedInTwiceByName.class::isInstance).singleElement()
                .extracting(Finding::detail).asString().contains("team-a/answers.csv").contains("team-a_late.csv");
    }

    /**
     * A TA's roster ({@code team,student_id,email,name}) and manual scores ({@code team,part,points,comment}) kept at the
     * top of the cohort were graded as teams, unreadable (exit 3). They are said, not graded; a team's answers in the
     * long layout ({@code team,part,answer}) are still a team.
     */
    @Test
    void aRosterOrManualScoresBesideTheTeamsIsNoTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "2");
        Files.writeString(subs.resolve("students.csv"), "\uFEFF\"team\",\"student_id\",\"email\",\"name\"\n"
                + "team-a,1001,ann@uni.edu,Ann Lee\n");
        Files.writeString(subs.resolve("manual-scores.csv"), "team;part;points;comment\nteam-a;discussion;3;good\n");
        Files.writeString(subs.resolve("team-c.csv"), "team,part,answer\nteam-c,avg_stride,2\n");

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("team-a", "team-b",
                "team-c");
        assertThat(summary.findings()).contains(new Finding.NotASubmission(subs.resolve("students.csv").toString(),
                "a roster (team, student_id, email), not a team's answers: name it with --roster"),
                new Finding.NotASubmission(subs.resolve("manual-scores.csv").toString(),
                        "manual scores (team, part, points), not a team's answers: name them with --manual"));
    }


    /**
     * A TA's roster kept as a workbook ({@code roster.xlsx}, headed {@code team | student_id | email | name}) at the
     * top of the cohort was graded as a team, unreadable (exit 3). It is said, not graded, as a CSV roster is; a
     * team's workbook of answers beside it is still a team.
     */
    @Test
    void aRosterWorkbookBesideTheTeamsIsNoTeam(@TempDir Path directory) throws IOException {
        Path subs = directory.resolve("subs");
        Cohorts.sheet(subs.resolve("team-a/answers.csv"), "2");
        Cohorts.sheet(subs.resolve("team-b/answers.csv"), "2");
        workbook(subs.resolve("roster.xlsx"), List.of(List.of("team", "student_id", "email", "name"),
                List.of("team-a", "1001", "ann@uni.edu", "Ann Lee")));
        workbook(subs.resolve("team-c.xlsx"), List.of(List.of("team", "part", "answer"),
                List.of("team-c", "avg_stride", "2")));

        GradeRun.Summary summary = Cohorts.grade(directory.resolve("out"), subs);

        assertThat(summary.results()).extracting(TeamResult::team).containsExactlyInAnyOrder("team-a", "team-b",
                "team-c");
        assertThat(summary.findings()).contains(new Finding.NotASubmission(subs.resolve("roster.xlsx").toString(),
                "a roster (team, student_id, email), not a team's answers: save it as CSV and name it with --roster"));
    }

    /** A workbook of one sheet written by POI, a row per list. */
    private static void workbook(Path file, List<List<String>> rows) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream output = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Sheet1");
            for (int row = 0; row < rows.size(); row++) {
                org.apache.poi.ss.usermodel.Row cells = sheet.createRow(row);
                for (int column = 0; column < rows.get(row).size(); column++) {
                    cells.createCell(column).setCellValue(rows.get(row).get(column));
                }
            }
            workbook.write(output);
        }
    }
}
