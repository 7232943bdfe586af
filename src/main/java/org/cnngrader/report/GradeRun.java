package org.cnngrader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;

/**
 * Grades a cohort: the one entry point of {@code grade}. Options go in, a summary comes out.
 * Submissions are read and graded in parallel, and each team's reports written as soon as it is graded, into
 * the run's staging folder {@code teams/.grading-<pid>/}. A team's folder that is new to the output is moved into
 * place at once; the others once every team's name is known (a name two teams share, or two names that give one
 * folder, are known only then). The cohort files are written last. Every file and every new folder appears
 * atomically, so a run killed midway leaves the previous gradebook intact (and its staging folder, discarded by the
 * next run); the same input gives byte-identical files (teams sorted, no timestamps).
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

    /**
     * What was graded: the results in team order, each part's {@link TeamResult#scoresOnly score only} (the rest
     * is in each team's reports), and where the reports are.
     */
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

    /** The name of a run's staging folder under {@code teams/}, before the process id. */
    private static final String STAGING = ".grading-";

    private final Options options;
    private final Rubric rubric;
    private final ManualScores manual;
    private final Grader grader;
    private final ExecutorService pool;
    private final Progress progress;
    private final Path teams;
    private final Path staging;
    private final List<TeamReport> formats;
    private final SheetSpec spec;
    /** The team folders (in lower case) that a team of this run has claimed, to be moved into at once. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    /** One run: what every step shares. */
    private GradeRun(Options options, Rubric rubric, ManualScores manual, ExecutorService pool, Progress progress,
            Path teams, Path staging) {
        this.options = options;
        this.rubric = rubric;
        this.manual = manual;
        this.grader = new Grader(rubric);
        this.pool = pool;
        this.progress = progress;
        this.teams = teams;
        this.staging = staging;
        this.formats = Reports.team(options.pdf());
        this.spec = SheetSpecs.of(rubric);
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
        Path teams = options.output().resolve("teams");
        discardStaleStaging(teams);
        Path staging = teams.resolve(STAGING + ProcessHandle.current().pid());
        progress.start(submissions.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "cnn-grader-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            GradeRun run = new GradeRun(options, rubric, manual, pool, progress, teams, staging);
            List<Cohort.Team> placed = run.moveIntoPlace(run.named(run.gradeAndStage(submissions), submissions));
            Cohort cohort = new Cohort(rubric, roster, placed);
            run.writeCohortFiles(cohort);
            return new Summary(cohort.results(), options.output());
        } catch (IOException | RuntimeException failed) {
            // What is queued is not started; what is under way finishes (or cleans up) before the staging goes.
            pool.shutdownNow();
            throw failed;
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            AtomicFiles.discard(staging);
        }
    }

    /**
     * A team graded, with its reports staged: which sheet of which submission it is, its result (scores only: a
     * thousand full results, held until the cohort files are written, are copied again and again by the garbage
     * collector), the folder its reports wait in, the folder under {@code teams/} they were moved to at once if
     * they were, and its {@code report.json} document as written (bytes: reading a thousand back would cost more).
     */
    private record Staged(int submission, int sheet, TeamResult result, Path folder, Optional<String> placed,
            byte[] document) {
    }

    /**
     * Every submission's teams, in the order of the submissions, each graded as soon as it is read and its
     * reports written at once into the staging folder: its sheets and its reports' text are garbage at once,
     * and the file system's work overlaps the other workers' reading.
     */
    private List<Staged> gradeAndStage(List<Submissions.Submission> submissions) throws IOException {
        List<Future<List<Staged>>> grading = new ArrayList<>();
        for (int index = 0; index < submissions.size(); index++) {
            int submission = index;
            grading.add(pool.submit(() -> {
                List<AnswerSheet> sheets = Submissions.read(submissions.get(submission), spec);
                List<Staged> staged = new ArrayList<>();
                for (int sheet = 0; sheet < sheets.size(); sheet++) {
                    staged.add(placeAtOnce(stage(submission, sheet, grader.grade(sheets.get(sheet), manual))));
                }
                progress.step();
                return staged;
            }));
        }
        List<Staged> staged = new ArrayList<>();
        for (Future<List<Staged>> future : grading) {
            staged.addAll(await(future));
        }
        return staged;
    }

    /** Writes a team's reports into its staging folder, named by submission and sheet: its name may yet change. */
    private Staged stage(int submission, int sheet, TeamResult result) throws IOException {
        Path folder = staging.resolve(submission + "-" + sheet);
        TeamContext context = new TeamContext(result, rubric);
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (TeamReport format : formats) {
            files.put(format.fileName(), output -> format.write(context, output));
        }
        AtomicFiles.stage(folder, files);
        return new Staged(submission, sheet, result.scoresOnly(), folder, Optional.empty(), context.document());
    }

    /**
     * Moves a team's staged reports at once into the folder that its name gives, when that folder is new to the
     * output and no other team of this run has claimed it. That is the folder the team keeps unless its name turns
     * out to be shared or another team's name gives the same folder; a first grading thus moves every folder while
     * the other workers read, rather than all of them at the end.
     */
    private Staged placeAtOnce(Staged team) throws IOException {
        String name = TeamFolders.safe(team.result().team());
        Path folder = teamFolder(name);
        // A folder that exists holds a previous run's reports, which a guess must not overwrite.
        if (!claimed.add(name.toLowerCase(Locale.ROOT)) || folder.toFile().exists()) {
            return team;
        }
        AtomicFiles.moveFolder(team.folder(), folder);
        return new Staged(team.submission(), team.sheet(), team.result(), team.folder(), Optional.of(name),
                team.document());
    }

    /**
     * The teams under the names they go by, in team order. A name two teams share is known only once every
     * submission is read; those teams are read and graded again then, under their distinct names (which their
     * manual scores use), and their reports staged again.
     */
    private List<Staged> named(List<Staged> staged, List<Submissions.Submission> submissions) throws IOException {
        Set<String> shared = Submissions.shared(staged.stream().map(team -> team.result().team()).toList());
        List<Future<Staged>> renaming = new ArrayList<>();
        for (Staged team : staged) {
            renaming.add(shared.contains(team.result().team()) ? pool.submit(() -> {
                if (team.placed().isPresent()) {
                    // Made by this run under a name the team does not go by.
                    AtomicFiles.discard(teamFolder(team.placed().get()));
                }
                return stage(team.submission(), team.sheet(), renamed(team, shared, submissions));
            }) : CompletableFuture.completedFuture(team));
        }
        List<Staged> named = new ArrayList<>();
        for (Future<Staged> future : renaming) {
            named.add(await(future));
        }
        named.sort(Submissions.teamOrder(team -> team.result().team(), team -> team.result().source()));
        return named;
    }

    /** The team read and graded again under its distinct name: only its scores were kept. */
    private TeamResult renamed(Staged team, Set<String> shared, List<Submissions.Submission> submissions) {
        TeamResult first = team.result();
        List<AnswerSheet> sheets = Submissions.read(submissions.get(team.submission()), spec);
        AnswerSheet sheet = team.sheet() < sheets.size() ? sheets.get(team.sheet())
                : AnswerSheet.unreadable(first.team(), first.source(), "the file changed while it was graded");
        return grader.renamed(grader.grade(sheet, manual), Submissions.distinct(first.team(), first.source(), shared),
                manual);
    }

    /**
     * Moves each team's staged reports into its folder under {@code teams}, in parallel, unless they are there
     * already; the teams, for the cohort files. A team moved at once into a folder that another team turns out to
     * get (their names give the same folder) goes back to the staging folder first.
     */
    private List<Cohort.Team> moveIntoPlace(List<Staged> staged) throws IOException {
        // Team folders depend only on the (already distinct, sorted) team names.
        Map<String, String> folders = TeamFolders.assign(staged.stream().map(team -> team.result().team()).toList());
        for (Staged team : staged) {
            if (team.placed().isPresent() && !team.placed().get().equals(folders.get(team.result().team()))) {
                AtomicFiles.moveFolder(teamFolder(team.placed().get()), team.folder());
            }
        }
        List<Future<Cohort.Team>> moving = new ArrayList<>();
        for (Staged team : staged) {
            String name = folders.get(team.result().team());
            Path folder = teamFolder(name);
            Cohort.Team placed = new Cohort.Team(team.result(), name, team.document());
            moving.add(team.placed().equals(Optional.of(name)) ? CompletableFuture.completedFuture(placed)
                    : pool.submit(() -> {
                        AtomicFiles.moveFolder(team.folder(), folder);
                        return placed;
                    }));
        }
        List<Cohort.Team> placed = new ArrayList<>();
        for (Future<Cohort.Team> future : moving) {
            placed.add(await(future));
        }
        return placed;
    }

    /** The folder of this name under {@code teams/}; never outside it. */
    private Path teamFolder(String name) {
        Path folder = teams.resolve(name).normalize();
        if (!folder.startsWith(teams.normalize())) {
            throw new IllegalStateException("internal: team folder outside the output: " + folder);
        }
        return folder;
    }

    /**
     * Discards the staging folders that runs killed midway left behind: those whose process is gone (or has this
     * run's process id, which a killed run's process had before).
     */
    private static void discardStaleStaging(Path teams) throws IOException {
        if (!teams.toFile().isDirectory()) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> staging = Files.newDirectoryStream(teams, STAGING + "*")) {
            for (Path folder : staging) {
                if (isStale(folder.getFileName().toString().substring(STAGING.length()))) {
                    stale.add(folder);
                }
            }
        }
        for (Path folder : stale) {
            AtomicFiles.discard(folder);
        }
    }

    /** Whether the run of this process id cannot be writing its staging folder any more. */
    private static boolean isStale(String processId) {
        if (processId.isEmpty() || processId.length() > 18 || !processId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long pid = Long.parseLong(processId);
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
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
