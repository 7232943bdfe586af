package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeRunTest {

    private static final Path SHEET = Path.of("submissions-sample/ps2-team-b.md");

    private static double discussion(TeamResult result) {
        return result.parts().stream().filter(part -> part.id().equals("discussion")).mapToDouble(PartResult::awarded)
                .findFirst().orElseThrow();
    }

    /**
     * Submissions are graded as soon as they are read, before every name is known: two teams that
     * turn out to share a name are graded again under their distinct names, which their manual scores use.
     */
    @Test
    void teamsSharingANameAreToldApartByTheirSourceAndGetTheirOwnManualScores(@TempDir Path directory)
            throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.copy(SHEET, cohort.resolve("first.md"));
        Files.copy(SHEET, cohort.resolve("second.md"));
        Files.copy(Path.of("submissions-sample/ps2-team-f.csv"), cohort.resolve("third.csv"));
        Path manual = directory.resolve("manual.csv");
        Files.writeString(manual, "team,part,points,comment\nPS 2 B (second.md),discussion,2,Explained\n");

        GradeRun.Summary summary = GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"),
                List.of(cohort), directory.resolve("out"), 2, Optional.of(manual), Optional.empty(), false),
                GradeRun.Progress.silent());

        assertThat(summary.results()).extracting(TeamResult::team)
                .containsExactly("PS 2 B (first.md)", "PS 2 B (second.md)", "PS 2 F");
        assertThat(summary.results()).extracting(GradeRunTest::discussion).containsExactly(0.0, 2.0, 0.0);
        assertThat(summary.results().get(1).total()).isEqualTo(summary.results().get(0).total() + 2);
        assertThat(directory.resolve("out/teams/PS 2 B _second.md_/report.json")).content()
                .contains("\"team\" : \"PS 2 B (second.md)\"");
        assertThat(folders(directory.resolve("out/teams"))).containsExactly("PS 2 B _first.md_", "PS 2 B _second.md_",
                "PS 2 F");
    }

    /**
     * A team's reports go into the folder its name gives as soon as it is graded, when no other team has taken that
     * folder. Graded first (one thread, submissions in file order), "A?B" takes {@code A_B}; but "A/B" comes first in
     * team order, so the folder is that team's, and "A?B" moves on to {@code A_B-2}.
     */
    @Test
    void aTeamThatTookTheFolderOfATeamBeforeItInTeamOrderMovesOn(@TempDir Path directory) throws IOException {
        Path cohort = Files.createDirectories(directory.resolve("cohort"));
        Files.writeString(cohort.resolve("a.csv"), "team,part,answer\nA?B,half,0.13\n");
        Files.writeString(cohort.resolve("b.csv"), "team,part,answer\nA/B,half,0.12\n");

        GradeRun.run(new GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(cohort), directory.resolve("out"),
                1, Optional.empty(), Optional.empty(), false), GradeRun.Progress.silent());

        Path teams = directory.resolve("out/teams");
        assertThat(folders(teams)).containsExactly("A_B", "A_B-2");
        assertThat(teams.resolve("A_B/report.json")).content().contains("\"team\" : \"A/B\"");
        assertThat(teams.resolve("A_B-2/report.json")).content().contains("\"team\" : \"A?B\"");
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
                "PS 2 B");
        assertThat(underWay).isDirectory();
    }

    private static List<String> folders(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
