package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values written in a document: exactly the syntaxes {@link ValueParser} reads, by the
 * definitions of {@link ValueSyntax}, so that a value found in a PDF or a text means what it means
 * in a cell. Found are LaTeX matrix environments; lists (Python's, numpy's printed arrays with or
 * without {@code array(…)}/{@code tensor(…)}, MATLAB's rows), also across lines; grids of numbers on
 * consecutive lines (plain text, or a typeset matrix in a PDF rebuilt from word positions), each
 * bounded by its display; bracketless rows; shapes; tuples; numbers and fractions; and a yes or no
 * that answers (opening a sentence, or after "Answer:" or "="), never one inside prose ("there is no
 * padding"). The scanner finds; {@link Locator} decides which is an answer.
 *
 * <p>Every step scans forward in time linear in the document: it runs over student text.
 */
final class Candidates {

    /** By line, then by place in the line (compared directly, as PdfSheetReader's glyph orders say why). */
    private static final Comparator<Candidate> READING_ORDER = (one, other) -> {
        int byLine = Integer.compare(one.lineIndex(), other.lineIndex());
        return byLine != 0 ? byLine : Integer.compare(one.order(), other.order());
    };

    /** The most lines a list spans (a printed 4-D tensor of a homework is far shorter). */
    private static final int MAX_LIST_LINES = 200;

    private Candidates() {
    }

    /** Every candidate of the document, in reading order. */
    static List<Candidate> of(Document document) {
        return of(document, List.of());
    }

    /**
     * Every candidate of the document, in reading order, with the formulas in {@code symbols} (the
     * rubric's formula parts' symbols; none when it has no formula part).
     */
    static List<Candidate> of(Document document, List<String> symbols) {
        List<Document.Line> lines = document.lines();
        boolean[][] taken = new boolean[lines.size()][];
        for (int index = 0; index < lines.size(); index++) {
            taken[index] = new boolean[lines.get(index).text().length()];
        }
        List<Candidate> found = new ArrayList<>();
        for (Document.Environment environment : document.environments()) {
            found.add(new Candidate(environment.latex(), environment.lineIndex(),
                    context(lines, environment.lineIndex(), environment.before()), environment.before().length()));
            markEnvironment(lines, taken, environment);
        }
        new Lists(lines, taken).find(found);
        boolean[] inGrid = new boolean[lines.size()];
        for (Grid grid : grids(lines, taken)) {
            StringBuilder context = new StringBuilder(grid.firstLine > 0 ? lines.get(grid.firstLine - 1).text() : "");
            context.append('\n');
            // Its heading names it as a label before it would: the line above names the others too.
            context.append(grid.heading());
            for (int index = grid.firstLine; index <= grid.lastLine; index++) {
                // A line that is mostly the matrix's row yields no other values; a table row does. The bars of a
                // Markdown table's row are no words of it.
                int words = (int) lines.get(index).words().stream().filter(word -> !word.text().matches("\\|+"))
                        .count();
                inGrid[index] |= grid.numbersPerLine.getOrDefault(index, 0) * 10 >= words * 6;
                if (grid.heading().isEmpty()) {
                    context.append(' ').append(grid.labels.get(index - grid.firstLine));
                }
            }
            found.add(new Candidate(grid.written(), grid.firstLine, context.toString(), grid.order()));
        }
        for (int index = 0; index < lines.size(); index++) {
            if (!inGrid[index]) {
                String text = lines.get(index).text();
                for (int[] span : scan(text, taken[index])) {
                    found.add(new Candidate(text.substring(span[0], span[1]), index,
                            context(lines, index, text, span[0]), span[0]));
                }
                if (!symbols.isEmpty()) {
                    for (int[] span : FormulaSpans.scan(text, symbols, taken[index])) {
                        String written = text.substring(span[0], span[1]);
                        if (index + 1 < lines.size() && !inGrid[index + 1]
                                && FormulaSpans.endsUnfinished(text, span[1])) {
                            written = wrappedFormula(text, span, lines.get(index + 1).text(), symbols,
                                    taken[index + 1]);
                        }
                        found.add(new Candidate(written, index,
                                context(lines, index, text, span[0]), span[0], Candidate.Form.FORMULA));
                    }
                }
            }
        }
        found.sort(READING_ORDER);
        found = withFactors(found, lines);
        List<Candidate> ordered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate candidate = found.get(i);
            ordered.add(new Candidate(candidate.written(), candidate.lineIndex(), candidate.context(), i,
                    candidate.form(), candidate.column()));
        }
        return ordered;
    }

    /**
     * A formula that ends its line with an operator ({@code … + B × H × W ×}) wrapped at the end of the line: read
     * with the line after it when that line goes on with the formula ({@code N × (2 × C − 1)}), which is then no
     * value of its own. When the next line does not go on with it, the formula is kept with its dangling operator, so
     * that it is no formula of its own and is flagged as written, never graded cut short.
     */
    private static String wrappedFormula(String text, int[] span, String next, List<String> symbols,
            boolean[] nextTaken) {
        String first = text.substring(span[0]).stripTrailing();
        String joined = first + " " + next;
        boolean[] none = new boolean[joined.length()];
        for (int[] whole : FormulaSpans.scan(joined, symbols, none)) {
            if (whole[0] == 0 && whole[1] > first.length() + 1) {
                int consumed = whole[1] - first.length() - 1;
                for (int position = 0; position < consumed && position < nextTaken.length; position++) {
                    if (nextTaken[position]) {
                        return first; // the next line's start is an answer of its own already
                    }
                }
                Arrays.fill(nextTaken, 0, Math.min(consumed, nextTaken.length), true);
                return joined.substring(0, whole[1]);
            }
        }
        return first;
    }

    /** A fraction of whole numbers as LaTeX writes it, {@code \\frac{1}{4}} or {@code \\frac14}: a factor as {@code 1/4} is. */
    private static final Pattern LATEX_FRACTION = Pattern.compile(
            "\\\\[dt]?frac(?:\\{\\s*(\\d{1,9})\\s*\\}\\{\\s*(\\d{1,9})\\s*\\}|\\s*(\\d)\\s*(\\d))");

    /** A factor that multiplies the matrix right after it with no sign between: a fraction, or a decimal below 1. */
    private static final Pattern FRACTIONAL = Pattern.compile(
            "[-−]?(?:\\d+/\\d+|0?\\.\\d+)");

    /**
     * What stands between a factor and its matrix: a times sign (LaTeX's, or the dot operator Chromium prints for
     * {@code \\cdot}), or nothing but blanks after a fraction.
     */
    private static final Pattern TIMES = Pattern.compile(
            "\\s*(?:[·⋅×*]|\\\\cdot|\\\\times)\\s*");

    /**
     * A LaTeX delimiter a matrix environment is set in ({@code \\left[\\begin{smallmatrix}…}), at the end of the text
     * before it: the matrix's own bracket, no sign between it and its factor.
     */
    private static final Pattern OPENING_DELIMITER = Pattern.compile(
            "\\\\(?:left|[bB]igg?l?)\\s*(?:[\\[(|.]|\\\\\\{|\\\\lbrack|\\\\langle|\\\\vert)\\s*$");

    /**
     * The candidates with each number that multiplies the matrix right after it ({@code 1/4 [[1, 1], [1, 1]]},
     * {@code 0.5 · [[…]]}, {@code \\frac{1}{4}\\begin{bmatrix}…}) joined to it, as one value: a typeset {@code \\frac{1}{4}} before a matrix of ones
     * means a matrix of quarters, and so does {@code 0.25 [[…]]}. A whole number before a matrix needs the times sign
     * ("step 2 [[…]]" is no product), and so does a decimal of 1 or more ("1.4 [[…]]" may number a section).
     */
    private static List<Candidate> withFactors(List<Candidate> found, List<Document.Line> lines) {
        List<Candidate> joined = new ArrayList<>(found.size());
        for (int index = 0; index < found.size(); index++) {
            Candidate factor = found.get(index);
            Candidate matrix = index + 1 < found.size() ? found.get(index + 1) : null;
            Matcher fraction = LATEX_FRACTION.matcher(factor.written());
            String factorText = !fraction.matches() ? factor.written() : fraction.group(1) != null
                    ? fraction.group(1) + "/" + fraction.group(2) : fraction.group(3) + "/" + fraction.group(4);
            if (matrix != null && factor.lineIndex() == matrix.lineIndex() && factor.form() == Candidate.Form.VALUE
                    && gridNumber(factorText) && (matrix.written().startsWith("[[")
                    || matrix.written().startsWith("\\begin{"))) {
                String text = lines.get(factor.lineIndex()).text();
                int end = factor.order() + factor.written().length();
                String between = end <= matrix.order() && matrix.order() <= text.length()
                        ? OPENING_DELIMITER.matcher(text.substring(end, matrix.order())).replaceFirst("") : "-";
                if (TIMES.matcher(between).matches() || FRACTIONAL.matcher(factorText).matches() && between.isBlank()) {
                    joined.add(new Candidate(factorText + " · " + matrix.written(), factor.lineIndex(),
                            factor.context(), factor.order()));
                    index++;
                    continue;
                }
            }
            joined.add(factor);
        }
        return joined;
    }

    /** Marks the characters of a LaTeX environment as taken: its values are its own candidate. */
    private static void markEnvironment(List<Document.Line> lines, boolean[][] taken,
            Document.Environment environment) {
        String latex = environment.latex();
        int line = environment.lineIndex();
        int from = environment.before().length();
        int start = 0;
        while (line < lines.size()) {
            int lineBreak = latex.indexOf('\n', start);
            int length = (lineBreak < 0 ? latex.length() : lineBreak) - start;
            mark(taken[line], from, from + length);
            if (lineBreak < 0) {
                break;
            }
            start = lineBreak + 1;
            from = 0;
            line++;
        }
    }

    /**
     * The real space a shape's sides are the exponent of, right before them: {@code \\mathbb{R}^{}, {@code ℝ^}, and a
     * PDF's {@code R^} (pdflatex sets the blackboard R as an R).
     */
    private static final Pattern REAL_SPACE = Pattern.compile(
            "(?:\\\\mathbb\\s*\\{?\\s*R\\s*\\}?|ℝ|(?<![\\p{L}\\p{N}])R)\\s*\\^\\s*\\{?\\s*$");

    /** Whether the text before a value ends with a real space, whose exponent the value is: a shape's sides. */
    static boolean afterRealSpace(String before) {
        return REAL_SPACE.matcher(before).find();
    }

    private static void mark(boolean[] taken, int from, int to) {
        Arrays.fill(taken, Math.min(from, taken.length), Math.min(Math.max(to, from), taken.length), true);
    }

    /**
     * The values of one line, as {start, end} spans, left to right: at each place the longest value
     * that starts there (a shape before the number that opens it), skipping {@code taken} characters.
     */
    static List<int[]> scan(String text, boolean[] taken) {
        List<int[]> spans = new ArrayList<>();
        int[] reached = new int[1];
        int rowsFailUntil = -1;
        int index = 0;
        int length = text.length();
        while (index < length) {
            if (taken[index]) {
                index++;
                continue;
            }
            char character = text.charAt(index);
            int end = -1;
            int next = index + 1;
            if (ValueSyntax.isWordCharacter(character) && !Character.isDigit(character)) {
                next = wordEnd(text, index);
                if (index == 0 || !ValueSyntax.isWordCharacter(text.charAt(index - 1))) {
                    ValueSyntax.BooleanWord truth = answersAt(text, index) ? ValueSyntax.booleanAt(text, index) : null;
                    if (truth != null) {
                        addIfFree(spans, taken, truth.start(), truth.end());
                    }
                }
                index = next;
                continue;
            }
            if (character == '\\') {
                end = fractionEnd(text, index);
                next = end > 0 ? end : index + 1;
            } else if (character == '(') {
                end = tupleEnd(text, index);
            } else if (numberStart(text, index)) {
                int numberEnd = ValueSyntax.numberEnd(text, index, true);
                next = Math.max(numberEnd, index + 1);
                if (index > 0 && ".,{^".indexOf(text.charAt(index - 1)) >= 0) {
                    int sides = REAL_SPACE.matcher(text.substring(Math.max(0, index - 24), index)).find()
                            ? ValueSyntax.shapeEnd(text, index) : -1;
                    if (sides > 0 && addIfFree(spans, taken, index, sides)) {
                        index = sides; // "ℝ^{100 × 128 × 256 × 256}": the shape of the space's tensors
                        continue;
                    }
                    index = skipNumberRun(text, next);
                    continue; // the tail of "1.3.1" or "1,2,3", or an exponent: not a value of its own
                }
                end = ValueSyntax.hexadecimalEnd(text, index);
                if (end < 0 && Characters.isAsciiDigit(character)) {
                    end = ValueSyntax.shapeEnd(text, index);
                }
                if (end < 0 && index >= rowsFailUntil) {
                    end = ValueSyntax.rowsEnd(text, index, reached);
                    if (end < 0) {
                        rowsFailUntil = reached[0];
                    }
                }
                if (end < 0) {
                    end = ValueSyntax.thousandsEnd(text, index, false);
                }
                if (end < 0) {
                    end = ValueSyntax.commaPartedEnd(text, index); // "96,55,55": one value, a shape's sides
                }
                if (end < 0) {
                    end = plainNumberEnd(text, index, numberEnd);
                } else if (text.charAt(end - 1) == '.') {
                    end--; // a sentence's period after bracketless rows
                }
                if (end < 0) {
                    index = skipNumberRun(text, next);
                    continue;
                }
            }
            if (end > index && addIfFree(spans, taken, index, end)) {
                next = end;
            }
            index = next;
        }
        return spans;
    }

    /** Where a number that {@link ValueSyntax#numberEnd} ended at {@code numberEnd} ends as a value in prose. */
    private static int plainNumberEnd(String text, int start, int numberEnd) {
        int end = numberEnd;
        if (end < 0) {
            return -1;
        }
        if (text.charAt(end - 1) == '.') {
            end--; // a sentence's period, not numpy's "2."
        }
        if (end + 1 < text.length() && text.charAt(end) == '/' && Characters.isAsciiDigit(text.charAt(end + 1))) {
            int denominator = ValueSyntax.numberEnd(text, end + 1, false);
            if (denominator > 0 && text.charAt(denominator - 1) != '.') {
                end = denominator; // 1/4
            }
        }
        int magnitude = ValueSyntax.magnitudeEnd(text, end);
        if (magnitude > 0) {
            return magnitude; // "≈ 397k params": a count given approximately, read and flagged
        }
        if (end < text.length() && (ValueSyntax.isWordCharacter(text.charAt(end)) || text.charAt(end) == '}')) {
            return -1; // "12abc", "3rd", "x_{12}"
        }
        return end;
    }

    /** Whether a number starts at {@code index}: a digit, or a sign or point right before a digit. */
    private static boolean numberStart(String text, int index) {
        char character = text.charAt(index);
        if (Characters.isAsciiDigit(character)) {
            return index == 0 || !ValueSyntax.isWordCharacter(text.charAt(index - 1));
        }
        boolean sign = ValueSyntax.MINUS_SIGNS.indexOf(character) >= 0 || character == '.';
        return sign && index + 1 < text.length() && Characters.isAsciiDigit(text.charAt(index + 1))
                && (index == 0 || !ValueSyntax.isWordCharacter(text.charAt(index - 1)));
    }

    /** Where the digits, points and commas from {@code index} end: the rest of a number that is not a value. */
    private static int skipNumberRun(String text, int index) {
        int end = index;
        while (end < text.length() && (ValueSyntax.isWordCharacter(text.charAt(end)) || text.charAt(end) == '.'
                || text.charAt(end) == ',') && !(text.charAt(end) == ',' && end + 1 < text.length()
                        && ValueSyntax.isBlank(text.charAt(end + 1)))) {
            end++;
        }
        return Math.max(end, index);
    }

    private static int wordEnd(String text, int index) {
        int end = index;
        while (end < text.length() && ValueSyntax.isWordCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Whether a word at {@code index} stands where a yes or no answers: first on its line (after list marks,
     * emphasis and blanks), or after the end of a sentence, a colon ("Answer: no"), an equals sign, a
     * closing parenthesis ("(b) Yes."), or "answer (is)" ("the answer is no").
     */
    private static boolean answersAt(String text, int index) {
        int before = index - 1;
        boolean cellOpening = false;
        while (before >= 0 && (ValueSyntax.isBlank(text.charAt(before)) || "*_>#-•".indexOf(text.charAt(before)) >= 0)) {
            cellOpening |= text.charAt(before) == '\t';
            before--;
        }
        // A table's cell opens after its bar or, in a typeset or tab-separated row, a tab: "| sees_eye | No |".
        if (before < 0 || cellOpening || ".!?:=)|".indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        // "… so the answer is no" ("there is no padding" is prose).
        if (endsWithWord(text, before + 1, "answer")) {
            return true;
        }
        if (!endsWithWord(text, before + 1, "is")) {
            return false;
        }
        int previous = before - 2;
        while (previous >= 0 && ValueSyntax.isBlank(text.charAt(previous))) {
            previous--;
        }
        // "is" opening its line goes on from the line before ("… so the answer⏎is no."), which a line cannot see.
        return previous < 0 || endsWithWord(text, previous + 1, "answer");
    }

    /** Whether {@code text} before {@code end} ends with the word {@code word} (any case). */
    private static boolean endsWithWord(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    private static boolean addIfFree(List<int[]> spans, boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        spans.add(new int[] {start, end});
        return true;
    }

    /** Where a LaTeX fraction {@code \frac{1}{4}} ({@code \dfrac}, {@code \tfrac}, {@code \frac14}) at {@code index} ends. */
    static int fractionEnd(String text, int index) {
        int at = index + 1;
        if (at < text.length() && (text.charAt(at) == 'd' || text.charAt(at) == 't')) {
            at++;
        }
        if (!text.startsWith("frac", at)) {
            return -1;
        }
        at = ValueSyntax.skipBlanks(text, at + 4);
        if (at + 1 < text.length() && Characters.isAsciiDigit(text.charAt(at))) {
            int second = ValueSyntax.skipBlanks(text, at + 1);
            return second < text.length() && Characters.isAsciiDigit(text.charAt(second)) ? second + 1 : -1;
        }
        for (int group = 0; group < 2; group++) {
            at = ValueSyntax.skipBlanks(text, at);
            if (at >= text.length() || text.charAt(at) != '{') {
                return -1;
            }
            int close = at + 1;
            while (close < text.length() && text.charAt(close) != '}' && text.charAt(close) != '{') {
                close++;
            }
            if (close >= text.length() || text.charAt(close) != '}') {
                return -1;
            }
            at = close + 1;
        }
        return at;
    }

    /**
     * Where a tuple of two to five whole numbers, {@code (3, 227, 227)}, or Python's tuple of one, {@code (9216,)},
     * at {@code index} ends.
     */
    static int tupleEnd(String text, int index) {
        int at = ValueSyntax.skipBlanks(text, index + 1);
        int entries = 0;
        while (true) {
            int digits = Characters.asciiDigitsFrom(text, at);
            if (digits == 0) {
                return -1;
            }
            entries++;
            at = ValueSyntax.skipBlanks(text, at + digits);
            if (at < text.length() && text.charAt(at) == ')') {
                return entries >= 2 && entries <= 5 ? at + 1 : -1;
            }
            if (at >= text.length() || text.charAt(at) != ',' || entries == 5) {
                return -1;
            }
            at = ValueSyntax.skipBlanks(text, at + 1);
            if (entries == 1 && at < text.length() && text.charAt(at) == ')') {
                return at + 1;
            }
        }
    }

    /**
     * The text before a value on its line and the line before it, each cut to its last stretch: a
     * label stands near its value, and a long line of worked sums would otherwise give each of its
     * many numbers a context as long as the line.
     */
    private static String context(List<Document.Line> lines, int index, String before) {
        return context(lines, index, before, before.length());
    }

    /** The context of a value at {@code start} in {@code line}, the text before it cut without copying all of it. */
    private static String context(List<Document.Line> lines, int index, String line, int start) {
        String previous = index > 0 ? lines.get(index - 1).text() : "";
        return tail(previous, 200) + "\n" + line.substring(Math.max(0, start - 120), start);
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }

    /**
     * Finds lists in the document's text, on one line or across lines: {@code [[0, 2], [3, 2]]},
     * {@code [0 2; 3 2]}, numpy's {@code [[0.5  0.88]\n [0.98 0.88]]}, {@code array([[…]])},
     * {@code tensor([[…]], dtype=…)}; and rows written as lists on consecutive lines
     * ({@code [0 2]\n[3 2]}), which are one matrix. Brackets are matched once for the whole text, and a
     * list is one when every character inside could be part of a list of numbers.
     */
    private static final class Lists {
        private final List<Document.Line> lines;
        private final boolean[][] taken;
        private final String text;
        private final int[] lineStarts;
        private final int[] closing;
        /** How many characters before each place cannot stand in a list of numbers; then how many are digits. */
        private final int[] foreign;
        private final int[] digits;
        /** How many characters before each place are taken (by an environment) when the lists are looked for. */
        private final int[] takenBefore;

        Lists(List<Document.Line> lines, boolean[][] taken) {
            this.lines = lines;
            this.taken = taken;
            StringBuilder joined = new StringBuilder();
            lineStarts = new int[lines.size() + 1];
            for (int index = 0; index < lines.size(); index++) {
                lineStarts[index] = joined.length();
                String line = lines.get(index).text();
                // A page number between two pages stands in no list: a printed tensor may run over the page break.
                joined.append(pageNumber(lines, index) ? " ".repeat(line.length()) : line).append('\n');
            }
            lineStarts[lines.size()] = joined.length();
            text = joined.toString();
            closing = closing(text);
            foreign = new int[text.length() + 1];
            digits = new int[text.length() + 1];
            takenBefore = new int[text.length() + 1];
            for (int index = 0; index < text.length(); index++) {
                int line = lineOf(index);
                int column = index - lineStarts[line];
                takenBefore[index + 1] = takenBefore[index] + (column < taken[line].length && taken[line][column] ? 1 : 0);
                char character = text.charAt(index);
                foreign[index + 1] = foreign[index] + (ValueSyntax.listCharacter(character) ? 0 : 1);
                digits[index + 1] = digits[index] + (Characters.isAsciiDigit(character) ? 1 : 0);
            }
        }

        /** Whether a line is a typeset page's number: a lone number of one to three digits at the page's foot or head. */
        private static boolean pageNumber(List<Document.Line> lines, int index) {
            Document.Line line = lines.get(index);
            String text = line.text().strip();
            if (line.page() <= 0 || text.isEmpty() || text.length() > 3 || Characters.asciiDigitsFrom(text, 0)
                    != text.length()) {
                return false;
            }
            boolean last = index + 1 == lines.size() || lines.get(index + 1).page() != line.page();
            boolean first = index == 0 || lines.get(index - 1).page() != line.page();
            return last || first;
        }

        /** For each opening bracket or parenthesis, where its partner stands; −1 where none does. */
        private static int[] closing(String text) {
            int[] closing = new int[text.length()];
            Arrays.fill(closing, -1);
            int[] brackets = new int[text.length()];
            int[] parentheses = new int[text.length()];
            int bracketDepth = 0;
            int parenthesisDepth = 0;
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                boolean escaped = index > 0 && text.charAt(index - 1) == '\\';
                if (escaped) {
                    continue; // LaTeX's \[ \] and \( \) delimit displays
                }
                if (character == '[') {
                    brackets[bracketDepth++] = index;
                } else if (character == ']' && bracketDepth > 0) {
                    closing[brackets[--bracketDepth]] = index;
                } else if (character == '(') {
                    parentheses[parenthesisDepth++] = index;
                } else if (character == ')' && parenthesisDepth > 0) {
                    closing[parentheses[--parenthesisDepth]] = index;
                }
            }
            return closing;
        }

        private boolean numeric(int from, int to) {
            return foreign[to] - foreign[from] == 0 && digits[to] > digits[from];
        }

        private int lineOf(int position) {
            int index = Arrays.binarySearch(lineStarts, position);
            return index >= 0 ? index : -index - 2;
        }

        private boolean free(int from, int to) {
            return takenBefore[to] - takenBefore[from] == 0;
        }

        void find(List<Candidate> found) {
            List<int[]> spans = new ArrayList<>();
            int index = 0;
            while (index < text.length()) {
                int end = listAt(index);
                if (end > index && free(index, end)) {
                    spans.add(new int[] {index, end});
                    index = end;
                } else {
                    index++;
                }
            }
            for (int[] span : stacked(spans)) {
                int line = lineOf(span[0]);
                found.add(new Candidate(text.substring(span[0], span[1]), line,
                        context(lines, line, lines.get(line).text(), span[0] - lineStarts[line]),
                        span[0] - lineStarts[line]));
                for (int position = span[0]; position < span[1]; position++) {
                    int at = lineOf(position);
                    int column = position - lineStarts[at];
                    if (column < taken[at].length) {
                        taken[at][column] = true;
                    }
                }
            }
        }

        /** Where a list (or a printed array) starting at {@code index} ends, −1 where none starts. */
        private int listAt(int index) {
            char character = text.charAt(index);
            int wrapper = character == 'a' || character == 'n' || character == 't'
                    ? ValueSyntax.wrapperLength(text, index) : 0;
            if (wrapper > 0) {
                int open = index + wrapper - 1;
                int close = closing[open];
                int inner = ValueSyntax.skipBlanks(text, open + 1);
                if (close < 0 || inner >= close || lineOf(close) - lineOf(index) > MAX_LIST_LINES) {
                    return -1;
                }
                int valueEnd = text.charAt(inner) == '[' ? closing[inner] + 1 : ValueSyntax.numberEnd(text, inner, false);
                if (valueEnd <= inner || valueEnd > close || !numeric(inner, valueEnd)) {
                    return -1;
                }
                int rest = ValueSyntax.skipBlanks(text, valueEnd);
                return rest == close || text.charAt(rest) == ',' ? close + 1 : -1;
            }
            if (character != '[' || index > 0 && text.charAt(index - 1) == '\\') {
                return -1;
            }
            int close = closing[index];
            if (close < 0 || lineOf(close) - lineOf(index) > MAX_LIST_LINES || !numeric(index + 1, close)) {
                return -1;
            }
            return close + 1;
        }

        /**
         * The spans, with one-line lists of numbers stacked on consecutive lines joined ({@code [0 2 0 2]} over
         * {@code [3 2 5 2]}): each ends its line and the next opens its own, words after it naming it apart ({@code
         * b_1 = [0, -1]} over {@code [1 -2] — W_2.} are two values; joined, b1 was read as a 2×2 matrix).
         */
        private List<int[]> stacked(List<int[]> spans) {
            List<int[]> joined = new ArrayList<>();
            for (int[] span : spans) {
                int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && flatRow(span) && flatRow(new int[] {lastRowStart(last), last[1]})
                        && lineOf(span[0]) == lineOf(last[1]) + 1 && endsLine(last[1]) && opensLine(span[0])
                        && !wordsAfter(span[1])) {
                    last[1] = span[1];
                } else {
                    joined.add(span.clone());
                }
            }
            return joined;
        }

        private int lastRowStart(int[] span) {
            return ValueSyntax.skipBlanks(text, Math.max(span[0], lineStarts[lineOf(span[1] - 1)]));
        }

        /** Whether a span is one line's list of numbers, no list inside: {@code [0 2 0 2]}. */
        private boolean flatRow(int[] span) {
            if (text.charAt(span[0]) != '[' || lineOf(span[0]) != lineOf(span[1] - 1)) {
                return false;
            }
            int inner = text.indexOf('[', span[0] + 1);
            return inner < 0 || inner >= span[1];
        }

        private boolean endsLine(int position) {
            int lineEnd = lineStarts[lineOf(position) + 1] - 1;
            for (int at = position; at < lineEnd; at++) {
                if (!ValueSyntax.isBlank(text.charAt(at)) && text.charAt(at) != ',' && text.charAt(at) != ';') {
                    return false;
                }
            }
            return true;
        }

        /** Whether a letter stands after {@code position} on its line. */
        private boolean wordsAfter(int position) {
            int lineEnd = lineStarts[lineOf(position) + 1] - 1;
            for (int at = position; at < lineEnd; at++) {
                if (Character.isLetter(text.charAt(at))) {
                    return true;
                }
            }
            return false;
        }

        private boolean opensLine(int position) {
            for (int at = lineStarts[lineOf(position)]; at < position; at++) {
                if (!ValueSyntax.isBlank(text.charAt(at))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Rows of numbers on nearby lines whose columns line up: a matrix. {@code heading} names it when the table's header
     * names each of matrices set side by side ({@link ColumnGroups}; otherwise empty), {@code order} tells those apart
     * on their line, and {@code numbersPerLine} counts the numbers of all of them.
     */
    private record Grid(int firstLine, int lastLine, List<List<String>> rows, List<String> labels,
            Map<Integer, Integer> numbersPerLine, String heading, int order) {
        /** A matrix of its own, named by what stands left of it or above it. */
        Grid(int firstLine, int lastLine, List<List<String>> rows, List<String> labels,
                Map<Integer, Integer> numbersPerLine) {
            this(firstLine, lastLine, rows, labels, numbersPerLine, "", 0);
        }

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
     * segments with aligned columns on following lines, skipping at most one line between rows (where
     * a typeset matrix's label sits); a row of another width continues it when its columns are the
     * grid's first ones (a ragged matrix, refused by the reader with its rows named, rather than cut).
     * A display bounds its matrix: the chain ends where a bracket opens another, and a chain holding
     * two labels is split between their matrices ({@link #split}).
     */
    private static List<Grid> grids(List<Document.Line> lines, boolean[][] taken) {
        List<List<Row>> segments = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            segments.add(apartAtLabelsBeside(lines, index, segments(lines.get(index), index, taken[index])));
        }
        List<Grid> grids = new ArrayList<>();
        Set<Row> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int index = 0; index < lines.size(); index++) {
            for (Row first : segments.get(index)) {
                if (used.contains(first)) {
                    continue;
                }
                List<Row> chain = chain(lines, segments, used, index, first);
                if (chain.size() >= 2 && !labelledCounts(lines, chain)) {
                    used.addAll(chain);
                    for (List<Row> matrix : split(lines, chain)) {
                        if (matrix.size() >= 2) {
                            grids.addAll(sideBySide(lines, grid(lines, matrix, matrix.get(0).line()), matrix));
                        }
                    }
                }
            }
        }
        grids.addAll(columnVectors(lines, taken));
        return grids;
    }

    /**
     * Column vectors LibreOffice sets from a Word equation ({@code b1 = [0; −1]}): a label alone on its line, its
     * entries one to a line above and below it, as many above as below, centred under one another and right of the
     * label, an odd count's middle entry on the label's line after it ({@code b1= −1} between {@code 0} and {@code 2}).
     * Read as rows of one number they were no grid, and the middle entry, or the one below, was read as the value:
     * {@code b1 = −1}, graded as a number.
     */
    private static List<Grid> columnVectors(List<Document.Line> lines, boolean[][] taken) {
        List<Grid> vectors = new ArrayList<>();
        for (int index = 1; index + 1 < lines.size(); index++) {
            Document.Line line = lines.get(index);
            List<Document.Word> words = line.words();
            if (line.page() == 0 || words.isEmpty() || !LABEL_BESIDE.matcher(words.get(0).text()).matches()) {
                continue;
            }
            Document.Word label = words.get(0);
            boolean middle = words.size() > 1 && gridNumber(clean(words.get(1).text()))
                    && words.get(1).left() > label.right();
            int rest = middle ? 2 : 1;
            // Text after the vector opens with its punctuation (", c = 3"); anything else makes the line no label's.
            if (words.size() > rest && !PUNCTUATION.matcher(words.get(rest).text()).lookingAt()) {
                continue;
            }
            List<Integer> above = entries(lines, index, -1, label);
            List<Integer> below = entries(lines, index, 1, label);
            if (above.isEmpty() || above.size() != below.size()
                    || middle && !centredUnder(lines.get(above.get(0)).words().get(0), words.get(1))) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> entryLines = new ArrayList<>(above);
            Collections.reverse(entryLines);
            if (middle) {
                entryLines.add(index);
            }
            entryLines.addAll(below);
            Map<Integer, Integer> numbersPerLine = new HashMap<>();
            for (int entry : entryLines) {
                Document.Word word = entry == index ? words.get(1) : lines.get(entry).words().get(0);
                rows.add(List.of(clean(word.text())));
                numbersPerLine.put(entry, 1);
            }
            if (middle) {
                // The middle entry is the vector's, no value of its own on the label's line.
                String text = line.text();
                int start = text.indexOf(words.get(1).text(), text.indexOf(label.text()) + label.text().length());
                Arrays.fill(taken[index], start, start + words.get(1).text().length(), true);
            }
            int first = above.get(above.size() - 1);
            int last = below.get(below.size() - 1);
            List<String> labels = new ArrayList<>();
            for (int each = first; each <= last; each++) {
                labels.add(each == index ? label.text() : "");
            }
            vectors.add(new Grid(first, last, rows, labels, numbersPerLine));
        }
        return vectors;
    }

    /**
     * The lines holding a column vector's entries on one side of its label's line, nearest first: each a number alone,
     * right of the label, centred under the first, no more than two font sizes below or above the line before.
     */
    private static List<Integer> entries(List<Document.Line> lines, int labelLine, int step, Document.Word label) {
        List<Integer> entries = new ArrayList<>();
        Document.Word first = null;
        for (int index = labelLine + step; index >= 0 && index < lines.size(); index += step) {
            Document.Line line = lines.get(index);
            Document.Line before = lines.get(index - step);
            if (line.page() != before.page() || line.words().size() != 1
                    || !gridNumber(clean(line.words().get(0).text())) || line.words().get(0).left() <= label.right()
                    || !(Math.abs(line.baseline() - before.baseline()) <= 2 * label.fontSize())
                    || first != null && !centredUnder(first, line.words().get(0))) {
                break;
            }
            first = first == null ? line.words().get(0) : first;
            entries.add(index);
        }
        return entries;
    }

    /** Whether one entry is centred under another: their middles within a font size. */
    private static boolean centredUnder(Document.Word one, Document.Word other) {
        return Math.abs(one.center() - other.center()) <= one.fontSize();
    }

    /**
     * Whether each row of a chain is a count of its own, named by the words left of it, with its thousands grouped by
     * spaces ({@code H1 9 600}, {@code H2 204 800}, {@code total 397 184}, pdflatex's {@code 9\,600}): a table of
     * counts, whose rows are read one by one, not a matrix of two columns, which left no count beside its label. A
     * row of more groups ({@code 397 184 397 434}, two columns of counts) could be parted more ways than one: it stays
     * a grid, and the label with digits after it is read by no one, flagged; unless its cells are told apart (a PDF's
     * column gap, a Word table's cell, written as tabs: {@code 397 184\t397 434}), each one count.
     */
    private static boolean labelledCounts(List<Document.Line> lines, List<Row> chain) {
        for (Row row : chain) {
            String lead = row.numbers().get(0);
            String group = row.numbers().get(row.numbers().size() - 1);
            boolean oneCount = row.numbers().size() == 2 && lead.length() <= 3
                    && Characters.asciiDigitsFrom(lead, 0) == lead.length() && !lead.startsWith("0")
                    && group.length() == 3 && Characters.asciiDigitsFrom(group, 0) == 3;
            if (labelLeftOf(lines.get(row.line()), row.left()).isEmpty()
                    || !oneCount && !countCells(lines.get(row.line()).text(), row.numbers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a row's numbers are its cells' (parted by tabs or bars) counts, each with its thousands grouped, or a computation's
     * result in its cell: {@code H1\t9 600\t9 728}, {@code H1\t128⋅3⋅5⋅5 = 9,600\t9,728}.
     */
    private static boolean countCells(String text, List<String> numbers) {
        if (text.indexOf('\t') < 0 && text.indexOf('|') < 0) {
            return false;
        }
        int groups = 0;
        int counts = 0;
        for (String cell : text.split("[\t|]")) {
            String result = cell.substring(cell.lastIndexOf('=') + 1).strip();
            String value = counts == 0 ? result.substring(labelledCountStart(result)) : result;
            if (groupedCount(value)) {
                groups += value.split("[ \u2009\u202f\u00a0]").length;
                counts++;
            } else if (value.chars().anyMatch(Character::isDigit) && counts > 0) {
                return false; // a number after the counts that is none
            }
        }
        return counts >= 1 && groups == numbers.size();
    }

    /** Whether a cell is one count with its thousands grouped (the value grammar's thousands): {@code 204 800}. */
    private static boolean groupedCount(String cell) {
        return !cell.isEmpty() && Characters.isAsciiDigit(cell.charAt(0)) && cell.charAt(0) != '0'
                && ValueSyntax.thousandsEnd(cell, 0, true) == cell.length();
    }

    /**
     * Where a row's first cell's count starts after the label it begins with ({@code Y 163 840}, {@code H1 9 600}: no
     * tab after a name); 0 when the cell is no label and count.
     */
    private static int labelledCountStart(String cell) {
        for (int index = 1; index < cell.length(); index++) {
            if (Character.isWhitespace(cell.charAt(index - 1)) && groupedCount(cell.substring(index))) {
                String[] words = cell.substring(0, index).strip().split("\\s+");
                String label = words[words.length - 1];
                return !label.isEmpty() && !Characters.isAsciiDigit(label.charAt(0)) ? index : 0;
            }
        }
        return 0;
    }

    /** A Markdown table's header of column numbers over a corner left empty: {@code |   | 1 | 2 | 3 |}. */
    private static final Pattern EMPTY_CORNER = Pattern.compile("^\\s*\\|\\s*\\|.*");

    /**
     * Whether a table's first row is a header numbering its columns ({@code |   | 1 | 2 | 3 | 4 |} over the rule, the
     * layout {@code key} prints a matrix in): its numbers name columns and are no row of the matrix. A header that
     * holds a row's numbers (a first row typed there, since Markdown wants a header) is a row.
     */
    private static boolean numbersColumns(List<Document.Line> lines, Row header) {
        int line = header.line();
        if (line + 1 >= lines.size() || !tableRule(lines.get(line + 1).text())
                || !EMPTY_CORNER.matcher(lines.get(line).text()).matches()) {
            return false;
        }
        List<String> numbers = header.numbers();
        int from = numbers.get(0).equals("0") ? 0 : 1;
        for (int column = 0; column < numbers.size(); column++) {
            if (!numbers.get(column).equals(Integer.toString(from + column))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows that continue {@code first} (on line {@code index}) down the page: each the next
     * unused segment aligned with it, at most one line apart. Its own method, as the loops of
     * {@link #grids} run often enough for the JIT to compile them on their own.
     */
    private static List<Row> chain(List<Document.Line> lines, List<List<Row>> segments, Set<Row> used,
            int index, Row first) {
        List<Row> chain = new ArrayList<>(List.of(first));
        int last = index;
        int next = index + 1;
        while (next < lines.size()) {
            boolean ends = next - last > 2 || lines.get(next).page() != lines.get(last).page();
            if (!ends && opensMatrix(lines.get(next), first)) {
                break; // The bracket of the next display.
            }
            // The first row of the next display: rows of one matrix stand closer.
            ends = ends || farBelow(lines, chain, next, first);
            Row row = ends ? null : nextRow(lines, segments, used, next, first);
            // Prose between two matrices: the first has ended.
            ends = ends || row == null && !labelOf(lines.get(next), first) && !tableRule(lines.get(next).text());
            if (ends) {
                int header = repeatedHeader(lines, first, last);
                if (header < 0) {
                    break;
                }
                last = header; // The table goes on under its header repeated on the next page.
                next = header + 1;
                continue;
            }
            if (row != null) {
                chain.add(row);
                last = next;
            }
            next++;
        }
        return chain;
    }

    /** The unused segment of line {@code next} that continues {@code first}'s rows, if one does; else null. */
    private static Row nextRow(List<Document.Line> lines, List<List<Row>> segments, Set<Row> used, int next,
            Row first) {
        Row aligned = null;
        Row ragged = null;
        for (Row candidate : segments.get(next)) {
            if (used.contains(candidate)) {
                continue;
            }
            // In plain text rows of a matrix need not line up ("3 2 5 2" over "1.5 7.5 2.5 6.5"); in a typeset
            // document the columns of a table must, unless each row is a paragraph of its numbers alone, typed
            // from one margin ("−9 −10 −9" over "0 0 0").
            boolean plain = lines.get(next).page() == 0;
            if (candidate.numbers().size() == first.numbers().size() && (plain || aligned(first, candidate)
                    || typedRows(lines.get(first.line()), first, lines.get(next), candidate))) {
                aligned = candidate;
            } else if (ragged == null && leadingColumnsAligned(first, candidate)
                    && mostlyNumbers(lines.get(next), candidate)) {
                ragged = candidate;
            }
        }
        return aligned != null ? aligned : ragged;
    }

    /**
     * Where a table broken by a page goes on: the line among the next page's first three that repeats the header
     * right above the table's first row (Chromium repeats a table's {@code <thead>}, LaTeX's longtable its head),
     * when at most two lines (the running footer, a page number) follow the table's last row on its page; −1 where
     * it does not go on. Without it the rows on the next page were read as the table, its first rows lost.
     */
    private static int repeatedHeader(List<Document.Line> lines, Row first, int last) {
        int header = first.line() - 1;
        int page = lines.get(last).page();
        if (page <= 0 || header < 0 || lines.get(header).page() != lines.get(first.line()).page()
                || lines.get(header).text().isBlank()) {
            return -1;
        }
        int pageEnd = last + 1;
        while (pageEnd < lines.size() && lines.get(pageEnd).page() == page) {
            pageEnd++;
        }
        if (pageEnd - last - 1 > 2) {
            return -1;
        }
        String repeated = lines.get(header).text().strip();
        for (int at = pageEnd; at < lines.size() && at <= pageEnd + 2 && lines.get(at).page() == page + 1; at++) {
            if (lines.get(at).text().strip().equals(repeated)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether line {@code next} stands much further below the chain's last row than a matrix's rows
     * stand apart: further than half as far again as the chain's own pitch, or, for a chain of one row,
     * than twice the row's font size (a matrix's rows are about 1.2 font sizes apart; two displays,
     * a display's skips more). Only typeset lines have baselines.
     */
    private static boolean farBelow(List<Document.Line> lines, List<Row> chain, int next, Row first) {
        double lastBaseline = lines.get(chain.get(chain.size() - 1).line()).baseline();
        double nextBaseline = lines.get(next).baseline();
        if (Double.isNaN(lastBaseline) || Double.isNaN(nextBaseline)) {
            return false;
        }
        double gap = nextBaseline - lastBaseline;
        // The pitch of rows on one page: a table going on on the next page has its first rows on the page before.
        if (chain.size() >= 2 && lines.get(chain.get(chain.size() - 2).line()).page() == lines.get(next).page()) {
            double pitch = lastBaseline - lines.get(chain.get(chain.size() - 2).line()).baseline();
            return gap > 1.5 * pitch;
        }
        double size = lines.get(first.line()).words().isEmpty() ? 10 : lines.get(first.line()).words().get(0).fontSize();
        // A row of typeset fractions (a matrix of quarters, 1/4 over 1/4) stands as tall as two rows of numbers.
        boolean fractions = first.numbers().stream().anyMatch(number -> number.indexOf('/') >= 0);
        return gap > (fractions ? 3 : 2) * size;
    }

    /** The rule under a Markdown table's first row ({@code |------|:----:|}), which continues the table. */
    private static final Pattern TABLE_RULE = Pattern.compile(
            "^\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*$");

    /** Whether a line is a Markdown table's rule, {@code |---|:---:|}. */
    static boolean tableRule(String line) {
        return TABLE_RULE.matcher(line).matches();
    }

    /**
     * Whether {@code line} holds an opening bracket just left of the columns of {@code row}: a typeset
     * matrix's delimiter (pdflatex sets a two-row matrix's brackets as glyphs above its first row) or a
     * row written with its bracket, opening a matrix of its own.
     */
    private static boolean opensMatrix(Document.Line line, Row row) {
        double gap = columnGap(row);
        // In plain text a bar opens a row of a Markdown table ("| 0.97 | 0.99 |"), not a determinant's bracket.
        String opening = line.page() == 0 ? "[(" : "[(|⎡⎛⎢⎜";
        for (Document.Word word : line.words()) {
            String text = word.text();
            if (!text.isEmpty() && opening.indexOf(text.charAt(0)) >= 0 && isDelimiterWord(text)
                    && word.right() <= row.left() + 0.25 * gap && word.right() >= row.left() - gap) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is only delimiters: {@code [}, {@code (}, {@code |}, or a bracket's pieces. */
    private static boolean isDelimiterWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("[](){}|⎡⎢⎣⎤⎥⎦⎛⎜⎝⎞⎟⎠".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double columnGap(Row row) {
        return row.centers().size() > 1 ? row.centers().get(1) - row.centers().get(0) : 20;
    }

    /**
     * Whether the shorter row's columns are the longer one's first columns: a ragged matrix's rows, each
     * set from the left column of the matrix.
     */
    private static boolean leadingColumnsAligned(Row first, Row other) {
        int shared = Math.min(first.centers().size(), other.centers().size());
        double tolerance = Math.min(columnGap(first), columnGap(other)) / 2;
        for (int i = 0; i < shared; i++) {
            if (Math.abs(first.centers().get(i) - other.centers().get(i)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two rows are each a line of their numbers alone starting at one margin: a matrix typed as paragraphs of
     * numbers, whose columns a proportional font does not line up.
     */
    private static boolean typedRows(Document.Line line, Row row, Document.Line otherLine, Row other) {
        double size = line.words().isEmpty() ? 10 : line.words().get(0).fontSize();
        return Math.abs(row.left() - other.left()) <= size / 2 && numbersAlone(line, row)
                && numbersAlone(otherLine, other);
    }

    /** Whether the numbers of {@code row} are all the words of its line. */
    private static boolean numbersAlone(Document.Line line, Row row) {
        return line.words().stream().filter(word -> !clean(word.text()).isEmpty()).count() == row.numbers().size();
    }

    /** Whether the numbers of {@code row} are most of the words of its line, labels left of it aside. */
    private static boolean mostlyNumbers(Document.Line line, Row row) {
        int words = 0;
        for (Document.Word word : line.words()) {
            if (word.left() >= row.left() - 0.5 && !clean(word.text()).isEmpty()) {
                words++;
            }
        }
        return row.numbers().size() * 10 >= words * 8;
    }

    /**
     * The matrices of a chain of rows. A matrix has one label ({@code Z =}), so a chain with two is two
     * or more matrices in consecutive displays. Where the first label stands on the first row (as in plain
     * text, {@code S = 0 2 0}), each label opens its matrix; otherwise (a typeset display) each label is
     * centred on its matrix: on its middle row, or between its two middle rows.
     */
    private static List<List<Row>> split(List<Document.Line> lines, List<Row> chain) {
        List<Integer> labelLines = new ArrayList<>();
        for (int line = chain.get(0).line(); line <= chain.get(chain.size() - 1).line(); line++) {
            String label = labelOfLine(lines, chain, line);
            if (label.endsWith("=") || label.endsWith(":")) {
                labelLines.add(line);
            }
        }
        if (labelLines.size() < 2) {
            return List.of(chain);
        }
        List<List<Row>> matrices = new ArrayList<>();
        int start = 0;
        if (labelLines.get(0) == chain.get(0).line()) {
            for (int label : labelLines.subList(1, labelLines.size())) {
                int end = start;
                while (end < chain.size() && chain.get(end).line() < label) {
                    end++;
                }
                matrices.add(chain.subList(start, end));
                start = end;
            }
        } else {
            for (int label : labelLines) {
                int before = 0;
                boolean onRow = false;
                for (int i = start; i < chain.size(); i++) {
                    before += chain.get(i).line() < label ? 1 : 0;
                    onRow |= chain.get(i).line() == label;
                }
                int size = onRow ? 2 * before + 1 : 2 * before;
                int end = Math.min(chain.size(), start + Math.max(size, 1));
                matrices.add(chain.subList(start, end));
                start = end;
            }
        }
        if (start < chain.size()) {
            matrices.add(chain.subList(start, chain.size()));
        }
        return matrices;
    }

    /**
     * The matrices a grid holds: itself, or those set side by side in its table, each under its heading and named by
     * it ({@link ColumnGroups}), counting all their numbers on each line.
     */
    private static List<Grid> sideBySide(List<Document.Line> lines, Grid whole, List<Row> matrix) {
        List<ColumnGroups.Group> groups = ColumnGroups.of(lines, matrix.stream().map(Row::line).toList(),
                matrix.stream().map(Row::centers).toList());
        List<Grid> grids = new ArrayList<>();
        for (int index = 0; index < groups.size(); index++) {
            ColumnGroups.Group group = groups.get(index);
            List<Row> columns = new ArrayList<>();
            for (Row row : matrix) {
                double left = group.from() == 0 ? row.left()
                        : (row.centers().get(group.from() - 1) + row.centers().get(group.from())) / 2;
                columns.add(new Row(row.numbers().subList(group.from(), group.to()),
                        row.centers().subList(group.from(), group.to()), left, row.line()));
            }
            Grid part = grid(lines, columns, whole.firstLine());
            grids.add(new Grid(part.firstLine(), part.lastLine(), part.rows(), part.labels(), whole.numbersPerLine(),
                    group.heading(), index));
        }
        return grids.isEmpty() ? List.of(whole) : grids;
    }

    /** The grid of a chain of rows starting on line {@code index}, with the label left of each of its lines. */
    private static Grid grid(List<Document.Line> lines, List<Row> chain, int index) {
        int last = chain.get(chain.size() - 1).line();
        // A header numbering the columns stays in the grid's lines (its label above, its numbers no other value).
        List<List<String>> rows = chain.stream().skip(numbersColumns(lines, chain.get(0)) ? 1 : 0)
                .map(Row::numbers).toList();
        Map<Integer, Integer> numbersPerLine = new HashMap<>();
        for (Row row : chain) {
            numbersPerLine.merge(row.line(), row.numbers().size(), Integer::sum);
        }
        List<String> labels = new ArrayList<>();
        for (int line = index; line <= last; line++) {
            labels.add(labelOfLine(lines, chain, line));
        }
        return new Grid(index, last, rows, labels, numbersPerLine);
    }

    /**
     * Whether a line stands between two rows of a table that a page breaks ({@link #repeatedHeader}): the running
     * footer and header and the header repeated label none of its rows.
     */
    private static boolean betweenPages(List<Document.Line> lines, List<Row> chain, int line) {
        for (int row = 1; row < chain.size(); row++) {
            int before = chain.get(row - 1).line();
            int after = chain.get(row).line();
            if (before < line && line < after && lines.get(before).page() != lines.get(after).page()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a line of a chain's span says left of the chain: left of the line's own row where it holds one (a Word
     * table's label cell, "dL/dP =" and a tab, puts its row right of the rows below, whose first cell is empty), else
     * left of the rightmost row's start (a label line between two rows, {@code W2 =} between {@code b1 = (−1; 0)} and
     * {@code −1   0}, names the rows below it: two values, not one matrix).
     */
    private static String labelOfLine(List<Document.Line> lines, List<Row> chain, int line) {
        if (betweenPages(lines, chain, line)) {
            return "";
        }
        double left = chain.stream().filter(row -> row.line() == line).mapToDouble(Row::left).min()
                .orElse(chain.stream().mapToDouble(Row::left).max().orElse(0));
        return labelLeftOf(lines.get(line), left);
    }

    /** Punctuation ending a sentence or a clause, as a word begins with it. */
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:]");

    /**
     * Whether a line between two rows is the matrix's label (or blank within it): nothing under the
     * matrix's columns, and whatever stands left of it ends close to it, as {@code Z =} does.
     */
    private static boolean labelOf(Document.Line line, Row row) {
        double left = row.left();
        double gap = columnGap(row);
        double right = row.centers().get(row.centers().size() - 1) + gap / 2;
        double rightmost = Double.NEGATIVE_INFINITY;
        for (Document.Word word : line.words()) {
            // Text after the matrix ("K = [...], stride = 2") belongs to its line, and so does what its punctuation
            // opens right of its last column (the full stop closing its sentence, ", stride = 2"), which LibreOffice
            // sets closer than half a column's gap; punctuation between its columns (", b1 =" of another matrix set
            // beside it) does not.
            boolean afterLastColumn = word.left() >= row.centers().get(row.centers().size() - 1)
                    && PUNCTUATION.matcher(word.text()).lookingAt();
            if (clean(word.text()).isEmpty() || word.left() >= right || afterLastColumn) {
                continue;
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
            } else if (!isDelimiterWord(word.text())) {
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

    /** The characters stripped from either end of a word before it is read as a grid's entry. */
    private static final String EDGE_CHARACTERS = "[(|])\\,;&";

    /** A word without the brackets and separators at its ends: {@code [[0.5,} is {@code 0.5}. */
    private static String clean(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "[(|]".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_CHARACTERS.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }

    /** Whether a word is only LaTeX's cell and row separators ({@code &}, {@code \\}). */
    private static boolean onlySeparators(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '&' && text.charAt(i) != '\\') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * The index of the word that closes a tuple of numbers opened at {@code index} ({@code (96,} {@code 55,}
     * {@code 55)}), or −1 when the words there are no such tuple.
     */
    private static int tupleEnd(List<Document.Word> words, int index) {
        for (int end = index; end < Math.min(words.size(), index + 6); end++) {
            String text = words.get(end).text();
            String number = clean(text);
            if (!gridNumber(number) || end > index && text.startsWith("(")) {
                return -1;
            }
            if (text.endsWith(")") || text.endsWith("),")) {
                return end > index || text.contains(",") ? end : -1;
            }
            if (!text.endsWith(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word at {@code index} ends with a comma after one to three digits and the next is three digits. */
    private static boolean thousandsGroup(List<Document.Word> words, int index) {
        if (index + 1 >= words.size()) {
            return false;
        }
        String word = words.get(index).text();
        String next = words.get(index + 1).text();
        int digits = Characters.asciiDigitsFrom(word, 0);
        return digits >= 1 && digits <= 3 && word.length() == digits + 1 && word.charAt(digits) == ','
                && Characters.asciiDigitsFrom(next, 0) == 3 && (next.length() == 3 || ",.;".indexOf(next.charAt(3)) >= 0
                        && next.length() == 4);
    }

    /** A times sign standing as a word of its own between a product's factors: "256 × 6 × 6", "55 by 55". */
    private static final Set<String> TIMES_SIGNS = Set.of("×", "x", "·", "⋅", "by");

    /**
     * Whether the word at {@code index} is a factor of a product written with spaced signs ({@code 256 × 6 × 6}): a
     * shape, a value of its own, never an entry of a grid's row. A Word table's row {@code MaxPool 3×3, stride 2 | 256
     * × 6 × 6} over {@code Flatten | 9216 | 0} was a matrix [[2, 256], [9216, 0]], and the flattened length was lost.
     */
    private static boolean factor(List<Document.Word> words, int index) {
        return index + 1 < words.size() && TIMES_SIGNS.contains(words.get(index + 1).text())
                || index > 0 && TIMES_SIGNS.contains(words.get(index - 1).text());
    }

    private static List<Row> segments(Document.Line line, int lineIndex, boolean[] taken) {
        List<Row> rows = new ArrayList<>();
        List<Document.Word> numeric = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String lineText = line.text();
        int offset = 0;
        List<Document.Word> words = line.words();
        for (int index = 0; index < words.size(); index++) {
            Document.Word word = words.get(index);
            if (word.text().startsWith("(") && tupleEnd(words, index) > index) {
                // "(96, 55, 55)": a tuple, a value of its own (a shape), not entries of a grid's row.
                flush(numeric, numbers, rows, lineIndex);
                index = tupleEnd(words, index);
                continue;
            }
            if (thousandsGroup(words, index)) {
                // "18, 432": one number set with a thin space after its comma, not two entries of a row.
                flush(numeric, numbers, rows, lineIndex);
                index++;
                offset = Math.min(lineText.length(), offset + word.text().length());
                continue;
            }
            int at = lineText.indexOf(word.text(), offset);
            at = at < 0 ? offset : at;
            offset = Math.min(lineText.length(), at + word.text().length());
            String text = clean(word.text());
            if (at < taken.length && taken[at]) {
                flush(numeric, numbers, rows, lineIndex);
                continue; // part of a list or an environment, a candidate of its own
            }
            if (text.isEmpty() || onlySeparators(text)) {
                continue;
            }
            if (gridNumber(text) && !factor(words, index) && !(numeric.isEmpty() && closesRemark(word.text()))) {
                numeric.add(word);
                numbers.add(text);
            } else {
                flush(numeric, numbers, rows, lineIndex);
            }
        }
        flush(numeric, numbers, rows, lineIndex);
        return rows;
    }

    /**
     * A label alone, after a comma or not: {@code b1=} or {@code ,b1=} of a matrix set beside another, or of a column
     * vector.
     */
    private static final Pattern LABEL_BESIDE = Pattern.compile(
            "[,;]?\\p{L}[^=\\s]{0,8}=");

    /**
     * A line's rows parted where the label of another matrix stands between two of their columns on the line above or
     * below: LibreOffice sets matrices side by side ({@code W1 = […], b1 = […]}) with their rows above and below one
     * label line ({@code W1= ,b1= ,W2= …}), each row running on from one matrix into the next.
     * The part after the label starts at the label's end, so that the label is left of it.
     */
    private static List<Row> apartAtLabelsBeside(List<Document.Line> lines, int index, List<Row> rows) {
        List<Document.Word> labels = new ArrayList<>();
        for (int beside = index - 1; beside <= index + 1; beside += 2) {
            if (beside >= 0 && beside < lines.size() && lines.get(beside).page() == lines.get(index).page()
                    && lines.get(index).page() > 0) {
                lines.get(beside).words().stream().filter(word -> LABEL_BESIDE.matcher(word.text()).matches())
                        .forEach(labels::add);
            }
        }
        if (labels.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        List<Row> apart = new ArrayList<>();
        for (Row row : rows) {
            int start = 0;
            double left = row.left();
            for (int column = 1; column < row.centers().size(); column++) {
                double before = row.centers().get(column - 1);
                double after = row.centers().get(column);
                Optional<Document.Word> between = labels.stream().filter(word -> word.left() > before
                        && word.right() < after).findFirst();
                if (between.isPresent()) {
                    addPart(apart, row, start, column, left);
                    start = column;
                    left = between.get().right();
                }
            }
            addPart(apart, row, start, row.centers().size(), left);
        }
        return apart;
    }

    /**
     * The columns {@code from} to {@code to} of a row, when they are two or more (a row of a grid), or one after a
     * label (a column vector's entry, {@code b1 = [0; 0]}).
     */
    private static void addPart(List<Row> parts, Row row, int from, int to, double left) {
        if (from == 0 && to == row.centers().size()) {
            parts.add(row);
        } else if (to - from >= 2 || from > 0) {
            parts.add(new Row(new ArrayList<>(row.numbers().subList(from, to)),
                    new ArrayList<>(row.centers().subList(from, to)), left, row.line()));
        }
    }

    /**
     * Whether a number closes a parenthesis it did not open ({@code stride 4)}, a list's {@code 1)}): the end of a
     * remark in words, or an item's number, never the first entry of a grid's row. A LaTeX table's rows {@code conv1
     * (11×11, stride 4) & 96 & …} were read as a matrix {@code [[4, 96], [2, 96], …]}.
     */
    private static boolean closesRemark(String word) {
        return word.indexOf(')') >= 0 && word.indexOf('(') < 0 && word.indexOf(']') < 0;
    }

    /** Ends a run of numbers, split where a gap is far wider than the run's typical gap. */
    private static void flush(List<Document.Word> numeric, List<String> numbers, List<Row> rows, int lineIndex) {
        if (numeric.size() >= 2) {
            double[] gaps = new double[numeric.size() - 1];
            for (int i = 0; i + 1 < numeric.size(); i++) {
                gaps[i] = numeric.get(i + 1).center() - numeric.get(i).center();
            }
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            double typical = sorted[0];
            int start = 0;
            for (int i = 0; i <= gaps.length; i++) {
                // Two matrices side by side stand well apart; a table's next column after a vector cell
                // ([0 1]^T, then its label) stands a little over twice the vector's own gap away.
                boolean split = i == gaps.length || gaps[i] > 2.3 * typical
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
