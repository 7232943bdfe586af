package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake a user can make on the command line is one line and exit code 2; "internal error" is for bugs. */
class MainTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";

    private static void isOneLineAndExitTwo(EvalCommandTest.Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("internal error").doesNotContain("Exception")
                .contains(message);
    }

    /** A missing parameter or an unknown option printed the command's whole usage, 22 to 74 lines. */
    @Test
    void mistakesInTheArgumentsAreOneLineNotTheWholeUsage() {
        isOneLineAndExitTwo(EvalCommandTest.run("grade", RUBRIC), "Missing required parameter: 'SUBMISSION'");
        isOneLineAndExitTwo(EvalCommandTest.run("serve"), "(see 'cnn-grader serve --help')");
        isOneLineAndExitTwo(EvalCommandTest.run("eval", "--nope"), "Unknown option: '--nope'");
        isOneLineAndExitTwo(EvalCommandTest.run("gradee"), "did you mean grade?");
    }

    /** {@code check R nosuch.csv} printed "internal error (please report it)" with a stack trace. */
    @Test
    void checkingASheetThatDoesNotExistIsOneLineNotAnInternalError() {
        isOneLineAndExitTwo(EvalCommandTest.run("check", RUBRIC, "nosuch.csv"), "nosuch.csv: no such file or folder");
        isOneLineAndExitTwo(EvalCommandTest.run("check", "nosuch.yaml", "submissions-sample/ps2-team-f.csv"),
                "nosuch.yaml: no such file");
    }

    /** {@code grade -o <a file>} printed "internal error (please report it)" with a stack trace. */
    @Test
    void anOutputPathThatIsAFileIsOneLineNotAnInternalError(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("notes.txt"), "not a folder");
        isOneLineAndExitTwo(EvalCommandTest.run("grade", RUBRIC, "submissions-sample/ps2-team-f.csv", "-o",
                file.toString()), "is a file; -o names the folder");
        assertThat(file).hasContent("not a folder");
    }

    /**
     * {@code grade R submissions.zip}, an LMS's download named as it came, graded one team named {@code submissions},
     * unreadable, and none of the teams inside (exit 3). Among other submissions a zip stays a team's, unreadable.
     */
    @Test
    void aZipNamedAsTheOnlySubmissionIsOneLineNotATeam(@TempDir Path directory) throws IOException {
        Path archive = directory.resolve("PS2 submissions.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (String sheet : List.of("ps2-team-f.csv", "ps2-team-b.md")) {
                zip.putNextEntry(new ZipEntry("doe_" + sheet));
                zip.write(Files.readAllBytes(Path.of("submissions-sample", sheet)));
                zip.closeEntry();
            }
        }
        Path output = directory.resolve("graded");
        isOneLineAndExitTwo(EvalCommandTest.run("grade", RUBRIC, archive.toString(), "-o", output.toString()),
                archive + ": a zip archive, not an answer sheet or a folder of them; unpack it (unzip '" + archive
                        + "' -d '" + directory.resolve("PS2 submissions") + "') and grade the folder");
        assertThat(output).doesNotExist();
        EvalCommandTest.Run withOthers = EvalCommandTest.run("grade", RUBRIC, archive.toString(),
                "submissions-sample/ps2-team-f.csv", "-o", output.toString());
        assertThat(withOthers.exitCode()).as(withOthers.err()).isEqualTo(3);
    }

    /** {@code check} with the wrong rubric printed 16 notes and 0 points, and exited 0. */
    @Test
    void checkingASheetAgainstTheRubricOfAnotherAssignmentIsAnError() {
        isOneLineAndExitTwo(EvalCommandTest.run("check", "rubrics/week12-ch9.yaml",
                "submissions-sample/ps2-team-f.csv"), "is it the sheet of another assignment?");
    }

    /** {@code check SHEET RUBRIC} dumped the whole CSV into the message. */
    @Test
    void swappedArgumentsAreOneLineNotTheWholeSheet() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", "submissions-sample/ps2-team-f.csv", RUBRIC);
        isOneLineAndExitTwo(run, RUBRIC + ": a rubric (a .yaml file), not an answer sheet; one rubric comes first");
        assertThat(run.err()).doesNotContain("Margaret Hamilton");
        isOneLineAndExitTwo(EvalCommandTest.run("grade", "submissions-sample/ps2-team-f.csv", RUBRIC),
                "one rubric comes first, then the answer sheets");
        isOneLineAndExitTwo(EvalCommandTest.run("check", "submissions-sample/ps2-team-f.csv",
                "submissions-sample/ps2-team-b.md"), "ps2-team-f.csv: an answer sheet, not a rubric (a .yaml file)");
    }

    /** {@code validate SHEET} and {@code key SHEET} said "the rubric comes first", of a command taking only a rubric. */
    @Test
    void aSheetWhereTheOnlyRubricGoesIsNamedAsASheetWithoutTalkOfOrder(@TempDir Path directory) {
        String template = directory.resolve("answers.csv").toString();
        for (List<String> command : List.of(List.of("validate"), List.of("key"), List.of("template", "-o", template))) {
            List<String> arguments = new ArrayList<>(command);
            arguments.add("submissions-sample/ps2-team-f.csv");
            EvalCommandTest.Run run = EvalCommandTest.run(arguments.toArray(String[]::new));
            assertThat(run.exitCode()).as(command.get(0)).isEqualTo(2);
            assertThat(run.err().lines()).as(command.get(0)).containsExactly(
                    "submissions-sample/ps2-team-f.csv: an answer sheet, not a rubric (a .yaml file)");
        }
    }

    /** An empty cohort is a mistake in what was named, not an empty gradebook and exit 0. */
    @Test
    void gradingAnEmptyFolderIsOneLineAndExitTwo(@TempDir Path directory) throws IOException {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        isOneLineAndExitTwo(EvalCommandTest.run("grade", RUBRIC, empty.toString(), "-o",
                directory.resolve("out").toString()), "no submissions found");
    }

    /** A cohort in which no team could be read is graded, but does not exit 0. */
    @Test
    void aCohortWithoutAReadableTeamExitsNonZero(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.write(cohort.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n'});
        Files.writeString(cohort.resolve("b.csv"), "");
        EvalCommandTest.Run run = EvalCommandTest.run("grade", RUBRIC, cohort.toString(), "-o",
                directory.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Graded 2 teams", "2 submissions were unreadable");
    }
}
