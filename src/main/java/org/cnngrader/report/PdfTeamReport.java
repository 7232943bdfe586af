package org.cnngrader.report;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * {@code report.pdf}: the HTML report rendered by Flying Saucer, so both always agree. The PDF's
 * dates are fixed and its file identifier is a digest of its content, so the same result gives
 * the same bytes.
 */
final class PdfTeamReport implements TeamReport {

    /**
     * DejaVu Sans, bold and mono, shipped in the jar (with their licence, {@code fonts/LICENSE.txt}): Flying
     * Saucer's built-in fonts lack −, ⌊, σ and the arrows, and no system font path is the same on every machine.
     */
    private static final String[] FONTS = {"org/cnngrader/report/fonts/DejaVuSans.ttf",
        "org/cnngrader/report/fonts/DejaVuSans-Bold.ttf", "org/cnngrader/report/fonts/DejaVuSansMono.ttf"};
    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

    @Override
    public String fileName() {
        return "report.pdf";
    }

    @Override
    public void write(TeamContext context, OutputStream output) throws IOException {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void onClose(ITextRenderer closing) {
                Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                fixed.clear();
                fixed.set(2000, Calendar.JANUARY, 1);
                closing.getWriter().getInfo().put(PdfName.CREATIONDATE, new PdfDate(fixed));
                closing.getWriter().getInfo().put(PdfName.MODDATE, new PdfDate(fixed));
                closing.getWriter().getInfo().put(PdfName.PRODUCER, new com.lowagie.text.pdf.PdfString("cnn-grader"));
            }
        });
        for (String font : FONTS) {
            // A resource name: OpenPDF reads a font that is no file from the class path.
            renderer.getFontResolver().addFont(font, com.lowagie.text.pdf.BaseFont.IDENTITY_H, true);
        }
        // XML admits no control character: any that a student's written answer carries is dropped, never a failure.
        renderer.setDocumentFromString(org.cnngrader.sheet.Characters.printable(HtmlTeamReport.html(context)));
        renderer.layout();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.createPDF(pdf);
        output.write(withStableId(withStableSubsets(pdf.toByteArray())));
    }

    /**
     * The PDF with the random six-letter prefixes of its font subsets ({@code QWERTY+DejaVuSans})
     * replaced by fixed ones in order of appearance, of the same length so that offsets stay valid.
     */
    static byte[] withStableSubsets(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher prefix = SUBSET.matcher(text);
        Map<String, String> fixed = new LinkedHashMap<>();
        StringBuilder result = new StringBuilder(text.length());
        while (prefix.find()) {
            String stable = fixed.computeIfAbsent(prefix.group(1), random -> {
                int number = fixed.size();
                char[] letters = new char[6];
                for (int i = 5; i >= 0; i--) {
                    letters[i] = (char) ('A' + number % 26);
                    number /= 26;
                }
                return new String(letters);
            });
            prefix.appendReplacement(result, Matcher.quoteReplacement(prefix.group().replace(prefix.group(1), stable)));
        }
        prefix.appendTail(result);
        return result.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The PDF with its random file identifier replaced by a digest of the rest (same length, offsets kept). */
    static byte[] withStableId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher id = FILE_ID.matcher(text);
        if (!id.find()) {
            return pdf;
        }
        String rest = text.substring(0, id.start()) + text.substring(id.end());
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rest.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        String first = (digest + digest).substring(0, id.group(1).length());
        String second = (digest + digest).substring(0, id.group(2).length());
        String replaced = text.substring(0, id.start(1)) + first + text.substring(id.end(1), id.start(2)) + second
                + text.substring(id.end(2));
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }
}
