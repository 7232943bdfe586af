package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits are built and checked in one place; set anew, they are what the readers enforce. */
class ReadingLimitsTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @Test
    void eachNamedLimitIsSetFromItsText() {
        ReadingLimits limits = ReadingLimits.of(List.of("time=120s", "pdf-pages=200", "file-size=100MB",
                "value-chars=50000", "teams-per-file=20"));
        assertThat(limits).isEqualTo(new ReadingLimits(Duration.ofSeconds(120), 20, 200,
                Optional.of(100L * 1024 * 1024), 50_000));
        assertThat(ReadingLimits.of(List.of("time=2m")).time()).isEqualTo(Duration.ofMinutes(2));
        assertThat(ReadingLimits.of(List.of("time=1500ms")).time()).isEqualTo(Duration.ofMillis(1500));
        assertThat(ReadingLimits.of(List.of("time=90")).time()).isEqualTo(Duration.ofSeconds(90));
        assertThat(ReadingLimits.of(List.of("file-size=512KB")).fileBytes()).contains(512L * 1024);
        assertThat(ReadingLimits.of(List.of("pdf-pages=100", "pdf-pages=300")).pdfPages()).isEqualTo(300);
        assertThat(ReadingLimits.of(List.of())).isEqualTo(ReadingLimits.DEFAULT);
    }

    @Test
    void aMistakeIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> ReadingLimits.of(List.of("pages=200")))
                .hasMessage("--limit pages=200: no limit is called 'pages'; the limits are time=120s, teams-per-file=N,"
                        + " pdf-pages=N, file-size=100MB, value-chars=N");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("pdf-pages=many")))
                .hasMessage("--limit pdf-pages=many: expected a whole number");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("time=soon")))
                .hasMessage("--limit time=soon: expected a duration such as 120s, 2m or 500ms");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("time=5h")))
                .hasMessage("--limit time=5h: expected a duration such as 120s, 2m or 500ms");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("time=7200s")))
                .hasMessage("--limit time: 7200 s is out of range; it must lie between 100 ms and 1 h");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("time=50ms")))
                .hasMessage("--limit time: 50 ms is out of range; it must lie between 100 ms and 1 h");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("file-size=9GB")))
                .hasMessageStartingWith("--limit file-size: ").hasMessage("--limit file-size: 9216 MB is out of range; it must lie between 1 KB and 256 MB");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("pdf-pages=0")))
                .hasMessage("--limit pdf-pages: 0 is out of range; it must lie between 1 and 10000");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("pdf-pages")))
                .hasMessageStartingWith("--limit pdf-pages: expected NAME=VALUE");
        assertThatThrownBy(() -> ReadingLimits.of(List.of("pdf-pages=99999999999")))
                .hasMessage("--limit pdf-pages=99999999999: expected a whole number");
    }

    @Test
    void thePrintedLimitsAreTheOnesSet() {
        assertThat(ReadingLimits.DEFAULT.describe()).contains("pages per PDF: 60 (later pages are not read)"
                + "  [--limit pdf-pages=…]");
        assertThat(ReadingLimits.of(List.of("pdf-pages=200", "file-size=64MB", "time=120s")).describe())
                .contains("pages per PDF: 200 (later pages are not read)  [--limit pdf-pages=…]",
                        "file size: 64 MB whatever the kind  [--limit file-size=…]",
                        "time per submission: 120 s  [--limit time=…]");
    }

    @Test
    void theFileSizeSetIsTheOneEnforced(@TempDir Path folder) throws Exception {
        Path eleven = folder.resolve("eleven.csv");
        try (RandomAccessFile file = new RandomAccessFile(eleven.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
        assertThatThrownBy(() -> TextFiles.checkSize(eleven, TextFiles.MAX_BYTES, "file"))
                .hasMessage("the file is 11 MB; at most 10 MB is read");
        assertThat(ReadingLimits.of(List.of("file-size=20MB")).within(() -> {
            TextFiles.checkSize(eleven, TextFiles.MAX_BYTES, "file");
            return "read";
        })).isEqualTo("read");
        assertThat(ReadingLimits.current()).isEqualTo(ReadingLimits.DEFAULT);
    }

    @Test
    void aLoweredLimitMakesItsTeamUnreadableNamingIt(@TempDir Path folder) throws Exception {
        Path sheet = Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), folder.resolve("f.csv"));
        Files.writeString(sheet, "\n".repeat(2000), StandardOpenOption.APPEND);
        Submissions.Submission submission = new Submissions.Submission(sheet, "f", "f.csv", List.of());
        AnswerSheet small = Submissions.read(submission, SPEC, ReadingLimits.of(List.of("file-size=1KB"))).get(0);
        assertThat(small.reason()).hasValueSatisfying(reason -> assertThat(reason).matches(
                "the file is \\d KB; at most 1 KB is read"));
        Path wide = folder.resolve("wide.csv");
        Files.writeString(wide, "part;answer\nteam;Wide\nS;\"[0 2 0 2;" + " ".repeat(120)
                + "3 2 5 2; 1.5 7.5 2.5 6.5; 3 2 5 2]\"\n");
        Submissions.Submission spaced = new Submissions.Submission(wide, "wide", "wide.csv", List.of());
        Answer shortValues = Submissions.read(spaced, SPEC, ReadingLimits.of(List.of("value-chars=100"))).get(0)
                .answers().get("S");
        assertThat(shortValues.value()).isEmpty();
        assertThat(shortValues.problem()).contains("the text is longer than 100 characters");
        Answer usual = Submissions.read(spaced, SPEC).get(0).answers().get("S");
        assertThat(usual.value()).as(usual.problem().orElse("")).isPresent();
    }

    /**
     * {@code --limit pdf-pages} reaches the PDF reader once it reads {@code ReadingLimits.current().pdfPages()} instead of
     * its constant {@code MAX_PAGES} (PdfSheetReader lines 64, 65 and 70).
     */
    @Test
    void thePdfPagesSetAreTheOnesRead(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("three.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int page = 1; page <= 3; page++) {
                org.apache.pdfbox.pdmodel.PDPage added = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(added);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                        new org.apache.pdfbox.pdmodel.PDPageContentStream(document, added)) {
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(page == 1 ? "Team Pages" : "Page " + page);
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }
        Submissions.Submission submission = new Submissions.Submission(pdf, "pages", "three.pdf", List.of());
        assertThat(Submissions.read(submission, SPEC, ReadingLimits.of(List.of("pdf-pages=2"))).get(0).notes())
                .contains("only the first 2 of 3 pages were read");
        assertThat(Submissions.read(submission, SPEC).get(0).notes()).noneMatch(note -> note.startsWith("only the"));
    }
}
