package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade} on the bundled sample cohort, judged against the scores its README gives. */
class GradeCommandTest {

    private static Path graded;
    private static EvalCommandTest.Run run;

    @BeforeAll
    static void gradeTheSample(@TempDir Path directory) {
        graded = directory.resolve("graded");
        run = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "submissions-sample", "-o", graded.toString());
    }

    /** The table "The scores a careful grader gives" of submissions-sample/README.md. */
    private static Map<String, Map<String, Double>> expectedScores() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("submissions-sample/README.md"), StandardCharsets.UTF_8);
        List<String> header = null;
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("| ")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(cell.strip());
            }
            if (cells.get(0).equals("team") && cells.contains("identity_kernel")) {
                header = cells;
            } else if (header != null && !cells.get(0).startsWith("---")) {
                Map<String, Double> scores = new LinkedHashMap<>();
                for (int i = 1; i < header.size(); i++) {
                    scores.put(header.get(i), Double.parseDouble(cells.get(i)));
                }
                expected.put(cells.get(0), scores);
            }
        }
        return expected;
    }

    private static Map<String, CSVRecord> gradebook(Path output) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(output.resolve("gradebook.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord record : parser) {
                rows.put(record.get("team"), record);
            }
        }
        return rows;
    }

    @Test
    void everySampleTeamGetsTheScoreTheReadmeGivesPartByPart() throws IOException {
        Map<String, Map<String, Double>> expected = expectedScores();
        Map<String, CSVRecord> gradebook = gradebook(graded);
        assertThat(expected).hasSize(10);
        assertThat(gradebook.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, Map<String, Double>> team : expected.entrySet()) {
            CSVRecord row = gradebook.get(team.getKey());
            for (Map.Entry<String, Double> part : team.getValue().entrySet()) {
                assertThat(Double.parseDouble(row.get(part.getKey())))
                        .as(team.getKey() + " " + part.getKey())
                        .isCloseTo(part.getValue(), within(1e-9));
            }
        }
        assertThat(gradebook.get("team-k").get("status")).isEqualTo("unreadable");
    }

    @Test
    void everyLinkOfTheSummaryLeadsToATeamReportThatWasWritten() throws IOException {
        Matcher link = Pattern.compile("href=\"(teams/[^\"]+/report\\.html)\"")
                .matcher(Files.readString(graded.resolve("summary.html")));
        int links = 0;
        while (link.find()) {
            links++;
            String target = link.group(1).replace("&#32;", " ").replace("%20", " ");
            assertThat(graded.resolve(target)).as(link.group(1)).isRegularFile();
        }
        assertThat(links).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theReviewListSaysWhyPerPartMostDoubtfulReadingFirst() throws IOException {
        String summary = Files.readString(graded.resolve("summary.html"));
        String review = summary.substring(summary.indexOf("Teams to review"), summary.indexOf("Unreadable submissions"));
        // Team B's shapes are unlabelled displays taken because they match: one reason for all, with each line.
        Matcher row = Pattern.compile(
                "ps2-team-b[^<]*</a></td><td><ul class=\"why\"><li><strong>([^<]*)</strong> \\(([^)]*)\\): ([^<]*)</li>")
                .matcher(review);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("conv1_shape", "pool1_shape", "flat_size");
        assertThat(row.group(2)).isEqualTo("10 pts");
        assertThat(row.group(3)).startsWith("unlabelled; taken because it matches the reference")
                .contains("conv1_shape: line 371");
        // Then what decided a grade, in words: follow-through, and an accepted variant by its feedback.
        assertThat(review).contains("credit for follow-through, an answer that follows from a wrong earlier one")
                .contains("accepted as a variant of the answer: confirm it — S: Computed as a true convolution")
                .doesNotContain("conv2d(X, K");
        // A team with a reading taken by match comes before a team whose parts are only to confirm.
        assertThat(review.indexOf("ps2-team-b")).isLessThan(review.indexOf("PS 2 J"));
    }

    @Test
    void aTeamWhoseOnlyFileHoldsNoAnswerIsToReview(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.createDirectories(cohort.resolve("blank"));
        EvalCommandTest.run("template", "rubrics/e1394-ps2.yaml", "--format", "csv", "-o",
                cohort.resolve("blank/answers.csv").toString());
        Files.createDirectories(cohort.resolve("filled"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("filled/answers.csv"));
        Path output = directory.resolve("graded");
        EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", cohort.toString(), "-o", output.toString());
        String summary = Files.readString(output.resolve("summary.html"));
        String review = summary.substring(summary.indexOf("Teams to review"), summary.indexOf("Unreadable submissions"));
        assertThat(review).contains("blank</a></td><td><ul class=\"why\"><li><strong>every part</strong>")
                .contains("no answer was found in");
    }

    @Test
    void unreadableSubmissionsGiveExitCodeThreeAndAReason() throws IOException {
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Graded 10 teams").contains("1 submission was unreadable");
        JsonNode report = new ObjectMapper().readTree(graded.resolve("teams/team-k/report.json").toFile());
        assertThat(report.get("status").asText()).isEqualTo("unreadable");
        assertThat(report.get("reason").asText()).startsWith("the PDF is damaged");
        assertThat(Files.readString(graded.resolve("summary.html"))).contains("problem-set-2.pdf");
    }

    @Test
    void theSeedTeamsFollowTheirOwnConventions() throws IOException {
        JsonNode teamB = new ObjectMapper().readTree(graded.resolve("teams/ps2-team-b/report.json").toFile());
        Map<String, String> verdicts = new LinkedHashMap<>();
        teamB.get("parts").forEach(part -> verdicts.put(part.get("id").asText(), part.get("verdict").asText()));
        assertThat(verdicts).containsEntry("S", "accepted").containsEntry("A", "accepted")
                .containsEntry("P", "follow-through");
        JsonNode teamG = new ObjectMapper().readTree(graded.resolve("teams/ps2-team-g/report.json").toFile());
        teamG.get("parts").forEach(part -> {
            if (part.get("id").asText().equals("avg_stride")) {
                assertThat(part.get("verdict").asText()).isEqualTo("incorrect");
                assertThat(part.get("given").asInt()).isEqualTo(1);
            }
        });
    }

    @Test
    void diagnosesAreNamedInTheFeedback() throws IOException {
        Map<String, String> feedback = new LinkedHashMap<>();
        for (String team : List.of("team-c", "ps2-team-h", "PS 2 J", "team-e")) {
            JsonNode report = new ObjectMapper().readTree(graded.resolve("teams/" + team + "/report.json").toFile());
            report.get("parts").forEach(part -> feedback.put(team + " " + part.get("id").asText(),
                    part.get("feedback").asText()));
        }
        assertThat(feedback.get("team-c S")).contains("not padded");
        assertThat(feedback.get("team-c conv1_shape")).contains("+1");
        assertThat(feedback.get("team-c pool1_shape")).contains("carried forward through the network");
        assertThat(feedback.get("ps2-team-h S")).contains("entry in row 2, column 1 is 4, expected 3")
                // The padded window at (1,0) is [[0, 0, 0], [0, 0, 1], [0, 1, 0.5]].
                .contains("Row 2, column 1: 0·0 + 2·0 + 0·0 + 2·0 + 1·0 + 1·1 + 0·0 + 2·1 + 0·0.5 = 3, you wrote 4.");
        assertThat(feedback.get("PS 2 J S")).contains("transposed");
        assertThat(feedback.get("team-e P")).contains("windows overlap");
        assertThat(feedback.get("team-e conv2_shape")).contains("padding of 2 was left out");
    }

    @Test
    void reRunningGivesByteIdenticalFiles(@TempDir Path directory) throws IOException {
        Path again = directory.resolve("again");
        EvalCommandTest.Run second = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "submissions-sample",
                "-o", again.toString(), "--threads", "1");
        assertThat(second.exitCode()).isEqualTo(3);
        List<Path> first = files(graded);
        assertThat(files(again).stream().map(again::relativize).toList())
                .containsExactlyElementsOf(first.stream().map(graded::relativize).toList());
        for (Path file : first) {
            assertThat(Files.readAllBytes(again.resolve(graded.relativize(file))))
                    .as(graded.relativize(file).toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void aRunThatFailsMidwayLeavesThePreviousGradebookIntact(@TempDir Path directory) throws IOException {
        Path output = directory.resolve("out");
        assertThat(EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "submissions-sample/ps2-team-b.md", "-o",
                output.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(output.resolve("gradebook.csv"));
        // A folder where a report must go makes the second run fail after some teams were written.
        Files.createDirectories(output.resolve("teams/ps2-team-g/report.md/blocked"));
        EvalCommandTest.Run failed = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "submissions-sample",
                "-o", output.toString());
        // The output cannot take a report: an environment fault, one line and exit 2.
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err().lines()).singleElement().asString().doesNotContain("internal error");
        assertThat(Files.readAllBytes(output.resolve("gradebook.csv"))).isEqualTo(before);
        try (Stream<Path> leftovers = Files.walk(output)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".part") || name.startsWith(".grading-"))).isEmpty();
        }
    }

    @Test
    void manualScoresAndRosterExports(@TempDir Path directory) throws IOException {
        Path manual = directory.resolve("manual.csv");
        Files.writeString(manual, "team,part,points,comment\nps2-team-b,discussion,3,Vanishing gradients explained\n"
                + "ps2-team-b,box_blur,9,Capped at the part's points\n");
        Path roster = directory.resolve("roster.csv");
        Files.writeString(roster, "team,student_id,email,name\nPS 2 B,245963,nadine@example.org,Nadine Daum\n"
                + "PS 2 B,245611,nicolas@example.org,=cmd|' /C calc'!A0\n"
                + "PS 2 B,=1+1,mallory@example.org,Mallory\n");
        Path output = directory.resolve("out");
        EvalCommandTest.Run result = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml",
                "submissions-sample/ps2-team-b.md", "-o", output.toString(), "--manual", manual.toString(),
                "--roster", roster.toString(), "--canvas-assignment", "Problem Set 2 (1234)");
        assertThat(result.exitCode()).isZero();
        // An identifier is written as it is, or not at all: a row whose id would start a formula is refused.
        assertThat(result.err()).contains("warning: PS 2 B: the student id '=1+1' would start a spreadsheet formula");
        assertThat(Files.readString(output.resolve("summary.html"))).contains("roster row refused");
        assertThat(gradebook(output).get("ps2-team-b").get("total")).isEqualTo("38");
        assertThat(Files.readString(output.resolve("moodle.csv"))).isEqualTo("""
                Email address,ID number,Full name,Grade,Feedback
                "nicolas@example.org","245611","'=cmd|' /C calc'!A0",38,"Team ps2-team-b (PS 2 B): 38 / 50"
                "nadine@example.org","245963","Nadine Daum",38,"Team ps2-team-b (PS 2 B): 38 / 50"
                """);
        assertThat(Files.readString(output.resolve("canvas.csv"))).isEqualTo("""
                Student,ID,SIS User ID,SIS Login ID,Section,Problem Set 2 (1234)
                Points Possible,,,,,50
                "'=cmd|' /C calc'!A0","","245611","nicolas@example.org","",38
                "Nadine Daum","","245963","nadine@example.org","",38
                """);
    }

    @Test
    void aCanvasAssignmentWithoutItsIdIsAUsageError(@TempDir Path directory) {
        EvalCommandTest.Run result = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml",
                "submissions-sample/ps2-team-b.md", "-o", directory.resolve("out").toString(), "--canvas-assignment",
                "Problem Set 2");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is not NAME (ID), e.g. \"Problem Set 2 (1234)\"");
    }

    @Test
    void unusableInputsAreUsageErrors(@TempDir Path directory) throws IOException {
        EvalCommandTest.Run missing = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "no/such/folder", "-o",
                directory.resolve("a").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/folder: no such file or folder");
        Path roster = directory.resolve("roster.csv");
        Files.writeString(roster, "team,name\nA,Ann\n");
        EvalCommandTest.Run badRoster = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml",
                "submissions-sample/ps2-team-b.md", "-o", directory.resolve("b").toString(), "--roster",
                roster.toString());
        assertThat(badRoster.exitCode()).isEqualTo(2);
        assertThat(badRoster.err()).contains("the roster needs the columns team,student_id,email,name");
        assertThat(badRoster.err()).doesNotContain("Exception");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Under {@code LC_ALL=C} (a cron job, a container) Java read {@code café} as {@code caf\uFFFD\uFFFD}: the team
     * was graded under that name, {@code équipe} and {@code èquipe} became one identity told apart by "(2)", and a
     * rerun under a UTF-8 locale added every such team again.
     */
    @Test
    void namesTheLocaleCannotReadAreRefusedNotGarbled(@TempDir Path directory) throws Exception {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("caf\u00e9.csv"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("plain.csv"));
        Path out = directory.resolve("out");
        Path errors = directory.resolve("stderr.txt");
        ProcessBuilder grade = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "grade", "rubrics/e1394-ps2.yaml",
                cohort.toString(), "-o", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile());
        grade.environment().put("LC_ALL", "C");
        grade.environment().put("LANG", "C");
        Process process = grade.start();
        process.waitFor();

        assertThat(process.exitValue()).as(Files.readString(errors)).isEqualTo(2);
        assertThat(Files.readString(errors)).contains("a file name this locale cannot read")
                .contains("LC_ALL=C.UTF-8").hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    /** {@code grade R /dev/null} graded an unreadable team "null" (exit 3), where {@code check R /dev/null} is refused. */
    @Test
    void gradingADeviceIsOneLineSayingItIsNoFileNotTeamNull(@TempDir Path directory) {
        Path out = directory.resolve("out");
        EvalCommandTest.Run device = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", "/dev/null", "-o",
                out.toString());

        assertThat(device.exitCode()).isEqualTo(2);
        assertThat(device.out()).isEmpty();
        assertThat(device.err().lines()).containsExactly("/dev/null: not a regular file (a device or a pipe); grade"
                + " reads answer sheets or folders of them");
        assertThat(out).doesNotExist();
    }
}
