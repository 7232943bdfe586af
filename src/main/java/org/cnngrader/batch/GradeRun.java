package org.cnngrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.AtomicFiles;
import org.cnngrader.report.Cohort;
import org.cnngrader.report.CohortReport;
import org.cnngrader.report.Finding;
import org.cnngrader.report.Reports;
import org.cnngrader.report.Roster;
import org.cnngrader.report.TeamContext;
import org.cnngrader.report.TeamDocument;
import org.cnngrader.report.TeamFolders;
import org.cnngrader.report.TeamReport;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Assignment;
import org.cnngrader.sheet.ReadingLimits;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;

/**
 * Grades a cohort: the one entry point of {@code grade}. Options go in, a summary comes out.
 *
 * <p>{@link Discovery} decides the submissions and their teams' identities; submissions are read and graded in
 * parallel, and each team's reports written as soon as it is graded, into the run's staging folder
 * {@code teams/.grading-<pid>/}. Once every team is known, the teams of an earlier run into the same output folder
 * that were not graded again are kept from its {@code results.json} (unless the run starts {@link Start#FRESH
 * fresh}), every team gets its folder, the inputs are {@link Reconciliation reconciled}, and the cohort files are
 * written, for every team, to temporary files. Only then are the team folders moved into place and the cohort files
 * committed: renames, which need no space. Every file and every new folder appears atomically, so a run killed
 * midway leaves the previous cohort files intact (and its staging folder, discarded by the next run), and a write
 * that fails (a full disk) leaves the previous run as it was, with no new team folder and no temporary file; the
 * same input gives byte-identical files (teams sorted, no timestamps).
 */
public final class GradeRun {

    /** Whether a run merges with the one its output folder holds. */
    public enum Start {
        /** Teams graded now replace their earlier results; the other teams are kept. */
        MERGE,
        /** The earlier run is forgotten, and its team folders removed once this run's are in place. */
        FRESH
    }

    /**
     * What to grade and where to write.
     *
     * @param threads the number of worker threads (≥ 1)
     * @param limits the limits every submission is read within
     */
    public record Options(Path rubric, List<Path> submissions, Path output, int threads, Optional<Path> manual,
            Optional<Path> roster, boolean pdf, Start start, ReadingLimits limits) {

        public Options {
            submissions = List.copyOf(submissions);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
            }
            if (submissions.isEmpty()) {
                throw new IllegalArgumentException("name at least one submission file or folder");
            }
        }

        /** Options of a run within the default limits. */
        public Options(Path rubric, List<Path> submissions, Path output, int threads, Optional<Path> manual,
                Optional<Path> roster, boolean pdf, Start start) {
            this(rubric, submissions, output, threads, manual, roster, pdf, start, ReadingLimits.DEFAULT);
        }

        /** These options with other reading limits. */
        public Options withLimits(ReadingLimits other) {
            return new Options(rubric, submissions, output, threads, manual, roster, pdf, start, other);
        }

        /** Options of a run that merges with an earlier one. */
        public Options(Path rubric, List<Path> submissions, Path output, int threads, Optional<Path> manual,
                Optional<Path> roster, boolean pdf) {
            this(rubric, submissions, output, threads, manual, roster, pdf, Start.MERGE);
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
     * What was graded: every team of the cohort in team order, each part's {@link TeamResult#scoresOnly score only}
     * (the rest is in each team's reports), the teams graded by this run, and the findings about the inputs.
     */
    public record Summary(List<TeamResult> results, List<String> gradedNow, Path output, List<Finding> findings) {
        public Summary {
            results = List.copyOf(results);
            gradedNow = List.copyOf(gradedNow);
            findings = List.copyOf(findings);
        }

        /** How many of the submissions graded by this run could not be read. */
        public long unreadable() {
            Set<String> now = new HashSet<>(gradedNow);
            return results.stream().filter(result -> now.contains(result.team()))
                    .filter(result -> result.unreadable().isPresent()).count();
        }

        /** How many teams were kept from an earlier run. */
        public int kept() {
            return results.size() - gradedNow.size();
        }
    }

    /** The name of a run's staging folder under {@code teams/}, before the process id. */
    private static final String STAGING = ".grading-";

    private final Rubric rubric;
    private final ManualScores manual;
    private final Grader grader;
    private final ExecutorService pool;
    private final Progress progress;
    private final Path staging;
    private final List<TeamReport> formats;
    private final SheetSpec spec;
    private final ReadingLimits limits;

    private GradeRun(Options options, Rubric rubric, ManualScores manual, ExecutorService pool, Progress progress,
            Path staging) {
        this.rubric = rubric;
        this.manual = manual;
        this.grader = new Grader(rubric);
        this.pool = pool;
        this.progress = progress;
        this.staging = staging;
        this.formats = Reports.team(options.pdf());
        this.spec = SheetSpecs.of(rubric);
        this.limits = options.limits();
    }

    /**
     * Runs the grading.
     *
     * @throws InputException when an input is unusable: a missing path, no submission at all, an output path that
     *     is a file, a rubric that is not one, a malformed roster or manual-scores file
     * @throws org.cnngrader.rubric.RubricException when the rubric is invalid
     * @throws IOException when an output cannot be written
     */
    public static Summary run(Options options, Progress progress) throws IOException {
        Path output = options.output();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputException(output + ": is a file; -o names the folder the reports go to");
        }
        Inputs.notTheRubric(options.rubric(), options.submissions());
        Inputs.notAnArchiveAlone(options.submissions());
        Rubric rubric = Inputs.rubric(options.rubric());
        ManualScores manual = options.manual().isPresent() ? Inputs.manual(options.manual().get())
                : ManualScores.none();
        Optional<Roster> roster = options.roster().isPresent() ? Optional.of(Inputs.roster(options.roster().get()))
                : Optional.empty();
        Optional<PreviousRun> previous = previous(output, options.start());
        // A team's folder graded before into this output is that team when named alone: regraded, not split.
        Path realOutput = Discovery.real(output);
        Map<Path, String> earlierTeams = previous.filter(earlier -> options.start() == Start.MERGE)
                .map(earlier -> earlier.identitiesByPlace(realOutput)).orElse(Map.of());
        org.cnngrader.sheet.SheetSpec spec = SheetSpecs.of(rubric);
        Discovery.Found found = Discovery.find(options.submissions(), output, earlierTeams,
                sheet -> Submissions.teamNamed(sheet, spec, options.limits()),
                Assignment.titled(rubric.title()));
        if (found.submissions().isEmpty()) {
            // A folder holding only the LMS's archive, not yet unpacked, says so.
            List<String> notSheets = found.findings().stream().filter(Finding.NotASheet.class::isInstance)
                    .map(Finding.NotASheet.class::cast).map(file -> "; " + file.path() + " is " + file.why()).toList();
            throw new InputException(String.join(", ", options.submissions().stream().map(Path::toString).toList())
                    + ": no submissions found (answer sheets: xlsx, csv, pdf, docx, ipynb, tex, md or txt, or one"
                    + " folder per team)" + (notSheets.isEmpty() ? "" : notSheets.get(0)
                    + (notSheets.size() > 1 ? " (and " + (notSheets.size() - 1) + " more)" : "")));
        }
        if (previous.isPresent() && options.start() == Start.MERGE && !previous.get().title().equals(rubric.title())) {
            throw new InputException(output + ": holds the results of another rubric (\"" + previous.get().title()
                    + "\"); grade into another folder, or add --fresh to start over");
        }
        Path teams = output.resolve("teams");
        discardStaleStaging(teams);
        discardStaleTemporaries(output);
        Path staging = teams.resolve(STAGING + ProcessHandle.current().pid());
        progress.start(found.submissions().size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "cnn-grader-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            GradeRun run = new GradeRun(options, rubric, manual, pool, progress, staging);
            Optional<PreviousRun> merged = previous.filter(earlier -> options.start() == Start.MERGE);
            // Where each team was handed in is recorded relative to the output folder: the same cohort and output
            // moved together give the same files, and results.json holds no folder of the grading machine.
            Path base = Discovery.real(output);
            List<HandedIn> submissions = merged.isPresent() ? Discovery.continuing(found.submissions(),
                    merged.get().identitiesByPlace(base)) : found.submissions();
            List<Staged> graded = run.identified(run.gradeAndStage(submissions));
            Map<String, String> places = new HashMap<>();
            graded.forEach(team -> places.put(Discovery.key(team.result().team()),
                    base.relativize(submissions.get(team.submission()).place()).toString()));
            List<PreviousRun.Kept> kept = run.kept(previous.filter(earlier -> options.start() == Start.MERGE),
                    graded, options.manual().isPresent());
            Optional<String> gradedWith = merged.flatMap(PreviousRun::rubric);
            if (!kept.isEmpty() && gradedWith.isPresent() && !gradedWith.get().equals(rubric.fingerprint())) {
                // Kept teams keep the points and checks they were graded with: beside teams graded now, the
                // cohort files would mix two rubrics.
                throw new InputException(output + ": was graded with another version of " + options.rubric()
                        + " (it has changed since); " + kept.size() + (kept.size() == 1 ? " team" : " teams")
                        + " there would keep grades from the old version: grade the whole cohort into it again, or"
                        + " add --fresh to start over");
            }
            Map<String, String> folders = folders(graded, kept, previous.filter(earlier -> options.start()
                    == Start.MERGE));
            List<Cohort.Team> all = new ArrayList<>();
            graded.forEach(team -> all.add(new Cohort.Team(team.result(), folders.get(team.result().team()),
                    team.document(), Optional.of(places.get(Discovery.key(team.result().team()))))));
            kept.forEach(team -> all.add(new Cohort.Team(team.result(), team.folder(), team.document(),
                    team.handedIn())));
            all.sort(teamOrder(team -> team.result().team(), team -> team.result().source()));
            Reconciliation.Outcome outcome = Reconciliation.of(rubric, all.stream().map(Cohort.Team::result).toList(),
                    options.manual().map(Path::toString).orElse(""), manual, roster);
            List<Finding> findings = new ArrayList<>(found.findings());
            merged.ifPresent(earlier -> findings.addAll(replacedFromElsewhere(earlier, places, base)));
            outcome.findings().stream().filter(finding -> !finding.saidIn(found.findings())).forEach(findings::add);
            // A sheet without a single answer may be no team's at all: a TA's notes at the top of the cohort.
            all.stream().map(Cohort.Team::result).filter(TeamResult::nothingFound)
                    .forEach(result -> findings.add(new Finding.NothingFound(result.team(), result.source())));
            // A sheet whose every answer is a guess by place or value may be no team's either: the handout.
            all.stream().map(Cohort.Team::result).filter(TeamResult::nothingLabelled)
                    .forEach(result -> findings.add(new Finding.NothingLabelled(result.team(), result.source())));
            Cohort cohort = new Cohort(rubric, outcome.roster(), all, manual, findings);
            // Everything that needs space is written before anything of the earlier run is replaced: a full disk (or
            // any failed write) leaves the earlier run as it was, its team folders and cohort files, and no new
            // team folder; the temporaries are removed. What follows needs renames only.
            Map<Path, Path> prepared = new LinkedHashMap<>();
            try {
                for (PreviousRun.Kept team : kept) {
                    // A kept team's report.json follows its scores (manual scores of this run); its other reports
                    // do not.
                    Path document = teamFolder(teams, team.folder()).resolve("report.json");
                    byte[] file = TeamDocument.reportFile(team.document());
                    if (Files.isDirectory(document.getParent()) && !Arrays.equals(file,
                            Files.exists(document) ? Files.readAllBytes(document) : new byte[0])) {
                        prepared.put(document, AtomicFiles.prepare(document, stream -> stream.write(file)));
                    }
                }
                prepared.putAll(run.prepareCohortFiles(cohort, output, roster.isPresent()));
                run.moveIntoPlace(graded, folders, teams);
            } catch (IOException | RuntimeException failed) {
                AtomicFiles.discardAll(prepared.values());
                throw failed;
            }
            // Every file is written before the first replaces its predecessor: the window in which a killed run
            // would leave some cohort files new and others old is a few renames wide, not the time it takes to write
            // them.
            for (Map.Entry<Path, Path> file : prepared.entrySet()) {
                AtomicFiles.commit(file.getValue(), file.getKey());
            }
            cleanUp(output, teams, previous, options.start(), all, roster.isPresent());
            return new Summary(cohort.results(), graded.stream().map(team -> team.result().team()).toList(), output,
                    findings);
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

    /** The earlier run in the output folder; a fresh run reads it only to remove its team folders at the end. */
    private static Optional<PreviousRun> previous(Path output, Start start) throws IOException {
        try {
            return PreviousRun.read(output);
        } catch (InputException unusable) {
            if (start == Start.FRESH) {
                return Optional.empty();
            }
            throw unusable;
        }
    }

    /**
     * A team graded, with its reports staged: which sheet of which submission it is, its result (scores only: a
     * thousand full results, held until the cohort files are written, are copied again and again by the garbage
     * collector), the folder its reports wait in, its {@code report.json} document as written (bytes: reading a
     * thousand back would cost more), and, for a row of a sheet of several teams, whose identity is its team cell
     * and may yet have to give way, its full result.
     */
    private record Staged(int submission, int sheet, TeamResult result, Path folder, byte[] document,
            Optional<TeamResult> row) {
    }

    /**
     * Every submission's teams, in the order of the submissions, each graded as soon as it is read and its
     * reports written at once into the staging folder: its sheets and its reports' text are garbage at once,
     * and the file system's work overlaps the other workers' reading.
     */
    private List<Staged> gradeAndStage(List<HandedIn> submissions) throws IOException {
        List<Future<List<Staged>>> grading = new ArrayList<>();
        for (int index = 0; index < submissions.size(); index++) {
            int submission = index;
            grading.add(pool.submit(() -> {
                HandedIn handedIn = submissions.get(submission);
                List<AnswerSheet> sheets = sheets(handedIn);
                List<Staged> staged = new ArrayList<>();
                for (int sheet = 0; sheet < sheets.size(); sheet++) {
                    AnswerSheet read = sheets.get(sheet);
                    boolean row = sheets.size() > 1;
                    String identity = row ? read.team() : handedIn.team();
                    TeamResult result = grader.grade(read.withTeam(identity), manual).identified(identity, read.team());
                    staged.add(stage(submission, sheet, result, row));
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

    /**
     * The sheets of a submission. A file in a team's folder gives that team only: should it hold several teams'
     * answers (a training log's columns named {@code A} and {@code P}, as parts are), the next candidate that may
     * stand in for it is read (the team's notebook), else the team's submission is unreadable, saying why, rather than
     * several teams appearing from one folder.
     */
    private List<AnswerSheet> sheets(HandedIn handedIn) {
        Submissions.Submission submission = handedIn.submission();
        List<AnswerSheet> sheets = Submissions.read(submission, spec, limits);
        while (handedIn.scope() == HandedIn.Scope.ONE_TEAM && sheets.size() > 1) {
            String held = " the answers of " + sheets.size() + " teams, but a file in a team's folder gives that team"
                    + " only (a sheet of several teams is read at the top of the submissions folder)";
            Optional<Submissions.Submission> next = submission.passedOver("it holds" + held);
            if (next.isEmpty()) {
                return List.of(AnswerSheet.unreadable(handedIn.team(), sheets.get(0).source(), "the sheet holds"
                        + held));
            }
            submission = next.get();
            sheets = Submissions.read(submission, spec, limits);
        }
        return sheets;
    }

    /** Writes a team's reports into its staging folder, named by submission and sheet. */
    private Staged stage(int submission, int sheet, TeamResult result, boolean row) throws IOException {
        Path folder = staging.resolve(submission + "-" + sheet);
        TeamContext context = new TeamContext(result, rubric);
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (TeamReport format : formats) {
            files.put(format.fileName(), output -> format.write(context, output));
        }
        AtomicFiles.stage(folder, files);
        return new Staged(submission, sheet, result.scoresOnly(), folder, context.document(),
                row ? Optional.of(result) : Optional.empty());
    }

    /**
     * The teams under their final identities. Those of files and folders are decided by {@link Discovery} and
     * unique; a row of a sheet of several teams goes by its team cell unless that is taken (ignoring case), then by
     * its cell and its file, then with its row's number. Such a team's reports are written again under the
     * identity it gets. Sorted in team order.
     */
    private List<Staged> identified(List<Staged> staged) throws IOException {
        Set<String> taken = new HashSet<>();
        staged.stream().filter(team -> team.row().isEmpty()).forEach(team -> taken.add(Discovery.key(team.result()
                .team())));
        List<Staged> identified = new ArrayList<>();
        for (Staged team : staged) {
            if (team.row().isEmpty()) {
                identified.add(team);
                continue;
            }
            TeamResult full = team.row().get();
            String file = Path.of(full.source()).getFileName().toString();
            List<String> candidates = List.of(full.team(), full.team() + " (" + file + ")",
                    full.team() + " (" + file + " #" + (team.sheet() + 1) + ")");
            String identity = candidates.stream().filter(candidate -> !taken.contains(Discovery.key(candidate)))
                    .findFirst().orElse(null);
            for (int number = 2; identity == null; number++) {
                String numbered = candidates.get(2) + " (" + number + ")";
                identity = taken.contains(Discovery.key(numbered)) ? null : numbered;
            }
            taken.add(Discovery.key(identity));
            if (identity.equals(full.team())) {
                identified.add(team);
            } else {
                TeamResult renamed = grader.renamed(full, identity, manual).identified(identity, full.name());
                identified.add(stage(team.submission(), team.sheet(), renamed, false));
            }
        }
        identified.sort(teamOrder(team -> team.result().team(), team -> team.result().source()));
        return identified;
    }

    /**
     * The teams of the earlier run that this run does not grade again, with this run's manual scores when it has
     * any (the roster applies to them as to every team, when the cohort files are written).
     */
    private List<PreviousRun.Kept> kept(Optional<PreviousRun> previous, List<Staged> graded, boolean rescore)
            throws IOException {
        if (previous.isEmpty()) {
            return List.of();
        }
        Set<String> now = new HashSet<>();
        graded.forEach(team -> now.add(Discovery.key(team.result().team())));
        List<PreviousRun.Kept> kept = new ArrayList<>();
        for (PreviousRun.Kept team : previous.get().teams()) {
            if (now.contains(Discovery.key(team.result().team()))) {
                continue;
            }
            if (rescore) {
                TeamResult rescored = grader.renamed(team.result(), team.result().team(), manual);
                if (!rescored.equals(team.result())) {
                    team = new PreviousRun.Kept(rescored.scoresOnly(), team.folder(),
                            PreviousRun.rescored(team.document(), rescored), team.handedIn());
                }
            }
            kept.add(team);
        }
        return kept;
    }

    /**
     * The earlier teams this run replaces with a submission handed in elsewhere, while the earlier one is still
     * there: the same identity may be another team (a second section graded into the same folder), so the replacement
     * is said, never silent. A cohort moved or downloaded again leaves nothing at the earlier place, and is the same.
     *
     * @param places where each team graded now was handed in, by its identity's key, relative to {@code base}
     * @param base the output folder, against which the places are recorded
     */
    private static List<Finding> replacedFromElsewhere(PreviousRun previous, Map<String, String> places, Path base) {
        List<Finding> findings = new ArrayList<>();
        for (PreviousRun.Kept team : previous.teams()) {
            String now = places.get(Discovery.key(team.result().team()));
            if (now == null || team.handedIn().isEmpty()) {
                continue;
            }
            Path earlier = base.resolve(team.handedIn().get()).normalize();
            if (!earlier.equals(base.resolve(now).normalize()) && Files.exists(earlier)) {
                findings.add(new Finding.ReplacedFromElsewhere(team.result().team(), team.handedIn().get(), now));
            }
        }
        return findings;
    }

    /**
     * The folder of every team graded now, by identity: a team graded before keeps its folder; the others get the
     * folder their identity gives, with {@code -2}, {@code -3} … when a kept or earlier team has it (ignoring case).
     */
    private static Map<String, String> folders(List<Staged> graded, List<PreviousRun.Kept> kept,
            Optional<PreviousRun> previous) {
        Set<String> taken = new HashSet<>();
        kept.forEach(team -> taken.add(team.folder().toLowerCase(Locale.ROOT)));
        Map<String, String> earlier = new HashMap<>();
        previous.ifPresent(run -> run.teams().forEach(team -> earlier.put(Discovery.key(team.result().team()),
                team.folder())));
        Map<String, String> folders = new LinkedHashMap<>();
        for (Staged team : graded) {
            String folder = earlier.get(Discovery.key(team.result().team()));
            if (folder != null && taken.add(folder.toLowerCase(Locale.ROOT))) {
                folders.put(team.result().team(), folder);
            }
        }
        for (Staged team : graded) {
            if (folders.containsKey(team.result().team())) {
                continue;
            }
            String base = TeamFolders.safe(team.result().team());
            String folder = base;
            for (int suffix = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); suffix++) {
                folder = base + "-" + suffix;
            }
            folders.put(team.result().team(), folder);
        }
        return folders;
    }

    /** Moves each team's staged reports into its folder under {@code teams}, in parallel. */
    private void moveIntoPlace(List<Staged> staged, Map<String, String> folders, Path teams) throws IOException {
        Set<String> written = new HashSet<>();
        formats.forEach(format -> written.add(format.fileName()));
        List<Future<Path>> moving = new ArrayList<>();
        for (Staged team : staged) {
            Path folder = teamFolder(teams, folders.get(team.result().team()));
            moving.add(pool.submit(() -> {
                AtomicFiles.moveFolder(team.folder(), folder);
                // A report this run does not write (report.pdf without --pdf) would say what an earlier run found.
                for (TeamReport format : Reports.team(true)) {
                    if (!written.contains(format.fileName())) {
                        Files.deleteIfExists(folder.resolve(format.fileName()));
                    }
                }
                return folder;
            }));
        }
        for (Future<Path> future : moving) {
            await(future);
        }
    }

    /** The folder of this name under {@code teams/}; never outside it. */
    private static Path teamFolder(Path teams, String name) {
        Path folder = teams.resolve(name).normalize();
        if (!folder.startsWith(teams.normalize()) || folder.equals(teams.normalize())) {
            throw new IllegalStateException("internal: team folder outside the output: " + folder);
        }
        return folder;
    }

    /**
     * Once the cohort files are written: a fresh run removes the earlier run's team folders that no team of the
     * cohort has now, and export files that no longer apply (an LMS export without a roster would list the totals
     * of an earlier run) are removed.
     */
    private static void cleanUp(Path output, Path teams, Optional<PreviousRun> previous, Start start,
            List<Cohort.Team> cohort, boolean roster) throws IOException {
        if (start == Start.FRESH && previous.isPresent()) {
            Set<String> used = new HashSet<>();
            cohort.forEach(team -> used.add(team.folder().toLowerCase(Locale.ROOT)));
            for (PreviousRun.Kept team : previous.get().teams()) {
                if (!used.contains(team.folder().toLowerCase(Locale.ROOT))) {
                    AtomicFiles.discard(teamFolder(teams, team.folder()));
                }
            }
        }
        if (!roster) {
            for (CohortReport report : Reports.cohort()) {
                if (!report.applies(Roster.none())) {
                    Files.deleteIfExists(output.resolve(report.fileName()));
                }
            }
        }
    }

    /**
     * Discards the staging folders that runs killed midway left behind: those whose process is gone (or has this
     * run's process id, which a killed run's process had before).
     */
    private static void discardStaleStaging(Path teams) throws IOException {
        if (!Files.isDirectory(teams, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * Deletes the temporary files ({@code .NAME.PID.part}) that runs killed while writing left in the output folder
     * and its team folders: those of processes that are gone.
     */
    private static void discardStaleTemporaries(Path output) throws IOException {
        List<Path> folders = new ArrayList<>();
        folders.add(output);
        Path teams = output.resolve("teams");
        if (Files.isDirectory(teams, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(teams)) {
                for (Path folder : listing) {
                    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(folder);
                    }
                }
            }
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, ".*.part")) {
                for (Path temporary : temporaries) {
                    String name = temporary.getFileName().toString();
                    String withoutPart = name.substring(0, name.length() - ".part".length());
                    String processId = withoutPart.substring(withoutPart.lastIndexOf('.') + 1);
                    if (isStale(processId)) {
                        Files.deleteIfExists(temporary);
                    }
                }
            }
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

    /**
     * Writes the cohort files, in parallel, each to its temporary file for {@link AtomicFiles#commit} (the LMS exports
     * when a roster was given, even one that matched no team: the reconciliation says why they are empty); by target,
     * the temporary file. When one cannot be written, none is left: the others' temporaries are removed too.
     */
    private Map<Path, Path> prepareCohortFiles(Cohort cohort, Path output, boolean rosterGiven) throws IOException {
        Map<Path, Future<Path>> writing = new LinkedHashMap<>();
        for (CohortReport report : Reports.cohort()) {
            if (rosterGiven || report.applies(Roster.none())) {
                Path target = output.resolve(report.fileName());
                writing.put(target, pool.submit(() -> AtomicFiles.prepare(target, stream -> report.write(cohort,
                        stream))));
            }
        }
        Map<Path, Path> prepared = new LinkedHashMap<>();
        Exception firstFailure = null;
        for (Map.Entry<Path, Future<Path>> file : writing.entrySet()) {
            try {
                prepared.put(file.getKey(), await(file.getValue()));
            } catch (IOException | RuntimeException failed) {
                firstFailure = firstFailure == null ? failed : firstFailure;
            }
        }
        if (firstFailure != null) {
            AtomicFiles.discardAll(prepared.values());
            if (firstFailure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) firstFailure;
        }
        return prepared;
    }

    /** The order of teams in every report: by identity ignoring case, then exactly, then by source. */
    static <T> Comparator<T> teamOrder(Function<T, String> team, Function<T, String> source) {
        return Comparator.comparing((T item) -> team.apply(item).toLowerCase(Locale.ROOT)).thenComparing(team)
                .thenComparing(source);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
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
