package org.cnngrader.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The generators of the Office files of {@code src/test/resources/hostile/README.md} whose XML outgrows the limit:
 * small zipped, large once POI models them; made at run time rather than committed.
 */
public final class HostileOfficeFiles {

    private HostileOfficeFiles() {
    }

    /** A workbook of {@code sheets} sheets of {@code rows} rows of 12 numbers, written by POI's streaming writer. */
    public static void workbookOfNumbers(Path file, int sheets, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream output = Files.newOutputStream(file)) {
            for (int index = 0; index < sheets; index++) {
                Sheet answers = workbook.createSheet("answers " + index);
                for (int row = 0; row < rows; row++) {
                    Row cells = answers.createRow(row);
                    for (int column = 0; column < 12; column++) {
                        cells.createCell(column).setCellValue(row * 1.5 + column);
                    }
                }
            }
            workbook.write(output);
            workbook.dispose();
        }
    }

    /** A pandoc-made Word document whose body gets 9 MB of paragraphs more, some 150 KB zipped. */
    public static void bloatedDocument(Path file) throws IOException {
        String paragraphs = "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(9 * 1024 * 1024 / 34);
        try (ZipFile original = new ZipFile("src/test/resources/word/ps2-team-w.docx");
                ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(original.entries())) {
                byte[] content = original.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("</w:body>", paragraphs + "</w:body>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
    }
}
