package org.cnngrader.sheet;

/**
 * Quick tests on the characters of a text, made before a costlier step (a pattern, a rewriting)
 * that can only apply when one of them is there.
 */
public final class Characters {

    /** What {@code \s} matches in a pattern. */
    static final String BLANKS = " \t\n\u000B\f\r";
    /** What {@code \R} matches in a pattern, one character at a time. */
    static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";

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
}
