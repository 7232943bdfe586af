package org.cnngrader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.sheet.Answer;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Assignment;
import org.cnngrader.sheet.ReadingLimits;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;

/**
 * A student's self-check ({@code check}): one submission graded as {@code grade} would grade it, under the identity
 * {@link Discovery} gives it. A sheet in which nothing answers any part of the rubric is refused: it is the sheet
 * of another assignment, or the rubric of another, and 0 points with a note per part would say so less clearly.
 */
public final class SelfCheck {

    private SelfCheck() {
    }

    /** The rubric and the results of the submission's teams (one, unless a sheet of several teams is checked). */
    public record Checked(Rubric rubric, List<TeamResult> results) {
        public Checked {
            results = List.copyOf(results);
        }
    }

    /**
     * Checks one submission.
     *
     * @throws InputException when a path is missing, the arguments are swapped, the rubric is named as the sheet, or
     *     the sheet answers nothing the rubric asks
     * @throws org.cnngrader.rubric.RubricException when the rubric is invalid
     */
    public static Checked check(Path rubricFile, Path sheet) throws IOException {
        Inputs.notTheRubric(rubricFile, List.of(sheet));
        Rubric rubric = Inputs.rubric(rubricFile);
        Discovery.fileOrFolder(sheet, "check reads an answer sheet or a team's folder");
        return check(rubric, rubricFile.toString(), sheet);
    }

    /**
     * Checks one submission against a rubric loaded once: the self-check server holds its rubrics for every upload.
     *
     * @param rubricName how the refusal of a sheet of another assignment names the rubric
     * @throws InputException when the path is missing or the sheet answers nothing the rubric asks
     */
    public static Checked check(Rubric rubric, String rubricName, Path sheet) throws IOException {
        return check(rubric, rubricName, sheet, ReadingLimits.DEFAULT);
    }

    /**
     * {@link #check(Rubric, String, Path)} with the sheet read within {@code limits}: the self-check server's time per
     * check bounds the reading's own watchdog too.
     */
    public static Checked check(Rubric rubric, String rubricName, Path sheet, ReadingLimits limits) throws IOException {
        HandedIn handedIn = Discovery.one(sheet, Assignment.titled(rubric.title()));
        SheetSpec spec = SheetSpecs.of(rubric);
        List<AnswerSheet> sheets = Submissions.read(handedIn.submission(), spec, limits);
        if (sheets.stream().allMatch(read -> read.readable() && nothingAnswered(read, spec))) {
            throw new InputException(sheet + ": no answer to any of the " + spec.parts().size() + " parts of "
                    + rubricName + " (\"" + rubric.title() + "\") was found; is it the sheet of another assignment?");
        }
        Grader grader = new Grader(rubric);
        List<TeamResult> results = new ArrayList<>();
        for (AnswerSheet read : sheets) {
            String identity = sheets.size() > 1 ? read.team() : handedIn.team();
            results.add(grader.grade(read.withTeam(identity), ManualScores.none()).identified(identity, read.team()));
        }
        return new Checked(rubric, results);
    }

    /** Whether a sheet that was read holds nothing written for any part. */
    private static boolean nothingAnswered(AnswerSheet sheet, SheetSpec spec) {
        for (SheetSpec.PartSpec part : spec.parts()) {
            Answer answer = sheet.answers().get(part.id());
            if (answer != null && answer.given()) {
                return false;
            }
        }
        return true;
    }
}
