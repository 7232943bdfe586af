package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RubricCommandsTest {

    private static EvalCommandTest.Run run(String... args) {
        return EvalCommandTest.run(args);
    }

    @Test
    void validateSummarisesAGoodRubric() {
        EvalCommandTest.Run run = run("validate", "rubrics/e1394-ps2.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rubrics/e1394-ps2.yaml: valid. \"Deep Learning E1394 — Problem Set 2, part 1\":"
                + " 7 questions, 21 parts (13 computed by the engine), 50 points.\n");
    }

    @Test
    void validateListsEveryProblemAndExitsTwo() {
        EvalCommandTest.Run run = run("validate", "src/test/resources/invalid-rubric/rubric.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(12)
                .allMatch(line -> line.startsWith("src/test/resources/invalid-rubric/rubric.yaml:"));
    }

    @Test
    void jsonKeyFollowsTheDesignSchema() throws IOException {
        EvalCommandTest.Run run = run("key", "rubrics/e1394-ps2.yaml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode key = new ObjectMapper().readTree(run.out());
        assertThat(key.get("title").asText()).isEqualTo("Deep Learning E1394 — Problem Set 2, part 1");
        JsonNode s = key.get("parts").get(5);
        assertThat(s.get("id").asText()).isEqualTo("S");
        assertThat(s.get("question").asText()).isEqualTo("1.3.1");
        assertThat(s.get("points").asInt()).isEqualTo(5);
        assertThat(s.get("answer").toString()).isEqualTo("[[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]");
        assertThat(key.get("parts").get(6).get("answer").get(0).get(1).asDouble()).isEqualTo(0.8807970779778823);
        assertThat(key.get("parts").get(6).get("display").asText()).startsWith("[[0.50, 0.88, 0.50, 0.88]");
    }

    @Test
    void markdownKeyShowsMatricesAsTables() {
        EvalCommandTest.Run run = run("key", "rubrics/week12-ch9.yaml");
        assertThat(run.out()).contains("## 3 Convolution, detector and pooling stage (10 points)")
                .contains("| **1** | 23 | 8 | -8 | -23 |")
                .contains("`output_shape(gonzalez, -1)` = [93750]");
    }

    @Test
    @Timeout(20)
    void hostileRubricsAreRefusedWithoutAStackTrace(@TempDir Path directory) throws IOException {
        Path billionLaughs = directory.resolve("laughs.yaml");
        StringBuilder laughs = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int level = 1; level < 10; level++) {
            laughs.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                laughs.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            laughs.append("]\n");
        }
        Files.writeString(billionLaughs, laughs);
        Path huge = directory.resolve("huge.yaml");
        Files.writeString(huge, "title: huge\n# " + "x".repeat(50 * 1024 * 1024) + "\n");
        Path deep = directory.resolve("deep.yaml");
        Files.writeString(deep, "given:\n  X: " + "[".repeat(100_000) + "\n");
        for (Path hostile : new Path[] {billionLaughs, huge, deep,
            Path.of("src/test/resources/hostile-yaml/java-tag.yaml"),
            Path.of("src/test/resources/hostile-yaml/duplicate-key.yaml"),
            Path.of("src/test/resources/hostile-yaml/cycle.yaml")}) {
            for (String command : new String[] {"validate", "key"}) {
                EvalCommandTest.Run run = run(command, hostile.toString());
                assertThat(run.exitCode()).as(command + " " + hostile).isEqualTo(2);
                assertThat(run.err()).as(command + " " + hostile).startsWith(hostile.toString() + ":")
                        .doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(run.out()).isEmpty();
            }
        }
    }

    /** validate names the nearest key or name, and one syntax error does not make others. */
    @Test
    void validateSuggestsTheNearestKeyAndNameWithoutFollowOnErrors(@TempDir Path directory) throws IOException {
        Path rubric = Files.writeString(directory.resolve("typos.yaml"), """
                title: typos
                pratial: entries
                given:
                  X: [[1, 2], [3, 4]]
                questions:
                  - id: "1"
                    parts:
                      - {id: S, points: 2, answer: "X + 1"}
                      - {id: A, points: 2, answer: "SS * 2"}
                      - {id: B, points: 2, answer: "S * (2"}
                      - {id: C, points: 2, answer: "B + 1"}
                """);
        EvalCommandTest.Run run = EvalCommandTest.run("validate", rubric.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(3);
        assertThat(run.err()).contains("unknown key 'pratial' in a rubric (did you mean 'partial'?)",
                "unknown name 'SS' (did you mean 'S'?)").doesNotContain("'C'");
    }

    /** validate on a folder checks every rubric in it. */
    @Test
    void validateChecksEveryRubricOfAFolder(@TempDir Path directory) throws IOException {
        Files.copy(Path.of("rubrics/lmu-ex4.yaml"), directory.resolve("lmu-ex4.yaml"));
        Files.writeString(directory.resolve("broken.yml"), "title: broken\nquestions: 3\n");
        EvalCommandTest.Run run = EvalCommandTest.run("validate", directory.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("lmu-ex4.yaml: valid.");
        assertThat(run.err()).contains("broken.yml:2:");
        assertThat(EvalCommandTest.run("validate", "rubrics").exitCode()).isZero();
    }

    /** validate warns (exit 0) about a part nothing in a free-form document can find, and a formula's unused symbol. */
    @Test
    void validateWarnsAboutUnlocatablePartsAndUnusedSymbols(@TempDir Path directory) throws IOException {
        Path rubric = directory.resolve("rubric.yaml");
        Files.writeString(rubric, """
                questions:
                  - id: "1"
                    title: Weights
                    parts:
                      - {id: weights, text: The weights}
                      - {id: w2, text: The second weights}
                      - {id: params, points: 1, formula: "N*K*K*C", symbols: [N, K, C, M]}
                      - {id: works, points: 1, check: "sum(weights) == 1"}
                """);
        EvalCommandTest.Run run = EvalCommandTest.run("validate", rubric.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly(
                rubric + ": warning: part weights: no label, no reference and no kind of value: in a PDF, Word,"
                        + " notebook or text file nothing can find its answer; give it labels: [the name students"
                        + " write before it]",
                rubric + ": warning: part params: the symbol M is not in its formula N*K*K*C: a student's formula"
                        + " with it can never be right");
    }

    /** validate warns (exit 0) about the averaging-kernel check of E1394 1.4 as first written, on a ramp alone. */
    @Test
    void validateWarnsAboutACheckThatWrongAnswersPass() {
        String rubric = "src/test/resources/weak-check/e1394-ps2-ramp-only.yaml";
        EvalCommandTest.Run run = EvalCommandTest.run("validate", rubric);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("e1394-ps2-ramp-only.yaml: valid.");
        assertThat(run.err().lines()).containsExactly(rubric + ": warning: part avg_kernel: its check holds for"
                + " [[0.25, 0.25], [0.25, 0.25]] and also for [[0, 0.5], [0.5, 0]]; if only one of them is right the"
                + " check is weak (test the answer on an input that tells them apart, one whose windows are"
                + " independent)");
    }
}
