package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    /** Excel in a {@code ;} locale splits a cell at {@code ;}: no piece of it may start a formula. */
    @Test
    void aFormulaStartAfterAnyDelimiterIsNeutralised() {
        assertThat(CsvCells.text("x;=cmd|' /C calc'!A0;y")).isEqualTo("x;'=cmd|' /C calc'!A0;y");
        assertThat(CsvCells.text("a, +1\t@SUM(A1)")).isEqualTo("a, '+1\t'@SUM(A1)");
        assertThat(CsvCells.text("=1")).isEqualTo("'=1");
        assertThat(CsvCells.text("PS 2 B")).isEqualTo("PS 2 B");
        assertThat(CsvCells.text("a-b; c")).isEqualTo("a-b; c");
    }
}
