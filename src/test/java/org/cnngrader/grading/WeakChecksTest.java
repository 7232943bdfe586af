package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that wrong answers pass are found by trying random values and changes of a value the check accepts. */
class WeakChecksTest {

    private static Part part(Rubric rubric, String id) {
        return rubric.part(id).orElseThrow();
    }

    /**
     * On the ramp alone, a kernel whose entries sum to 1 and weigh the ramp's steps as the quarters do passes: the
     * warning names one, and it is indeed no averaging kernel (it does not average the windows of another input).
     */
    @Test
    void theAveragingKernelCheckedOnARampAloneIsWeak() {
        Rubric ramp = RubricLoader.load(Path.of("src/test/resources/weak-check/e1394-ps2-ramp-only.yaml"));
        String warning = WeakChecks.of(ramp, part(ramp, "avg_kernel")).orElseThrow();
        assertThat(warning).startsWith("part avg_kernel: its check holds for [[0.25, 0.25], [0.25, 0.25]] and also"
                + " for [[0, 0.5], [0.5, 0]]");
        // The first window of the digits of π, [[3, 1], [5, 9]]: the named kernel gives 0.5·1 + 0.5·5 = 3, its mean is 4.5.
        double[] window = {3, 1, 5, 9};
        double[] named = {0, 0.5, 0.5, 0};
        double convolved = 0;
        for (int index = 0; index < 4; index++) {
            convolved += window[index] * named[index];
        }
        assertThat(convolved).isEqualTo(3.0).isNotEqualTo((3 + 1 + 5 + 9) / 4.0);
    }

    @Test
    void theBundledRubricsHaveNoWeakCheck() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                Rubric rubric = RubricLoader.load(file);
                for (Part part : rubric.parts()) {
                    assertThat(WeakChecks.of(rubric, part)).as(file + " " + part.id()).isEmpty();
                }
            }
        }
    }

    @Test
    void aCheckOfTheShapeAloneIsPassedByARandomValue(@TempDir Path directory) throws IOException {
        Rubric rubric = rubric(directory, "shape(answer) == [3, 3]");
        assertThat(WeakChecks.of(rubric, part(rubric, "edges")).orElseThrow())
                .matches("part edges: its check holds for the random value \\[\\[.*\\]\\], so it cannot tell a right"
                        + " answer from a wrong one");
    }

    /** The identity kernel on a test image of distinct values: only the identity passes, however it is changed. */
    @Test
    void aCheckThatPinsItsAnswerIsNotWeak(@TempDir Path directory) throws IOException {
        Rubric rubric = rubric(directory, "conv2d(T, answer, padding=same) == T and shape(answer) == [3, 3]");
        assertThat(WeakChecks.of(rubric, part(rubric, "edges"))).isEmpty();
    }

    /** A check of another open part's answer cannot be tried alone: no warning. */
    @Test
    void aCheckNeedingAnotherOpenAnswerIsNotTried(@TempDir Path directory) throws IOException {
        Rubric rubric = rubric(directory, "shape(answer) == shape(kernel)");
        assertThat(WeakChecks.of(rubric, part(rubric, "edges"))).isEmpty();
    }

    private static Rubric rubric(Path directory, String check) throws IOException {
        Path file = directory.resolve("rubric.yaml");
        Files.writeString(file, String.join("\n", List.of(
                "title: Weak checks",
                "given:",
                "  T: [[3, 1, 4, 1, 5], [9, 2, 6, 5, 3], [5, 8, 9, 7, 9], [3, 2, 3, 8, 4], [6, 2, 6, 4, 3]]",
                "questions:",
                "  - id: \"1\"",
                "    title: Kernels",
                "    parts:",
                "      - {id: kernel, points: 1, labels: [kernel], check: \"shape(answer) == [2, 2]\"}",
                "      - {id: edges, points: 1, labels: [edges], check: \"" + check + "\"}")) + "\n");
        return RubricLoader.load(file);
    }
}
