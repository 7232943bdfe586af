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
    void anotherSheetAFolderOrAMissingPathIsNotTheRubric(@TempDir Path directory) throws IOException {
        Path rubric = Files.copy(Path.of("rubrics/e1394-ps2.yaml"), directory.resolve("r.yaml"));
        Path sheet = Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), directory.resolve("team-f.csv"));
        assertThatCode(() -> Inputs.notTheRubric(rubric, List.of(sheet, directory, directory.resolve("missing"))))
                .doesNotThrowAnyException();
    }

    /** {@code check R other.yaml} read another rubric as a text sheet and graded it 0, exit 0. */
    @Test
    void anotherRubricNamedAsASubmissionIsRefused(@TempDir Path directory) throws IOException {
        Path rubric = Files.copy(Path.of("rubrics/e1394-ps2.yaml"), directory.resolve("r.yaml"));
        for (String name : List.of("copy.yaml", "lmu.YML")) {
            Path other = Files.copy(Path.of("rubrics/lmu-ex4.yaml"), directory.resolve(name));
            assertThatThrownBy(() -> Inputs.notTheRubric(rubric, List.of(other)))
                    .isInstanceOf(InputException.class)
                    .hasMessage(other + ": a rubric (a .yaml file), not an answer sheet; one rubric comes first, then"
                            + " the answer sheets (or their folder)");
        }
    }
}
