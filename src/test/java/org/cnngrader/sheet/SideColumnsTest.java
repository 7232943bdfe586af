package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class SideColumnsTest {

    private static final SheetSpec ALEXNET = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    private static final Path FIXTURES = Path.of("src/test/resources/side-columns");

    private static Map<String, Answer> answers(String file) throws Exception {
        Path path = FIXTURES.resolve(file);
        return Submissions.read(new Submissions.Submission(path, "default", file, List.of()), ALEXNET).get(0)
                .answers();
    }

    /**
     * A table giving each layer's sides in columns of their own ({@code | Height | Width | Channels |}, {@code $C$ &
     * $H$ & $W$}, a printed DataFrame's {@code C H W} over an index column), in every format a team hands it in: the
     * numbers were one matrix or a row of numbers, and every layer was missing ("not found" or "no answer of the part's
     * kind"). Each layer is read from its row by its label, its sides in the rubric's order, a wrong one wrong; so
     * too where LibreOffice breaks a header's name over two lines ({@code Channel} over {@code s}).
     */
    @Test
    void eachLayersSidesAreReadFromTheirColumns() throws Exception {
        Map<String, String> expected = Map.of("conv1_shape", "[96.0, 55.0, 55.0]", "pool1_shape", "[96.0, 27.0, 27.0]",
                "conv2_shape", "[256.0, 27.0, 27.0]", "conv4_shape", "[384.0, 12.0, 12.0]", "pool3_shape",
                "[256.0, 5.0, 5.0]");
        for (String file : List.of("markdown.md", "markdown.pdf", "markdown.docx", "markdown.libreoffice.pdf",
                "latex.tex", "latex.pdf", "dataframe.ipynb")) {
            Map<String, Answer> answers = answers(file);
            expected.forEach((part, shape) -> {
                Answer answer = answers.get(part);
                assertThat(answer).as(file + " " + part).isNotNull();
                assertThat(answer.value().orElseThrow().toString()).as(file + " " + part).isEqualTo(shape);
                assertThat(answer.foundBy()).as(file + " " + part).isEqualTo(FoundBy.LABEL);
                assertThat(answer.doubt()).as(file + " " + part).isEmpty();
                assertThat(answer.notes()).as(file + " " + part).anyMatch(note -> note.contains("columns of channels"));
            });
            assertThat(answers.get("flat_size").written()).as(file).isEqualTo("6400");
        }
    }

    /**
     * Columns that do not name all three sides, or name one twice, give no layer its shape: {@code | Layer | C | H |}
     * and {@code | Layer | W | H | W |}; nor does a row whose cell under a side holds no whole number.
     */
    @Test
    void onlyAHeaderNamingEachSideOnceGivesTheSides() {
        for (String header : List.of("| Layer | C | H |", "| Layer | W | H | W |")) {
            String table = header + "\n|---|---|---|---|\n| conv1 | 96 | 55 | 55 |\n";
            assertThat(read(table)).as(header).isEmpty();
        }
        assertThat(read("| Layer | C | H | W |\n|---|---|---|---|\n| conv1 | 96 | 55 | ? |\n")).isEmpty();
        assertThat(read("| Layer | C | H | W |\n|---|---|---|---|\n| conv1 | 96 | 55 | 54 |\n"))
                .hasValueSatisfying(sides -> assertThat(sides.values()).containsExactly(96, 55, 54));
        // Its header found past the rows above it and the rule; a blank line ends the table.
        assertThat(read("| Layer | H | W | C_out |\n|---|---|---|---|\n| input | 227 | 227 | 3 |\n"
                + "| conv1 | 55 | 55 | 96 |\n"))
                .hasValueSatisfying(sides -> assertThat(sides.values()).containsExactly(96, 55, 55));
        assertThat(read("| Layer | C | H | W |\n\n| conv1 | 96 | 55 | 55 |\n")).isEmpty();
    }

    /** The sides its last line gives, the lines before it its table's. */
    private static Optional<SideColumns.Sides> read(String table) {
        Document document = TextSheetReader.document(table, "answers.md");
        List<Document.Line> lines = new ArrayList<>(document.lines());
        while (lines.get(lines.size() - 1).text().isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return SideColumns.read(lines, lines.size() - 1, line -> false);
    }
}
