package org.cnngrader.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cnngrader.sheet.CsvSheetReader;
import org.cnngrader.sheet.UnreadableException;

/**
 * A TA's scores for the parts graded by hand: a CSV {@code team,part,points,comment} with a header row, read
 * with the same sniffing as answer sheets (a byte-order mark, {@code ,} {@code ;} or tab). Each row keeps its line,
 * so that a row naming no team or part of the cohort can be reported where it is. The apostrophes the tool puts
 * before a formula start when it writes the file ({@link FormulaNeutralisation}) are taken away, so that the
 * {@code manual-scores.csv} it writes, filled in, names the teams it was written for.
 */
public final class ManualScores {

    /** The columns manual scores' header names, in any order; a {@code comment} column may follow. */
    public static final List<String> COLUMNS = List.of("team", "part", "points");

    /** One score. */
    public record Score(double points, String comment) {
    }

    /**
     * One row of the file as the TA wrote it.
     *
     * @param line the row's line in the file (the header is line 1)
     * @param team the team as written: a team's identity (its folder or file name), compared without case
     */
    public record Row(int line, String team, String part, Score score) {
    }

    /** A decimal number as a TA types it (a decimal comma made a point): {@code 2}, {@code 2.5}, {@code .5}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<Row> rows;
    private final Map<String, Score> scores;

    private ManualScores(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Score> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            // read() refuses a team's part scored twice; of rows given directly, the later wins.
            byKey.put(key(row.team(), row.part()), row.score());
        }
        this.scores = Map.copyOf(byKey);
    }

    /** No manual scores. */
    public static ManualScores none() {
        return new ManualScores(List.of());
    }

    /** The scores of these rows. */
    public static ManualScores of(List<Row> rows) {
        return new ManualScores(rows);
    }

    /**
     * The scores in {@code file}.
     *
     * @throws IOException naming the file (and the line) of an unreadable file, a missing column, a malformed row,
     *     negative points, or a team's part scored on two rows (both lines named)
     */
    public static ManualScores read(Path file) throws IOException {
        List<CsvSheetReader.NumberedRecord> records;
        try {
            records = CsvSheetReader.numberedRecords(file);
        } catch (UnreadableException unreadable) {
            throw new IOException(file + ": " + unreadable.getMessage(), unreadable);
        }
        List<String> header = records.isEmpty() ? List.of() : records.get(0).cells().stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int team = header.indexOf("team");
        int part = header.indexOf("part");
        int points = header.indexOf("points");
        int comment = header.indexOf("comment");
        if (!header.containsAll(COLUMNS)) {
            throw new IOException(file + ": the manual scores need the columns team,part,points,comment");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Row> firstRows = new LinkedHashMap<>();
        for (CsvSheetReader.NumberedRecord numbered : records.subList(Math.min(1, records.size()), records.size())) {
            List<String> record = numbered.cells();
            String written = cell(record, points);
            if (cell(record, team).isEmpty() && cell(record, part).isEmpty()) {
                continue;
            }
            if (written.isEmpty()) {
                // A row of the skeleton the TA has not filled in yet.
                continue;
            }
            double value = points(file, numbered.line(), written);
            // The tool's own manual-scores.csv comes back filled in: a team named '+cmd' there is the team +cmd.
            Row row = new Row(numbered.line(), FormulaNeutralisation.original(cell(record, team)), cell(record, part),
                    new Score(value, comment < 0 ? "" : FormulaNeutralisation.original(cell(record, comment))));
            Row first = firstRows.putIfAbsent(key(row.team(), row.part()), row);
            if (first != null) {
                // Which of two scores the TA meant is theirs to say: taking either would be a guess.
                throw new IOException(file + ":" + row.line() + ": " + row.team() + " " + row.part()
                        + " is scored twice, on lines " + first.line() + " and " + row.line() + "; keep one row");
            }
            rows.add(row);
        }
        return new ManualScores(rows);
    }

    /**
     * The points a row gives: a decimal number (a decimal comma as a spreadsheet in many locales writes it), finite,
     * 0 or more.
     * Java's own parsing also takes {@code NaN}, {@code Infinity}, hexadecimal and a type suffix ({@code 2f}), none of
     * which a TA means as points, and {@code 1e400} becomes infinite: each is refused here with its line, rather than
     * failing later in the reports' arithmetic.
     */
    private static double points(Path file, int line, String written) throws IOException {
        String decimal = written.replace(',', '.');
        if (!DECIMAL.matcher(decimal).matches()) {
            throw new IOException(file + ":" + line + ": points '" + written + "' is not a number");
        }
        double value = Double.parseDouble(decimal);
        if (Double.isInfinite(value)) {
            throw new IOException(file + ":" + line + ": points '" + written + "' is not a finite number");
        }
        if (value < 0) {
            // Grading would count it as 0 without a word, and the summary would say every score matched.
            throw new IOException(file + ":" + line + ": points '" + written + "' is negative; a score is 0 or more");
        }
        // -0 is 0, so that no report writes "-0".
        return value + 0.0;
    }

    private static String cell(List<String> record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    /** Every row, in the file's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The TA's score for a team's part, if given. */
    public Optional<Score> score(String team, String part) {
        return Optional.ofNullable(scores.get(key(team, part)));
    }

    private static String key(String team, String part) {
        return org.cnngrader.sheet.Characters.identityKey(team) + "\u0000" + part.strip();
    }
}
