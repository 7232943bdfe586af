package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs whose structure PDFBox would follow without end (forms nested and drawn ten times per level, forms drawing each
 * other, content inflating a thousandfold) are unreadable with the limit named, quickly, beside ordinary teams read as
 * without them; a PDF with an owner password only is read.
 */
class PdfLimitsTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    private static Map<String, AnswerSheet> sheets;
    private static Map<String, AnswerSheet> clean;

    @BeforeAll
    static void readACohortWithHostilePdfs(@TempDir Path folder) throws Exception {
        Path good = Files.createDirectories(folder.resolve("clean"));
        Path cohort = Files.createDirectories(folder.resolve("cohort"));
        for (Path root : List.of(good, cohort)) {
            Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), root.resolve("good.csv"));
            Files.copy(Path.of("src/test/resources/seed-solutions/team-g.pdf"), root.resolve("typeset.pdf"));
        }
        // Made by HostilePdfs (nestedForms 10 × 10, nestedForms 40 × 1, cyclicForms, contentBomb 80 MB,
        // ownerPasswordOnly).
        // glyphFlood 60 × 100000.
        for (String hostile : List.of("nested-forms.pdf", "deep-forms.pdf", "cyclic-forms.pdf", "content-bomb.pdf",
                "owner-password.pdf", "glyph-flood.pdf")) {
            Files.copy(Path.of("src/test/resources/hostile").resolve(hostile), cohort.resolve(hostile));
        }
        sheets = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(cohort));
        clean = read(good);
    }

    private static Map<String, AnswerSheet> read(Path root) throws Exception {
        return SheetsBySource.read(root, SPEC);
    }

    private static String reason(String source) {
        return SheetsBySource.unreadableReason(sheets, source);
    }

    @Test
    void formsDrawnTenTimesPerLevelAreRefusedByTheirCount() {
        assertThat(reason("nested-forms.pdf")).isEqualTo("the PDF draws form XObjects more than 100000 times: too"
                + " large or too slow to read (limit 100000 form XObjects drawn)");
    }

    @Test
    void formsNestedTooDeepAreRefused() {
        assertThat(reason("deep-forms.pdf")).isEqualTo("the PDF's form XObjects are nested more than 16 deep: too"
                + " large or too slow to read (limit 16 nested form XObjects)");
    }

    @Test
    void formsDrawingEachOtherAreRefused() {
        assertThat(reason("cyclic-forms.pdf")).isEqualTo("the PDF's form XObjects draw each other in a cycle, which"
                + " never ends");
    }

    @Test
    void contentInflatingPastTheLimitIsRefused() {
        assertThat(reason("content-bomb.pdf")).isEqualTo("the PDF's page content decompresses to more than 50 MB: too"
                + " large or too slow to read (limit 50 MB of decompressed content)");
    }

    /** 1.6 KB whose pages share one content stream of 100,000 glyphs: six million glyphs to keep. */
    @Test
    void aFloodOfGlyphsIsRefusedByTheirCount() {
        assertThat(reason("glyph-flood.pdf")).isEqualTo("the PDF draws more than 500000 glyphs: too large or too slow"
                + " to read (limit 500000 glyphs per PDF)");
    }

    /**
     * A PDF of 40 MB of path operators (under the content limit) takes seconds to extract; once the watchdog gives up
     * on it and interrupts its thread, the extraction stops instead of running on unobserved.
     */
    @Test
    void anAbandonedReadingStopsWhenItsThreadIsInterrupted(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("slow.pdf");
        HostilePdfs.contentBomb(pdf, 40);
        Thread reader = new Thread(() -> {
            try {
                PdfSheetReader.document(pdf, "slow.pdf", new ArrayList<>());
            } catch (UnreadableException abandoned) {
                // The outcome of an abandoned reading is no one's: only its end matters here.
            }
        });
        reader.start();
        Thread.sleep(300);
        assertThat(reader.isAlive()).as("still reading when abandoned").isTrue();
        reader.interrupt();
        reader.join(5_000);
        assertThat(reader.isAlive()).as("still reading 5 s after it was abandoned").isFalse();
    }

    /** docs/sheets.md: a PDF that opens without a password in every viewer is read; one that asks for one is not. */
    @Test
    void aPdfWithAnOwnerPasswordOnlyIsRead() {
        AnswerSheet owner = sheets.get("owner-password.pdf");
        assertThat(owner.readable()).as(owner.reason().orElse("")).isTrue();
        // The team line is read from the text: the text was extracted despite "no copying".
        assertThat(owner.team()).isEqualTo("Owner");
    }

    @Test
    void theOtherTeamsAreReadExactlyAsWithoutTheHostileOnes() {
        for (String source : List.of("good.csv", "typeset.pdf")) {
            assertThat(sheets.get(source)).as(source).isEqualTo(clean.get(source));
            assertThat(sheets.get(source).readable()).as(source).isTrue();
        }
    }

    /** The generator of the committed files, at a larger scale: refused as quickly, by the same limit. */
    @Test
    void formsTwelveLevelsDeepDrawnTwelveTimesEachAreRefusedAsQuickly(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("forms.pdf");
        HostilePdfs.nestedForms(pdf, 12, 12);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfSheetReader.document(pdf, "forms.pdf",
                    new ArrayList<>())).isInstanceOf(UnreadableException.class)
                    .hasMessageContaining("limit 100000 form XObjects drawn");
        });
    }

    @Test
    void anOrdinaryPdfPassesTheCheck() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                Path.of("src/test/resources/seed-solutions/team-g.pdf").toFile())) {
            PdfLimits.check(pdf, 60);
        }
    }
}
