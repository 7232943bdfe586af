package org.cnngrader.grading;

/**
 * The apostrophe this tool puts before a spreadsheet formula start in the text cells of the CSV files it writes, and
 * its removal when such a file comes back ({@code manual-scores.csv} filled in and passed to {@code --manual}). Both
 * directions live here so that reading undoes exactly what writing did: a team named {@code +cmd} is written
 * {@code '+cmd} and read back as {@code +cmd}, and a cell the TA typed with an apostrophe of its own keeps it.
 *
 * <p>A spreadsheet may open the file with any of the delimiters {@code ,} {@code ;} or tab (Excel takes the locale's
 * list separator), so a cell is safe only when no part of it, split at any of them, starts a formula: an apostrophe
 * goes before each formula start at the cell's beginning or after any delimiter (spaces and quotes between them
 * skipped, as a spreadsheet skips them). An apostrophe already there before a formula start ({@code '+cmd} as a
 * name) gets one more, so that no two texts are written alike and reading can tell which apostrophe it added.
 */
public final class FormulaNeutralisation {

    /** What starts a formula in a spreadsheet (OWASP), a tab and carriage return included. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The delimiters a spreadsheet may split a line at. */
    private static final String DELIMITERS = ",;\t";

    private FormulaNeutralisation() {
    }

    /** {@code text} with an apostrophe before each formula start at its beginning or after a delimiter. */
    public static String neutralised(String text) {
        StringBuilder result = new StringBuilder(text.length() + 2);
        boolean pieceStart = true;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (pieceStart && startsFormula(text, index)) {
                result.append('\'');
                pieceStart = false;
            } else if (pieceStart && character != ' ' && character != '"') {
                pieceStart = false;
            }
            result.append(character);
            if (DELIMITERS.indexOf(character) >= 0) {
                pieceStart = true;
            }
        }
        return result.toString();
    }

    /** The text {@link #neutralised} wrote as {@code written}: each apostrophe it added taken away, nothing else. */
    public static String original(String written) {
        StringBuilder result = new StringBuilder(written.length());
        boolean pieceStart = true;
        for (int index = 0; index < written.length(); index++) {
            char character = written.charAt(index);
            if (pieceStart && character == '\'' && startsFormula(written, index + 1)) {
                // The apostrophe neutralised() put here; what follows it is the text's own.
                pieceStart = false;
                continue;
            }
            if (pieceStart && character != ' ' && character != '"') {
                pieceStart = false;
            }
            result.append(character);
            if (DELIMITERS.indexOf(character) >= 0) {
                pieceStart = true;
            }
        }
        return result.toString();
    }

    /** Whether a formula start is at {@code index}, or apostrophes and then one (which the apostrophes would hide). */
    private static boolean startsFormula(String text, int index) {
        int next = index;
        while (next < text.length() && text.charAt(next) == '\'') {
            next++;
        }
        return next < text.length() && FORMULA_STARTS.indexOf(text.charAt(next)) >= 0;
    }
}
