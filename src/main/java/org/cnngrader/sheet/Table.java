package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two layouts a table of answers may have, shared by the CSV and XLSX readers:
 * <ul>
 *   <li>long: a header {@code team, part, answer} ({@code team} may be left out for one team),
 *       one row per answer;
 *   <li>wide: a header with {@code team} (optional {@code members}) and one column per part id,
 *       one row per team.
 * </ul>
 * Cells are text; each knows where it stands.
 */
final class Table {

    /** One cell's text and its name ({@code C5}). */
    /**
     * A cell of a sheet: its text, its name ({@code B3}), its row, notes on how it was read, and why its value cannot
     * be taken when it cannot (a formula without a saved value, a date, an error): such a cell answers its part as
     * unreadable, with that reason, rather than as empty.
     */
    record Cell(String text, String name, int row, List<String> notes, Optional<String> refusal) {

        /** A cell whose text is its value. */
        Cell(String text, String name, int row, List<String> notes) {
            this(text, name, row, notes, Optional.empty());
        }

        /** Whether the cell holds nothing, neither a value nor a refused one. */
        boolean blank() {
            return text.isBlank() && refusal.isEmpty();
        }

        /** The answer the cell gives a part. */
        Answer answer(String partId, Expectation expectation, String source) {
            Where where = Where.cell(source, name, row + 1, text);
            return refusal.map(reason -> new Answer(partId, text, Optional.empty(), Optional.of(reason), where,
                    FoundBy.CELL, notes)).orElseGet(() -> Answer.read(partId, text, expectation, where, FoundBy.CELL,
                    notes));
        }
    }

    private static final List<String> TEAM = List.of("team", "group", "team name", "gruppe");
    private static final List<String> MEMBERS = List.of("members", "students", "names", "member");

    private Table() {
    }

    /** The note on a row of a sheet (1-based) that names a part the rubric does not have: every layout says it. */
    static String unknownPart(String row, String partId) {
        return "row " + row + " names part '" + partId + "', which the rubric does not have";
    }

    /** The note on a part a sheet answers twice, in any layout: the later answer, in {@code cell}, is used. */
    static String answeredTwice(String partId, String cell) {
        return "part " + partId + " is answered twice; the later answer (" + cell + ") is used";
    }

    /** The note on a team whose name the long layout gives on its first row only. */
    private static final String FILLED_DOWN = "rows without a team cell are taken as the team's above them";

    /** Whether the header row is the long layout. */
    static boolean isLong(List<Cell> header) {
        List<String> names = header.stream().map(cell -> normalize(cell.text())).toList();
        return names.contains("part") && names.contains("answer");
    }

    /** Whether the header row names at least one part id: the wide layout. */
    static boolean isWide(List<Cell> header, SheetSpec spec) {
        return header.stream().anyMatch(cell -> spec.part(cell.text().strip()).isPresent());
    }

    /** The sheets of a table in either layout. */
    static List<AnswerSheet> sheets(List<List<Cell>> rows, String source, SheetSpec spec) throws UnreadableException {
        if (rows.isEmpty()) {
            throw new UnreadableException("the sheet is empty");
        }
        List<Cell> header = rows.get(0);
        if (isLong(header)) {
            return longLayout(rows, source, spec);
        }
        if (isWide(header, spec)) {
            return wideLayout(rows, source, spec);
        }
        throw new UnreadableException("the first row names no part of the rubric: expected the columns team, part,"
                + " answer, or one column per part id");
    }

    private static List<AnswerSheet> longLayout(List<List<Cell>> rows, String source, SheetSpec spec) {
        List<String> names = rows.get(0).stream().map(cell -> normalize(cell.text())).toList();
        int teamColumn = indexOf(names, TEAM);
        int partColumn = names.indexOf("part");
        int answerColumn = names.indexOf("answer");
        Map<String, Map<String, Answer>> byTeam = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        // A one-team sheet without a team column names its team and members in rows of their own.
        String teamName = "";
        List<String> members = List.of();
        String above = "";
        for (List<Cell> row : rows.subList(1, rows.size())) {
            String partId = text(row, partColumn).strip();
            String team = teamColumn >= 0 ? text(row, teamColumn).strip() : "";
            if (partId.isEmpty()) {
                continue;
            }
            // A team written on its first row only, or in merged cells, goes on down its rows: they are its.
            boolean filledDown = teamColumn >= 0 && team.isEmpty() && !above.isEmpty();
            team = filledDown ? above : team;
            above = team;
            Map<String, Answer> answers = byTeam.computeIfAbsent(team, key -> new LinkedHashMap<>());
            List<String> teamNotes = notes.computeIfAbsent(team, key -> new ArrayList<>());
            if (filledDown && !teamNotes.contains(FILLED_DOWN)) {
                teamNotes.add(FILLED_DOWN);
            }
            String value = answerColumn < row.size() ? row.get(answerColumn).text().strip() : "";
            if (teamColumn < 0 && normalize(partId).equals("team")) {
                teamName = value;
                continue;
            }
            if (teamColumn < 0 && MEMBERS.contains(normalize(partId))) {
                members = members(value);
                continue;
            }
            Optional<SheetSpec.PartSpec> part = spec.part(partId);
            if (part.isEmpty()) {
                teamNotes.add(unknownPart(row.isEmpty() ? "?" : String.valueOf(row.get(0).row() + 1), partId));
                continue;
            }
            Cell cell = answerColumn < row.size() ? row.get(answerColumn) : null;
            if (cell == null || cell.blank()) {
                continue;
            }
            if (answers.containsKey(partId)) {
                teamNotes.add(answeredTwice(partId, cell.name()));
            }
            answers.put(partId, cell.answer(partId, part.get().expectation(), source));
        }
        List<AnswerSheet> sheets = new ArrayList<>();
        for (Map.Entry<String, Map<String, Answer>> team : byTeam.entrySet()) {
            boolean single = teamColumn < 0;
            sheets.add(new AnswerSheet(single ? teamName : team.getKey(), single ? members : List.of(), source,
                    Optional.empty(), ordered(team.getValue(), spec), notes.get(team.getKey())));
        }
        if (sheets.isEmpty()) {
            sheets.add(new AnswerSheet("", List.of(), source, Optional.empty(), Map.of(), List.of("no answers")));
        }
        return sheets;
    }

    private static List<AnswerSheet> wideLayout(List<List<Cell>> rows, String source, SheetSpec spec) {
        List<Cell> header = rows.get(0);
        List<String> names = header.stream().map(cell -> normalize(cell.text())).toList();
        int teamColumn = indexOf(names, TEAM);
        int membersColumn = indexOf(names, MEMBERS);
        List<AnswerSheet> sheets = new ArrayList<>();
        List<String> teamless = new ArrayList<>();
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.stream().allMatch(cell -> cell.text().isBlank())) {
                continue;
            }
            // A row without a team in a sheet of teams is no team's (a TA's average, a total): said, not graded.
            if (teamColumn >= 0 && text(row, teamColumn).isBlank()) {
                teamless.add(String.valueOf(row.get(0).row() + 1));
                continue;
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int column = 0; column < header.size() && column < row.size(); column++) {
                String partId = header.get(column).text().strip();
                Optional<SheetSpec.PartSpec> part = spec.part(partId);
                Cell cell = row.get(column);
                if (part.isPresent() && !cell.blank()) {
                    answers.put(partId, cell.answer(partId, part.get().expectation(), source));
                }
            }
            List<String> members = membersColumn >= 0
                    ? members(text(row, membersColumn))
                    : List.of();
            sheets.add(new AnswerSheet(teamColumn >= 0 ? text(row, teamColumn).strip() : "", members, source,
                    Optional.empty(), ordered(answers, spec), List.of()));
        }
        if (!teamless.isEmpty() && !sheets.isEmpty()) {
            sheets.set(0, sheets.get(0).withNote(teamless.size() == 1
                    ? "the sheet's row " + teamless.get(0) + " names no team and was not graded"
                    : "the sheet's rows " + String.join(", ", teamless) + " name no team and were not graded"));
        }
        return sheets;
    }

    /**
     * The names of a members cell, split at {@code ;} and {@code ,}: a split in linear time, since a pattern with
     * blanks around the delimiter rescans a cell of a million spaces from each of them.
     */
    private static List<String> members(String cell) {
        return java.util.Arrays.stream(cell.split("[;,]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The answers in the order of the rubric. */
    static Map<String, Answer> ordered(Map<String, Answer> answers, SheetSpec spec) {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        for (SheetSpec.PartSpec part : spec.parts()) {
            if (answers.containsKey(part.id())) {
                ordered.put(part.id(), answers.get(part.id()));
            }
        }
        return ordered;
    }

    private static int indexOf(List<String> names, List<String> candidates) {
        for (int i = 0; i < names.size(); i++) {
            if (candidates.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String text(List<Cell> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).text() : "";
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
