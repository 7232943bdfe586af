package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * Per-student grade imports, written when a roster is given, in each system's documented import layout:
 * <ul>
 *   <li>{@code moodle.csv}: {@code Email address,ID number,Full name,Grade,Feedback} (Moodle's "Import grades from
 *       CSV": one row per student, a user identifier column to map, the grade, and a feedback column);
 *   <li>{@code canvas.csv}: {@code Student,ID,SIS User ID,SIS Login ID,Section}, then the assignment column named
 *       {@code Name (id)} (Canvas's gradebook import, the layout of its gradebook export). Canvas matches a student
 *       by ID, else SIS User ID, else SIS Login ID; the roster's student id is the SIS User ID and its e-mail the SIS
 *       Login ID. ID (Canvas's own user number) is left empty: a university id there could match another user.
 *       Canvas updates an existing assignment only when the column carries its id, {@code Problem Set 2 (1234)}
 *       ({@code grade --canvas-assignment}); a column named without one makes Canvas create a new assignment.
 * </ul>
 * Every student of a team gets the team's total, rounded as the reports show it (two decimals); students of teams
 * that were not graded are left out. Identifiers are written as they are, since the system matches them exactly:
 * a roster row whose identifier would start a spreadsheet formula is refused instead ({@link #refused}), and listed
 * in the summary. Names and feedback are neutralised as every text cell is.
 */
public final class LmsExport implements CohortReport {

    /** The learning management system. */
    enum System { MOODLE, CANVAS }

    /** What starts a formula in a spreadsheet: an identifier starting so is refused, not altered. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A Canvas assignment column: its name, then its id in parentheses. */
    static final Pattern CANVAS_ASSIGNMENT = Pattern.compile("[^=+\\-@\\t\\r\\n].* \\((\\d+)\\)");

    private final System system;

    LmsExport(System system) {
        this.system = system;
    }

    @Override
    public String fileName() {
        return system == System.MOODLE ? "moodle.csv" : "canvas.csv";
    }

    @Override
    public boolean applies(Roster roster) {
        return !roster.isEmpty();
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        List<TeamResult> results = cohort.results();
        Rubric rubric = cohort.rubric();
        Roster roster = cohort.roster();
        OutputStreamWriter writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter header = CsvCells.header(writer);
        CSVPrinter printer = CsvCells.rows(writer);
        if (system == System.MOODLE) {
            header.printRecord("Email address", "ID number", "Full name", "Grade", "Feedback");
        } else {
            header.printRecord("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                    CsvCells.text(rubric.title()));
            header.printRecord("Points Possible", "", "", "", "", Display.pointsNumber(rubric.points()));
        }
        for (TeamResult result : results) {
            List<Roster.Student> students = roster.of(result.team()).stream().filter(student -> !isRefused(student))
                    .sorted(Comparator.comparing(Roster.Student::id)).toList();
            for (Roster.Student student : students) {
                Object grade = Display.pointsNumber(result.total());
                if (system == System.MOODLE) {
                    printer.printRecord(student.email(), student.id(), CsvCells.text(student.name()), grade,
                            CsvCells.text("Team " + result.label() + ": " + Display.points(result.total()) + " / "
                                    + Display.points(result.max())
                                    + (result.unreadable().isPresent() ? " (submission unreadable)" : "")));
                } else {
                    printer.printRecord(CsvCells.text(student.name()), "", student.id(), student.email(), "", grade);
                }
            }
        }
        printer.flush();
    }

    /** Whether a student's identifier (id or e-mail) would start a formula in a spreadsheet. */
    private static boolean isRefused(Roster.Student student) {
        return startsFormula(student.id()) || startsFormula(student.email());
    }

    private static boolean startsFormula(String identifier) {
        return !identifier.isEmpty() && FORMULA_STARTS.indexOf(identifier.charAt(0)) >= 0;
    }

    /** The roster rows left out of the exports because an identifier would start a formula, one finding each. */
    static List<Finding> refused(Roster roster) {
        List<Finding> refused = new ArrayList<>();
        for (Roster.Student student : roster.students()) {
            if (isRefused(student)) {
                refused.add(new Finding.RosterRowRefused(student.team(), startsFormula(student.id())
                        ? "student id" : "e-mail", startsFormula(student.id()) ? student.id() : student.email()));
            }
        }
        return refused;
    }

    /** The console lines of {@link #refused}, for the command that reads the roster. */
    public static List<String> refusedLines(Roster roster) {
        return refused(roster).stream().map(Finding::consoleLine).toList();
    }

    /**
     * Names the assignment column of {@code canvas.csv} in {@code output} ({@code Problem Set 2 (1234)}, matching
     * {@link #CANVAS_ASSIGNMENT}), so that Canvas updates that assignment; the file is rewritten atomically. Nothing
     * happens when there is no {@code canvas.csv} (no roster).
     */
    public static void nameCanvasAssignment(Path output, String assignment) throws IOException {
        if (!CANVAS_ASSIGNMENT.matcher(assignment).matches()) {
            throw new IllegalArgumentException("--canvas-assignment: \"" + assignment + "\" is not NAME (ID), e.g."
                    + " \"Problem Set 2 (1234)\", the assignment's name and its number in Canvas");
        }
        Path canvas = output.resolve("canvas.csv");
        if (!Files.isRegularFile(canvas)) {
            return;
        }
        String text = Files.readString(canvas, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        StringBuilder header = new StringBuilder();
        CsvCells.header(header).printRecord("Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment);
        String renamed = header + text.substring(end + 1);
        if (!renamed.equals(text)) {
            AtomicFiles.write(canvas, renamed);
        }
    }

    /** Whether {@code assignment} names a Canvas assignment with its id. */
    public static boolean isCanvasAssignment(String assignment) {
        return CANVAS_ASSIGNMENT.matcher(assignment).matches();
    }
}
