package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt, encrypted, empty, oversized and lying files each make their team unreadable, with a
 * reason, quickly and in bounded memory, and never stop the other teams.
 */
class HostileFilesTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    private static Map<String, AnswerSheet> sheets;

    @BeforeAll
    @Timeout(60)
    static void readACohortOfHostileFiles(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), folder.resolve("good.csv"));
        Files.write(folder.resolve("empty.csv"), new byte[0]);
        zipBomb(folder.resolve("zip-bomb.xlsx"));
        xlsxWithXml(folder.resolve("xml-bomb.xlsx"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&lol4;</Types>
                """);
        xlsxWithXml(folder.resolve("external-entity.xlsx"), """
                <?xml version="1.0"?>
                <!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&xxe;</Types>
                """);
        encryptedWorkbook(folder.resolve("encrypted.xlsx"));
        passwordPdf(folder.resolve("locked.pdf"));
        Files.copy(Path.of("submissions-sample/team-k/problem-set-2.pdf"), folder.resolve("truncated.pdf"));
        byte[] line = new byte[50 * 1024 * 1024];
        Arrays.fill(line, (byte) '7');
        Files.write(folder.resolve("huge-line.csv"), line);
        Files.write(folder.resolve("binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3});
        Files.copy(Path.of("submissions-sample/ps2-team-h.xlsx"), folder.resolve("workbook-named.pdf"));
        Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), folder.resolve("pdf-named.csv"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), folder.resolve("csv-named.xlsx"));
        zip(folder.resolve("archive.xlsx"), Map.of("team/answers.csv", "part,answer\n"));
        zip(folder.resolve("libreoffice.docx"), Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>", "META-INF/manifest.xml", "<manifest:manifest/>"));
        sheets = SheetsBySource.read(folder, SPEC);
    }

    private static String reason(String source) {
        return SheetsBySource.unreadableReason(sheets, source);
    }

    @Test
    void theGoodSubmissionIsStillRead() {
        assertThat(sheets.get("good.csv").readable()).isTrue();
        assertThat(sheets.get("good.csv").team()).isEqualTo("PS 2 F");
        assertThat(sheets.get("good.csv").answers()).containsKey("S");
    }

    @Test
    void emptyFile() {
        assertThat(reason("empty.csv")).isEqualTo("the file is empty");
    }

    @Test
    void zipBombXmlBombAndExternalEntityInsideAWorkbook() {
        // Its XML inflates past the limit before POI opens it (and past POI's own inflation ratio after).
        assertThat(reason("zip-bomb.xlsx")).isEqualTo("the workbook's XML inflates to more than 8 MB: too large or too"
                + " slow to read (limit 8 MB of XML per workbook)");
        assertThat(reason("xml-bomb.xlsx")).startsWith("the workbook cannot be opened");
        assertThat(reason("external-entity.xlsx")).startsWith("the workbook cannot be opened")
                .doesNotContain("root:");
    }

    @Test
    void encryptedWorkbookAndPasswordProtectedPdf() {
        assertThat(reason("encrypted.xlsx")).isEqualTo("the workbook is password-protected; save it without a password");
        assertThat(reason("locked.pdf")).isEqualTo("the PDF is password-protected");
    }

    @Test
    void truncatedPdf() {
        assertThat(reason("truncated.pdf")).startsWith("the PDF is damaged");
    }

    @Test
    void aFiftyMegabyteCsvLine() {
        assertThat(reason("huge-line.csv")).startsWith("the file is 50 MB");
    }

    @Test
    void binaryJunk() {
        assertThat(reason("binary.txt")).isEqualTo("the file is neither a PDF, a workbook, nor text");
    }

    /** A team's zip of its folder, or a LibreOffice document, was opened as a workbook: "InvalidFormatException". */
    @Test
    void anArchiveOrAnOpenDocumentFileSaysWhatToDoNotThatItIsNoWorkbook() {
        assertThat(reason("archive.xlsx")).isEqualTo("a zip archive, not a Word document or a workbook; unpack it and"
                + " hand in the sheet inside");
        assertThat(reason("libreoffice.docx")).isEqualTo("an OpenDocument file (LibreOffice), not a Word document or a"
                + " workbook; save it as .docx, .xlsx or PDF to grade it");
    }

    @Test
    void aFileWhoseExtensionLiesIsReadForWhatItIs() {
        AnswerSheet workbook = sheets.get("workbook-named.pdf");
        assertThat(workbook.readable()).isTrue();
        assertThat(workbook.team()).isEqualTo("PS 2 H");
        assertThat(workbook.notes()).contains("the file is named .pdf but holds xlsx; it was read as such");
        AnswerSheet pdf = sheets.get("pdf-named.csv");
        assertThat(pdf.readable()).isTrue();
        assertThat(pdf.team()).isEqualTo("PS 2 G");
        // A sheet saved as CSV under a workbook's name was read as free text: its team "; \"PS 2 F\"", 7 points lost.
        AnswerSheet csv = sheets.get("csv-named.xlsx");
        assertThat(csv.team()).isEqualTo("PS 2 F");
        assertThat(csv.notes()).contains("the file is named .xlsx but holds csv; it was read as such");
        assertThat(csv.answers()).containsKey("S");
    }

    /** A zip of the given entries, in the order of their names. */
    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output)) {
            for (String name : new TreeSet<>(entries.keySet())) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static void zipBomb(Path file) throws IOException {
        try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    private static void xlsxWithXml(Path file, String contentTypes) throws IOException {
        try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void encryptedWorkbook(Path file) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("answers").createRow(0).createCell(0).setCellValue("S");
            workbook.write(plain);
        }
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(filesystem)) {
                encrypted.write(plain.toByteArray());
            }
            try (OutputStream output = Files.newOutputStream(file)) {
                filesystem.writeFilesystem(output);
            }
        }
    }

    private static void passwordPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }
}
