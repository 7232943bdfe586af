package org.cnngrader.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tensor;

/**
 * Reads the value syntax of DESIGN.md §5 from what a student wrote, in a cell or as a candidate a
 * document scanner ({@link Candidates}) found; both use the definitions of {@link ValueSyntax}, so
 * that a written value means the same in every format:
 * <ul>
 *   <li>numbers: {@code 0.88}, {@code -0.5}, {@code −0.5}, {@code 0,88}, {@code 0{,}88},
 *       {@code 1e-3}, {@code 1/4}, {@code \frac{1}{4}}, {@code ¼}, {@code 2½}, {@code 2.} (numpy), and {@code 9,216} or
 *       {@code 9 216} as thousands where the reference is whole;
 *   <li>matrices: {@code [[0.5, 0.88], [0.98, 0.88]]}, {@code [0.5 0.88; 0.98 0.88]},
 *       {@code 0.5 0.88; 0.98 0.88}, rows on separate lines, numpy's printed arrays
 *       ({@code [[0.5  0.88]\n [0.98 0.88]]}, {@code array([[…]])}, {@code tensor([[…]], dtype=…)}),
 *       LaTeX {@code bmatrix}, {@code pmatrix}, {@code vmatrix}, {@code matrix}, {@code array};
 *       decimal commas inside all of them, a comma followed by a blank separating entries;
 *   <li>shapes: {@code 96×55×55}, {@code 96 x 55 x 55}, {@code 96·55·55}, {@code 96*55*55},
 *       {@code (96, 55, 55)}, {@code 100 × (128 × 256 × 256)};
 *   <li>booleans: yes, no, true, false (and ja, nein, wahr, falsch, oui, non, vrai, faux), also opening a sentence ("No, the
 *       eye is outside …") or after "Answer:".
 * </ul>
 * NaN, infinities, hexadecimal, ragged matrices and stray letters are refused with a reason.
 *
 * <p>Reading is by hand, forward, in time linear in the text (no pattern with nested quantifiers
 * meets student text): a cell of a few thousand blanks must not take minutes.
 */
public final class ValueParser {

    /** The longest text read as one value by default ({@code --limit value-chars} sets another). */
    public static final int MAX_LENGTH = 20_000;

    private static final List<String> ENVIRONMENTS = List.of("bmatrix", "pmatrix", "vmatrix", "Vmatrix", "Bmatrix",
            "matrix", "smallmatrix", "array");
    // Each group below is bounded by braces: linear per match, and a match starts only at a backslash.
    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SIMPLE_FRACTION = Pattern.compile("\\\\[dt]?frac\\s?(\\d)\\s?(\\d)");
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|mathbf)\\{([^{}]*)\\}");

    /** How a note on a decimal comma ends; {@link #collapsedNotes} counts them by it. */
    private static final String DECIMAL_COMMA = " (decimal comma)";
    private static final String READ_AS = "' was read as ";

    private ValueParser() {
    }

    /** A number times a matrix: {@code 1/4 · [[1, 1], [1, 1]]} (a typeset {@code \\frac{1}{4}} before a matrix). */
    private static final Pattern SCALED_MATRIX = Pattern.compile(
            "([-−]?\\d{1,9}(?:[.,]\\d{1,9})?(?:/\\d{1,9})?)\\s*[·×*]\\s*(\\[.*|\\\\begin\\{.*)", Pattern.DOTALL);

    /** The matrix times the factor, each read as it would be alone. */
    private static Parsed scaledMatrix(String factorText, String matrixText, Expectation expectation) {
        Parsed factor = parse(factorText, Expectation.ANY);
        Parsed matrix = parse(matrixText, new Expectation(false, expectation.rank()));
        if (factor instanceof Parsed.Value scalar && scalar.value() instanceof SheetValue.Numbers number
                && number.tensor().isSingle() && matrix instanceof Parsed.Value entries
                && entries.value() instanceof SheetValue.Numbers grid && !grid.tensor().isSingle()) {
            double by = number.tensor().item();
            List<String> notes = new ArrayList<>(scalar.notes());
            notes.addAll(entries.notes());
            return new Parsed.Value(new SheetValue.Numbers(grid.tensor().map(entry -> entry * by)), notes);
        }
        return matrix instanceof Parsed.Refused ? matrix : new Parsed.Refused(Excerpt.quoted(factorText)
                + " times a matrix: the factor or the matrix is not a number");
    }

    /** Reads {@code text} as one value. */
    public static Parsed parse(String text, Expectation expectation) {
        if (text == null || text.isBlank()) {
            return new Parsed.Refused("nothing is written");
        }
        int longest = ReadingLimits.current().valueChars();
        if (text.length() > longest) {
            return new Parsed.Refused("the text is longer than " + longest + " characters");
        }
        List<String> notes = new ArrayList<>();
        // A fraction set as one character (a cell's "¼") is the fraction the value syntax writes: 1/4; a full-width
        // digit ("９２１６") is its ASCII digit.
        String written = Characters.fractions(Characters.plainLetters(text));
        String stripped = written.strip();
        if (!expectation.symbols().isEmpty() && !plainDecimal(stripped)
                && FormulaSyntax.read(stripped, expectation.symbols()) instanceof FormulaSyntax.Reading.Formula formula) {
            // A formula part reads a formula first; a number (for the rubric's instance) is read as any number.
            return new Parsed.Value(new SheetValue.Formula(stripped, formula.term()), notes);
        }
        if (plainDecimal(stripped) && !(expectation.integral() && pointsGroupThousands(stripped))) {
            // Most of what a sheet holds: no cleaning, no scanning.
            return new Parsed.Value(new SheetValue.Numbers(Tensor.scalar(Double.parseDouble(stripped))), notes);
        }
        OptionalInt word = expectation.integral() && expectation.rank() == 0
                ? ValueSyntax.numberWord(stripped) : OptionalInt.empty();
        if (word.isPresent()) {
            notes.add("the word '" + stripped + "' read as " + word.getAsInt());
            return new Parsed.Value(new SheetValue.Numbers(Tensor.scalar(word.getAsInt())), notes);
        }
        Matcher scaled = SCALED_MATRIX.matcher(stripped);
        if (scaled.matches()) {
            return scaledMatrix(scaled.group(1), scaled.group(2), expectation);
        }
        try {
            SheetValue value = read(clean(written), expectation, notes);
            if (expectation.rank() == 0 && value instanceof SheetValue.Numbers numbers && numbers.tensor().rank() > 0
                    && numbers.tensor().isSingle()) {
                // "Stride: [[2]]" where one number is asked for is that number; graded as a matrix, it was incorrect
                // with feedback that it "could not be checked".
                double entry = numbers.tensor().item();
                notes.add("the 1 × 1 matrix " + Excerpt.shortened(stripped, Excerpt.QUOTED) + " was read as the number "
                        + (entry == Math.rint(entry) ? String.valueOf((long) entry) : String.valueOf(entry)));
                value = new SheetValue.Numbers(Tensor.scalar(entry));
            }
            return new Parsed.Value(value, collapsedNotes(notes));
        } catch (Refusal refusal) {
            return new Parsed.Refused(refusal.getMessage());
        } catch (EngineException problem) {
            return new Parsed.Refused(problem.getMessage());
        }
    }

    /** Removes math delimiters and layout commands that do not change the value. */
    static String clean(String text) {
        // Each rule below needs one of these characters.
        if (!Characters.containsAny(text, "\\${~\u2212\u2013\u2012\u00a0\u202f\u2009")) {
            return text.strip();
        }
        String cleaned = text.strip()
                .replace('\u2212', '-').replace('\u2013', '-').replace('\u2012', '-')
                .replace("{,}", ",").replace("\\,", " ").replace("\\;", " ").replace("\\!", "").replace("~", " ")
                .replace("\\left", "").replace("\\right", "").replace("\\big", "").replace("\\Big", "")
                .replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ");
        cleaned = withoutDelimiters(cleaned);
        Matcher fraction = FRACTION.matcher(cleaned);
        cleaned = fraction.replaceAll(match -> "(" + Matcher.quoteReplacement(match.group(1).strip()) + ")/("
                + Matcher.quoteReplacement(match.group(2).strip()) + ")");
        cleaned = SIMPLE_FRACTION.matcher(cleaned).replaceAll("($1)/($2)");
        return TEXT_COMMAND.matcher(cleaned).replaceAll("$1").strip();
    }

    /** The text without the math delimiters around it: {@code $…$}, {@code $$…$$}, {@code \[…\]}, {@code \(…\)}. */
    private static String withoutDelimiters(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '$') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '$') {
            end--;
        }
        String inner = text.substring(start, end).strip();
        if (inner.length() >= 4 && (inner.startsWith("\\[") && inner.endsWith("\\]")
                || inner.startsWith("\\(") && inner.endsWith("\\)"))) {
            inner = inner.substring(2, inner.length() - 2);
        } else if (inner.startsWith("\\[") || inner.startsWith("\\(")) {
            inner = inner.substring(2);
        } else if (inner.endsWith("\\]") || inner.endsWith("\\)")) {
            inner = inner.substring(0, inner.length() - 2);
        }
        return inner.strip();
    }

    private static SheetValue read(String text, Expectation expectation, List<String> notes) {
        if (text.isEmpty()) {
            throw new Refusal("nothing is written");
        }
        int labelEnd = ValueSyntax.answerLabelEnd(text, 0);
        String value = labelEnd > 0 ? text.substring(labelEnd) : text;
        ValueSyntax.BooleanWord truth = ValueSyntax.booleanAt(value, 0);
        if (truth != null) {
            return new SheetValue.Truth(truth.value());
        }
        if (value.isEmpty()) {
            throw new Refusal("nothing is written after " + Excerpt.quoted(text.strip()));
        }
        if (value.contains("\\begin")) {
            Tensor environment = environment(value, expectation, notes);
            if (environment != null) {
                return new SheetValue.Numbers(environment);
            }
        }
        return new SheetValue.Numbers(numbers(value, expectation, notes));
    }

    /** The numbers of a text that is not a yes or no and holds no LaTeX environment. */
    private static Tensor numbers(String text, Expectation expectation, List<String> notes) {
        if (ValueSyntax.hexadecimalEnd(text, 0) == text.length()) {
            throw new Refusal("hexadecimal numbers (" + Excerpt.shortened(text, Excerpt.QUOTED)
                    + ") are not read; write it in decimal");
        }
        int wrapper = ValueSyntax.wrapperLength(text, 0);
        if (wrapper > 0) {
            return numbers(unwrapped(text, wrapper), expectation, notes);
        }
        if (text.startsWith("[")) {
            ListReader reader = new ListReader(text, expectation, notes);
            Node list = reader.list(0);
            if (reader.position == text.length()) {
                return list.tensor();
            }
            if (!Characters.containsAny(text, Characters.LINE_BREAKS)) {
                throw new Refusal("the brackets of the matrix do not match");
            }
        }
        if (Characters.containsAny(text, Characters.LINE_BREAKS)) {
            List<String> nonEmpty = new ArrayList<>();
            for (String line : lines(text)) {
                if (!line.isBlank()) {
                    nonEmpty.add(withoutRowEdges(line.strip()));
                }
            }
            if (nonEmpty.size() > 1) {
                return matrix(rows(nonEmpty, null, expectation, notes));
            }
            text = nonEmpty.isEmpty() ? "" : nonEmpty.get(0);
        }
        if (text.indexOf(';') >= 0 && ValueSyntax.rowsEnd(text, 0, new int[1]) == text.length()) {
            return matrix(rows(List.of(text.split(";")), null, expectation, notes));
        }
        if (ValueSyntax.shapeEnd(text, 0) == text.length()) {
            return shape(text, expectation, notes);
        }
        if (text.startsWith("(") && text.endsWith(")") && text.contains(",")) {
            String inner = text.substring(1, text.length() - 1).strip();
            // Python writes a tuple of one with a comma after it: (9216,).
            inner = inner.endsWith(",") && inner.indexOf(',') == inner.length() - 1 ? inner.substring(0,
                    inner.length() - 1) : inner;
            if (!inner.contains("(")) {
                return vector(entries(inner, null, new Expectation(true), notes));
            }
        }
        Tensor parted = partedByCommas(text, expectation, notes);
        return parted != null ? parted : Tensor.scalar(number(text, expectation, notes));
    }

    /**
     * Whole numbers parted by commas where a vector of whole numbers (a shape) is asked for: {@code 96,55,55} and
     * {@code 96, 55, 55} are its entries, where one number is asked for {@code 96,55} stays a decimal comma. A comma
     * that may be a decimal comma ({@code 3,5}, two numbers, no blank) parts entries only where the vector has two.
     * Commas that group thousands ({@code 9,216}, pdflatex's {@code 9, 216}, {@code 1,327,488}) keep making one number:
     * a document's parameter counts stand beside its shapes; where the vector has as many entries, that reading is
     * noted, so a shape typed so ({@code 64,112,112}) shows what it was read as. Null for any other text.
     */
    private static Tensor partedByCommas(String text, Expectation expectation, List<String> notes) {
        if (!expectation.wholeVector() || text.indexOf(',') < 0) {
            return null;
        }
        List<Double> entries = new ArrayList<>();
        boolean spaced = false;
        boolean thousands = true;
        int index = 0;
        while (true) {
            int digits = Characters.asciiDigitsFrom(text, index);
            if (digits == 0) {
                return null;
            }
            thousands &= entries.isEmpty() ? digits <= 3 : digits == 3;
            entries.add(Double.parseDouble(text.substring(index, index + digits)));
            index += digits;
            if (index == text.length()) {
                break;
            }
            int comma = ValueSyntax.skipBlanks(text, index);
            if (comma == text.length() || text.charAt(comma) != ',') {
                return null;
            }
            int next = ValueSyntax.skipBlanks(text, comma + 1);
            spaced |= comma > index || next > comma + 1;
            index = next;
        }
        String sides = String.join(" × ", entries.stream().map(entry -> String.valueOf(entry.longValue())).toList());
        if (entries.size() < 2) {
            return null;
        }
        if (thousands) {
            if (entries.size() == expectation.entries() && !entries.contains(0.0)) {
                notes.add(Excerpt.quoted(text) + " was read as one number, its commas grouping thousands; write " + sides
                        + " if the shape is meant");
            }
            return null;
        }
        boolean decimalComma = !spaced && entries.size() == 2;
        if (decimalComma && expectation.entries() != 2) {
            return null;
        }
        if (!spaced) {
            notes.add(Excerpt.quoted(text) + " was read as the shape " + sides + " (its sides parted by commas)");
        }
        return vector(entries);
    }

    /**
     * The value inside a printed array's wrapper ({@code array([[1, 2]])}, {@code tensor([1., 2.],
     * dtype=torch.float64)}, {@code tensor(3.5)}): its first argument; the others are ignored.
     */
    private static String unwrapped(String text, int wrapper) {
        if (!text.endsWith(")")) {
            throw new Refusal("the parenthesis of " + text.substring(0, wrapper) + "…) is not closed");
        }
        int start = ValueSyntax.skipBlanks(text, wrapper);
        int end;
        if (start < text.length() && text.charAt(start) == '[') {
            end = matchingBracket(text, start) + 1;
            if (end == 0) {
                throw new Refusal("the brackets of the matrix do not match");
            }
        } else {
            end = text.indexOf(',', start);
            end = end < 0 ? text.length() - 1 : end;
        }
        int rest = ValueSyntax.skipBlanks(text, end);
        if (rest != text.length() - 1 && text.charAt(rest) != ',') {
            throw new Refusal(Excerpt.quoted(text.substring(end, text.length() - 1).strip()) + " follows the array");
        }
        return text.substring(start, end).strip();
    }

    /** Where the bracket matching the {@code [} at {@code open} stands, −1 if none. */
    private static int matchingBracket(String text, int open) {
        int depth = 0;
        for (int index = open; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '[') {
                depth++;
            } else if (character == ']' && --depth == 0) {
                return index;
            }
        }
        return -1;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int index = 0; index <= text.length(); index++) {
            if (index == text.length() || Characters.LINE_BREAKS.indexOf(text.charAt(index)) >= 0) {
                boolean crlf = index + 1 < text.length() && text.charAt(index) == '\r' && text.charAt(index + 1) == '\n';
                lines.add(text.substring(start, index));
                if (crlf) {
                    index++;
                }
                start = index + 1;
            }
        }
        return lines;
    }

    /** A row line without the brackets and separators at its ends: {@code [1, 2],} is {@code 1, 2}. */
    private static String withoutRowEdges(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && "[(|".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "])|,;".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(start, end);
    }

    /**
     * The matrix of the first LaTeX matrix environment in {@code text}, null if none is closed. Linear in the text:
     * an environment without its {@code \end} is looked for once, not once per {@code \begin} of it (a megabyte of
     * unclosed {@code \begin{bmatrix}} would otherwise read the text once per begin).
     */
    private static Tensor environment(String text, Expectation expectation, List<String> notes) {
        Set<String> unclosed = new HashSet<>();
        int longestName = 0;
        for (String name : ENVIRONMENTS) {
            longestName = Math.max(longestName, name.length());
        }
        int begin = text.indexOf("\\begin{");
        int nameEnd = -1;
        while (begin >= 0) {
            int nameStart = begin + 7;
            // The brace that closed the last name closes this one too when it stands after this begin.
            nameEnd = nameEnd >= nameStart ? nameEnd : text.indexOf('}', nameStart);
            if (nameEnd < 0) {
                return null; // no later begin has its name closed either
            }
            String name = nameEnd - nameStart > longestName ? "" : text.substring(nameStart, nameEnd);
            if (ENVIRONMENTS.contains(name) && !unclosed.contains(name)) {
                String end = "\\end{" + name + "}";
                int close = text.indexOf(end, nameEnd);
                if (close >= 0) {
                    int body = nameEnd + 1;
                    if (name.equals("array") && body < text.length() && text.charAt(body) == '{') {
                        int specEnd = text.indexOf('}', body);
                        body = specEnd < 0 || specEnd > close ? body : specEnd + 1;
                    }
                    return matrix(rows(List.of(text.substring(body, close).split("\\\\\\\\")), "&", expectation,
                            notes));
                }
                unclosed.add(name); // no end after this begin, so none after a later one
            }
            begin = text.indexOf("\\begin{", begin + 1);
        }
        return null;
    }

    /**
     * The sides of a shape. A squared or cubed side ({@code 100 × 128 × 256²}) is that side two or three times, a
     * square image's height and width, noted; where the shape asked for has as many sides as are written, the power may
     * instead be one side's size (65536), and the text is refused for a person to read. Prose names a shape's sides
     * in more than one place ("96 feature maps of size 55 by 55"): sides joined by "by" short of the shape asked for
     * are part of the answer only, refused too.
     */
    private static Tensor shape(String text, Expectation expectation, List<String> notes) {
        List<Double> sides = new ArrayList<>();
        List<String> powers = new ArrayList<>();
        int written = 0;
        boolean inWords = false;
        int index = 0;
        while (index < text.length()) {
            int digits = Characters.asciiDigitsFrom(text, index);
            if (digits > 0) {
                String side = text.substring(index, index + digits);
                int power = ValueSyntax.sidePowerLength(text, index, digits, text.length());
                int times = power > 0
                        ? ValueSyntax.sidePower(text.substring(index + digits, index + digits + power)) : 1;
                for (int repeat = 0; repeat < times; repeat++) {
                    sides.add(Double.parseDouble(side));
                }
                if (power > 0) {
                    powers.add(text.substring(index, index + digits + power) + "' as "
                            + String.join(" × ", Collections.nCopies(times, side)));
                }
                written++;
                index += digits + power;
            } else {
                int by = ValueSyntax.byWordLength(text, index, text.length());
                inWords |= by > 0;
                index += Math.max(Math.max(ValueSyntax.timesSignLength(text, index), by), 1);
            }
        }
        if (sides.size() > Tensor.MAX_RANK + 1) {
            throw new Refusal("a shape has at most " + (Tensor.MAX_RANK + 1) + " sides, not " + sides.size());
        }
        if (inWords && expectation.entries() > sides.size()) {
            throw new Refusal(Excerpt.quoted(text) + " gives " + sides.size() + " sides of a shape of "
                    + expectation.entries() + ": the others may be written in words around it");
        }
        if (!powers.isEmpty() && expectation.entries() == written) {
            throw new Refusal(Excerpt.quoted(text) + " has a side raised to a power: read as " + sides.size()
                    + " sides it is not the shape of " + written + " asked for, and as one side's size it is unsure");
        }
        for (String power : powers) {
            notes.add("'" + power);
        }
        return vector(sides);
    }

    private static Tensor vector(List<Double> values) {
        if (values.size() == 1) {
            return Tensor.scalar(values.get(0));
        }
        return Tensor.vector(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Tensor matrix(List<List<Double>> rows) {
        if (rows.isEmpty()) {
            throw new Refusal("the matrix is empty");
        }
        int width = rows.get(0).size();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != width) {
                throw new Refusal("ragged matrix: row " + (i + 1) + " has " + rows.get(i).size()
                        + " entries but row 1 has " + width);
            }
        }
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            matrix[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return Tensor.matrix(matrix);
    }

    private static List<List<Double>> rows(List<String> rowTexts, String separator, Expectation expectation,
            List<String> notes) {
        List<List<Double>> rows = new ArrayList<>();
        for (String row : rowTexts) {
            String cleanedRow = row.replace("\\hline", "").strip();
            if (cleanedRow.isEmpty()) {
                continue;
            }
            rows.add(entries(cleanedRow, separator, expectation, notes));
        }
        return rows;
    }

    /**
     * A minus sign spaced from its number where an entry starts, after a comma, a semicolon or the row's start ("23, 8,
     * - 8"): the number's sign, which was refused as "'-' is not a number". Between numbers no comma parts ("1 - 2")
     * it stays a sign alone, refused.
     */
    private static final Pattern SPACED_SIGN = Pattern.compile("(^\\s*|[,;]\\s*)([-\u2212])\\s+(?=\\d)");

    /**
     * The numbers of one row. With an explicit separator ({@code &}) every cell is one number;
     * otherwise entries are separated by tabs, spaces, or commas followed by a space, and a comma
     * between digits is a decimal comma — unless the row has no blank at all ({@code 1,2,3}).
     */
    private static List<Double> entries(String row, String separator, Expectation expectation, List<String> notes) {
        String[] cells;
        if (separator != null) {
            cells = row.split(Pattern.quote(separator), -1);
        } else if (!Characters.containsAny(row, Characters.BLANKS) && row.contains(",")) {
            cells = row.split(",");
        } else {
            cells = separatedEntries(SPACED_SIGN.matcher(row).replaceAll("$1$2"));
        }
        List<Double> values = new ArrayList<>();
        for (String cell : cells) {
            String entry = cell.strip();
            if (entry.isEmpty() || entry.equals(",")) {
                if (separator != null) {
                    throw new Refusal("a cell of the matrix is empty");
                }
                continue;
            }
            values.add(number(entry.endsWith(",") ? entry.substring(0, entry.length() - 1) : entry, expectation,
                    notes));
        }
        if (values.isEmpty()) {
            throw new Refusal("a row of the matrix is empty");
        }
        return values;
    }

    /**
     * A row split where {@code \s*,\s+|\s*\t\s*|\s+|\s*;\s*} matches, without the empty pieces:
     * at blanks, at semicolons, and at commas followed by a blank (a comma between digits stays in
     * its number). Split by hand: every matrix row of every candidate is split.
     */
    static String[] separatedEntries(String row) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int index = 0; index <= row.length(); index++) {
            boolean end = index == row.length();
            char character = end ? ' ' : row.charAt(index);
            boolean blank = Characters.BLANKS.indexOf(character) >= 0;
            boolean separator = end || blank || character == ';' || character == ',' && index + 1 < row.length()
                    && Characters.BLANKS.indexOf(row.charAt(index + 1)) >= 0;
            if (separator) {
                if (index > start) {
                    entries.add(row.substring(start, index));
                }
                start = index + 1;
            }
        }
        return entries.toArray(String[]::new);
    }

    /** One number, with the refusals of DESIGN.md §5. */
    static double number(String typed, Expectation expectation, List<String> notes) {
        // A cell of a block holds one number as a whole answer does: "¼" is 1/4 there too.
        String written = Characters.fractions(typed);
        if (expectation.integral() && pointsGroupThousands(written)) {
            // "9.216" where the answer is a whole number: German and many other locales group thousands with a point.
            String digits = written.strip().replace(".", "");
            notes.add("'" + written.strip() + READ_AS + digits + " (a point grouping thousands, as the answer is a"
                    + " whole number)");
            return Double.parseDouble(digits);
        }
        if (plainDecimal(written)) {
            return Double.parseDouble(written);
        }
        int comma = decimalComma(written);
        if (comma > 0 && !(expectation.integral() && oneThousandsGroup(written, comma))) {
            // The general rules below read it so; a sheet from a comma-decimal locale is all such numbers.
            return decimal(written, notes);
        }
        String text = written.strip();
        if (text.length() >= 2 && text.charAt(0) == '{' && text.charAt(text.length() - 1) == '}') {
            text = text.substring(1, text.length() - 1).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nan")) {
            throw new Refusal("NaN is not a number");
        }
        if (lower.contains("inf") || text.contains("∞")) {
            throw new Refusal("an infinite value is not allowed");
        }
        if (ValueSyntax.hexadecimalEnd(lower, 0) == lower.length()) {
            throw new Refusal("hexadecimal numbers (" + Excerpt.shortened(text, Excerpt.QUOTED)
                    + ") are not read; write it in decimal");
        }
        if (text.startsWith("(") && text.endsWith(")") && !text.contains("/")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (expectation.integral() && ValueSyntax.thousandsEnd(text, 0, true) == text.length()) {
            return Double.parseDouble(withoutThousandsSeparators(text));
        }
        if (!text.isEmpty() && ValueSyntax.numberEnd(text, 0, true) == text.length()) {
            return decimal(text, notes);
        }
        if (ValueSyntax.approximateCount(text)) {
            BigDecimal count = new BigDecimal(text.substring(0, text.length() - 1)
                    .replace('−', '-'))
                    .multiply(BigDecimal.valueOf(ValueSyntax.magnitude(text.charAt(text.length() - 1))));
            notes.add("'" + text + READ_AS + count.stripTrailingZeros().toPlainString() + ", given approximately");
            return count.doubleValue();
        }
        int slash = text.indexOf('/');
        if (slash > 0 && slash == text.lastIndexOf('/')) {
            double numerator = number(withoutParentheses(text.substring(0, slash)), Expectation.ANY, notes);
            double denominator = number(withoutParentheses(text.substring(slash + 1)), Expectation.ANY, notes);
            if (denominator == 0) {
                throw new Refusal(Excerpt.quoted(text) + " divides by zero");
            }
            return numerator / denominator;
        }
        throw new Refusal(notANumber(text));
    }

    /** What to do about a date where a number was typed, as every reason about one says it. */
    static final String DATE_TAKEN_FOR_A_FRACTION = "the spreadsheet may have turned a fraction such as 1/4 into a"
            + " date: type it as a number";

    /** Three numbers parted by one sign twice: {@code 01/04/2026}, {@code 2026-01-04}, {@code 4.1.26}. */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}([/.-])\\d{1,2}\\1\\d{1,4}");
    private static final Pattern PERCENTAGE = Pattern.compile("([-−]?\\d{1,9}(?:\\.\\d{1,20})?)\\s?%");

    /**
     * Why text is not a number, saying what it is where a spreadsheet made it so: a CSV export writes a cell formatted
     * as a date or a percentage in that format ({@code 01/04/2026} for a typed {@code 1/4}, {@code 95.25%}).
     */
    private static String notANumber(String text) {
        if (DATE.matcher(text).matches()) {
            return Excerpt.quoted(text) + " is a date, not a number; " + DATE_TAKEN_FOR_A_FRACTION;
        }
        Matcher percentage = PERCENTAGE.matcher(text);
        if (percentage.matches()) {
            String number = new BigDecimal(percentage.group(1).replace('−', '-')).movePointLeft(2)
                    .stripTrailingZeros().toPlainString();
            return Excerpt.quoted(text) + " is a percentage, not a number: write it as one (" + number + ")";
        }
        return Excerpt.quoted(text) + " is not a number";
    }

    private static String withoutParentheses(String side) {
        String stripped = side.strip();
        if (stripped.startsWith("(") && stripped.endsWith(")")) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        if (stripped.isEmpty() || stripped.indexOf('(') >= 0 || stripped.indexOf(')') >= 0) {
            throw new Refusal(Excerpt.quoted(side.strip()) + " is not a number");
        }
        return stripped;
    }

    private static String withoutThousandsSeparators(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Characters.isAsciiDigit(character) || character == '-') {
                digits.append(character);
            } else if (character == '\u2212') {
                digits.append('-');
            }
        }
        return digits.toString();
    }

    /** A text that {@link ValueSyntax#numberEnd} reads, its decimal comma noted. */
    private static double decimal(String text, List<String> notes) {
        String normalized = ValueSyntax.withExponent(text).replace('\u2212', '-');
        if (normalized.contains(",")) {
            notes.add(decimalCommaNote(text, normalized.replace(',', '.')));
            normalized = normalized.replace(',', '.');
        }
        double value = Double.parseDouble(normalized);
        if (!Double.isFinite(value)) {
            throw new Refusal(Excerpt.quoted(text) + " is too large");
        }
        return value;
    }

    private static String decimalCommaNote(String written, String read) {
        return "'" + written + READ_AS + read + DECIMAL_COMMA;
    }

    /**
     * The notes with one note per kind: the decimal commas of a matrix are counted in one note ("16 numbers
     * were read with a decimal comma (e.g. '0,88' as 0.88)"), and a note said more than once is said once,
     * with the count.
     */
    public static List<String> collapsedNotes(List<String> notes) {
        if (notes.size() < 2) {
            return notes;
        }
        int decimalCommas = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String note : notes) {
            if (isDecimalCommaNote(note)) {
                decimalCommas++;
            } else {
                counts.merge(note, 1, Integer::sum);
            }
        }
        List<String> collapsed = new ArrayList<>();
        boolean decimalCommaSaid = false;
        for (String note : notes) {
            if (isDecimalCommaNote(note)) {
                if (!decimalCommaSaid) {
                    decimalCommaSaid = true;
                    collapsed.add(decimalCommas == 1 ? note : decimalCommas + " numbers were read with a decimal comma"
                            + " (e.g. " + note.substring(0, note.length() - DECIMAL_COMMA.length())
                                    .replace(READ_AS, "' as ") + ")");
                }
                continue;
            }
            Integer count = counts.remove(note);
            if (count != null) {
                collapsed.add(count == 1 ? note : note + " (" + count + " times)");
            }
        }
        return collapsed;
    }

    private static boolean isDecimalCommaNote(String note) {
        return note.startsWith("'") && note.endsWith(DECIMAL_COMMA) && note.contains(READ_AS);
    }

    /**
     * Where the comma of a plain decimal with a decimal comma, {@code -0,88}, stands: an optional minus, ASCII
     * digits, a comma and ASCII digits; -1 for any other text. {@link #number} reads such a text as a thousand
     * only where a whole number is expected and the comma has one to three digits before it and three after,
     * otherwise as a decimal.
     */
    static int decimalComma(String text) {
        int length = text.length();
        int index = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerDigits = Characters.asciiDigitsFrom(text, index);
        index += integerDigits;
        if (integerDigits == 0 || index == length || text.charAt(index) != ',') {
            return -1;
        }
        int fractionDigits = Characters.asciiDigitsFrom(text, index + 1);
        return fractionDigits > 0 && index + 1 + fractionDigits == length ? index : -1;
    }

    /** Whether the decimal with a comma at {@code comma} is one thousands group: 1–3 digits, a comma, 3 digits. */
    private static boolean oneThousandsGroup(String text, int comma) {
        int integerDigits = comma - (text.charAt(0) == '-' ? 1 : 0);
        return integerDigits <= 3 && text.length() - comma - 1 == 3;
    }

    /**
     * The value of a block of cells holding one number each: one row or one column is a vector where the reference
     * has rank 1 or less, any other block a matrix.
     */
    static Tensor cellBlock(double[][] values, Expectation expectation) {
        if (expectation.rank() <= 1 && values.length == 1) {
            return Tensor.vector(values[0]);
        }
        if (expectation.rank() <= 1 && Arrays.stream(values).allMatch(row -> row.length == 1)) {
            // A vector typed down a column.
            return Tensor.vector(Arrays.stream(values).mapToDouble(row -> row[0]).toArray());
        }
        return Tensor.matrix(values);
    }

    /**
     * Whether {@code text} is a whole number with its thousands grouped by points ({@code 9.216}, {@code 1.000.000})
     * that would otherwise read as a fraction, which a whole-number answer cannot be. {@code 2.000}, whose decimal
     * reading is whole, is left to it: a sheet that writes 2 so (numpy's {@code 2.000}) is likelier than one that
     * writes 2000 so. A number opening with 0 ({@code 0.125}) groups nothing.
     */
    static boolean pointsGroupThousands(String text) {
        String number = text.strip();
        int index = number.startsWith("-") ? 1 : 0;
        int lead = Characters.asciiDigitsFrom(number, index);
        if (lead < 1 || lead > 3 || number.charAt(index) == '0') {
            return false;
        }
        index += lead;
        int groups = 0;
        boolean fraction = false;
        while (index < number.length()) {
            if (number.charAt(index) != '.' || Characters.asciiDigitsFrom(number, index + 1) != 3) {
                return false;
            }
            fraction |= !number.startsWith("000", index + 1);
            groups++;
            index += 4;
        }
        return groups > 1 || groups == 1 && fraction;
    }

    /**
     * Whether {@code text} is a plain decimal, {@code -12.5}: an optional minus, ASCII digits, and
     * optionally a point followed by digits; short enough to be finite. The general rules read it
     * as {@link Double#parseDouble} does.
     */
    static boolean plainDecimal(String text) {
        int length = text.length();
        int index = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerDigits = Characters.asciiDigitsFrom(text, index);
        index += integerDigits;
        if (integerDigits == 0 || length > 24) {
            return false;
        }
        if (index == length) {
            return true;
        }
        int fractionDigits = Characters.asciiDigitsFrom(text, index + 1);
        return text.charAt(index) == '.' && fractionDigits > 0 && index + 1 + fractionDigits == length;
    }

    /** A nested list read: a row of numbers, or a list of nested lists. */
    private record Node(List<Double> numbers, List<Node> children) {

        /** The tensor of this list; its lists at each depth must have one length. */
        Tensor tensor() {
            if (numbers != null) {
                return vector(numbers);
            }
            List<Integer> shape = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            shape.add(children.size());
            List<Integer> inner = children.get(0).shape();
            shape.addAll(inner);
            for (int i = 0; i < children.size(); i++) {
                List<Integer> childShape = children.get(i).shape();
                if (!childShape.equals(inner)) {
                    if (inner.size() == 1 && childShape.size() == 1) {
                        throw new Refusal("ragged matrix: row " + (i + 1) + " has " + childShape.get(0)
                                + " entries but row 1 has " + inner.get(0));
                    }
                    throw new Refusal("ragged array: item " + (i + 1) + " has the shape " + childShape
                            + " but item 1 has " + inner);
                }
                children.get(i).collect(values);
            }
            if (shape.size() > Tensor.MAX_RANK) {
                throw new Refusal("an array has at most " + Tensor.MAX_RANK + " dimensions, not " + shape.size());
            }
            return Tensor.of(shape.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        private List<Integer> shape() {
            if (numbers != null) {
                return List.of(numbers.size());
            }
            List<Integer> shape = new ArrayList<>(List.of(children.size()));
            shape.addAll(children.get(0).shape());
            return shape;
        }

        private void collect(List<Double> values) {
            if (numbers != null) {
                values.addAll(numbers);
            } else {
                children.forEach(child -> child.collect(values));
            }
        }
    }

    /**
     * Reads nested lists: Python's {@code [[1, 2], [3, 4]]}, numpy's {@code [[1. 2.]\n [3. 4.]]} (no commas,
     * a list per line), MATLAB's {@code [1 2; 3 4]} inside any of them. One pass; nesting is bounded by the
     * highest rank.
     */
    private static final class ListReader {
        private final String text;
        private final Expectation expectation;
        private final List<String> notes;
        private int position;

        ListReader(String text, Expectation expectation, List<String> notes) {
            this.text = text;
            this.expectation = expectation;
            this.notes = notes;
        }

        /** The list whose {@code [} is at {@link #position}, leaving {@link #position} after its {@code ]}. */
        Node list(int depth) {
            if (depth >= Tensor.MAX_RANK) {
                throw new Refusal("an array has at most " + Tensor.MAX_RANK + " dimensions");
            }
            position = ValueSyntax.skipBlanks(text, position + 1);
            if (position < text.length() && text.charAt(position) == '[') {
                List<Node> children = new ArrayList<>();
                while (true) {
                    children.add(list(depth + 1));
                    position = ValueSyntax.skipBlanks(text, position);
                    if (position < text.length() && text.charAt(position) == ',') {
                        position = ValueSyntax.skipBlanks(text, position + 1);
                    }
                    if (position < text.length() && text.charAt(position) == ']') {
                        position++;
                        return new Node(null, children);
                    }
                    if (position >= text.length() || text.charAt(position) != '[') {
                        throw new Refusal("the brackets of the matrix do not match");
                    }
                }
            }
            int close = position;
            while (close < text.length() && text.charAt(close) != ']') {
                if (text.charAt(close) == '[') {
                    throw new Refusal("the brackets of the matrix do not match");
                }
                close++;
            }
            if (close == text.length()) {
                throw new Refusal("the brackets of the matrix do not match");
            }
            String inner = text.substring(position, close).strip();
            position = close + 1;
            List<String> rowTexts = rowTexts(inner);
            if (rowTexts.size() > 1) {
                List<Node> rows = new ArrayList<>();
                for (List<Double> row : rows(rowTexts, null, expectation, notes)) {
                    rows.add(new Node(row, null));
                }
                if (rows.isEmpty()) {
                    throw new Refusal("the matrix is empty");
                }
                return new Node(null, rows);
            }
            return new Node(entries(inner, null, expectation, notes), null);
        }
    }

    /**
     * The rows of a list's content: split at semicolons (MATLAB's {@code [1 2; 3 4]}), else at line breaks
     * unless a line ends with a comma (a long Python list wrapped onto lines is one row).
     */
    private static List<String> rowTexts(String inner) {
        if (inner.indexOf(';') >= 0) {
            return List.of(inner.split(";"));
        }
        if (!Characters.containsAny(inner, Characters.LINE_BREAKS)) {
            return List.of(inner);
        }
        List<String> rows = new ArrayList<>();
        for (String line : lines(inner)) {
            String row = line.strip();
            if (row.endsWith(",")) {
                return List.of(inner);
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A value that cannot be read; the message is the reason. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason);
        }
    }
}
