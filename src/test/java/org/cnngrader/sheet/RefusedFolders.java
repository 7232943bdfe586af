package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folders that cannot be opened, as {@code chmod 000} makes them for a TA: tests run as root, whom no permission
 * refuses, so the listing ({@link Folders}) refuses them here, with the file system's own exception.
 */
public final class RefusedFolders implements AutoCloseable {

    private final Set<Path> refused;

    private RefusedFolders(Set<Path> refused) {
        this.refused = refused;
    }

    /** Refuses to open {@code folders} until closed. */
    public static RefusedFolders refusing(Path... folders) {
        Set<Path> refused = Set.of(folders).stream().map(RefusedFolders::real)
                .collect(Collectors.toUnmodifiableSet());
        Folders.opener = folder -> {
            if (refused.contains(real(folder))) {
                throw new AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        };
        return new RefusedFolders(refused);
    }

    /** Where a folder is, however a path names it. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException gone) {
            return folder.toAbsolutePath().normalize();
        }
    }

    @Override
    public void close() {
        Folders.opener = Files::newDirectoryStream;
    }

    @Override
    public String toString() {
        return "refusing " + refused;
    }
}
