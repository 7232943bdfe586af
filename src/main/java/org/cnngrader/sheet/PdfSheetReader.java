package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF submissions from the positions of their glyphs (PDFBox). The plain text stream of a
 * LaTeX {@code bmatrix} comes out column by column, so lines are rebuilt from the glyphs' baselines
 * and words from the gaps between them; a typeset matrix then reads as rows of numbers whose
 * columns line up, and a typeset fraction (a small numerator above a small denominator) as
 * {@code a/b}. Page numbers are kept for provenance.
 */
public final class PdfSheetReader implements SheetReader {

    /** The largest PDF read, in bytes. */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    /** The most pages read. */
    static final int MAX_PAGES = 60;

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        return List.of(Locator.locate(document(file, source, notes), spec, notes));
    }

    /** The document of a PDF: its lines, rebuilt from glyph positions. */
    static Document document(Path file, String source, List<String> notes) throws UnreadableException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableException("the file is empty");
            }
            if (size > MAX_BYTES) {
                throw new UnreadableException("the PDF is " + size / (1024 * 1024) + " MB; at most "
                        + MAX_BYTES / (1024 * 1024) + " MB is read");
            }
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + problem.getMessage(), problem);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableException("the PDF has no pages");
            }
            if (pages > MAX_PAGES) {
                notes.add("only the first " + MAX_PAGES + " of " + pages + " pages were read");
            }
            GlyphCollector collector = new GlyphCollector();
            collector.setSortByPosition(true);
            collector.setStartPage(1);
            collector.setEndPage(Math.min(pages, MAX_PAGES));
            collector.getText(pdf);
            List<Document.Line> lines = new ArrayList<>();
            for (int page = 0; page < collector.pages.size(); page++) {
                lines.addAll(lines(collector.pages.get(page), page + 1));
            }
            if (lines.stream().allMatch(line -> line.text().isBlank())) {
                throw new UnreadableException("the PDF holds no text (a scan?); submit a PDF with text, such as one"
                        + " typeset by LaTeX");
            }
            return new Document(source, lines, List.of());
        } catch (InvalidPasswordException locked) {
            throw new UnreadableException("the PDF is password-protected", locked);
        } catch (IOException | RuntimeException corrupt) {
            throw new UnreadableException("the PDF is damaged and cannot be read (" + firstLine(corrupt) + ")", corrupt);
        }
    }

    private static String firstLine(Exception problem) {
        String message = problem.getMessage();
        return message == null ? problem.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** Collects every glyph of every page, with its position, instead of writing text. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final List<List<Glyph>> pages = new ArrayList<>();
        private List<Glyph> current;

        GlyphCollector() {
            super();
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            current = new ArrayList<>();
            super.startPage(page);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            pages.add(current);
            super.endPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (unicode == null || unicode.isBlank() || current.size() > 200_000) {
                return;
            }
            double size = text.getFontSizeInPt() > 0.5 ? text.getFontSizeInPt() : text.getHeightDir();
            current.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
        }
    }

    /** One glyph: its text, left edge, baseline (from the top), width and font size. */
    private record Glyph(String text, double x, double baseline, double width, double size) {
    }

    private static List<Document.Line> lines(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        double rowBaseline = Double.NaN;
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && glyph.baseline() - rowBaseline > 0.4 * Math.min(glyph.size(), row.get(0).size())) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowBaseline = glyph.baseline();
            }
            row.add(glyph);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        double bodySize = median(glyphs.stream().mapToDouble(Glyph::size).toArray());
        List<Visual> visuals = new ArrayList<>();
        for (List<Glyph> glyphRow : rows) {
            visuals.add(visual(glyphRow, bodySize));
        }
        List<Visual> merged = mergeFractions(visuals, bodySize);
        List<Document.Line> lines = new ArrayList<>();
        int number = 1;
        for (Visual visual : merged) {
            StringBuilder text = new StringBuilder();
            for (Document.Word word : visual.words) {
                text.append(text.length() == 0 ? "" : " ").append(word.text());
            }
            lines.add(new Document.Line(page, number++, text.toString(), visual.words));
        }
        return lines;
    }

    /** A visual line: its words, baseline, and whether all its words are set small (a fraction's part). */
    private record Visual(List<Document.Word> words, double baseline, boolean small) {
    }

    private static Visual visual(List<Glyph> glyphs, double bodySize) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        List<Document.Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double left = 0;
        double right = 0;
        double size = 0;
        for (Glyph glyph : sorted) {
            boolean gap = word.length() > 0 && glyph.x() - right > 0.18 * Math.max(glyph.size(), size);
            if (gap) {
                words.add(new Document.Word(word.toString(), left, right, size));
                word.setLength(0);
            }
            if (word.length() == 0) {
                left = glyph.x();
                size = glyph.size();
            }
            word.append(glyph.text());
            right = Math.max(right, glyph.x() + glyph.width());
            size = Math.max(size, glyph.size());
        }
        if (word.length() > 0) {
            words.add(new Document.Word(word.toString(), left, right, size));
        }
        boolean small = !words.isEmpty() && words.stream().allMatch(w -> w.fontSize() < 0.85 * bodySize);
        return new Visual(words, sorted.get(0).baseline(), small);
    }

    /**
     * Joins a line of small numbers with the line of small numbers right below it, word over word,
     * into fractions: the numerators and denominators of a typeset matrix of fractions.
     */
    private static List<Visual> mergeFractions(List<Visual> visuals, double bodySize) {
        List<Visual> merged = new ArrayList<>();
        int index = 0;
        while (index < visuals.size()) {
            Visual upper = visuals.get(index);
            if (index + 1 < visuals.size()) {
                Visual lower = visuals.get(index + 1);
                if (upper.small() && lower.small() && lower.baseline() - upper.baseline() < 1.4 * bodySize
                        && upper.words().size() == lower.words().size() && stacked(upper, lower)) {
                    List<Document.Word> fractions = new ArrayList<>();
                    for (int i = 0; i < upper.words().size(); i++) {
                        Document.Word numerator = upper.words().get(i);
                        Document.Word denominator = lower.words().get(i);
                        fractions.add(new Document.Word(numerator.text() + "/" + denominator.text(),
                                Math.min(numerator.left(), denominator.left()),
                                Math.max(numerator.right(), denominator.right()), bodySize));
                    }
                    merged.add(new Visual(fractions, (upper.baseline() + lower.baseline()) / 2, false));
                    index += 2;
                    continue;
                }
            }
            merged.add(upper);
            index++;
        }
        return merged;
    }

    private static boolean stacked(Visual upper, Visual lower) {
        for (int i = 0; i < upper.words().size(); i++) {
            Document.Word top = upper.words().get(i);
            Document.Word bottom = lower.words().get(i);
            if (!top.text().matches("[-−]?\\d+") || !bottom.text().matches("\\d+")
                    || Math.abs(top.center() - bottom.center()) > Math.max(top.right() - top.left(),
                            bottom.right() - bottom.left())) {
                return false;
            }
        }
        return true;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 10;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
