package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of {@code src/test/resources/hostile/}, graded beside ordinary teams in one run: the run finishes in
 * time, each hostile team is refused or unreadable with its reason (or graded, its hostile value costing that part
 * alone), every other team is graded exactly as in a run without them, nothing outside the submissions is read and
 * nothing outside the output is written.
 */
class HostileCohortTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final String SECRET = "Team Stolen: the grading machine's secret";

    private static Path directory;
    private static EvalCommandTest.Run baseline;
    private static EvalCommandTest.Run hostile;
    private static Set<String> before;

    @BeforeAll
    @Timeout(120)
    static void gradeWithAndWithoutTheHostileTeams(@TempDir Path temporary) throws IOException, InterruptedException {
        directory = temporary;
        Path clean = Files.createDirectories(directory.resolve("clean"));
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        for (Path root : List.of(clean, cohort)) {
            Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), root.resolve("good.csv"));
            Files.createDirectories(root.resolve("victim"));
            Files.copy(Path.of("submissions-sample/team-c/solution.pdf"), root.resolve("victim/solution.pdf"));
        }
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        Files.createDirectories(cohort.resolve("linkout"));
        Files.createSymbolicLink(cohort.resolve("linkout/solution.txt"), secret);
        Files.createDirectories(cohort.resolve("attacker"));
        Files.createSymbolicLink(cohort.resolve("attacker/solution.pdf"), Path.of("../victim/solution.pdf"));
        Files.copy(HOSTILE.resolve("overflow-shape.csv"), cohort.resolve("overflow.csv"));
        Files.copy(HOSTILE.resolve("control-name.csv"), cohort.resolve("control.csv"));
        fifo(cohort.resolve("fifo.csv"));
        Files.copy(HOSTILE.resolve("utf16.csv"), cohort.resolve("unicode.csv"));
        Files.copy(HOSTILE.resolve("overflow-shape.csv"), cohort.resolve("CON.csv"));
        before = listing(directory);

        baseline = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", clean.toString(), "-o",
                directory.resolve("clean-out").toString());
        hostile = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml", cohort.toString(), "-o",
                directory.resolve("out").toString(), "--pdf");
    }

    /** A FIFO, where the system can make one. */
    private static void fifo(Path path) throws InterruptedException {
        try {
            new ProcessBuilder("mkfifo", path.toString()).start().waitFor();
        } catch (IOException noMkfifo) {
            // Without mkfifo the run is tested without that attack.
        }
    }

    @Test
    void theRunFinishesFlaggingTheUnreadableTeams() {
        assertThat(hostile.err()).doesNotContain("Exception");
        assertThat(hostile.exitCode()).isEqualTo(3);
        assertThat(baseline.exitCode()).isZero();
    }

    @Test
    void everyOtherTeamIsGradedExactlyAsWithoutTheHostileOnes() throws IOException {
        for (String team : List.of("good", "victim")) {
            assertThat(Files.readString(directory.resolve("out/teams/" + team + "/report.json")))
                    .isEqualTo(Files.readString(directory.resolve("clean-out/teams/" + team + "/report.json")));
        }
    }

    @Test
    void linksOutOfATeamsFolderAreRefusedWithTheReason() throws IOException {
        assertThat(Files.readString(directory.resolve("out/teams/linkout/report.json")))
                .contains("\"status\" : \"unreadable\"", "a link leading outside the team's folder");
        assertThat(Files.readString(directory.resolve("out/teams/attacker/report.json")))
                .contains("\"status\" : \"unreadable\"", "a link leading outside the team's folder");
    }

    @Test
    void aFifoIsItsTeamsAloneAndRefused() throws IOException {
        if (Files.exists(directory.resolve("cohort/fifo.csv"))) {
            assertThat(Files.readString(directory.resolve("out/teams/fifo/report.json")))
                    .contains("\"status\" : \"unreadable\"", "not a regular file");
        }
    }

    @Test
    void anOverflowingShapeCostsItsPartsAlone() throws IOException {
        String report = Files.readString(directory.resolve("out/teams/overflow/report.json"));
        assertThat(report).contains("\"status\" : \"ok\"", "\"name\" : \"Overflow\"");
    }

    @Test
    void nothingOutsideTheSubmissionsIsReadNorOutsideTheOutputWritten() throws IOException {
        try (Stream<Path> files = Files.walk(directory.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("Stolen");
            }
        }
        Set<String> after = listing(directory);
        after.removeIf(path -> path.startsWith("out") || path.startsWith("clean-out"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aHostileNameReachesNoFileRaw() throws IOException {
        try (Stream<Path> files = Files.walk(directory.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".pdf"))
                    .toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("\u0001", "\u001b", "\u202e", "\u200b");
            }
        }
        String gradebook = Files.readString(directory.resolve("out/gradebook.csv"));
        assertThat(gradebook).doesNotContain(";=cmd").contains("\"control\"");
        assertThat(directory.resolve("out/teams/control/report.pdf")).exists();
    }

    /** Faults of the machine, not of the program: one line and exit 2, never a stack trace. */
    @Test
    void environmentFaultsAreOneLineWithExit2() throws IOException {
        Path dangling = Files.createSymbolicLink(directory.resolve("dangling.csv"), directory.resolve("gone.csv"));
        EvalCommandTest.Run check = EvalCommandTest.run("check", "rubrics/e1394-ps2.yaml", dangling.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err().lines()).singleElement().asString().contains("a link that leads nowhere");
        Path blocked = Files.writeString(directory.resolve("a-file"), "not a folder");
        EvalCommandTest.Run grade = EvalCommandTest.run("grade", "rubrics/e1394-ps2.yaml",
                "submissions-sample/ps2-team-f.csv", "-o", blocked.resolve("out").toString());
        assertThat(grade.exitCode()).isEqualTo(2);
        assertThat(grade.err().lines()).singleElement().asString().doesNotContain("internal error");
        Files.delete(dangling);
        Files.delete(blocked);
    }

    @Test
    void theLimitsArePrinted() {
        EvalCommandTest.Run limits = EvalCommandTest.run("grade", "--limits");
        assertThat(limits.exitCode()).isZero();
        assertThat(limits.out()).contains("time per submission: 60 s", "pages per PDF: 60", "teams per file: 500",
                "glyphs per PDF, all pages read: 500000", "XML per workbook or Word document, inflated: 8 MB");
    }

    /** A rubric whose key needs more work than the engine carries out is a rubric error naming the size. */
    @Test
    void aKeyTheEngineCannotFinishIsARubricError() {
        EvalCommandTest.Run validate = EvalCommandTest.run("validate", HOSTILE.resolve("huge-convolution.yaml")
                .toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("multiply-adds").doesNotContain("OutOfMemoryError");
    }

    @Test
    void excelsUnicodeTextIsReadAndAWindowsDeviceNameIsNoFolder() throws IOException {
        assertThat(Files.readString(directory.resolve("out/teams/unicode/report.json")))
                .contains("\"status\" : \"ok\"", "\"name\" : \"Unicode text\"");
        assertThat(directory.resolve("out/teams/_CON/report.json")).exists();
    }

    private static Set<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> paths = new TreeSet<>();
            walk.forEach(path -> paths.add(root.relativize(path).toString()));
            return paths;
        }
    }
}
