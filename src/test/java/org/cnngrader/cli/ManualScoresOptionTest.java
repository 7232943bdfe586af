package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
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
        refusedInOneLine(manual, message);
    }

    /** The last of two rows won, and a negative score counted as 0, each without a word and with exit 0. */
    @ParameterizedTest
    @CsvSource({"duplicate.csv, 'duplicate.csv:3: ps2-team-b box_blur is scored twice, on lines 2 and 3; keep one row'",
            "negative.csv, 'negative.csv:2: points ''-3'' is negative; a score is 0 or more'"})
    void aPartScoredTwiceOrANegativeScoreIsOneLineWithExitTwo(String manual, String message) {
        refusedInOneLine(manual, message);
    }

    private void refusedInOneLine(String manual, String message) {
        EvalCommandTest.Run run = grade(manual);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().endsWith(message);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    /**
     * The file every run writes, filled in as documented and passed back: teams whose names start a formula
     * ({@code +cmd}) are written {@code '+cmd}, and their scores were lost ("no team ''+cmd' was graded").
     */
    @Test
    void theManualScoresFileTheToolWritesFilledInScoresEveryTeamEvenOnesNamedLikeFormulas() throws IOException {
        Path output = folder.resolve("out");
        String[] grade = {"grade", "rubrics/e1394-ps2.yaml", "src/test/resources/manual-scores-roundtrip", "-o",
                output.toString()};
        assertThat(EvalCommandTest.run(grade).exitCode()).isZero();
        Path filled = folder.resolve("filled.csv");
        Files.writeString(filled, Files.readString(output.resolve("manual-scores.csv"))
                .replace("\"box_blur\",\"\"", "\"box_blur\",2"));
        EvalCommandTest.Run regraded = EvalCommandTest.run(concat(grade, "--manual", filled.toString()));
        assertThat(regraded.exitCode()).isZero();
        assertThat(regraded.err()).doesNotContain("warning");
        try (CSVParser gradebook = CSVParser.parse(output.resolve("gradebook.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().build())) {
            assertThat(gradebook.stream().map(row -> row.get("team") + " " + row.get("box_blur")))
                    .containsExactlyInAnyOrder("'+cmd 2", "'-2 2", "'@bob 2", "plain 2", "ps2-team-f 2");
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more))
                .toArray(String[]::new);
    }
}
