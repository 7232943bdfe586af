package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matrices set side by side in one table, each named once over its columns: {@code | Y1 | | | Y2 | | | Y3 | | |} over
 * rows of nine numbers, LaTeX's {@code \multicolumn{3}{c}{$Y_1$} & …}, a Word table's {@code Y1} cell followed by two
 * empty ones. Read as the rows of one matrix, the first name took all three and the others were left without an answer.
 *
 * <p>In text the cells are told by the rows' marks (a Markdown table's bars, a Word table's tabs, LaTeX's ampersands),
 * and each name heads the cells from its own up to the next name's; names in cells side by side, fewer than the rows'
 * cells, span equal shares of the columns (the reader has blanked LaTeX's {@code \multicolumn}, leaving each name in one
 * cell). On a typeset page, where empty cells leave no mark, the names must be as many as equal groups of the columns,
 * each standing over its group and apart from the others as columns are, not as the words of a sentence.
 */
final class ColumnGroups {

    /** The columns {@code from} (inclusive) to {@code to} (exclusive) of a table's rows, under {@code heading}. */
    record Group(String heading, int from, int to) {
    }

    /** What a header's cell may hold around its text: math and bold marks. */
    private static final Pattern CELL_MARKS = Pattern.compile("[$*]");

    private ColumnGroups() {
    }

    /**
     * The groups of a table's columns that the line above its rows names, or none.
     *
     * @param lines the document's lines
     * @param rowLines the line of each of the table's rows, in order
     * @param centers where each row's numbers stand on its line, as many in every row
     */
    static List<Group> of(List<Document.Line> lines, List<Integer> rowLines, List<List<Double>> centers) {
        int columns = centers.get(0).size();
        if (columns < 4 || centers.stream().anyMatch(row -> row.size() != columns)) {
            return List.of();
        }
        int header = rowLines.get(0) - 1;
        while (header >= 0 && TableMarks.TABLE_RULE.matcher(lines.get(header).text()).matches()) {
            header--;
        }
        if (header < 0 || lines.get(header).page() != lines.get(rowLines.get(0)).page()) {
            return List.of();
        }
        return lines.get(header).page() == 0 ? marked(lines, header, rowLines, centers)
                : typeset(lines.get(header), centers.get(0));
    }

    /** Groups of a table in text, its cells told by the marks its rows use ({@link TableMarks#markedCells}). */
    private static List<Group> marked(List<Document.Line> lines, int header, List<Integer> rowLines,
            List<List<Double>> centers) {
        int columns = centers.get(0).size();
        String first = lines.get(rowLines.get(0)).text();
        List<String> headerCells = TableMarks.markedCells(lines.get(header).text());
        List<String> rowCells = TableMarks.markedCells(first);
        if (headerCells.isEmpty() || rowCells.isEmpty()) {
            return List.of();
        }
        // Every row's numbers in the same cells, one to a cell.
        int[] cells = cellsOf(first, centers.get(0));
        for (int row = 1; row < rowLines.size(); row++) {
            if (!Arrays.equals(cells, cellsOf(lines.get(rowLines.get(row)).text(), centers.get(row)))) {
                return List.of();
            }
        }
        for (int column = 1; column < cells.length; column++) {
            if (cells[column] != cells[column - 1] + 1) {
                return List.of();
            }
        }
        List<String> headings = new ArrayList<>();
        List<Integer> headingCells = new ArrayList<>();
        for (int cell = 0; cell < headerCells.size(); cell++) {
            String heading = CELL_MARKS.matcher(headerCells.get(cell)).replaceAll(" ").strip();
            if (!heading.isEmpty()) {
                headings.add(heading);
                headingCells.add(cell);
            }
        }
        int count = headings.size();
        if (count < 2 || headingCells.get(0) != cells[0]) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        if (headingCells.get(count - 1) - headingCells.get(0) == count - 1 && headerCells.size() < rowCells.size()) {
            // Names in cells side by side, the header's cells fewer than its rows': each spans its share (LaTeX's
            // \multicolumn, whose command the reader has blanked, leaving the name in one cell).
            if (columns % count != 0 || columns / count < 2) {
                return List.of();
            }
            for (int index = 0; index < count; index++) {
                groups.add(new Group(headings.get(index), index * columns / count, (index + 1) * columns / count));
            }
            return named(groups);
        }
        for (int index = 0; index < count; index++) {
            int from = headingCells.get(index) - cells[0];
            int to = index + 1 < count ? headingCells.get(index + 1) - cells[0] : columns;
            if (to - from < 2 || to > columns) {
                return List.of();
            }
            groups.add(new Group(headings.get(index), from, to));
        }
        return named(groups);
    }

    /**
     * The cell of each number of a row, counted as {@link TableMarks#markedCells} counts them: the marks before it,
     * a Markdown row's opening bar aside.
     */
    private static int[] cellsOf(String text, List<Double> centers) {
        String marks = TableMarks.marks(text);
        int[] cells = new int[centers.size()];
        int position = 0;
        int cell = text.strip().startsWith("|") ? -1 : 0;
        for (int column = 0; column < centers.size(); column++) {
            int at = Math.min(text.length(), (int) Math.floor(centers.get(column)));
            for (; position < at; position++) {
                cell += marks.indexOf(text.charAt(position)) >= 0 ? 1 : 0;
            }
            cells[column] = cell;
        }
        return cells;
    }

    /**
     * Groups of a typeset table: as many words over its columns as equal groups of them, each over its own group, and
     * apart from its neighbours by at least half a column's gap (the words of a sentence stand a space apart).
     */
    private static List<Group> typeset(Document.Line header, List<Double> centers) {
        List<Document.Word> words = header.words().stream()
                .filter(word -> word.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        int columns = centers.size();
        if (words.size() < 2 || columns % words.size() != 0 || columns / words.size() < 2) {
            return List.of();
        }
        int width = columns / words.size();
        double gap = (centers.get(columns - 1) - centers.get(0)) / (columns - 1);
        List<Group> groups = new ArrayList<>();
        for (int index = 0; index < words.size(); index++) {
            Document.Word word = words.get(index);
            double left = centers.get(index * width) - gap / 2;
            double right = centers.get((index + 1) * width - 1) + gap / 2;
            boolean apart = index == 0 || word.left() - words.get(index - 1).right() >= gap / 2;
            if (word.center() < left || word.center() > right || !apart) {
                return List.of();
            }
            groups.add(new Group(word.text(), index * width, (index + 1) * width));
        }
        return named(groups);
    }

    /** The groups, if each is named by words, not by a number (a header numbering its columns names no matrix). */
    private static List<Group> named(List<Group> groups) {
        boolean words = groups.stream().allMatch(group -> group.heading().codePoints().anyMatch(Character::isLetter));
        return words ? List.copyOf(groups) : List.of();
    }
}
