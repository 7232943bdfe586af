package org.cnngrader.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
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
 *   <li>CSV: the long layout without a team column: {@code part,answer,question,how to write it}, then a
 *       {@code team} and a {@code members} row, then one row per part with its question and how to write its
 *       value in one cell (the reader takes the {@code part} and {@code answer} columns and ignores the others);
 *   <li>XLSX: the template layout: the team in C2, members in C3, then per part its id in column
 *       A, what to write in column B, and its answer from column C on, a block of shaded cells as
 *       large as the reference for a matrix, outlined, every answer cell formatted as text so that a spreadsheet
 *       never turns {@code 1/4} into a date.
 * </ul>
 * The hints come from the rubric: the question, and the kind and shape of the value it asks for, never a value
 * (an example could be the very answer a rubric asks for). Parts a TA scores by hand are left out.
 */
public final class TemplateWriter {

    /** The CSV template's header row. */
    public static final List<String> CSV_HEADER = List.of("part", "answer", "question", "how to write it");

    /** The XLSX template's only sheet. */
    public static final String XLSX_SHEET = "answers";

    /** The XLSX template's first cell. */
    public static final String XLSX_TITLE = "cnn-grader answer sheet";

    private TemplateWriter() {
    }

    /** The CSV template. */
    public static String csv(SheetSpec spec) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            printer.printRecord(CSV_HEADER);
            printer.printRecord("team", "", "", "your team's name");
            printer.printRecord("members", "", "", "names, separated by ;");
            for (SheetSpec.PartSpec part : graded(spec)) {
                printer.printRecord(part.id(), "", question(part), form(part, true));
            }
        } catch (IOException impossible) {
            throw new IllegalStateException("internal: writing to a string failed", impossible);
        }
        return text.toString();
    }

    /** The XLSX template, written to {@code output}. */
    public static void xlsx(SheetSpec spec, String title, OutputStream output) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(XLSX_SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            // Answer cells are text ("@"): what a student types stays as typed (1/4, 0,5, 9 216), and the reader
            // parses it as it parses a CSV cell. A block's edges are drawn thick, so its extent shows.
            short text = workbook.createDataFormat().getFormat("@");
            Map<Integer, CellStyle> inputs = new HashMap<>();
            IntFunction<CellStyle> inputStyle = edges -> inputs.computeIfAbsent(edges, key -> {
                CellStyle style = workbook.createCellStyle();
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setDataFormat(text);
                style.setBorderTop((key & TOP) != 0 ? BorderStyle.MEDIUM : BorderStyle.THIN);
                style.setBorderBottom((key & BOTTOM) != 0 ? BorderStyle.MEDIUM : BorderStyle.THIN);
                style.setBorderLeft((key & LEFT) != 0 ? BorderStyle.MEDIUM : BorderStyle.THIN);
                style.setBorderRight((key & RIGHT) != 0 ? BorderStyle.MEDIUM : BorderStyle.THIN);
                return style;
            });
            CellStyle input = inputStyle.apply(TOP | BOTTOM | LEFT | RIGHT);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue(XLSX_TITLE);
            first.getCell(0).setCellStyle(heading);
            first.createCell(1).setCellValue(title);
            for (int index = 1; index <= 2; index++) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(index == 1 ? "team" : "members");
                row.getCell(0).setCellStyle(heading);
                row.createCell(1).setCellValue(index == 1 ? "your team's name" : "names, separated by ;");
                row.createCell(Table.FIRST_VALUE_COLUMN).setCellStyle(input);
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
                        int edges = (i == 0 ? TOP : 0) | (i == block[0] - 1 ? BOTTOM : 0) | (j == 0 ? LEFT : 0)
                                | (j == block[1] - 1 ? RIGHT : 0);
                        row.createCell(Table.FIRST_VALUE_COLUMN + j).setCellStyle(inputStyle.apply(edges));
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

    /** The edges of an answer block a cell lies on. */
    private static final int TOP = 1;
    private static final int BOTTOM = 2;
    private static final int LEFT = 4;
    private static final int RIGHT = 8;

    private static String hint(SheetSpec.PartSpec part) {
        return question(part) + " — " + form(part, false);
    }

    private static String question(SheetSpec.PartSpec part) {
        return "Question " + part.questionId() + (part.prompt().isEmpty() ? "" : ": " + part.prompt());
    }

    /**
     * How to write a part's value, from what the rubric asks: its kind, and its shape for a list or matrix, in one
     * cell ({@code oneCell}, a CSV) or in a block of cells (a workbook).
     */
    static String form(SheetSpec.PartSpec part, boolean oneCell) {
        if (!part.symbols().isEmpty()) {
            return "a formula in " + String.join(", ", part.symbols()) + " (write products with * or a space, powers"
                    + " with ^ or ²)";
        }
        if (part.kind() == SheetSpec.ValueKind.TRUTH) {
            return "yes or no";
        }
        if (part.reference().isEmpty()) {
            return oneCell ? "your answer: a number, yes/no, or a matrix written [[a, b], [c, d]]"
                    : "your answer: a number, yes/no, or a matrix with one number per cell from the top-left of the"
                    + " block";
        }
        Tensor reference = part.reference().get();
        String numbers = reference.isIntegral() ? "whole numbers" : "numbers";
        return switch (reference.rank()) {
            case 0 -> reference.isIntegral() ? "one whole number" : "one number (a fraction such as 1/4 is fine)";
            // A value with one entry equals that number (DESIGN.md §6): a length is one number.
            case 1 -> reference.size() == 1 ? (reference.isIntegral() ? "one whole number" : "one number")
                    : (part.layer().isPresent() && part.layer().get().quantity().contains("shape")
                    ? "a shape of " + reference.size() + " " + numbers : "a list of " + reference.size() + " " + numbers)
                    + (oneCell ? ", joined by × or written [a, b, …]" : ": one per cell (or all in one cell, joined by ×)");
            case 2 -> "a " + Shapes.format(reference.shape()) + " matrix of " + numbers + (oneCell
                    ? ", written [[a, b], [c, d]] or with rows separated by ;" : ": one number per cell of the block");
            default -> "a " + Shapes.format(reference.shape()) + " tensor of " + numbers + ", written as nested lists"
                    + " [[[…]]]";
        };
    }

    private static List<SheetSpec.PartSpec> graded(SheetSpec spec) {
        return spec.parts().stream().filter(SheetSpec.PartSpec::graded).toList();
    }
}
