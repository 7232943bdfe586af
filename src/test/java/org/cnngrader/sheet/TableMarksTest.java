package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The marks that part a table's cells and rows in a document's text. */
class TableMarksTest {

    @Test
    void barsTabsAndAmpersandsPartCells() {
        assertThat(TableMarks.markedCells("| conv1 | 96 × 55 × 55 |")).containsExactly("conv1", "96 × 55 × 55");
        assertThat(TableMarks.markedCells("conv1\t96\t55")).containsExactly("conv1", "96", "55");
        assertThat(TableMarks.markedCells("conv1 & 96 & 55 \\\\ \\hline")).containsExactly("conv1", "96", "55");
        assertThat(TableMarks.markedCells("conv1: 96 × 55 × 55")).isEmpty();
    }

    @Test
    void aCellEdgeIsATabOrABarAndARuleIsMarksAlone() {
        assertThat(TableMarks.cellEdge(" | ")).isTrue();
        assertThat(TableMarks.cellEdge("\t")).isTrue();
        assertThat(TableMarks.cellEdge(" + ")).isFalse();
        assertThat(TableMarks.TABLE_RULE.matcher("|---|:--:|").matches()).isTrue();
        assertThat(TableMarks.TABLE_RULE.matcher("\\midrule").matches()).isTrue();
        assertThat(TableMarks.TABLE_RULE.matcher("| conv1 | 96 |").matches()).isFalse();
    }
}
