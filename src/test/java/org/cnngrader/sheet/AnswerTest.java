package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class AnswerTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    /**
     * A cell holding a value and a comment on it (cells-with-words/make.py: the template filled in by openpyxl, and a
     * CSV) was unreadable, "the answer could not be read", for a person to score from scratch: "2 (non-overlapping)",
     * "96 × 27 × 27, after max pooling". The value is read and the comment named for a person to confirm; a comment
     * holding a number of its own ("(was 256x13x13)") may be the answer, and leaves the cell unreadable.
     */
    @Test
    void aCellsValueIsReadBesideWordsAboutIt() throws Exception {
        Path folder = Path.of("src/test/resources/cells-with-words");
        List<Map<String, Answer>> sheets = List.of(
                new XlsxSheetReader().read(folder.resolve("answers.xlsx"), "answers.xlsx", SPEC).get(0).answers(),
                new CsvSheetReader().read(folder.resolve("answers.csv"), "answers.csv", SPEC).get(0).answers());
        for (Map<String, Answer> answers : sheets) {
            assertThat(answers.get("avg_stride").value().orElseThrow().toString()).isEqualTo("2.0");
            assertThat(answers.get("avg_stride").doubt()).hasValue("the cell also says '(non-overlapping)': read as"
                    + " its value '2'; check that it is the answer");
            assertThat(answers.get("avg_padding").value().orElseThrow().toString()).isEqualTo("0.0");
            assertThat(answers.get("avg_padding").doubt().orElseThrow()).startsWith("the cell also says 'none'");
            assertThat(answers.get("conv1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
            assertThat(answers.get("pool1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 27.0, 27.0]");
            assertThat(answers.get("pool1_shape").doubt().orElseThrow())
                    .startsWith("the cell also says 'after max pooling'");
            assertThat(answers.get("pool1_shape").written()).isEqualTo("96 × 27 × 27, after max pooling");
            assertThat(answers.get("conv2_shape").value()).isEmpty();
            assertThat(answers.get("conv2_shape").problem()).isPresent();
        }
    }

    /**
     * A yes or no before a shape or a number ("yes, 256x13x13", "No: 384 x 13 x 13") read as the yes or no, and the
     * shape part was graded incorrect with a bare "graded incorrect: confirm the feedback". For a part whose answer is
     * no yes or no it is a word about the value, which is read, named for a person to confirm; for a yes-or-no part
     * it is the answer.
     */
    @Test
    void aYesOrNoBeforeAValueIsAWordAboutIt() throws Exception {
        Path folder = Path.of("src/test/resources/cells-with-words");
        List<Map<String, Answer>> sheets = List.of(
                new XlsxSheetReader().read(folder.resolve("answers.xlsx"), "answers.xlsx", SPEC).get(0).answers(),
                new CsvSheetReader().read(folder.resolve("answers.csv"), "answers.csv", SPEC).get(0).answers());
        for (Map<String, Answer> answers : sheets) {
            assertThat(answers.get("pool2_shape").value().orElseThrow().toString()).isEqualTo("[256.0, 13.0, 13.0]");
            assertThat(answers.get("pool2_shape").doubt()).hasValue("the cell also says 'yes': read as its value"
                    + " '256x13x13'; check that it is the answer");
            assertThat(answers.get("conv3_shape").value().orElseThrow().toString()).isEqualTo("[384.0, 13.0, 13.0]");
        }
        SheetSpec.PartSpec padding = part(SPEC, "avg_padding");
        assertThat(Answer.readCell(padding, "No, 0", CELL, List.of()).value().orElseThrow().toString())
                .isEqualTo("0.0");
        assertThat(Answer.readCell(padding, "no", CELL, List.of()).value().orElseThrow())
                .isInstanceOf(SheetValue.Truth.class);
        SheetSpec.PartSpec seesEye = part(SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml"))),
                "sees_eye");
        assertThat(Answer.readCell(seesEye, "Yes, 255", CELL, List.of()).value().orElseThrow())
                .isEqualTo(new SheetValue.Truth(true));
    }

    private static final Where CELL = Where.cell("a.csv", "B2", 2, "");

    private static SheetSpec.PartSpec part(SheetSpec spec, String id) {
        return spec.parts().stream().filter(part -> part.id().equals(id)).findFirst().orElseThrow();
    }

    /** A cell that is a value alone is read as it stands, with no doubt. */
    @Test
    void aCellOfAValueAloneIsNotInDoubt() {
        Answer answer = Answer.readCell(part(SPEC, "avg_stride"), "2", CELL, List.of());
        assertThat(answer.value().orElseThrow().toString()).isEqualTo("2.0");
        assertThat(answer.doubt()).isEmpty();
    }

    /**
     * A reading put in doubt twice kept only the later reason: a count given approximately ("≈ 397k") whose label also
     * named another value showed the reviewer that other value alone, not that the count was rounded. Both are kept.
     */
    @Test
    void aReadingInDoubtForTwoReasonsKeepsBoth() {
        Answer read = Answer.read("params_total", "397k", Expectation.ANY, Where.line("a.md", 0, 4, "total ≈ 397k"),
                FoundBy.LABEL, List.of());
        assertThat(read.doubt()).hasValue("given approximately as '397k': check it against the reference");
        Answer twice = read.doubted("'total' also names 397184 (line 6), not taken: check which is the student's answer");
        assertThat(twice.doubt()).hasValue("given approximately as '397k': check it against the reference; and 'total'"
                + " also names 397184 (line 6), not taken: check which is the student's answer");
        assertThat(twice.doubted("given approximately as '397k': check it against the reference").doubt())
                .isEqualTo(twice.doubt());
    }
}
