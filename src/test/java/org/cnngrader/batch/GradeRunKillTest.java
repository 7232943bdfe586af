package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade} started as a process on a cohort of 300 teams and killed (SIGKILL) at random points while it
 * regrades into the output of an earlier run: every cohort file is always the earlier run's or the new run's,
 * whole, and the next run completes with the files a run that was never killed writes.
 */
class GradeRunKillTest {

    private static final List<String> COHORT_FILES = List.of("gradebook.csv", "summary.html", "results.json",
            "manual-scores.csv");
    private static final int TEAMS = 300;

    private static void write(Path cohort, String answer) throws IOException {
        for (int team = 1; team <= TEAMS; team++) {
            Cohorts.sheet(cohort.resolve(String.format("team-%03d/answers.csv", team)), answer);
        }
    }

    private static Process start(Path cohort, Path out) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.cnngrader.cli.Main",
                "grade", Cohorts.RUBRIC.toString(), cohort.toString(), "-o", out.toString(), "--threads", "2");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Map<String, byte[]> cohortFiles(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : COHORT_FILES) {
            files.put(file, Files.readAllBytes(out.resolve(file)));
        }
        return files;
    }

    @Test
    void aRunKilledAtRandomPointsLeavesEveryCohortFileWholeAndTheNextRunCompletes(@TempDir Path directory)
            throws Exception {
        Path cohort = directory.resolve("cohort");
        Path out = directory.resolve("out");
        write(cohort, "2");
        long started = System.nanoTime();
        Process first = start(cohort, out);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Map<String, byte[]> before = cohortFiles(out);

        write(cohort, "1");
        Path reference = directory.resolve("reference");
        GradeRun.run(new GradeRun.Options(Cohorts.RUBRIC, List.of(cohort), reference, 2, Optional.empty(),
                Optional.empty(), false), GradeRun.Progress.silent());
        Map<String, byte[]> after = cohortFiles(reference);

        Random random = new Random(16);
        List<Long> killedAt = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            Process run = start(cohort, out);
            long delay = (long) (millis * (0.1 + 0.8 * random.nextDouble()));
            killedAt.add(delay);
            if (!run.waitFor(delay, TimeUnit.MILLISECONDS)) {
                run.destroyForcibly();
                assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            for (String file : COHORT_FILES) {
                byte[] now = Files.readAllBytes(out.resolve(file));
                assertThat(Arrays.equals(now, before.get(file))
                        || Arrays.equals(now, after.get(file)))
                        .as(file + " after a kill at " + delay + " ms (a whole run took " + millis + " ms)").isTrue();
            }
            new ObjectMapper().readTree(out.resolve("results.json").toFile());
        }

        Process last = start(cohort, out);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as("killed at " + killedAt + " ms").isZero();
        Map<String, byte[]> completed = cohortFiles(out);
        for (String file : COHORT_FILES) {
            assertThat(completed.get(file)).as(file).isEqualTo(after.get(file));
        }
        assertThat(Cohorts.folders(out.resolve("teams"))).hasSize(TEAMS);
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(".grading-") || name.endsWith(".part"))).isEmpty();
        }
    }
}
