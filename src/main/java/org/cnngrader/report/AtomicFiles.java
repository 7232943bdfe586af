package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files atomically: the content goes to a temporary file in the same folder, which then
 * replaces the target in one move. A run killed midway leaves the previous file as it was.
 */
public final class AtomicFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** Reports are for reading: rw-r--r-- rather than a temporary file's rw-------. */
    private static final FileAttribute<?> READABLE = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-r--r--"));

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream output) throws IOException;
    }

    /** Writes {@code text} as UTF-8. */
    public static void write(Path target, String text) throws IOException {
        write(target, output -> output.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes what {@code content} produces. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = POSIX ? Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part",
                READABLE) : Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream output = Files.newOutputStream(temporary)) {
                content.writeTo(output);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
