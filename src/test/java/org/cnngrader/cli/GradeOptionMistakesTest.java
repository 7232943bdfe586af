package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in {@code grade}'s options are one line and exit 2, before anything is graded or written. */
class GradeOptionMistakesTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";

    private static final String SHEET = "submissions-sample/ps2-team-f.csv";

    @TempDir
    Path folder;

    private static void refused(EvalCommandTest.Run run, String line) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(line);
    }

    /** A folder given as the roster or the manual scores was said to be "no such file". */
    @Test
    void aFolderGivenAsRosterOrManualScoresIsSaidToBeAFolder() {
        refused(EvalCommandTest.run("grade", RUBRIC, SHEET, "-o", folder.resolve("out").toString(), "--roster",
                folder.toString()), "--roster " + folder + ": a folder, not a CSV file");
        refused(EvalCommandTest.run("grade", RUBRIC, SHEET, "-o", folder.resolve("out").toString(), "--manual",
                folder.toString()), "--manual " + folder + ": a folder, not a CSV file");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    /** Without a roster no canvas.csv is written, and the assignment named was passed over in silence. */
    @Test
    void aCanvasAssignmentWithoutARosterIsRefused() {
        refused(EvalCommandTest.run("grade", RUBRIC, SHEET, "-o", folder.resolve("out").toString(),
                "--canvas-assignment", "Problem Set 2 (1234)"), "--canvas-assignment names the assignment of"
                + " canvas.csv, which is written only with --roster CSV: add the roster");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    /** {@code -o ""} graded into the current folder. */
    @Test
    void anEmptyOutputFolderNameIsRefused() {
        refused(EvalCommandTest.run("grade", RUBRIC, SHEET, "-o", ""), "-o '': name the folder the reports go to"
                + " (without -o: graded)");
    }
}
