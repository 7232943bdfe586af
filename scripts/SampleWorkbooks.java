// Writes the XLSX files of submissions-sample/ with Apache POI. Run from the repository root:
//   java -cp target/cnn-grader.jar scripts/SampleWorkbooks.java
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.TemplateWriter;

public class SampleWorkbooks {
    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TemplateWriter.xlsx(SheetSpecs.of(rubric), rubric.title(), template);
        // Team H fills in the template: one slip in S, 1/4 turned into a date, a formula for the stride.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheet("answers");
            value(sheet, "team", "PS 2 H");
            value(sheet, "members", "Frances Allen; John Backus");
            block(sheet, "identity_kernel", new double[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});
            block(sheet, "S", new double[][] {{0, 2, 0, 2}, {4, 2, 5, 2}, {1.5, 7.5, 2.5, 6.5}, {3, 2, 5, 2}});
            block(sheet, "A", new double[][] {{0.5, 0.88, 0.5, 0.88}, {0.98, 0.88, 0.99, 0.88},
                {0.82, 1, 0.92, 1}, {0.95, 0.88, 0.99, 0.88}});
            block(sheet, "P", new double[][] {{0.98, 0.99}, {1, 1}});
            Row kernel = row(sheet, "avg_kernel");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("m/d"));
            for (int i = 0; i < 2; i++) {
                Row target = sheet.getRow(kernel.getRowNum() + i) == null ? sheet.createRow(kernel.getRowNum() + i)
                        : sheet.getRow(kernel.getRowNum() + i);
                for (int j = 0; j < 2; j++) {
                    Cell cell = target.getCell(2 + j) == null ? target.createCell(2 + j) : target.getCell(2 + j);
                    cell.setCellValue(java.time.LocalDate.of(2026, 1, 4));
                    cell.setCellStyle(date);
                }
            }
            Cell stride = row(sheet, "avg_stride").getCell(2);
            stride.setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(stride);
            row(sheet, "avg_padding").getCell(2).setCellValue(0);
            String[] shapes = {"96×55×55", "96×27×27", "256×27×27", "256×13×13", "", "384×13×13", "256×13×13",
                "256×6×6"};
            String[] parts = {"conv1_shape", "pool1_shape", "conv2_shape", "pool2_shape", "conv3_shape", "conv4_shape",
                "conv5_shape", "pool3_shape"};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].equals("conv3_shape")) {
                    Row cells = row(sheet, parts[i]);
                    cells.createCell(2).setCellValue(384);
                    cells.createCell(3).setCellValue(13);
                    cells.createCell(4).setCellValue(13);
                } else {
                    row(sheet, parts[i]).getCell(2).setCellValue(shapes[i]);
                }
            }
            row(sheet, "flat_size").getCell(2).setCellValue(9216);
            write(workbook, "submissions-sample/ps2-team-h.xlsx");
        }
        // Teams I and J of section 2 share one workbook, one row per team.
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("section 2");
            String[] header = {"team", "members", "identity_kernel", "S", "A", "P", "avg_kernel", "avg_stride",
                "avg_padding", "conv1_shape", "pool1_shape", "conv2_shape", "pool2_shape", "conv3_shape",
                "conv4_shape", "conv5_shape", "pool3_shape", "flat_size"};
            String s = "[[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]";
            String sTransposed = "[[0, 3, 1.5, 3], [2, 2, 7.5, 2], [0, 5, 2.5, 5], [2, 2, 6.5, 2]]";
            String a = "[[0.50, 0.88, 0.50, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1.00, 0.92, 1.00],"
                    + " [0.95, 0.88, 0.99, 0.88]]";
            String aOfTransposed = "[[0.50, 0.95, 0.82, 0.95], [0.88, 0.88, 1.00, 0.88], [0.50, 0.99, 0.92, 0.99],"
                    + " [0.88, 0.88, 1.00, 0.88]]";
            String[][] rows = {
                {"PS 2 I", "Radia Perlman; Tim Berners-Lee", "[[0,0,0],[0,1,0],[0,0,0]]", s, a,
                    "[[0.95, 0.99], [1.00, 1.00]]", "[[0.25, 0.25], [0.25, 0.25]]", "2", "0", "96x55x55", "96x27x27",
                    "256x27x27", "256x13x13", "384x13x13", "384x13x13", "256x13x13", "256x6x6", "9216"},
                {"PS 2 J", "Leslie Lamport; Shafi Goldwasser", "", sTransposed, aOfTransposed,
                    "[[0.95, 1.00], [0.99, 1.00]]", "[[0.25, 0.25], [0.25, 0.25]]", "2", "0", "96x55x55", "96x27x27",
                    "256x27x27", "256x13x13", "384x13x13", "384x13x13", "256x13x13", "256x6x6", "9216"}};
            Row first = sheet.createRow(0);
            for (int j = 0; j < header.length; j++) {
                first.createCell(j).setCellValue(header[j]);
            }
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int j = 0; j < header.length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            write(workbook, "submissions-sample/section-2.xlsx");
        }
    }

    private static Row row(Sheet sheet, String key) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row " + key);
    }

    private static void value(Sheet sheet, String key, String text) {
        row(sheet, key).getCell(2).setCellValue(text);
    }

    private static void block(Sheet sheet, String key, double[][] values) {
        Row top = row(sheet, key);
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.getRow(top.getRowNum() + i) == null ? sheet.createRow(top.getRowNum() + i)
                    : sheet.getRow(top.getRowNum() + i);
            for (int j = 0; j < values[i].length; j++) {
                (row.getCell(2 + j) == null ? row.createCell(2 + j) : row.getCell(2 + j)).setCellValue(values[i][j]);
            }
        }
    }

    private static void write(XSSFWorkbook workbook, String file) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(file))) {
            workbook.write(out);
        }
    }
}
