package org.cnngrader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnngrader.batch.SelfCheck;
import org.cnngrader.engine.Rounding;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.grading.Verdict;
import org.cnngrader.report.TeamDocument;
import org.cnngrader.rubric.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code check RUBRIC SHEET [--reveal] [--json] [--require-full]}: a student's self-check. With
 * {@code --require-full} it is also the offline check a CI job runs on a student's repository: exit 4 when a part
 * graded automatically is short of full marks (parts a TA scores never count against it, since nobody has scored
 * them yet), so the job fails without parsing the report. An unreadable sheet keeps exit 3: the fix is another one.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "A student's self-check: what was read from one answer sheet, where, each part's verdict and"
                + " feedback. Reference values only with --reveal.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @Parameters(index = "1", paramLabel = "SHEET", description = "The answer sheet: CSV, XLSX, PDF, text, or a team"
            + " folder.")
    private Path sheetPath;

    @Option(names = "--json", description = "Print the team's report in the report.json schema.")
    private boolean json;

    @Option(names = "--reveal", description = "Show the expected values too.")
    private boolean reveal;

    @Option(names = "--require-full", description = "Exit with 4 when a part graded automatically is not full marks"
            + " (for CI and GitHub Classroom).")
    private boolean requireFull;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SelfCheck.Checked checked = SelfCheck.check(rubricFile, sheetPath);
        Rubric rubric = checked.rubric();
        PrintWriter out = spec.commandLine().getOut();
        boolean unreadable = false;
        boolean notFull = false;
        for (TeamResult result : checked.results()) {
            unreadable |= result.unreadable().isPresent();
            notFull |= !fullMarks(result);
            if (json) {
                out.println(TeamDocument.json(result, reveal));
            } else {
                // What a student's sheet says reaches the terminal without its escapes (clear screen, window title).
                StringWriter text = new StringWriter();
                print(new PrintWriter(text), result, rubric);
                out.print(org.cnngrader.sheet.Characters.printable(text.toString()));
            }
        }
        out.flush();
        if (unreadable) {
            return ExitCode.SOME_UNREADABLE.code();
        }
        return requireFull && notFull ? ExitCode.NOT_FULL_MARKS.code() : ExitCode.DONE.code();
    }

    /** Whether every part graded automatically earned all its points (a TA's parts are not scored yet). */
    static boolean fullMarks(TeamResult result) {
        for (PartResult part : result.parts()) {
            if (part.verdict() != Verdict.MANUAL && part.awarded() + 1e-9 < part.points()) {
                return false;
            }
        }
        return true;
    }

    private void print(PrintWriter out, TeamResult result, Rubric rubric) {
        out.println("Team: " + result.label() + (result.members().isEmpty() ? "" : " (" + String.join(", ",
                result.members()) + ")"));
        out.println("Read from: " + result.source());
        result.unreadable().ifPresent(reason -> out.println("UNREADABLE: " + reason));
        result.notes().forEach(note -> out.println("Note: " + note));
        out.println("Score: " + Rounding.plain(result.total()) + " / " + Rounding.plain(result.max())
                + " (parts scored by a TA count 0 here)");
        for (PartResult part : result.parts()) {
            out.println();
            out.println("[" + part.questionId() + "] " + part.id() + ": " + part.verdict().spelling() + ", "
                    + Rounding.plain(part.awarded()) + " / " + Rounding.plain(part.points()));
            part.given().ifPresent(given -> out.println("  read:     " + Values.display(given,
                    rubric.part(part.id()).orElseThrow().decimals())));
            part.where().ifPresent(where -> out.println("  from:     " + where.describe()
                    + part.foundBy().map(found -> " (found by " + found.spelling() + ")").orElse("")));
            // A reading that is a guess says so, and why, where the student looks first.
            part.foundBy().filter(found -> found.needsReview())
                    .ifPresent(found -> out.println("  check:    " + found.reason()));
            if (reveal) {
                part.expected().ifPresent(expected -> out.println("  expected: " + Values.display(expected,
                        rubric.part(part.id()).orElseThrow().decimals())));
            }
            part.feedback().forEach(line -> out.println("  " + line));
            part.notes().forEach(note -> out.println("  note: " + note));
        }
    }
}
