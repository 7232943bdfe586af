package org.cnngrader.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV answer sheets in the long or wide layout ({@link Table}): UTF-8 (a BOM is tolerated),
 * the delimiter sniffed among comma, semicolon and tab, quoted cells may hold line breaks.
 */
public final class CsvSheetReader implements SheetReader {

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        String text = TextFiles.read(file, notes);
        char delimiter = sniffDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .setAllowMissingColumnNames(true).build();
        List<List<Table.Cell>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<Table.Cell> row = new ArrayList<>();
                int index = rows.size();
                for (int column = 0; column < record.size(); column++) {
                    row.add(new Table.Cell(record.get(column), Cells.name(column, index), index, List.of()));
                }
                rows.add(row);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new UnreadableException("the CSV is malformed: " + UnreadableException.plain(malformed, file),
                    malformed);
        }
        List<AnswerSheet> sheets = Table.sheets(rows, source, spec);
        if (notes.isEmpty()) {
            return sheets;
        }
        return sheets.stream().map(sheet -> sheet.withNote(notes.get(0))).toList();
    }

    /**
     * The records of a CSV file that is not an answer sheet (a roster, manual scores), read exactly as answer
     * sheets are: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), Windows-1252 as a fallback, the
     * delimiter sniffed among comma, semicolon and tab. One rule for every CSV a TA hands in.
     *
     * @throws UnreadableException when the file is empty, too large or malformed
     */
    public static List<List<String>> records(Path file) throws UnreadableException {
        String text = TextFiles.read(file, new ArrayList<>());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sniffDelimiter(text)).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new UnreadableException("the CSV is malformed: " + UnreadableException.plain(malformed, file),
                    malformed);
        }
        return records;
    }

    /** The delimiter used most consistently in the first line, outside quotes: comma, semicolon or tab. */
    static char sniffDelimiter(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (char character : firstLine.toCharArray()) {
                if (character == '"') {
                    quoted = !quoted;
                } else if (character == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
