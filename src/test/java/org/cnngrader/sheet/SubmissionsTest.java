package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @Test
    void aTeamFolderPicksOneFileByPriorityAndSaysWhich() throws Exception {
        Submissions.Submission team = Submissions.team(Path.of("submissions-sample/team-c"));
        assertThat(team.file().getFileName().toString()).isEqualTo("solution.pdf");
        assertThat(team.notes()).containsExactly(
                "read team-c/solution.pdf, the first of 2 candidate files by the priority xlsx, csv, pdf, tex, md, txt");
    }

    @Test
    void aTeamFolderNamedOnTheCommandLineIsOneTeam() throws Exception {
        List<Submissions.Submission> found = Submissions.find(List.of(Path.of("submissions-sample/team-c"),
                Path.of("submissions-sample/team-d")));
        assertThat(found).extracting(Submissions.Submission::defaultTeam).containsExactly("team-c", "team-d");
    }

    @Test
    void aFolderOfSubmissionsHasOneTeamPerFileAndFolder() throws Exception {
        List<Submissions.Submission> found = Submissions.find(List.of(Path.of("submissions-sample")));
        assertThat(found).extracting(Submissions.Submission::source).containsExactly("ps2-team-b.md",
                "ps2-team-f.csv", "ps2-team-g.md", "ps2-team-h.xlsx", "section-2.xlsx", "team-c/solution.pdf",
                "team-d/answers.pdf", "team-e/hw2.pdf", "team-k/problem-set-2.pdf");
    }

    /** The XLSX reader is shared by every thread; its date formatter once was too (it is not thread-safe). */
    @Test
    void concurrentWorkbookReadingsAgreeWithASequentialOne(@TempDir Path folder) throws Exception {
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path copy = folder.resolve("copy-" + i + ".xlsx");
            Files.copy(Path.of(i % 2 == 0 ? "submissions-sample/ps2-team-h.xlsx" : "submissions-sample/section-2.xlsx"),
                    copy);
            copies.add(copy);
        }
        List<String> sequential = new ArrayList<>();
        for (Path copy : copies) {
            sequential.add(new XlsxSheetReader().read(copy, "x", SPEC).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            SheetReader shared = SheetFormat.XLSX.reader();
            for (Path copy : copies) {
                parallel.add(pool.submit(() -> shared.read(copy, "x", SPEC).toString()));
            }
            for (int i = 0; i < copies.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
