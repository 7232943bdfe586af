package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    /** The rubric named as a submission was graded as a team's text sheet, however it was named. */
    @Test
    void theRubricNamedAsASubmissionIsRefusedByAnyPathOrLinkToIt(@TempDir Path directory) throws IOException {
        Path rubric = Files.copy(Path.of("rubrics/e1394-ps2.yaml"), directory.resolve("r.yaml"));
        Path link = Files.createSymbolicLink(directory.resolve("link.yaml"), rubric);
        Path roundabout = directory.resolve("sub/../r.yaml");
        Files.createDirectories(directory.resolve("sub"));
        for (Path named : List.of(rubric, link, roundabout)) {
            assertThatThrownBy(() -> Inputs.notTheRubric(rubric, List.of(directory.resolve("a.csv"), named)))
                    .isInstanceOf(InputException.class)
                    .hasMessage(named + ": the rubric, not an answer sheet; the answer sheets (or their folder) come"
                            + " after the rubric");
        }
    }

    @Test
    void anotherFileAFolderOrAMissingPathIsNotTheRubric(@TempDir Path directory) throws IOException {
        Path rubric = Files.copy(Path.of("rubrics/e1394-ps2.yaml"), directory.resolve("r.yaml"));
        Path copy = Files.copy(rubric, directory.resolve("copy.yaml"));
        assertThatCode(() -> Inputs.notTheRubric(rubric, List.of(copy, directory, directory.resolve("missing"))))
                .doesNotThrowAnyException();
    }
}
