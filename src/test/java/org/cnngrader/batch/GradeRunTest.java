package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeRunTest {

    private static final Path SHEET = Path.of("submissions-sample/ps2-team-b.md");

    private static double discussion(TeamResult result) {
        return result.parts().stream().filter(part -> part.id().equals("discussion")).mapToDouble(PartResult::awarded)
                .findFirst().orElseThrow();
    }

    /**
     * Two files whose sheets give one team name are two teams, each known by its file, each with its own manual
     * scores; the shared name is flagged, never merged or renamed.
     */
    @Test
    void teamsGivingOneNameAreKnownByTheirFilesAndFlagged(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(SHEET, cohort.resolve("first.md"));
        Files.copy(SHEET, cohort.resolve("second.md"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("third.csv"));
        Path manual = directory.resolve("manual.csv");
        Files.writeString(manual, "team,part,points,comment\nsecond,discussion,2,Explained\n");

        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"),
                List.of(cohort), directory.resolve("out"), 2, Optional.of(manual), Optional.empty(), false),
                GradeRun.Progress.silent());

        assertThat(summary.results()).extracting(TeamResult::team).containsExactly("first", "second", "third");
        assertThat(summary.results()).extracting(TeamResult::name).containsExactly("PS 2 B", "PS 2 B", "PS 2 F");
        assertThat(summary.results()).extracting(GradeRunTest::discussion).containsExactly(0.0, 2.0, 0.0);
        assertThat(summary.results().get(1).total()).isEqualTo(summary.results().get(0).total() + 2);
        assertThat(directory.resolve("out/teams/second/report.json")).content()
                .contains("\"team\" : \"second\"", "\"name\" : \"PS 2 B\"");
        assertThat(folders(directory.resolve("out/teams"))).containsExactly("first", "second", "third");
        assertThat(summary.findings()).containsExactly(new Finding.SharedName("PS 2 B", List.of("first", "second")));
        assertThat(directory.resolve("out/summary.html")).content().contains("given by first, second");
    }

    /** Two teams whose identities give one folder name each get a folder of their own, in team order. */
    @Test
    void teamsWhoseIdentitiesGiveOneFolderGetAFolderEach(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.writeString(cohort.resolve("A?B.csv"), "team,part,answer\nA?B,half,0.13\n");
        Files.writeString(cohort.resolve("A_B.csv"), "team,part,answer\nA/B,half,0.12\n");

        GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(cohort), directory.resolve("out"),
                1, Optional.empty(), Optional.empty(), false), GradeRun.Progress.silent());

        Path teams = directory.resolve("out/teams");
        assertThat(folders(teams)).containsExactly("A_B", "A_B-2");
        assertThat(teams.resolve("A_B/report.json")).content().contains("\"team\" : \"A?B\"");
        assertThat(teams.resolve("A_B-2/report.json")).content().contains("\"team\" : \"A_B\"");
        assertThat(directory.resolve("out/summary.html")).content().contains("teams/A_B-2/report.html");
    }

    /**
     * Each team's reports wait in the run's staging folder until every name is known. A run killed midway leaves
     * its staging folder; the next run discards it, but not the staging folder of a run still under way.
     */
    @Test
    void theStagingFolderOfAKilledRunIsDiscardedAndARunLeavesNoneOfItsOwn(@TempDir Path directory)
            throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path teams = directory.resolve("out/teams");
        Path killed = Files.createDirectories(teams.resolve(".grading-" + ended.pid() + "/0-0"));
        Files.writeString(killed.resolve("report.md"), "# half a run");
        Path underWay = Files.createDirectories(teams.resolve(".grading-" + ProcessHandle.current().parent()
                .orElseThrow().pid()));

        GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(SHEET), directory.resolve("out"),
                1, Optional.empty(), Optional.empty(), false), GradeRun.Progress.silent());

        assertThat(folders(teams)).containsExactly(".grading-" + ProcessHandle.current().parent().orElseThrow().pid(),
                "ps2-team-b");
        assertThat(underWay).isDirectory();
    }

    private static List<String> folders(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
