package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one way submissions' folders are listed, for finding teams ({@code org.cnngrader.batch.Discovery}) and choosing
 * a team's sheet ({@link Submissions}) alike: a folder that cannot be opened (a team's {@code chmod 000}, or its
 * {@code code/} so) is said, with the reason, and never ends the listing of the others, as {@link Files#walk} does.
 */
public final class Folders {

    /**
     * How a folder is opened. Tests replace it to refuse a folder as the file system refuses a user: as root, which
     * tests and CI run as, {@code chmod 000} refuses nothing.
     */
    interface Opener {
        DirectoryStream<Path> open(Path folder) throws IOException;
    }

    static volatile Opener opener = Files::newDirectoryStream;

    private Folders() {
    }

    /** A folder that could not be opened, and why ({@code permission denied}). */
    public record Unopened(Path folder, String reason) {

        /** As a note or a reason says it: {@code cannot open folder team-c/code: permission denied}. */
        public String said(Path root) {
            Path shown = folder.startsWith(root) && !folder.equals(root) ? root.relativize(folder) : folder;
            return "cannot open folder " + shown + ": " + reason;
        }
    }

    /** What a walk found: every path under its folder within the depth (the folder first), and what it could not open. */
    public record Walk(List<Path> paths, List<Unopened> unopened) {
        public Walk {
            paths = List.copyOf(paths);
            unopened = List.copyOf(unopened);
        }
    }

    /**
     * The entries of a folder, in name order.
     *
     * @throws IOException when it cannot be opened; {@link #reason} says why in words
     */
    public static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = opener.open(folder)) {
            listing.forEach(entries::add);
        } catch (DirectoryIteratorException broken) {
            throw broken.getCause();
        }
        entries.sort(Comparator.comparing(Path::toString));
        return entries;
    }

    /**
     * The paths under {@code folder} to {@code depth} levels below it, as {@link Files#walk(Path, int, 
     * FileVisitOption...)} gives them (the folder itself first, links not followed), in name order;
     * a folder that cannot be opened is listed as a path and among those unopened, and the walk goes on.
     */
    public static Walk walk(Path folder, int depth) {
        List<Path> paths = new ArrayList<>(List.of(folder));
        List<Unopened> unopened = new ArrayList<>();
        walk(folder, depth, paths, unopened);
        return new Walk(paths, unopened);
    }

    private static void walk(Path folder, int depth, List<Path> paths, List<Unopened> unopened) {
        if (depth <= 0) {
            return;
        }
        List<Path> entries;
        try {
            entries = entries(folder);
        } catch (IOException refused) {
            unopened.add(new Unopened(folder, reason(refused)));
            return;
        }
        for (Path entry : entries) {
            paths.add(entry);
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, depth - 1, paths, unopened);
            }
        }
    }

    /** Why a folder could not be opened, in a user's words. */
    public static String reason(IOException refused) {
        if (refused instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (refused instanceof NoSuchFileException) {
            return "it is gone";
        }
        if (refused instanceof NotDirectoryException) {
            return "not a folder";
        }
        String message = refused.getMessage();
        return message == null || message.isBlank() ? refused.getClass().getSimpleName() : message;
    }
}
