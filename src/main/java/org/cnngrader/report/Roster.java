package org.cnngrader.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The students of each team, from a CSV {@code team,student_id,email,name} (with a header). */
public record Roster(List<Student> students) {

    /** One student. */
    public record Student(String team, String id, String email, String name) {
    }

    public Roster {
        students = List.copyOf(students);
    }

    /** No roster: no per-student exports. */
    public static Roster none() {
        return new Roster(List.of());
    }

    /** Whether a roster was given. */
    public boolean isEmpty() {
        return students.isEmpty();
    }

    /** The students of {@code team} (names compared without case). */
    public List<Student> of(String team) {
        return students.stream().filter(student -> student.team().strip().equalsIgnoreCase(team.strip())).toList();
    }

    /**
     * Reads a roster.
     *
     * @throws IOException when a column is missing
     */
    public static Roster read(Path file) throws IOException {
        List<Student> students = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreHeaderCase(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            for (String needed : List.of("team", "student_id", "email", "name")) {
                if (!columns.contains(needed)) {
                    throw new IOException(file + ": the roster needs the columns team,student_id,email,name");
                }
            }
            for (CSVRecord record : parser) {
                students.add(new Student(record.get("team"), record.get("student_id"), record.get("email"),
                        record.get("name")));
            }
        }
        return new Roster(students);
    }
}
