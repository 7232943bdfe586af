package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code canvas.csv} and {@code moodle.csv} against the columns of Canvas's and Moodle's grade imports. */
class LmsExportTest {

    private static Rubric rubric;
    private static Cohort cohort;

    @BeforeAll
    static void cohort() throws IOException {
        rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        TeamResult red = new TeamResult("red", List.of(), "red.csv", Optional.empty(), 26.875, 50, List.of(),
                List.of());
        TeamResult blue = new TeamResult("blue", List.of(), "blue.csv", Optional.empty(), 30.0625, 50, List.of(),
                List.of());
        Roster roster = new Roster(List.of(new Roster.Student("red", "s-100", "ann@uni.edu", "Ann Lee"),
                new Roster.Student("red", "=cmd", "cmd@uni.edu", "Cmd"),
                new Roster.Student("blue", "s-200", "=cmd@uni.edu", "Bo"),
                new Roster.Student("blue", "s-201", "cy@uni.edu", "+Cy")));
        cohort = new Cohort(rubric, roster, List.of(new Cohort.Team(blue, "blue", new byte[0]),
                new Cohort.Team(red, "red", new byte[0])));
    }

    private static List<CSVRecord> records(LmsExport.System system) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new LmsExport(system).write(cohort, output);
        return CSVFormat.DEFAULT.parse(new StringReader(output.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void canvasHasItsColumnsInItsOrderAndGradesRoundedAsShown() throws IOException {
        List<CSVRecord> rows = records(LmsExport.System.CANVAS);
        assertThat(rows.get(0).toList()).containsExactly("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                rubric.title());
        assertThat(rows.get(1).toList()).containsExactly("Points Possible", "", "", "", "", "50");
        // The ids as the roster gives them (matched exactly by Canvas), the grade with two decimals as shown.
        assertThat(rows.get(2).toList()).containsExactly("'+Cy", "", "s-201", "cy@uni.edu", "", "30.06");
        assertThat(rows.get(3).toList()).containsExactly("Ann Lee", "", "s-100", "ann@uni.edu", "", "26.88");
        // Rows whose identifier would start a formula are refused, never altered.
        assertThat(rows).hasSize(4);
    }

    @Test
    void moodleHasAnIdentifierAGradeAndFeedback() throws IOException {
        List<CSVRecord> rows = records(LmsExport.System.MOODLE);
        assertThat(rows.get(0).toList()).containsExactly("Email address", "ID number", "Full name", "Grade",
                "Feedback");
        assertThat(rows.get(1).toList()).containsExactly("cy@uni.edu", "s-201", "'+Cy", "30.06",
                "Team blue: 30.06 / 50");
        assertThat(rows.get(2).toList()).containsExactly("ann@uni.edu", "s-100", "Ann Lee", "26.88",
                "Team red: 26.88 / 50");
        assertThat(rows).hasSize(3);
    }

    @Test
    void refusedRowsAreFindingsNamingTheIdentifier() {
        assertThat(LmsExport.refused(cohort.roster())).extracting(Finding::consoleLine).containsExactly(
                "warning: red: the student id '=cmd' would start a spreadsheet formula; the student is left out of"
                        + " moodle.csv and canvas.csv (an identifier is written as it is, never altered): correct the"
                        + " roster",
                "warning: blue: the e-mail '=cmd@uni.edu' would start a spreadsheet formula; the student is left out"
                        + " of moodle.csv and canvas.csv (an identifier is written as it is, never altered): correct"
                        + " the roster");
    }

    @Test
    void theCanvasAssignmentColumnCarriesItsId(@TempDir Path output) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new LmsExport(LmsExport.System.CANVAS).write(cohort, written);
        Files.write(output.resolve("canvas.csv"), written.toByteArray());
        LmsExport.nameCanvasAssignment(output, "Problem Set 2, part 1 (1234)");
        List<String> lines = Files.readAllLines(output.resolve("canvas.csv"));
        assertThat(lines.get(0)).isEqualTo("Student,ID,SIS User ID,SIS Login ID,Section,\"Problem Set 2, part 1 (1234)\"");
        assertThat(lines.subList(1, lines.size())).isEqualTo(written.toString(StandardCharsets.UTF_8).lines().skip(1)
                .toList());
        assertThatThrownBy(() -> LmsExport.nameCanvasAssignment(output, "Problem Set 2"))
                .hasMessageContaining("is not NAME (ID)");
        assertThatThrownBy(() -> LmsExport.nameCanvasAssignment(output, "=HYPERLINK(1) (12)"))
                .hasMessageContaining("is not NAME (ID)");
    }
}
