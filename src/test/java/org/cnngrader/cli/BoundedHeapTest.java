package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cnngrader.sheet.HostileOfficeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that amplify (a few kilobytes that PDFBox or POI would turn into gigabytes, a notebook of empty objects
 * that parses into a tree thirty times its size, a small CSV of thousands of teams) graded in one cohort by {@code grade} in a JVM of its own with a 256 MB heap: the heap a run needs is bounded
 * by the reading limits, not by what the files hold. The run finishes, each such file is its team's alone, unreadable
 * with the limit named, and the ordinary teams are graded exactly as in a run without them.
 */
class BoundedHeapTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final String HEAP = "-Xmx256m";

    private static Path directory;
    private static int exitCode;
    private static String errors;

    @BeforeAll
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    static void gradeTheCohortInASmallHeap(@TempDir Path temporary) throws IOException, InterruptedException {
        directory = temporary;
        Path clean = Files.createDirectories(directory.resolve("clean"));
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        for (Path root : List.of(clean, cohort)) {
            Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), root.resolve("good.csv"));
            Files.copy(Path.of("submissions-sample/ps2-team-h.xlsx"), root.resolve("workbook.xlsx"));
            Files.createDirectories(root.resolve("victim"));
            Files.copy(Path.of("submissions-sample/team-c/solution.pdf"), root.resolve("victim/solution.pdf"));
        }
        for (String pdf : List.of("glyph-flood.pdf", "content-bomb.pdf", "nested-forms.pdf")) {
            Files.copy(HOSTILE.resolve(pdf), cohort.resolve(pdf));
        }
        // 11 MB of XML in one sheet, some 200 MB in POI's model; 9 MB of Word paragraphs.
        HostileOfficeFiles.workbookOfNumbers(cohort.resolve("cells.xlsx"), 1, 30_000);
        HostileOfficeFiles.bloatedDocument(cohort.resolve("bloated.docx"));
        manyTeams(cohort.resolve("many-teams.csv"));
        // 29 MB of empty objects in a notebook's metadata, a gigabyte once parsed into a tree.
        Files.writeString(cohort.resolve("objects.ipynb"), "{\"nbformat\": 4, \"metadata\": {\"x\": ["
                + "{},".repeat(9_500_000) + "{}]}, \"cells\": []}");

        EvalCommandTest.Run baseline = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", clean.toString(), "-o",
                directory.resolve("clean-out").toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = directory.resolve("stderr.txt");
        Process grade = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "grade", "rubrics/e1394-ps2.yaml", cohort.toString(), "-o",
                directory.resolve("out").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (!grade.waitFor(4, TimeUnit.MINUTES)) {
            grade.destroyForcibly();
        }
        exitCode = grade.exitValue();
        errors = Files.readString(log);
    }

    /** A CSV of 8,000 teams, one row each: some 80 KB that would become 8,000 team folders. */
    private static void manyTeams(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("team,avg_stride");
        for (int team = 0; team < 8_000; team++) {
            rows.add("Team " + team + ",2");
        }
        Files.write(file, rows);
    }

    private static String report(String team) throws IOException {
        return Files.readString(directory.resolve("out/teams/" + team + "/report.json"));
    }

    @Test
    void theRunFinishesInTheSmallHeapFlaggingTheUnreadableTeams() {
        assertThat(errors).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(exitCode).as(errors).isEqualTo(3);
    }

    @Test
    void eachAmplifyingFileIsUnreadableWithItsLimitNamed() throws IOException {
        assertThat(report("glyph-flood")).contains("\"status\" : \"unreadable\"", "limit 500000 glyphs per PDF");
        assertThat(report("content-bomb")).contains("\"status\" : \"unreadable\"", "limit 50 MB of decompressed");
        assertThat(report("nested-forms")).contains("\"status\" : \"unreadable\"", "limit 100000 form XObjects");
        assertThat(report("cells")).contains("\"status\" : \"unreadable\"", "limit 8 MB of XML per workbook");
        assertThat(report("bloated")).contains("\"status\" : \"unreadable\"", "limit 8 MB of XML per document");
        assertThat(report("many-teams")).contains("\"status\" : \"unreadable\"", "limit 500 teams");
        assertThat(report("objects")).contains("\"status\" : \"unreadable\"", "limit 1000000 JSON tokens");
    }

    @Test
    void theOrdinaryTeamsAreGradedExactlyAsWithoutTheAmplifyingFiles() throws IOException {
        for (String team : List.of("good", "workbook", "victim")) {
            assertThat(report(team)).as(team)
                    .isEqualTo(Files.readString(directory.resolve("clean-out/teams/" + team + "/report.json")));
        }
    }
}
