package org.cnngrader.sheet;

/** Spreadsheet cell names: column 0 is A, 26 is AA; rows count from 1. */
public final class Cells {

    private Cells() {
    }

    /** {@code C5} for column index 2 and row index 4. */
    public static String name(int column, int row) {
        return columnName(column) + (row + 1);
    }

    /** {@code A}, {@code B}, … {@code Z}, {@code AA}, … for a 0-based column index. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int rest = column;
        do {
            name.insert(0, (char) ('A' + rest % 26));
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return name.toString();
    }
}
