package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    @TempDir
    Path folder;

    @Test
    void writesANewFileInAFolderItCreatesReadableByAll() throws IOException {
        Path target = folder.resolve("teams/A/report.md");

        AtomicFiles.write(target, "# A\n");

        assertThat(target).hasContent("# A");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void replacesAFileWhoseContentChanged() throws IOException {
        Path target = folder.resolve("report.md");
        Files.writeString(target, "old");
        Files.setLastModifiedTime(target, LONG_AGO);

        AtomicFiles.write(target, "new");

        assertThat(target).hasContent("new");
        assertThat(Files.getLastModifiedTime(target)).isNotEqualTo(LONG_AGO);
    }

    @Test
    void leavesAFileThatAlreadyHoldsTheContentUntouched() throws IOException {
        Path target = folder.resolve("report.md");
        Files.writeString(target, "same");
        Files.setLastModifiedTime(target, LONG_AGO);
        Object inode = Files.readAttributes(target, "unix:ino").get("ino");

        AtomicFiles.write(target, "same");

        assertThat(Files.getLastModifiedTime(target)).isEqualTo(LONG_AGO);
        assertThat(Files.readAttributes(target, "unix:ino").get("ino")).isEqualTo(inode);
    }

    @Test
    void replacesALinkEvenWhenItsTargetHoldsTheContent() throws IOException {
        Path elsewhere = folder.resolve("elsewhere.md");
        Files.writeString(elsewhere, "same");
        Path link = Files.createSymbolicLink(folder.resolve("report.md"), elsewhere);

        AtomicFiles.write(link, "same");

        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(link).hasContent("same");
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("gradebook.csv");
        Files.writeString(target, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, output -> {
            output.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("previous");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStagedFolderThatDoesNotExistYetIsMovedWholeWithItsFilesReadableByAll() throws IOException {
        Path staged = folder.resolve("teams/.grading-1/0-0");
        Path team = folder.resolve("teams/A");

        AtomicFiles.stage(staged, files("# A", "{}"));
        Object inode = Files.readAttributes(staged, "unix:ino").get("ino");
        AtomicFiles.moveFolder(staged, team);

        assertThat(team.resolve("report.md")).hasContent("# A");
        assertThat(team.resolve("report.json")).hasContent("{}");
        assertThat(Files.readAttributes(team, "unix:ino").get("ino")).as("moved in one move").isEqualTo(inode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(team.resolve("report.md"))))
                .isEqualTo("rw-r--r--");
        assertThat(staged).doesNotExist();
    }

    @Test
    void aStagedFolderMovesIntoAFolderThatExistsFileByFileLeavingUnchangedAndOtherFilesAlone() throws IOException {
        Path team = Files.createDirectories(folder.resolve("teams/A"));
        Files.writeString(team.resolve("report.md"), "# A");
        Files.setLastModifiedTime(team.resolve("report.md"), LONG_AGO);
        Files.writeString(team.resolve("report.json"), "{\"old\": true}");
        Files.writeString(team.resolve("notes.txt"), "the TA's own notes");
        Path staged = folder.resolve("teams/.grading-1/0-0");

        AtomicFiles.stage(staged, files("# A", "{}"));
        AtomicFiles.moveFolder(staged, team);

        assertThat(Files.getLastModifiedTime(team.resolve("report.md"))).isEqualTo(LONG_AGO);
        assertThat(team.resolve("report.json")).hasContent("{}");
        assertThat(team.resolve("notes.txt")).hasContent("the TA's own notes");
        assertThat(staged).doesNotExist();
    }

    @Test
    void stagingAgainOverwritesTheStagedFiles() throws IOException {
        Path staged = folder.resolve("teams/.grading-1/0-0");

        AtomicFiles.stage(staged, files("# A", "{\"team\": \"A\"}"));
        AtomicFiles.stage(staged, files("# A (a.csv)", "{}"));

        assertThat(staged.resolve("report.md")).hasContent("# A (a.csv)");
        assertThat(staged.resolve("report.json")).hasContent("{}");
    }

    @Test
    void discardingAStagingFolderDeletesALinkInItButNotWhatItLeadsTo() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Path staging = folder.resolve("teams/.grading-1");
        AtomicFiles.stage(staging.resolve("0-0"), files("# A", "{}"));
        Files.createSymbolicLink(staging.resolve("link"), elsewhere);

        AtomicFiles.discard(staging);
        AtomicFiles.discard(staging);

        assertThat(staging).doesNotExist();
        assertThat(elsewhere.resolve("keep.txt")).hasContent("keep");
    }

    /** A team's Markdown and JSON reports, in that order. */
    private static Map<String, AtomicFiles.Content> files(String markdown, String json) {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put("report.md", output -> output.write(markdown.getBytes(StandardCharsets.UTF_8)));
        files.put("report.json", output -> output.write(json.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
