package org.cnngrader.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The folders uploads are written to for the length of their check, one upload in each, reused from one upload to
 * the next. The readers take a file's path, and name a sheet without a team line after its folder, so an upload needs
 * a folder of its own; creating and removing one per upload would cost more than checking a small sheet (removing a
 * folder takes milliseconds on ext4 mounted with {@code discard}, where deleting a small file takes microseconds).
 * A folder is handed out empty and taken back only once its upload is deleted; there are at most as many as uploads
 * were ever on disk at once, which the checks at once, the checks that may wait and Jetty's threads bound.
 */
final class UploadFolders {

    private final Path root;
    private final Deque<Path> free = new ConcurrentLinkedDeque<>();

    /** @param root the server's own temporary folder, removed with everything in it at the stop */
    UploadFolders(Path root) {
        this.root = root;
    }

    /** An empty folder for one upload. */
    Path take() throws IOException {
        // The folder given back last: its entry is the most likely to be in the file system's caches.
        Path folder = free.pollFirst();
        return folder != null ? folder : Files.createTempDirectory(root, "upload");
    }

    /**
     * Deletes the upload in {@code folder} and takes the folder back. A folder whose upload could not be deleted is
     * never handed out again: no check may see another student's file beside its own.
     */
    void giveBack(Path folder, Path upload) {
        try {
            Files.deleteIfExists(upload);
            free.addFirst(folder);
        } catch (IOException notDeleted) {
            // Left for the stop, which removes the server's whole temporary folder.
        }
    }
}
