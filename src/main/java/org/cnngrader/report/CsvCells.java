package org.cnngrader.report;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Text cells of CSV files meant for spreadsheets, neutralised against formula injection. A spreadsheet may open the
 * file with any of the delimiters {@code ,} {@code ;} or tab (Excel takes the locale's list separator), so a cell is
 * safe only when no part of it, split at any of them, starts a formula: every text cell is quoted, and a formula
 * start at the cell's beginning or after any delimiter gets an apostrophe.
 */
final class CsvCells {

    /** What starts a formula in a spreadsheet (OWASP), a tab and carriage return included. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The delimiters a spreadsheet may split a line at. */
    private static final String DELIMITERS = ",;\t";

    private CsvCells() {
    }

    /**
     * A CSV printer for a file's rows: text cells quoted, numbers ({@link Number}) bare, records ended by a line
     * feed.
     */
    static CSVPrinter rows(Appendable output) throws IOException {
        return new CSVPrinter(output, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.NON_NUMERIC).build());
    }

    /** A CSV printer for a file's header, whose cells the tool itself names: quoted only when they must be. */
    static CSVPrinter header(Appendable output) throws IOException {
        return new CSVPrinter(output, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
    }

    /**
     * A text cell with an apostrophe before each formula start at its beginning or after a delimiter (spaces and
     * quotes between them skipped, as a spreadsheet skips them).
     */
    static String text(String value) {
        StringBuilder result = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(character) >= 0) {
                result.append('\'');
                cellStart = false;
            } else if (cellStart && character != ' ' && character != '"') {
                cellStart = false;
            }
            result.append(character);
            if (DELIMITERS.indexOf(character) >= 0) {
                cellStart = true;
            }
        }
        return result.toString();
    }
}
