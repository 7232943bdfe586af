// Writes answers.xlsx beside this file with Apache POI: team BP B fills in the template of
// rubrics/backprop.yaml. Run from the repository root:
//   java -cp target/cnn-grader.jar submissions-sample-backprop/team-b/AnswersWorkbook.java
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.TemplateWriter;

public class AnswersWorkbook {
    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/backprop.yaml"));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TemplateWriter.xlsx(SheetSpecs.of(rubric), rubric.title(), template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheet("answers");
            text(sheet, "team", "BP B");
            text(sheet, "members", "Frances Allen; John Backus");
            block(sheet, "S", new double[][] {{-0.5, 4.5, 5.5}, {3.5, 0.5, 2.5}, {3.5, 1.5, 2.5}});
            block(sheet, "dK", new double[][] {{5, 8}, {1, 2}});
            block(sheet, "db", new double[][] {{4}});
            block(sheet, "dX", new double[][] {{1, -1, -1, 1}, {2, 2, -4, 0}, {1, 3, 1, -1}, {2, 0, 2, 0}});
            block(sheet, "P", new double[][] {{3, 3}, {4, 5}});
            // The 1/N of the mean squared error is forgotten: dP = 2(P − T) instead of 2(P − T)/4.
            block(sheet, "dP", new double[][] {{2, 4}, {2, 2}});
            // Routed correctly from that dP: follow-through.
            block(sheet, "dA", new double[][] {{0, 2, 4, 0}, {0, 0, 0, 0}, {0, 0, 2, 0}, {2, 0, 0, 0}});
            block(sheet, "z", new double[][] {{0.5, 2, 2}, {-1, -0.5, 0}});
            block(sheet, "probs", new double[][] {{0.1, 0.45, 0.45}, {0.186, 0.307, 0.506}});
            block(sheet, "loss", new double[][] {{1.24}});
            block(sheet, "dz", new double[][] {{0.05, 0.225, -0.275}, {-0.407, 0.154, 0.253}});
            block(sheet, "dW", new double[][] {{0.05, -0.407, 0.507}, {0.225, 0.154, 0.296},
                {-0.275, 0.253, -0.803}});
            block(sheet, "W_new", new double[][] {{0.475, -0.797, -0.254}, {0.888, -0.077, 0.352},
                {0.138, 0.873, 1.402}});
            try (OutputStream out = Files.newOutputStream(Path.of("submissions-sample-backprop/team-b/answers.xlsx"))) {
                workbook.write(out);
            }
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

    private static void text(Sheet sheet, String key, String value) {
        Row row = row(sheet, key);
        (row.getCell(2) == null ? row.createCell(2) : row.getCell(2)).setCellValue(value);
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
}
