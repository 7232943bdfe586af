package org.cnngrader.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.batch.InputException;
import org.cnngrader.sheet.TemplateWriter;

/**
 * Where {@code template} may write its blank sheet: a new file, or a blank template it wrote before (written again
 * after the rubric changed). Anything else there is someone's work or no file at all: the rubric itself
 * ({@code template r.yaml -o r.yaml} replaced it), a student's filled-in sheet, a folder, a link, a device
 * ({@code /dev/full} became a regular file when run as root). Those are refused with one line, and nothing is
 * written; there is no option to force it, since removing the file first says the same more deliberately.
 */
final class TemplateTarget {

    /** Column C, where the XLSX template's answer cells begin (team and members too). */
    private static final int XLSX_FIRST_ANSWER_COLUMN = 2;

    /** The XLSX template's header row (0-based), whose column C is a heading, not an answer. */
    private static final int XLSX_HEADER_ROW = 4;

    /** A blank template is a few kilobytes; a larger file is not one, and is not read to find out. */
    private static final long LARGEST_TEMPLATE = 2L * 1024 * 1024;

    private TemplateTarget() {
    }

    /**
     * Refuses {@code output} unless it is absent or a blank template (an empty name is no file at all).
     *
     * @throws InputException naming the file and what to do, when template must not write there
     */
    static void check(Path output, Path rubric) throws IOException {
        if (output.toString().isEmpty()) {
            throw new InputException("-o '': name the file to write the answer sheet to (answers.csv or answers.xlsx)");
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.exists(rubric) && Files.isSameFile(output, rubric)) {
            throw new InputException(output + ": that is the rubric; write the answer sheet to another file");
        }
        if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(output + ": " + kind(output) + ", not a regular file; write the answer sheet to"
                    + " a new file");
        }
        if (!isBlankTemplate(output)) {
            throw new InputException(output + ": already exists and is not a blank template; write the answer sheet"
                    + " to a new file, or remove this one first");
        }
    }

    private static String kind(Path output) {
        if (Files.isSymbolicLink(output)) {
            return "a link";
        }
        return Files.isDirectory(output) ? "a folder" : "a device or other special file";
    }

    /** Whether {@code file} is a template this tool wrote (CSV or XLSX, whatever its name says), with no answer. */
    static boolean isBlankTemplate(Path file) throws IOException {
        if (Files.size(file) > LARGEST_TEMPLATE) {
            return false;
        }
        byte[] content = Files.readAllBytes(file);
        boolean zip = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
        return zip ? isBlankXlsxTemplate(content) : isBlankCsvTemplate(content);
    }

    private static boolean isBlankCsvTemplate(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notText) {
            return false;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !records.get(0).toList().equals(TemplateWriter.CSV_HEADER)) {
                return false;
            }
            // The answer column (the team's name included) is all the template leaves to fill in.
            return records.stream().skip(1).allMatch(row -> row.size() <= TemplateWriter.CSV_HEADER.size()
                    && (row.size() < 2 || row.get(1).isBlank()));
        } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
            return false;
        }
    }

    private static boolean isBlankXlsxTemplate(byte[] content) {
        DataFormatter formatter = new DataFormatter();
        try (InputStream input = new ByteArrayInputStream(content);
                XSSFWorkbook workbook = new XSSFWorkbook(input)) {
            if (workbook.getNumberOfSheets() != 1 || !workbook.getSheetName(0).equals(TemplateWriter.XLSX_SHEET)) {
                return false;
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(0);
            if (first == null || first.getCell(0) == null
                    || !formatter.formatCellValue(first.getCell(0)).equals(TemplateWriter.XLSX_TITLE)) {
                return false;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= XLSX_FIRST_ANSWER_COLUMN && row.getRowNum() != XLSX_HEADER_ROW
                            && !formatter.formatCellValue(cell).isBlank()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI signals a damaged or hostile file with runtime exceptions too: either way it is no blank template.
            return false;
        }
    }
}
