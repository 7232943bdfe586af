package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * Per-student grade imports, written when a roster is given:
 * <ul>
 *   <li>{@code moodle.csv}: {@code Email address,ID number,Full name,Grade,Feedback} (Moodle's
 *       "Import grades from CSV", mapping "Email address" to the user);
 *   <li>{@code canvas.csv}: {@code Student,ID,SIS User ID,SIS Login ID,Section,<assignment>} (Canvas's
 *       gradebook import; the student id goes to SIS User ID, the e-mail to SIS Login ID).
 * </ul>
 * Every student of a team gets the team's total; students of teams that were not graded are left out.
 */
final class LmsExport implements CohortReport {

    /** The learning management system. */
    enum System { MOODLE, CANVAS }

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
            header.printRecord("Student", "ID", "SIS User ID", "SIS Login ID", "Section", CsvCells.text(rubric.title()));
            header.printRecord("Points Possible", "", "", "", "", Values.plainNumber(rubric.points()));
        }
        for (TeamResult result : results) {
            List<Roster.Student> students = roster.of(result.team()).stream()
                    .sorted(Comparator.comparing(Roster.Student::id)).toList();
            for (Roster.Student student : students) {
                Object grade = Values.plainNumber(result.total());
                if (system == System.MOODLE) {
                    printer.printRecord(CsvCells.text(student.email()), CsvCells.text(student.id()),
                            CsvCells.text(student.name()), grade, CsvCells.text("Team " + result.label() + ": "
                                    + Display.points(result.total()) + " / " + Display.points(result.max())
                                    + (result.unreadable().isPresent() ? " (submission unreadable)" : "")));
                } else {
                    printer.printRecord(CsvCells.text(student.name()), "", CsvCells.text(student.id()),
                            CsvCells.text(student.email()), CsvCells.text(result.team()), grade);
                }
            }
        }
        printer.flush();
    }
}
