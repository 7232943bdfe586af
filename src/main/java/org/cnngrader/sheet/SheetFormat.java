package org.cnngrader.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The formats a submission may have, recognised by content first (so that a file whose extension
 * lies is still read for what it is) and by extension for the text formats. Each format has one
 * reader.
 */
public enum SheetFormat {
    XLSX(new XlsxSheetReader(), List.of("xlsx", "xls")),
    CSV(new CsvSheetReader(), List.of("csv", "tsv")),
    PDF(new PdfSheetReader(), List.of("pdf")),
    DOCX(new DocxSheetReader(), List.of("docx", "doc")),
    NOTEBOOK(new NotebookSheetReader(), List.of("ipynb")),
    TEXT(new TextSheetReader(), List.of("tex", "md", "markdown", "txt"));

    /** A notebook's JSON opens with its list of cells (nbformat 4 writes its keys sorted). */
    private static final Pattern NOTEBOOK_START = Pattern.compile(
            "^\\uFEFF?\\s*\\{\\s*\"cells\"\\s*:\\s*\\[");

    /** The most zip entries looked at to tell a Word document from a workbook. */
    static final int MAX_ENTRIES_LOOKED_AT = 10_000;

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
     * The format of the file's content: PDF by its magic bytes; a zip (an Office Open XML package)
     * by its parts, {@code word/document.xml} making it a Word document and anything else a
     * workbook; OLE2 (encrypted or legacy Office files) a workbook unless named {@code .docx} or
     * {@code .doc} (whose reader then says why it cannot read it);
     * text otherwise: a notebook when so named or when it opens as a notebook's JSON does, CSV when
     * so named.
     *
     * @throws UnreadableException for binary content that is none of these
     */
    public static SheetFormat detect(Path file) throws UnreadableException {
        byte[] head = new byte[8192];
        int read;
        try (InputStream input = Files.newInputStream(file)) {
            read = input.readNBytes(head, 0, head.length);
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + UnreadableException.plain(problem, file),
                    problem);
        }
        if (read == 0) {
            throw new UnreadableException("the file is empty");
        }
        if (startsWith(head, read, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, read, "PK\u0003\u0004")) {
            return officePackage(file);
        }
        if (read >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xe0) {
            return byExtension(file).filter(format -> format == DOCX).orElse(XLSX);
        }
        // UTF-16 with its byte-order mark is text (Excel's "Unicode text"), though every other byte is zero.
        boolean utf16 = TextFiles.utf16(head, read);
        for (int i = 0; i < read && !utf16; i++) {
            if (head[i] == 0) {
                throw new UnreadableException("the file is neither a PDF, a workbook, nor text");
            }
        }
        Optional<SheetFormat> claimed = byExtension(file);
        if (utf16) {
            return claimed.filter(format -> format == CSV).orElse(TEXT);
        }
        String text = new String(head, 0, read, StandardCharsets.UTF_8);
        if (claimed.filter(format -> format == NOTEBOOK).isPresent() || NOTEBOOK_START.matcher(text).find()) {
            return NOTEBOOK;
        }
        // Text named as a workbook is a sheet saved as CSV under the workbook's name, when it reads as one.
        if (claimed.filter(format -> format == XLSX).isPresent() && delimited(text)) {
            return CSV;
        }
        return claimed.filter(format -> format == CSV).orElse(TEXT);
    }

    /**
     * What a zip is: a Word document ({@code word/document.xml}) or a workbook ({@code xl/workbook.xml}, or any other
     * Office Open XML package, {@code [Content_Types].xml}, whose reader says what is wrong with it); an
     * OpenDocument file or any other archive is refused with what to do, rather than opened as a workbook whose
     * reader could only say it is not one. A zip whose list of entries cannot be read (a truncated file) goes to the
     * reader its name claims, or the workbook's, which reports it.
     */
    private static SheetFormat officePackage(Path file) throws UnreadableException {
        return switch (zipContent(file)) {
            case WORD -> DOCX;
            case WORKBOOK -> XLSX;
            // A package without its main part is a damaged or hostile file, which its reader reports.
            case OFFICE -> byExtension(file).filter(format -> format == DOCX).orElse(XLSX);
            case OPEN_DOCUMENT -> throw new UnreadableException("an OpenDocument file (LibreOffice), not a Word"
                    + " document or a workbook; save it as .docx, .xlsx or PDF to grade it");
            case ARCHIVE -> throw new UnreadableException("a zip archive, not a Word document or a workbook; unpack"
                    + " it and hand in the sheet inside");
        };
    }

    /**
     * Whether a file is a zip archive that is no Office or OpenDocument file (a download of a cohort, a team's
     * zipped folder), which {@link #detect} refuses.
     */
    public static boolean archive(Path file) {
        byte[] head = new byte[4];
        try (InputStream input = Files.newInputStream(file)) {
            return startsWith(head, input.readNBytes(head, 0, head.length), "PK\u0003\u0004")
                    && zipContent(file) == ZipContent.ARCHIVE;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** What a zip holds, told by the names of its entries. */
    private enum ZipContent {
        WORD,
        WORKBOOK,
        /** An Office Open XML package without its main part, or a zip whose entries cannot be listed. */
        OFFICE,
        OPEN_DOCUMENT,
        ARCHIVE
    }

    /** What a zip holds; only the names of its entries are read, nothing is inflated. */
    private static ZipContent zipContent(Path file) {
        boolean officeOpenXml = false;
        boolean openDocument = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int looked = 0; entries.hasMoreElements() && looked < MAX_ENTRIES_LOOKED_AT; looked++) {
                String name = entries.nextElement().getName();
                if (name.equals("word/document.xml")) {
                    return ZipContent.WORD;
                }
                if (name.equals("xl/workbook.xml")) {
                    return ZipContent.WORKBOOK;
                }
                officeOpenXml |= name.equals("[Content_Types].xml");
                openDocument |= name.equals("content.xml");
            }
        } catch (IOException | RuntimeException unreadable) {
            return ZipContent.OFFICE;
        }
        return officeOpenXml ? ZipContent.OFFICE : openDocument ? ZipContent.OPEN_DOCUMENT : ZipContent.ARCHIVE;
    }

    /**
     * Whether text reads as a delimited sheet: its first two lines that are not blank split into the same number,
     * two or more, of fields by a comma, a semicolon or a tab.
     */
    private static boolean delimited(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(2).toList();
        if (lines.size() < 2) {
            return false;
        }
        for (String delimiter : List.of(",", ";", "\t")) {
            int first = lines.get(0).split(delimiter, -1).length;
            if (first >= 2 && first == lines.get(1).split(delimiter, -1).length) {
                return true;
            }
        }
        return false;
    }

    /** A file's extension in lower case, without its dot: {@code pdf} for {@code Team-A.PDF}; empty for none. */
    public static String extension(Path file) {
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
