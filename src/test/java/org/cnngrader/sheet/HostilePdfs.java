package org.cnngrader.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The generators of the hostile PDFs of {@code src/test/resources/hostile/README.md}: each is a few kilobytes, made
 * at run time rather than committed.
 */
final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A page of text: a team line and an answer. */
    private static void text(PDDocument document, PDPage page, String... lines) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                false)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
    }

    /**
     * Forms nested {@code levels} deep, each drawing the one below {@code times} times (the page draws the top one):
     * {@code times^levels} forms drawn for a file of a few kilobytes.
     */
    static void nestedForms(Path file, int levels, int times) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Team Nested", "avg_stride: 2");
            PDFormXObject below = null;
            for (int level = 0; level < levels; level++) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(new PDRectangle(0, 0, 10, 10));
                PDResources resources = new PDResources();
                StringBuilder operators = new StringBuilder();
                if (below == null) {
                    operators.append("0 0 m 1 1 l S\n");
                } else {
                    COSName name = resources.add(below);
                    operators.append(("/" + name.getName() + " Do\n").repeat(times));
                }
                form.setResources(resources);
                try (OutputStream output = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    output.write(operators.toString().getBytes(StandardCharsets.US_ASCII));
                }
                below = form;
            }
            drawOnPage(document, page, below);
            document.save(file.toFile());
        }
    }

    /** Two forms drawing each other. */
    static void cyclicForms(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Team Cycle", "avg_stride: 2");
            PDFormXObject first = new PDFormXObject(document);
            PDFormXObject second = new PDFormXObject(document);
            for (PDFormXObject form : new PDFormXObject[] {first, second}) {
                form.setBBox(new PDRectangle(0, 0, 10, 10));
                form.setResources(new PDResources());
            }
            COSName toSecond = first.getResources().add(second);
            COSName toFirst = second.getResources().add(first);
            try (OutputStream output = first.getContentStream().createOutputStream()) {
                output.write(("/" + toSecond.getName() + " Do\n").getBytes(StandardCharsets.US_ASCII));
            }
            try (OutputStream output = second.getContentStream().createOutputStream()) {
                output.write(("/" + toFirst.getName() + " Do\n").getBytes(StandardCharsets.US_ASCII));
            }
            drawOnPage(document, page, first);
            document.save(file.toFile());
        }
    }

    private static void drawOnPage(PDDocument document, PDPage page, PDFormXObject form) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                false)) {
            content.drawForm(form);
        }
    }

    /** A page whose content inflates to {@code megabytes} MB of path operators, from a file of a few hundred KB. */
    static void contentBomb(Path file, int megabytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            byte[] unit = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
            byte[] operators = new byte[megabytes * 1024 * 1024];
            for (int at = 0; at + unit.length <= operators.length; at += unit.length) {
                System.arraycopy(unit, 0, operators, at, unit.length);
            }
            PDStream bomb = new PDStream(document, new ByteArrayInputStream(operators), COSName.FLATE_DECODE);
            page.setContents(bomb);
            text(document, page, "Team Bomb", "avg_stride: 2");
            document.save(file.toFile());
        }
    }

    /**
     * {@code pages} pages sharing one content stream that draws {@code glyphs} glyphs of 1 pt: a file of a few
     * kilobytes holding {@code pages × glyphs} glyphs for the text extraction to position.
     */
    static void glyphFlood(Path file, int pages, int glyphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage();
            document.addPage(first);
            text(document, first, "Team Flood", "avg_stride: 2");
            String flood = "BT /F1 1 Tf 10 10 Td (" + "x".repeat(glyphs) + ") Tj ET\n";
            PDStream shared = new PDStream(document,
                    new ByteArrayInputStream(flood.getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int page = 1; page < pages; page++) {
                PDPage flooded = new PDPage();
                flooded.setResources(resources);
                flooded.setContents(shared);
                document.addPage(flooded);
            }
            document.save(file.toFile());
        }
    }

    /**
     * A PDF with an owner password only (printing and copying restricted): every viewer opens it without asking, and
     * so does the grader.
     */
    static void ownerPasswordOnly(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Team Owner", "avg_stride: 2");
            AccessPermission restricted = new AccessPermission();
            restricted.setCanExtractContent(false);
            restricted.setCanPrint(false);
            restricted.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", restricted);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }
}
