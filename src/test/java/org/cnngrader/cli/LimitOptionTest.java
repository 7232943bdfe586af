package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade --limit NAME=VALUE}: the limits set are printed and enforced; a mistake is one line and exit 2. */
class LimitOptionTest {

    @Test
    void theLimitsSetArePrinted() {
        EvalCommandTest.Run run = EvalCommandTest.run("grade", "--limits", "--limit", "pdf-pages=200", "--limit",
                "time=120s");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("pages per PDF: 200", "time per submission: 120 s", "teams per file: 500");
    }

    @Test
    void aMistakeIsOneLineAndExit2(@TempDir Path directory) {
        for (String wrong : new String[] {"pdf-pages=lots", "pages=3", "time=0s", "file-size"}) {
            EvalCommandTest.Run run = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml",
                    "submissions-sample/ps2-team-f.csv", "-o", directory.resolve("out").toString(), "--limit", wrong);
            assertThat(run.exitCode()).as(wrong).isEqualTo(2);
            assertThat(run.err().lines()).as(wrong).singleElement().asString().startsWith("--limit ")
                    .doesNotContain("Exception");
            assertThat(directory.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aLimitSetIsTheOneEnforced(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("small.csv"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("large.csv"));
        Files.writeString(cohort.resolve("large.csv"), "\n".repeat(4000), StandardOpenOption.APPEND);
        EvalCommandTest.Run run = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", cohort.toString(), "-o",
                directory.resolve("out").toString(), "--limit", "file-size=2KB");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(directory.resolve("out/teams/large/report.json")))
                .contains("\"status\" : \"unreadable\"", "at most 2 KB is read");
        assertThat(Files.readString(directory.resolve("out/teams/small/report.json")))
                .contains("\"status\" : \"ok\"");
    }
}
