package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Shapes that a typeset table wraps inside a narrow cell, joined again on the cell's first line. pandoc sets a Markdown
 * table wider than the page in columns that wrap at spaces: {@code 256 × 27 ×} on the row's line, {@code 27} on the
 * next, under the cell's start. Read line by line, the row would give the layer 256 × 27, a shape of two sides, and
 * the next line a number of its own.
 *
 * <p>A cell's piece ends with a times sign after a number ({@code 256 × 27 ×}), or with a number where the next piece
 * opens with a times sign ({@code 256 × 27} over {@code × 27}); the next line's words that stand within the cell's
 * column, the first at the cell's start, must be nothing but numbers, times signs and brackets. They are moved up after
 * the piece, as far as the cell goes on wrapping, and a line left without words is dropped. Prose wraps the same way
 * and is joined the same way: a shape broken at a line's end is one shape wherever it stands.
 */
final class WrappedCells {

    /** The least gap between two cells, in ems: a word space is a third of one, stretched to half in a tight line. */
    private static final double CELL_GAP = 0.6;

    /**
     * How far, in ems, a typeset cell's next line may start from the cell's start: the one measure of "under a cell"
     * for every reading of a table's wrapped lines.
     */
    static final double ALIGNMENT = 0.15;

    /** How far apart, in ems, the baselines of two lines of one cell stand at most. */
    private static final double LINE_SPACING = 1.8;

    /** The most lines one shape is followed over. */
    private static final int MAX_PIECES = 4;

    /** The most cells of one line joined: a table has a few columns, and each join copies the line. */
    private static final int MAX_CELLS = 16;

    private WrappedCells() {
    }

    /**
     * The lines of a page with its wrapped shapes joined, and where each of the page's lines went: the index of the
     * line now standing at it or, for a line left without words and dropped, after it; the page's end at its end.
     */
    record Joined(List<Document.Line> lines, int[] movedTo) {
        Joined {
            lines = List.copyOf(lines);
            movedTo = movedTo.clone();
        }

        /** Where line {@code index} of the page went. */
        int at(int index) {
            return movedTo[index];
        }
    }

    /** The lines of one page, top to bottom, with every shape wrapped in a cell joined on its first line. */
    static Joined joined(List<Document.Line> page) {
        List<Document.Line> lines = new ArrayList<>(page);
        // Joining keeps a line's text its words parted by one blank each: what is joinable stays so.
        boolean[] joinable = new boolean[lines.size()];
        for (int index = 0; index < lines.size(); index++) {
            joinable[index] = joinable(lines.get(index));
        }
        for (int index = 0; index + 1 < lines.size(); index++) {
            if (!joinable[index]) {
                continue;
            }
            // Each cell of the line whose piece is cut, left to right; a cell's pieces may wrap over several lines.
            int cellsJoined = 0;
            for (int word = 0; word < lines.get(index).words().size() && cellsJoined < MAX_CELLS; word++) {
                int next = index + 1;
                int end = word;
                for (int piece = 0; piece < MAX_PIECES && next < lines.size(); piece++) {
                    Document.Line line = lines.get(index);
                    if (!joinable[next] || !nextLineOfACell(lines.get(next - 1), lines.get(next),
                            line.words().get(end).fontSize()) || !cut(line.words(), end, lines.get(next))) {
                        break;
                    }
                    List<Document.Word> moved = rest(line.words(), end, lines.get(next));
                    if (moved.isEmpty()) {
                        break;
                    }
                    lines.set(index, withInserted(line, end, moved));
                    lines.set(next, without(lines.get(next), moved));
                    end += moved.size();
                    next++;
                }
                cellsJoined += end > word ? 1 : 0;
                word = end;
            }
        }
        int[] movedTo = new int[lines.size() + 1];
        List<Document.Line> kept = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            movedTo[index] = kept.size();
            Document.Line line = lines.get(index);
            if (!line.words().isEmpty() || page.get(index).words().isEmpty()) {
                kept.add(line);
            }
        }
        movedTo[lines.size()] = kept.size();
        return new Joined(kept, movedTo);
    }

    /** Whether a line's text is its words parted by one blank each, as the PDF reader writes it: only such joins. */
    private static boolean joinable(Document.Line line) {
        int length = line.words().stream().mapToInt(word -> word.text().length()).sum();
        return !line.words().isEmpty() && line.page() > 0
                && line.text().length() == length + line.words().size() - 1;
    }

    /**
     * Whether the piece of a cell ending with word {@code end} of {@code words} is cut at the line's end or the cell's
     * and goes on in {@code below}: it ends with a times sign after a number, or with a number when the next piece
     * opens with a times sign.
     */
    private static boolean cut(List<Document.Word> words, int end, Document.Line below) {
        if (end + 1 < words.size() && !cellGap(words.get(end), words.get(end + 1))) {
            return false;
        }
        String last = words.get(end).text();
        if (times(last)) {
            return end > 0 && endsWithDigit(words.get(end - 1).text());
        }
        if (!endsWithDigit(last) || end == 0 || !times(words.get(end - 1).text())) {
            return false;
        }
        List<Document.Word> rest = rest(words, end, below);
        return !rest.isEmpty() && times(rest.get(0).text());
    }

    /**
     * The words of {@code below} in the column of the cell whose piece ends with word {@code end} of {@code words}:
     * from the one at the cell's start to the next cell's start. Empty unless the first stands at the cell's start, the
     * line is the next of the cell, and they are a shape's rest.
     */
    private static List<Document.Word> rest(List<Document.Word> words, int end, Document.Line below) {
        int start = end;
        while (start > 0 && !cellGap(words.get(start - 1), words.get(start))) {
            start--;
        }
        Document.Word first = words.get(start);
        double tolerance = ALIGNMENT * first.fontSize();
        double right = end + 1 < words.size() ? words.get(end + 1).left() - tolerance : Double.MAX_VALUE;
        // The words below stand left to right: those of the column follow the first at or right of its start.
        List<Document.Word> belowWords = below.words();
        int from = firstAtOrRightOf(belowWords, first.left() - tolerance);
        int to = from;
        while (to < belowWords.size() && belowWords.get(to).left() < right) {
            to++;
        }
        List<Document.Word> rest = belowWords.subList(from, to);
        if (rest.isEmpty() || Math.abs(rest.get(0).left() - first.left()) > tolerance
                || rest.stream().anyMatch(word -> !shapePiece(word.text()))) {
            return List.of();
        }
        return rest;
    }

    /**
     * The text the cell of word {@code index} of {@code line} holds on the line above, when that line is the cell's
     * previous one: its words from the word's left edge up to the next cell of {@code line}, parted by blanks. A
     * header wrapped in its column ({@code y = W2 h +} over {@code b2}) is one cell over two lines. Empty when the line
     * above stands farther than a cell's lines do.
     */
    static String cellAbove(Document.Line above, Document.Line line, int index) {
        List<Document.Word> words = line.words();
        Document.Word word = words.get(index);
        if (!nextLineOfACell(above, line, word.fontSize())) {
            return "";
        }
        double end = Double.POSITIVE_INFINITY;
        for (int next = index + 1; next < words.size(); next++) {
            if (cellGap(words.get(next - 1), words.get(next))) {
                end = words.get(next).left();
                break;
            }
        }
        StringBuilder cell = new StringBuilder();
        for (Document.Word upper : above.words()) {
            if (upper.left() >= word.left() - ALIGNMENT * word.fontSize() && upper.left() < end) {
                cell.append(cell.isEmpty() ? "" : " ").append(upper.text());
            }
        }
        return cell.toString();
    }

    /** Whether {@code below} is the line under {@code above} on its page, as close as a cell's lines are. */
    private static boolean nextLineOfACell(Document.Line above, Document.Line below, double fontSize) {
        return below.page() == above.page() && below.baseline() > above.baseline()
                && below.baseline() - above.baseline() <= LINE_SPACING * fontSize;
    }

    /** The index of the first of {@code words}, left to right, whose left edge is at {@code left} or right of it. */
    private static int firstAtOrRightOf(List<Document.Word> words, double left) {
        return SortedLists.firstAtLeast(words, Document.Word::left, left);
    }

    /**
     * Whether two words of a line may stand in different cells: more than a word space between them. A table set
     * with a narrow {@code \tabcolsep} parts its cells by less than the em that parts a table's counts for the PDF
     * reader; the cell's next line, starting under the word after such a gap, tells the cell.
     */
    private static boolean cellGap(Document.Word left, Document.Word right) {
        return right.left() - left.right() >= CELL_GAP * Math.max(left.fontSize(), right.fontSize());
    }

    private static boolean times(String word) {
        return word.length() == 1 && (ValueSyntax.TIMES_CHARACTERS.indexOf(word.charAt(0)) >= 0 || word.equals("x"));
    }

    private static boolean endsWithDigit(String word) {
        return !word.isEmpty() && Characters.isAsciiDigit(word.charAt(word.length() - 1));
    }

    /** A word that may stand in a shape: a number, a times sign, brackets around them ({@code 27)}, {@code (3}). */
    private static boolean shapePiece(String word) {
        return times(word) || word.matches("[(\\[]?\\d+[)\\],]?");
    }

    /** The line with {@code moved} set after its word {@code after}, a blank apart, each as wide as it was. */
    private static Document.Line withInserted(Document.Line line, int after, List<Document.Word> moved) {
        List<Document.Word> words = new ArrayList<>(line.words().subList(0, after + 1));
        double left = words.get(after).right();
        for (Document.Word word : moved) {
            left += word.fontSize() / 3;
            words.add(new Document.Word(word.text(), left, left + word.right() - word.left(), word.fontSize()));
            left += word.right() - word.left();
        }
        words.addAll(line.words().subList(after + 1, line.words().size()));
        int at = end(line, after);
        String text = line.text().substring(0, at) + " " + String.join(" ", moved.stream().map(Document.Word::text)
                .toList()) + line.text().substring(at);
        return new Document.Line(line.page(), line.number(), text, words, line.baseline());
    }

    /** The line without its words {@code moved}, which follow one another, and the blank before them or after. */
    private static Document.Line without(Document.Line line, List<Document.Word> moved) {
        int first = line.words().indexOf(moved.get(0));
        int last = first + moved.size() - 1;
        List<Document.Word> words = new ArrayList<>(line.words());
        words.subList(first, last + 1).clear();
        String text = line.text();
        int from = first == 0 ? 0 : end(line, first - 1);
        int to = first == 0 && last + 1 < line.words().size() ? end(line, last) + 1 : end(line, last);
        return new Document.Line(line.page(), line.number(), text.substring(0, from) + text.substring(to), words,
                line.baseline());
    }

    /** Where word {@code index} of a {@link #joinable} line ends in its text. */
    private static int end(Document.Line line, int index) {
        int end = index;
        for (int word = 0; word <= index; word++) {
            end += line.words().get(word).text().length();
        }
        return end;
    }
}
