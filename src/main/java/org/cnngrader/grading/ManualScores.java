package org.cnngrader.grading;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A TA's scores for the parts graded by hand: a CSV {@code team,part,points,comment}
 * (a header row is expected; UTF-8).
 */
public final class ManualScores {

    /** One score. */
    public record Score(double points, String comment) {
    }

    private final Map<String, Score> scores;

    private ManualScores(Map<String, Score> scores) {
        this.scores = Map.copyOf(scores);
    }

    /** No manual scores. */
    public static ManualScores none() {
        return new ManualScores(Map.of());
    }

    /**
     * The scores in {@code file}.
     *
     * @throws IOException naming the line of a malformed row
     */
    public static ManualScores read(Path file) throws IOException {
        Map<String, Score> scores = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreHeaderCase(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : new String[] {"team", "part", "points"}) {
                if (!parser.getHeaderMap().keySet().stream().anyMatch(name -> name.equalsIgnoreCase(column))) {
                    throw new IOException(file + ": the manual scores need the columns team,part,points,comment");
                }
            }
            for (CSVRecord record : parser) {
                String team = record.get("team");
                String part = record.get("part");
                double points;
                try {
                    points = Double.parseDouble(record.get("points").replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    throw new IOException(file + ":" + (record.getRecordNumber() + 1) + ": points '" + record.get("points")
                            + "' is not a number");
                }
                String comment = record.isMapped("comment") && record.isSet("comment") ? record.get("comment") : "";
                scores.put(key(team, part), new Score(points, comment));
            }
        }
        return new ManualScores(scores);
    }

    /** The TA's score for a team's part, if given. */
    public Optional<Score> score(String team, String part) {
        return Optional.ofNullable(scores.get(key(team, part)));
    }

    private static String key(String team, String part) {
        return team.strip().toLowerCase(Locale.ROOT) + "\u0000" + part.strip();
    }
}
