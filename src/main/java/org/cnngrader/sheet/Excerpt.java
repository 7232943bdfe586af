package org.cnngrader.sheet;

import java.util.Locale;

/**
 * What a message or a report quotes of a student's text: all of it when short, else its start and how long it is. A
 * cell may hold 20,000 characters (a value's limit); quoted whole, one unreadable answer filled its feedback, the
 * report and the summary with them. Every quotation of written text goes through here, for every report format.
 */
public final class Excerpt {

    /** The most characters of a text a quotation shows. */
    public static final int QUOTED = 80;

    /** The most characters of a line a snippet (where an answer stands) shows. */
    public static final int SNIPPET = 160;

    private Excerpt() {
    }

    /** {@code text} in quotes, its first {@link #QUOTED} characters and how many it has when it is longer. */
    public static String quoted(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= QUOTED) {
            return "'" + text + "'";
        }
        return "'" + start(text, QUOTED) + "…' (" + String.format(Locale.ROOT, "%,d", length)
                + " characters in all)";
    }

    /** {@code text} itself, or when longer than {@code longest} characters its start and how many it has. */
    public static String shortened(String text, int longest) {
        int length = text.codePointCount(0, text.length());
        if (length <= longest) {
            return text;
        }
        return start(text, longest) + "… (" + String.format(Locale.ROOT, "%,d", length)
                + " characters in all)";
    }

    /** The first {@code count} characters (code points: a surrogate pair is never cut). */
    private static String start(String text, int count) {
        return text.substring(0, text.offsetByCodePoints(0, count));
    }
}
