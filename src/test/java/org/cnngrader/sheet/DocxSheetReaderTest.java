package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word documents: {@code word/ps2-team-w.docx} is pandoc's from {@code ps2-team-w.md} (equations
 * as OMML, a table of layers); {@code word/tables.docx} is python-docx's from
 * {@code make_tables_docx.py} (a matrix typed as a table, line breaks, a running header);
 * {@code word/lmu-en-dash.docx} is pandoc's from {@code lmu-en-dash.md} (matrices typed as paragraphs of numbers,
 * their minus signs en dashes as Word's AutoCorrect types them).
 */
class DocxSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
    private static final Path PANDOC = Path.of("src/test/resources/word/ps2-team-w.docx");
    private static final Path TABLES = Path.of("src/test/resources/word/tables.docx");

    private static AnswerSheet sheet(Path file) {
        return Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(), List.of()),
                SPEC).get(0);
    }

    private static String value(Map<String, Answer> answers, String part) {
        assertThat(answers).as(part).containsKey(part);
        return answers.get(part).value().orElseThrow().toString();
    }

    /**
     * Headings Word numbers from its numbering (a multilevel list linked to the heading styles) carry "1.2" in no
     * text: no question's heading was found, and 1.2's and 1.3's weights were each read as the other's. The numbers
     * read are LibreOffice's, which {@code headings.libreoffice.txt} keeps.
     */
    @Test
    void headingsNumberedByWordCarryTheirNumbers() throws Exception {
        Path folder = Path.of("src/test/resources/word-numbering");
        List<String> ours = DocxSheetReader.text(folder.resolve("headings.docx")).lines().map(String::strip).toList();
        List<String> libreOffice = Files.readString(folder.resolve("headings.libreoffice.txt")).replace("\uFEFF", "")
                .lines().map(String::strip).toList();
        assertThat(ours).containsSubsequence("# 1 Problem", "## 1.1 Solution", "## 1.2 Solution", "## 1.3 Solution",
                "# 2 Problem");
        // LibreOffice's text is ours without the marks of the headings' levels.
        assertThat(ours).map(line -> line.replaceFirst("^#+ ", "")).isEqualTo(libreOffice);
        AnswerSheet sheet = Submissions.read(new Submissions.Submission(folder.resolve("headings.docx"), "default",
                "headings.docx", List.of()), SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml"))))
                .get(0);
        assertThat(sheet.answers().get("W2_abs").value().orElseThrow().toString()).isEqualTo("[[1.0, 0.0]]");
        assertThat(sheet.answers().get("W2").value().orElseThrow().toString()).isEqualTo("[[1.0, 1.0]]");
    }

    @Test
    void aWordDocumentIsToldFromAWorkbookByItsParts() throws Exception {
        assertThat(SheetFormat.detect(PANDOC)).isEqualTo(SheetFormat.DOCX);
        assertThat(SheetFormat.detect(TABLES)).isEqualTo(SheetFormat.DOCX);
        assertThat(SheetFormat.detect(Path.of("submissions-sample/ps2-team-h.xlsx"))).isEqualTo(SheetFormat.XLSX);
    }

    @Test
    void equationsAreWrittenOutAsTheLatexTheValueGrammarReads() throws Exception {
        String text = DocxSheetReader.text(PANDOC);
        assertThat(text).contains("S=\\begin{bmatrix} 0 & 2 & 0 & 2 \\\\ 3 & 2 & 5 & 2 \\\\ 1.5 & 7.5 & 2.5 & 6.5"
                + " \\\\ 3 & 2 & 5 & 2 \\end{bmatrix}");
        assertThat(text).contains("P=\\begin{bmatrix} 0.95 & 0.99 \\\\ 1 & 1 \\end{bmatrix}");
        assertThat(text).contains("A kernel K=\\begin{bmatrix} \\frac{1}{4} & \\frac{1}{4} \\\\");
        // A table row is one line, its cells apart.
        assertThat(text.lines()).contains("Conv(96), 11 × 11, stride 4\t96 × 55 × 55", "Layer\tOutput shape");
    }

    /**
     * LaTeX's {@code split} (and {@code aligned}), which pandoc and Word set as a matrix without brackets, read as a
     * {@code bmatrix} of formulas: the depthwise separable convolution's operations
     * ({@code 2BNHWCK^2 - BNHW &> 2BHWCK^2 - BHCW + 2BNHWC - BNHW}) answered nothing, and another formula was taken by
     * its place. Its rows are lines of text; a matrix of numbers without brackets is still a matrix.
     */
    @Test
    void equationsAlignedAtTheirSignsAreLinesNotAMatrix() throws Exception {
        Path file = Path.of("src/test/resources/word/cpen-aligned.docx");
        assertThat(DocxSheetReader.text(file).lines()).contains(
                "2BNHWCK^{2}−BNHW >2BHWCK^{2}−BHCW+2BNHWC−BNHW",
                "=2BNHWCK^{2}⋅(\\frac{1}{N}−\\frac{1}{2NK^{2}}+\\frac{1}{K^{2}})−BNHW",
                "A kernel written without brackets: \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}");
        SheetSpec cpen = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml")));
        Answer separable = new DocxSheetReader().read(file, "cpen-aligned.docx", cpen).get(0).answers()
                .get("separable_ops");
        assertThat(separable.written()).isEqualTo("2BHWCK^{2}−BHCW+2BNHWC−BNHW");
    }

    /**
     * An {@code aligned} row of two equations ({@code \\text{conv1} &: 96 \\times 55 \\times 55 & \\text{pool1} &:
     * …}), which pandoc and Word set as a matrix without brackets of four cells, was a matrix of text: every shape of
     * question 1.5 was missing. Its cells are read as two equations, parted by a semicolon.
     */
    @Test
    void anAlignedRowOfTwoEquationsIsReadAsTwo() throws Exception {
        Path file = Path.of("src/test/resources/aligned-equations/aligned.docx");
        assertThat(DocxSheetReader.text(file).lines()).contains("conv1 :96×55×55 ; pool1 :96×27×27");
        Map<String, Answer> answers = sheet(file).answers();
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool1_shape")).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
        for (String part : List.of("conv1_shape", "pool1_shape", "conv5_shape", "pool3_shape", "avg_stride",
                "avg_padding")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        }
    }

    @Test
    void answersInEquationsAndTablesAreLocated() {
        AnswerSheet sheet = sheet(PANDOC);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.team()).isEqualTo("PS 2 W");
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(value(answers, "pool3_shape")).isEqualTo("[256.0, 6.0, 6.0]");
    }

    @Test
    void aMatrixTypedAsATableReadsAsItsRowsAndTheHeaderIsNoAnswer() throws Exception {
        String text = DocxSheetReader.text(TABLES);
        assertThat(text).doesNotContain("Header"); // running headers never give answers
        assertThat(text).contains("S =\n0.0\t2.0\t0.0\t2.0\n3.0\t2.0\t5.0\t2.0\n1.5\t7.5\t2.5\t6.5\n3.0\t2.0\t5.0\t2.0\n\n");
        assertThat(text.lines()).contains("stride: 2", "padding: 0"); // line breaks inside one paragraph
        Map<String, Answer> answers = sheet(TABLES).answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(value(answers, "avg_padding")).isEqualTo("0.0");
        assertThat(value(answers, "conv2_shape")).isEqualTo("[256.0, 27.0, 27.0]");
    }

    @Test
    void aWordDocumentNamedAsAWorkbookIsReadAsWord(@TempDir Path folder) throws Exception {
        Path renamed = folder.resolve("answers.xlsx");
        Files.copy(PANDOC, renamed);
        assertThat(SheetFormat.detect(renamed)).isEqualTo(SheetFormat.DOCX);
        AnswerSheet sheet = sheet(renamed);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.notes()).contains("the file is named .xlsx but holds docx; it was read as such");
        assertThat(value(sheet.answers(), "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
    }

    @Test
    void aDamagedOrLockedDocumentIsUnreadableWithTheReasonOnce(@TempDir Path folder) throws Exception {
        byte[] whole = Files.readAllBytes(PANDOC);
        Path truncated = folder.resolve("truncated.docx");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        AnswerSheet damaged = sheet(truncated);
        assertThat(damaged.readable()).isFalse();
        assertThat(damaged.reason().orElseThrow()).startsWith("the document cannot be opened");
        assertThat(damaged.answers()).isEmpty();

        Path locked = folder.resolve("locked.docx");
        encrypt(whole, locked);
        AnswerSheet encrypted = sheet(locked);
        assertThat(encrypted.readable()).isFalse();
        assertThat(encrypted.reason().orElseThrow()).contains("password");
        assertThat(encrypted.notes()).isEmpty();
    }

    /**
     * A Word document whose body holds 9 MB of empty paragraphs, some 150 KB zipped: refused before POI models it (its
     * model of the body takes many times the XML in heap).
     */
    @Test
    void aDocumentWhoseXmlInflatesPastTheLimitIsRefusedBeforePoiOpensIt(@TempDir Path folder) throws Exception {
        Path bloated = folder.resolve("bloated.docx");
        HostileOfficeFiles.bloatedDocument(bloated);
        AnswerSheet sheet = sheet(bloated);
        assertThat(sheet.readable()).isFalse();
        assertThat(sheet.reason().orElseThrow()).isEqualTo("the document's XML inflates to more than 8 MB: too large"
                + " or too slow to read (limit 8 MB of XML per document)");
    }

    private static void encrypt(byte[] plain, Path file) throws Exception {
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(filesystem)) {
                encrypted.write(plain);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            filesystem.writeFilesystem(bytes);
            Files.write(file, bytes.toByteArray());
        }
    }

    /**
     * Word as a reader sees it ({@code word-revisions/}, README there): an equation's entry typed again with Track
     * Changes on, an equation or a table's rows inside content controls were missing; a struck-through or hidden
     * value was read for the answer beside it. Each is now read as the page shows it.
     */
    @Test
    void revisionsContentControlsAndCrossedOutTextAreReadAsThePageShowsThem() {
        SheetSpec week12 = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/week12-ch9.yaml")));
        Path folder = Path.of("src/test/resources/word-revisions");
        java.util.function.Function<String, Map<String, Answer>> read = name -> Submissions.read(
                new Submissions.Submission(folder.resolve(name), "default", name, List.of()),
                name.startsWith("ps2") ? SPEC : week12).get(0).answers();
        String pSame = "[[23.0, 8.0, 0.0], [23.0, 8.0, 0.0]]";
        assertThat(value(read.apply("w12-03-math-ins.docx"), "P_same")).isEqualTo(pSame);
        assertThat(value(read.apply("w12-11-sdt-block-math.docx"), "P_same")).isEqualTo(pSame);
        assertThat(value(read.apply("w12-24c-sdt-wrapping-rows.docx"), "P_same")).isEqualTo(pSame);
        assertThat(value(read.apply("ps2-31-math-tracked-edit.docx"), "S")).isEqualTo(
                "[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5], [3.0, 2.0, 5.0, 2.0]]");
        assertThat(value(read.apply("w12-06-strike-right-replaced.docx"), "flat_length")).isEqualTo("93570.0");
        assertThat(value(read.apply("w12-05-vanish-draft-right.docx"), "flat_length")).isEqualTo("93570.0");
        // Minus signs put in by Insert › Symbol (w:sym, the Symbol font's F02D) were dropped.
        assertThat(value(read.apply("w12-20-table-sym-minus.docx"), "A_valid")).isEqualTo(
                "[[23.0, 8.0, -8.0, -23.0], [23.0, 8.0, -8.0, -23.0]]");
        // A matrix typed as a table, its brackets cells merged down the rows: its first row was read, or nothing.
        assertThat(value(read.apply("w12-30-table-merged-brackets.docx"), "P_same")).isEqualTo(pSame);
        assertThat(value(read.apply("w12-31-table-merged-brackets-below-label.docx"), "P_same")).isEqualTo(pSame);
    }

    /**
     * Matrices typed as paragraphs of numbers with Word's en dash for a minus ({@code –9 –10 –9}): the signed entries
     * were no numbers, a 3 × 3 filter response read as 3 × 2 or missing without a word.
     */
    @Test
    void anEnDashTypedForAMinusSignsItsNumber() {
        SheetSpec lmu = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/lmu-ex4.yaml")));
        Path file = Path.of("src/test/resources/word/lmu-en-dash.docx");
        Map<String, Answer> answers = Submissions.read(new Submissions.Submission(file, "default",
                file.getFileName().toString(), List.of()), lmu).get(0).answers();
        assertThat(value(answers, "Y1")).isEqualTo("[[11.0, 0.0, -11.0], [10.0, 0.0, -10.0], [11.0, 0.0, -11.0]]");
        assertThat(value(answers, "Y2")).isEqualTo("[[-9.0, -10.0, -9.0], [0.0, 0.0, 0.0], [9.0, 10.0, 9.0]]");
        assertThat(value(answers, "Y3")).isEqualTo("[[-1.0, 9.0, -1.0], [-6.0, -2.0, -6.0], [-1.0, 9.0, -1.0]]");
    }

    /**
     * A Word document's footnotes (footnoted-answers/answers.docx, written by pandoc with ids of its own): they were
     * not read at all, and their marks left no trace. They are written as Markdown's, numbered as Word prints them,
     * after the body.
     */
    @Test
    void footnotesAreWrittenAsMarkdownsAfterTheBody() throws Exception {
        List<String> lines = DocxSheetReader.text(Path.of("src/test/resources/footnoted-answers/answers.docx"))
                .lines().toList();

        assertThat(lines).contains("Stride: see the footnote.[^1]", "Padding: see the note below.[^2]",
                "Conv1: 96 × 55 × 55[^3]", "Pool3: see footnote.[^4]");
        assertThat(lines.subList(lines.indexOf("Flatten: 9216"), lines.size())).filteredOn(line -> !line.isEmpty())
                .containsExactly("Flatten: 9216", "[^1]: 2 — the windows must not overlap, as in the pooling.",
                        "[^2]: As on the lecture’s slide about pooling.",
                        "[^3]: Conv2 is 256 × 27 × 27 in the original paper, after a padding of 2.",
                        "[^4]: 256 × 6 × 6, after rounding down twice.");
    }

    /**
     * Word's headings (pandoc's Heading 2 for {@code ## 1.5 Dimensions of CNN layers}) were plain lines: a question
     * answered out of the rubric's order under its own number and title was not read there in a Word document, as it
     * is in the Markdown the document was written from. A heading is marked by its outline level, its style's in
     * whatever language the style is named.
     */
    @Test
    void aHeadingIsMarkedByItsOutlineLevel(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        List<String> lines = DocxSheetReader.text(Path.of("src/test/resources/footnoted-answers/answers.docx"))
                .lines().toList();

        assertThat(lines).contains("# Deep Learning E1394 — Problem Set 2", "## 1.4 Pooling transformed into"
                + " convolution", "## 1.5 Dimensions of CNN layers", "Team name: PS 2 Footnotes");

        // A German Word's "Überschrift 2" (style id "berschrift2"), written by POI.
        Path german = folder.resolve("german.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                OutputStream out = Files.newOutputStream(german)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            style.setStyleId("berschrift2");
            style.addNewName().setVal("heading 2");
            style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            document.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
            org.apache.poi.xwpf.usermodel.XWPFParagraph heading = document.createParagraph();
            heading.setStyle("berschrift2");
            heading.createRun().setText("1.5 Dimensions of CNN layers");
            document.createParagraph().createRun().setText("Conv1: 96 × 55 × 55");
            document.write(out);
        }
        assertThat(DocxSheetReader.text(german).lines()).containsExactly("## 1.5 Dimensions of CNN layers",
                "Conv1: 96 × 55 × 55");
    }
}
