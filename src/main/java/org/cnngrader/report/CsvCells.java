package org.cnngrader.report;

/** Text cells of CSV files meant for spreadsheets, neutralised against formula injection. */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * A text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, tab or carriage return first) is prefixed with an apostrophe (OWASP).
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
