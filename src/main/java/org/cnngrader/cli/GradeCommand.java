package org.cnngrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cnngrader.batch.GradeRun;
import org.cnngrader.batch.Inputs;
import org.cnngrader.report.Finding;
import org.cnngrader.report.LmsExport;
import org.cnngrader.sheet.ReadingLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grade RUBRIC SUBMISSION... [-o OUT] [--threads N] [--manual CSV] [--roster CSV] [--pdf] [--fresh]
 * [--canvas-assignment "NAME (ID)"]}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades every submission (files, or one folder per team) and writes per-team reports, a"
                + " gradebook, LMS exports and a summary into OUT. Grading into a folder that holds an earlier run"
                + " merges: the teams given now replace theirs, the others are kept. Exit code 3 when some"
                + " submissions were unreadable.")
final class GradeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubric;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SUBMISSION", description = "Submission files or"
            + " folders.")
    private List<Path> submissions = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "graded",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--manual", paramLabel = "CSV", description = "TA scores: team,part,points,comment (OUT/manual-"
            + "scores.csv is a skeleton to fill in).")
    private Path manual;

    @Option(names = "--roster", paramLabel = "CSV", description = "Students: team,student_id,email,name; writes"
            + " moodle.csv and canvas.csv.")
    private Path roster;

    @Option(names = "--canvas-assignment", paramLabel = "\"NAME (ID)\"", description = "The Canvas assignment"
            + " canvas.csv grades, as Canvas's gradebook export names its column, e.g. \"Problem Set 2 (1234)\" (the"
            + " number from the assignment's address); without it Canvas creates a new assignment on import.")
    private String canvasAssignment;

    @Option(names = "--pdf", description = "Also write report.pdf for every team.")
    private boolean pdf;

    @Option(names = "--fresh", description = "Forget the run OUT holds instead of merging with it.")
    private boolean fresh;

    @SuppressWarnings("deprecation") // help = true: the limits need no rubric nor submissions.
    @Option(names = "--limits", help = true, description = "Print the limits every submission is read within, and"
            + " exit.")
    private boolean limits;

    @Option(names = "--limit", paramLabel = "NAME=VALUE", description = "Raise (or lower) one reading limit, e.g."
            + " --limit pdf-pages=200 --limit time=120s; names: time, file-size, pdf-pages, value-chars, teams-per-file"
            + " (see --limits).")
    private List<String> limitSettings = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReadingLimits reading = readingLimits();
        if (limits) {
            PrintWriter out = spec.commandLine().getOut();
            reading.describe().forEach(out::println);
            out.flush();
            return ExitCode.DONE.code();
        }
        if (output.toString().isEmpty()) {
            throw new org.cnngrader.batch.InputException("-o '': name the folder the reports go to (without -o:"
                    + " graded)");
        }
        if (canvasAssignment != null && !LmsExport.isCanvasAssignment(canvasAssignment)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--canvas-assignment: \"" + canvasAssignment
                    + "\" is not NAME (ID), e.g. \"Problem Set 2 (1234)\": the assignment's name and its number in"
                    + " Canvas");
        }
        if (canvasAssignment != null && roster == null) {
            // canvas.csv is written from the roster only: without one the option was passed over in silence.
            throw new org.cnngrader.batch.InputException("--canvas-assignment names the assignment of canvas.csv,"
                    + " which is written only with --roster CSV: add the roster");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        GradeRun.Options options;
        try {
            options = new GradeRun.Options(rubric, submissions, output, workers, Optional.ofNullable(manual),
                    Optional.ofNullable(roster), pdf, fresh ? GradeRun.Start.FRESH : GradeRun.Start.MERGE)
                    .withLimits(reading);
        } catch (IllegalArgumentException wrong) {
            throw new CommandLine.ParameterException(spec.commandLine(), wrong.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GradeRun.Summary summary;
        try (TerminalProgress progress = new TerminalProgress()) {
            summary = GradeRun.run(options, progress);
        }
        if (canvasAssignment != null) {
            // The run names the column after the rubric; Canvas needs the assignment's own name and id.
            LmsExport.nameCanvasAssignment(summary.output(), canvasAssignment);
        }
        for (Finding finding : summary.findings()) {
            err.println(finding.consoleLine());
        }
        // Refused roster rows are the exports' decision, listed in the summary too.
        List<String> refused = roster == null ? List.of() : LmsExport.refusedLines(Inputs.roster(roster));
        refused.forEach(err::println);
        err.flush();
        long unreadable = summary.unreadable();
        int graded = summary.gradedNow().size();
        out.println("Graded " + graded + (graded == 1 ? " team" : " teams") + " into " + summary.output()
                + (summary.kept() == 0 ? "" : " (" + summary.kept() + " more kept from the earlier run there)")
                + (unreadable == 0 ? "" : unreadable == 1
                        ? "; 1 submission was unreadable (see summary.html)"
                        : "; " + unreadable + " submissions were unreadable (see summary.html)")
                + (!refused.isEmpty() || summary.findings().stream().anyMatch(Finding::warning)
                        ? "; check the warnings above (also in summary.html)" : "") + ".");
        out.flush();
        return unreadable > 0 ? ExitCode.SOME_UNREADABLE.code() : ExitCode.DONE.code();
    }

    /** The limits of {@code --limit}, built and checked by {@link ReadingLimits}; a mistake is one line, exit 2. */
    private ReadingLimits readingLimits() throws org.cnngrader.batch.InputException {
        try {
            return ReadingLimits.of(limitSettings);
        } catch (IllegalArgumentException wrong) {
            throw new org.cnngrader.batch.InputException(wrong.getMessage());
        }
    }

    /** A progress bar on a terminal; nothing in a pipe or on CI. */
    private static final class TerminalProgress implements GradeRun.Progress, AutoCloseable {
        private final boolean visible = System.console() != null && System.getenv("CI") == null;
        private ProgressBar bar;

        @Override
        public synchronized void start(int steps) {
            if (visible) {
                bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax(steps)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build();
            }
        }

        @Override
        public synchronized void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
