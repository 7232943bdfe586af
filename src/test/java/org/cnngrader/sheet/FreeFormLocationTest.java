package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * Documents laid out unlike the samples: sections numbered the students' own way, found through the
 * rubric's aliases and titles; decimal commas in LaTeX; pmatrix and vmatrix; shapes in a table.
 */
class FreeFormLocationTest {

    private static final Rubric RUBRIC = RubricLoader.load("""
            given:
              X: [[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]]
              K: [[0, 2, 0], [2, 1, 1], [0, 2, 0]]
              net:
                input: [3, 227, 227]
                layers: [{conv: 96, kernel: 11, stride: 4}, {maxpool: 3, stride: 2}, flatten]
            questions:
              - id: "1.3.1"
                title: Convolution layer
                aliases: ["3a", "Convolutional layer"]
                parts:
                  - {id: S, points: 4, answer: "conv2d(X, K, padding=same)", labels: ["pre-activation", "S"]}
                  - {id: A, points: 4, answer: "sigmoid(S)", labels: ["σ(S)", "A"]}
              - id: "1.3.2"
                title: Pooling layer
                parts:
                  - {id: P, points: 2, answer: "maxpool2d(A, 2)"}
              - id: "1.5"
                title: Dimensions of CNN layers
                aliases: ["Dimensions"]
                parts:
                  - {id: conv1_shape, points: 1, answer: "output_shape(net, 1)"}
                  - {id: pool1_shape, points: 1, answer: "output_shape(net, 2)"}
                  - {id: flat_size, points: 1, answer: "output_shape(net, 3)", labels: ["flattened vector has length"]}
            """, "inline.yaml");

    private static Map<String, Answer> read(Path file) {
        AnswerSheet sheet = Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(),
                List.of()), SheetSpecs.of(RUBRIC)).get(0);
        assertThat(sheet.readable()).isTrue();
        return sheet.answers();
    }

    private static String value(Map<String, Answer> answers, String part) {
        return answers.get(part).value().orElseThrow().toString();
    }

    @Test
    void sectionsNumberedTheStudentsWayAreFoundByAliasAndTitle() {
        Map<String, Answer> answers = read(Path.of("src/test/resources/other-layouts/renumbered.tex"));
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(answers.get("S").notes()).contains("4 numbers were read with a decimal comma (e.g. '1,5' as 1.5)");
        assertThat(value(answers, "A")).startsWith("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88");
        assertThat(answers.get("A").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
        assertThat(answers.get("S").where().line()).isEqualTo(12);
    }

    @Test
    void theTeamComesFromATeamLine() {
        AnswerSheet sheet = Submissions.read(new Submissions.Submission(
                Path.of("src/test/resources/other-layouts/renumbered.tex"), "file-name", "renumbered.tex", List.of()),
                SheetSpecs.of(RUBRIC)).get(0);
        assertThat(sheet.team()).isEqualTo("Delta Force");
    }

    @Test
    void aPlainTextGridIsAMatrix() {
        Document document = TextSheetReader.document("""
                1.3.1 Convolution layer
                S =
                0   2   0   2
                3   2   5   2
                1.5 7.5 2.5 6.5
                3   2   5   2
                """, "plain.txt");
        Map<String, Answer> answers = Locator.locate(document, SheetSpecs.of(RUBRIC), List.of()).answers();
        assertThat(value(answers, "S")).startsWith("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * Two labelled matrices on consecutive lines (Word paragraphs, a notebook's {@code print(f"S = {S.tolist()}")}
     * and {@code print(f"A = …")}) were read as one computation, "S = […] = […]": S took A's matrix and A was missing.
     */
    @Test
    void aNameOnTheNextLineStartsAnotherValueNotAStepOfTheComputation() {
        Document document = TextSheetReader.document("""
                1.3.1 Convolution layer
                S = [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]
                A = [[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]
                """, "pairs.md");
        Map<String, Answer> answers = Locator.locate(document, SheetSpecs.of(RUBRIC), List.of()).answers();
        assertThat(value(answers, "S")).startsWith("[[0.0, 2.0, 0.0, 2.0]");
        assertThat(value(answers, "A")).startsWith("[[0.5, 0.88, 0.5, 0.88]");
        assertThat(answers.get("A").foundBy()).isEqualTo(FoundBy.LABEL);
    }
}
