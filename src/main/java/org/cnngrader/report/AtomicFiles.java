package org.cnngrader.report;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files atomically: the content goes to a temporary file in the same folder, which then
 * replaces the target in one move. A run killed midway leaves the previous file as it was.
 *
 * <p>A target that already holds exactly the new content is left untouched: its modification time
 * keeps saying when that report last changed, and re-grading a cohort does not replace (and make
 * the file system flush) thousands of identical files.
 *
 * <p>A team's folder is written in two steps ({@link #stage}, then {@link #moveFolder}): its files go to a
 * private folder while the run goes on, and the folder is moved into place once its name is known. A
 * folder that does not exist yet appears in one move, with all its files or not at all: one rename per
 * team rather than one per file, which counts on a network file system.
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
     * sits in memory whole). One writer per target at a time is assumed, so the temporary file has a
     * fixed name: the target's, hidden, with the process id.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // File answers "no such file" without an exception, which Files would throw and catch:
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
            replace(temporary, absolute);
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Writes what {@code content} produces into the temporary file of {@code target}, for {@link #commit} to move into
     * place later: a set of files (a run's cohort files) is written first and then replaced one move after the other,
     * so that a run killed while writing them leaves every one of them as it was.
     *
     * @return the temporary file
     */
    public static Path prepare(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!absolute.getParent().toFile().isDirectory()) {
            Files.createDirectories(absolute.getParent());
        }
        // Said now, before any file of the set replaces its predecessor: a move onto a folder would fail only then.
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(absolute.toString(), null,
                    "a folder stands where this file goes; move it away");
        }
        Path temporary = temporary(absolute);
        boolean written = false;
        try {
            try (OutputStream output = create(temporary)) {
                content.writeTo(output);
            }
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(temporary);
            }
        }
        return temporary;
    }

    /**
     * Deletes {@link #prepare prepared} files that will not be committed (a run that failed before replacing
     * anything), each as far as it can: one that cannot be deleted does not keep the others, and the first failure is
     * thrown once all were tried.
     */
    public static void discardAll(Collection<Path> temporaries) throws IOException {
        IOException first = null;
        for (Path temporary : temporaries) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException failed) {
                first = first == null ? failed : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Moves a {@link #prepare prepared} file over {@code target} in one move (or drops it when nothing changed). */
    public static void commit(Path temporary, Path target) throws IOException {
        replace(temporary, target.toAbsolutePath());
    }

    /**
     * Writes the files into {@code staged}, a folder that only this run writes to (created with its
     * parents if need be; a file of the same name is overwritten), each named by its key, in the map's
     * order. Nothing is atomic here: {@link #moveFolder} is what makes the files visible.
     */
    public static void stage(Path staged, Map<String, Content> files) throws IOException {
        if (!staged.toFile().isDirectory()) {
            Files.createDirectories(staged);
        }
        for (Map.Entry<String, Content> file : files.entrySet()) {
            try (OutputStream output = create(staged.resolve(file.getKey()))) {
                file.getValue().writeTo(output);
            }
        }
    }

    /**
     * Moves a {@link #stage staged} folder to {@code folder}, on the same file system, and removes it. A folder
     * that does not exist yet is moved whole, in one move, so that it appears with all its files or not at all.
     * Into a folder that exists, each file replaces its namesake in one move, unless that already holds the same
     * bytes (it is left untouched); the folder's other files stay. One mover per folder at a time is assumed.
     */
    public static void moveFolder(Path staged, Path folder) throws IOException {
        if (!folder.toFile().exists()) {
            try {
                Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (IOException notInOneMove) {
                // Created meanwhile, or a file system that cannot: file by file, as into a folder that exists.
                Files.createDirectories(folder);
            }
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(staged)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            replace(file, folder.resolve(file.getFileName().toString()));
        }
        Files.delete(staged);
    }

    /**
     * Deletes a folder this program wrote, such as a staging folder, with everything in it (a link is deleted, not
     * followed); nothing if there is none.
     */
    public static void discard(Path staged) throws IOException {
        if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(staged)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    /**
     * Moves {@code written} over {@code target} in one move, or deletes it when {@code target} already holds the
     * same bytes: its modification time keeps saying when that report last changed.
     */
    private static void replace(Path written, Path target) throws IOException {
        if (target.toFile().exists() && sameContent(written, target)) {
            Files.delete(written);
            return;
        }
        try {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
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
