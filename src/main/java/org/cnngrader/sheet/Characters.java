package org.cnngrader.sheet;

/**
 * Quick tests on the characters of a text, made before a costlier step (a pattern, a rewriting)
 * that can only apply when one of them is there.
 */
final class Characters {

    /** What {@code \s} matches in a pattern. */
    static final String BLANKS = " \t\n\u000B\f\r";
    /** What {@code \R} matches in a pattern, one character at a time. */
    static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";

    private Characters() {
    }

    /** Whether {@code text} holds any of {@code characters}. */
    static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
