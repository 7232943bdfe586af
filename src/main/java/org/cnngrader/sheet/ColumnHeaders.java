package org.cnngrader.sheet;

import java.util.List;
import java.util.Optional;

/**
 * The header cell over a value in a table laid out with its answers as columns: {@code | conv1 | pool1 | … |} over
 * {@code | 96 × 55 × 55 | 96 × 27 × 27 | … |}, a Word table's cells apart by tabs and a LaTeX tabular's by ampersands
 * likewise ({@link TableMarks#markedCells}). Such a row is all values
 * (each cell opens with a number, or is empty, a dash or a question mark where one was skipped), the table's only row
 * under its header, and the row above it (past a Markdown table's rule) has as many cells, none opening with a
 * number. A table with its answers as rows opens each row with a name ({@code | pool1 | 3×3 | 2 | 0 |}), so its header
 * names no value's part: a {@code Stride} column is the layers' strides, not the stride a question asks for.
 */
final class ColumnHeaders {

    private ColumnHeaders() {
    }

    /** The header cell over the cell at {@code column} of line {@code line}, if its table has its answers as columns. */
    static Optional<String> over(List<Document.Line> lines, int line, int column) {
        String row = lines.get(line).text();
        List<String> values = cells(row);
        if (values.size() < 2 || !values.stream().allMatch(ColumnHeaders::opensWithAValue)) {
            return Optional.empty();
        }
        int above = line - 1;
        while (above >= 0 && Candidates.tableRule(lines.get(above).text())) {
            above--;
        }
        if (above < 0) {
            return Optional.empty();
        }
        List<String> headers = cells(lines.get(above).text());
        if (headers.size() != values.size() || headers.stream().anyMatch(cell -> cell.isEmpty()
                || Character.isDigit(cell.codePointAt(0)))) {
            return Optional.empty();
        }
        // One row of answers: rows of values under one header (a truth table's x1 | x2 | y) are data, each column one
        // quantity's values.
        if (line + 1 < lines.size() && cells(lines.get(line + 1).text()).size() == values.size()
                || above > 0 && cells(lines.get(above - 1).text()).size() == values.size()) {
            return Optional.empty();
        }
        int cell = cellAt(row, column);
        return cell >= 0 && cell < headers.size() ? Optional.of(headers.get(cell)) : Optional.empty();
    }

    /** A row's cells as its marks part them ({@link TableMarks#markedCells}), without emphasis and math marks. */
    private static List<String> cells(String row) {
        return TableMarks.markedCells(row).stream().map(cell -> cell.replace("$", "").replace("*", "").strip())
                .toList();
    }

    /** The index among {@link #cells} of the cell a position of the row lies in. */
    private static int cellAt(String row, int column) {
        String marks = TableMarks.marks(row);
        String text = row.stripLeading();
        int offset = row.length() - text.length();
        int cell = text.startsWith("|") ? -1 : 0;
        for (int index = 0; index < Math.min(column - offset, text.length()); index++) {
            cell += marks.indexOf(text.charAt(index)) >= 0 ? 1 : 0;
        }
        return cell;
    }

    private static boolean opensWithAValue(String cell) {
        if (cell.isEmpty() || cell.equals("?") || cell.equals("-") || cell.equals("–") || cell.equals("—")) {
            return true;
        }
        char first = cell.charAt(0);
        return Character.isDigit(first) || "-−([".indexOf(first) >= 0 && cell.length() > 1;
    }
}
