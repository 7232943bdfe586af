package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blank sheet from {@code template}, filled with the key, reads back as all correct. */
class TemplateCommandTest {

    private static final String RUBRIC = "rubrics/e1394-ps2.yaml";

    private static JsonNode key() throws IOException {
        return new ObjectMapper().readTree(EvalCommandTest.run("key", RUBRIC, "--format", "json").out());
    }

    private static JsonNode checked(Path sheet) throws IOException {
        EvalCommandTest.Run run = EvalCommandTest.run("check", RUBRIC, sheet.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    /** What a student fills in for a part: the key's exact answer, or for open questions a right one. */
    private static String answerFor(JsonNode part) {
        return switch (part.get("id").asText()) {
            case "identity_kernel" -> "[[0, 0, 0], [0, 1, 0], [0, 0, 0]]";
            case "avg_kernel" -> "[[0.25, 0.25], [0.25, 0.25]]";
            case "avg_stride" -> "2";
            default -> part.get("answer").toString();
        };
    }

    @Test
    void csvTemplateRoundTrips(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("sheet.csv");
        assertThat(EvalCommandTest.run("template", RUBRIC, "--format", "csv", "-o", template.toString()).exitCode())
                .isZero();
        StringBuilder filled = new StringBuilder();
        for (String line : Files.readAllLines(template)) {
            if (line.startsWith("team,")) {
                filled.append("team,Round Trip\n");
                continue;
            }
            String id = line.substring(0, line.indexOf(','));
            JsonNode part = null;
            for (JsonNode candidate : key().get("parts")) {
                if (candidate.get("id").asText().equals(id)) {
                    part = candidate;
                }
            }
            filled.append(part == null ? line : id + ",\"" + answerFor(part) + "\"").append('\n');
        }
        Files.writeString(template, filled);
        JsonNode report = checked(template);
        assertThat(report.get("name").asText()).isEqualTo("Round Trip");
        report.get("parts").forEach(part -> assertThat(part.get("verdict").asText()).as(part.get("id").asText())
                .isIn("correct", "manual"));
        assertThat(report.get("total").asInt()).isEqualTo(33);
    }

    @Test
    void theCsvTemplateSaysPerPartItsQuestionAndHowToWriteItsValue(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("sheet.csv");
        // No --format: the extension decides.
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", template.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(template);
        assertThat(lines.get(0)).isEqualTo("part,answer,question,how to write it");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("S,,\"Question 1.3.1: ")
                .endsWith(",\"a 4×4 matrix of numbers, written [[a, b], [c, d]] or with rows separated by ;\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("conv1_shape,,")
                .endsWith(",\"a shape of 3 whole numbers, joined by × or written [a, b, …]\""));
        assertThat(lines).contains("flat_size,,Question 1.5: The length of the flattened vector.,one whole number");
        // The hints name kinds and shapes, never a value of the key.
        String hints = String.join("\n", lines.stream().map(line -> line.substring(line.lastIndexOf(",\"") + 1))
                .toList());
        assertThat(hints).doesNotContain("96").doesNotContain("55").doesNotContain("0.88");
    }

    @Test
    void aTemplateWithoutFormatOrKnownExtensionIsAUsageError(@TempDir Path directory) {
        EvalCommandTest.Run run = EvalCommandTest.run("template", RUBRIC, "-o", directory.resolve("sheet.ods")
                .toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --format csv or xlsx, or a file name ending in .csv or .xlsx");
    }

    @Test
    void xlsxAnswerCellsAreTextSoAFractionStaysAFraction(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("sheet.xlsx");
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", template.toString()).exitCode()).isZero();
        try (InputStream input = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheet("answers");
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getStringCellValue().equals("avg_padding")) {
                    Cell answer = row.getCell(2);
                    assertThat(answer.getCellStyle().getDataFormatString()).isEqualTo("@");
                    // A matrix block is outlined: its top-left cell has thick top and left edges.
                    assertThat(row.getCell(1).getStringCellValue()).endsWith("one whole number");
                }
                if (first != null && first.getStringCellValue().equals("S")) {
                    assertThat(row.getCell(2).getCellStyle().getBorderTop())
                            .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.MEDIUM);
                    assertThat(row.getCell(3).getCellStyle().getBorderLeft())
                            .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
                    assertThat(row.getCell(1).getStringCellValue()).endsWith("a 4×4 matrix of numbers: one number per"
                            + " cell of the block");
                }
            }
        }
    }

    @Test
    void xlsxTemplateRoundTripsWithMatricesAsBlocksOfCells(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("sheet.xlsx");
        assertThat(EvalCommandTest.run("template", RUBRIC, "--format", "xlsx", "-o", template.toString()).exitCode())
                .isZero();
        JsonNode key = key();
        try (InputStream input = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheet("answers");
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null) {
                    continue;
                }
                if (first.getStringCellValue().equals("team")) {
                    row.getCell(2).setCellValue("Blocks");
                }
                for (JsonNode part : key.get("parts")) {
                    if (part.get("id").asText().equals(first.getStringCellValue())) {
                        fill(sheet, row.getRowNum(), new ObjectMapper().readTree(answerFor(part)));
                    }
                }
            }
            try (OutputStream output = Files.newOutputStream(template)) {
                workbook.write(output);
            }
        }
        JsonNode report = checked(template);
        assertThat(report.get("name").asText()).isEqualTo("Blocks");
        report.get("parts").forEach(part -> assertThat(part.get("verdict").asText()).as(part.get("id").asText())
                .isIn("correct", "manual"));
        assertThat(report.get("parts").get(5).get("where").get("cell").asText()).matches("C\\d+:F\\d+");
    }

    private static void fill(Sheet sheet, int top, JsonNode value) {
        List<JsonNode> rows = new ArrayList<>();
        if (value.isArray() && value.get(0).isArray()) {
            value.forEach(rows::add);
        } else {
            rows.add(value);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.getRow(top + i) == null ? sheet.createRow(top + i) : sheet.getRow(top + i);
            JsonNode cells = rows.get(i);
            int width = cells.isArray() ? cells.size() : 1;
            for (int j = 0; j < width; j++) {
                JsonNode cell = cells.isArray() ? cells.get(j) : cells;
                (row.getCell(2 + j) == null ? row.createCell(2 + j) : row.getCell(2 + j)).setCellValue(cell.asDouble());
            }
        }
    }

    /** {@code template r.yaml -o r.yaml} replaced the rubric with a blank sheet. */
    @Test
    void theRubricGivenIsNeverOverwritten(@TempDir Path directory) throws IOException {
        Path rubric = Files.copy(Path.of(RUBRIC), directory.resolve("r.yaml"));
        EvalCommandTest.Run run = EvalCommandTest.run("template", rubric.toString(), "-o", rubric.toString(),
                "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo(rubric + ": that is the rubric; write the answer sheet to another file");
        assertThat(rubric).hasSameTextualContentAs(Path.of(RUBRIC));
    }

    /** A student's sheet was replaced by a blank one without a word. */
    @Test
    void aFilledInSheetIsNeverOverwritten(@TempDir Path directory) throws IOException {
        Path filled = Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), directory.resolve("filled.csv"));
        EvalCommandTest.Run run = EvalCommandTest.run("template", RUBRIC, "-o", filled.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().isEqualTo(filled + ": already exists and is not a"
                + " blank template; write the answer sheet to a new file, or remove this one first");
        assertThat(filled).hasSameTextualContentAs(Path.of("submissions-sample/ps2-team-f.csv"));
    }

    /** Even a template of this tool is someone's work once an answer is in it, in either format. */
    @Test
    void aTemplateWithAnAnswerWrittenInIsNeverOverwritten(@TempDir Path directory) throws IOException {
        Path csv = directory.resolve("sheet.csv");
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", csv.toString()).exitCode()).isZero();
        Files.writeString(csv, Files.readString(csv).replace("\nflat_size,,", "\nflat_size,9216,"));
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", csv.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.readString(csv)).contains("flat_size,9216,");

        Path xlsx = directory.resolve("sheet.xlsx");
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", xlsx.toString()).exitCode()).isZero();
        try (InputStream input = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
            workbook.getSheet("answers").getRow(1).getCell(2).setCellValue("Team Z");
            try (OutputStream output = Files.newOutputStream(xlsx)) {
                workbook.write(output);
            }
        }
        byte[] filled = Files.readAllBytes(xlsx);
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", xlsx.toString()).exitCode()).isEqualTo(2);
        assertThat(xlsx).hasBinaryContent(filled);
    }

    /** Writing again over a blank template (the rubric changed since) is what a TA does; it stays allowed. */
    @Test
    void aBlankTemplateWrittenBeforeIsReplaced(@TempDir Path directory) throws IOException {
        for (String name : List.of("sheet.csv", "sheet.xlsx")) {
            Path template = directory.resolve(name);
            assertThat(EvalCommandTest.run("template", RUBRIC, "-o", template.toString()).exitCode()).isZero();
            EvalCommandTest.Run again = EvalCommandTest.run("template", RUBRIC, "-o", template.toString());
            assertThat(again.exitCode()).as(name).isZero();
            assertThat(again.err()).isEmpty();
        }
    }

    /** A device (as root, {@code /dev/full} became a regular file), a folder or a link is not replaced. */
    @Test
    void aFolderALinkOrAPipeIsNeverReplaced(@TempDir Path directory) throws IOException, InterruptedException {
        Path folder = Files.createDirectory(directory.resolve("folder.csv"));
        Path blank = directory.resolve("blank.csv");
        assertThat(EvalCommandTest.run("template", RUBRIC, "-o", blank.toString()).exitCode()).isZero();
        Path link = Files.createSymbolicLink(directory.resolve("link.csv"), blank);
        Path pipe = directory.resolve("pipe.csv");
        boolean piped = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        for (Path target : piped ? List.of(folder, link, pipe) : List.of(folder, link)) {
            EvalCommandTest.Run run = EvalCommandTest.run("template", RUBRIC, "-o", target.toString());
            assertThat(run.exitCode()).as(target.toString()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString().contains(", not a regular file;");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(folder).isDirectory();
        if (piped) {
            assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
    }

    /** {@code --format xlsx -o b.csv} wrote a workbook into a file named as a CSV. */
    @Test
    void aFormatTheFileNameContradictsIsRefused(@TempDir Path directory) {
        Path csv = directory.resolve("b.csv");
        EvalCommandTest.Run run = EvalCommandTest.run("template", RUBRIC, "--format", "xlsx", "-o", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(csv + ": --format xlsx writes an XLSX workbook, but the name says"
                + " a CSV file; name it .xlsx, or leave --format out");
        assertThat(csv).doesNotExist();
        // A name that says no format still takes the one given.
        assertThat(EvalCommandTest.run("template", RUBRIC, "--format", "csv", "-o", directory.resolve("sheet.txt")
                .toString()).exitCode()).isZero();
    }

    /** {@code -o ""} is no file name at all. */
    @Test
    void anEmptyOutputNameIsRefused() {
        EvalCommandTest.Run run = EvalCommandTest.run("template", RUBRIC, "--format", "csv", "-o", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("-o '': name the file to write the answer sheet to (answers.csv"
                + " or answers.xlsx)");
    }
}
