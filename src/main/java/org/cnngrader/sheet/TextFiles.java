package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a text submission: bounded size, UTF-8 with or without BOM, UTF-16 with its BOM (Excel's "Unicode text"),
 * Windows-1252 as a fallback.
 */
final class TextFiles {

    /** The largest text submission read, in bytes. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * Refuses an empty file, or one larger than the file size of the {@link ReadingLimits#current() limits read
     * within} ({@code kindDefault} bytes, the reader's own, unless {@code --limit file-size} set one), naming
     * {@code what} it is.
     *
     * @throws UnreadableException with the reason
     */
    static void checkSize(Path file, long kindDefault, String what) throws UnreadableException {
        long max = ReadingLimits.current().fileBytes(kindDefault);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + UnreadableException.plain(problem, file),
                    problem);
        }
        if (size == 0) {
            throw new UnreadableException("the file is empty");
        }
        if (size > max) {
            throw new UnreadableException("the " + what + " is " + megabytes(size) + "; at most " + megabytes(max)
                    + " is read");
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** Whether the bytes start with a UTF-16 byte-order mark (either byte order). */
    static boolean utf16(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff);
    }

    /** The decoded text; a note is added to {@code notes} when it was not UTF-8. */
    static String read(Path file, List<String> notes) throws UnreadableException {
        checkSize(file, MAX_BYTES, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + UnreadableException.plain(problem, file),
                    problem);
        }
        if (utf16(bytes, bytes.length)) {
            // Java's UTF-16 reads the byte-order mark to choose the byte order, and drops it.
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            notes.add("the file is not UTF-8; it was read as Windows-1252");
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }
}
