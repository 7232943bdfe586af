package org.cnngrader.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The limits of a PDF's structure, checked before its text is extracted: how deep form XObjects nest, how many times
 * they are drawn in all, and how many bytes the content the text is extracted from decompresses to. PDFBox has no
 * such limits: 2.7 KB of forms each drawing the next ten times per level never finish, and 306 KB that inflate to
 * 300 MB of operators take minutes. The check walks each page read as the text extraction would (its content, and
 * every form it draws, with the form's resources or the ones it inherits), decompressing each stream once and keeping
 * it only when it may draw a form (to find where), and stops at the first limit passed: the cost of the check is
 * bounded by the limits, not by the file.
 *
 * <p>Not walked: annotations' appearances, patterns and Type 3 glyph procedures, which the text extraction does not
 * draw either; the time limit of {@link ReadingLimits} still stands behind them.
 */
public final class PdfLimits {

    /** The deepest nesting of form XObjects read (a form drawing a form … : real documents nest two or three). */
    public static final int MAX_FORM_DEPTH = 16;

    /** The most form XObjects drawn in the pages read, every nesting counted. */
    public static final long MAX_FORMS_DRAWN = 100_000;

    /** The most bytes of page and form content read, decompressed. */
    public static final long MAX_CONTENT_BYTES = 50L * 1024 * 1024;

    private static final COSName DRAW = COSName.getPDFName("Do");

    /** What drawing one form costs: the forms it draws in turn (itself not counted), and how deep they nest. */
    private record Cost(long forms, int depth) {
    }

    private final Map<COSStream, Cost> costs = new IdentityHashMap<>();
    private final Set<COSStream> drawing = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decompressed;

    private PdfLimits() {
    }

    /**
     * Checks the first {@code pages} pages of {@code pdf}, as {@code PdfSheetReader} would extract their text.
     *
     * @throws UnreadableException naming the limit the PDF passes
     */
    public static void check(PDDocument pdf, int pages) throws UnreadableException {
        PdfLimits limits = new PdfLimits();
        long forms = 0;
        try {
            int count = Math.min(pages, pdf.getNumberOfPages());
            for (int index = 0; index < count; index++) {
                PDPage page = pdf.getPage(index);
                PDResources resources = page.getResources();
                try (InputStream content = page.getContents()) {
                    forms = saturated(forms, limits.drawnIn(content, resources == null ? null
                            : resources.getCOSObject(), 0).forms());
                }
                if (forms > MAX_FORMS_DRAWN) {
                    throw tooManyForms();
                }
            }
        } catch (IOException | RuntimeException damaged) {
            // A stream that cannot be decoded or parsed: the text extraction will say the PDF is damaged, or skip it.
        }
    }

    /** The forms drawn by a content stream with these resources, {@code depth} forms deep already. */
    private Cost drawnIn(InputStream content, COSDictionary resources, int depth) throws IOException,
            UnreadableException {
        if (!anyForm(resources)) {
            count(content); // nothing to draw: the content need only be measured, not held nor parsed
            return new Cost(0, 0);
        }
        long forms = 0;
        int deepest = 0;
        COSName operand = null;
        PDFStreamParser parser = new PDFStreamParser(decompress(content));
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                if (operator.getName().equals(DRAW.getName()) && operand != null) {
                    COSStream form = form(resources, operand);
                    if (form != null) {
                        Cost cost = cost(form, resources, depth + 1);
                        forms = saturated(forms, saturated(1, cost.forms()));
                        deepest = Math.max(deepest, 1 + cost.depth());
                        if (forms > MAX_FORMS_DRAWN) {
                            throw tooManyForms();
                        }
                    }
                }
                operand = null;
            } else {
                operand = token instanceof COSName name ? name : null;
            }
        }
        return new Cost(forms, deepest);
    }

    /** What drawing {@code form} costs, drawn {@code depth} forms deep with {@code inherited} resources around it. */
    private Cost cost(COSStream form, COSDictionary inherited, int depth) throws IOException, UnreadableException {
        if (depth > MAX_FORM_DEPTH) {
            throw new UnreadableException("the PDF's form XObjects are nested more than " + MAX_FORM_DEPTH + " deep: "
                    + ReadingLimits.refusal(MAX_FORM_DEPTH + " nested form XObjects"));
        }
        Cost known = costs.get(form);
        if (known != null) {
            if (depth + known.depth() > MAX_FORM_DEPTH) {
                throw new UnreadableException("the PDF's form XObjects are nested more than " + MAX_FORM_DEPTH
                        + " deep: " + ReadingLimits.refusal(MAX_FORM_DEPTH + " nested form XObjects"));
            }
            return known;
        }
        if (!drawing.add(form)) {
            throw new UnreadableException("the PDF's form XObjects draw each other in a cycle, which never ends");
        }
        COSBase own = form.getDictionaryObject(COSName.RESOURCES);
        COSDictionary resources = own instanceof COSDictionary dictionary ? dictionary : inherited;
        Cost cost;
        try (InputStream content = form.createInputStream()) {
            cost = drawnIn(content, resources, depth);
        }
        drawing.remove(form);
        if (own instanceof COSDictionary) {
            // A form with resources of its own costs the same wherever it is drawn; one inheriting them may not.
            costs.put(form, cost);
        }
        return cost;
    }

    /** Whether {@code resources} hold a form XObject at all. */
    private static boolean anyForm(COSDictionary resources) {
        if (resources == null || !(resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary named)) {
            return false;
        }
        for (COSName name : named.keySet()) {
            if (form(resources, name) != null) {
                return true;
            }
        }
        return false;
    }

    /** The form XObject {@code name} of {@code resources}, null if it names none (an image, or nothing). */
    private static COSStream form(COSDictionary resources, COSName name) {
        if (resources == null) {
            return null;
        }
        COSBase objects = resources.getDictionaryObject(COSName.XOBJECT);
        if (!(objects instanceof COSDictionary named)) {
            return null;
        }
        COSBase object = named.getDictionaryObject(name);
        return object instanceof COSStream stream && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE)) ? stream
                : null;
    }

    /** The decompressed bytes of a stream, counted against the content all streams read may decompress to. */
    private byte[] decompress(InputStream input) throws IOException, UnreadableException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        read(input, bytes);
        return bytes.toByteArray();
    }

    /** Counts a stream's decompressed bytes against the limit without keeping them. */
    private void count(InputStream input) throws IOException, UnreadableException {
        read(input, OutputStream.nullOutputStream());
    }

    private void read(InputStream input, OutputStream kept) throws IOException, UnreadableException {
        byte[] buffer = new byte[64 * 1024];
        for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
            decompressed += read;
            if (decompressed > MAX_CONTENT_BYTES) {
                throw new UnreadableException("the PDF's page content decompresses to more than "
                        + MAX_CONTENT_BYTES / (1024 * 1024) + " MB: " + ReadingLimits.refusal(
                                MAX_CONTENT_BYTES / (1024 * 1024) + " MB of decompressed content"));
            }
            kept.write(buffer, 0, read);
        }
    }

    private static UnreadableException tooManyForms() {
        return new UnreadableException("the PDF draws form XObjects more than " + MAX_FORMS_DRAWN + " times: "
                + ReadingLimits.refusal(MAX_FORMS_DRAWN + " form XObjects drawn"));
    }

    /** {@code a + b}, at most {@link Long#MAX_VALUE}. */
    private static long saturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
