package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code grade --manual}: a mistake in the TA's file is one line naming where it is, exit 2, nothing graded. */
class ManualScoresOptionTest {

    private static final String FIXTURES = "src/test/resources/manual-scores-mistakes/";

    @TempDir
    Path folder;

    private EvalCommandTest.Run grade(String manual) {
        return EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "submissions-sample/ps2-team-b.md", "-o",
                folder.resolve("out").toString(), "--manual", FIXTURES + manual);
    }

    /** These failed with a NumberFormatException's stack trace and exit 1, where {@code abc} was one line. */
    @ParameterizedTest
    @CsvSource({"nan.csv, 'nan.csv:2: points ''NaN'' is not a number'",
            "infinity.csv, 'infinity.csv:2: points ''Infinity'' is not a number'",
            "too-large.csv, 'too-large.csv:2: points ''1e400'' is not a finite number'"})
    void pointsNaNInfinityOrTooLargeAreOneLineWithExitTwoNotAStackTrace(String manual, String message) {
        EvalCommandTest.Run run = grade(manual);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().endsWith(message);
        assertThat(folder.resolve("out")).doesNotExist();
    }
}
