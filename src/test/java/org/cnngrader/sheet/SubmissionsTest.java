package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @Test
    void aTeamFolderPicksOneFileByPriorityAndSaysWhich() throws Exception {
        Submissions.Submission team = Submissions.team(Path.of("submissions-sample/team-c"));
        assertThat(team.file().getFileName().toString()).isEqualTo("solution.pdf");
        assertThat(team.notes()).containsExactly(
                "read team-c/solution.pdf, the first of 2 candidate files by name (answer, solution, final … first;"
                        + " draft, old, example … last; a later version before an earlier one), then format (xlsx, csv,"
                        + " pdf, docx, ipynb, tex, md, txt)");
    }

    @Test
    void wordAndNotebooksComeAfterPdfAndBeforePlainText(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-z"));
        Files.copy(Path.of("src/test/resources/notebooks/ps2-team-n.ipynb"), team.resolve("work.ipynb"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"), team.resolve("report.md"));
        assertThat(Submissions.team(team).file().getFileName().toString()).isEqualTo("work.ipynb");
        Files.copy(Path.of("src/test/resources/word/ps2-team-w.docx"), team.resolve("report.docx"));
        assertThat(Submissions.team(team).file().getFileName().toString()).isEqualTo("report.docx");
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("report.pdf"));
        Submissions.Submission chosen = Submissions.team(team);
        assertThat(chosen.file().getFileName().toString()).isEqualTo("report.pdf");
        assertThat(chosen.fallbacks()).extracting(Submissions.Submission::source)
                .containsExactly("team-z/report.docx", "team-z/work.ipynb", "team-z/report.md");
    }

    /** A blank template left beside the filled PDF once won with 0 points, status ok, nothing to review. */
    @Test
    void aBlankTemplateIsSkippedForTheNextCandidateWithANote(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-g"));
        try (var output = Files.newOutputStream(team.resolve("template.xlsx"))) {
            TemplateWriter.xlsx(SPEC, "Problem Set 2", output);
        }
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("hw2.pdf"));
        List<Submissions.Submission> found = List.of(Submissions.folder(root, team, "team-g"));
        assertThat(found).extracting(Submissions.Submission::source).containsExactly("team-g/template.xlsx");
        List<AnswerSheet> sheets = Submissions.read(found, SPEC);
        assertThat(sheets).hasSize(1);
        AnswerSheet sheet = sheets.get(0);
        assertThat(sheet.source()).isEqualTo("team-g/hw2.pdf");
        assertThat(sheet.team()).isEqualTo("PS 2 G");
        assertThat(sheet.answers().values()).anyMatch(answer -> answer.value().isPresent());
        assertThat(sheet.notes()).contains("skipped team-g/template.xlsx: it has no answers (a blank template?)",
                "read team-g/hw2.pdf, number 2 of 2 candidate files by name (answer, solution, final … first;"
                        + " draft, old, example … last; a later version before an earlier one), then format (xlsx, csv,"
                        + " pdf, docx, ipynb, tex, md, txt)");
    }

    /**
     * A student's re-upload of the problem set, {@code PS2.pdf}, beside the team's {@code Team 5 PS2.docx} was graded
     * first by its format: its matrices taken by their place, 0 points, status ok, no warning.
     */
    @Test
    void theAssignmentHandedOutGivesWayToTheSheetThatLabelsItsAnswers(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t1"));
        Files.copy(Path.of("src/test/resources/handed-out/ps2-handout.pdf"), team.resolve("PS2.pdf"));
        Files.copy(Path.of("src/test/resources/word/ps2-team-w.docx"), team.resolve("Team 5 PS2.docx"));
        Submissions.Submission found = Submissions.folder(root, team, "t1");
        assertThat(found.source()).isEqualTo("t1/PS2.pdf");
        AnswerSheet sheet = Submissions.read(List.of(found), SPEC).get(0);
        assertThat(sheet.source()).isEqualTo("t1/Team 5 PS2.docx");
        assertThat(sheet.notes()).contains("skipped t1/PS2.pdf: no answer in it was found by a label or a cell, only by"
                + " place or value (the assignment handed out, or another assignment's sheet?); t1/Team 5 PS2.docx"
                + " labels its answers");
    }

    /** A terse final answer without labels is still the answer: its draft, labelled, does not stand in for it. */
    @Test
    void aDraftDoesNotStandInForAnAnswerWithoutLabels(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t2"));
        Files.copy(Path.of("src/test/resources/handed-out/ps2-handout.pdf"), team.resolve("answers.pdf"));
        Files.copy(Path.of("src/test/resources/word/ps2-team-w.docx"), team.resolve("answers_draft.docx"));
        AnswerSheet sheet = Submissions.read(List.of(Submissions.folder(root, team, "t2")), SPEC).get(0);
        assertThat(sheet.source()).isEqualTo("t2/answers.pdf");
        assertThat(sheet.notes()).noneMatch(note -> note.startsWith("skipped"));
    }

    /**
     * {@code wip/hw2.pdf} beside {@code submitted/hw2.md}, and German {@code Entwurf/hw2.pdf} (draft) beside
     * {@code Abgabe/hw2.md} (submission): one name in two formats, the draft's PDF was graded first by its format, no
     * word said. The folder's words rank the file handed in first.
     */
    @Test
    void aFolderNamedAsWhatWasHandedInRanksBeforeAWorkInProgress(@TempDir Path root) throws Exception {
        Path english = Files.createDirectories(root.resolve("team-a"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"),
                Files.createDirectories(english.resolve("wip")).resolve("hw2.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"),
                Files.createDirectories(english.resolve("submitted")).resolve("hw2.md"));
        Path german = Files.createDirectories(root.resolve("team-b"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"),
                Files.createDirectories(german.resolve("Entwurf")).resolve("hw2.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"),
                Files.createDirectories(german.resolve("Abgabe")).resolve("hw2.md"));

        assertThat(Submissions.folder(root, english, "team-a").source()).isEqualTo("team-a/submitted/hw2.md");
        assertThat(Submissions.folder(root, german, "team-b").source()).isEqualTo("team-b/Abgabe/hw2.md");
    }

    /**
     * A repository kept for the whole course, {@code ps1/report.pdf} beside {@code ps2/report.md}, was graded from PS1's
     * PDF, first by its format, and nothing said so: the formats differ, so no two sheets looked like rivals.
     */
    @Test
    void sheetsInFoldersOfDifferentAssignmentsAreRivals(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-a"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"),
                Files.createDirectories(team.resolve("ps1")).resolve("report.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"),
                Files.createDirectories(team.resolve("ps2")).resolve("report.md"));
        assertThat(Submissions.folder(root, team, "team-a").rivals()).extracting(Submissions.Submission::source)
                .containsExactly("team-a/ps1/report.pdf", "team-a/ps2/report.md");
        assertThat(Submissions.folder(root, team, "team-a").differences())
                .containsExactly(Submissions.Difference.DIFFERENT_ASSIGNMENTS);
        // One work in two formats, or two assignments' words with no number told apart, are no rivals.
        Files.move(team.resolve("ps1/report.pdf"), team.resolve("ps2/report.pdf"));
        assertThat(Submissions.folder(root, team, "team-a").rivals()).isEmpty();
    }

    /**
     * A repository kept for the whole course, {@code ps1/report.pdf} beside {@code ps2/report.md}, was graded for
     * Problem Set 2 from PS1's PDF, first by its format; {@code course/ps1-solution.pdf} beside {@code hw2/answers.md}
     * from the solution, first by its name. The file numbering the rubric's assignment is read, and one numbering
     * another never stands in for it.
     */
    @Test
    void aFileNumberingAnotherAssignmentRanksAfterTheRubricsOwn(@TempDir Path root) throws Exception {
        Assignment problemSetTwo = Assignment.titled("Deep Learning E1394 — Problem Set 2, part 1");
        Path team = Files.createDirectories(root.resolve("team-a"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"),
                Files.createDirectories(team.resolve("ps1")).resolve("report.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"),
                Files.createDirectories(team.resolve("ps2")).resolve("report.md"));
        Path other = Files.createDirectories(root.resolve("team-x"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"),
                Files.createDirectories(other.resolve("course")).resolve("ps1-solution.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-b.md"),
                Files.createDirectories(other.resolve("hw2")).resolve("answers.md"));

        Submissions.Submission courseRepository = Submissions.folder(root, team, "team-a", path -> false,
                problemSetTwo);
        Submissions.Submission withSolution = Submissions.folder(root, other, "team-x", path -> false,
                problemSetTwo);

        assertThat(courseRepository.source()).isEqualTo("team-a/ps2/report.md");
        assertThat(courseRepository.standIns()).isZero();
        assertThat(courseRepository.notes()).singleElement().asString().contains("the assignment their folders or"
                + " names number (2, the rubric's, first)");
        assertThat(withSolution.source()).isEqualTo("team-x/hw2/answers.md");
        // Not knowing the assignment, the format ranks PS1's PDF first, as before.
        assertThat(Submissions.folder(root, team, "team-a").source()).isEqualTo("team-a/ps1/report.pdf");
    }

    /** An empty answers.xlsx (or Office's lock file ~$answers.xlsx) beside the PDF made the team unreadable. */
    @Test
    void aCandidateThatCannotBeReadGivesWayToTheNextWithAnswers(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-g"));
        Files.createFile(team.resolve("answers.xlsx"));
        Files.writeString(team.resolve("~$answers.xlsx"), "owner");
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("hw2.pdf"));
        Submissions.Submission found = Submissions.folder(root, team, "team-g");
        assertThat(found.source()).isEqualTo("team-g/answers.xlsx");
        assertThat(found.fallbacks()).extracting(Submissions.Submission::source).containsExactly("team-g/hw2.pdf");
        AnswerSheet sheet = Submissions.read(List.of(found), SPEC).get(0);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.source()).isEqualTo("team-g/hw2.pdf");
        assertThat(sheet.notes()).anyMatch(note -> note.startsWith("skipped team-g/answers.xlsx: it could not be read ("));
    }

    /** A draft beside the final was read because its name sorts first; course material because of "solution". */
    @Test
    void aNameThatSaysItIsNotTheAnswerComesAfterTheOthers(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("hw2_draft.md"), "S = 1");
        Files.writeString(team.resolve("hw2_final.md"), "S = 2");
        Files.writeString(Files.createDirectories(team.resolve("resources")).resolve("example_solution.md"), "S = 3");
        Files.writeString(team.resolve("hw2.md"), "S = 4");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/hw2_final.md");
        Files.delete(team.resolve("hw2_final.md"));
        Submissions.Submission chosen = Submissions.folder(root, team, "t");
        assertThat(chosen.source()).isEqualTo("t/hw2.md");
        assertThat(chosen.fallbacks()).extracting(Submissions.Submission::source)
                .containsExactly("t/hw2_draft.md", "t/resources/example_solution.md");
    }

    /**
     * A repository's data CSVs ({@code data/split_1.csv} … nine of them), which rank first by their format, took every
     * fallback: the team was unreadable, blamed on the first, and its {@code report.md} never read. At most three
     * candidates of one format are read.
     */
    @Test
    void dataFilesOfOneFormatDoNotUseUpTheFallbacks(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("hw2-carol"));
        Path data = Files.createDirectories(team.resolve("data"));
        for (int split = 1; split <= 9; split++) {
            Files.writeString(data.resolve("split_" + split + ".csv"), "epoch,accuracy\n1,0.5\n");
        }
        Files.writeString(team.resolve("report.md"), "## 1.3.1 Convolution\n\nS = [[0, 2, 0, 2], [3, 2, 5, 2],"
                + " [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]\n");
        Submissions.Submission chosen = Submissions.folder(root, team, "hw2-carol");
        assertThat(chosen.fallbacks()).extracting(Submissions.Submission::source).containsExactly(
                "hw2-carol/data/split_2.csv", "hw2-carol/data/split_3.csv", "hw2-carol/report.md");
        List<AnswerSheet> sheets = Submissions.read(List.of(chosen), SPEC);
        assertThat(sheets).singleElement().satisfies(sheet -> {
            assertThat(sheet.readable()).isTrue();
            assertThat(sheet.source()).isEqualTo("hw2-carol/report.md");
        });
    }

    /**
     * A team's plots as PDF ({@code figures/fmap.pdf}, no answer; {@code figures/loss.pdf}, numbers by place only)
     * rank before its notebook by their format: the blank one was skipped and the other graded (1 of 50), the notebook
     * that labels every answer passed over. A fallback answering by place alone gives way to a later one that labels.
     */
    @Test
    void aFiguresPdfAnsweringByPlaceGivesWayToASheetThatLabels(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-a"));
        Path figures = Files.createDirectories(team.resolve("figures"));
        for (String figure : List.of("fmap.pdf", "loss.pdf")) {
            Files.copy(Path.of("src/test/resources/figure-pdfs", figure), figures.resolve(figure));
        }
        Files.copy(Path.of("submissions-sample/ps2-team-b.md"), team.resolve("hw2.md"));
        List<AnswerSheet> sheets = Submissions.read(List.of(Submissions.folder(root, team, "team-a")), SPEC);
        assertThat(sheets).singleElement().satisfies(sheet -> {
            assertThat(sheet.source()).isEqualTo("team-a/hw2.md");
            assertThat(sheet.notes()).anyMatch(note -> note.startsWith("skipped team-a/figures/loss.pdf: no answer in"
                    + " it was found by a label or a cell"));
        });
    }

    @Test
    void aBlankTemplateThatIsTheOnlyCandidateIsReadAndFlagged(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-q"));
        Files.writeString(team.resolve("template.csv"), TemplateWriter.csv(SPEC));
        Files.writeString(team.resolve("notes.txt"), "We had no time for this problem set.\n");
        List<AnswerSheet> sheets = Submissions.read(List.of(Submissions.folder(root, team, "team-q")), SPEC);
        assertThat(sheets).hasSize(1);
        AnswerSheet sheet = sheets.get(0);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.source()).isEqualTo("team-q/template.csv");
        assertThat(sheet.notes()).contains("the sheet team-q/template.csv has no answers: a blank template?");
        assertThat(sheet.notes()).noneMatch(note -> note.startsWith("skipped"));
    }

    @Test
    void aFilledSheetIsNotTakenForATemplate(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("team-f"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), team.resolve("answers.csv"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("answers.pdf"));
        AnswerSheet sheet = Submissions.read(List.of(Submissions.folder(root, team, "team-f")), SPEC).get(0);
        assertThat(sheet.source()).isEqualTo("team-f/answers.csv");
        assertThat(sheet.notes()).noneMatch(note -> note.contains("blank template"));
    }

    /** The XLSX reader is shared by every thread; its date formatter once was too (it is not thread-safe). */
    @Test
    void concurrentWorkbookReadingsAgreeWithASequentialOne(@TempDir Path folder) throws Exception {
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path copy = folder.resolve("copy-" + i + ".xlsx");
            Files.copy(Path.of(i % 2 == 0 ? "submissions-sample/ps2-team-h.xlsx" : "submissions-sample/section-2.xlsx"),
                    copy);
            copies.add(copy);
        }
        List<String> sequential = new ArrayList<>();
        for (Path copy : copies) {
            sequential.add(new XlsxSheetReader().read(copy, "x", SPEC).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            SheetReader shared = SheetFormat.XLSX.reader();
            for (Path copy : copies) {
                parallel.add(pool.submit(() -> shared.read(copy, "x", SPEC).toString()));
            }
            for (int i = 0; i < copies.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A notebook of experiments beside answers.md was read for the team, its format ranking first: 0 points. */
    @Test
    void anAnswersNameComesBeforeAnotherFormat(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("answers.md"), "S = 1");
        Files.copy(Path.of("src/test/resources/notebooks/ps2-team-n.ipynb"), team.resolve("cnn_experiments.ipynb"));
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/answers.md");
        // "sheet" names code as well: a helper's notes are no answer beside the report.
        Path other = Files.createDirectories(root.resolve("u"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), other.resolve("Homework 2 - Team B.pdf"));
        Files.writeString(Files.createDirectories(other.resolve("code")).resolve("sheet_utils.md"), "S = 1");
        assertThat(Submissions.folder(root, other, "u").source()).isEqualTo("u/Homework 2 - Team B.pdf");
        // One name in two formats goes by format: the PDF before its LaTeX source.
        Files.writeString(team.resolve("answers.tex"), "S = 1");
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("answers.pdf"));
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/answers.pdf");
    }

    /**
     * A team that handed in again under a new name had its first version read: {@code hw2.md} before
     * {@code hw2_v2.md} by name, {@code answers.pdf} before {@code answers_v2.ipynb} by format, rev1 before rev2,
     * the version read without a warning when the formats differed.
     */
    @Test
    void aLaterVersionByItsNameIsReadBeforeTheEarlierWhateverItsFormat(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), team.resolve("answers.pdf"));
        Files.writeString(team.resolve("answers_v2.md"), "S = 2");
        Submissions.Submission chosen = Submissions.folder(root, team, "t");
        assertThat(chosen.source()).isEqualTo("t/answers_v2.md");
        assertThat(chosen.rivals()).extracting(Submissions.Submission::source).containsExactly("t/answers_v2.md",
                "t/answers.pdf");
        Files.writeString(team.resolve("answers-rev3.md"), "S = 3");
        Files.writeString(team.resolve("answers_corrected.md"), "S = 4");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/answers_corrected.md");
        Path other = Files.createDirectories(root.resolve("u"));
        Files.writeString(other.resolve("hw2 rev1.md"), "S = 1");
        Files.writeString(other.resolve("hw2 rev2.md"), "S = 2");
        assertThat(Submissions.folder(root, other, "u").source()).isEqualTo("u/hw2 rev2.md");
        // A number without a mark is no version: problem set 2-2 beside 2-1 is other work.
        assertThat(Submissions.laterVersion(other.resolve("hw2-2.md"), other.resolve("hw2-1.md"))).isFalse();
        assertThat(Submissions.laterVersion(other.resolve("conv2.md"), other.resolve("conv1.md"))).isFalse();
        assertThat(Submissions.laterVersion(other.resolve("HW2_V2.md"), other.resolve("hw2.pdf"))).isTrue();
    }

    /**
     * Versions dated after their names ({@code answers_2025-10-17.csv}, {@code answers_2025-10-18.csv}) were no
     * versions: the first by name, the older, was read, with a warning that they may be different work. The later day
     * is the later version, in each way a day is written; a day alone, or a name dated beside one not, is none.
     */
    @Test
    void aLaterDayAfterTheNameIsTheLaterVersion(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("answers_2025-10-17.md"), "S = 1");
        Files.writeString(team.resolve("answers_2025-10-18.md"), "S = 2");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/answers_2025-10-18.md");
        Path dir = root.resolve("u");
        List<List<String>> laterThanEarlier = List.of(List.of("hw2_2025_10_18.md", "hw2_2025_10_09.md"),
                List.of("answers_18.10.2025.md", "answers_17.10.2025.md"),
                List.of("answers_1.11.2025.md", "answers_17.10.2025.md"),
                List.of("answers 2025-10-18 2330.md", "answers 2025-10-18 0900.md"),
                List.of("answers 2025-10-18 0900.md", "answers 2025-10-17 2330.md"),
                List.of("answers_v2_2025-10-17.md", "answers_v1_2025-10-18.md"));
        for (List<String> pair : laterThanEarlier) {
            assertThat(Submissions.laterVersion(dir.resolve(pair.get(0)), dir.resolve(pair.get(1)))).as(pair.get(0))
                    .isTrue();
            assertThat(Submissions.laterVersion(dir.resolve(pair.get(1)), dir.resolve(pair.get(0)))).as(pair.get(1))
                    .isFalse();
        }
        assertThat(Submissions.laterVersion(dir.resolve("answers_2025-10-18.md"), dir.resolve("answers.md")))
                .isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("2025-10-18.md"), dir.resolve("2025-10-17.md"))).isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("hw2_20231015.md"), dir.resolve("hw2_20230512.md")))
                .as("sheets named by students' numbers, which may read as days").isFalse();
    }

    /**
     * Sheets named only as attempts ({@code attempt1.csv}, {@code attempt2.csv}; {@code submission_1},
     * {@code submission_2}) were no versions: the first attempt was read. Names of a letter and a number, as teams
     * and rooms are named ({@code R1}, {@code V2}), stay apart.
     */
    @Test
    void namesOfAttemptsAloneAreVersions(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("attempt1.md"), "S = 1");
        Files.writeString(team.resolve("attempt2.md"), "S = 2");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/attempt2.md");
        Path dir = root.resolve("u");
        assertThat(Submissions.laterVersion(dir.resolve("submission_2.md"), dir.resolve("submission_1.md"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("Attempt 3.md"), dir.resolve("attempt2.pdf"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("attempt1.md"), dir.resolve("attempt2.md"))).isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("R2.md"), dir.resolve("R1.md"))).isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("V2.md"), dir.resolve("V1.md"))).isFalse();
    }

    /**
     * Versions whose marks stack or stand in parentheses were no versions: {@code hw2_final.pdf} was read before
     * {@code hw2_final_v2.pdf}, {@code answers.md} before {@code answers (corrected).md}, {@code answers_v2} before
     * {@code answers_v3_final}.
     */
    @Test
    void versionMarksThatStackOrStandInParenthesesAreLaterVersions(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("hw2_final.md"), "S = 1");
        Files.writeString(team.resolve("hw2_final_v2.md"), "S = 2");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/hw2_final_v2.md");
        Files.writeString(team.resolve("hw2_final_final.md"), "S = 3");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/hw2_final_final.md");
        Path dir = root.resolve("u");
        assertThat(Submissions.laterVersion(dir.resolve("answers (corrected).md"), dir.resolve("answers.md")))
                .isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("answers (v2).md"), dir.resolve("answers.pdf"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("answers_v3_final.md"), dir.resolve("answers_v2.md")))
                .isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("hw2v2.md"), dir.resolve("hw2.md"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("answers_final_corrected.md"),
                dir.resolve("answers_final.md"))).isTrue();
        // A browser's second download is the later (copyNumbersAreVersionsOnlyBesideTheOriginal); other work is no
        // version, nor is a number in a name's middle.
        assertThat(Submissions.laterVersion(dir.resolve("answers (1).md"), dir.resolve("answers.md"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("hw3.md"), dir.resolve("hw2_v2.md"))).isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("answers_v2.md"), dir.resolve("answers_v2_final.md")))
                .isFalse();
        // One name in folders named as versions.
        assertThat(Submissions.laterVersion(dir.resolve("v2/answers.md"), dir.resolve("v1/answers.md"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("attempt 2/hw2.pdf"), dir.resolve("attempt 1/hw2.md")))
                .isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("team-b/answers.md"), dir.resolve("team-a/answers.md")))
                .isFalse();
    }

    /**
     * A late resubmission marked by a TA or a team ({@code LATE_team-c.pdf}, {@code team-a_late.md}) was no version of
     * the work beside it, so two teams were graded for one. "Late" at a name's start or end is a later version; a name
     * that is only "late" (a TA's folder of late work) is no version of anything.
     */
    @Test
    void lateAtANamesStartOrEndMarksALaterVersion(@TempDir Path root) throws Exception {
        Path dir = root.resolve("u");
        assertThat(Submissions.laterVersion(dir.resolve("LATE_team-c.pdf"), dir.resolve("team-c.pdf"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("team-a_late.md"), dir.resolve("team-a.pdf"))).isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("late-answers_v2.md"), dir.resolve("answers_v2.md")))
                .isTrue();
        assertThat(Submissions.laterVersion(dir.resolve("team-c.pdf"), dir.resolve("LATE_team-c.pdf"))).isFalse();
        assertThat(Submissions.laterVersion(dir.resolve("latex.md"), dir.resolve("x.md"))).isFalse();
        assertThat(Submissions.namesAVersion(Files.createDirectories(root.resolve("late")))).isFalse();
        assertThat(Submissions.workKey("LATE_team-c")).isEqualTo(Submissions.workKey("Team-C"));
        assertThat(Submissions.workKey("Team (1)")).isNotEqualTo(Submissions.workKey("Team (2)"));
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("answers.md"), "S = 1");
        Files.writeString(team.resolve("answers_late.md"), "S = 2");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/answers_late.md");
    }

    /**
     * The earlier versions among many files are those any other file is a later version of, compared each with each
     * (the reference loop here): names differing by case, marks, folders named as versions and unrelated names.
     */
    @Test
    void theEarlierVersionsAmongManyFilesAreThoseComparingEachWithEachFinds(@TempDir Path root) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("Answers.md", "ANSWERS_v2.pdf", "answers_V3_final.md", "answers (1).md",
                "v1/hw2.md", "V2/HW2.pdf", "hw2_Updated.ipynb", "hw3.md", "İd.md", "id_v2.md", "team-7.csv",
                "team-7_v1.csv", "Team-7.csv", "attempt 1/notes.md", "Attempt 2/Notes.md", "ß.md", "SS_v2.md")) {
            files.add(root.resolve(name));
        }
        for (int index = 0; index < 40; index++) {
            files.add(root.resolve("team-" + index + ".csv"));
        }
        Set<Path> expected = new HashSet<>();
        for (Path earlier : files) {
            for (Path later : files) {
                if (Submissions.laterVersion(later, earlier)) {
                    expected.add(earlier);
                }
            }
        }

        // İd and id are two names, as they are two identities (Characters.identityKey).
        assertThat(Submissions.superseded(files)).isEqualTo(expected).contains(root.resolve("Answers.md"),
                root.resolve("ANSWERS_v2.pdf"), root.resolve("v1/hw2.md"), root.resolve("attempt 1/notes.md"))
                .doesNotContain(root.resolve("answers_V3_final.md"), root.resolve("hw3.md"),
                        root.resolve("team-3.csv"), root.resolve("İd.md"));
    }

    /**
     * Versions compared names character by character, identities (Discovery) as one rule: {@code café.pdf} typed
     * (NFC) beside {@code café_v2.pdf} of a macOS file name (NFD) were no versions of each other, though one
     * identity; {@code İd.pdf} beside {@code id_v2.pdf} were versions, though two identities.
     */
    @Test
    void versionsCompareNamesAsIdentitiesDo(@TempDir Path root) {
        Path typed = root.resolve("caf\u00e9.pdf");
        Path macOs = root.resolve("cafe\u0301_v2.pdf");
        assertThat(Submissions.superseded(List.of(typed, macOs))).containsExactly(typed);
        assertThat(Submissions.laterVersion(macOs, typed)).isTrue();
        assertThat(Submissions.superseded(List.of(root.resolve("\u0130d.pdf"), root.resolve("id_v2.pdf")))).isEmpty();
    }

    /**
     * Copies without their original ({@code Team (1)}, {@code Team (2)}) are no versions of each other; beside it, a
     * browser's higher copy number is the later download.
     */
    @Test
    void copyNumbersAreVersionsOnlyBesideTheOriginal(@TempDir Path root) {
        assertThat(Submissions.superseded(List.of(root.resolve("Team (1).pdf"), root.resolve("Team (2).pdf"))))
                .isEmpty();
        assertThat(Submissions.superseded(List.of(root.resolve("answers.pdf"), root.resolve("answers(1).pdf"),
                root.resolve("answers (2).md")))).containsExactlyInAnyOrder(root.resolve("answers.pdf"),
                        root.resolve("answers(1).pdf"));
        assertThat(Submissions.laterVersion(root.resolve("answers_v2.pdf"), root.resolve("answers (1).pdf")))
                .isTrue();
        assertThat(Submissions.laterVersion(root.resolve("answers_v2 (1).pdf"), root.resolve("answers_v2.pdf")))
                .isTrue();
    }

    /** A repository's {@code drafts/hw2.pdf} was read before its {@code submission/hw2.pdf}, by path. */
    @Test
    void aFolderNamedAsDraftsRanksLastAndOneNamedAsTheSubmissionFirst(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(Files.createDirectories(team.resolve("drafts")).resolve("hw2.md"), "S = 1");
        Files.writeString(Files.createDirectories(team.resolve("submission")).resolve("hw2.md"), "S = 2");
        Files.writeString(Files.createDirectories(team.resolve("code")).resolve("notes.md"), "S = 3");
        assertThat(Submissions.folder(root, team, "t").source()).isEqualTo("t/submission/hw2.md");
    }

    /**
     * A team's {@code v2/hw2.md} or {@code final/answers.pdf} beside its first {@code hw2.pdf} or {@code answers.pdf}
     * at the folder's top: the first was graded, the later version by its folder passed over (a warning only when both
     * were of one format).
     */
    @Test
    void aLaterVersionsFolderBesideTheFirstAtTheTopIsReadFirst(@TempDir Path root) throws Exception {
        Path versions = Files.createDirectories(root.resolve("t2"));
        Files.writeString(versions.resolve("hw2.md"), "S = 1");
        Files.writeString(Files.createDirectories(versions.resolve("v2")).resolve("hw2.txt"), "S = 2");
        Path finals = Files.createDirectories(root.resolve("t1"));
        Files.writeString(finals.resolve("answers.md"), "S = 1");
        Files.writeString(Files.createDirectories(finals.resolve("final")).resolve("answers.md"), "S = 2");
        Path parts = Files.createDirectories(root.resolve("t3"));
        Files.writeString(parts.resolve("hw2.md"), "S = 1");
        Files.writeString(Files.createDirectories(parts.resolve("old")).resolve("hw2.md"), "S = 2");

        assertThat(Submissions.folder(root, versions, "t2").source()).isEqualTo("t2/v2/hw2.txt");
        assertThat(Submissions.folder(root, versions, "t2").rivals()).hasSize(2);
        assertThat(Submissions.folder(root, finals, "t1").source()).isEqualTo("t1/final/answers.md");
        assertThat(Submissions.folder(root, parts, "t3").source()).isEqualTo("t3/hw2.md");
    }

    /**
     * A repository keeping the assignment's PDF beside the team's work ({@code Problem_Set_2.pdf} beside
     * {@code ps2_team5.md}, {@code handout/ps2.pdf} beside {@code PS2.ipynb}, {@code hw2-instructions.pdf} beside
     * {@code hw2.md}) was graded from the assignment, a PDF first by its format: 0 points, status ok, no warning. A
     * name that is also an answer's or a team's ({@code assignment2_answers}, {@code Assignment 2 - Team 5}) ranks as
     * before.
     */
    @Test
    void theAssignmentHandedOutRanksLastInATeamsFolder(@TempDir Path root) throws Exception {
        Map<String, List<String>> layouts = new LinkedHashMap<>();
        layouts.put("t1", List.of("Problem_Set_2.pdf", "ps2_team5.md"));
        layouts.put("t2", List.of("handout/ps2.pdf", "PS2.ipynb"));
        layouts.put("t3", List.of("hw2-instructions.pdf", "hw2.md"));
        layouts.put("t4", List.of("Assignment 2 - Team 5.pdf", "notebook.ipynb"));
        layouts.put("t5", List.of("assignment2_answers.pdf", "scratch.md"));
        for (Map.Entry<String, List<String>> layout : layouts.entrySet()) {
            Path team = Files.createDirectories(root.resolve(layout.getKey()));
            for (String file : layout.getValue()) {
                Files.createDirectories(team.resolve(file).getParent());
                Files.writeString(team.resolve(file), "S = 1");
            }
        }
        assertThat(Submissions.folder(root, root.resolve("t1"), "t1").source()).isEqualTo("t1/ps2_team5.md");
        assertThat(Submissions.folder(root, root.resolve("t2"), "t2").source()).isEqualTo("t2/PS2.ipynb");
        assertThat(Submissions.folder(root, root.resolve("t3"), "t3").source()).isEqualTo("t3/hw2.md");
        assertThat(Submissions.folder(root, root.resolve("t4"), "t4").source())
                .isEqualTo("t4/Assignment 2 - Team 5.pdf");
        assertThat(Submissions.folder(root, root.resolve("t5"), "t5").source()).isEqualTo("t5/assignment2_answers.pdf");
    }

    /**
     * A team's {@code answers.md}, a link leading out of its folder, was refused and the {@code draft.md} beside it
     * graded in its place, with only a note. A file that ranks first by its format alone (a linked
     * {@code data/results.csv}) still gives way.
     */
    @Test
    void anAnswerThatCannotBeReadIsNotReplacedByTheDraftBesideIt(@TempDir Path root) throws Exception {
        Path elsewhere = Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("a.md"), "S = 1");
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("draft.md"), "S = 2");
        Files.createSymbolicLink(team.resolve("answers.md"), elsewhere);
        Submissions.Submission refused = Submissions.folder(root, team, "t");
        assertThat(refused.file()).isEqualTo(team);
        assertThat(refused.notes()).singleElement().asString().contains("t/answers.md: a link leading outside")
                .contains("t/draft.md, which ranks after it, was not graded in its place");

        Path other = Files.createDirectories(root.resolve("u"));
        Files.writeString(other.resolve("hw2.md"), "S = 2");
        Files.createSymbolicLink(Files.createDirectories(other.resolve("data")).resolve("results.csv"), elsewhere);
        assertThat(Submissions.folder(root, other, "u").source()).isEqualTo("u/hw2.md");
    }

    /**
     * A file named as the answer in a format not read ({@code final.zip}, {@code answers.odt}, {@code answers} without
     * an extension, {@code answers.pdf.crdownload}) beside a lesser sheet ({@code draft.md}, {@code notes.md}): the
     * lesser sheet was graded, nothing said. The team is unreadable, saying what to do and which file was not graded in
     * its place. A figure named "final" beside the team's sheet, or an archive beside an answer sheet, changes nothing.
     */
    @Test
    void anAnswerInAFormatNotReadIsNotReplacedByALesserSheet(@TempDir Path root) throws Exception {
        for (List<String> files : List.of(List.of("final.zip", "draft.md"), List.of("answers.odt", "notes.md"),
                List.of("answers", "answers_draft.md"), List.of("answers.pdf.crdownload", "draft.md"))) {
            Path team = Files.createDirectories(root.resolve(files.get(0).replace('.', '-')));
            Files.writeString(team.resolve(files.get(0)), "not read");
            Files.writeString(team.resolve(files.get(1)), "S = 1");
            Submissions.Submission refused = Submissions.folder(root, team, "t");
            assertThat(refused.file()).as(files.get(0)).isEqualTo(team);
            assertThat(refused.notes()).singleElement().asString().startsWith(root.relativize(team)
                    .resolve(files.get(0)) + " is ").contains(files.get(1) + ", which ranks after it by its name,"
                    + " was not graded in its place");
        }
        assertThat(Submissions.notASheet(Path.of("answers.pdf.crdownload"))).startsWith("a download that did not"
                + " finish");
        Path figured = Files.createDirectories(root.resolve("figured"));
        Files.writeString(figured.resolve("final_plot.png"), "png");
        Files.writeString(figured.resolve("hw2.md"), "S = 1");
        assertThat(Submissions.folder(root, figured, "figured").source()).isEqualTo("figured/hw2.md");
        Path archived = Files.createDirectories(root.resolve("archived"));
        Files.writeString(archived.resolve("final.zip"), "zip");
        Files.writeString(archived.resolve("answers.md"), "S = 1");
        assertThat(Submissions.folder(root, archived, "archived").source()).isEqualTo("archived/answers.md");
    }

    /**
     * A team's {@code answers.pdf} that could not be read (empty, cut off), and a {@code answers_v2.pdf} so, were skipped
     * and the draft or the earlier version beside them graded in their place, status ok, only the report saying so. The
     * team is unreadable, saying which file was not graded in its place; the answer's source beside it still stands in
     * (one work in two formats), and so does a sheet of another name.
     */
    @Test
    void anAnswerThatCannotBeReadIsNotReplacedByItsDraftOrEarlierVersion(@TempDir Path root) throws Exception {
        Path drafted = Files.createDirectories(root.resolve("a"));
        Files.createFile(drafted.resolve("answers.pdf"));
        Files.writeString(drafted.resolve("answers_draft.md"), "stride: 2");
        Path versioned = Files.createDirectories(root.resolve("b"));
        Files.writeString(versioned.resolve("answers_v2.pdf"), "%PDF-1.4 cut off");
        Files.writeString(versioned.resolve("answers.md"), "stride: 2");
        Path sourced = Files.createDirectories(root.resolve("c"));
        Files.createFile(sourced.resolve("hw2.pdf"));
        Files.writeString(sourced.resolve("hw2.md"), "stride: 2");

        AnswerSheet draft = Submissions.read(List.of(Submissions.folder(root, drafted, "a")), SPEC).get(0);
        assertThat(draft.readable()).isFalse();
        assertThat(draft.source()).isEqualTo("a/answers.pdf");
        assertThat(draft.reason().orElseThrow()).startsWith("a/answers.pdf could not be read (")
                .contains("a/answers_draft.md, a draft, an earlier version or another assignment's by its name or"
                        + " folders, was not graded in its place");
        AnswerSheet earlier = Submissions.read(List.of(Submissions.folder(root, versioned, "b")), SPEC).get(0);
        assertThat(earlier.readable()).isFalse();
        assertThat(earlier.reason().orElseThrow()).contains("b/answers.md, a draft, an earlier version");
        AnswerSheet source = Submissions.read(List.of(Submissions.folder(root, sourced, "c")), SPEC).get(0);
        assertThat(source.readable()).isTrue();
        assertThat(source.source()).isEqualTo("c/hw2.md");
        Path course = Files.createDirectories(root.resolve("d"));
        Files.createFile(Files.createDirectories(course.resolve("ps2")).resolve("answers.pdf"));
        Files.writeString(Files.createDirectories(course.resolve("ps1")).resolve("answers.md"), "stride: 2");
        AnswerSheet other = Submissions.read(List.of(Submissions.folder(root, course, "d", path -> false,
                Assignment.titled("Problem Set 2"))), SPEC).get(0);
        assertThat(other.readable()).isFalse();
        assertThat(other.reason().orElseThrow()).contains("d/ps1/answers.md, a draft, an earlier version or another"
                + " assignment's");
    }

    /**
     * A team's {@code answers.pdf} four folders deep, beyond the search, beside a {@code notes.txt} at its top: the
     * team was graded from the notes, status ok, 0 points, the answer never mentioned. The team is unreadable, the
     * reason naming the deep sheet; a deep sheet that ranks no higher than the one read is named in a note.
     */
    @Test
    void aSheetTooDeepThatIsTheAnswerIsNotReplacedByANoteAtTheTop(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(Files.createDirectories(team.resolve("course/ps2/submission/final")).resolve("answers.pdf"),
                "%PDF-1.4");
        Files.writeString(team.resolve("notes.txt"), "remember to upload");
        Submissions.Submission refused = Submissions.folder(root, team, "t");
        assertThat(refused.file()).isEqualTo(team);
        assertThat(refused.notes()).singleElement().asString()
                .contains("t/course/ps2/submission/final/answers.pdf lies deeper than 3 folders, not read")
                .contains("t/notes.txt, which ranks after it by its name, was not graded in its place");

        Path other = Files.createDirectories(root.resolve("u"));
        Files.writeString(Files.createDirectories(other.resolve("a/b/c/d")).resolve("scratch.md"), "stride: 1");
        Files.writeString(other.resolve("hw2.md"), "stride: 2");
        Submissions.Submission read = Submissions.folder(root, other, "u");
        assertThat(read.source()).isEqualTo("u/hw2.md");
        assertThat(read.notes()).contains("u/a/b/c/d/scratch.md lies deeper than 3 folders, not read: move it up to"
                + " grade it");
    }

    /** A team's repository's {@code CONTRIBUTING.md} was read before its {@code hw2.md}, by name. */
    @Test
    void aRepositorysFilesAboutItselfAreNoCandidates(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve("CONTRIBUTING.md"), "Pull requests: stride 2 only.");
        Files.writeString(team.resolve("LICENSE.md"), "MIT");
        Files.writeString(team.resolve("hw2.md"), "S = 2");
        Submissions.Submission chosen = Submissions.folder(root, team, "t");
        assertThat(chosen.source()).isEqualTo("t/hw2.md");
        assertThat(chosen.fallbacks()).isEmpty();
    }

    /**
     * A team named {@code Licensed Learners} or {@code README-ers} was dropped without a word, its folder taken for a
     * repository's file about itself.
     */
    @Test
    void aTeamNamedLikeARepositorysFileIsNoSuchFile() {
        for (String team : List.of("Licensed Learners", "readmeers", "Changelogic")) {
            assertThat(Submissions.ignored(Path.of(team))).as(team).isFalse();
        }
        for (String file : List.of("README", "README.md", "readme_de.txt", "LICENSE-MIT", "licence.txt",
                "CHANGELOG.md", "CODE_OF_CONDUCT.md", "SECURITY.md", "COPYING")) {
            assertThat(Submissions.ignored(Path.of(file))).as(file).isTrue();
        }
    }

    /** A team folder whose only sheet lay four folders deep was unreadable, the reason silent on the sheet. */
    @Test
    void aSheetTooDeepToBeSearchedIsNamedInTheReason(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(Files.createDirectories(team.resolve("a/b/c/d")).resolve("answers.md"), "S = 2");
        Submissions.Submission refused = Submissions.folder(root, team, "t");
        assertThat(refused.file()).isEqualTo(team);
        assertThat(refused.notes()).singleElement().asString()
                .contains("t/a/b/c/d/answers.md lies deeper than 3 folders, not read: move it up to grade it");
    }

    /** A team folder whose only sheet had a hidden name was unreadable, the reason silent on the one file it held. */
    @Test
    void aFolderWhoseOnlySheetIsHiddenSaysSo(@TempDir Path root) throws Exception {
        Path team = Files.createDirectories(root.resolve("t"));
        Files.writeString(team.resolve(".answers.md"), "S = 1");
        Files.writeString(Files.createDirectories(team.resolve(".git")).resolve("config"), "[core]");

        Submissions.Submission submission = Submissions.folder(root, team, "t");

        assertThat(submission.notes()).singleElement().asString()
                .contains("t/.answers.md is hidden (its name begins with a dot), not read: rename it to grade it")
                .doesNotContain("config");
    }

    /**
     * The kernel's weights typed as the character ¼, as Word's AutoFormat turns a typed 1/4 into one
     * (vulgar-fractions/build.sh): the kernel was missing, unflagged, in the Markdown, the Word file and every PDF,
     * and unreadable in the workbook's cell.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"answers.md", "answers.docx", "answers.pdf",
        "answers-libreoffice.pdf", "answers-chromium.pdf", "answers.xlsx"})
    void aKernelTypedInVulgarFractionsIsReadInEveryFormat(String file) throws Exception {
        AnswerSheet sheet = Submissions.read(List.of(Submissions.team(Path.of("src/test/resources/vulgar-fractions",
                file))), SPEC).get(0);

        Answer kernel = sheet.answers().get("avg_kernel");
        assertThat(kernel).as(file).isNotNull();
        assertThat(kernel.value()).as(file).contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.matrix(
                new double[][] {{0.25, 0.25}, {0.25, 0.25}})));
        assertThat(kernel.doubt()).as(file).isEmpty();
        assertThat(sheet.answers().get("avg_stride").value()).as(file)
                .contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.scalar(2)));
    }

    /**
     * Answers given only in footnotes ({@code Stride: see the footnote.[^s]}, footnoted-answers/build.sh): they were
     * missing, unflagged, in every format; a footnote's remark naming a layer left unanswered ("Conv2 is 256 × 27 ×
     * 27 in the original paper") was graded as the team's answer, correct and unflagged, in the PDFs.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"answers.md", "answers.docx", "answers.pdf",
        "answers-libreoffice.pdf"})
    void anAnswerGivenInAFootnoteIsReadWhereItsLabelPointsToIt(String file) throws Exception {
        Map<String, Answer> answers = answers("footnoted-answers", file);

        Answer stride = answers.get("avg_stride");
        assertThat(stride.value()).as(file).contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.scalar(2)));
        assertThat(stride.where().snippet()).as(file).contains("the windows must not overlap");
        assertThat(stride.notes()).as(file).anySatisfy(note -> assertThat(note).startsWith("read from footnote")
                .contains("whose mark stands after its label"));
        assertThat(stride.doubt()).as(file).isEmpty();
        assertThat(answers.get("pool3_shape").value()).as(file).contains(new SheetValue.Numbers(
                org.cnngrader.engine.Tensor.vector(256, 6, 6)));
        assertThat(answers.get("pool3_shape").doubt()).as(file).isEmpty();
        // A footnote without a value where a label points to it: the team answered there, in words to read by hand.
        Answer padding = answers.get("avg_padding");
        assertThat(padding.value()).as(file).isEmpty();
        assertThat(padding.doubt()).as(file).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("points to footnote").contains("no answer of the part's kind"));
        // A footnote after a value remarks on it, and what it names is no answer unless a reader confirms it.
        assertThat(answers.get("conv1_shape").doubt()).as(file).isEmpty();
        assertThat(answers.get("conv2_shape").doubt()).as(file).hasValueSatisfying(doubt -> assertThat(doubt)
                .contains("no label of the part points to it"));
    }

    /**
     * {@code Stride: 1[^s]} whose footnote says "Stride 2 would also work …, but we keep 1" (footnote-marks/): in the
     * PDF, the footnote's 2 was read as the answer by its label, and the footnote's "conv1 is 96 × 55 × 55 in the
     * original paper" made the team's own conv1 doubted. A footnote is read only where a label points to it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"answers.md", "answers.docx", "answers.pdf",
        "answers.libreoffice.pdf"})
    void aFootnotesRemarkIsNoRivalOfTheAnswerItFollows(String file) throws Exception {
        Map<String, Answer> answers = answers("footnote-marks", file);

        assertThat(answers.get("avg_stride").written()).as(file).isEqualTo("1");
        assertThat(answers.get("avg_stride").doubt()).as(file).isEmpty();
        assertThat(answers.get("conv1_shape").doubt()).as(file).isEmpty();
    }

    /** The answers read from a fixture's file, handed in as a team of its own. */
    private static Map<String, Answer> answers(String fixture, String file) throws Exception {
        return Submissions.read(List.of(Submissions.team(Path.of("src/test/resources", fixture, file))), SPEC).get(0)
                .answers();
    }
}
