package org.cnngrader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;

/**
 * Grades a cohort: the one entry point of {@code grade}. Options go in, a summary comes out.
 * Submissions are read and graded in parallel; every file is written atomically, cohort files last,
 * so a run killed midway leaves the previous gradebook intact; the same input gives byte-identical
 * files (teams sorted, no timestamps).
 */
public final class GradeRun {

    /**
     * What to grade and where to write.
     *
     * @param threads the number of worker threads (≥ 1)
     */
    public record Options(Path rubric, List<Path> submissions, Path output, int threads, Optional<Path> manual,
            Optional<Path> roster, boolean pdf) {

        public Options {
            submissions = List.copyOf(submissions);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
            }
            if (submissions.isEmpty()) {
                throw new IllegalArgumentException("name at least one submission file or folder");
            }
        }
    }

    /** How far the run is, for a progress bar. */
    public interface Progress {
        /** The work has {@code steps} steps. */
        void start(int steps);

        /** One more step is done. */
        void step();

        /** A progress that shows nothing. */
        static Progress silent() {
            return new Progress() {
                @Override
                public void start(int steps) {
                }

                @Override
                public void step() {
                }
            };
        }
    }

    /** What was graded: the results in team order, and where the reports are. */
    public record Summary(List<TeamResult> results, Path output) {
        public Summary {
            results = List.copyOf(results);
        }

        /** How many submissions could not be read. */
        public long unreadable() {
            return results.stream().filter(result -> result.unreadable().isPresent()).count();
        }
    }

    /** An input the TA named cannot be used: a missing submission path, a malformed roster or manual-scores file. */
    public static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Options options;
    private final Rubric rubric;
    private final ManualScores manual;
    private final Grader grader;
    private final ExecutorService pool;
    private final Progress progress;

    /** One run: what every step shares. */
    private GradeRun(Options options, Rubric rubric, ManualScores manual, ExecutorService pool, Progress progress) {
        this.options = options;
        this.rubric = rubric;
        this.manual = manual;
        this.grader = new Grader(rubric);
        this.pool = pool;
        this.progress = progress;
    }

    /**
     * Runs the grading.
     *
     * @throws org.cnngrader.rubric.RubricException when the rubric is invalid
     * @throws IOException when an input cannot be read or an output cannot be written
     */
    public static Summary run(Options options, Progress progress) throws IOException {
        Rubric rubric = RubricLoader.load(options.rubric());
        ManualScores manual;
        Roster roster;
        List<Submissions.Submission> submissions;
        try {
            manual = options.manual().isPresent() ? ManualScores.read(options.manual().get()) : ManualScores.none();
            roster = options.roster().isPresent() ? Roster.read(options.roster().get()) : Roster.none();
            submissions = Submissions.find(options.submissions());
        } catch (IOException | IllegalArgumentException | IllegalStateException unusable) {
            throw new InputException(unusable instanceof java.nio.file.NoSuchFileException missing
                    ? missing.getFile() + ": no such file" : unusable.getMessage(), unusable);
        }
        progress.start(2 * submissions.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "cnn-grader-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            GradeRun run = new GradeRun(options, rubric, manual, pool, progress);
            List<TeamResult> results = run.named(run.readAndGrade(submissions));
            List<Cohort.Team> teams = run.writeTeamReports(results);
            for (int i = results.size(); i < submissions.size(); i++) {
                progress.step();
            }
            Cohort cohort = new Cohort(rubric, roster, teams);
            run.writeCohortFiles(cohort);
            return new Summary(cohort.results(), options.output());
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    /**
     * Every submission's results, in the order of the submissions. Each submission is graded as soon as
     * it is read, so that its sheets are garbage at once rather than held until all are read.
     */
    private List<TeamResult> readAndGrade(List<Submissions.Submission> submissions) throws IOException {
        SheetSpec spec = SheetSpecs.of(rubric);
        List<Future<List<TeamResult>>> reading = new ArrayList<>();
        for (Submissions.Submission submission : submissions) {
            reading.add(pool.submit(() -> {
                List<TeamResult> results = Submissions.read(submission, spec).stream()
                        .map(sheet -> grader.grade(sheet, manual)).toList();
                progress.step();
                return results;
            }));
        }
        List<TeamResult> results = new ArrayList<>();
        for (Future<List<TeamResult>> future : reading) {
            results.addAll(await(future));
        }
        return results;
    }

    /**
     * The results under the names their teams go by, in team order. A name two teams share is known
     * only once every submission is read; those teams are renamed then.
     */
    private List<TeamResult> named(List<TeamResult> results) {
        Set<String> shared = Submissions.shared(results.stream().map(TeamResult::team).toList());
        List<TeamResult> named = new ArrayList<>();
        for (TeamResult result : results) {
            named.add(shared.contains(result.team()) ? grader.renamed(result,
                    Submissions.distinct(result.team(), result.source(), shared), manual) : result);
        }
        named.sort(Submissions.teamOrder(TeamResult::team, TeamResult::source));
        return named;
    }

    /** Writes each team's reports into its folder, in parallel; the teams, for the cohort files. */
    private List<Cohort.Team> writeTeamReports(List<TeamResult> results) throws IOException {
        // Team folders depend only on the (already unique, sorted) team names.
        Map<String, String> folders = TeamFolders.assign(results.stream().map(TeamResult::team).toList());
        Path teams = options.output().resolve("teams");
        List<TeamReport> formats = Reports.team(options.pdf());
        List<Future<Cohort.Team>> reporting = new ArrayList<>();
        for (TeamResult result : results) {
            Path folder = teams.resolve(folders.get(result.team())).normalize();
            if (!folder.startsWith(teams.normalize())) {
                throw new IllegalStateException("internal: team folder outside the output: " + folder);
            }
            reporting.add(pool.submit(() -> {
                TeamContext context = new TeamContext(result, rubric);
                Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
                for (TeamReport format : formats) {
                    files.put(format.fileName(), output -> format.write(context, output));
                }
                AtomicFiles.writeFolder(folder, files);
                progress.step();
                return new Cohort.Team(result, folders.get(result.team()), context.document());
            }));
        }
        List<Cohort.Team> written = new ArrayList<>();
        try {
            for (Future<Cohort.Team> future : reporting) {
                written.add(await(future));
            }
        } catch (IOException | RuntimeException failed) {
            // Let the writes under way finish (or clean up) before the cohort files are left as they were.
            reporting.forEach(future -> future.cancel(false));
            pool.shutdown();
            awaitQuietly(pool);
            throw failed;
        }
        return written;
    }

    /** Writes the cohort files that apply, in parallel, once every team's reports are written. */
    private void writeCohortFiles(Cohort cohort) throws IOException {
        List<Future<Void>> writing = new ArrayList<>();
        for (CohortReport report : Reports.cohort()) {
            if (report.applies(cohort.roster())) {
                writing.add(pool.submit(() -> {
                    AtomicFiles.write(options.output().resolve(report.fileName()), output -> report.write(cohort, output));
                    return null;
                }));
            }
        }
        for (Future<Void> future : writing) {
            await(future);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
