package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF submissions from the positions of their glyphs (PDFBox). The plain text stream of a
 * LaTeX {@code bmatrix} comes out column by column, so lines are rebuilt from the glyphs' baselines
 * and words from the gaps between them; a typeset matrix then reads as rows of numbers whose
 * columns line up, and a typeset fraction (a small numerator above a small denominator) as
 * {@code a/b}. Page numbers are kept for provenance. A page set in two columns is read one column
 * after the other (see {@link #gutter}), so that a line of the left column never runs on into the
 * line of the right column on the same baseline. A PDF without a text layer (a scan) is unreadable,
 * once for the whole submission.
 */
public final class PdfSheetReader implements SheetReader {

    private static final Pattern NUMBER_GLYPHS = Pattern.compile("[0-9\\-−.]+");
    /**
     * The glyphs of a fraction of symbols ({@code \\frac{N K^2 C}{M}}) set in a line of text, and of a derivative's
     * ({@code \\frac{\\partial L}{\\partial b}}): without its ∂ the fraction read {@code (L)/(b)}, its ∂s stray lines.
     */
    private static final Pattern FORMULA_GLYPHS = Pattern.compile("[0-9A-Za-z\\-−.×·+*()∂]+");
    /** The marks of a primed name ({@code S′}, {@code S'}). */
    private static final String PRIME_MARKS = "′″‴'’";
    private static final String PRIMES = PRIME_MARKS + "◦°∘";
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** A word of prose: three letters or more. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern NUMERATOR = Pattern.compile("[-−]?\\d+(\\.\\d+)?");
    private static final Pattern DENOMINATOR = Pattern.compile("\\d+(\\.\\d+)?");

    /** A word of prose: two letters in a row. */
    private static final Pattern WORDLIKE = Pattern.compile("\\p{L}{2}");

    private static final Pattern ALPHANUMERIC = Pattern.compile("[\\p{L}\\p{N}]");

    static {
        // PDFBox writes its font cache under the user's home unless told otherwise: a grader run by a service
        // account, or in a read-only home, must not write there. The temporary folder is the machine's to clean.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    /** The largest PDF read, in bytes. */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    /**
     * The signs TeX draws from its extension font (a radical, a sum, an integral), whose position PDFBox gives at the
     * glyph's top rather than on the baseline: a fraction's bar over a radical in its denominator would seem to
     * strike it through.
     */
    private static final Set<String> BIG_OPERATORS = Set.of("√", "∛", "∜", "∑", "∏", "∐", "∫",
            "∬", "∭", "∮", "⋀", "⋁", "⋂", "⋃", "⨀", "⨁", "⨂");

    /** The most bracket pairs of a page read as matrices of their own. */
    private static final int MAX_BRACKET_PAIRS = 400;

    /** The most pages read by default (a TA may raise it: {@link ReadingLimits}). */
    static final int MAX_PAGES = 60;

    /**
     * The most glyphs kept of one PDF, all pages read counted: some 2,500 full pages of text, and what bounds the
     * heap one PDF takes (a glyph kept costs about 100 bytes) whatever its content streams repeat.
     */
    static final int MAX_GLYPHS = 500_000;

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        return List.of(Locator.locate(document(file, source, notes), spec, notes));
    }

    /** The document of a PDF: its lines, rebuilt from glyph positions. */
    static Document document(Path file, String source, List<String> notes) throws UnreadableException {
        TextFiles.checkSize(file, MAX_BYTES, "PDF");
        int maxPages = ReadingLimits.current().pdfPages();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // The structure PDFBox would follow without a limit (nested forms, content bombs), before it does.
            PdfLimits.check(pdf, maxPages);
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableException("the PDF has no pages");
            }
            if (pages > maxPages) {
                notes.add("only the first " + maxPages + " of " + pages + " pages were read");
            }
            GlyphCollector collector = new GlyphCollector();
            collector.setSortByPosition(true);
            collector.setStartPage(1);
            collector.setEndPage(Math.min(pages, maxPages));
            try {
                collector.getText(pdf);
            } catch (GlyphLimitPassed passed) {
                throw new UnreadableException("the PDF draws more than " + MAX_GLYPHS + " glyphs: "
                        + ReadingLimits.refusal(MAX_GLYPHS + " glyphs per PDF"));
            }
            List<List<List<Glyph>>> pageRows = new ArrayList<>();
            for (int page = 0; page < collector.pages.size(); page++) {
                pageRows.add(pageRows(collector.pages.get(page), collector.pageBrackets.get(page),
                        collector.pageRules.get(page)));
            }
            Footnoted footnoted = withoutFootnoteMarks(pageRows);
            pageRows = footnoted.pages();
            List<Document.Line> lines = new ArrayList<>();
            List<String> struck = new ArrayList<>();
            int[] pageStarts = new int[collector.pages.size()];
            List<WrappedCells.Joined> joined = new ArrayList<>();
            for (int page = 0; page < collector.pages.size(); page++) {
                pageStarts[page] = lines.size();
                joined.add(WrappedCells.joined(lines(pageRows.get(page), page + 1, collector.pageSpaces.get(page))));
                lines.addAll(joined.get(page).lines());
                for (List<Glyph> row : rows(collector.pagesStruck.get(page))) {
                    struck.add("'" + String.join(" ", visual(row).words.stream().map(Document.Word::text).toList())
                            + "' (page " + (page + 1) + ")");
                }
            }
            if (!struck.isEmpty()) {
                // Struck text is passed over as a reader passes over it; the note lets the TA see what was.
                notes.add("text struck through was passed over: " + String.join(", ", struck.subList(0,
                        Math.min(struck.size(), 5))) + (struck.size() > 5 ? " and " + (struck.size() - 5) + " more" : ""));
            }
            if (lines.stream().allMatch(line -> line.text().isBlank())) {
                throw new UnreadableException("the PDF has no text layer (a scan?); submit a PDF with text, such as one"
                        + " typeset by LaTeX or exported by Word");
            }
            // A PDF of a Markdown preview printed without its math typeset holds the LaTeX as written.
            List<Document.Footnote> footnotes = footnoted.footnotes().stream().map(footnote -> new Document.Footnote(
                    footnote.mark(), pageStarts[footnote.markedPage()] + joined.get(footnote.markedPage())
                            .at(footnote.markedRow()),
                    pageStarts[footnote.page()] + joined.get(footnote.page()).at(footnote.start()),
                    pageStarts[footnote.page()] + joined.get(footnote.page()).at(footnote.end())))
                    .toList();
            return new Document(source, lines, TextSheetReader.environments(lines), footnotes);
        } catch (InvalidPasswordException locked) {
            throw new UnreadableException("the PDF is password-protected", locked);
        } catch (IOException | RuntimeException corrupt) {
            throw new UnreadableException("the PDF is damaged and cannot be read (" + UnreadableException.plain(corrupt, file)
                    + ")", corrupt);
        }
    }


    /** Thrown out of PDFBox's text extraction when a PDF has drawn more glyphs than {@link #MAX_GLYPHS}. */
    private static final class GlyphLimitPassed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GlyphLimitPassed() {
            super(null, null, false, false);
        }
    }

    /** Thrown out of PDFBox's text extraction when the watchdog has abandoned the reading: no one waits for it. */
    private static final class ReadingAbandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadingAbandoned() {
            super(null, null, false, false);
        }
    }

    /**
     * Collects every glyph of every page, with its position, instead of writing text. It stops the extraction past
     * {@link #MAX_GLYPHS} glyphs, and as soon as its thread is interrupted (the watchdog of {@link Submissions} gave
     * up on it), so that an abandoned PDF stops costing time and memory.
     */
    private static final class GlyphCollector extends PDFTextStripper {
        private final List<List<Glyph>> pages = new ArrayList<>();
        private final List<List<Bracket>> pageBrackets = new ArrayList<>();
        private final List<List<Glyph>> pagesStruck = new ArrayList<>();
        private final List<List<StrikeLines.Line>> pageRules = new ArrayList<>();
        private final List<Spaces> pageSpaces = new ArrayList<>();
        private List<Glyph> current;
        private List<Glyph> spaces;
        private List<Bracket> brackets;
        private StrikeLines strikeLines;
        private int glyphsSeen;
        private final Map<org.apache.pdfbox.pdmodel.font.PDFont, Map<Integer, Outline>> outlines =
                new IdentityHashMap<>();

        GlyphCollector() {
            super();
            // The text stripper keeps no line width; a strike's thickness is told from it.
            addOperator(new org.apache.pdfbox.contentstream.operator.state.SetLineWidth(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadingAbandoned();
            }
            strikeLines.operator(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix(),
                    getGraphicsState().getLineWidth());
            super.processOperator(operator, operands);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            current = new ArrayList<>();
            spaces = new ArrayList<>();
            brackets = new ArrayList<>();
            strikeLines = new StrikeLines(page.getCropBox(), page.getRotation());
            super.startPage(page);
        }

        /** The page's glyphs without those struck through, which a strike drawn after them may cross. */
        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            List<Glyph> kept = new ArrayList<>(current.size());
            List<Glyph> struck = new ArrayList<>();
            for (Glyph glyph : current) {
                boolean crossed = !BIG_OPERATORS.contains(glyph.text)
                        && strikeLines.strikes(glyph.x, glyph.width, glyph.baseline, glyph.size);
                (crossed ? struck : kept).add(glyph);
            }
            pages.add(kept);
            pagesStruck.add(struck);
            pageBrackets.add(brackets);
            pageSpaces.add(new Spaces(spaces));
            pageRules.add(strikeLines.lines());
            super.endPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (unicode == null) {
                return;
            }
            if (++glyphsSeen > MAX_GLYPHS) {
                throw new GlyphLimitPassed();
            }
            String kept = withoutBracketPieces(unicode);
            boolean stretched = kept.isBlank() || stretchedDelimiter(kept, text);
            OptionalDouble drawnTop = !stretched && kept.length() == 1 && BRACKETS.indexOf(kept) >= 0
                    ? tallOutline(text) : OptionalDouble.empty();
            if (kept.isBlank() && !unicode.isEmpty() && unicode.isBlank()) {
                // A space the document draws (Chromium, Word) parts words however closely a large heading's kerning
                // sets them; pdflatex draws none, and its words are parted by their gaps alone.
                spaces.add(new Glyph(" ", text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                        text.getFontSizeInPt() > 0.5 ? text.getFontSizeInPt() : text.getHeightDir()));
                return;
            }
            if (stretched || drawnTop.isPresent()) {
                if (!unicode.isBlank() && brackets.size() < 10_000) {
                    // A glyph tall by its outline alone is placed by its drawn top and sized by its em: where PDFBox
                    // places a TeX delimiter, with its size.
                    double size = drawnTop.isPresent() ? Math.abs(text.getTextMatrix().getScalingFactorY())
                            : text.getFontSizeInPt() > 0.5 ? text.getFontSizeInPt() : text.getHeightDir();
                    brackets.add(new Bracket(unicode, text.getXDirAdj(), drawnTop.orElse(text.getYDirAdj()),
                            text.getWidthDirAdj(), size, text.getHeightDir(),
                            drawnTop.isPresent() ? text.getYDirAdj() : kept.isBlank() ? Double.NaN : axisLine(text)));
                }
                return;
            }
            unicode = Characters.plainLetters(kept);
            if (unicode.length() == 1 && Characters.isAsciiDigit(unicode.charAt(0)) && raisedDigit(text)) {
                // A superior figure (pdflatex's ² of a typed "96 × 55²") stands on its line's baseline, raised by its
                // outline alone, and its font names it a plain digit: read so, the shape was 96 × 552.
                unicode = String.valueOf(Characters.SUPERSCRIPT_DIGITS.charAt(unicode.charAt(0) - '0'));
            }
            double size = text.getFontSizeInPt() > 0.5 ? text.getFontSizeInPt() : text.getHeightDir();
            current.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
        }

        /**
         * The drawn top of a glyph whose outline is taller than 1.4 times its em, if it is: a bracket chosen from a
         * math font's larger sizes, as Chromium sets a MathML matrix's (one glyph per side, at the size of the text,
         * its origin on the line between the rows). PDFBox reports such a glyph as high as the text.
         */
        private OptionalDouble tallOutline(TextPosition text) {
            if (text.getCharacterCodes().length != 1) {
                return OptionalDouble.empty();
            }
            Outline outline = outline(text);
            double height = outline.top() - outline.bottom();
            double em = Math.abs(text.getTextMatrix().getScalingFactorY());
            return height > 1.4 && height < 20 ? OptionalDouble.of(text.getYDirAdj() - outline.top() * em)
                    : OptionalDouble.empty();
        }

        /** Whether a digit's glyph is drawn wholly above its baseline, by a quarter of an em or more: a superior figure. */
        private boolean raisedDigit(TextPosition text) {
            if (text.getCharacterCodes().length != 1) {
                return false;
            }
            Outline outline = outline(text);
            return outline.top() > outline.bottom() && outline.bottom() > 0.25;
        }

        /**
         * The baseline of the line a delimiter stretched to what it encloses groups, NaN where its outline is not
         * told: TeX draws {@code \\left( … \\right)} and {@code \\Big(} as one glyph of its extension font per side,
         * centred on the math axis, a quarter of an em above the baseline (as Chromium centres MathML's).
         */
        private double axisLine(TextPosition text) {
            Outline outline = text.getCharacterCodes().length == 1 ? outline(text) : UNKNOWN_OUTLINE;
            if (outline.top() <= outline.bottom()) {
                return Double.NaN;
            }
            double middle = text.getYDirAdj()
                    - (outline.top() + outline.bottom()) / 2 * Math.abs(text.getTextMatrix().getScalingFactorY());
            return middle + 0.25 * Math.abs(text.getTextMatrix().getScalingFactorX());
        }

        /** The outline of a glyph drawn, measured once per glyph of a font: a listing of code draws thousands. */
        private Outline outline(TextPosition text) {
            return outlines.computeIfAbsent(text.getFont(), font -> new HashMap<>())
                    .computeIfAbsent(text.getCharacterCodes()[0], code -> PdfSheetReader.outline(text.getFont(), code));
        }
    }

    /**
     * Whether a glyph is a bracket stretched to the height of a matrix (LibreOffice and Word draw one
     * glyph scaled vertically where LaTeX stacks pieces): like the pieces, it is no text, and it
     * would stand as a line of its own between the matrix's rows.
     */
    private static boolean stretchedDelimiter(String unicode, TextPosition text) {
        return unicode.length() == 1 && BRACKETS.indexOf(unicode.charAt(0)) >= 0
                && text.getHeightDir() > 1.4 * Math.max(text.getFontSizeInPt(), 1);
    }

    /**
     * The brackets a matrix or a grouping may be drawn with; a floor's and a ceiling's too, and cmex10's angle brackets
     * (U+2329, U+232A), which a formula must keep: without them it reads as another.
     */
    private static final String BRACKETS = "[](){}|‖⟨⟩⌊⌋⌈⌉\u2329\u232A";

    /** The brackets that open a grouping, each closed by the bracket at its index in {@link #CLOSING}. */
    private static final String OPENING_GROUP = "([{⌊⌈⟨\u2329";
    private static final String CLOSING = ")]}⌋⌉⟩\u232A";

    /** A glyph's outline: its top and its bottom, in ems above its baseline. */
    private record Outline(double top, double bottom) {
    }

    /** An outline of no height: what a font that does not tell its glyphs' outlines has. */
    private static final Outline UNKNOWN_OUTLINE = new Outline(0, 0);

    /** The outline of a font's glyph: a Type 3 glyph's box, or an embedded font's path. */
    private static Outline outline(org.apache.pdfbox.pdmodel.font.PDFont font, int code) {
        try {
            if (font instanceof org.apache.pdfbox.pdmodel.font.PDType3Font type3) {
                org.apache.pdfbox.pdmodel.font.PDType3CharProc glyph = type3.getCharProc(code);
                org.apache.pdfbox.pdmodel.common.PDRectangle box = glyph == null ? null : glyph.getGlyphBBox();
                if (box == null) {
                    return UNKNOWN_OUTLINE;
                }
                double scale = type3.getFontMatrix().getScaleY();
                return new Outline(Math.max(box.getLowerLeftY() * scale, box.getUpperRightY() * scale),
                        Math.min(box.getLowerLeftY() * scale, box.getUpperRightY() * scale));
            }
            // A font the PDF does not embed is drawn by a substitute, whose outlines are not the ones drawn.
            if (font instanceof org.apache.pdfbox.pdmodel.font.PDVectorFont vector && font.isEmbedded()) {
                java.awt.geom.Rectangle2D box = vector.getNormalizedPath(code).getBounds2D();
                return new Outline(box.getMaxY() / 1000, box.getMinY() / 1000);
            }
        } catch (IOException | RuntimeException unreadableFont) {
            return UNKNOWN_OUTLINE;
        }
        return UNKNOWN_OUTLINE;
    }

    /** The text without the pieces of big brackets (private-use or bracket-extension characters). */
    private static String withoutBracketPieces(String unicode) {
        StringBuilder kept = null;
        for (int i = 0; i < unicode.length(); i++) {
            char character = unicode.charAt(i);
            boolean piece = Character.getType(character) == Character.PRIVATE_USE
                    || character >= '\u239B' && character <= '\u23AD'
                    || character >= '\uFE35' && character <= '\uFE44'; // under- and overbraces' pieces
            if (piece && kept == null) {
                kept = new StringBuilder(unicode.substring(0, i));
            } else if (!piece && kept != null) {
                kept.append(character);
            }
        }
        return kept == null ? unicode : kept.toString();
    }

    /**
     * A bracket drawn taller than its text (a matrix's), kept aside from the text: its glyph, left edge, the
     * baseline PDFBox reports (a TeX delimiter's top, a scaled glyph's foot), width, font size and reported height;
     * for a glyph tall by its outline, the line its origin stands on ({@code origin}, NaN for others).
     */
    private record Bracket(String text, double x, double baseline, double width, double size, double height,
            double origin) {
    }

    /** One glyph: its text, left edge, baseline (from the top), width and font size. */
    private record Glyph(String text, double x, double baseline, double width, double size) {
    }

    // The glyphs' orders compare their fields directly: Comparator.comparingDouble is one lambda that every caller in
    // the JVM shares, so its key extractors are calls the JIT cannot inline, and a page's sorts make thousands of them.
    private static final Comparator<Glyph> BY_X = (one, other) -> Double.compare(one.x, other.x);
    private static final Comparator<Glyph> BY_BASELINE = (one, other) -> Double.compare(one.baseline, other.baseline);
    private static final Comparator<Glyph> BY_BASELINE_THEN_X = (one, other) -> {
        int byBaseline = Double.compare(one.baseline, other.baseline);
        return byBaseline != 0 ? byBaseline : Double.compare(one.x, other.x);
    };

    /** A page's glyphs in rows, top to bottom, with their fractions, matrices, scripts and columns placed. */
    private static List<List<Glyph>> pageRows(List<Glyph> pageGlyphs, List<Bracket> brackets,
            List<StrikeLines.Line> rules) {
        double bodySize = bodySize(pageGlyphs);
        Set<Bracket> placed = new HashSet<>();
        List<Glyph> glyphs = groupingBrackets(bracketedMatrices(fractions(pageGlyphs, bodySize, rules), brackets),
                brackets, placed);
        List<List<Glyph>> rows = rows(glyphs, brackets);
        OptionalDouble gutter = gutter(rows, bodySize);
        if (gutter.isPresent()) {
            rows = columnsFirst(rows, gutter.getAsDouble(), bodySize);
        }
        return withGroupingBrackets(withDisplayFractions(rows, brackets, rules), brackets, placed);
    }

    /** A page's rows as lines of words. */
    private static List<Document.Line> lines(List<List<Glyph>> rows, int page, Spaces spaces) {
        List<Document.Line> lines = new ArrayList<>();
        int number = 1;
        for (List<Glyph> glyphRow : rows) {
            Visual visual = visual(glyphRow, spaces);
            StringBuilder text = new StringBuilder();
            List<Document.Word> words = new ArrayList<>(visual.words.size());
            for (int index = 0; index < visual.words.size(); index++) {
                Document.Word word = visual.words.get(index);
                String after = index + 1 < visual.words.size() ? visual.words.get(index + 1).text() : "";
                String numbersText = Characters.fractions(Characters.signedNumbers(word.text()));
                Document.Word asNumbers = numbersText.equals(word.text()) ? word
                        : new Document.Word(numbersText, word.left(), word.right(), word.fontSize());
                Document.Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
                words.add(asNumbers);
                text.append(text.length() == 0 ? "" : cellBreak(previous, asNumbers, after) ? "\t" : " ")
                        .append(asNumbers.text());
            }
            lines.add(new Document.Line(page, number++, text.toString(), words, glyphRow.get(0).baseline()));
        }
        return lines;
    }

    /**
     * The pages' rows without their footnotes' marks: a number raised after a word ({@code 96 × 54 × 54²},
     * {@code Stride: 1¹}) is a footnote's mark, not a power, where a footnote below it on its page, or on the next page
     * where the footnote did not fit, opens with that number, set alone and smaller than the footnote's first row right
     * under it, as LaTeX and LibreOffice set a footnote. Read as a power, the mark made the value before it no answer,
     * and the footnote's own value was read by its label. A footnote has one mark, the first so raised in reading order;
     * a power going on into its expression ({@code 11² × 3 × 96}) or raising a symbol of one letter ({@code x²}) is no
     * mark. The footnotes' own marks go too: a number alone on a line is no answer.
     */
    private static Footnoted withoutFootnoteMarks(List<List<List<Glyph>>> pages) {
        List<Map<String, Integer>> footnotes = pages.stream().map(PdfSheetReader::footnotes).toList();
        List<List<List<Glyph>>> result = new ArrayList<>();
        List<Set<Integer>> marked = new ArrayList<>();
        List<PageFootnote> found = new ArrayList<>();
        for (List<List<Glyph>> rows : pages) {
            result.add(new ArrayList<>(rows));
            marked.add(new HashSet<>());
        }
        for (int page = 0; page < pages.size(); page++) {
            boolean footnoted = !footnotes.get(page).isEmpty() || page + 1 < pages.size()
                    && !footnotes.get(page + 1).isEmpty();
            for (int index = 0; footnoted && index < pages.get(page).size(); index++) {
                List<Glyph> row = new ArrayList<>(pages.get(page).get(index));
                row.sort(BY_X);
                for (int start = 0; start < row.size(); start++) {
                    int end = markEnd(row, start);
                    if (end < 0) {
                        continue;
                    }
                    String number = text(row.subList(start, end)).substring(1);
                    Integer below = footnotes.get(page).get(number);
                    int footnotePage = below != null && below > index ? page : page + 1;
                    Integer footnote = footnotePage == page ? below : footnotePage < pages.size()
                            ? footnotes.get(footnotePage).get(number) : null;
                    // A footnote has one mark, the first in reading order: a power of its number later on the page
                    // (the map as 55²) stays a power.
                    if (footnote != null && marked.get(footnotePage).add(footnote)) {
                        row.subList(start, end).clear();
                        result.get(page).set(index, row);
                        start--;
                        found.add(new PageFootnote(number, page, index, footnotePage, footnote + 1,
                                footnoteEnd(pages.get(footnotePage), footnote + 1, footnotes.get(footnotePage))));
                    }
                }
            }
        }
        // Each page's rows as kept, and for each row of the page how many were kept before it.
        List<int[]> keptBefore = new ArrayList<>();
        for (int page = 0; page < result.size(); page++) {
            List<List<Glyph>> kept = new ArrayList<>();
            int[] before = new int[result.get(page).size() + 1];
            for (int index = 0; index < result.get(page).size(); index++) {
                before[index] = kept.size();
                if (!marked.get(page).contains(index) && !result.get(page).get(index).isEmpty()) {
                    kept.add(result.get(page).get(index));
                }
            }
            before[result.get(page).size()] = kept.size();
            result.set(page, kept);
            keptBefore.add(before);
        }
        List<PageFootnote> kept = new ArrayList<>();
        for (PageFootnote footnote : found) {
            int[] marking = keptBefore.get(footnote.markedPage());
            int[] before = keptBefore.get(footnote.page());
            // The row of the mark kept (it held more than the mark), and some of the footnote's own.
            if (marking[footnote.markedRow() + 1] > marking[footnote.markedRow()]
                    && before[footnote.end()] > before[footnote.start()]) {
                kept.add(new PageFootnote(footnote.mark(), footnote.markedPage(), marking[footnote.markedRow()],
                        footnote.page(), before[footnote.start()], before[footnote.end()]));
            }
        }
        return new Footnoted(result, kept);
    }

    /** The pages' rows without their footnotes' marks, and the footnotes whose marks went. */
    private record Footnoted(List<List<List<Glyph>>> pages, List<PageFootnote> footnotes) {
    }

    /**
     * A footnote whose mark stands on a row of one page, its text on rows [{@code start}, {@code end}) of a page, the
     * same or the next.
     */
    private record PageFootnote(String mark, int markedPage, int markedRow, int page, int start, int end) {
    }

    /**
     * Where the text of a footnote opening at row {@code start} of a page ends: at the next footnote's mark, or at the
     * first row set in another size or more than a line below the row above it (a page's number).
     */
    private static int footnoteEnd(List<List<Glyph>> rows, int start, Map<String, Integer> marks) {
        double size = rows.get(start).get(0).size();
        int end = start + 1;
        while (end < rows.size() && !marks.containsValue(end) && !rows.get(end).isEmpty()
                && Math.abs(rows.get(end).get(0).size() - size) < 0.05 * size
                && rows.get(end).get(0).baseline() - rows.get(end - 1).get(0).baseline() < 1.6 * size) {
            end++;
        }
        return end;
    }

    /**
     * Where the raised number opening at {@code start} of a row sorted left to right ends, if it may be a footnote's
     * mark; −1 if it is none, or a power: one going on into its expression (11² × 3 × 96, x² + 1), or raising a symbol
     * of one letter. A mark ends its word, before a blank or a sentence's punctuation.
     */
    private static int markEnd(List<Glyph> row, int start) {
        if (!row.get(start).text().matches("\\^\\d") || afterASymbol(row, start)) {
            return -1;
        }
        int end = start + 1;
        while (end < row.size() && row.get(end).text().matches("\\d")
                && row.get(end).size() == row.get(start).size()) {
            end++;
        }
        if (end == row.size()) {
            return end;
        }
        String after = row.get(end).text();
        boolean punctuated = !after.isEmpty() && PUNCTUATION.indexOf(after.charAt(0)) >= 0;
        boolean apart = row.get(end).x() - (row.get(end - 1).x() + row.get(end - 1).width())
                > 0.15 * row.get(end).size();
        return punctuated || apart && !startsExpression(after) ? end : -1;
    }

    /** Whether the glyph before {@code index} is a symbol of one letter, which a power raises ({@code x²}, {@code K²}). */
    private static boolean afterASymbol(List<Glyph> row, int index) {
        if (index == 0 || !letter(row.get(index - 1))) {
            return false;
        }
        if (index == 1) {
            return true;
        }
        Glyph before = row.get(index - 2);
        boolean apart = row.get(index - 1).x() - (before.x() + before.width()) > 0.15 * row.get(index - 1).size();
        return apart || !letter(before);
    }

    private static boolean letter(Glyph glyph) {
        return !glyph.text().isEmpty() && Character.isLetter(glyph.text().charAt(0));
    }

    /** What ends a sentence or a clause right after a footnote's mark: "the paper¹, checked twice²." */
    private static final String PUNCTUATION = ",.;:!?";

    /** Whether a glyph goes on with an expression: an operator, a digit or a closing bracket. */
    private static boolean startsExpression(String glyph) {
        return !glyph.isEmpty() && ("×·⋅*+−-=/^)]}".indexOf(glyph.charAt(0)) >= 0 || Character.isDigit(glyph.charAt(0)));
    }

    /**
     * Where footnotes open on a page, by their numbers: a row of a number alone, set smaller than the row right under
     * it, less than a line above it.
     */
    private static Map<String, Integer> footnotes(List<List<Glyph>> rows) {
        Map<String, Integer> footnotes = new HashMap<>();
        for (int index = 0; index + 1 < rows.size(); index++) {
            String mark = text(rows.get(index));
            Glyph first = rows.get(index + 1).get(0);
            double drop = first.baseline() - rows.get(index).get(0).baseline();
            if (mark.matches("\\d{1,2}") && rows.get(index).stream().allMatch(glyph -> glyph.size()
                    < 0.85 * first.size()) && drop > 0 && drop < first.size()) {
                footnotes.putIfAbsent(mark, index);
            }
        }
        return footnotes;
    }

    /** A row's glyphs' text, without spaces. */
    private static String text(List<Glyph> row) {
        StringBuilder text = new StringBuilder();
        row.forEach(glyph -> text.append(glyph.text()));
        return text.toString().strip();
    }

    /**
     * Whether the gap between two numbers is a table's column gap that a space would hide, written as a tab as a Word
     * table's cells are: an em at least, where a thin space groups a count's thousands ({@code 9\\,600}, a sixth of an
     * em) and a word space is a third. A space would let a column of counts join the next ({@code 512 | 528} read
     * 512528, {@code 9 600 | 9 728} read 9), or a computation's cell run into its value's ({@code 9,600 + 128 | 9,728}).
     * So only where a count is on either side: three digits (a thousands group), or thousands grouped by a comma; not
     * before a shape's first side ({@code 2 | 256 × 26 × 26}, {@code after} a times sign), which nothing joins. A
     * matrix's small entries keep their spaces.
     */
    private static boolean cellBreak(Document.Word previous, Document.Word next, String after) {
        String left = previous.text();
        String right = next.text();
        boolean counts = NUMBER_WORD.matcher(left).matches() && NUMBER_WORD.matcher(right).matches()
                && (COUNT_WORD.matcher(left).matches() || COUNT_WORD.matcher(right).matches())
                && ValueSyntax.timesSignLength(" " + after + " ", 1) == 0;
        return counts && next.left() - previous.right() >= CELL_GAP * Math.max(previous.fontSize(), next.fontSize());
    }

    /** A whole number as a word: {@code 512}, {@code 9,728}, {@code −4}. */
    private static final Pattern NUMBER_WORD = Pattern.compile("[-−]?\\d{1,3}(?:,?\\d{3})*|[-−]?\\d+");

    /** A word a count could be joined at: three digits, a thousands group, or a count grouped by commas. */
    private static final Pattern COUNT_WORD = Pattern.compile("\\d{3}|\\d{1,3}(?:,\\d{3})+");

    /** The narrowest gap between two table columns, in ems: LaTeX's two \\tabcolsep are 1.2 of a 10 pt font. */
    private static final double CELL_GAP = 0.9;

    /** The glyphs in rows of (nearly) one baseline, top to bottom, with no brackets kept aside. */
    private static List<List<Glyph>> rows(List<Glyph> glyphs) {
        return rows(glyphs, List.of());
    }

    /** The glyphs in rows of (nearly) one baseline, top to bottom; {@code brackets} are the page's, kept aside. */
    private static List<List<Glyph>> rows(List<Glyph> glyphs, List<Bracket> brackets) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_BASELINE_THEN_X);
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
        return withSuperscripts(withSubscripts(rows), brackets);
    }

    /**
     * The rows with each row of subscripts only moved into the row above, whose glyphs they are the subscripts of
     * ({@code H₂} as LibreOffice lowers its 2, {@code A_{same}} as Chromium lowers its word, beside a matrix's rows):
     * on a line of their own they would read as numbers or words, and their labels would lose them.
     */
    private static List<List<Glyph>> withSubscripts(List<List<Glyph>> rows) {
        List<List<Glyph>> result = new ArrayList<>();
        for (List<Glyph> row : rows) {
            List<Glyph> above = result.isEmpty() ? List.of() : result.get(result.size() - 1);
            if (!above.isEmpty() && subscriptsOnly(row, above)) {
                List<Glyph> merged = new ArrayList<>(above);
                for (Glyph script : row) {
                    merged.add(new Glyph(script.text(), script.x(), above.get(0).baseline(), script.width(),
                            script.size()));
                }
                result.set(result.size() - 1, merged);
                continue;
            }
            result.add(row);
        }
        return result;
    }

    /**
     * Whether text stacked above text may be a fraction of symbols: a letter in it, two parts that differ, and neither
     * prose nor a label. Equal parts would make it 1: they are superscripts one above the other, as the transposes of a
     * table's rows. A label ending its line ({@code Output size:}) over a displayed value's line, and the numerator of
     * the fraction set under it ({@code ⌊(227 − 11)/4⌋}) read {@code (Outputsize:)/(227−11)}, and the layer's shape
     * was missing.
     */
    private static boolean symbolicFraction(String numerator, String denominator) {
        return (LETTER.matcher(numerator).find() || LETTER.matcher(denominator).find()) && !numerator.equals(denominator)
                && !proseOrLabel(numerator) && !proseOrLabel(denominator);
    }

    /** Whether stacked text is words, not symbols: a label ending with its colon, or two words of three letters or more. */
    private static boolean proseOrLabel(String text) {
        if (text.strip().endsWith(":")) {
            return true;
        }
        Matcher words = WORD.matcher(text);
        return words.find() && words.find();
    }

    /**
     * The rows with each displayed fraction ({@code $$\\frac{N K^2 C}{M}$$}, set at full size) joined into
     * its line as {@code (N K^2 C)/(M)}: a numerator on a row just above a line, its denominator on a row
     * just below, centred on each other, and nothing of the line between them (the fraction's bar is
     * drawn, not written), and a symbol in it. Rows of text are further apart than a fraction's parts are
     * from its line. A fraction displayed alone ({@code grouped: $$\\frac{N K^2 C}{M}$$}) has no line: its parts
     * are two rows in a row, paired by the bar drawn between them ({@code rules}, see {@link #barFraction}).
     */
    private static List<List<Glyph>> withDisplayFractions(List<List<Glyph>> rows, List<Bracket> brackets,
            List<StrikeLines.Line> rules) {
        List<List<Glyph>> result = new ArrayList<>(rows);
        for (int index = 0; index + 1 < result.size(); index++) {
            List<Glyph> above = result.get(index);
            List<Glyph> below = result.get(index + 1);
            List<Glyph> restAbove = new ArrayList<>(above);
            List<Glyph> restBelow = new ArrayList<>(below);
            List<Glyph> joined = new ArrayList<>();
            for (StrikeLines.Line rule : rules) {
                barFraction(rule, restAbove, restBelow).ifPresent(fraction -> {
                    joined.add(fraction.glyph());
                    restAbove.removeAll(fraction.numerator());
                    restBelow.removeAll(fraction.denominator());
                });
            }
            if (joined.isEmpty() || tableRows(restAbove, restBelow)) {
                continue;
            }
            List<List<Glyph>> replaced = stacked(restAbove, joined, restBelow);
            result.subList(index, index + 2).clear();
            result.addAll(index, replaced);
            index += replaced.size() - 2;
        }
        for (int index = 1; index + 1 < result.size(); index++) {
            List<Glyph> above = result.get(index - 1);
            List<Glyph> line = result.get(index);
            List<Glyph> below = result.get(index + 1);
            double size = line.get(0).size();
            double baseline = line.get(0).baseline();
            if (baseline - above.get(0).baseline() > 0.95 * size || below.get(0).baseline() - baseline > 0.95 * size) {
                continue;
            }
            List<List<Glyph>> numerators = stretches(above, size);
            List<List<Glyph>> denominators = stretches(below, size);
            List<Glyph> joined = new ArrayList<>(line);
            List<Glyph> restAbove = new ArrayList<>(above);
            List<Glyph> restBelow = new ArrayList<>(below);
            for (List<Glyph> numerator : numerators) {
                for (List<Glyph> denominator : denominators) {
                    // Numbers stacked closely are a matrix's rows around its label's line, unless a matrix's
                    // bracket or the line's parenthesis opens right after them and none before: a factor
                    // (1/4 [1 1; 1 1], 1/2 (p − Y)).
                    boolean symbolic = symbolicFraction(runText(numerator), runText(denominator));
                    boolean factor = !symbolic && NUMERATOR.matcher(runText(numerator)).matches()
                            && DENOMINATOR.matcher(runText(denominator)).matches()
                            && factor(numerator, denominator, line, brackets, size);
                    if (!symbolic && !factor || !restBelow.containsAll(denominator) || !centred(numerator, denominator)
                            || writesBetween(line, numerator, denominator)) {
                        continue;
                    }
                    double left = Math.min(numerator.get(0).x(), denominator.get(0).x());
                    double right = Math.max(right(numerator), right(denominator));
                    joined.add(new Glyph(factor ? runText(numerator) + "/" + runText(denominator)
                            : "(" + runText(numerator) + ")/(" + runText(denominator) + ")", left, baseline, right - left,
                            size));
                    restAbove.removeAll(numerator);
                    restBelow.removeAll(denominator);
                    break;
                }
            }
            if (joined.size() == line.size() || tableRows(restAbove, restBelow)) {
                continue;
            }
            List<List<Glyph>> replaced = stacked(restAbove, joined, restBelow);
            result.subList(index - 1, index + 2).clear();
            result.addAll(index - 1, replaced);
        }
        return result;
    }

    /** The rows a fraction's line becomes: what is left above it, the line, what is left below it. */
    private static List<List<Glyph>> stacked(List<Glyph> restAbove, List<Glyph> joined, List<Glyph> restBelow) {
        List<List<Glyph>> stacked = new ArrayList<>();
        if (!restAbove.isEmpty()) {
            stacked.add(restAbove);
        }
        stacked.add(joined);
        if (!restBelow.isEmpty()) {
            stacked.add(restBelow);
        }
        return stacked;
    }

    /** A fraction paired by its drawn bar: its parts' glyphs, and the one glyph {@code (a)/(b)} they become. */
    private record BarFraction(List<Glyph> numerator, List<Glyph> denominator, Glyph glyph) {
    }

    /**
     * The fraction whose bar is {@code rule}, if it stands between a row's glyphs and the next row's: the glyphs over
     * the bar (a run without a wider gap than half a glyph) and those under it, each within the bar's ends, the bar
     * as wide as its wider part (pdflatex and Chromium draw it so, to a point), centred on each other, and a symbol
     * in them. A table's rule runs under its whole header, its cells apart, and a cell's
     * border (Chromium's) is wider than its text by the cell's padding; a strike or an underline crosses or
     * underlies one row's glyphs, none of another's.
     */
    private static Optional<BarFraction> barFraction(StrikeLines.Line rule, List<Glyph> above, List<Glyph> below) {
        if (above.isEmpty() || below.isEmpty()) {
            return Optional.empty();
        }
        double size = Math.max(above.get(0).size(), below.get(0).size());
        double top = above.get(0).baseline();
        double bottom = below.get(0).baseline();
        // The bar lies under the numerator's baseline and over the denominator's top; the parts are close to it.
        if (rule.thickness() > size / 5 || rule.y() <= top || rule.y() >= bottom - 0.5 * size
                || bottom - top > 2.2 * size) {
            return Optional.empty();
        }
        List<Glyph> numerator = spanned(above, rule);
        List<Glyph> denominator = spanned(below, rule);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        double slack = 0.3 * size;
        double widest = Math.max(right(numerator) - numerator.get(0).x(), right(denominator) - denominator.get(0).x());
        boolean within = numerator.get(0).x() >= rule.left() - slack && right(numerator) <= rule.right() + slack
                && denominator.get(0).x() >= rule.left() - slack && right(denominator) <= rule.right() + slack;
        String over = runText(numerator);
        String under = runText(denominator);
        // Numbers over numbers are left as they were: a Word matrix of quarters draws a bar under each entry's 1.
        boolean symbolic = symbolicFraction(over, under);
        if (!within || rule.right() - rule.left() > widest + 0.3 * size || stretches(numerator, size).size() != 1
                || stretches(denominator, size).size() != 1 || !centred(numerator, denominator) || !symbolic) {
            return Optional.empty();
        }
        // Set on the bar's line, where the label of a formula displayed with it stands (the math axis is a quarter
        // of the size above the baseline).
        String text = "(" + over + ")/(" + under + ")";
        return Optional.of(new BarFraction(numerator, denominator,
                new Glyph(text, rule.left(), rule.y() + 0.25 * size, rule.right() - rule.left(), size)));
    }

    /** A row's glyphs that stand over or under a rule's span, left to right. */
    private static List<Glyph> spanned(List<Glyph> row, StrikeLines.Line rule) {
        List<Glyph> spanned = new ArrayList<>();
        for (Glyph glyph : row) {
            if (glyph.x() < rule.right() && glyph.x() + glyph.width() > rule.left()) {
                spanned.add(glyph);
            }
        }
        spanned.sort(BY_X);
        return spanned;
    }

    /**
     * Whether the text stacked around a line is two rows of a table, not fractions set in the line: a word is left
     * over beside the parts paired ({@code kernel  see below} over {@code stride  2}, a cell's label centred between
     * them). A displayed formula's rows hold its fractions' parts and single letters (LibreOffice's
     * {@code M × N/M × …} leaves the {@code N} of a fraction not paired).
     */
    private static boolean tableRows(List<Glyph> restAbove, List<Glyph> restBelow) {
        return WORD.matcher(runText(restAbove)).find() || WORD.matcher(runText(restBelow)).find();
    }

    /**
     * The glyphs with each small matrix between a pair of whole bracket glyphs (LaTeX's {@code \\left[ … \\right]}
     * of one to three rows, which it draws as one glyph each side) written as one glyph {@code [[1, −1], [−1, 1]]}
     * on its middle row's baseline, where its label stands ({@code W1 =}). Matrices set side by side
     * ({@code W1 = […] b1 = […]}), a one-row matrix and a column vector are then each their own value; without the
     * brackets their rows would run together, and a row or a column of one would be no matrix. Only numbers may
     * stand between the brackets; anything else leaves the glyphs as they are.
     */
    private static List<Glyph> bracketedMatrices(List<Glyph> glyphs, List<Bracket> brackets) {
        if (brackets.isEmpty()) {
            return glyphs;
        }
        List<Glyph> result = new ArrayList<>(glyphs);
        int pairs = 0;
        for (Bracket open : brackets) {
            // Each pair scans the page's glyphs: a page of a homework has a few dozen matrices, a hostile one
            // thousands of brackets, whose matrices beyond these are read from their rows.
            if (!"[(".contains(open.text()) || ++pairs > MAX_BRACKET_PAIRS) {
                continue;
            }
            // The nearest bracket to the right at this height closes it; another opening one first means nesting.
            Bracket next = null;
            for (Bracket candidate : brackets) {
                if (Math.abs(candidate.baseline() - open.baseline()) < 1 && candidate.x() > open.x()
                        && (next == null || candidate.x() < next.x())) {
                    next = candidate;
                }
            }
            Bracket close = next != null && "])".contains(next.text()) ? next : null;
            if (close != null) {
                // One entry in parentheses is a grouped number (\\Big(\\frac{1}{2}\\Big)), no matrix.
                matrixBetween(open, close, result).filter(matrix -> open.text().equals("[")
                        || matrix.glyph().text().contains(",")).ifPresent(matrix -> {
                    result.removeAll(matrix.entries());
                    result.add(matrix.glyph());
                });
            }
        }
        return result;
    }

    /**
     * The glyphs with each pair of tall brackets that groups a stretch of one line put back into it as text: Chromium
     * stretches MathML's parentheses to what they enclose, so {@code B N H W (2 K^2 C - 1)} gets parentheses of the
     * math font's next size for the exponent, glyphs tall by their outline like a matrix's brackets. Kept aside, they
     * were lost, and the formula read {@code BNHW 2K^2C−1}, another formula. A pair groups its line when what it
     * encloses stands on the line its glyphs' origins stand on, and no row under it: a matrix's rows stand above and
     * under that line, and a matrix read between its brackets is written over them.
     */
    private static List<Glyph> groupingBrackets(List<Glyph> glyphs, List<Bracket> brackets, Set<Bracket> placed) {
        List<Bracket> tall = new ArrayList<>();
        for (Bracket bracket : brackets) {
            if (!Double.isNaN(bracket.origin()) && !placed.contains(bracket) && tall.size() < 2 * MAX_BRACKET_PAIRS) {
                tall.add(bracket);
            }
        }
        if (tall.isEmpty()) {
            return glyphs;
        }
        tall.sort((one, other) -> Double.compare(one.x(), other.x()));
        List<Glyph> result = new ArrayList<>(glyphs);
        List<Bracket> open = new ArrayList<>();
        for (Bracket bracket : tall) {
            int kind = OPENING_GROUP.indexOf(bracket.text());
            if (kind >= 0) {
                open.add(bracket);
                continue;
            }
            // The nearest opening bracket of the same kind on the same line closes with it (nesting pairs inner first).
            for (int index = open.size() - 1; index >= 0; index--) {
                Bracket opening = open.get(index);
                if (CLOSING.indexOf(bracket.text()) == OPENING_GROUP.indexOf(opening.text())
                        && Math.abs(opening.origin() - bracket.origin()) < 0.2 * bracket.size()) {
                    open.remove(index);
                    groupedLine(opening, bracket, glyphs).filter(line -> !vector(line)).ifPresent(line -> {
                        placed.add(opening);
                        placed.add(bracket);
                        double size = line.get(0).size();
                        result.add(new Glyph(opening.text(), opening.x(), opening.origin(), opening.width(), size));
                        result.add(new Glyph(bracket.text(), bracket.x(), bracket.origin(), bracket.width(), size));
                    });
                    break;
                }
            }
        }
        return result;
    }

    /**
     * The rows with the brackets that group a displayed fraction put back in its line: {@code $$\\left(\\frac{C}{M} +
     * 1\\right) N$$} has its denominator under the line until the fraction is joined into it ({@code (C)/(M)}), so its
     * parentheses are paired once it is ({@code placed}: those put back already). Without them it read
     * {@code (C)/(M) + 1 N}, another formula.
     */
    private static List<List<Glyph>> withGroupingBrackets(List<List<Glyph>> rows, List<Bracket> brackets,
            Set<Bracket> placed) {
        List<Glyph> all = rows.stream().flatMap(List::stream).toList();
        List<Glyph> grouped = groupingBrackets(all, brackets, placed);
        if (grouped.size() == all.size()) {
            return rows;
        }
        List<List<Glyph>> result = new ArrayList<>();
        rows.forEach(row -> result.add(new ArrayList<>(row)));
        // The brackets come after the glyphs they were paired among, each on the baseline of the line it groups.
        for (Glyph bracket : grouped.subList(all.size(), grouped.size())) {
            for (List<Glyph> row : result) {
                if (Math.abs(row.get(0).baseline() - bracket.baseline()) < 0.15 * bracket.size()) {
                    row.add(bracket);
                    break;
                }
            }
        }
        return result;
    }

    /**
     * The glyphs of the line that two tall brackets group, if they group one: they stand between them on their
     * origins' line; no glyph is written over either bracket, and none stands between them under the line further than a
     * subscript is lowered, down to the brackets' foot (as far under the math axis, a quarter of an em above the line,
     * as their top is above it: a tall bar of the next line may reach up to there).
     */
    private static Optional<List<Glyph>> groupedLine(Bracket open, Bracket close, List<Glyph> glyphs) {
        double em = open.size();
        double axis = open.origin() - 0.25 * em;
        double foot = axis + (axis - open.baseline());
        List<Glyph> onLine = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            boolean level = glyph.baseline() > open.baseline() && glyph.baseline() < foot;
            if (level && (overlaps(glyph, open.x(), open.width()) || overlaps(glyph, close.x(), close.width()))) {
                return Optional.empty();
            }
            boolean between = glyph.x() >= open.x() + open.width() - 0.5 && glyph.x() + glyph.width() <= close.x() + 0.5;
            if (!between || !level) {
                continue;
            }
            double below = glyph.baseline() - open.origin();
            if (below > 0.4 * em) {
                return Optional.empty();
            }
            if (Math.abs(below) < 0.15 * em) {
                onLine.add(glyph);
            }
        }
        return onLine.isEmpty() ? Optional.empty() : Optional.of(onLine);
    }

    /**
     * Whether a line's glyphs between brackets are a vector's entries, two numbers or more: pdflatex draws a
     * {@code bmatrix} of one row with {@code ^T} after it with taller brackets, and its entries are read as a matrix's
     * row, as they were.
     */
    private static boolean vector(List<Glyph> line) {
        List<Document.Word> entries = visual(line).words();
        return entries.size() > 1 && entries.stream().allMatch(entry -> Candidates.gridNumber(entry.text()));
    }

    /** A matrix found between two brackets: the glyphs it is made of, and the one glyph that stands for it. */
    private record BracketedMatrix(List<Glyph> entries, Glyph glyph) {
    }

    private static Optional<BracketedMatrix> matrixBetween(Bracket open, Bracket close, List<Glyph> glyphs) {
        // The bracket glyph's reported height is its font's, whatever its drawn size: the rows are found instead,
        // following each other closely from just under the bracket's top.
        // A bracket that producer draws from its foot (LibreOffice's scaled glyph) has its rows above it: not read here.
        double size = open.size();
        double above = open.baseline() - Math.max(size, 0.9 * open.height());
        // A line of text just above or below an inline matrix (a heading, the paragraph's lines before and after it)
        // runs across its brackets; a row of the matrix, drawn from the brackets' top or foot, stands between them.
        List<Double> crossing = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (glyph.baseline() > above && glyph.baseline() < open.baseline() + 6 * size
                    && (overlaps(glyph, open.x(), open.width()) || overlaps(glyph, close.x(), close.width()))) {
                crossing.add(glyph.baseline());
            }
        }
        List<Glyph> inside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            boolean between = glyph.x() >= open.x() + open.width() - 0.5 && glyph.x() + glyph.width() <= close.x() + 0.5;
            if (between && glyph.baseline() <= open.baseline() && glyph.baseline() > above
                    && !crosses(crossing, glyph.baseline(), size)) {
                return Optional.empty();
            }
            if (between && glyph.baseline() > open.baseline() && glyph.baseline() < open.baseline() + 6 * size) {
                inside.add(glyph);
            }
        }
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        List<List<Glyph>> all = rows(inside);
        if (all.get(0).get(0).baseline() - open.baseline() > 1.8 * size) {
            return Optional.empty();
        }
        List<List<Glyph>> rows = new ArrayList<>(List.of(all.get(0)));
        for (int row = 1; row < all.size() && !crosses(crossing, all.get(row).get(0).baseline(), size)
                && all.get(row).get(0).baseline() - all.get(row - 1).get(0).baseline() <= 1.8 * size; row++) {
            rows.add(all.get(row));
        }
        if (rows.size() > 3) {
            return Optional.empty();
        }
        inside = rows.stream().flatMap(List::stream).toList();
        StringBuilder text = new StringBuilder("[");
        int width = -1;
        for (List<Glyph> row : rows) {
            List<Document.Word> entries = visual(row).words();
            for (Document.Word entry : entries) {
                if (!Candidates.gridNumber(entry.text().replace('−', '-'))) {
                    return Optional.empty();
                }
            }
            if (width >= 0 && entries.size() != width) {
                return Optional.empty();
            }
            width = entries.size();
            text.append(text.length() == 1 ? "[" : ", [");
            text.append(String.join(", ", entries.stream().map(Document.Word::text).toList())).append(']');
        }
        text.append(']');
        double middle = (rows.get(0).get(0).baseline() + rows.get(rows.size() - 1).get(0).baseline()) / 2;
        double fontSize = rows.get(0).get(0).size();
        return Optional.of(new BracketedMatrix(inside, new Glyph(text.toString(), open.x(), middle,
                close.x() + close.width() - open.x(), fontSize)));
    }

    /** Whether a line of text running across a matrix's brackets stands at {@code baseline}. */
    private static boolean crosses(List<Double> crossing, double baseline, double size) {
        for (double across : crossing) {
            if (Math.abs(across - baseline) < 0.4 * size) {
                return true;
            }
        }
        return false;
    }

    /** Whether a glyph covers part of the span from {@code x}, {@code width} wide (a bracket's). */
    private static boolean overlaps(Glyph glyph, double x, double width) {
        return glyph.x() < x + width - 0.5 && glyph.x() + glyph.width() > x + 0.5;
    }

    /** The glyphs that open a bracket: a whole bracket, or the upper piece of a tall one. */
    private static final String OPENING = "[(⎡⎛⎜⎢⎝⎣{⎧";

    /**
     * Whether a stacked pair of numbers is a factor: of a matrix, whose bracket opens right after it at its height,
     * or of an expression in parentheses, whose parenthesis on the line opens right after it; and no bracket stands
     * right before it (the first column of a matrix stands right after its opening bracket), nor closes right after
     * it (its last column).
     */
    private static boolean factor(List<Glyph> numerator, List<Glyph> denominator, List<Glyph> line,
            List<Bracket> brackets, double size) {
        double left = Math.min(numerator.get(0).x(), denominator.get(0).x());
        double right = Math.max(right(numerator), right(denominator));
        double top = numerator.get(0).baseline() - size;
        double bottom = denominator.get(0).baseline();
        boolean opensAfter = false;
        for (Bracket bracket : brackets) {
            boolean level = bracket.baseline() >= top
                    && bracket.baseline() - Math.max(bracket.size(), bracket.height()) <= bottom;
            if (!level) {
                continue;
            }
            double gapAfter = bracket.x() - right;
            double gapBefore = left - (bracket.x() + bracket.width());
            if (gapBefore >= -0.1 * size && gapBefore < 0.8 * size) {
                return false;
            }
            boolean after = gapAfter >= -0.1 * size && gapAfter < 1.2 * size;
            if (after && OPENING.indexOf(bracket.text().charAt(0)) < 0) {
                return false;
            }
            opensAfter |= after;
        }
        for (Glyph glyph : line) {
            double gapAfter = glyph.x() - right;
            opensAfter |= glyph.text().equals("(") && gapAfter >= -0.1 * size && gapAfter < 0.6 * size;
        }
        return opensAfter;
    }

    /** A row's glyphs left to right, in stretches split where a gap is wider than half a glyph's size. */
    private static List<List<Glyph>> stretches(List<Glyph> row, double size) {
        List<Glyph> sorted = new ArrayList<>(row);
        sorted.sort(BY_X);
        List<List<Glyph>> stretches = new ArrayList<>();
        List<Glyph> stretch = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!stretch.isEmpty() && glyph.x() - right(stretch) > 0.5 * size) {
                stretches.add(stretch);
                stretch = new ArrayList<>();
            }
            stretch.add(glyph);
        }
        if (!stretch.isEmpty()) {
            stretches.add(stretch);
        }
        return stretches;
    }

    private static double right(List<Glyph> glyphs) {
        double right = -Double.MAX_VALUE;
        for (Glyph glyph : glyphs) {
            right = Math.max(right, glyph.x() + glyph.width());
        }
        return right;
    }

    private static boolean centred(List<Glyph> top, List<Glyph> bottom) {
        double topLeft = top.get(0).x();
        double bottomLeft = bottom.get(0).x();
        double width = Math.max(right(top) - topLeft, right(bottom) - bottomLeft);
        return Math.abs((topLeft + right(top)) / 2 - (bottomLeft + right(bottom)) / 2) < 0.3 * width + 0.5;
    }

    /** Whether the line has a glyph under the numerator or over the denominator (then it is no fraction's line). */
    private static boolean writesBetween(List<Glyph> line, List<Glyph> numerator, List<Glyph> denominator) {
        double left = Math.min(numerator.get(0).x(), denominator.get(0).x());
        double right = Math.max(right(numerator), right(denominator));
        for (Glyph glyph : line) {
            if (glyph.x() < right && glyph.x() + glyph.width() > left) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows with each superscript moved into the row it belongs to, written {@code ^2}: a small glyph
     * raised above a line's baseline, right after one of its glyphs ({@code K²}), is a row of its own by
     * baseline, and would read as a number of its own on a line above its formula. A digit raised after a digit too
     * little to make a row of its own is written so too, where it stands. A transpose mark
     * raised after a written vector's closing bracket ({@code [0 1]^T}, a table's row) is dropped: the
     * vector's entries are what is read.
     */
    private static List<List<Glyph>> withSuperscripts(List<List<Glyph>> rows, List<Bracket> brackets) {
        List<List<Glyph>> result = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            List<Glyph> row = rows.get(index);
            List<Glyph> below = index + 1 < rows.size() ? rows.get(index + 1) : List.of();
            List<Glyph> raised = new ArrayList<>();
            List<Glyph> kept = new ArrayList<>();
            List<Glyph> transposes = new ArrayList<>();
            int superscriptsInRow = 0;
            List<Glyph> leftToRight = new ArrayList<>(row);
            leftToRight.sort(BY_X);
            for (Glyph glyph : leftToRight) {
                // An exponent of several glyphs (e^{-z}) goes on from its first.
                Glyph last = raised.isEmpty() ? null : raised.get(raised.size() - 1);
                boolean goesOn = last != null && glyph.x() - (last.x() + last.width()) < 0.3 * glyph.size()
                        && Math.abs(glyph.baseline() - last.baseline()) < 0.2 * glyph.size();
                if (!goesOn && transposeOfBracketed(glyph, below, brackets)) {
                    transposes.add(glyph);
                    continue;
                }
                if (!goesOn && raisedAfterADigit(glyph, kept)) {
                    // Raised too little to make a row of its own: Chromium's footnote mark (HTML's <sup>) after
                    // "96 × 55 × 55" read as the number 553, graded incorrect.
                    kept.add(new Glyph("^" + glyph.text(), glyph.x(), glyph.baseline(), glyph.width(), glyph.size()));
                    superscriptsInRow++;
                    continue;
                }
                (goesOn || superscriptOf(glyph, below) ? raised : kept).add(glyph);
            }
            if (raised.isEmpty()) {
                // Without its transpose marks, which the row below reads without, and with its superscripts written so;
                // a row of nothing else is gone.
                if (!kept.isEmpty()) {
                    result.add(transposes.isEmpty() && superscriptsInRow == 0 ? row : kept);
                }
                continue;
            }
            if (!kept.isEmpty()) {
                result.add(kept);
            }
            List<Glyph> merged = new ArrayList<>(below);
            raised.sort(BY_X);
            Glyph previous = null;
            for (Glyph glyph : raised) {
                boolean continues = previous != null && glyph.x() - (previous.x() + previous.width()) < 0.15 * glyph.size();
                double baseline = below.get(0).baseline();
                // A prime or a degree sign is raised but is no power: S′, 180°.
                boolean power = !continues && PRIMES.indexOf(glyph.text().charAt(0)) < 0;
                merged.add(new Glyph(power ? "^" + glyph.text() : glyph.text(), glyph.x(), baseline, glyph.width(),
                        glyph.size()));
                previous = glyph;
            }
            result.add(merged);
            index++;
        }
        return result;
    }

    /** Whether {@code glyph} is a digit raised as a superscript of the digit before it in its own row. */
    private static boolean raisedAfterADigit(Glyph glyph, List<Glyph> before) {
        Glyph base = before.isEmpty() ? null : before.get(before.size() - 1);
        return base != null && digit(glyph) && digit(base) && raisedAfter(glyph, base, glyph.x());
    }

    private static boolean digit(Glyph glyph) {
        return glyph.text().length() == 1 && Characters.isAsciiDigit(glyph.text().charAt(0));
    }

    /**
     * Whether {@code glyph} is a transpose mark {@code T} raised after a closing bracket that ends a vector
     * of {@code below}: the bracket (kept aside) fills the gap between the vector's last glyph and the mark.
     */
    private static boolean transposeOfBracketed(Glyph glyph, List<Glyph> below, List<Bracket> brackets) {
        if (!glyph.text().equals("T")) {
            return false;
        }
        for (Bracket bracket : brackets) {
            boolean closing = bracket.text().equals("]") || bracket.text().equals(")");
            if (closing && Math.abs(glyph.x() - (bracket.x() + bracket.width())) <= 0.3 * glyph.size()) {
                for (Glyph base : below) {
                    if (raisedAfter(glyph, base, bracket.x())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code glyph} is a superscript of a glyph of {@code below}: smaller, its baseline a fifth to
     * four fifths of that glyph's size higher, and starting where that glyph ends.
     */
    private static boolean superscriptOf(Glyph glyph, List<Glyph> below) {
        for (Glyph base : below) {
            if (raisedAfter(glyph, base, glyph.x())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code glyph} is raised as a superscript of {@code base}: smaller, its baseline a fifth to four fifths
     * of the base's size higher, and what follows the base (the glyph, or a bracket before it) starting at
     * {@code start}, where the base ends.
     */
    private static boolean raisedAfter(Glyph glyph, Glyph base, double start) {
        double raise = base.baseline() - glyph.baseline();
        double gap = start - (base.x() + base.width());
        return glyph.size() < 0.85 * base.size() && raise > 0.2 * base.size() && raise < 0.8 * base.size()
                && gap > -0.1 * base.size() && gap < 0.3 * base.size();
    }

    /**
     * The gutter of a page set in two columns, if it is: a vertical band in the middle of the text
     * that (nearly) no row writes across, with text on both sides of it, and text on each side that
     * reads as prose, not as a table's cells (lines of several words, many of them filling their
     * column). Rows that cross it (a title, a figure set across both columns, the page number) are
     * allowed, a few. Without this, a line of the left column and the line of the right column on
     * the same baseline would read as one line.
     */
    private static OptionalDouble gutter(List<List<Glyph>> rows, double bodySize) {
        if (rows.size() < 6) {
            return OptionalDouble.empty();
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (List<Glyph> row : rows) {
            for (Glyph glyph : row) {
                left = Math.min(left, glyph.x());
                right = Math.max(right, glyph.x() + glyph.width());
            }
        }
        double span = right - left;
        if (span < 20 * bodySize) {
            return OptionalDouble.empty();
        }
        // Each row as the stretches it writes across: glyphs closer than a gutter's width are one stretch.
        double narrowest = 0.7 * bodySize;
        List<double[]> stretches = new ArrayList<>();
        List<Integer> rowOfStretch = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            List<Glyph> row = new ArrayList<>(rows.get(index));
            row.sort(BY_X);
            double start = row.get(0).x();
            double end = start + row.get(0).width();
            for (Glyph glyph : row) {
                if (glyph.x() - end >= narrowest) {
                    stretches.add(new double[] {start, end});
                    rowOfStretch.add(index);
                    start = glyph.x();
                }
                end = Math.max(end, glyph.x() + glyph.width());
            }
            stretches.add(new double[] {start, end});
            rowOfStretch.add(index);
        }
        // The position in the middle band that the fewest rows cross; of a run of such, its middle.
        double step = 0.5;
        int fewest = Integer.MAX_VALUE;
        double runStart = Double.NaN;
        double bestStart = Double.NaN;
        double bestEnd = Double.NaN;
        for (double at = left + 0.3 * span; at <= left + 0.7 * span; at += step) {
            int crossing = crossing(stretches, rowOfStretch, at);
            if (crossing < fewest) {
                fewest = crossing;
                runStart = at;
                bestStart = at;
                bestEnd = at;
            } else if (crossing == fewest) {
                if (Double.isNaN(runStart)) {
                    runStart = at;
                }
                if (at - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = at;
                }
            } else {
                runStart = Double.NaN;
            }
        }
        double gutter = (bestStart + bestEnd) / 2;
        if (fewest > 0.2 * rows.size() || onEachSide(rows, gutter) < 0.3 * rows.size()) {
            return OptionalDouble.empty();
        }
        return prose(rows, gutter, left, true) && prose(rows, gutter, right, false) ? OptionalDouble.of(gutter)
                : OptionalDouble.empty();
    }

    /**
     * How many rows write on the side of {@code gutter} that fewer rows write on: in two columns, both
     * sides hold text on many rows; a single column of short lines and matrices may leave a band free,
     * with only a matrix's last column beyond it.
     */
    private static int onEachSide(List<List<Glyph>> rows, double gutter) {
        int left = 0;
        int right = 0;
        for (List<Glyph> row : rows) {
            boolean writesLeft = false;
            boolean writesRight = false;
            for (Glyph glyph : row) {
                writesLeft |= glyph.x() + glyph.width() < gutter;
                writesRight |= glyph.x() > gutter;
            }
            left += writesLeft ? 1 : 0;
            right += writesRight ? 1 : 0;
        }
        return Math.min(left, right);
    }

    /** How many rows write across {@code at}. */
    private static int crossing(List<double[]> stretches, List<Integer> rowOfStretch, double at) {
        int crossing = 0;
        int lastRow = -1;
        for (int index = 0; index < stretches.size(); index++) {
            double[] stretch = stretches.get(index);
            if (stretch[0] < at && stretch[1] > at && rowOfStretch.get(index) != lastRow) {
                crossing++;
                lastRow = rowOfStretch.get(index);
            }
        }
        return crossing;
    }

    /**
     * Whether one side of a possible gutter reads as a column of prose rather than a table's column:
     * at least three rows, most of several words, a quarter of them filling at least half the
     * column's width, and a third of its words (symbols aside) words of letters: a column of shapes
     * or numbers is a table's, whose rows belong together.
     */
    private static boolean prose(List<List<Glyph>> rows, double gutter, double edge, boolean leftSide) {
        List<Double> widths = new ArrayList<>();
        List<Integer> wordCounts = new ArrayList<>();
        int words = 0;
        int wordlike = 0;
        for (List<Glyph> row : rows) {
            List<Glyph> side = new ArrayList<>();
            double leftEnd = Double.NEGATIVE_INFINITY;
            double rightStart = Double.POSITIVE_INFINITY;
            for (Glyph glyph : row) {
                if (leftSide ? glyph.x() + glyph.width() <= gutter : glyph.x() >= gutter) {
                    side.add(glyph);
                }
                if (glyph.x() + glyph.width() <= gutter) {
                    leftEnd = Math.max(leftEnd, glyph.x() + glyph.width());
                } else if (glyph.x() >= gutter) {
                    rightStart = Math.min(rightStart, glyph.x());
                } else {
                    leftEnd = rightStart = gutter; // a glyph on the gutter: the row writes across it
                }
            }
            // A row of one column running across the gutter (a word space there) is no column's prose.
            if (side.isEmpty() || rightStart - leftEnd < 0.7 * row.get(0).size()) {
                continue;
            }
            Visual visual = visual(side);
            widths.add(visual.words.get(visual.words.size() - 1).right() - visual.words.get(0).left());
            wordCounts.add(visual.words.size());
            for (Document.Word word : visual.words) {
                if (WORDLIKE.matcher(word.text()).find()) {
                    wordlike++;
                    words++;
                } else if (ALPHANUMERIC.matcher(word.text()).find()) {
                    words++;
                }
            }
        }
        if (widths.size() < 3) {
            return false;
        }
        double column = Math.abs(edge - gutter);
        widths.sort(Comparator.reverseOrder());
        wordCounts.sort(Comparator.naturalOrder());
        return wordCounts.get(wordCounts.size() / 2) >= 3 && widths.get(widths.size() / 4) >= 0.5 * column
                && 3 * wordlike >= words;
    }

    /**
     * The rows of a two-column page in reading order: each run of rows that keep to their columns is
     * read left column first, then right column, each column's glyphs in rows of their own; a row
     * that writes across the gutter (a title, a wide figure, the page number) stays where it is.
     */
    private static List<List<Glyph>> columnsFirst(List<List<Glyph>> rows, double gutter, double bodySize) {
        List<List<Glyph>> ordered = new ArrayList<>();
        List<Glyph> leftColumn = new ArrayList<>();
        List<Glyph> rightColumn = new ArrayList<>();
        for (List<Glyph> row : rows) {
            if (writesAcross(row, gutter, bodySize)) {
                ordered.addAll(rows(leftColumn));
                ordered.addAll(rows(rightColumn));
                leftColumn.clear();
                rightColumn.clear();
                ordered.add(row);
                continue;
            }
            for (Glyph glyph : row) {
                (glyph.x() + glyph.width() / 2 < gutter ? leftColumn : rightColumn).add(glyph);
            }
        }
        ordered.addAll(rows(leftColumn));
        ordered.addAll(rows(rightColumn));
        return ordered;
    }

    /** Whether a row has a glyph on the gutter, or glyphs either side of it closer than a gutter is wide. */
    private static boolean writesAcross(List<Glyph> row, double gutter, double bodySize) {
        double lastLeft = -Double.MAX_VALUE;
        double firstRight = Double.MAX_VALUE;
        for (Glyph glyph : row) {
            double end = glyph.x() + glyph.width();
            if (glyph.x() < gutter && end > gutter) {
                return true;
            }
            if (end <= gutter) {
                lastLeft = Math.max(lastLeft, end);
            } else {
                firstRight = Math.min(firstRight, glyph.x());
            }
        }
        return firstRight - lastLeft < 0.7 * bodySize;
    }

    /** The spaces a page draws, by baseline, to find a row's. */
    private record Spaces(List<Glyph> byBaseline) {

        static final Spaces NONE = new Spaces(List.of());

        Spaces {
            List<Glyph> sorted = new ArrayList<>(byBaseline);
            sorted.sort(BY_BASELINE);
            byBaseline = List.copyOf(sorted);
        }

        /** The spaces on a row's baseline (within a fifth of its em), left to right. */
        List<Glyph> onRow(List<Glyph> row) {
            if (byBaseline.isEmpty() || row.isEmpty()) {
                return List.of();
            }
            double low = Double.MAX_VALUE;
            double high = -Double.MAX_VALUE;
            for (Glyph glyph : row) {
                low = Math.min(low, glyph.baseline() - 0.2 * glyph.size());
                high = Math.max(high, glyph.baseline() + 0.2 * glyph.size());
            }
            int from = SortedLists.firstAtLeast(byBaseline, Glyph::baseline, low);
            List<Glyph> found = new ArrayList<>();
            for (int index = from; index < byBaseline.size() && byBaseline.get(index).baseline() <= high; index++) {
                found.add(byBaseline.get(index));
            }
            found.sort(BY_X);
            return found;
        }
    }

    /** A visual line: its words. */
    private record Visual(List<Document.Word> words) {
    }

    /**
     * Joins typeset fractions: a run of small digits right above another, centred on each other, with the
     * fraction's bar drawn between them ({@code rules}), becomes one glyph {@code a/b} at the height between them (as
     * a matrix of fractions is set). Without the bar two stacked numbers are a matrix's column set in a line of text
     * ({@code $K = \\frac14 \\begin{pmatrix}1 & 1\\\\ 1 & 1\\end{pmatrix}$}), not {@code 1/1}.
     */
    private static List<Glyph> fractions(List<Glyph> glyphs, double bodySize, List<StrikeLines.Line> rules) {
        List<Glyph> others = new ArrayList<>();
        List<Glyph> small = smallDigits(glyphs, bodySize, rules, others);
        Map<Glyph, List<Glyph>> powers = new IdentityHashMap<>();
        return joined(runs(withPowers(small, powers), bodySize), others, bodySize, powers, rules);
    }

    /**
     * The small glyphs with each superscript set right after another small glyph joined to it as one glyph
     * {@code K^2}: the exponent of a fraction's part ({@code \frac{N K^2 C}{M}}), raised off its run's baseline, would
     * split the run in two ({@code (NK)/(M)}, the {@code 2} and the {@code C} left over). An exponent of several glyphs
     * ({@code K^{10}}) goes on from its first. {@code powers} takes each joined glyph's own glyphs, to be put back where
     * the run is no fraction's part.
     */
    private static List<Glyph> withPowers(List<Glyph> small, Map<Glyph, List<Glyph>> powers) {
        Bases bases = new Bases(small);
        List<Glyph> sorted = new ArrayList<>(small);
        sorted.sort(BY_BASELINE_THEN_X);
        Map<Glyph, List<Glyph>> exponents = new IdentityHashMap<>();
        Map<Glyph, Glyph> baseOf = new IdentityHashMap<>();
        Glyph previous = null;
        for (Glyph glyph : sorted) {
            Glyph base = bases.raisedAfter(glyph).orElse(null);
            if (base == null && previous != null && baseOf.containsKey(previous)
                    && glyph.x() - (previous.x() + previous.width()) < 0.3 * glyph.size()
                    && Math.abs(glyph.baseline() - previous.baseline()) < 0.2 * glyph.size()) {
                base = baseOf.get(previous);
            }
            // One level of exponents: a glyph with an exponent of its own is no exponent (nor its base's base).
            if (base != null && !baseOf.containsKey(base) && !exponents.containsKey(glyph)) {
                baseOf.put(glyph, base);
                exponents.computeIfAbsent(base, key -> new ArrayList<>()).add(glyph);
            }
            previous = glyph;
        }
        if (exponents.isEmpty()) {
            return small;
        }
        List<Glyph> result = new ArrayList<>(small.size());
        for (Glyph glyph : small) {
            List<Glyph> exponent = exponents.get(glyph);
            if (baseOf.containsKey(glyph)) {
                continue;
            }
            if (exponent == null) {
                result.add(glyph);
                continue;
            }
            Glyph last = exponent.get(exponent.size() - 1);
            Glyph power = new Glyph(glyph.text() + "^" + runText(exponent), glyph.x(), glyph.baseline(),
                    last.x() + last.width() - glyph.x(), glyph.size());
            List<Glyph> parts = new ArrayList<>(List.of(glyph));
            parts.addAll(exponent);
            powers.put(power, parts);
            result.add(power);
        }
        return result;
    }

    /**
     * The glyphs of small digits, in {@code glyphs}' order; the others go to {@code others}. (The
     * steps of {@link #fractions} are methods of their own: this loop, over every glyph of a page,
     * would otherwise have the JIT compile all of them each time it compiles the loop.)
     */
    private static List<Glyph> smallDigits(List<Glyph> glyphs, double bodySize, List<StrikeLines.Line> rules,
            List<Glyph> others) {
        List<Glyph> small = new ArrayList<>();
        // A fraction's bar is short; sorted by height, those near a glyph are found without going through them all.
        List<StrikeLines.Line> bars = rules.stream().filter(rule -> rule.right() - rule.left() < 3 * bodySize)
                .sorted(Comparator.comparingDouble(StrikeLines.Line::y)).toList();
        for (Glyph glyph : glyphs) {
            if ((glyph.size() < 0.85 * bodySize || glyph.size() < bodySize && onABar(glyph, bars))
                    && FORMULA_GLYPHS.matcher(glyph.text()).matches()) {
                small.add(glyph);
            } else {
                others.add(glyph);
            }
        }
        return small;
    }

    /**
     * Whether a digit stands right over or under a fraction's bar drawn across it ({@code bars} sorted by height):
     * LibreOffice sets a matrix's fractions ({@code \\frac{1}{4}} in each entry of a Word equation's matrix) in the
     * equation's own size, a little under the body's, and its entries {@code 1} over {@code 4} were four rows of a
     * matrix.
     */
    private static boolean onABar(Glyph glyph, List<StrikeLines.Line> bars) {
        if (!Character.isDigit(glyph.text().charAt(0))) {
            return false;
        }
        double middle = glyph.x() + glyph.width() / 2;
        double highest = glyph.baseline() - 1.4 * glyph.size();
        double lowest = glyph.baseline() + 0.6 * glyph.size();
        for (int index = SortedLists.firstAtLeast(bars, StrikeLines.Line::y, highest);
                index < bars.size() && bars.get(index).y() < lowest; index++) {
            StrikeLines.Line rule = bars.get(index);
            boolean across = rule.left() <= middle && middle <= rule.right()
                    && rule.right() - rule.left() < 3 * glyph.size() && rule.thickness() <= glyph.size() / 5;
            double under = rule.y() - glyph.baseline();
            double over = glyph.baseline() - glyph.size() * 0.75 - rule.y();
            if (across && (under > 0 && under < 0.6 * glyph.size() || over > -0.1 * glyph.size()
                    && over < 0.6 * glyph.size())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of small digits: bands of (nearly) equal baseline, each read left to right, split at gaps. */
    private static List<List<Glyph>> runs(List<Glyph> small, double bodySize) {
        List<List<Glyph>> runs = new ArrayList<>();
        small.sort(BY_BASELINE);
        List<List<Glyph>> bands = new ArrayList<>();
        for (Glyph glyph : small) {
            List<Glyph> band = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (band != null && glyph.baseline() - band.get(0).baseline() < 0.1 * bodySize) {
                band.add(glyph);
            } else {
                bands.add(new ArrayList<>(List.of(glyph)));
            }
        }
        for (List<Glyph> band : bands) {
            band.sort(BY_X);
            List<Glyph> run = new ArrayList<>();
            for (Glyph glyph : band) {
                Glyph previous = run.isEmpty() ? null : run.get(run.size() - 1);
                if (previous != null && glyph.x() - (previous.x() + previous.width()) >= 0.15 * bodySize) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(glyph);
            }
            runs.add(run);
        }
        return runs;
    }

    /** {@code others} and the runs, each pair of runs that is a fraction joined into one glyph {@code a/b}. */
    private static List<Glyph> joined(List<List<Glyph>> runs, List<Glyph> others, double bodySize,
            Map<Glyph, List<Glyph>> powers, List<StrikeLines.Line> rules) {
        boolean[] used = new boolean[runs.size()];
        List<Glyph> result = new ArrayList<>(others);
        Bases bases = new Bases(others);
        for (int i = 0; i < runs.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<Glyph> top = runs.get(i);
            for (int j = i + 1; j < runs.size() && !used[i]; j++) {
                List<Glyph> bottom = runs.get(j);
                double drop = bottom.get(0).baseline() - top.get(0).baseline();
                String numerator = runText(top);
                String denominator = runText(bottom);
                boolean numbers = NUMERATOR.matcher(numerator).matches() && DENOMINATOR.matcher(denominator).matches();
                // A fraction of symbols is set in a line of text, its parts closer than two lines' superscripts.
                boolean symbols = !numbers && symbolicFraction(numerator, denominator) && drop <= 1.0 * bodySize;
                if (used[j] || drop < 0.45 * bodySize || drop > 1.6 * bodySize || !numbers && !symbols
                        || scriptsOfTwoLines(bases, top, bottom)) {
                    continue;
                }
                double topLeft = top.get(0).x();
                double topRight = top.get(top.size() - 1).x() + top.get(top.size() - 1).width();
                double bottomLeft = bottom.get(0).x();
                double bottomRight = bottom.get(bottom.size() - 1).x() + bottom.get(bottom.size() - 1).width();
                double width = Math.max(topRight - topLeft, bottomRight - bottomLeft);
                if (Math.abs((topLeft + topRight) / 2 - (bottomLeft + bottomRight) / 2) < 0.6 * width + 0.5
                        && barBetween(rules, top, bottom, width)) {
                    used[i] = true;
                    used[j] = true;
                    double left = Math.min(topLeft, bottomLeft);
                    result.add(new Glyph(numbers ? numerator + "/" + denominator
                            : "(" + numerator + ")/(" + denominator + ")", left,
                            (top.get(0).baseline() + bottom.get(0).baseline()) / 2,
                            Math.max(topRight, bottomRight) - left, bodySize));
                }
            }
            if (!used[i]) {
                for (Glyph glyph : top) {
                    result.addAll(powers.getOrDefault(glyph, List.of(glyph)));
                }
            }
        }
        return result;
    }

    /**
     * Whether a fraction's bar is drawn between two stacked runs: a thin rule under the upper run's baseline and over
     * the lower run's top, across the middle of both, no wider than the wider run by more than a glyph (a table's
     * rule runs under its whole row).
     */
    private static boolean barBetween(List<StrikeLines.Line> rules, List<Glyph> top, List<Glyph> bottom,
            double width) {
        double size = Math.max(top.get(0).size(), bottom.get(0).size());
        double topMiddle = (top.get(0).x() + right(top)) / 2;
        double bottomMiddle = (bottom.get(0).x() + right(bottom)) / 2;
        for (StrikeLines.Line rule : rules) {
            if (rule.thickness() <= size / 4 && rule.y() > top.get(0).baseline() - 0.1 * size
                    && rule.y() < bottom.get(0).baseline() - 0.4 * size
                    && rule.left() <= Math.min(topMiddle, bottomMiddle)
                    && rule.right() >= Math.max(topMiddle, bottomMiddle)
                    && rule.right() - rule.left() <= width + size) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two stacked runs are the scripts of two lines rather than a fraction's parts: each lowered or raised
     * right after a glyph of its own ({@code H₁} in one row of a table, {@code H₂} in the next). A fraction's parts
     * follow one glyph of their line, if any (the minus of {@code −½}).
     */
    private static boolean scriptsOfTwoLines(Bases bases, List<Glyph> top, List<Glyph> bottom) {
        Optional<Glyph> topBase = bases.of(top.get(0));
        Optional<Glyph> bottomBase = bases.of(bottom.get(0));
        return topBase.isPresent() && bottomBase.isPresent() && topBase.get() != bottomBase.get();
    }

    /** The glyphs a small glyph may be the script of, by where they end. */
    private static final class Bases {
        private final List<Glyph> byRight;
        private final double[] rights;

        Bases(List<Glyph> glyphs) {
            byRight = new ArrayList<>(glyphs);
            byRight.sort((one, other) -> Double.compare(one.x() + one.width(), other.x() + other.width()));
            rights = new double[byRight.size()];
            for (int index = 0; index < rights.length; index++) {
                rights[index] = byRight.get(index).x() + byRight.get(index).width();
            }
        }

        /** The glyph {@code script} is set after as a subscript or a superscript, if any. */
        Optional<Glyph> of(Glyph script) {
            return of(script, true);
        }

        /** The glyph {@code script} is set after as a superscript, if any. */
        Optional<Glyph> raisedAfter(Glyph script) {
            return of(script, false);
        }

        private Optional<Glyph> of(Glyph script, boolean subscripts) {
            int index = Arrays.binarySearch(rights, script.x() - 2);
            for (index = index < 0 ? -index - 1 : index; index < rights.length && rights[index] <= script.x() + 2;
                    index++) {
                Glyph base = byRight.get(index);
                if (subscripts && subscriptOf(script, base) || superscriptAfter(script, base)) {
                    return Optional.of(base);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Whether each glyph of a row is a subscript of a glyph of the row above, or goes on from the glyph before it
     * that is (a subscript of several glyphs).
     */
    private static boolean subscriptsOnly(List<Glyph> row, List<Glyph> above) {
        List<Glyph> leftToRight = new ArrayList<>(row);
        leftToRight.sort(BY_X);
        Glyph previous = null;
        for (Glyph glyph : leftToRight) {
            boolean goesOn = previous != null && glyph.x() - (previous.x() + previous.width()) < 0.3 * glyph.size()
                    && Math.abs(glyph.baseline() - previous.baseline()) < 0.2 * glyph.size();
            if (!goesOn && above.stream().noneMatch(base -> subscriptOf(glyph, base))) {
                return false;
            }
            previous = glyph;
        }
        return true;
    }

    /**
     * Whether {@code script} is a subscript of {@code base}: smaller, starting where the base ends (up to a fifth of
     * its size after, where LibreOffice sets a subscript past an italic letter's slant: {@code A_{full}}), its baseline
     * lowered up to half the base's size (LibreOffice lowers it further than a line's glyphs may stray from their
     * baseline). A fraction or a matrix rebuilt as one glyph is no base: its baseline is set between its rows.
     */
    private static boolean subscriptOf(Glyph script, Glyph base) {
        double gap = script.x() - (base.x() + base.width());
        double lowered = script.baseline() - base.baseline();
        return base.text().codePointCount(0, base.text().length()) == 1 && base.size() > 1.15 * script.size() && gap > -0.05 * base.size() && gap < 0.2 * base.size()
                && lowered > 0.05 * base.size() && lowered < 0.5 * base.size();
    }

    /** Whether {@code script} is raised as a superscript right after {@code base}, as {@link #raisedAfter} says. */
    private static boolean superscriptAfter(Glyph script, Glyph base) {
        return raisedAfter(script, base, script.x());
    }

    private static String runText(List<Glyph> run) {
        StringBuilder text = new StringBuilder();
        run.forEach(glyph -> text.append(glyph.text()));
        return text.toString();
    }

    private static Visual visual(List<Glyph> glyphs) {
        return visual(glyphs, Spaces.NONE);
    }

    /** A row's words: glyphs apart by a third of an em or more, or by a space the document draws between them. */
    private static Visual visual(List<Glyph> glyphs, Spaces spaces) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_X);
        List<Glyph> drawnSpaces = spaces.onRow(sorted);
        int nextSpace = 0;
        List<Document.Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double left = 0;
        double right = 0;
        double size = 0;
        for (Glyph glyph : sorted) {
            double space = glyph.x() - right;
            boolean spaceDrawn = false;
            while (nextSpace < drawnSpaces.size() && drawnSpaces.get(nextSpace).x() < glyph.x()) {
                // A space drawn after the word's last glyph began, and before this one begins.
                spaceDrawn |= word.length() > 0 && drawnSpaces.get(nextSpace).x() >= right - 0.5 * size;
                nextSpace++;
            }
            boolean gap = word.length() > 0 && (spaceDrawn || space > 0.18 * Math.max(glyph.size(), size)
                    && !(attaches(word, glyph) && space < 0.3 * Math.max(glyph.size(), size)));
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
        return new Visual(words);
    }

    /**
     * Whether a glyph belongs to the word before it though set a little apart, as LibreOffice sets a Word equation's
     * operators and an italic letter's marks: a comma after a digit ({@code 9,600} read {@code 9 ,600}, the count 9), a
     * prime after a letter ({@code S′ =} read {@code S ′=}, no label S′).
     */
    private static boolean attaches(CharSequence word, Glyph glyph) {
        char last = word.charAt(word.length() - 1);
        return glyph.text().equals(",") && Character.isDigit(last)
                || glyph.text().length() == 1 && PRIME_MARKS.indexOf(glyph.text().charAt(0)) >= 0
                        && Character.isLetter(last);
    }

    /**
     * The size of a page's body text: the size most of its glyphs are set in (to a tenth of a point; of two as
     * frequent, the smaller). A median would take a heading's size on a short page whose title and headings hold
     * half its glyphs (a few list items under them), and its body's digits would then be small, as a fraction's.
     */
    private static double bodySize(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return 10;
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Glyph glyph : glyphs) {
            counts.merge(Math.round(glyph.size() * 10), 1, Integer::sum);
        }
        long most = -1;
        int count = 0;
        for (Map.Entry<Long, Integer> size : counts.entrySet()) {
            if (size.getValue() > count || size.getValue() == count && size.getKey() < most) {
                most = size.getKey();
                count = size.getValue();
            }
        }
        return most / 10.0;
    }
}
