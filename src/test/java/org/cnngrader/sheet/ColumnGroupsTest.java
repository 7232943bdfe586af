package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class ColumnGroupsTest {

    private static final SheetSpec LMU = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));

    private static final Path FIXTURES = Path.of("src/test/resources/side-by-side-matrices");

    /**
     * Three results set side by side in one table, each named once over its three columns ({@code | Y1 | | | Y2 | | |
     * Y3 | | |}, LaTeX's {@code \multicolumn{3}{c|}{$Y_1$}}), in every format a team hands it in: Y1 took the whole
     * 3 × 9 table (graded incorrect) and Y2 and Y3 were missing, unflagged, graded 0. Each is read from its own
     * columns by its name, the wrong entry of Y3 wrong.
     */
    @Test
    void eachMatrixIsReadFromTheColumnsItsNameHeads() throws Exception {
        Map<String, String> expected = Map.of("Y1", "[[11, 0, -11], [10, 0, -10], [11, 0, -11]]",
                "Y2", "[[-9, -10, -9], [0, 0, 0], [9, 10, 9]]", "Y3", "[[-1, 9, -1], [-6, -2, -6], [-1, 9, -2]]");
        for (String file : List.of("markdown.md", "markdown.pdf", "markdown.docx", "latex.tex", "latex.pdf")) {
            Path path = FIXTURES.resolve(file);
            Map<String, Answer> answers = Submissions.read(new Submissions.Submission(path, "default", file,
                    List.of()), LMU).get(0).answers();
            expected.forEach((part, matrix) -> {
                Answer answer = answers.get(part);
                assertThat(answer).as(file + " " + part).isNotNull();
                assertThat(answer.written().replace(".0", "")).as(file + " " + part).isEqualTo(matrix);
                assertThat(answer.foundBy()).as(file + " " + part).isEqualTo(FoundBy.LABEL);
                assertThat(answer.doubt()).as(file + " " + part).isEmpty();
            });
        }
    }

    /**
     * A header naming every column, naming groups of one column or not over the first, names no matrices side by side:
     * its rows stay one matrix.
     */
    @Test
    void aHeaderNamingEveryColumnOrNumberingThemKeepsOneMatrix() {
        for (String header : List.of("| a | b | c | d |", "| Y1 | Y2 | | |", "| | Y1 | | Y2 |")) {
            assertThat(written(header, "|---|---|---|---|", "| 1 | 2 | 3 | 4 |", "| 5 | 6 | 7 | 8 |"))
                    .as(header).contains("[[1, 2, 3, 4], [5, 6, 7, 8]]").doesNotContain("[[1, 2], [5, 6]]");
        }
        assertThat(written("| Y1 | | Y2 | |", "|---|---|---|---|", "| 1 | 2 | 3 | 4 |", "| 5 | 6 | 7 | 8 |"))
                .containsExactly("[[1, 2], [5, 6]]", "[[3, 4], [7, 8]]");
        // LaTeX's names over equal shares of the columns, their \multicolumn blanked; a share of one column is none.
        assertThat(written("\\multicolumn{2}{c}{$A$} & \\multicolumn{2}{c}{$B$} \\\\ \\hline", "1 & 2 & 3 & 4 \\\\",
                "5 & 6 & 7 & 8 \\\\")).contains("[[1, 2], [5, 6]]", "[[3, 4], [7, 8]]")
                .doesNotContain("[[1, 2, 3, 4], [5, 6, 7, 8]]");
        assertThat(written("$A$ & $B$ & $C$ \\\\", "1 & 2 & 3 & 4 \\\\", "5 & 6 & 7 & 8 \\\\"))
                .contains("[[1, 2, 3, 4], [5, 6, 7, 8]]").doesNotContain("[[1, 2], [5, 6]]");
    }

    private static List<String> written(String... lines) {
        return Candidates.of(TextSheetReader.document(String.join("\n", lines), "answers.tex")).stream()
                .map(Candidate::written).toList();
    }
}
