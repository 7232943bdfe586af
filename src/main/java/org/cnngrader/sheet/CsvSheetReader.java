package org.cnngrader.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
                rows.add(cells(record.toList(), rows.size(), delimiter));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
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
     * The cells of a record, those a bracket spans made one again: {@code conv1_shape,(96, 55, 55)} typed without
     * quotes is split by the file's commas into {@code (96}, {@code  55} and {@code  55)}, which its author wrote as one
     * value, as a matrix {@code [[0,0,0],[0,1,0],[0,0,0]]} is. From a field opening more brackets than it closes, the
     * fields up to the one closing them are one cell, its text theirs joined by the delimiter, named after the first
     * and noted; a bracket never closed joins nothing. Each cell keeps its column's name.
     */
    static List<Table.Cell> cells(List<String> fields, int row, char delimiter) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int column = 0; column < fields.size(); column++) {
            int depth = depth(fields.get(column));
            int last = column;
            while (depth > 0 && last + 1 < fields.size()) {
                last++;
                depth += depth(fields.get(last));
            }
            if (depth > 0 || last == column) {
                cells.add(new Table.Cell(fields.get(column), Cells.name(column, row), row, List.of()));
                continue;
            }
            String text = String.join(String.valueOf(delimiter), fields.subList(column, last + 1));
            cells.add(new Table.Cell(text, Cells.name(column, row), row, List.of("the cells "
                    + Cells.name(column, row) + " to " + Cells.name(last, row) + " hold " + Excerpt.quoted(text.strip())
                    + ", one value split by the unquoted " + (delimiter == '\t' ? "tabs" : delimiter == ';'
                            ? "semicolons" : "commas") + " in its brackets: read as one")));
            column = last;
        }
        return cells;
    }

    /** The brackets a field opens and leaves open: {@code (96} one, {@code  55)} minus one. */
    private static int depth(String field) {
        int depth = 0;
        for (int index = 0; index < field.length(); index++) {
            char character = field.charAt(index);
            if (character == '(' || character == '[' || character == '{') {
                depth++;
            } else if (character == ')' || character == ']' || character == '}') {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The records of a CSV file that is not an answer sheet (a roster, manual scores), read exactly as answer
     * sheets are: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), Windows-1252 as a fallback, the
     * delimiter sniffed among comma, semicolon and tab. One rule for every CSV a TA hands in.
     *
     * @throws UnreadableException when the file is empty, too large or malformed
     */
    public static List<List<String>> records(Path file) throws UnreadableException {
        return numberedRecords(file).stream().map(NumberedRecord::cells).toList();
    }

    /**
     * A record and the line of the file it starts on, counted from 1: a message about a row names the line an
     * editor shows, which a blank line or a cell holding a line break puts past the record's index.
     */
    public record NumberedRecord(int line, List<String> cells) {
        public NumberedRecord {
            cells = List.copyOf(cells);
        }
    }

    /**
     * {@link #records} with the line each record starts on.
     *
     * @throws UnreadableException when the file is empty, too large or malformed
     */
    public static List<NumberedRecord> numberedRecords(Path file) throws UnreadableException {
        String text = TextFiles.read(file, new ArrayList<>());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sniffDelimiter(text)).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        List<NumberedRecord> records = new ArrayList<>();
        int line = 1;
        int counted = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // The position is where the previous record ended: the empty lines skipped come before this one.
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++;
                }
                line += lineBreaks(text, counted, start);
                counted = start;
                records.add(new NumberedRecord(line, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new UnreadableException("the CSV is malformed: " + UnreadableException.plain(malformed, file),
                    malformed);
        }
        return records;
    }

    /** The line breaks ({@code \n}, {@code \r\n} or a lone {@code \r}) in {@code text[from, to)}. */
    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int index = from; index < to; index++) {
            char character = text.charAt(index);
            if (character == '\n' || character == '\r' && (index + 1 >= text.length() || text.charAt(index + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
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
