package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table with its answers as columns names each value by the header over its cell; one with them as rows does not. */
class ColumnHeadersTest {

    @Test
    void aMarkdownTableWithItsLayersAsColumnsNamesEachValue() {
        List<Document.Line> lines = lines("| conv1 | pool1 | conv3 |\n|---|---|---|\n| 96 × 55 × 55 | $96 \\times 27 \\times 27$ | — |\n");
        String row = lines.get(2).text();
        assertThat(ColumnHeaders.over(lines, 2, row.indexOf("96 ×"))).contains("conv1");
        assertThat(ColumnHeaders.over(lines, 2, row.indexOf("96 \\times"))).contains("pool1");
    }

    @Test
    void aWordTableWithItsAnswersAsColumnsNamesEachValue() {
        List<Document.Line> lines = lines("padding\tpool1\tflatten\n0\t96 feature maps of 27×27\t9,216\n");
        String row = lines.get(1).text();
        assertThat(ColumnHeaders.over(lines, 1, 0)).contains("padding");
        assertThat(ColumnHeaders.over(lines, 1, row.indexOf("9,216"))).contains("flatten");
    }

    /** A LaTeX tabular with its answers as columns, its cells apart by ampersands, as Markdown's by bars. */
    @Test
    void aLatexTabularWithItsAnswersAsColumnsNamesEachValue() {
        List<Document.Line> lines = lines("\\hline\nH1 & H2 & total \\\\ \\hline\n9.600 & $204.800$ & 397.434 \\\\\n\\hline\n");
        String row = lines.get(2).text();
        assertThat(ColumnHeaders.over(lines, 2, row.indexOf("204"))).contains("H2");
        assertThat(ColumnHeaders.over(lines, 2, row.indexOf("397"))).contains("total");
    }

    /** A row opening with its layer's name: the {@code Stride} column is the layers' strides, no answer's name. */
    @Test
    void aTableWithItsAnswersAsRowsNamesNoValueByItsHeader() {
        List<Document.Line> lines = lines("| Layer | Kernel | Stride | Padding |\n|---|---|---|---|\n| pool1 | 3×3 | 2 | 0 |\n");
        assertThat(ColumnHeaders.over(lines, 2, lines.get(2).text().indexOf("2 "))).isEmpty();
        // Nor does a row of numbers under another row of numbers, or a line that is no table's.
        List<Document.Line> numbers = lines("| 1 | 2 |\n| 3 | 4 |\nstride 2\n");
        assertThat(ColumnHeaders.over(numbers, 1, 2)).isEmpty();
        assertThat(ColumnHeaders.over(numbers, 2, 7)).isEmpty();
        // Rows of values under one header are data (a truth table), not answers named by their columns.
        List<Document.Line> truth = lines("| x1 | x2 | y |\n|---|---|---|\n| 0 | 0 | 0 |\n| 0 | 1 | 1 |\n");
        assertThat(ColumnHeaders.over(truth, 2, truth.get(2).text().lastIndexOf('0'))).isEmpty();
        assertThat(ColumnHeaders.over(truth, 3, truth.get(3).text().lastIndexOf('1'))).isEmpty();
        // A position before the row's first bar lies in no cell.
        List<Document.Line> indented = lines("| conv1 | pool1 |\n|---|---|\n  | 96 × 55 × 55 | 96 × 27 × 27 |\n");
        assertThat(ColumnHeaders.over(indented, 2, 0)).isEmpty();
    }

    private static List<Document.Line> lines(String text) {
        return TextSheetReader.document(text, "table.md").lines();
    }
}
