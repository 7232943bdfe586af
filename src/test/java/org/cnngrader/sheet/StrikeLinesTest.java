package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A value a student struck through in a PDF ({@code Stride: ~~2~~ 1}) was read as the answer, 2, unflagged: the
 * strike is a line drawn apart from the text, which the text layer does not show. The PDFs of
 * {@code struck-through/} draw it as pandoc's LaTeX (soul), pdflatex's ulem, LibreOffice and Chromium do
 * ({@code build.sh}).
 */
class StrikeLinesTest {

    private static final Path FOLDER = Path.of("src/test/resources/struck-through");
    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(FOLDER.resolve("rubric.yaml")));

    @ParameterizedTest
    @ValueSource(strings = {"struck-pandoc.pdf", "struck-ulem.pdf", "struck-libreoffice.pdf", "struck-chromium.pdf"})
    void struckThroughValuesArePassedOverWithANoteAndTheCorrectionIsRead(String name) {
        Path file = FOLDER.resolve(name);
        AnswerSheet sheet = Submissions.read(new Submissions.Submission(file, "default", name, List.of()), SPEC).get(0);
        assertThat(sheet.answers().get("stride").value().orElseThrow().toString()).isEqualTo("1.0");
        assertThat(sheet.answers().get("shape").value().orElseThrow().toString()).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(sheet.answers().get("padding").value().orElseThrow().toString()).isEqualTo("1.0");
        assertThat(sheet.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("text struck through was passed over: '2' (page 1), '96 ")
                .contains("55' (page 1)"));
    }

    /** An underline, a fraction's bar, a table's rules and the page number are no strikes. */
    @Test
    void linesThatCrossNoGlyphsMiddleLeaveTheTextAsItIs() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> lines = PdfSheetReader.document(FOLDER.resolve("struck-ulem.pdf"), "struck-ulem", notes).lines()
                .stream().map(Document.Line::text).toList();
        assertThat(lines).contains("Stride: 1", "Padding: 1", "pool1 96 × 27 × 27", "1")
                .anySatisfy(line -> assertThat(line).contains("K = 1/4").contains("underlined: 5"))
                .anySatisfy(line -> assertThat(line).contains("layer").contains("shape"));
        assertThat(notes).containsExactly("text struck through was passed over: '2' (page 1), '96 × 55 × 55' (page 1)");
    }

    /**
     * PDFBox places TeX's radical sign at its top, not on the baseline, so the bar of a fraction with a square root in
     * its denominator ({@code cpen455-student.pdf}, pages 8 and 9) seemed to strike it through.
     */
    @Test
    void aFractionBarOverARadicalInItsDenominatorStrikesNothing() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> lines = PdfSheetReader.document(Path.of("src/test/resources/corpus/seeds/cpen455-student.pdf"),
                "cpen455-student", notes).lines().stream().map(Document.Line::text).toList();
        assertThat(notes).noneMatch(note -> note.contains("struck"));
        assertThat(String.join("\n", lines).chars().filter(character -> character == '√').count()).isEqualTo(5);
    }

    /** Chromium sets a MathML fraction's bar 0.58 of the font size above the denominator's baseline: M was struck. */
    @Test
    void aFractionsBarPrintedByChromiumStrikesNotItsDenominator() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> lines = PdfSheetReader.document(FOLDER.resolve("struck-chromium.pdf"), "struck-chromium", notes)
                .lines().stream().map(Document.Line::text).toList();
        assertThat(notes).containsExactly("text struck through was passed over: '2' (page 1), '96 x 55 x 55' (page 1)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Parameters of a grouped convolution:")
                .contains("M"));
    }

    @Test
    void aLineStrikesAGlyphWhenItCrossesItsMiddleNotBelowAboveOrAsThickAsTheText() {
        StrikeLines page = new StrikeLines(new PDRectangle(0, 0, 600, 800), 0);
        // Glyphs of size 10 on the baseline 100 from the top (700 in user space), x 50 to 56.
        draw(page, 700 + 3, 0.4); // through the middle
        assertThat(page.strikes(50, 6, 100, 10)).isTrue();
        StrikeLines underlined = new StrikeLines(new PDRectangle(0, 0, 600, 800), 0);
        draw(underlined, 700 - 1.5, 0.4);
        draw(underlined, 700 + 8, 0.4); // an overline, above the letters' x-height
        draw(underlined, 700 + 3, 10); // a highlight as tall as the text
        assertThat(underlined.strikes(50, 6, 100, 10)).isFalse();
        // Rotated pages are not traced.
        StrikeLines rotated = new StrikeLines(new PDRectangle(0, 0, 600, 800), 90);
        draw(rotated, 700 + 3, 0.4);
        assertThat(rotated.strikes(50, 6, 100, 10)).isFalse();
    }

    /** A segment from x 40 to 70 at {@code y} in user space, stroked {@code width} wide. */
    private static void draw(StrikeLines page, double y, double width) {
        Matrix identity = new Matrix();
        page.operator("m", numbers(40, y), identity, width);
        page.operator("l", numbers(70, y), identity, width);
        page.operator("S", List.of(), identity, width);
    }

    private static List<COSBase> numbers(double... values) {
        List<COSBase> operands = new ArrayList<>();
        for (double value : values) {
            operands.add(new COSFloat((float) value));
        }
        return operands;
    }
}
