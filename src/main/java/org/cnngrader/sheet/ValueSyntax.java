package org.cnngrader.sheet;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The value syntax of DESIGN.md §5, defined once for {@link ValueParser} (which reads one written
 * value) and {@link Candidates} (which finds the values written in a document): the times signs,
 * the number syntax, the boolean words, bracketless rows, shapes, and the wrappers of numpy's and
 * PyTorch's printed arrays. Two grammars drift apart ({@code 96·55·55} read in a cell but not found
 * in a PDF); one cannot.
 *
 * <p>Every method scans by hand, forward only, and in time linear in what it reads: it runs over
 * student text, where a pattern with nested quantifiers can take minutes on a few thousand blanks.
 * Each returns where what it recognises ends, or −1.
 */
final class ValueSyntax {

    /** The words read as yes, lower case. */
    static final List<String> YES_WORDS = List.of("yes", "true", "wahr", "ja", "oui", "vrai");
    /** The words read as no, lower case. */
    static final List<String> NO_WORDS = List.of("no", "false", "falsch", "nein", "non", "faux");
    /** Words that introduce an answer, so that a yes or no after them is one ("Answer: no"). */
    static final List<String> ANSWER_WORDS = List.of("answer", "antwort", "réponse", "a");
    /** Times signs of one character; {@code x} and {@code X} count only between digits ({@link #timesSignLength}). */
    static final String TIMES_CHARACTERS = "×*·⋅∙";
    /** Times signs spelled as LaTeX commands. */
    static final List<String> TIMES_COMMANDS = List.of("\\times", "\\cdot");
    /** What comes before the list of a printed array: {@code array(}, {@code np.array(}, {@code tensor(}… */
    static final List<String> ARRAY_WRAPPERS = List.of("np.array(", "numpy.array(", "array(", "torch.tensor(",
            "tensor(");
    /** Blanks between parts of a value: what {@code \s} matches, and the no-break and thin spaces. */
    static final String BLANKS = Characters.BLANKS + "\u00a0\u202f\u2009";
    /** Minus signs: ASCII hyphen-minus and Unicode minus. */
    static final String MINUS_SIGNS = "-\u2212";

    /** The longest text read as one shape (five sides of a long LaTeX spelling fit many times over). */
    static final int MAX_SHAPE_LENGTH = 400;

    private ValueSyntax() {
    }

    static boolean isBlank(char character) {
        return BLANKS.indexOf(character) >= 0;
    }

    /** Where the blanks from {@code index} end. */
    static int skipBlanks(String text, int index) {
        int at = index;
        while (at < text.length() && isBlank(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether {@code character} is part of a word: a letter, a digit or an underscore. */
    static boolean isWordCharacter(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }

    /**
     * The length of the times sign at {@code index}: {@code × * · ⋅ ∙ \times \cdot}, {@code @} between digits
     * ({@code 6@28×28}), or {@code x}/{@code X} after a digit, a blank or a closing parenthesis and before one of
     * them (as in {@code 96 x 55});
     * 0 where there is none. {@code 0x1F} is not a shape: {@link #hexadecimalEnd} claims it first.
     */
    static int timesSignLength(String text, int index) {
        char character = text.charAt(index);
        if (TIMES_CHARACTERS.indexOf(character) >= 0) {
            return 1;
        }
        if (character == '@') {
            // LeNet's "6@28×28": six maps of 28 × 28, channels first as PyTorch orders them.
            return index > 0 && index + 1 < text.length() && Characters.isAsciiDigit(text.charAt(index - 1))
                    && Characters.isAsciiDigit(text.charAt(index + 1)) ? 1 : 0;
        }
        if (character == 'x' || character == 'X') {
            boolean before = index > 0 && (Characters.isAsciiDigit(text.charAt(index - 1))
                    || isBlank(text.charAt(index - 1)) || text.charAt(index - 1) == ')');
            boolean after = index + 1 < text.length() && (Characters.isAsciiDigit(text.charAt(index + 1))
                    || isBlank(text.charAt(index + 1)) || text.charAt(index + 1) == '(');
            return before && after ? 1 : 0;
        }
        if (character == '\\') {
            for (String command : TIMES_COMMANDS) {
                if (text.startsWith(command, index) && (index + command.length() == text.length()
                        || !Character.isLetter(text.charAt(index + command.length())))) {
                    return command.length();
                }
            }
        }
        return 0;
    }

    /**
     * Where a number starting at {@code start} ends: an optional sign ({@code - − +}), digits with a decimal
     * point or comma ({@code 0.88}, {@code 0,88}, {@code 0{,}88}), or {@code .5}, or digits and a point alone
     * ({@code 2.}, as numpy prints), then an optional exponent ({@code 1e-3}). With {@code decimalCommas}
     * false a comma always ends the number (as in {@code [1,2,3]}).
     */
    static int numberEnd(String text, int start, boolean decimalCommas) {
        int index = start;
        int length = text.length();
        if (index < length && (MINUS_SIGNS.indexOf(text.charAt(index)) >= 0 || text.charAt(index) == '+')) {
            index++;
        }
        int digits = Characters.asciiDigitsFrom(text, index);
        index += digits;
        boolean fraction = false;
        if (index < length) {
            int separator = decimalSeparatorLength(text, index, decimalCommas);
            if (separator > 0) {
                int more = Characters.asciiDigitsFrom(text, index + separator);
                if (more > 0) {
                    index += separator + more;
                    fraction = true;
                } else if (digits > 0 && text.charAt(index) == '.' && !followedByDigitAfterPoint(text, index)) {
                    index++; // numpy's "2." (a float without its zero)
                    fraction = true;
                }
            }
        }
        if (digits == 0 && !fraction) {
            return -1;
        }
        if (index < length && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            int exponent = index + 1;
            if (exponent < length && (text.charAt(exponent) == '-' || text.charAt(exponent) == '+')) {
                exponent++;
            }
            int exponentDigits = Characters.asciiDigitsFrom(text, exponent);
            if (exponentDigits > 0) {
                return exponent + exponentDigits;
            }
        }
        int power = powerOfTenEnd(text, index);
        return power > 0 ? power : index;
    }

    /**
     * Where a number that ends at {@code numberEnd} ends with a thousands or millions suffix ({@code 9.6k},
     * {@code 397K}, {@code 1.2M params}), or −1: the letter touches the number and nothing of a formula or a word
     * follows it ({@code 2k+1}, {@code 5kg} and {@code 3Mx} are no counts). Such a count is given approximately.
     */
    static int magnitudeEnd(String text, int numberEnd) {
        if (numberEnd <= 0 || numberEnd >= text.length() || !Characters.isAsciiDigit(text.charAt(numberEnd - 1))
                || "kKM".indexOf(text.charAt(numberEnd)) < 0) {
            return -1;
        }
        int after = numberEnd + 1;
        return after == text.length()
                || !isWordCharacter(text.charAt(after)) && "+-−*/^(=×·".indexOf(text.charAt(after)) < 0
                ? after : -1;
    }

    /** What a suffix that {@link #magnitudeEnd} accepts multiplies by. */
    static double magnitude(char suffix) {
        return suffix == 'M' ? 1e6 : 1e3;
    }

    /** Whether {@code written} is one number with a thousands or millions suffix ({@code 397k}): an approximation. */
    static boolean approximateCount(String written) {
        String text = written.strip();
        int end = numberEnd(text, 0, false);
        return end > 0 && magnitudeEnd(text, end) == text.length();
    }

    /**
     * Where a power-of-ten factor after a mantissa ends, or −1: a times sign, {@code 10} and an exponent written
     * with a caret ({@code × 10^5}, {@code \times 10^{-3}}) or in superscript digits ({@code · 10⁵}). It is
     * scientific notation like {@code e5}, one number ({@code 2.048 × 10^5} is 204800); a {@code 10} with no
     * exponent stays a shape's side ({@code 3 × 10 × 10}).
     */
    static int powerOfTenEnd(String text, int index) {
        int at = skipBlanks(text, index);
        int sign = at < text.length() ? timesSignLength(text, at) : 0;
        if (sign == 0) {
            return -1;
        }
        at = skipBlanks(text, at + sign);
        if (!text.startsWith("10", at)) {
            return -1;
        }
        at += 2;
        if (at < text.length() && text.charAt(at) == '^') {
            at++;
            boolean braced = at < text.length() && text.charAt(at) == '{';
            if (braced) {
                at++;
            }
            if (at < text.length() && (MINUS_SIGNS.indexOf(text.charAt(at)) >= 0 || text.charAt(at) == '+')) {
                at++;
            }
            int digits = Characters.asciiDigitsFrom(text, at);
            if (digits == 0) {
                return -1;
            }
            at += digits;
            if (braced) {
                if (at >= text.length() || text.charAt(at) != '}') {
                    return -1;
                }
                at++;
            }
            return at;
        }
        if (at < text.length() && text.charAt(at) == Characters.SUPERSCRIPT_MINUS) {
            at++;
        }
        int start = at;
        while (at < text.length() && Characters.SUPERSCRIPT_DIGITS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at > start ? at : -1;
    }

    /**
     * A number that {@link #numberEnd} reads, with its power-of-ten factor turned into an {@code e} exponent
     * ({@code 2.048 × 10^5} → {@code 2.048e5}), so that one rule parses both spellings.
     */
    static String withExponent(String number) {
        for (int index = 0; index < number.length(); index++) {
            int power = powerOfTenEnd(number, index);
            if (power == number.length() && numberEnd(number.substring(0, index), 0, true) == index) {
                StringBuilder exponent = new StringBuilder();
                int at = number.indexOf("10", index) + 2;
                for (; at < power; at++) {
                    char character = number.charAt(at);
                    if (MINUS_SIGNS.indexOf(character) >= 0 || character == Characters.SUPERSCRIPT_MINUS) {
                        exponent.append('-');
                    } else if (Characters.isAsciiDigit(character)) {
                        exponent.append(character);
                    } else if (Characters.SUPERSCRIPT_DIGITS.indexOf(character) >= 0) {
                        exponent.append((char) ('0' + Characters.SUPERSCRIPT_DIGITS.indexOf(character)));
                    }
                }
                return number.substring(0, index) + "e" + exponent;
            }
        }
        return number;
    }

    private static boolean followedByDigitAfterPoint(String text, int point) {
        return point + 1 < text.length() && Characters.isAsciiDigit(text.charAt(point + 1));
    }

    /** The length of a decimal separator at {@code index}: {@code .}, {@code ,} (when allowed) or LaTeX's {@code {,}}. */
    private static int decimalSeparatorLength(String text, int index, boolean decimalCommas) {
        char character = text.charAt(index);
        if (character == '.') {
            return 1;
        }
        if (decimalCommas && character == ',') {
            return 1;
        }
        return decimalCommas && text.startsWith("{,}", index) ? 3 : 0;
    }

    /**
     * Where a number written with thousands separators starting at {@code start} ends: one to three digits,
     * then groups of three each after a comma (and a space), an apostrophe, LaTeX's thin space
     * {@code \,}, or a (thin, no-break) space: {@code 397,184}, {@code 9 216}, {@code 1'000'000}. A group
     * followed by a digit or a decimal point is no thousands group. Blanks separate the entries of a row too
     * ({@code 96 256 384}): unless {@code manySpacedGroups} (a cell holding one value), a group after a blank
     * is one only as the single group, with no number a blank away on either side and no times sign after
     * it ({@code = 2 256 × 26 × 26} is a number and a shape). A group after a comma and a blank is none with a times
     * sign after it ({@code (5×5, 256, 256 × 27 × 27}: a list's last entry, then a shape). Groups parted by bare commas
     * with a comma and a digit after them are none ({@code 96,155,55}: whole numbers parted by commas).
     */
    static int thousandsEnd(String text, int start, boolean manySpacedGroups) {
        int index = start;
        if (index < text.length() && MINUS_SIGNS.indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        int lead = Characters.asciiDigitsFrom(text, index);
        if (lead < 1 || lead > 3) {
            return -1;
        }
        boolean leadingZero = text.charAt(index) == '0';
        index += lead;
        int end = -1;
        int groups = 0;
        boolean spaced = false;
        boolean commas = false;
        while (index < text.length()) {
            int separator = thousandsSeparatorLength(text, index);
            if (separator == 0 || Characters.asciiDigitsFrom(text, index + separator) != 3) {
                break;
            }
            int after = index + separator + 3;
            if (after < text.length() && (Characters.isAsciiDigit(text.charAt(after)) || text.charAt(after) == '.'
                    && followedByDigitAfterPoint(text, after))) {
                break;
            }
            // After a comma and a blank, a shape's first side: "(5×5, 256, 256 × 27 × 27" is no 256,256.
            int next = skipBlanks(text, after);
            if (separator == 2 && next < text.length() && (timesSignLength(text, after) > 0
                    || timesSignLength(text, next) > 0)) {
                break;
            }
            spaced |= isBlank(text.charAt(index)) || text.charAt(index) == '\\';
            commas = separator == 1 && text.charAt(index) == ',';
            groups++;
            index = after;
            end = after;
        }
        // A comma and a digit going on from the last group make whole numbers parted by commas, no thousand:
        // "96,155,55" is a shape's sides, never 96155 and 55.
        if (commas && end + 1 < text.length() && text.charAt(end) == ',' && Characters.isAsciiDigit(text.charAt(end + 1))) {
            return -1;
        }
        if (spaced && !manySpacedGroups && end > 0) {
            int next = skipBlanks(text, end);
            // A tab parts a table's cells (a Word table, a PDF's column gap): a number across it is another cell's.
            boolean digitAfter = next > end && next < text.length() && Characters.isAsciiDigit(text.charAt(next))
                    && text.substring(end, next).indexOf('\t') < 0;
            // A sentence's full stop or comma after the number ("= 93 750.", "= 204 800, which …") touches nothing; a
            // decimal point or a list going on ("96 256, 384") would. A count never opens with a zero ("0 255, the
            // range of a pixel").
            int afterComma = end < text.length() && text.charAt(end) == ',' ? skipBlanks(text, end + 1) : end;
            boolean listGoesOn = afterComma > end && (afterComma == text.length()
                    || Characters.isAsciiDigit(text.charAt(afterComma))
                    || MINUS_SIGNS.indexOf(text.charAt(afterComma)) >= 0);
            boolean touching = end < text.length() && (listGoesOn
                    || text.charAt(end) == '.' && end + 1 < text.length() && Characters.isAsciiDigit(text.charAt(end + 1))
                    || timesSignLength(text, end) > 0 || next < text.length() && timesSignLength(text, next) > 0);
            boolean digitBefore = start >= 2 && isBlank(text.charAt(start - 1)) && text.charAt(start - 1) != '\t'
                    && Characters.isAsciiDigit(text.charAt(start - 2)) && !endsName(text, start - 2);
            if (groups > 1 || digitAfter || digitBefore || touching || leadingZero) {
                return -1;
            }
        }
        return end;
    }

    /**
     * Whether the digits ending at {@code last} end a name ({@code H1}, {@code conv2}), not a number: a table's row
     * {@code H1 9 600} labels its count, it does not set a number beside it.
     */
    private static boolean endsName(String text, int last) {
        int first = last;
        while (first > 0 && Characters.isAsciiDigit(text.charAt(first - 1))) {
            first--;
        }
        return first > 0 && (Character.isLetter(text.charAt(first - 1)) || text.charAt(first - 1) == '_');
    }

    /**
     * Where whole numbers parted by commas without blanks, three at least, starting at {@code start} end:
     * {@code 96,55,55}. Two commas make no decimal: such a text is one value, which {@link ValueParser} reads as the
     * sides of a shape where a vector of whole numbers is asked for, as a thousand where its groups are ({@code
     * 1,000,000}), and refuses elsewhere. −1 where there is none, or where a point and digit, a letter or a digit
     * goes on from it ({@code 1,2,3.5}).
     */
    static int commaPartedEnd(String text, int start) {
        int index = start;
        int numbers = 0;
        while (true) {
            int digits = Characters.asciiDigitsFrom(text, index);
            if (digits == 0) {
                return -1;
            }
            index += digits;
            numbers++;
            if (index + 1 < text.length() && text.charAt(index) == ','
                    && Characters.isAsciiDigit(text.charAt(index + 1))) {
                index++;
                continue;
            }
            break;
        }
        boolean goesOn = index < text.length() && (isWordCharacter(text.charAt(index)) || text.charAt(index) == '.'
                && followedByDigitAfterPoint(text, index));
        return numbers >= 3 && !goesOn ? index : -1;
    }

    /**
     * The characters a thousands separator is made of: a comma, an apostrophe (as typed, or as pdflatex sets it: ’),
     * {@code \\,}, or a space of any width.
     */
    static final String THOUSANDS_MARKS = ",'\u2019\\ \u00a0\u202f\u2009";

    /** The length of a thousands separator at {@code index}: a comma (and a space), an apostrophe, {@code \\,}, or a space. */
    private static int thousandsSeparatorLength(String text, int index) {
        char character = text.charAt(index);
        if (character == ',') {
            // pdflatex sets math-mode "9,216" with a space after the comma. (Inside a list a comma and a blank
            // separate entries, "[0,5, 0,88]": rows are split there before a number is read.)
            return index + 1 < text.length() && text.charAt(index + 1) == ' ' ? 2 : 1;
        }
        if (character == '\\') {
            return text.startsWith("\\,", index) ? 2 : 0;
        }
        return THOUSANDS_MARKS.indexOf(character) >= 0 ? 1 : 0;
    }

    /** Where a hexadecimal number ({@code 0x1F}) starting at {@code start} ends, to be refused rather than read as a shape. */
    static int hexadecimalEnd(String text, int start) {
        int index = start;
        if (index < text.length() && MINUS_SIGNS.indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        if (index + 2 < text.length() && text.charAt(index) == '0' && (text.charAt(index + 1) == 'x'
                || text.charAt(index + 1) == 'X') && Character.digit(text.charAt(index + 2), 16) >= 0) {
            index += 2;
            while (index < text.length() && Character.digit(text.charAt(index), 16) >= 0) {
                index++;
            }
            return index < text.length() && isWordCharacter(text.charAt(index)) ? -1 : index;
        }
        return -1;
    }

    /**
     * Where a shape starting at {@code start} ends: whole numbers joined by times signs, blanks around them,
     * and parentheses around any run of them: {@code 96×55×55}, {@code 96 x 55 x 55}, {@code 96·55·55},
     * {@code 256 \times 6 \times 6}, {@code 100 × (128 × 256 × 256)}. At least two sides. The scan stops
     * after {@link #MAX_SHAPE_LENGTH} characters: a later start in an unclosed {@code 1 x (1 x (…} can succeed,
     * so a scanner trying every start would otherwise read the text once per start. Every step (parentheses,
     * blanks, digits) stops at {@code 2 × MAX_SHAPE_LENGTH} characters from the start, a shape reaching that far
     * being none: a megabyte of parentheses or blanks costs each start that window alone, never the run.
     */
    static int shapeEnd(String text, int start) {
        int limit = (int) Math.min(text.length(), (long) start + 2 * MAX_SHAPE_LENGTH);
        int index = start;
        int depth = 0;
        // No side starts past MAX_SHAPE_LENGTH: parentheses and blanks beyond it end the shape.
        int opening = (int) Math.min(limit, (long) start + MAX_SHAPE_LENGTH + 1);
        while (index < opening && text.charAt(index) == '(') {
            depth++;
            index = skipBlanks(text, index + 1, opening);
        }
        int sides = 0;
        int end = -1;
        while (index - start <= MAX_SHAPE_LENGTH) {
            int digits = digitsWithin(text, index, limit);
            if (digits == 0 || index + digits < text.length() && (text.charAt(index + digits) == '.'
                    && followedByDigitAfterPoint(text, index + digits) || text.charAt(index + digits) == ','
                    && index + digits + 1 < text.length() && Characters.isAsciiDigit(text.charAt(index + digits + 1)))) {
                break;
            }
            int power = sidePowerLength(text, index, digits, limit);
            index += digits + power;
            sides++;
            int closed = index;
            while (depth > 0) {
                int next = skipBlanks(text, closed, limit);
                if (next < limit && text.charAt(next) == ')') {
                    closed = next + 1;
                    depth--;
                } else {
                    break;
                }
            }
            index = closed;
            if (sides >= 2 && depth == 0) {
                end = index;
            }
            int sign = skipBlanks(text, index, limit);
            int signLength = sign < limit ? timesSignLength(text, sign) : 0;
            if (signLength == 0 && sign > index) {
                signLength = byWordLength(text, sign, limit);
            }
            if (signLength == 0) {
                break;
            }
            index = skipBlanks(text, sign + signLength, limit);
            while (index < limit && text.charAt(index) == '(') {
                depth++;
                index = skipBlanks(text, index + 1, limit);
            }
        }
        return end >= limit && limit < text.length() ? -1 : end;
    }

    /**
     * The length of a square or cube on a shape's side of {@code digits} digits at {@code index}: {@code 256²},
     * {@code 256³}, {@code 256^2}, {@code 256^{2}}; 0 where there is none, and on a side {@code 10}, whose exponent
     * makes a power of ten ({@link #powerOfTenEnd}). {@link #sidePower} says which.
     */
    static int sidePowerLength(String text, int index, int digits, int limit) {
        int at = index + digits;
        if (at >= limit || digits == 2 && text.startsWith("10", index)) {
            return 0;
        }
        char character = text.charAt(at);
        int length = 0;
        if (character == '\u00b2' || character == '\u00b3') {
            length = 1;
        } else if (text.startsWith("^2", at) || text.startsWith("^3", at)) {
            length = 2;
        } else if (text.startsWith("^{2}", at) || text.startsWith("^{3}", at)) {
            length = 4;
        }
        // "256²5" or "256^23" is no square: the exponent goes on.
        int next = at + length;
        boolean goesOn = next < text.length() && (Characters.isAsciiDigit(text.charAt(next))
                || Characters.SUPERSCRIPT_DIGITS.indexOf(text.charAt(next)) >= 0);
        return goesOn ? 0 : length;
    }

    /** The power, 2 or 3, of a side's square or cube that {@link #sidePowerLength} found in {@code power}. */
    static int sidePower(String power) {
        return power.contains("3") || power.indexOf('\u00b3') >= 0 ? 3 : 2;
    }

    /**
     * The length of the word {@code by} at {@code index} where prose joins a shape's sides with it ({@code 96 by 55 by
     * 55}, {@code 252 by 252 pixels}): blanks on both sides and a side after them, 0 elsewhere. Only a shape reads it,
     * never a power of ten or a grid's entry, so {@code 10 by 2} is no number.
     */
    static int byWordLength(String text, int index, int limit) {
        if (index + 3 >= limit || Character.toLowerCase(text.charAt(index)) != 'b'
                || Character.toLowerCase(text.charAt(index + 1)) != 'y' || !isBlank(text.charAt(index + 2))) {
            return 0;
        }
        int side = skipBlanks(text, index + 2, limit);
        return side < limit && (Characters.isAsciiDigit(text.charAt(side)) || text.charAt(side) == '(') ? 2 : 0;
    }

    /** Where the blanks from {@code index} end, at most {@code limit}. */
    private static int skipBlanks(String text, int index, int limit) {
        int at = index;
        while (at < limit && isBlank(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** How many ASCII digits stand from {@code index}, counting none past {@code limit}. */
    private static int digitsWithin(String text, int index, int limit) {
        int end = index;
        while (end < limit && Characters.isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end - index;
    }

    /**
     * Where bracketless rows starting at {@code start} end: numbers separated by blanks (or a comma and a
     * blank), rows separated by semicolons, the first row of at least two numbers and at least two rows:
     * {@code 0 2 0 2; 3 2 5 2}, {@code 0,5 0,88; 0,98 0,88}. The rows may differ in width (the reader then
     * refuses them as ragged, with the rows named). −1 where there are none; {@code reached[0]} is then set
     * to where the scan stopped, and no start before it in the same run of numbers can succeed either (a scan
     * fails only when no second row follows its first), so that a scanner need not try them.
     */
    static int rowsEnd(String text, int start, int[] reached) {
        int index = start;
        int rows = 1;
        int inRow = 0;
        int end = -1;
        int length = text.length();
        while (true) {
            int numberEnd = numberEnd(text, index, true);
            if (numberEnd < 0 || numberEnd < length && isWordCharacter(text.charAt(numberEnd))) {
                break;
            }
            inRow++;
            if (rows >= 2) {
                end = numberEnd;
            }
            index = numberEnd;
            if (index < length && text.charAt(index) == ',') {
                if (index + 1 < length && isBlank(text.charAt(index + 1))) {
                    index = skipBlanks(text, index + 1);
                    continue;
                }
                break;
            }
            int next = skipBlanks(text, index);
            if (next < length && text.charAt(next) == ';') {
                if (rows == 1 && inRow < 2) {
                    break; // A one-number first row: "3; 4" is prose more often than a column.
                }
                rows++;
                inRow = 0;
                index = skipBlanks(text, next + 1);
            } else if (next > index) {
                index = next;
            } else {
                break;
            }
        }
        reached[0] = Math.max(index, start + 1);
        return end;
    }

    /**
     * A yes or no that opens {@code text} at {@code start}: a word of {@link #YES_WORDS} or {@link #NO_WORDS}
     * in any case (emphasis marks {@code *} and {@code _} around it allowed), followed by the end or by a
     * comma, period, colon, semicolon, exclamation or question mark, a parenthesis ("No, the eye is outside the
     * receptive field", "no (too far away)"). Null where there is none: "no padding" is prose.
     */
    static BooleanWord booleanAt(String text, int start) {
        int index = start;
        while (index < text.length() && (text.charAt(index) == '*' || text.charAt(index) == '_')) {
            index++;
        }
        int wordStart = index;
        while (index < text.length() && Character.isLetter(text.charAt(index))) {
            index++;
        }
        if (index == wordStart || index - wordStart > 6) {
            return null;
        }
        String word = text.substring(wordStart, index).toLowerCase(Locale.ROOT);
        Boolean value = YES_WORDS.contains(word) ? Boolean.TRUE : NO_WORDS.contains(word) ? Boolean.FALSE : null;
        if (value == null) {
            return null;
        }
        int wordEnd = index;
        if (index + 1 < text.length() && text.charAt(index) == '-' && Character.isLetter(text.charAt(index + 1))) {
            return null; // a compound's first word: "non-overlapping", "no-padding"
        }
        while (index < text.length() && (text.charAt(index) == '*' || text.charAt(index) == '_')) {
            index++;
        }
        int after = skipBlanks(text, index);
        if (after < text.length() && AFTER_BOOLEAN.indexOf(text.charAt(after)) < 0) {
            return null; // "no padding": a word follows without punctuation
        }
        return new BooleanWord(value, wordStart, wordEnd);
    }

    /** Whole numbers a student may write as words, by their value: "stride: two". */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** Words for none, which a padding may be: English, German ("Padding: keine") and French. */
    private static final Set<String> NONE_WORDS = Set.of("none", "keine", "kein", "aucun",
            "aucune");

    /**
     * The whole number {@code text} writes as a word ("two", "Zero.", "none"; emphasis marks around it allowed), or
     * empty: "no padding" says padding 0 as "padding: none" does, and a sheet says small counts so.
     */
    static OptionalInt numberWord(String text) {
        String word = text.strip().replaceAll("^[*_]+|[*_]*\\.?[*_]*$", "").toLowerCase(Locale.ROOT);
        if (NONE_WORDS.contains(word)) {
            return OptionalInt.of(0);
        }
        int value = NUMBER_WORDS.indexOf(word);
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** What may follow a yes or no that answers: punctuation, a dash, a remark in parentheses or its table cell's end. */
    private static final String AFTER_BOOLEAN = ",.:;!?()-\u2013\u2014|";

    /** A yes or no word, where its letters stand. */
    record BooleanWord(boolean value, int start, int end) {
    }

    /**
     * Where an answer label ends, if {@code text} opens with one at {@code start}: "Answer:", "Antwort:", "A:",
     * French "Réponse :" with its blank before the colon (any case, blanks after); −1 otherwise.
     */
    static int answerLabelEnd(String text, int start) {
        int index = start;
        while (index < text.length() && Character.isLetter(text.charAt(index))) {
            index++;
        }
        int wordEnd = index;
        index = skipBlanks(text, index);
        if (wordEnd == start || index >= text.length() || text.charAt(index) != ':'
                || !ANSWER_WORDS.contains(text.substring(start, wordEnd).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return skipBlanks(text, index + 1);
    }

    /** The length of the array wrapper ({@link #ARRAY_WRAPPERS}) at {@code index}, 0 where there is none. */
    static int wrapperLength(String text, int index) {
        if (index > 0 && (isWordCharacter(text.charAt(index - 1)) || text.charAt(index - 1) == '.')) {
            return 0;
        }
        for (String wrapper : ARRAY_WRAPPERS) {
            if (text.startsWith(wrapper, index)) {
                return wrapper.length();
            }
        }
        return 0;
    }

    /**
     * Whether {@code character} may stand inside the brackets of a list of numbers (Python, numpy, MATLAB):
     * digits, blanks, signs, separators, decimal points, exponents, nested brackets, fractions.
     */
    static boolean listCharacter(char character) {
        return Characters.isAsciiDigit(character) || isBlank(character) || "[],;.-+eE/\u2212".indexOf(character) >= 0
                || character == '\u0085' || character == '\u2028' || character == '\u2029';
    }
}
