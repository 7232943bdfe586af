package org.cnngrader.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;

/**
 * What each step of grading costs for one file of each kind the benchmark's cohort copies, against reading
 * only that file ({@link GradeRunBenchmark#read}), warm and on one thread: our reader (locating answers
 * included), grading, and rendering the three team reports in memory. The steps are interleaved round
 * by round and the best round of each is printed, in µs per file: on a shared machine the whole runs of
 * {@link GradeRunBenchmark} drift by a third, the best of many short rounds far less. What these leave
 * out is the file system, the GC's copying of what the run keeps, and the cohort files. Not a test: a
 * measurement, run by {@code scripts/benchmark.sh steps}, whose figures are in docs/performance.md.
 */
public final class StepsBenchmark {

    private static final int ROUNDS = 25;
    private static final int REPEATS = 200;

    private StepsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        SheetSpec spec = SheetSpecs.of(rubric);
        Grader grader = new Grader(rubric);
        List<TeamReport> formats = Reports.team(false);
        for (Path file : GradeRunBenchmark.SAMPLES) {
            Submissions.Submission submission = Submissions.team(file);
            AnswerSheet sheet = Submissions.read(submission, spec).get(0);
            TeamResult result = grader.grade(sheet, ManualScores.none());
            double readingOnly = Double.MAX_VALUE;
            double ourReading = Double.MAX_VALUE;
            double grading = Double.MAX_VALUE;
            double reports = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                readingOnly = Math.min(readingOnly, micros(() -> GradeRunBenchmark.read(file)));
                ourReading = Math.min(ourReading, micros(() -> Submissions.read(submission, spec)));
                grading = Math.min(grading, micros(() -> grader.grade(sheet, ManualScores.none())));
                reports = Math.min(reports, micros(() -> {
                    TeamContext context = new TeamContext(result, rubric);
                    for (TeamReport format : formats) {
                        format.write(context, new ByteArrayOutputStream(32 * 1024));
                    }
                }));
            }
            System.out.printf(Locale.ROOT, "%-40s reading only %5.0f µs | our reading %5.0f | grading %4.0f |"
                    + " three reports %4.0f | added %4.0f µs (best of %d rounds of %d)%n", file, readingOnly, ourReading,
                    grading, reports, ourReading + grading + reports - readingOnly, ROUNDS, REPEATS);
        }
    }

    /** The time of one run of {@code step}, in µs: the mean of {@link #REPEATS} runs. */
    private static double micros(Step step) throws IOException {
        long start = System.nanoTime();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            step.run();
        }
        return (System.nanoTime() - start) / 1e3 / REPEATS;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
