package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed teams' solutions, as text and typeset to PDF by pdflatex, read through {@code check --json}. */
class CheckCommandTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";
    private static final String SEEDS = "src/test/resources/seed-solutions/";

    private static JsonNode check(String sheet, String... more) throws IOException {
        String[] args = new String[3 + more.length];
        args[0] = "check";
        args[1] = RUBRIC;
        args[2] = sheet;
        System.arraycopy(more, 0, args, 3, more.length);
        String[] withJson = Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        EvalCommandTest.Run run = EvalCommandTest.run(withJson);
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static Map<String, String> given(JsonNode report) {
        Map<String, String> given = new LinkedHashMap<>();
        report.get("parts").forEach(part -> given.put(part.get("id").asText(), part.get("given").toString()));
        return given;
    }

    @ParameterizedTest
    @ValueSource(strings = {"team-b.md", "team-b.pdf"})
    void teamBsTrueConvolutionIsReadAsTheyMeantIt(String file) throws IOException {
        JsonNode report = check(SEEDS + file);
        assertThat(report.get("name").asText()).isEqualTo("PS 2 B");
        assertThat(report.get("status").asText()).isEqualTo("ok");
        Map<String, String> given = given(report);
        assertThat(given.get("identity_kernel")).isEqualTo("[[0,0,0],[0,1,0],[0,0,0]]");
        assertThat(given.get("S")).isEqualTo("[[0,2,0,2],[4,2,5,2],[2,7.5,2.5,5.5],[4,2,5,2]]");
        assertThat(given.get("A")).isEqualTo("[[0.5,0.88,0.5,0.88],[0.98,0.88,0.99,0.88],[0.88,1,0.92,1],"
                + "[0.98,0.88,0.99,0.88]]");
        assertThat(given.get("P")).isEqualTo("[[0.98,0.99],[1,1]]");
        assertThat(given.get("avg_kernel")).isEqualTo("[[0.25,0.25],[0.25,0.25]]");
        assertThat(given.get("avg_stride")).isEqualTo("2");
        assertThat(given.get("conv1_shape")).isEqualTo("[96,55,55]");
        assertThat(given.get("pool3_shape")).isEqualTo("[256,6,6]");
        assertThat(given.get("flat_size")).isEqualTo("9216");
    }

    @ParameterizedTest
    @ValueSource(strings = {"team-g.md", "team-g.pdf"})
    void teamGsCrossCorrelationAndTableOfShapesAreRead(String file) throws IOException {
        JsonNode report = check(SEEDS + file);
        assertThat(report.get("name").asText()).isEqualTo("PS 2 G");
        Map<String, String> given = given(report);
        assertThat(given.get("S")).isEqualTo("[[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]");
        assertThat(given.get("A")).isEqualTo("[[0.5,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],"
                + "[0.95,0.88,0.99,0.88]]");
        assertThat(given.get("P")).isEqualTo("[[0.95,0.99],[1,1]]");
        assertThat(given.get("avg_kernel")).isEqualTo("[[0.25,0.25],[0.25,0.25]]");
        assertThat(given.get("avg_stride")).isEqualTo("1");
        assertThat(given.get("conv1_shape")).isEqualTo("[96,55,55]");
        assertThat(given.get("conv4_shape")).isEqualTo("[384,13,13]");
        assertThat(given.get("pool3_shape")).isEqualTo("[256,6,6]");
        assertThat(given.get("flat_size")).isEqualTo("9216");
    }

    @Test
    void theSchemaHasWhereAndHowEachAnswerWasFound() throws IOException {
        JsonNode report = check(SEEDS + "team-g.pdf");
        assertThat(report.get("source").asText()).isEqualTo("team-g.pdf");
        JsonNode s = report.get("parts").get(5);
        assertThat(s.get("id").asText()).isEqualTo("S");
        assertThat(s.get("found_by").asText()).isEqualTo("label");
        assertThat(s.get("where").get("page").asInt()).isEqualTo(3);
        assertThat(s.get("where").get("line").asInt()).isPositive();
        assertThat(s.get("verdict").asText()).isEqualTo("correct");
        assertThat(s.get("expected").isNull()).isTrue();
    }

    /**
     * {@code check R repository}, a student's repository for the whole course, read PS1's {@code ps1/report.pdf},
     * first by its format, for Problem Set 2. The sheet numbering the rubric's assignment is read.
     */
    @Test
    void aCourseRepositoryIsCheckedFromTheRubricsAssignment(@TempDir Path directory) throws IOException {
        Path repository = directory.resolve("repository");
        Files.copy(Path.of(SEEDS + "team-g.pdf"), Files.createDirectories(repository.resolve("ps1"))
                .resolve("report.pdf"));
        Files.copy(Path.of(SEEDS + "team-b.md"), Files.createDirectories(repository.resolve("ps2"))
                .resolve("report.md"));

        JsonNode report = check(repository.toString());

        assertThat(report.get("source").asText()).isEqualTo("repository/ps2/report.md");
    }

    @Test
    void revealShowsTheReferences() throws IOException {
        JsonNode report = check(SEEDS + "team-g.md", "--reveal");
        assertThat(report.get("parts").get(5).get("expected").toString()).startsWith("[[0,2,0,2],[3,2,5,2]");
    }

    @Test
    void theTextFormShowsWhatToFix() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "submissions-sample/ps2-team-h.xlsx");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Team: ps2-team-h (PS 2 H) (Frances Allen, John Backus)")
                .containsPattern("cell C\\d+ is formatted as a date")
                .contains("holds the formula =1+1")
                .doesNotContain("expected:");
    }

    @Test
    void anUnreadableSheetExitsWithThree() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "submissions-sample/team-k");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("UNREADABLE: the PDF is damaged");
    }

    @Test
    void aScanIsUnreadableOnceNotOncePerPart() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, "src/test/resources/pdf-layouts/scan.pdf");
        assertThat(run.out()).contains("no text layer (a scan?)");
        assertThat(run.out().split("a scan\\?", -1)).hasSize(2);
    }

    @Test
    void aReadingThatIsAGuessSaysWhyInTheConsole() {
        // Team B's shapes are unlabelled displays, taken because they match.
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, SEEDS + "team-b.md");
        String conv1 = run.out().substring(run.out().indexOf("conv1_shape"));
        assertThat(conv1.substring(0, conv1.indexOf("\n\n"))).contains("(found by match)")
                .contains("check:    unlabelled; taken because it matches the reference");
    }

    /** {@code check R /dev/null} printed "Team: null" (the device's name) and "Read from: null", as a bug would. */
    @Test
    void checkingADeviceIsOneLineSayingItIsNoFileNotTeamNull() {
        EvalCommandTest.Run run = EvalCommandTest.run("check", "rubrics/e1394-ps2.yaml", "/dev/null");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("/dev/null: not a regular file (a device or a pipe); check reads"
                + " an answer sheet or a team's folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sheet.md", "sheet.csv"})
    void aShapeWrittenChannelsLastIsNamedInItsFeedback(String file) throws IOException {
        // pool1 is 96 × 27 × 27 in PyTorch's order; both sheets write 27 × 27 × 96 (the CSV as 27x27x96).
        JsonNode report = check("src/test/resources/channels-last/" + file);
        JsonNode pool1 = part(report, "pool1_shape");
        assertThat(pool1.get("given").toString()).isEqualTo("[27,27,96]");
        assertThat(pool1.get("verdict").asText()).isEqualTo("incorrect");
        assertThat(pool1.get("feedback").toString()).contains("This matches the result when the shape is written"
                + " channels last (H × W × C): PyTorch orders a feature map C × H × W, after the batch N if there is one.");
        assertThat(pool1.get("review").asBoolean()).isTrue();
        // The Markdown table writes every layer so: each gets the same diagnosis, none a bare "Incorrect.".
        if (file.endsWith(".md")) {
            for (String layer : List.of("conv1_shape", "conv2_shape", "pool2_shape", "conv3_shape", "conv4_shape",
                    "conv5_shape", "pool3_shape")) {
                assertThat(part(report, layer).get("feedback").toString()).as(layer).contains("channels last");
            }
        } else {
            assertThat(part(report, "conv1_shape").get("verdict").asText()).isEqualTo("correct");
            assertThat(part(report, "conv2_shape").get("verdict").asText()).isEqualTo("correct");
        }
        assertThat(part(report, "flat_size").get("verdict").asText()).isEqualTo("correct");
    }

    private static JsonNode part(JsonNode report, String id) {
        for (JsonNode part : report.get("parts")) {
            if (part.get("id").asText().equals(id)) {
                return part;
            }
        }
        throw new AssertionError("no part " + id);
    }
}
