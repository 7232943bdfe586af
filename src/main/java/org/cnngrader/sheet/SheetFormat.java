package org.cnngrader.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a submission may have, recognised by content first (so that a file whose extension
 * lies is still read for what it is) and by extension for the text formats. Each format has one
 * reader.
 */
public enum SheetFormat {
    XLSX(new XlsxSheetReader(), List.of("xlsx", "xls")),
    CSV(new CsvSheetReader(), List.of("csv", "tsv")),
    PDF(new PdfSheetReader(), List.of("pdf")),
    TEXT(new TextSheetReader(), List.of("tex", "md", "markdown", "txt"));

    private final SheetReader reader;
    private final List<String> extensions;

    SheetFormat(SheetReader reader, List<String> extensions) {
        this.reader = reader;
        this.extensions = extensions;
    }

    /** The reader of this format. */
    public SheetReader reader() {
        return reader;
    }

    /** The format its extension claims, if any. */
    public static Optional<SheetFormat> byExtension(Path file) {
        String extension = extension(file);
        for (SheetFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of the file's content: PDF and zip (XLSX) and OLE2 (encrypted or legacy
     * workbooks) by their magic bytes; text otherwise, CSV when so named.
     *
     * @throws UnreadableException for binary content that is none of these
     */
    public static SheetFormat detect(Path file) throws UnreadableException {
        byte[] head = new byte[8192];
        int read;
        try (InputStream input = Files.newInputStream(file)) {
            read = input.readNBytes(head, 0, head.length);
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + problem.getMessage(), problem);
        }
        if (read == 0) {
            throw new UnreadableException("the file is empty");
        }
        if (startsWith(head, read, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, read, "PK\u0003\u0004") || read >= 4 && (head[0] & 0xff) == 0xd0
                && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xe0) {
            return XLSX;
        }
        for (int i = 0; i < read; i++) {
            if (head[i] == 0) {
                throw new UnreadableException("the file is neither a PDF, a workbook, nor text");
            }
        }
        return byExtension(file).filter(format -> format == CSV).orElse(TEXT);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int read, String magic) {
        if (read < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (head[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
