package org.cnngrader.report;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.cnngrader.grading.FormulaNeutralisation;

/**
 * Text cells of CSV files meant for spreadsheets, neutralised against formula injection: every text cell is quoted,
 * and a formula start at the cell's beginning or after any delimiter gets an apostrophe
 * ({@link FormulaNeutralisation}).
 */
final class CsvCells {

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
     * A text cell with an apostrophe before each formula start at its beginning or after a delimiter, as
     * {@link FormulaNeutralisation} writes it (and undoes it for a file that comes back).
     */
    static String text(String value) {
        return FormulaNeutralisation.neutralised(value);
    }
}
