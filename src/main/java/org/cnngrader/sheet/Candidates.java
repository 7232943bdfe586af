package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values written in a document: LaTeX matrix environments, grids of numbers on
 * consecutive lines (plain text, or a typeset matrix in a PDF rebuilt from word positions), shapes
 * such as {@code 96 × 55 × 55}, tuples, numbers, fractions and yes/no.
 */
final class Candidates {

    private static final String TIMES = "(?:×|\\\\times|\\*|(?<=[\\d\\s)])[xX](?=[\\s\\d(]))";
    static final Pattern SHAPE = Pattern.compile("\\d+\\s*" + TIMES + "\\s*\\(?\\s*\\d+(?:\\s*" + TIMES
            + "\\s*\\d+)*\\s*\\)?");
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*\\d+(?:\\s*,\\s*\\d+){1,4}\\s*\\)");
    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{[^{}]*\\}\\s*\\{[^{}]*\\}");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,{])(?:[-−]\\s?)?(?:\\d{1,3}(?:,\\s?\\d{3})+(?![\\d.])|\\d+(?:(?:\\.|\\{,\\}|,)\\d+)?"
                    + "(?:[eE][-+]?\\d+)?)(?![\\w}])");
    static final Pattern BOOLEAN = Pattern.compile("(?i)\\b(yes|no|true|false)\\b");
    /** A thousands group after a (thin) space, {@code 9 216}, when no other group follows. */
    static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}[ \u2009\u202f\u00a0]\\d{3}"
            + "(?![\\d.,]|\\s\\d)");

    /** By line, then by place in the line (compared directly, as PdfSheetReader's glyph orders say why). */
    private static final Comparator<Candidate> READING_ORDER = (one, other) -> {
        int byLine = Integer.compare(one.lineIndex(), other.lineIndex());
        return byLine != 0 ? byLine : Integer.compare(one.order(), other.order());
    };

    private Candidates() {
    }

    /** Every candidate of the document, in reading order. */
    static List<Candidate> of(Document document) {
        List<Candidate> found = new ArrayList<>();
        List<Document.Line> lines = document.lines();
        boolean[] inGrid = new boolean[lines.size()];
        for (Document.Environment environment : document.environments()) {
            found.add(new Candidate(environment.latex(), environment.lineIndex(),
                    context(lines, environment.lineIndex(), environment.before()), 0));
        }
        for (Grid grid : grids(lines)) {
            StringBuilder context = new StringBuilder(grid.firstLine > 0 ? lines.get(grid.firstLine - 1).text() : "");
            context.append('\n');
            for (int index = grid.firstLine; index <= grid.lastLine; index++) {
                // A line that is mostly the matrix's row yields no other values; a table row does.
                int words = lines.get(index).words().size();
                inGrid[index] |= grid.numbersPerLine.getOrDefault(index, 0) * 10 >= words * 6;
                context.append(' ').append(grid.labels.get(index - grid.firstLine));
            }
            found.add(new Candidate(grid.written(), grid.firstLine, context.toString(), 0));
        }
        for (int index = 0; index < lines.size(); index++) {
            if (inGrid[index]) {
                continue;
            }
            // LaTeX's thin space is a thousands separator ("9\\,216").
            String text = withoutEnvironments(lines.get(index).text()).replace("\\,", "\u2009");
            boolean[] taken = new boolean[text.length()];
            for (Kind kind : hasDigit(text) ? VALUE_KINDS : WORD_KINDS) {
                if (!kind.possibleIn().test(text)) {
                    continue;
                }
                Matcher matcher = kind.pattern().matcher(text);
                while (matcher.find()) {
                    if (anyTaken(taken, matcher.start(), matcher.end())) {
                        continue;
                    }
                    java.util.Arrays.fill(taken, matcher.start(), matcher.end(), true);
                    found.add(new Candidate(matcher.group().strip(), index,
                            context(lines, index, text.substring(0, matcher.start())), matcher.start()));
                }
            }
        }
        found.sort(READING_ORDER);
        List<Candidate> ordered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate candidate = found.get(i);
            ordered.add(new Candidate(candidate.written(), candidate.lineIndex(), candidate.context(), i));
        }
        return ordered;
    }

    /** A kind of value, and a quick test its text must pass before the pattern is tried. */
    private record Kind(Pattern pattern, java.util.function.Predicate<String> possibleIn) {
    }

    /** In the order tried: a longer kind claims its text before a number inside it can. */
    private static final List<Kind> VALUE_KINDS = List.of(new Kind(SHAPE, Candidates::possibleShape),
            new Kind(TUPLE, text -> text.indexOf('(') >= 0), new Kind(FRACTION, text -> text.indexOf('\\') >= 0),
            new Kind(SPACED_THOUSANDS, Candidates::possibleSpacedThousands), new Kind(NUMBER, text -> true),
            new Kind(BOOLEAN, Candidates::possibleBoolean));
    private static final List<Kind> WORD_KINDS = List.of(new Kind(BOOLEAN, Candidates::possibleBoolean));

    /** Whether a times sign ({@code × \\times * x X}) follows a digit, blanks between: {@link #SHAPE} needs one. */
    static boolean possibleShape(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if ("×*xX".indexOf(character) >= 0 || text.startsWith("\\times", index)) {
                int before = index - 1;
                while (before >= 0 && Characters.BLANKS.indexOf(text.charAt(before)) >= 0) {
                    before--;
                }
                if (before >= 0 && Characters.isAsciiDigit(text.charAt(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a (thin) space stands between two digits: {@link #SPACED_THOUSANDS} needs one. */
    static boolean possibleSpacedThousands(String text) {
        for (int index = 1; index + 1 < text.length(); index++) {
            char before = text.charAt(index - 1);
            char after = text.charAt(index + 1);
            if (" \u2009\u202f\u00a0".indexOf(text.charAt(index)) >= 0 && Characters.isAsciiDigit(before)
                    && Characters.isAsciiDigit(after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@link #BOOLEAN}'s words is in the text, in any case. */
    static boolean possibleBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("yes") || lower.contains("no") || lower.contains("true") || lower.contains("false");
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text before a value on its line and the line before it, each cut to its last stretch: a
     * label stands near its value, and a long line of worked sums would otherwise give each of its
     * many numbers a context as long as the line.
     */
    private static String context(List<Document.Line> lines, int index, String before) {
        String previous = index > 0 ? lines.get(index - 1).text() : "";
        return tail(previous, 200) + "\n" + tail(before, 120);
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }

    private static final Pattern INLINE_ENVIRONMENT = Pattern.compile(
            "\\\\begin\\{([a-zA-Z]*matrix|array)\\}.*?\\\\end\\{\\1\\}");

    private static String withoutEnvironments(String text) {
        return text.contains("\\begin") ? INLINE_ENVIRONMENT.matcher(text).replaceAll(" ") : text;
    }

    /** Rows of numbers on nearby lines whose columns line up: a matrix. */
    private record Grid(int firstLine, int lastLine, List<List<String>> rows, List<String> labels,
            java.util.Map<Integer, Integer> numbersPerLine) {
        String written() {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < rows.size(); i++) {
                text.append(i == 0 ? "[" : ", [").append(String.join(", ", rows.get(i))).append(']');
            }
            return text.append(']').toString();
        }
    }

    /**
     * Builds grids from row segments: a segment is a run of numbers on one line, ended by a word or
     * by a gap much wider than the line's other gaps (two matrices side by side). A grid chains
     * segments of the same length with aligned columns on following lines, skipping at most one
     * line between rows (where a typeset matrix's label sits).
     */
    private static List<Grid> grids(List<Document.Line> lines) {
        List<List<Row>> segments = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            segments.add(segments(lines.get(index), index));
        }
        List<Grid> grids = new ArrayList<>();
        java.util.Set<Row> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int index = 0; index < lines.size(); index++) {
            for (Row first : segments.get(index)) {
                if (used.contains(first)) {
                    continue;
                }
                List<Row> chain = chain(lines, segments, used, index, first);
                if (chain.size() >= 2) {
                    used.addAll(chain);
                    grids.add(grid(lines, chain, index));
                }
            }
        }
        return grids;
    }

    /**
     * The rows that continue {@code first} (on line {@code index}) down the page: each the next
     * unused segment of as many numbers, aligned with it, at most one line apart. Its own method,
     * as the loops of {@link #grids} run often enough for the JIT to compile them on their own.
     */
    private static List<Row> chain(List<Document.Line> lines, List<List<Row>> segments, java.util.Set<Row> used,
            int index, Row first) {
        List<Row> chain = new ArrayList<>(List.of(first));
        int last = index;
        int next = index + 1;
        while (next < lines.size() && next - last <= 2 && lines.get(next).page() == lines.get(index).page()) {
            Row aligned = null;
            for (Row candidate : segments.get(next)) {
                if (!used.contains(candidate) && candidate.numbers().size() == first.numbers().size()
                        && aligned(first, candidate)) {
                    aligned = candidate;
                }
            }
            if (aligned != null) {
                chain.add(aligned);
                last = next;
            } else if (!labelOf(lines.get(next), first)) {
                break; // Prose between two matrices: the first has ended.
            }
            next++;
        }
        return chain;
    }

    /** The grid of a chain of rows starting on line {@code index}, with the label left of each of its lines. */
    private static Grid grid(List<Document.Line> lines, List<Row> chain, int index) {
        int last = chain.get(chain.size() - 1).line();
        List<List<String>> rows = chain.stream().map(Row::numbers).toList();
        java.util.Map<Integer, Integer> numbersPerLine = new java.util.HashMap<>();
        for (Row row : chain) {
            numbersPerLine.merge(row.line(), row.numbers().size(), Integer::sum);
        }
        List<String> labels = new ArrayList<>();
        double left = chain.stream().mapToDouble(Row::left).min().orElse(0);
        for (int line = index; line <= last; line++) {
            labels.add(labelLeftOf(lines.get(line), left));
        }
        return new Grid(index, last, rows, labels, numbersPerLine);
    }

    /**
     * Whether a line between two rows is the matrix's label (or blank within it): nothing under the
     * matrix's columns, and whatever stands left of it ends close to it, as {@code Z =} does.
     */
    private static boolean labelOf(Document.Line line, Row row) {
        double left = row.left();
        double gap = row.centers().size() > 1 ? row.centers().get(1) - row.centers().get(0) : 20;
        double right = row.centers().get(row.centers().size() - 1) + gap / 2;
        double rightmost = Double.NEGATIVE_INFINITY;
        for (Document.Word word : line.words()) {
            if (clean(word.text()).isEmpty() || word.left() >= right) {
                continue; // Text after the matrix ("K = [...], stride = 2") belongs to its line.
            }
            if (word.right() > left) {
                return false;
            }
            rightmost = Math.max(rightmost, word.right());
        }
        return rightmost == Double.NEGATIVE_INFINITY || left - rightmost <= 2 * gap;
    }

    /** The words of a line that stand just left of {@code left} (a matrix's label, such as {@code K =}). */
    private static String labelLeftOf(Document.Line line, double left) {
        StringBuilder label = new StringBuilder();
        for (Document.Word word : line.words()) {
            if (word.right() > left + 0.5) {
                break;
            }
            if (gridNumber(clean(word.text()))) {
                label.setLength(0);
            } else {
                label.append(word.text()).append(' ');
            }
        }
        return label.toString().strip();
    }

    /**
     * Whether a word is one entry of a grid: what {@code [-−]?(?:\d+(?:[.,]\d+)?|\d+/\d+)} matches
     * (a number, or a fraction as a PDF's typeset fractions are rebuilt). Checked without a pattern:
     * every word of every line is asked.
     */
    static boolean gridNumber(String word) {
        int index = word.isEmpty() || word.charAt(0) != '-' && word.charAt(0) != '−' ? 0 : 1;
        int digits = Characters.asciiDigitsFrom(word, index);
        if (digits == 0) {
            return false;
        }
        index += digits;
        if (index == word.length()) {
            return true;
        }
        char separator = word.charAt(index);
        if (separator != '.' && separator != ',' && separator != '/') {
            return false;
        }
        int more = Characters.asciiDigitsFrom(word, index + 1);
        return more > 0 && index + 1 + more == word.length();
    }

    /** A run of numbers on one line: the numbers, their centres, and where it starts. */
    private record Row(List<String> numbers, List<Double> centers, double left, int line) {
    }

    private static final Pattern WORD_EDGES = Pattern.compile("^[\\[(|\\]]+|[\\])|\\[,;&\\\\]+$");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("[&\\\\]+");

    private static String clean(String word) {
        if (word.isEmpty() || EDGE_CHARACTERS.indexOf(word.charAt(0)) < 0
                && EDGE_CHARACTERS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return word; // Most words have nothing to strip; spare them the regex.
        }
        return WORD_EDGES.matcher(word).replaceAll("");
    }

    /** The characters {@link #WORD_EDGES} strips from either end. */
    private static final String EDGE_CHARACTERS = "[(|])\\,;&";

    private static List<Row> segments(Document.Line line, int lineIndex) {
        List<Row> rows = new ArrayList<>();
        List<Document.Word> numeric = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Document.Word word : line.words()) {
            String text = clean(word.text());
            if (text.isEmpty() || ONLY_SEPARATORS.matcher(text).matches()) {
                continue;
            }
            if (gridNumber(text)) {
                numeric.add(word);
                numbers.add(text);
            } else {
                flush(numeric, numbers, rows, lineIndex);
            }
        }
        flush(numeric, numbers, rows, lineIndex);
        return rows;
    }

    /** Ends a run of numbers, split where a gap is far wider than the run's typical gap. */
    private static void flush(List<Document.Word> numeric, List<String> numbers, List<Row> rows, int lineIndex) {
        if (numeric.size() >= 2) {
            double[] gaps = new double[numeric.size() - 1];
            for (int i = 0; i + 1 < numeric.size(); i++) {
                gaps[i] = numeric.get(i + 1).center() - numeric.get(i).center();
            }
            double[] sorted = gaps.clone();
            java.util.Arrays.sort(sorted);
            double typical = sorted[0];
            int start = 0;
            for (int i = 0; i <= gaps.length; i++) {
                boolean split = i == gaps.length || gaps[i] > 2.2 * typical
                        && gaps[i] - typical > 2 * numeric.get(i).fontSize();
                if (split) {
                    if (i + 1 - start >= 2) {
                        List<Double> centers = new ArrayList<>();
                        for (int k = start; k <= i; k++) {
                            centers.add(numeric.get(k).center());
                        }
                        rows.add(new Row(new ArrayList<>(numbers.subList(start, i + 1)), centers,
                                numeric.get(start).left(), lineIndex));
                    }
                    start = i + 1;
                }
            }
        }
        numeric.clear();
        numbers.clear();
    }

    private static boolean aligned(Row first, Row other) {
        double tolerance = 0;
        for (int i = 0; i + 1 < first.centers.size(); i++) {
            tolerance = Math.max(tolerance, (first.centers.get(i + 1) - first.centers.get(i)) / 2);
        }
        for (int i = 0; i < first.centers.size(); i++) {
            if (Math.abs(first.centers.get(i) - other.centers.get(i)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
