package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled backpropagation rubric is a rubric like any other: validate and key accept it, and
 * its sample cohort gets the scores, slips and follow-through its README describes.
 */
class BackpropRubricTest {

    @Test
    void validateAndKeyAcceptIt() throws IOException {
        EvalCommandTest.Run validate = EvalCommandTest.run("validate", "rubrics/backprop.yaml");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).isEqualTo("rubrics/backprop.yaml: valid. \"Backpropagation in convolutional"
                + " networks — problem set\": 3 questions, 13 parts (13 computed by the engine), 30 points.\n");
        EvalCommandTest.Run key = EvalCommandTest.run("key", "rubrics/backprop.yaml", "--format", "json");
        assertThat(key.exitCode()).isZero();
        Map<String, String> answers = new LinkedHashMap<>();
        new ObjectMapper().readTree(key.out()).get("parts").forEach(part -> answers.put(part.get("id").asText(),
                part.get("answer").toString()));
        // Worked by hand: dK = X ⋆ G, db = ΣG, dX = G (fully padded) ⋆ rot180(K), dA by first maxima.
        assertThat(answers.get("dK")).isEqualTo("[[5,8],[1,2]]");
        assertThat(answers.get("db")).isEqualTo("4");
        assertThat(answers.get("dX")).isEqualTo("[[1,-1,-1,1],[2,2,-4,0],[1,3,1,-1],[2,0,2,0]]");
        assertThat(answers.get("dP")).isEqualTo("[[0.5,1],[0.5,0.5]]");
        assertThat(answers.get("dA")).isEqualTo("[[0,0.5,1,0],[0,0,0,0],[0,0,0.5,0],[0.5,0,0,0]]");
    }

    @Test
    void theSampleCohortIsGradedAsItsReadmeSays(@TempDir Path directory) throws IOException {
        Path graded = directory.resolve("graded");
        EvalCommandTest.Run run = EvalCommandTest.run("grade", "rubrics/backprop.yaml", "submissions-sample-backprop",
                "-o", graded.toString());
        assertThat(run.exitCode()).isZero();
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String team : new String[] {"team-a", "team-b", "team-c", "team-d", "team-e", "team-f"}) {
            totals.put(team, report(graded, team).get("total").asDouble());
        }
        assertThat(totals).containsExactly(Map.entry("team-a", 25.0), Map.entry("team-b", 28.0), Map.entry("team-c", 29.0),
                Map.entry("team-d", 26.0), Map.entry("team-e", 30.0), Map.entry("team-f", 29.0));
        assertThat(report(graded, "team-e").get("source").asText()).isEqualTo("team-e/answers.docx");
        assertThat(report(graded, "team-f").get("source").asText()).isEqualTo("team-f/answers.ipynb");
        assertThat(part(graded, "team-f", "dA").get("feedback").asText())
                .contains("sent to every maximum of the window");
        assertThat(part(graded, "team-a", "dX").get("feedback").asText())
                .contains("the kernel was not rotated by 180° when the gradient was passed back to the input");
        assertThat(part(graded, "team-a", "dz").get("feedback").asText())
                .contains("the one-hot target was not subtracted");
        assertThat(part(graded, "team-a", "dW").get("verdict").asText()).isEqualTo("follow-through");
        assertThat(part(graded, "team-b", "dP").get("feedback").asText())
                .contains("the 1/N of the mean loss was left out of the gradient");
        JsonNode carried = part(graded, "team-b", "dA");
        assertThat(carried.get("verdict").asText()).isEqualTo("follow-through");
        assertThat(carried.get("awarded").asDouble()).isEqualTo(4);
        assertThat(part(graded, "team-c", "dA").get("feedback").asText())
                .contains("sent to every maximum of the window");
        assertThat(part(graded, "team-d", "dK").get("feedback").asText()).contains("entry in row 2, column 2 is 3, expected 2");
    }

    private static JsonNode report(Path graded, String team) throws IOException {
        return new ObjectMapper().readTree(graded.resolve("teams/" + team + "/report.json").toFile());
    }

    private static JsonNode part(Path graded, String team, String id) throws IOException {
        for (JsonNode part : report(graded, team).get("parts")) {
            if (part.get("id").asText().equals(id)) {
                return part;
            }
        }
        throw new AssertionError("no part " + id);
    }
}
