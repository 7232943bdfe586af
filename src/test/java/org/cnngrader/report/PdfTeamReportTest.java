package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code report.pdf} read back with PDFBox: pages, the repeated table header, the running head and the fonts. */
class PdfTeamReportTest {

    private static Rubric rubric;

    @BeforeAll
    static void load() throws IOException {
        rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
    }

    private static byte[] pdf(String submission, String identity) throws IOException {
        Grader grader = new Grader(rubric);
        TeamResult graded = grader.grade(Submissions.read(List.of(Submissions.team(Path.of("submissions-sample",
                submission))), SheetSpecs.of(rubric)).get(0), ManualScores.none());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new PdfTeamReport().write(new TeamContext(graded.identified(identity, graded.name()), rubric), output);
        return output.toByteArray();
    }

    /** The text of each page. */
    private static List<String> pages(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    @Test
    void everyPageNamesTheTeamAndItsNumberAndRepeatsTheTableHeader() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("ps2-team-h.xlsx", "ps2-team-h"))) {
            List<String> pages = pages(document);
            assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
            for (int page = 0; page < pages.size(); page++) {
                String text = pages.get(page);
                assertThat(text).as("page " + (page + 1)).contains("ps2-team-h (PS 2 H) · Deep Learning E1394")
                        .contains("page " + (page + 1) + " of " + pages.size())
                        // A page either starts a question's table or continues one: its header is there.
                        .containsPattern("part\\s+points\\s+verdict\\s+your answer\\s+expected\\s+feedback");
            }
        }
    }

    @Test
    void aRowIsNeverSplitAndAHeadingNeverEndsAPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("ps2-team-h.xlsx", "ps2-team-h"))) {
            List<String> pages = pages(document);
            // S's row holds its feedback and the wrong entry's name: both on one page.
            String withS = pages.stream().map(text -> text.replaceAll("\\s+", " "))
                    .filter(text -> text.contains("One entry is wrong, an arithmetic")).findFirst().orElseThrow();
            assertThat(withS).contains("Wrong entry: row 2, column 1.");
            for (String text : pages) {
                // The last line before the footer is never a question's heading (N.N Title: a / b).
                List<String> lines = text.lines().filter(line -> !line.isBlank() && !line.startsWith("page ")).toList();
                assertThat(lines.get(lines.size() - 1)).doesNotMatch("\\d+(\\.\\d+)+ .*: [\\d.]+ / [\\d.]+");
            }
        }
    }

    @Test
    void theFontsComeFromTheJarAndPrintMathSymbols() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("team-c", "team-c"))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", "") + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).contains("DejaVuSans", "DejaVuSans-Bold").allMatch(font -> font.startsWith("DejaVu"));
            // −, ⌊ and ⌋ of the feedback survive (the built-in fonts have none of them).
            assertThat(new PDFTextStripper().getText(document)).contains("⌊(i − k)/s⌋");
        }
    }
}
