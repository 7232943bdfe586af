package org.cnngrader.sheet;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML a Markdown file or a notebook's Markdown cell holds, as its rendered page shows it: a notebook's answer is
 * often set in colour or bold by a tag ({@code <font color='red'>2</font>}, {@code <span style="color:red">…</span>},
 * {@code <b>0</b>}), and its lines are broken by {@code <br>}. Each rewriting keeps the text's length, so that every
 * other character keeps its column and offset:
 * <ul>
 *   <li>a comment ({@code <!-- H3: 18432 -->}, an old answer kept out of sight) is blanked, its line breaks kept, and
 *       noted;
 *   <li>a tag that only sets or places its text (font, span, bold, italic, mark, underline, code, paragraph, heading,
 *       link, list) or stands for none (an image, a rule) is blanked, each character a space, a list's item opening
 *       with a bullet; a sub- or superscript is left as written, since {@code 55<sup>2</sup>} is no 552;
 *   <li>text struck through ({@code <del>}, {@code <s>}, {@code <strike>}, a span styled {@code line-through}) is
 *       blanked with its tags, as Markdown's {@code ~~…~~} is, and noted;
 *   <li>{@code <br>} breaks the line as the page does: a {@link #LINE_BREAK} in its place, the rest blanked; in a
 *       table's row, where it breaks a cell's text only, it is blanked;
 *   <li>an HTML table is a Markdown table: a row on one line ({@link #LINE_GOING_ON} where it was written over
 *       several), a bar where each cell opens and where the row ends, its other tags blanked;
 *   <li>the entities of a space or a sign ({@code &nbsp;}, {@code &times;}) are that character, the rest blanked.
 * </ul>
 */
final class MarkdownHtml {

    /** Where a line of a Markdown text is broken by {@code <br>}: its document reads a line of its own after it. */
    static final char LINE_BREAK = '\u2028';

    /**
     * Where a line of a Markdown text ends that its page shows going on (an HTML table's row written over several
     * lines): its document reads one line, the lines after it keeping their numbers.
     */
    static final char LINE_GOING_ON = '\u2029';

    /** An HTML table's row, over at most a few lines. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?is)<tr(?:\\s[^<>]{0,300})?>.{0,600}?</tr\\s*>");

    /** A tag of an HTML table that opens a cell: a bar, as Markdown's table writes it. */
    private static final Pattern CELL_TAG = Pattern.compile("(?i)<t[dh](?:\\s[^<>\\n]{0,300})?>|</tr\\s*>");

    /** A tag of an HTML table that only frames its rows and cells. */
    private static final Pattern TABLE_TAG = Pattern.compile("(?i)</?(?:table|thead|tbody|tfoot|caption)"
            + "(?:\\s[^<>\\n]{0,300})?>|<tr(?:\\s[^<>\\n]{0,300})?>|</t[dh]\\s*>");

    /**
     * A tag that sets or places its text, or stands for none, opening or closing, with attributes on its line: a
     * figure's {@code <img width="300">} is no value.
     */
    private static final Pattern SETTING_TAG = Pattern.compile("(?i)</?(?:font|span|b|strong|i|em|mark|u|ins|code"
            + "|kbd|tt|small|big|center|p|div|h[1-6]|a|img|hr|ul|ol|details|summary|label|blockquote|section)"
            + "(?:\\s[^<>\\n]{0,300})?/?>|</li\\s*>");

    /** A list's item: a bullet, as Markdown's list writes it. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li(?:\\s[^<>\\n]{0,300})?>");

    /**
     * Text struck through with its tags, on one line, within a few hundred characters: a line of a megabyte of
     * unclosed {@code <s>} is scanned in linear time.
     */
    private static final Pattern STRUCK_TAG = Pattern.compile("(?i)<(del|s|strike)(?:\\s[^<>\\n]{0,300})?>"
            + "[^\\n]{0,300}?</\\1\\s*>|<span\\s[^<>\\n]{0,300}line-through[^<>\\n]{0,300}>[^<\\n]{0,300}</span\\s*>");

    /** A line break. */
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

    /** An entity of a space or a sign. */
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|ensp|emsp|thinsp|times|middot|minus|lt|gt|amp);");

    private static final Map<String, Character> ENTITIES = Map.of("nbsp", ' ', "ensp", ' ', "emsp", ' ', "thinsp",
            ' ', "times", '×', "middot", '·', "minus", '−', "lt", '<', "gt", '>', "amp", '&');

    private MarkdownHtml() {
    }

    /** The text as its rendered page shows it, of the same length; a note when text struck through was passed over. */
    static String asShown(String text, List<String> notes) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text);
        int comments = 0;
        for (int open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", open)) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            blank(shown, open, close + 3);
            comments++;
            open = close + 3;
        }
        if (comments > 0) {
            notes.add(comments == 1 ? "an HTML comment (<!-- … -->), which the page does not show, was not read"
                    : comments + " HTML comments (<!-- … -->), which the page does not show, were not read");
        }
        Matcher struck = STRUCK_TAG.matcher(shown);
        int count = 0;
        while (struck.find()) {
            blank(shown, struck.start(), struck.end());
            count++;
        }
        if (count > 0) {
            notes.add(count == 1 ? "text struck through (<del>…</del>) was not read"
                    : count + " pieces of text struck through (<del>…</del>) were not read");
        }
        replaceEach(shown, SETTING_TAG, ' ');
        replaceEach(shown, LIST_ITEM, '-');
        Matcher row = TABLE_ROW.matcher(shown);
        while (row.find()) {
            for (int index = row.start(); index < row.end(); index++) {
                if (shown.charAt(index) == '\n') {
                    shown.setCharAt(index, LINE_GOING_ON);
                }
            }
        }
        replaceEach(shown, CELL_TAG, '|');
        replaceEach(shown, TABLE_TAG, ' ');
        Matcher lineBreak = BREAK.matcher(shown);
        // Where the line of the last break starts, found in one pass over the text however many breaks a line has.
        int lineStart = 0;
        int scanned = 0;
        int askedOf = -1;
        boolean tableRow = false;
        while (lineBreak.find()) {
            for (; scanned < lineBreak.start(); scanned++) {
                if (shown.charAt(scanned) == '\n') {
                    lineStart = scanned + 1;
                }
            }
            if (askedOf != lineStart) {
                tableRow = tableRow(shown, lineStart);
                askedOf = lineStart;
            }
            blank(shown, lineBreak.start(), lineBreak.end());
            if (!tableRow) {
                shown.setCharAt(lineBreak.start(), LINE_BREAK);
            }
        }
        Matcher entity = ENTITY.matcher(shown);
        while (entity.find()) {
            char character = ENTITIES.get(entity.group(1));
            blank(shown, entity.start(), entity.end());
            shown.setCharAt(entity.start(), character);
        }
        return shown.toString();
    }

    /** Whether the line starting at {@code lineStart} is a Markdown table's row: it opens with a bar. */
    private static boolean tableRow(CharSequence text, int lineStart) {
        int first = lineStart;
        while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t'
                || text.charAt(first) == LINE_GOING_ON)) {
            first++;
        }
        return first < text.length() && text.charAt(first) == '|';
    }

    /** Each match of {@code pattern} blanked but its first character, which becomes {@code first}. */
    private static void replaceEach(StringBuilder text, Pattern pattern, char first) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            blank(text, match.start(), match.end());
            text.setCharAt(match.start(), first);
        }
    }

    /** The characters from {@code start} to {@code end} made spaces, its line breaks kept. */
    private static void blank(StringBuilder text, int start, int end) {
        for (int index = start; index < end; index++) {
            if (text.charAt(index) != '\n') {
                text.setCharAt(index, ' ');
            }
        }
    }
}
