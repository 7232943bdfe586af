package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one listing of submissions' folders. */
class FoldersTest {

    /** {@link Files#walk} ended at the first folder it could not open, and every team with it. */
    @Test
    void aWalkGoesOnPastAFolderItCannotOpenAndSaysIt(@TempDir Path directory) throws IOException {
        Files.createDirectories(directory.resolve("team/code"));
        Files.writeString(directory.resolve("team/code/train.py"), "");
        Files.writeString(directory.resolve("team/z-answers.md"), "");

        Folders.Walk walk;
        try (RefusedFolders refused = RefusedFolders.refusing(directory.resolve("team/code"))) {
            walk = Folders.walk(directory.resolve("team"), 4);
            assertThatThrownBy(() -> Folders.entries(directory.resolve("team/code")))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(walk.paths()).containsExactly(directory.resolve("team"), directory.resolve("team/code"),
                directory.resolve("team/z-answers.md"));
        assertThat(walk.unopened()).containsExactly(new Folders.Unopened(directory.resolve("team/code"),
                "permission denied"));
        assertThat(walk.unopened().get(0).said(directory)).isEqualTo("cannot open folder team/code: permission denied");
    }
}
