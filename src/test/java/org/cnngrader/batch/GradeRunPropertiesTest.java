package org.cnngrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Random cohorts, each named from a folder of its own (random file and folder names, the same file name in many team folders, nested folders, names
 * differing only by case, team cells with {@code ..}, slashes and quotes): every submission is a team with a report
 * folder of its own, every team appears once in every cohort file, and nothing is written outside the output.
 */
class GradeRunPropertiesTest {

    /** One submission: a sheet at the top of its cohort, or a team folder with its sheet some folders down. */
    record Entry(String name, boolean folder, List<String> inside, String sheetName, String teamCell) {
    }

    private Path directory;

    @BeforeTry
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("cohorts");
    }

    @AfterTry
    void deleteDirectory() throws IOException {
        org.cnngrader.report.AtomicFiles.discard(directory);
    }

    @Provide
    Arbitrary<List<List<Entry>>> cohorts() {
        Arbitrary<String> names = Arbitraries.strings().withChars("aAbB1-_. ").ofMinLength(1).ofMaxLength(5)
                .filter(name -> !name.startsWith(".") && !name.isBlank()
                        && !name.toLowerCase(Locale.ROOT).startsWith("readme"));
        Arbitrary<String> teamCells = Arbitraries.oneOf(Arbitraries.of("../../escape", "a/b", "..", "/", "Team A",
                "team a", "x\\y", "\"quoted\", too", ""), Arbitraries.strings().withChars("aA/.\\ ,\"").ofMaxLength(6));
        Arbitrary<Entry> entries = Combinators.combine(names, Arbitraries.of(true, false),
                names.list().ofMaxSize(2), Arbitraries.of("answers", "solution", "Answers", "a..b"), teamCells)
                .as(Entry::new);
        return entries.list().ofMinSize(2).ofMaxSize(6).uniqueElements(Entry::name).list().ofMinSize(1).ofMaxSize(2);
    }

    @Property(tries = 50, seed = "20261204")
    void everySubmissionIsOneTeamInEveryFileAndNothingIsWrittenOutsideTheOutput(
            @ForAll("cohorts") List<List<Entry>> cohorts) throws IOException {
        List<Path> roots = new ArrayList<>();
        int submissions = 0;
        for (int index = 0; index < cohorts.size(); index++) {
            // Each cohort is named from a folder of its own: cohorts named side by side are read by the rule on
            // sections, which reads two whose teams are named alike as teams handing in from a template.
            Path root = Files.createDirectories(directory.resolve("course-" + index).resolve("cohort-" + index));
            roots.add(root);
            for (Entry entry : cohorts.get(index)) {
                Path sheet;
                if (entry.folder()) {
                    Path folder = root.resolve(entry.name());
                    for (String inside : entry.inside()) {
                        folder = folder.resolve(inside);
                    }
                    sheet = folder.resolve(entry.sheetName() + ".csv");
                } else {
                    sheet = root.resolve(entry.name() + ".csv");
                }
                Cohorts.named(sheet, entry.teamCell(), "2");
                submissions++;
            }
        }
        Map<String, Long> before = snapshot(directory);
        Path out = directory.resolve("out");

        GradeRun.Summary summary = Cohorts.grade(out, roots.toArray(Path[]::new));

        assertThat(summary.results()).hasSize(submissions);
        List<String> teams = Cohorts.teams(out.resolve("gradebook.csv"));
        assertThat(teams).hasSize(submissions).doesNotHaveDuplicates();
        assertThat(new HashSet<>(teams.stream().map(team -> team.toLowerCase(Locale.ROOT)).toList()))
                .hasSize(submissions);
        assertThat(Cohorts.folders(out.resolve("teams"))).hasSize(submissions);
        List<String> skeleton = Cohorts.teams(out.resolve("manual-scores.csv"));
        for (String team : teams) {
            assertThat(skeleton.stream().filter(team::equals)).as(team).hasSize(5);
        }
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> documents = new ArrayList<>();
        results.path("results").forEach(document -> documents.add(document.path("team").asText()));
        assertThat(documents).containsExactlyElementsOf(teams);
        Set<String> folders = new HashSet<>();
        results.path("folders").forEach(folder -> folders.add(folder.asText()));
        assertThat(folders).containsExactlyInAnyOrderElementsOf(Cohorts.folders(out.resolve("teams")));
        String summaryPage = Files.readString(out.resolve("summary.html"));
        for (String folder : folders) {
            assertThat(out.resolve("teams").resolve(folder).normalize().getParent()).isEqualTo(out.resolve("teams"));
            assertThat(out.resolve("teams").resolve(folder).resolve("report.json")).isRegularFile();
        }
        assertThat(summaryPage.split("<h2>All teams</h2>")[1].split("<tr><td><a href=", -1)).hasSize(submissions + 1);
        Map<String, Long> after = snapshot(directory);
        after.keySet().removeIf(path -> path.startsWith("out"));
        assertThat(after).isEqualTo(before);
    }

    /** Every file and folder under {@code root} (relative) with its size; folders count -1. */
    private static Map<String, Long> snapshot(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                files.put(root.relativize(path).toString(), Files.isDirectory(path) ? -1 : Files.size(path));
            }
        }
        return files;
    }
}
