package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tensor;

/**
 * Reads the value syntax of DESIGN.md §5 from what a student wrote:
 * <ul>
 *   <li>numbers: {@code 0.88}, {@code -0.5}, {@code −0.5}, {@code 0,88}, {@code 0{,}88},
 *       {@code 1e-3}, {@code 1/4}, {@code \frac{1}{4}}, and {@code 9,216} or {@code 9 216} as
 *       thousands where the reference is whole;
 *   <li>matrices: {@code [[0.5, 0.88], [0.98, 0.88]]}, {@code [0.5 0.88; 0.98 0.88]}, rows on
 *       separate lines, LaTeX {@code bmatrix}, {@code pmatrix}, {@code vmatrix}, {@code matrix},
 *       {@code array};
 *   <li>shapes: {@code 96×55×55}, {@code 96 x 55 x 55}, {@code (96, 55, 55)},
 *       {@code 100 × (128 × 256 × 256)};
 *   <li>booleans: yes, no, true, false.
 * </ul>
 * NaN, infinities, hexadecimal, ragged matrices and stray letters are refused with a reason.
 */
public final class ValueParser {

    /** The longest text read as one value. */
    public static final int MAX_LENGTH = 20_000;

    private static final Pattern ENVIRONMENT = Pattern.compile(
            "\\\\begin\\{(bmatrix|pmatrix|vmatrix|Vmatrix|Bmatrix|matrix|smallmatrix|array)\\}(\\{[^}]*\\})?(.*?)"
                    + "\\\\end\\{\\1\\}", Pattern.DOTALL);
    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SIMPLE_FRACTION = Pattern.compile("\\\\[dt]?frac\\s*(\\d)\\s*(\\d)");
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:(?:,\\s?|[  ' ])\\d{3})+");
    private static final Pattern FRACTION_TEXT = Pattern.compile("\\(?\\s*([^/()]+?)\\s*\\)?\\s*/\\s*\\(?\\s*([^/()]+?)"
            + "\\s*\\)?");
    /** The characters one of which every match of {@link #SHAPE_SEPARATOR} holds. */
    private static final String SHAPE_SIGNS = "×\\*·xX";
    private static final Pattern SHAPE_SEPARATOR = Pattern.compile(
            "\\s*(?:×|\\\\times|\\*|·|\\\\cdot|(?<=[\\d\\s)])[xX](?=[\\s\\d(]))\\s*");

    private ValueParser() {
    }

    /** Reads {@code text} as one value. */
    public static Parsed parse(String text, Expectation expectation) {
        if (text == null || text.isBlank()) {
            return new Parsed.Refused("nothing is written");
        }
        if (text.length() > MAX_LENGTH) {
            return new Parsed.Refused("the text is longer than " + MAX_LENGTH + " characters");
        }
        List<String> notes = new ArrayList<>();
        String stripped = text.strip();
        if (plainDecimal(stripped)) {
            // Most of what a sheet holds: no cleaning, no patterns.
            return new Parsed.Value(new SheetValue.Numbers(Tensor.scalar(Double.parseDouble(stripped))), notes);
        }
        String cleaned = clean(text);
        try {
            Parsed result = read(cleaned, expectation, notes);
            return result;
        } catch (Refusal refusal) {
            return new Parsed.Refused(refusal.getMessage());
        } catch (EngineException problem) {
            return new Parsed.Refused(problem.getMessage());
        }
    }

    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[,  ' \\s]");
    private static final Pattern YES = Pattern.compile("yes|true|wahr|ja");
    private static final Pattern NO = Pattern.compile("no|false|falsch|nein");
    private static final Pattern SHAPE_TEXT = Pattern.compile("[\\d\\s()×xX*·\\\\a-z]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LINE_EDGES = Pattern.compile("^[\\[(|]+|[\\])|,;]+$");
    private static final Pattern BRACED = Pattern.compile("^\\{(.*)\\}$");
    private static final Pattern HEX = Pattern.compile("[+-]?0x[0-9a-f]+");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern DELIMITERS = Pattern.compile("^\\$+|\\$+$");
    private static final Pattern DISPLAY = Pattern.compile("^\\\\[\\[(]|\\\\[\\])]$");
    private static final Pattern MATRIX_ROW = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|mathbf)\\{([^}]*)\\}");

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
        cleaned = DISPLAY.matcher(DELIMITERS.matcher(cleaned).replaceAll("")).replaceAll("").strip();
        Matcher fraction = FRACTION.matcher(cleaned);
        cleaned = fraction.replaceAll(match -> "(" + Matcher.quoteReplacement(match.group(1).strip()) + ")/("
                + Matcher.quoteReplacement(match.group(2).strip()) + ")");
        cleaned = SIMPLE_FRACTION.matcher(cleaned).replaceAll("($1)/($2)");
        return TEXT_COMMAND.matcher(cleaned).replaceAll("$1").strip();
    }

    private static Parsed read(String text, Expectation expectation, List<String> notes) {
        // A yes or no is a short word; an environment begins with a backslash.
        String lower = text.length() <= 6 ? text.toLowerCase(Locale.ROOT) : "";
        if (YES.matcher(lower).matches()) {
            return new Parsed.Value(new SheetValue.Truth(true), notes);
        }
        if (NO.matcher(lower).matches()) {
            return new Parsed.Value(new SheetValue.Truth(false), notes);
        }
        if (text.contains("\\begin")) {
            Matcher environment = ENVIRONMENT.matcher(text);
            if (environment.find()) {
                return numbers(rows(environment.group(3).split("\\\\\\\\"), "&", expectation, notes), notes);
            }
        }
        String[] lines = Characters.containsAny(text, Characters.LINE_BREAKS) ? LINE_BREAK.split(text)
                : new String[] {text};
        if (lines.length > 1) {
            List<String> nonEmpty = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    nonEmpty.add(LINE_EDGES.matcher(line.strip()).replaceAll(""));
                }
            }
            if (nonEmpty.size() > 1) {
                return numbers(rows(nonEmpty.toArray(String[]::new), null, expectation, notes), notes);
            }
            text = nonEmpty.isEmpty() ? "" : nonEmpty.get(0);
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1).strip();
            if (inner.startsWith("[")) {
                List<String> rowTexts = new ArrayList<>();
                Matcher row = MATRIX_ROW.matcher(inner);
                int end = 0;
                while (row.find()) {
                    if (!inner.substring(end, row.start()).replace(",", "").isBlank()) {
                        throw new Refusal("the brackets of the matrix do not match");
                    }
                    rowTexts.add(row.group(1));
                    end = row.end();
                }
                if (!inner.substring(end).replace(",", "").isBlank()) {
                    throw new Refusal("the brackets of the matrix do not match");
                }
                return numbers(rows(rowTexts.toArray(String[]::new), null, expectation, notes), notes);
            }
            if (inner.contains(";")) {
                return numbers(rows(inner.split(";"), null, expectation, notes), notes);
            }
            return vector(entries(inner, null, expectation, notes), notes);
        }
        // Every separator of a shape has one of these characters.
        if (Characters.containsAny(text, SHAPE_SIGNS) && SHAPE_SEPARATOR.matcher(text).find()
                && SHAPE_TEXT.matcher(text).matches()) {
            return shape(text, notes);
        }
        if (text.startsWith("(") && text.endsWith(")") && text.contains(",")) {
            String inner = text.substring(1, text.length() - 1);
            if (!inner.contains("(")) {
                return vector(entries(inner, null, new Expectation(true), notes), notes);
            }
        }
        return vector(List.of(number(text, expectation, notes)), notes);
    }

    private static Parsed shape(String text, List<String> notes) {
        String flat = text.replace("(", " ").replace(")", " ").strip();
        String[] sides = SHAPE_SEPARATOR.split(flat);
        double[] values = new double[sides.length];
        for (int i = 0; i < sides.length; i++) {
            String side = sides[i].strip();
            if (!WHOLE.matcher(side).matches()) {
                throw new Refusal("'" + side + "' is not a whole number in the shape " + text);
            }
            values[i] = Double.parseDouble(side);
        }
        if (values.length > Tensor.MAX_RANK + 1) {
            throw new Refusal("a shape has at most " + (Tensor.MAX_RANK + 1) + " sides, not " + values.length);
        }
        return new Parsed.Value(new SheetValue.Numbers(Tensor.vector(values)), notes);
    }

    private static Parsed vector(List<Double> values, List<String> notes) {
        if (values.size() == 1) {
            return new Parsed.Value(new SheetValue.Numbers(Tensor.scalar(values.get(0))), notes);
        }
        return new Parsed.Value(new SheetValue.Numbers(Tensor.vector(values.stream().mapToDouble(Double::doubleValue)
                .toArray())), notes);
    }

    private static Parsed numbers(List<List<Double>> rows, List<String> notes) {
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
        Tensor tensor = Tensor.matrix(matrix);
        return new Parsed.Value(new SheetValue.Numbers(tensor), notes);
    }

    private static List<List<Double>> rows(String[] rowTexts, String separator, Expectation expectation,
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
     * The numbers of one row. With an explicit separator ({@code &}) every cell is one number;
     * otherwise entries are separated by tabs, spaces, or commas followed by a space, and a comma
     * between digits is a decimal comma.
     */
    private static List<Double> entries(String row, String separator, Expectation expectation, List<String> notes) {
        String[] cells;
        if (separator != null) {
            cells = row.split(Pattern.quote(separator), -1);
        } else if (!Characters.containsAny(row, Characters.BLANKS) && row.contains(",")) {
            cells = row.split(",");
        } else {
            cells = separatedEntries(row);
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
    static double number(String written, Expectation expectation, List<String> notes) {
        if (plainDecimal(written)) {
            return Double.parseDouble(written);
        }
        int comma = decimalComma(written);
        if (comma > 0 && !(expectation.integral() && oneThousandsGroup(written, comma))) {
            // What the patterns below make of it, without them: a sheet from a comma-decimal locale is all such numbers.
            return decimal(written, notes);
        }
        String text = BRACED.matcher(written.strip()).replaceAll("$1").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nan")) {
            throw new Refusal("NaN is not a number");
        }
        if (lower.contains("inf") || text.contains("∞")) {
            throw new Refusal("an infinite value is not allowed");
        }
        if (HEX.matcher(lower).matches()) {
            throw new Refusal("hexadecimal numbers (" + text + ") are not read; write it in decimal");
        }
        if (text.startsWith("(") && text.endsWith(")") && !text.contains("/")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (expectation.integral()) {
            Matcher thousands = THOUSANDS.matcher(text);
            if (thousands.matches()) {
                return Double.parseDouble(THOUSANDS_SEPARATOR.matcher(text).replaceAll(""));
            }
        }
        if (NUMBER.matcher(text).matches()) {
            return decimal(text, notes);
        }
        Matcher fraction = FRACTION_TEXT.matcher(text);
        if (fraction.matches()) {
            double numerator = number(fraction.group(1), Expectation.ANY, notes);
            double denominator = number(fraction.group(2), Expectation.ANY, notes);
            if (denominator == 0) {
                throw new Refusal("'" + text + "' divides by zero");
            }
            return numerator / denominator;
        }
        throw new Refusal("'" + text + "' is not a number");
    }

    /** A text that {@link #NUMBER} matches, its decimal comma noted. */
    private static double decimal(String text, List<String> notes) {
        if (text.contains(",")) {
            notes.add("'" + text + "' was read as " + text.replace(',', '.') + " (decimal comma)");
        }
        double value = Double.parseDouble(text.replace(',', '.'));
        if (!Double.isFinite(value)) {
            throw new Refusal("'" + text + "' is too large");
        }
        return value;
    }

    /**
     * Where the comma of a plain decimal with a decimal comma, {@code -0,88}, stands: an optional minus, ASCII
     * digits, a comma and ASCII digits; -1 for any other text. {@link #number} reads such a text as a thousand
     * ({@link #THOUSANDS}) only where a whole number is expected and the comma has one to three digits before it
     * and three after, otherwise as a decimal ({@link #NUMBER}).
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

    /** Whether the decimal with a comma at {@code comma} is what {@link #THOUSANDS} matches: 1–3 digits, a comma, 3 digits. */
    private static boolean oneThousandsGroup(String text, int comma) {
        int integerDigits = comma - (text.charAt(0) == '-' ? 1 : 0);
        return integerDigits <= 3 && text.length() - comma - 1 == 3;
    }

    /**
     * Whether {@code text} is a plain decimal, {@code -12.5}: an optional minus, ASCII digits, and
     * optionally a point followed by digits; short enough to be finite. Every pattern above reads it
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

    /** A value that cannot be read; the message is the reason. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason);
        }
    }
}
