package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A layer's output shape given over a table's columns, one per side: {@code | Layer | C | H | W |} over {@code | conv1
 * | 96 | 55 | 55 |}, the sides named in any order ({@code Height | Width | Channels}) and other columns beside them
 * ({@code | Kernel | Stride | C | H | W |}). A reader takes each side from its column; the rows' numbers, read as the
 * rows of one matrix, would give no layer its shape.
 *
 * <p>On a typeset page the cells are told by where the header's words stand, the number under each side's name the
 * one nearest below it; elsewhere by the row's marks, a Markdown table's bars, LaTeX's ampersands, a Word table's tabs.
 */
final class SideColumns {

    /** The words that say a number counts a feature map's channels: "384 channels", "96 feature maps", "256 filters". */
    static final String CHANNEL_WORDS = "channels?|feature\\s+maps?|maps|filters|kernels|depth";

    /**
     * Headers naming a side, as a word or its letter, maybe after "output" ({@code Output channels}, {@code C_out}) or
     * before the letter ({@code Channels (C)}); marks and underscores are blanks by then.
     */
    private static final Pattern CHANNELS = Pattern.compile("(?:output |out |number of |no\\.? of |# ?)?"
            + "(?:c|ch|c ?out|" + CHANNEL_WORDS + ")(?: c)?");
    private static final Pattern HEIGHT = Pattern.compile("(?:output |out )?(?:h|height|h ?out|rows)(?: h)?");
    private static final Pattern WIDTH = Pattern.compile("(?:output |out )?(?:w|width|w ?out|cols|columns)(?: w)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    /** How far, in points, a number may stand aside from under its column's name beyond their half widths. */
    private static final double NEAR = 12;
    /** The most rows looked up from a row for its table's header. */
    private static final int MAX_ROWS = 40;

    private SideColumns() {
    }

    /** A row's shape read from its table's columns, and the header's line. */
    record Sides(double[] values, int headerLine) {
        Sides {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * The channels, height and width a table's row gives in the columns its header names so, in that order; empty
     * unless the header above it (past the table's rules and its rows above) names all three and the row holds a
     * whole number under each. {@code heading} tells the lines a search for the header stops at.
     */
    static Optional<Sides> read(List<Document.Line> lines, int row, IntPredicate heading) {
        Document.Line rowLine = lines.get(row);
        int header = row - 1;
        while (header >= 0 && row - header <= MAX_ROWS && !heading.test(header)
                && (TableMarks.TABLE_RULE.matcher(lines.get(header).text()).matches()
                        || hasDigit(lines.get(header).text()))) {
            header--;
        }
        if (header < 0 || heading.test(header) || lines.get(header).text().isBlank()) {
            return Optional.empty();
        }
        Document.Line headerLine = lines.get(header);
        List<Cell> headers = withWrappedStarts(cells(headerLine), header > 0 ? lines.get(header - 1) : null,
                headerLine, header > 0 && !heading.test(header - 1));
        List<Cell> cells = cells(rowLine);
        int[] sides = {side(headers, CHANNELS), side(headers, HEIGHT), side(headers, WIDTH)};
        if (Arrays.stream(sides).anyMatch(index -> index < 0)) {
            return Optional.empty();
        }
        double[] values = new double[3];
        for (int side = 0; side < 3; side++) {
            Optional<Cell> under = under(headers, sides[side], cells, rowLine);
            if (under.isEmpty() || !WHOLE_NUMBER.matcher(under.get().text()).matches()) {
                return Optional.empty();
            }
            values[side] = Double.parseDouble(under.get().text());
        }
        return Optional.of(new Sides(values, header));
    }

    /** A cell of a line: its text, stripped of its marks, and where it stands on a typeset page. */
    private record Cell(String text, double left, double right) {
        double center() {
            return (left + right) / 2;
        }
    }

    /** The index of the one header cell matching {@code side}; −1 when none or several do. */
    private static int side(List<Cell> headers, Pattern side) {
        int found = -1;
        for (int index = 0; index < headers.size(); index++) {
            String text = headers.get(index).text().toLowerCase(Locale.ROOT).replaceAll("[$*_{}\\\\()]", " ").strip()
                    .replaceAll("\\s+", " ");
            // A name a narrow column broke inside a word ("Channel" over "s") reads joined.
            if (side.matcher(text).matches() || side.matcher(text.replace(" ", "")).matches()) {
                if (found >= 0) {
                    return -1;
                }
                found = index;
            }
        }
        return found;
    }

    /**
     * The header's cells with the starts of their names a typeset table wrapped onto the line above ({@code Channel} over
     * {@code s}, {@code Output} over {@code channels}): where each word of that line stands at a cell's start, and the
     * line holds no digit. The header's cells as they are otherwise.
     */
    private static List<Cell> withWrappedStarts(List<Cell> headers, Document.Line above, Document.Line header,
            boolean mayWrap) {
        if (!mayWrap || above == null || !typeset(header) || !typeset(above) || above.page() != header.page()
                || hasDigit(above.text())) {
            return headers;
        }
        double tolerance = WrappedCells.ALIGNMENT * header.words().get(0).fontSize();
        List<Cell> merged = new ArrayList<>(headers);
        for (Document.Word word : above.words()) {
            int under = -1;
            for (int index = 0; index < headers.size(); index++) {
                if (Math.abs(headers.get(index).left() - word.left()) <= tolerance) {
                    under = index;
                }
            }
            if (under < 0) {
                return headers;
            }
            Cell cell = merged.get(under);
            merged.set(under, new Cell(word.text() + " " + cell.text(), Math.min(word.left(), cell.left()),
                    Math.max(word.right(), cell.right())));
        }
        return merged;
    }

    /**
     * The row's cell under header cell {@code index}: the one at the same place where the marks tell the cells, else
     * the nearest below the header's word on the page, nearer to it than to any other header's.
     */
    private static Optional<Cell> under(List<Cell> headers, int index, List<Cell> cells, Document.Line row) {
        if (!typeset(row)) {
            // A printed DataFrame has an index column without a header: its cells match the header's from the right.
            int extra = cells.size() - headers.size();
            boolean marked = !TableMarks.markedCells(row.text()).isEmpty();
            return extra == 0 || extra == 1 && !marked ? Optional.of(cells.get(index + extra)) : Optional.empty();
        }
        Cell header = headers.get(index);
        Cell nearest = null;
        for (Cell cell : cells) {
            if (nearest == null || Math.abs(cell.center() - header.center()) < Math.abs(nearest.center()
                    - header.center())) {
                nearest = cell;
            }
        }
        if (nearest == null || Double.isNaN(nearest.center())) {
            return Optional.empty();
        }
        Cell chosen = nearest;
        double distance = Math.abs(chosen.center() - header.center());
        boolean nearerAnother = headers.stream().anyMatch(other -> other != header
                && Math.abs(chosen.center() - other.center()) < distance);
        // Under it: no farther than half of each and a little more (a number set right in a wide column).
        boolean below = distance <= (header.right() - header.left() + chosen.right() - chosen.left()) / 2 + NEAR;
        return nearerAnother || !below ? Optional.empty() : Optional.of(chosen);
    }

    /** Whether a line stands on a typeset page, its words where they are set: they tell its cells. */
    private static boolean typeset(Document.Line line) {
        return line.page() > 0 && !line.words().isEmpty();
    }

    /**
     * The cells of a line: on a typeset page its words, where they stand; else parted by its marks, or, without them
     * (a printed DataFrame), its words.
     */
    private static List<Cell> cells(Document.Line line) {
        String text = line.text();
        List<Cell> cells = new ArrayList<>();
        if (typeset(line)) {
            for (Document.Word word : line.words()) {
                cells.add(new Cell(word.text(), word.left(), word.right()));
            }
            return cells;
        }
        List<String> marked = TableMarks.markedCells(text);
        if (!marked.isEmpty()) {
            for (String cell : marked) {
                cells.add(new Cell(cell, Double.NaN, Double.NaN));
            }
            return cells;
        }
        for (String word : text.strip().split("\\s+")) {
            cells.add(new Cell(word, Double.NaN, Double.NaN));
        }
        return cells;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
