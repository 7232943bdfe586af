package org.cnngrader.sheet;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Quick tests on the characters of a text, made before a costlier step (a pattern, a rewriting)
 * that can only apply when one of them is there.
 */
public final class Characters {

    /** What {@code \s} matches in a pattern. */
    static final String BLANKS = " \t\n\u000B\f\r";
    /** What {@code \R} matches in a pattern, one character at a time. */
    static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";
    /** Superscript digits, each at the index of its value: ⁰¹²³⁴⁵⁶⁷⁸⁹. */
    static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    /** The superscript minus, ⁻. */
    static final char SUPERSCRIPT_MINUS = '\u207b';

    private Characters() {
    }

    /** Whether {@code text} holds any of {@code characters}. */
    public static boolean containsAny(String text, String characters) {
        // One (vectorised) search of the text per character: the sets are short, the texts long.
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code character} is one of what {@code \\d} matches in a pattern: 0 to 9. */
    static boolean isAsciiDigit(char character) {
        return character >= '0' && character <= '9';
    }

    /** How many ASCII digits stand in a row in {@code text} from {@code start}. */
    static int asciiDigitsFrom(String text, int start) {
        int end = start;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end - start;
    }

    /**
     * The text with the letters and digits of Unicode's mathematical alphanumeric block (𝐊, 𝑁, 𝟏: U+1D400 to U+1D7FF)
     * as the plain ones they style. LibreOffice writes a bold {@code \mathbf{K}} so, and Chromium every variable of a
     * MathML formula; read as they are, they are no label and no symbol of a formula. The full-width forms an East
     * Asian input method types ({@code Ｙ1 ＝ ［１１, ０］}, U+FF01 to U+FF5E, and its wide space) are the ASCII ones:
     * read as they were, such an answer was missing, unflagged.
     */
    public static String plainLetters(String text) {
        // A styled letter is a surrogate pair whose high half is U+D835; a full-width form is one character.
        if (text.indexOf('\uD835') < 0 && !hasFullWidth(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); ) {
            int point = text.codePointAt(index);
            if (point >= FULL_WIDTH_FIRST && point <= FULL_WIDTH_LAST) {
                plain.append((char) (point - FULL_WIDTH_FIRST + '!'));
            } else if (point == IDEOGRAPHIC_SPACE) {
                plain.append(' ');
            } else if (point >= 0x1D400 && point <= 0x1D7FF) {
                plain.append(java.text.Normalizer.normalize(new String(Character.toChars(point)),
                        java.text.Normalizer.Form.NFKC));
            } else {
                plain.appendCodePoint(point);
            }
            index += Character.charCount(point);
        }
        return plain.toString();
    }

    /** The full-width forms of ASCII's {@code !} to {@code ~}, and the ideographic (full-width) space. */
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;

    private static boolean hasFullWidth(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character >= FULL_WIDTH_FIRST && character <= FULL_WIDTH_LAST || character == IDEOGRAPHIC_SPACE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each en dash that signs a number ({@code –9}, as Word's AutoCorrect turns a typed minus into one)
     * as the minus sign U+2212: one that opens the text or follows a blank or an opening sign ({@code ( [ , ; = :}),
     * right before a digit. An en dash between numbers ({@code 1–3}) or words, or before a blank, stays. The text keeps
     * its length, so positions in it hold.
     */
    public static String signedNumbers(String text) {
        if (text.indexOf('\u2013') < 0) {
            return text;
        }
        char[] characters = text.toCharArray();
        for (int index = 0; index < characters.length - 1; index++) {
            if (characters[index] == '\u2013' && isAsciiDigit(characters[index + 1])
                    && (index == 0 || Character.isWhitespace(characters[index - 1])
                            || "([{,;=:|&$".indexOf(characters[index - 1]) >= 0)) {
                characters[index] = '\u2212';
            }
        }
        return new String(characters);
    }

    /** Unicode's vulgar fractions: ¼ ½ ¾ ⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞ ↉, each at the index of its numerator and denominator. */
    private static final String VULGAR_FRACTIONS = "\u00bc\u00bd\u00be\u2150\u2151\u2152\u2153\u2154\u2155\u2156"
            + "\u2157\u2158\u2159\u215a\u215b\u215c\u215d\u215e\u2189";
    private static final int[][] VULGAR_VALUES = {{1, 4}, {1, 2}, {3, 4}, {1, 7}, {1, 9}, {1, 10}, {1, 3}, {2, 3},
        {1, 5}, {2, 5}, {3, 5}, {4, 5}, {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8}, {0, 3}};
    /** The fraction slash of {@code ¹⁄₄}. */
    private static final char FRACTION_SLASH = '\u2044';
    /** Subscript digits, each at the index of its value: ₀₁₂₃₄₅₆₇₈₉. */
    private static final String SUBSCRIPT_DIGITS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";
    /** What {@link #fractions} rewrites: a text holding none of these has no fraction of its own kind. */
    private static final String FRACTION_SIGNS = VULGAR_FRACTIONS + FRACTION_SLASH;

    /**
     * The text with its fractions set as one character ({@code ¼}, as Word's AutoFormat turns a typed 1/4 into one) or
     * with the fraction slash ({@code ¹⁄₄}, {@code 1⁄4}) written as the value syntax writes them: {@code 1/4}. A whole
     * number right before one is a mixed number, written as its decimal: {@code 2½} is {@code 2.5}, never 21/2; a
     * third is as exact as a double can be ({@code 1⅓} is {@code 1.3333333333333333}). A blank between them keeps
     * them apart, as entries of a matrix's row are ({@code 2 ½}); so does a decimal point before the whole number
     * ({@code 0.5½} is two numbers, never 0.51/2).
     */
    public static String fractions(String text) {
        if (!containsAny(text, FRACTION_SIGNS)) {
            return text;
        }
        StringBuilder written = new StringBuilder(text.length() + 8);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            int vulgar = VULGAR_FRACTIONS.indexOf(character);
            if (vulgar >= 0) {
                fraction(written, VULGAR_VALUES[vulgar][0], VULGAR_VALUES[vulgar][1]);
            } else if (character == FRACTION_SLASH) {
                int numeratorStart = written.length();
                while (numeratorStart > 0 && SUPERSCRIPT_DIGITS.indexOf(written.charAt(numeratorStart - 1)) >= 0) {
                    numeratorStart--;
                }
                int denominatorEnd = index + 1;
                while (denominatorEnd < text.length() && SUBSCRIPT_DIGITS.indexOf(text.charAt(denominatorEnd)) >= 0) {
                    denominatorEnd++;
                }
                if (numeratorStart < written.length() && denominatorEnd > index + 1 && denominatorEnd - index <= 10
                        && written.length() - numeratorStart <= 9) {
                    int numerator = Integer.parseInt(digits(written.substring(numeratorStart), SUPERSCRIPT_DIGITS));
                    int denominator = Integer.parseInt(digits(text.substring(index + 1, denominatorEnd), SUBSCRIPT_DIGITS));
                    written.setLength(numeratorStart);
                    fraction(written, numerator, denominator);
                    index = denominatorEnd - 1;
                } else {
                    written.append('/');
                }
            } else {
                written.append(character);
            }
        }
        return written.toString();
    }

    /** Appends {@code numerator/denominator}, or the mixed number it makes with the whole number {@code written} ends in. */
    private static void fraction(StringBuilder written, int numerator, int denominator) {
        int wholeStart = written.length();
        while (wholeStart > 0 && isAsciiDigit(written.charAt(wholeStart - 1))) {
            wholeStart--;
        }
        boolean mixed = wholeStart < written.length() && written.length() - wholeStart <= 9
                && (wholeStart == 0 || ".,".indexOf(written.charAt(wholeStart - 1)) < 0);
        if (!mixed || denominator == 0) {
            // After a decimal's digits ("0.5½"), a fraction stands apart: glued on, it would make "0.51/2" of it.
            written.append(wholeStart < written.length() ? " " : "").append(numerator).append('/').append(denominator);
            return;
        }
        long whole = Long.parseLong(written.substring(wholeStart));
        written.setLength(wholeStart);
        // One division of whole numbers: the double nearest the mixed number, in digits that read back as it.
        written.append(BigDecimal.valueOf((double) (whole * denominator + numerator) / denominator)
                .toPlainString());
    }

    /** The ASCII digits of digits written as {@code styled} (superscripts or subscripts) sets them. */
    private static String digits(String text, String styled) {
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().forEach(character -> plain.append((char) ('0' + styled.indexOf(character))));
        return plain.toString();
    }

    /**
     * A name as names are compared, the one rule for team identities, the roster, manual scores and a file's versions
     * ({@code hw2.pdf}, {@code HW2_v2.pdf}): as a case-insensitive file system compares them, and with accents
     * composed, so that "café" typed on a keyboard (NFC) and "café" of a macOS file name (NFD) are one. Lower-cased
     * whole, not character by character as {@link String#equalsIgnoreCase} does, which finds {@code İ} equal to
     * {@code i}; a final sigma is a sigma ({@code ΟΔΟΣ} is {@code οδοσ}, as such a file system folds it), else two
     * identities could share one report folder there.
     */
    public static String identityKey(String name) {
        return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u03c2', '\u03c3');
    }

    /**
     * A name as one visible line: line breaks and tabs become spaces, and what {@link #isInvisible} holds is removed,
     * so that no team, member or file name can clear a terminal, spoof another name by reversing its letters, hide a
     * difference in a zero-width character or break a report's XML. Two names that differ only by such characters
     * become one, and are then flagged as a shared name rather than passing as two.
     */
    public static String visible(String name) {
        return clean(name, true).strip();
    }

    /**
     * A file's path as one visible line: as {@link #visible}, its spaces kept, since {@code " team-c.csv"} and
     * {@code "team-c.csv"} are two files, and a report must say which one it read.
     */
    public static String visiblePath(String path) {
        return clean(path, true);
    }

    /**
     * A text of several lines as a terminal or an XML document may show it: line breaks and tabs are kept, what
     * {@link #isInvisible} holds is removed.
     */
    public static String printable(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean oneLine) {
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char character = text.charAt(i);
            clean = !isInvisible(character) && !Character.isSurrogate(character)
                    && !(oneLine && LINE_BREAKS.indexOf(character) >= 0) && character != '\t';
        }
        if (clean) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t' || LINE_BREAKS.indexOf(codePoint) >= 0 && codePoint < 0x10000) {
                result.append(oneLine ? ' ' : codePoint == '\r' ? "" : codePoint == '\t' ? "\t" : "\n");
            } else if (!isInvisible(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                result.appendCodePoint(codePoint);
            }
        });
        return result.toString();
    }

    /**
     * Whether a code point is never shown as itself: a control character (C0 other than line breaks and tab, DEL,
     * C1, which carry terminal escapes), a bidirectional override, embedding, isolate or mark, a zero-width
     * character or byte-order mark, or a noncharacter.
     */
    static boolean isInvisible(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t' && LINE_BREAKS.indexOf(codePoint) < 0;
        }
        return codePoint >= 0x7F && codePoint <= 0x9F && codePoint != 0x85
                || codePoint >= 0x200B && codePoint <= 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2060 && codePoint <= 0x2069
                || codePoint == 0x061C || codePoint == 0xFEFF
                || codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
