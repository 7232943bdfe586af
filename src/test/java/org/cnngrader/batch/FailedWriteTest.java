package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails (a full disk: here a cohort file's temporary that cannot be created, which fails the same way at
 * the same point) leaves the previous run intact: its cohort files and team folders byte for byte, no new team
 * folder, no staging folder and no temporary file. Temporaries a killed run left behind are removed by the next.
 */
class FailedWriteTest {

    /** Every file under {@code root} with its bytes, hidden ones included. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                files.put(root.relativize(path).toString(), Files.isRegularFile(path)
                        ? new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1) : "/");
            }
        }
        return files;
    }

    @Test
    void aFailedWriteLeavesThePreviousRunAsItWas(@TempDir Path directory) throws IOException {
        Path first = directory.resolve("first");
        Cohorts.sheet(first.resolve("a/answers.csv"), "2");
        Cohorts.sheet(first.resolve("b/answers.csv"), "2");
        Path out = directory.resolve("out");
        Cohorts.grade(out, first);
        Map<String, String> before = snapshot(out);

        Path second = directory.resolve("second");
        Cohorts.sheet(second.resolve("a/answers.csv"), "7");
        Cohorts.sheet(second.resolve("c/answers.csv"), "2");
        Cohorts.sheet(second.resolve("d/answers.csv"), "2");
        Path blocked = out.resolve(".gradebook.csv." + ProcessHandle.current().pid() + ".part");
        GradeRun.Progress fillTheDisk = new GradeRun.Progress() {
            @Override
            public void start(int steps) {
                try {
                    // Once the run has cleaned up stale temporaries: the gradebook's cannot be written.
                    Files.createDirectories(blocked.resolve("full"));
                } catch (IOException unexpected) {
                    throw new UncheckedIOException(unexpected);
                }
            }

            @Override
            public void step() {
            }
        };
        assertThatThrownBy(() -> GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(second), out, 2,
                Optional.empty(), Optional.empty(), false), fillTheDisk)).isInstanceOf(IOException.class);

        Files.delete(blocked.resolve("full"));
        Files.delete(blocked);
        assertThat(snapshot(out)).isEqualTo(before);
    }

    /**
     * A folder where {@code results.json} goes failed its move only after {@code gradebook.csv} and
     * {@code summary.html} had replaced the earlier run's, and left the temporary behind.
     */
    @Test
    void aFolderWhereACohortFileGoesLeavesTheOtherCohortFilesAsTheyWere(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "2");
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        Files.delete(out.resolve("results.json"));
        Files.createDirectory(out.resolve("results.json"));
        Map<String, String> before = snapshot(out);
        Cohorts.sheet(cohort.resolve("b/answers.csv"), "7");

        assertThatThrownBy(() -> Cohorts.grade(out, cohort)).isInstanceOf(IOException.class)
                .hasMessageContaining("results.json").hasMessageContaining("move it away");

        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void temporariesOfARunThatIsGoneAreRemoved(@TempDir Path directory) throws IOException {
        Path cohort = directory.resolve("cohort");
        Cohorts.sheet(cohort.resolve("a/answers.csv"), "2");
        Path out = directory.resolve("out");
        Cohorts.grade(out, cohort);
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        Path stale = Files.writeString(out.resolve(".summary.html." + gone + ".part"), "half");
        Path staleInTeam = Files.writeString(out.resolve("teams/a/.report.html." + gone + ".part"), "half");
        Path notOurs = Files.writeString(out.resolve("notes.part"), "the TA's");

        Cohorts.grade(out, cohort);

        assertThat(stale).doesNotExist();
        assertThat(staleInTeam).doesNotExist();
        assertThat(notOurs).exists();
    }
}
