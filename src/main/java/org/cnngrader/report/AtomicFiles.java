package org.cnngrader.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files atomically: the content goes to a temporary file in the same folder, which then
 * replaces the target in one move. A run killed midway leaves the previous file as it was.
 *
 * <p>A target that already holds exactly the new content is left untouched: its modification time
 * keeps saying when that report last changed, and re-grading a cohort does not replace (and make
 * the file system flush) thousands of identical files.
 */
public final class AtomicFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** Reports are for reading: rw-r--r-- rather than a temporary file's rw-------. */
    private static final FileAttribute<?> READABLE = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-r--r--"));
    private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);

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

    /**
     * Writes what {@code content} produces, streamed to the temporary file (a large cohort file never
     * sits in memory whole). One writer per target at a time is assumed (each team's files are
     * written by one task), so the temporary file has a fixed name: the target's, hidden, with the
     * process id.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // java.io.File answers "no such file" without an exception, which Files would throw and catch:
        // a first grading asks that thousands of times.
        if (!folder.toFile().isDirectory()) {
            Files.createDirectories(folder);
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + ".part");
        boolean kept = false;
        try {
            try (OutputStream output = new BufferedOutputStream(POSIX
                    ? Channels.newOutputStream(Files.newByteChannel(temporary, CREATE, READABLE))
                    : Files.newOutputStream(temporary))) {
                content.writeTo(output);
            }
            if (absolute.toFile().exists() && sameContent(temporary, absolute)) {
                return;
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Whether {@code target} is a regular file (not a link) with the same bytes as {@code written}. */
    private static boolean sameContent(Path written, Path target) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(written)
                && Files.mismatch(written, target) == -1;
    }
}
