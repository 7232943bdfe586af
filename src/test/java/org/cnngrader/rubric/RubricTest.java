package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricTest {

    private static final Path RUBRIC = Path.of("rubrics/e1394-ps2.yaml");

    @Test
    void itsPartsAreItsQuestionsPartsInOrderAndFoundById() throws Exception {
        Rubric rubric = RubricLoader.load(RUBRIC);
        List<Part> questionsParts = new ArrayList<>();
        rubric.questions().forEach(question -> questionsParts.addAll(question.parts()));
        assertThat(rubric.parts()).containsExactlyElementsOf(questionsParts).hasSizeGreaterThan(1);
        for (Part part : rubric.parts()) {
            assertThat(rubric.part(part.id())).containsSame(part);
        }
        assertThat(rubric.part("no_such_part")).isEmpty();
    }

    @Test
    void partsThatAreNotItsQuestionsPartsAreRefused() throws Exception {
        Rubric rubric = RubricLoader.load(RUBRIC);
        List<Part> reversed = new ArrayList<>(rubric.parts());
        Collections.reverse(reversed);
        assertThatThrownBy(() -> new Rubric(rubric.title(), rubric.source(), rubric.fingerprint(),
                rubric.decimals(), rubric.tolerance(), rubric.partial(), rubric.given(), rubric.questions(), rubric.key(), reversed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("questions' parts");
        assertThatThrownBy(() -> new Rubric(rubric.title(), rubric.source(), rubric.fingerprint(),
                rubric.decimals(), rubric.tolerance(), rubric.partial(), rubric.given(), rubric.questions(), rubric.key(), reversed.subList(1, reversed.size())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
