package org.cnngrader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Small cohorts written for a test, and what a run made of them. */
final class Cohorts {

    static final Path RUBRIC = Path.of("rubrics/e1394-ps2.yaml");

    private Cohorts() {
    }

    /** A one-team CSV sheet without a team cell: {@code half} answered with {@code answer}. */
    static Path sheet(Path file, String answer) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "part,answer\navg_stride," + answer + "\n");
    }

    /** A one-team CSV sheet whose team cell names the team {@code name}. */
    static Path named(Path file, String name, String answer) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "team,part,answer\n\"" + name.replace("\"", "\"\"") + "\",avg_stride," + answer
                + "\n");
    }

    static GradeRun.Summary grade(Path output, Path... submissions) throws IOException {
        return GradeRun.run(new GradeRun.Options(RUBRIC, List.of(submissions), output, 2, Optional.empty(),
                Optional.empty(), false), GradeRun.Progress.silent());
    }

    /** The first column of every row of a CSV file this tool wrote, its header left out. */
    static List<String> teams(Path csv) throws IOException {
        List<String> teams = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord record : parser) {
                // Text cells starting with = + - @ are neutralised with a leading ' against formula injection.
                String cell = record.get(0);
                teams.add(cell.matches("'[=+\\-@\t\r].*") ? cell.substring(1) : cell);
            }
        }
        return teams;
    }

    /** The folders (not hidden) directly in {@code folder}, sorted. */
    static List<String> folders(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
