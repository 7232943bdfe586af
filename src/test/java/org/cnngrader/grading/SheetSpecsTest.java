package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnngrader.engine.Tensor;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.SheetValue;
import org.junit.jupiter.api.Test;

class SheetSpecsTest {

    private static final Rubric RUBRIC = RubricLoader.load("""
            given:
              R: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
            questions:
              - id: "1"
                parts:
                  - {id: kernel, points: 2, check: "conv2d(R, answer, stride=2) == avgpool2d(R, 2)"}
                  - {id: stride, points: 1, check: "conv2d(R, kernel, stride=answer) == avgpool2d(R, 2)"}
            """, "inline.yaml");

    private static SheetSpec.PartSpec part(String id) {
        return SheetSpecs.of(RUBRIC).part(id).orElseThrow();
    }

    @Test
    void aCheckOnGivensAloneTellsTheLocatorWhichCandidatesPass() {
        SheetValue average = new SheetValue.Numbers(Tensor.matrix(new double[][] {{0.25, 0.25}, {0.25, 0.25}}));
        SheetValue sum = new SheetValue.Numbers(Tensor.matrix(new double[][] {{1, 1}, {1, 1}}));

        assertThat(part("kernel").accepts()).hasValueSatisfying(accepts -> {
            assertThat(accepts.test(average)).isTrue();
            assertThat(accepts.test(sum)).isFalse();
        });
    }

    @Test
    void aCheckNamingAnotherOpenAnswerIsNotTriedOnEveryCandidate() {
        // It has no reference for "kernel": each try could only fail (and did, once per candidate of every sheet).
        assertThat(part("stride").accepts()).isEmpty();
    }
}
