package org.cnngrader.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Writes files atomically: the content goes to a temporary file in the same folder, which then
 * replaces the target in one move. A run killed midway leaves the previous file as it was.
 *
 * <p>A target that already holds exactly the new content is left untouched: its modification time
 * keeps saying when that report last changed, and re-grading a cohort does not replace (and make
 * the file system flush) thousands of identical files.
 *
 * <p>A folder of files that does not exist yet is written whole under a temporary name and moved
 * into place in one move ({@link #writeFolder}): one rename per team rather than one per file, which
 * counts on a network file system.
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
        Path temporary = temporary(absolute);
        boolean kept = false;
        try {
            try (OutputStream output = create(temporary)) {
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

    /**
     * Writes the files of a folder, each named by its key, in the map's order. A folder that does not
     * exist yet is written under a temporary name and moved into place whole, so that it appears with
     * all its files or not at all; into a folder that exists, each file is written as
     * {@link #write(Path, Content)} writes it (an unchanged file is left untouched, other files stay).
     * One writer per folder at a time is assumed.
     */
    public static void writeFolder(Path folder, Map<String, Content> files) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!absolute.toFile().exists() && wroteNewFolder(absolute, files)) {
            return;
        }
        for (Map.Entry<String, Content> file : files.entrySet()) {
            write(absolute.resolve(file.getKey()), file.getValue());
        }
    }

    /**
     * Writes {@code files} into a new temporary folder and moves it to {@code folder}; false, with
     * nothing left behind, when that cannot be done in one move (a folder of the temporary's name is
     * left from a killed run, or the file system cannot move it atomically).
     */
    private static boolean wroteNewFolder(Path folder, Map<String, Content> files) throws IOException {
        Path parent = folder.getParent();
        if (!parent.toFile().isDirectory()) {
            Files.createDirectories(parent);
        }
        Path temporary = temporary(folder);
        try {
            Files.createDirectory(temporary);
        } catch (FileAlreadyExistsException leftOver) {
            return false;
        }
        boolean moved = false;
        try {
            for (Map.Entry<String, Content> file : files.entrySet()) {
                try (OutputStream output = create(temporary.resolve(file.getKey()))) {
                    file.getValue().writeTo(output);
                }
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException notInOneMove) {
                return false;
            }
            moved = true;
            return true;
        } finally {
            if (!moved) {
                for (String name : files.keySet()) {
                    Files.deleteIfExists(temporary.resolve(name));
                }
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The temporary name of {@code target} while it is written: hidden, with the process id. */
    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    }

    /** A new file (or an emptied one), readable by all where the file system has permissions. */
    private static OutputStream create(Path file) throws IOException {
        return new BufferedOutputStream(POSIX ? Channels.newOutputStream(Files.newByteChannel(file, CREATE, READABLE))
                : Files.newOutputStream(file));
    }

    /** Whether {@code target} is a regular file (not a link) with the same bytes as {@code written}. */
    private static boolean sameContent(Path written, Path target) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(written)
                && Files.mismatch(written, target) == -1;
    }
}
