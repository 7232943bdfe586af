package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every report format must do, whatever a student wrote. */
class ReportFormatsTest {

    private static final String ATTACK = "<script>alert('x')</script>";
    private static Rubric rubric;
    private static List<TeamResult> results;

    @BeforeAll
    static void gradeAHostileTeam(@TempDir Path folder) throws IOException {
        rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        Path sheet = folder.resolve("attack.csv");
        Files.writeString(sheet, "team,part,answer\n\"" + ATTACK.replace("\"", "\"\"") + "\",S,\"<img src=x onerror=alert(1)>\"\n"
                + "\"" + ATTACK + "\",A,\"[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1, 0.92, 1],"
                + " [0.95, 0.88, 0.99, 0.88]]\"\n"
                + "\"=HYPERLINK(\"\"http://evil\"\")\",P,\"[[0.95, 0.99], [1, 1]]\"\n");
        Grader grader = new Grader(rubric);
        results = Submissions.read(List.of(Submissions.team(sheet)), SheetSpecs.of(rubric)).stream()
                .map(answers -> grader.grade(answers, ManualScores.none())).toList();
    }

    static List<TeamReport> teamReports() {
        return Reports.team(true);
    }

    static List<CohortReport> cohortReports() {
        return Reports.cohort();
    }

    /** The cohort of {@link #results}, each team with its folder and its {@code report.json}, as {@link GradeRun} makes it. */
    private static Cohort cohort(Roster roster) {
        Map<String, String> folders = TeamFolders.assign(results.stream().map(TeamResult::team).toList());
        return new Cohort(rubric, roster, results.stream().map(result -> new Cohort.Team(result,
                folders.get(result.team()), new TeamContext(result, rubric).document())).toList());
    }

    private static byte[] render(TeamReport report) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        report.write(new TeamContext(results.get(0), rubric), output);
        return output.toByteArray();
    }

    private static String text(TeamReport report) throws IOException {
        byte[] bytes = render(report);
        if (report.fileName().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("teamReports")
    void everyTeamReportIsDeterministicAndNamesTheTeam(TeamReport report) throws IOException {
        assertThat(render(report)).isNotEmpty().isEqualTo(render(report));
        assertThat(text(report)).contains("alert");
    }

    @ParameterizedTest
    @MethodSource("teamReports")
    void studentTextNeverBecomesMarkup(TeamReport report) throws IOException {
        String text = text(report);
        if (report.fileName().endsWith(".html") || report.fileName().endsWith(".md")) {
            assertThat(text).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
        }
        if (report.fileName().endsWith(".json")) {
            assertThat(text).contains("\"team\" : \"" + ATTACK + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("cohortReports")
    void everyCohortReportIsDeterministicAndSafe(CohortReport report) throws IOException {
        Roster roster = new Roster(List.of(new Roster.Student(ATTACK, "1", "@evil", "=1+1")));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        report.write(cohort(roster), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        report.write(cohort(roster), second);
        assertThat(first.toByteArray()).isNotEmpty().isEqualTo(second.toByteArray());
        String text = first.toString(StandardCharsets.UTF_8);
        if (report.fileName().endsWith(".html")) {
            assertThat(text).doesNotContain(ATTACK).contains("&lt;script&gt;");
        }
        if (report.fileName().endsWith(".csv")) {
            for (String line : text.split("\n")) {
                for (String cell : line.split(",")) {
                    String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertThat(unquoted).as(report.fileName() + ": " + line).doesNotStartWith("=")
                            .doesNotStartWith("@").doesNotStartWith("+");
                }
            }
        }
    }

    @Test
    void resultsJsonHoldsEveryTeamsReportJsonDocument() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new ResultsReport().write(cohort(Roster.none()), output);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode document = mapper.readTree(output.toByteArray());

        assertThat(document.get("teams").asInt()).isEqualTo(results.size());
        for (int i = 0; i < results.size(); i++) {
            ByteArrayOutputStream team = new ByteArrayOutputStream();
            new JsonTeamReport().write(new TeamContext(results.get(i), rubric), team);
            assertThat(document.get("results").get(i)).isEqualTo(mapper.readTree(team.toByteArray()));
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("\n    {\n      \"team\" : ");
    }

    @Test
    void theSummarysChartsDoNotShareElementIds() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new SummaryReport().write(cohort(Roster.none()), output);
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile(" id=['\"]([^'\"]+)['\"]")
                .matcher(output.toString(StandardCharsets.UTF_8));
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void theGradebookKeepsNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new GradebookReport().write(cohort(Roster.none()), output);
        String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("team,total,max,percent,identity_kernel,");
        // Teams are sorted by name: '<' comes before '='.
        assertThat(lines[1]).startsWith("\"<script>alert('x')</script>\",5,50,10.0,");
        assertThat(lines[2]).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",2,50,4.0,");
    }

    @Test
    void reportsOpenInARealBrowserWithoutErrors(@TempDir Path folder) throws Exception {
        Path chromium = Browser.required();
        Path team = folder.resolve("report.html");
        Files.write(team, render(new HtmlTeamReport()));
        Path summary = folder.resolve("summary.html");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new SummaryReport().write(cohort(Roster.none()), output);
        Files.write(summary, output.toByteArray());
        for (Path page : List.of(team, summary)) {
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + folder.resolve("profile"), "--enable-logging=stderr",
                    "--v=0", "--dump-dom", page.toUri().toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String log = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(log).isZero();
            // The summary's own sorting script is the one script a page holds; no student text becomes one.
            assertThat(dom).contains("</html>").doesNotContain("<script>alert");
            assertThat(Stream.of(log.split("\n")).filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")))
                    .as(page.getFileName().toString()).isEmpty();
        }
    }

    /**
     * A cell of 19,000 characters that reads as no value: its feedback quoted it whole ("Your answer could not be read:
     * '1a1a…' is not a number"), as did the report's written text and the cell's snippet, in every report and the
     * summary. Now each quotes its first characters and how many there are; only report.json's {@code written}, the
     * data, holds it all.
     */
    @Test
    void anUnreadableAnswerIsQuotedByItsStartInEveryReport(@TempDir Path folder) throws IOException {
        String written = "1a".repeat(9_500);
        Path sheet = folder.resolve("long.csv");
        Files.writeString(sheet, "part,answer\nteam,Long\navg_stride,\"" + written + "\"\n");
        TeamResult result = new Grader(rubric).grade(Submissions.read(List.of(Submissions.team(sheet)),
                SheetSpecs.of(rubric)).get(0), ManualScores.none());
        assertThat(result.parts().stream().filter(part -> part.id().equals("avg_stride")).findFirst().orElseThrow()
                .feedback()).containsExactly("Your answer could not be read: '" + written.substring(0, 80)
                        + "…' (19,000 characters in all) is not a number.");
        Pattern longRun = Pattern.compile("(?:1a){100,}");
        for (TeamReport report : Reports.team(true)) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            report.write(new TeamContext(result, rubric), output);
            String text = report.fileName().endsWith(".pdf")
                    ? new PDFTextStripper().getText(Loader.loadPDF(output.toByteArray())).replaceAll("\\s", "")
                    : output.toString(StandardCharsets.UTF_8);
            assertThat(longRun.matcher(text).results().count()).as(report.fileName())
                    .isEqualTo(report.fileName().endsWith(".json") ? 1 : 0);
            assertThat(text.replaceAll("\\s", "")).as(report.fileName()).contains("19,000charactersinall");
        }
        Map<String, String> folders = TeamFolders.assign(List.of(result.team()));
        Cohort cohort = new Cohort(rubric, new Roster(List.of()), List.of(new Cohort.Team(result,
                folders.get(result.team()), new TeamContext(result, rubric).document())));
        for (CohortReport report : Reports.cohort()) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            report.write(cohort, output);
            assertThat(longRun.matcher(output.toString(StandardCharsets.UTF_8)).results().count()).as(report.fileName())
                    .isEqualTo(report.fileName().equals("results.json") ? 1 : 0);
        }
    }
}
