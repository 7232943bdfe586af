package org.cnngrader.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The XML of an Office file (a workbook or a Word document), measured before POI models it. POI's model takes some
 * twenty times its XML in heap, and it models every sheet of a workbook when it opens it: a 1.3 MB workbook of 14 MB of
 * cells, or a hundred sheets under any per-sheet bound, would exhaust the heap a cohort is graded in. An answer sheet's
 * XML is a few hundred kilobytes, so the bound is on the whole file. Pictures and other binary parts, which POI
 * does not parse, are not counted.
 */
final class OfficeXml {

    /** The most bytes of XML, all parts together, that one Office file may inflate to. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private OfficeXml() {
    }

    /**
     * Refuses {@code file} when its XML parts inflate past {@link #MAX_BYTES}, counted by inflating them (a zip's
     * declared sizes can lie), stopping as soon as the bound is passed. A file that is no zip is left to POI, which
     * says so in its own words.
     *
     * @param kind what the file is called in the refusal: {@code workbook}, {@code document}
     */
    static void checkSize(Path file, String kind) throws UnreadableException {
        long inflated = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!xml(entry.getName())) {
                    continue;
                }
                try (InputStream content = zip.getInputStream(entry)) {
                    for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                        inflated += read;
                        if (inflated > MAX_BYTES) {
                            throw new UnreadableException("the " + kind + "'s XML inflates to more than "
                                    + (MAX_BYTES >> 20) + " MB: " + ReadingLimits.refusal((MAX_BYTES >> 20)
                                            + " MB of XML per " + kind));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException notAZip) {
            // POI reports a damaged or encrypted file in its own words.
        }
    }

    /** Whether POI parses a part of this name as XML. */
    private static boolean xml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }
}
