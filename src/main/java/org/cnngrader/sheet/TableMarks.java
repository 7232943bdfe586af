package org.cnngrader.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The marks that part a table's rows and cells in a document's text: a Markdown table's bars, a Word table's or a PDF's
 * column gaps as tabs, LaTeX's ampersands, and the rules between rows. The readers of tables in prose ({@link
 * SideColumns}, {@link ColumnGroups}, {@link ColumnHeaders}, {@link Locator}) tell cells by these, one rule for all.
 */
final class TableMarks {

    /** A table's rule between its rows: Markdown's {@code |---|:--|}, LaTeX's {@code \\hline} or {@code \\midrule}. */
    static final Pattern TABLE_RULE = Pattern.compile(
            "\\s*(?:(?:\\\\(?:hline|toprule|midrule|bottomrule|cline\\{[^}]*\\})|[-|:+=_])\\s*)+");

    /** Whether text holds the edge of a table's cell: a tab (Word's cells, a PDF's column gaps) or a bar. */
    static boolean cellEdge(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('|') >= 0;
    }

    /**
     * The cells of a table's row as its marks part them, stripped: a Markdown table's bars or a Word table's tabs, else
     * LaTeX's ampersands; without the row's opening bar and its end (a closing bar, or LaTeX's {@code \\} and a rule
     * after it). Empty for a row without marks.
     */
    static List<String> markedCells(String row) {
        String text = row.strip();
        String marks = marks(text);
        if (marks.isEmpty()) {
            return List.of();
        }
        String inner = ROW_END.matcher(text.startsWith("|") ? text.substring(1) : text).replaceFirst("");
        return Arrays.stream(inner.split("[" + marks + "]", -1)).map(String::strip).toList();
    }

    /** The characters that part a table row's cells: bars and tabs, else ampersands; none for a row without marks. */
    static String marks(String row) {
        return row.indexOf('|') >= 0 || row.indexOf('\t') >= 0 ? "|\t" : row.indexOf('&') >= 0 ? "&" : "";
    }

    /** The end of a table's row that closes it: a bar, or LaTeX's {@code \\} and a rule after it. */
    private static final Pattern ROW_END = Pattern.compile("(?:\\|\\s*|\\\\\\\\\\s*(?:\\\\hline)?\\s*)$");

    private TableMarks() {
    }
}
