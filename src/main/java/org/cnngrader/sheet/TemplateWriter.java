package org.cnngrader.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;

/**
 * Blank answer sheets for students, which the readers read back without loss:
 * <ul>
 *   <li>CSV: the long layout without a team column: {@code part,answer}, then a {@code team} and a
 *       {@code members} row, then one row per part;
 *   <li>XLSX: the template layout: the team in C2, members in C3, then per part its id in column
 *       A, what to write in column B, and its answer from column C on, a block of shaded cells as
 *       large as the reference for a matrix.
 * </ul>
 * Parts a TA scores by hand are left out.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    /** The CSV template. */
    public static String csv(SheetSpec spec) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            printer.printRecord("part", "answer");
            printer.printRecord("team", "");
            printer.printRecord("members", "");
            for (SheetSpec.PartSpec part : graded(spec)) {
                printer.printRecord(part.id(), "");
            }
        } catch (IOException impossible) {
            throw new IllegalStateException("internal: writing to a string failed", impossible);
        }
        return text.toString();
    }

    /** The XLSX template, written to {@code output}. */
    public static void xlsx(SheetSpec spec, String title, OutputStream output) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("answers");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("cnn-grader answer sheet");
            first.getCell(0).setCellStyle(heading);
            first.createCell(1).setCellValue(title);
            for (int index = 1; index <= 2; index++) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(index == 1 ? "team" : "members");
                row.getCell(0).setCellStyle(heading);
                row.createCell(1).setCellValue(index == 1 ? "your team's name" : "names, separated by ;");
                row.createCell(XlsxSheetReader.FIRST_VALUE_COLUMN).setCellStyle(input);
            }
            Row header = sheet.createRow(4);
            String[] titles = {"part", "what to write", "answer (one number per cell)"};
            for (int column = 0; column < titles.length; column++) {
                header.createCell(column).setCellValue(titles[column]);
                header.getCell(column).setCellStyle(heading);
            }
            int next = 5;
            for (SheetSpec.PartSpec part : graded(spec)) {
                int[] block = block(part);
                for (int i = 0; i < block[0]; i++) {
                    Row row = sheet.createRow(next + i);
                    if (i == 0) {
                        row.createCell(0).setCellValue(part.id());
                        row.createCell(1).setCellValue(hint(part));
                        row.getCell(1).setCellStyle(wrap);
                    }
                    for (int j = 0; j < block[1]; j++) {
                        row.createCell(XlsxSheetReader.FIRST_VALUE_COLUMN + j).setCellStyle(input);
                    }
                }
                next += block[0] + 1;
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            workbook.write(output);
        }
    }

    /**
     * Rows × columns of the cells a part's answer takes; an open question of unknown shape gets a
     * 4×4 block, of which the student fills what the answer needs.
     */
    private static int[] block(SheetSpec.PartSpec part) {
        return part.reference().map(reference -> reference.rank() == 2
                ? new int[] {reference.side(0), reference.side(1)}
                : reference.rank() == 1 ? new int[] {1, reference.side(0)} : new int[] {1, 1}).orElse(new int[] {4, 4});
    }

    private static String hint(SheetSpec.PartSpec part) {
        String question = "Question " + part.questionId() + (part.prompt().isEmpty() ? "" : ": " + part.prompt());
        String form = part.reference().map(TemplateWriter::form).orElse("your answer: a number, yes/no, or a matrix"
                + " with one number per cell from the top-left of the block");
        return question + " — " + form;
    }

    private static String form(Tensor reference) {
        return switch (reference.rank()) {
            case 0 -> "one number";
            // No example with numbers: an example shape (it was 96×55×55) can be the very answer a rubric asks for.
            case 1 -> "a shape or vector of " + reference.size() + ": one entry per cell (or all in one cell, joined"
                    + " by ×)";
            default -> "a " + Shapes.format(reference.shape()) + " matrix: one number per cell";
        };
    }

    private static List<SheetSpec.PartSpec> graded(SheetSpec spec) {
        return spec.parts().stream().filter(SheetSpec.PartSpec::graded).toList();
    }
}
