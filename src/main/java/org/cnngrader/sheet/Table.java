package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The layouts a table of answers may have, shared by the CSV and XLSX readers:
 * <ul>
 *   <li>long: a header {@code team, part, answer} ({@code team} may be left out for one team, whose name and
 *       members then stand in rows of their own; a second {@code team} row starts a second team), one row per
 *       answer;
 *   <li>wide: a header with {@code team} (optional {@code members}) and one column per part id, one row per team;
 *   <li>one column per team: a header {@code part} followed by the teams' names, one row per part id;
 *   <li>the template's ({@code cnn-grader template}): part id in column A, its value from column C on, a matrix as a
 *       block of cells, one team; in a workbook, or saved from one as CSV.
 * </ul>
 * A title above the header (rows of one cell at most) is passed over; rows above a long layout's header that name
 * its team or members ({@code team | PS 2 L}) are read as if below it. An answer in the long layout may run over
 * the cells right of its answer cell and the rows below it whose part cell is empty, a vector or matrix typed one
 * number per cell. Cells are text; each knows where it stands.
 */
final class Table {

    /**
     * A cell of a sheet: its text, its name ({@code B3}), its row, notes on how it was read, why its value cannot be
     * taken when it cannot (a formula without a saved value, a date, an error): such a cell answers its part as
     * unreadable, with that reason, rather than as empty; and the text struck through in it, which is not its text
     * (a team strikes out the answer it replaced, as in a document), said in its notes.
     */
    record Cell(String text, String name, int row, List<String> notes, Optional<String> refusal,
            Optional<String> struck) {

        Cell {
            notes = struck.isEmpty() ? List.copyOf(notes) : Stream.concat(notes.stream(),
                    Stream.of(passedOver(struck.get(), name))).toList();
        }

        /** The note on text struck through in the cells named ({@code C36, D36}), which was not read. */
        private static String passedOver(String struck, String cells) {
            return "text struck through was passed over: " + Excerpt.quoted(struck.strip()) + " ("
                    + (cells.contains(",") ? "cells " : "cell ") + cells + ")";
        }

        /** A cell whose text is its value, or whose value is refused. */
        Cell(String text, String name, int row, List<String> notes, Optional<String> refusal) {
            this(text, name, row, notes, refusal, Optional.empty());
        }

        /** A cell whose text is its value. */
        Cell(String text, String name, int row, List<String> notes) {
            this(text, name, row, notes, Optional.empty());
        }

        /** Whether the cell holds nothing, neither a value nor a refused one. */
        boolean blank() {
            return text.isBlank() && refusal.isEmpty();
        }

        /** Whether all the cell held is struck through: it is passed over, and the cells after it read in its place. */
        boolean struckOut() {
            return blank() && struck.isPresent();
        }

        /** The answer the cell gives a part. */
        Answer answer(SheetSpec.PartSpec part, String source) {
            Where where = Where.cell(source, name, row + 1, text);
            return refusal.map(reason -> new Answer(part.id(), text, Optional.empty(), Optional.of(reason), where,
                    FoundBy.CELL, notes)).orElseGet(() -> Answer.readCell(part, text, where, notes));
        }

        /** The letters of the cell's column ({@code B} of {@code B3}). */
        String column() {
            int digits = name.length();
            while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
                digits--;
            }
            return name.substring(0, digits);
        }
    }

    private static final List<String> TEAM = List.of("team", "group", "team name", "gruppe");
    private static final List<String> MEMBERS = List.of("members", "students", "names", "member");
    private static final List<String> PART = List.of("part", "part id", "id");
    private static final Set<String> ANSWER = Set.of("answer", "value", "result", "solution", "antwort", "lösung");
    /** Headers of a sheet's describing columns, which are no team's (the template's among them). */
    private static final List<String> DESCRIBING = List.of("question", "what to write", "how to write it",
            "description", "hint", "points", "comment", "comments", "notes");
    /**
     * What the team cell of a row of a sheet of teams says when the row sums the teams up rather than being one (not
     * "Max" or "Count", which may be a team's name).
     */
    private static final Set<String> SUMMARIES = Set.of("total", "totals", "sum", "average", "averages", "mean",
            "median", "std", "standard deviation", "class average", "class mean", "total teams", "number of teams",
            "gesamt", "summe", "durchschnitt", "mittelwert");
    /** The most rows a title above a header may take. */
    private static final int TITLE_ROWS = 10;

    private Table() {
    }

    /**
     * The part an id typed at {@code place} ({@code row 7}, {@code column C}) names, by the one rule of every layout of
     * CSV and XLSX ({@link SheetSpec#naming}): typed in another case or with other separators it names the part, noted;
     * an id that several parts differ from only so names none of them, noted. A typed id naming no part is left to the
     * caller to note.
     */
    static Optional<SheetSpec.PartSpec> partNamed(SheetSpec spec, String typed, String place, List<String> notes) {
        SheetSpec.Naming naming = spec.naming(typed);
        if (naming instanceof SheetSpec.Naming.OtherSpelling otherSpelling) {
            notes.add(place + " names part '" + typed + "', read as part '" + otherSpelling.part().id()
                    + "' (ids compared ignoring case and separators)");
        } else if (naming instanceof SheetSpec.Naming.Several several) {
            notes.add(place + " names part '" + typed + "', which is none of the parts " + String.join(" and ",
                    several.parts().stream().map(part -> "'" + part.id() + "'").toList())
                    + " (their ids differ only by case or separators): it was not read; type the id exactly");
        }
        return naming.named();
    }

    /** Whether an id typed on a sheet names a part, exactly or in another spelling. */
    static boolean namesPart(SheetSpec spec, String typed) {
        return spec.naming(typed).named().isPresent();
    }

    /** The note on a row of a sheet (1-based) that names a part the rubric does not have: every layout says it. */
    static String unknownPart(String row, String partId) {
        return "row " + row + " names part '" + partId + "', which the rubric does not have";
    }

    /**
     * Whether rows name parts down column A with no header above them: the template's layout, in a workbook or saved
     * from one as CSV, or a list of parts and their answers ({@link #answersInColumnB}). A header naming parts right
     * of its first column is the wide layout's, whatever its teams are named: a team named as a part ({@code A}) made
     * it the template, its teams lost.
     */
    private static boolean partsDownColumnA(List<List<Cell>> rows, SheetSpec spec) {
        return rows.stream().anyMatch(row -> !row.isEmpty() && namesPart(spec, row.get(0).text().strip()))
                && !headedByPart(rows, spec) && rows.get(headerRow(rows)).stream().skip(1)
                        .noneMatch(cell -> namesPart(spec, cell.text().strip()));
    }

    /**
     * Whether a sheet whose rows name parts in column A gives each its answer in column B ({@code avg_stride,2}): the
     * long layout without a header. The template describes its parts there and answers from column C; read as the
     * template, such a list had every answer taken for one typed over a description.
     */
    private static boolean answersInColumnB(List<List<Cell>> rows, SheetSpec spec) {
        return rows.stream().filter(row -> !row.isEmpty() && namesPart(spec, row.get(0).text().strip()))
                .allMatch(row -> row.size() > FIRST_VALUE_COLUMN - 1 && !row.get(FIRST_VALUE_COLUMN - 1).blank()
                        && row.get(FIRST_VALUE_COLUMN - 1).refusal().isEmpty()
                        && ValueParser.parse(row.get(FIRST_VALUE_COLUMN - 1).text(), Expectation.ANY)
                                instanceof Parsed.Value);
    }

    /** The note on a sheet read as the long layout without a header. */
    private static final String WITHOUT_HEADER = "the sheet has no header: its rows were read as part, answer";

    /**
     * One team's answers in the template's layout ({@code cnn-grader template}): part id in column A, its value from
     * column C on, a matrix as a block of cells; team and members in rows of their own. As in the other layouts, a row
     * naming a part in another spelling answers it, and a row naming no part of the rubric and a part answered twice
     * are said.
     */
    static AnswerSheet templateLayout(List<List<Cell>> rows, String source, SheetSpec spec) {
        String team = "";
        List<String> members = List.of();
        List<String> notes = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Set<String> rowed = new HashSet<>();
        List<RowNamingNoPart> unknownRows = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            List<Cell> row = rows.get(index);
            String key = text(row, 0).strip();
            if (key.isEmpty()) {
                continue;
            }
            String value = text(row, FIRST_VALUE_COLUMN).strip();
            if (key.equalsIgnoreCase("team")) {
                team = value;
            } else if (key.equalsIgnoreCase("members")) {
                members = members(value);
            } else {
                String rowNumber = String.valueOf(row.get(0).row() + 1);
                Optional<SheetSpec.PartSpec> part = partNamed(spec, key, "row " + rowNumber,
                        value.isEmpty() ? new ArrayList<>() : notes);
                int top = index;
                Optional<Answer> answer = part.flatMap(named -> templateBlock(rows, top, source, named, notes)
                        .or(() -> inDescriptionColumn(row, source, named)));
                part.ifPresent(named -> rowed.add(named.id()));
                if (spec.naming(key) instanceof SheetSpec.Naming.None && !key.equalsIgnoreCase("part")
                        && !value.isEmpty()) {
                    notes.add(unknownPart(rowNumber, key));
                    unknownRows.add(RowNamingNoPart.cell(source, row.get(FIRST_VALUE_COLUMN).name(),
                            row.get(0).row() + 1, key + ": " + value));
                }
                String partId = part.map(SheetSpec.PartSpec::id).orElse(key);
                if (answer.isPresent() && answers.containsKey(partId)) {
                    notes.add(answeredTwice(partId, answer.get().where().cell()));
                    answer = answer.map(later -> laterOfTwo(answers.get(partId), later));
                }
                answer.ifPresent(given -> answers.put(partId, given));
            }
        }
        return new AnswerSheet(team, members, source, Optional.empty(),
                ordered(correctedInRowsNamingNoPart(answers, unknownRows, spec), spec), notes, Map.of(),
                leftInRowsNamingNoPart(spec, rowed, unknownRows));
    }

    /** The column where answers start in the template layout (C). */
    static final int FIRST_VALUE_COLUMN = 2;

    /** The most rows or columns of one answer block of the template layout. */
    static final int MAX_BLOCK = 64;

    /**
     * The answer of the part in row {@code top}: its cells from column C on, over the rows below until the next part
     * or a row with nothing from column C, read as the long layout reads an answer over several cells (text beside
     * the numbers, a comment, is said and not read), without its note: a block is the template's way. A block below a
     * part's row whose own cells are empty ({@code conv1_shape} in A36, {@code 96x55x55} typed in C37) is read from
     * the row it starts in, flagged: it was missing, unflagged.
     */
    private static Optional<Answer> templateBlock(List<List<Cell>> rows, int top, String source,
            SheetSpec.PartSpec part, List<String> sheetNotes) {
        int first = top;
        if (lastValueColumn(rows.get(top)) < FIRST_VALUE_COLUMN && top + 1 < rows.size()
                && text(rows.get(top + 1), 0).isBlank() && lastValueColumn(rows.get(top + 1)) >= FIRST_VALUE_COLUMN) {
            first = top + 1;
        }
        int bottom = first;
        while (bottom + 1 < rows.size() && bottom - first < MAX_BLOCK && text(rows.get(bottom + 1), 0).isBlank()
                && lastValueColumn(rows.get(bottom + 1)) >= FIRST_VALUE_COLUMN) {
            bottom++;
        }
        Optional<Answer> answer = answer(rows.subList(first, bottom + 1), FIRST_VALUE_COLUMN,
                FIRST_VALUE_COLUMN + MAX_BLOCK - 1, part, source, sheetNotes, cells -> List.of());
        if (first == top) {
            return answer;
        }
        String below = rows.get(first).get(FIRST_VALUE_COLUMN).name();
        return answer.map(given -> given.doubted("written from " + below + ", below the part's row " + (rows.get(top)
                .get(0).row() + 1) + ", whose answer cells are empty"));
    }

    /** The last column from C, within a block's width, holding something: a value, or one refused. */
    private static int lastValueColumn(List<Cell> row) {
        int last = -1;
        for (int column = FIRST_VALUE_COLUMN; column < Math.min(row.size(), FIRST_VALUE_COLUMN + MAX_BLOCK); column++) {
            if (!row.get(column).blank()) {
                last = column;
            }
        }
        return last;
    }

    /**
     * The answer a team typed over the template's description of its part in column B, its answer cells left
     * empty: read, and flagged, since answers stand from column C. Only a cell that is a value as a whole counts,
     * never a description that mentions one.
     */
    private static Optional<Answer> inDescriptionColumn(List<Cell> row, String source, SheetSpec.PartSpec part) {
        if (row.size() <= FIRST_VALUE_COLUMN - 1) {
            return Optional.empty();
        }
        Cell cell = row.get(FIRST_VALUE_COLUMN - 1);
        if (cell.blank() || cell.refusal().isPresent()) {
            return Optional.empty();
        }
        Where located = Where.cell(source, cell.name(), cell.row() + 1, cell.text());
        Answer answer = Answer.read(part.id(), cell.text(), part.expectation(), located, FoundBy.CELL, cell.notes());
        return answer.value().isEmpty() ? Optional.empty()
                : Optional.of(answer.doubted("written in " + cell.name() + ", where the template describes the part;"
                        + " its answer cells, from column C, are empty"));
    }

    /**
     * By question, the rows naming no part of the rubric that hold a value, for each question a part of which has no
     * row of its own ({@code pool1 output} typed for {@code pool1_shape}): its answers may stand there, so its parts
     * still missing are for a person to look at. Where every part has its row, a part whose row the team left empty
     * is missing as written.
     */
    static Map<String, List<Where>> leftInRowsNamingNoPart(SheetSpec spec, Set<String> rowed,
            List<RowNamingNoPart> rowsNamingNoPart) {
        Map<String, List<Where>> left = new LinkedHashMap<>();
        if (rowsNamingNoPart.isEmpty()) {
            return left;
        }
        for (SheetSpec.PartSpec part : spec.parts()) {
            if (part.graded() && !rowed.contains(part.id())) {
                left.put(part.questionId(), rowsNamingNoPart.stream().map(RowNamingNoPart::where).toList());
            }
        }
        return left;
    }

    /**
     * Whether a cell's text says it corrects an answer, with a number of its own: {@code correction: 1 (not 2)},
     * {@code conv3 should be 384 x 9 x 9}. Beside an answer, or in a row naming no part that names it, it puts the answer in doubt:
     * read alone, the first answer was graded, only a note saying text was not read.
     */
    private static boolean correcting(String text) {
        return Locator.CORRECTION.matcher(text.toLowerCase(Locale.ROOT)).find() && A_NUMBER.matcher(text).find();
    }

    /** A number standing on its own, not a layer's digit ({@code conv3}). */
    private static final Pattern A_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.])\\d");

    /** The answer, in doubt if one of {@code cells} beside it says it corrects it. */
    private static Answer correctedBeside(Answer answer, List<Cell> cells) {
        return answer.value().isEmpty() ? answer : cells.stream().filter(cell -> !cell.blank()
                && correcting(cell.text())).findFirst().map(cell -> answer.doubted("the cell " + cell.name()
                + " beside it says " + Excerpt.quoted(cell.text().strip()) + ": check which value the team means"))
                .orElse(answer);
    }

    /**
     * The answers, each in doubt that a row naming no part of the rubric says it corrects, naming the part by its id
     * ({@code flat_size (corrected)}), a label or its layer ({@code remark | conv3 should be 384 x 9 x 9}).
     */
    private static Map<String, Answer> correctedInRowsNamingNoPart(Map<String, Answer> answers,
            List<RowNamingNoPart> rowsNamingNoPart, SheetSpec spec) {
        Map<String, Answer> doubted = new LinkedHashMap<>(answers);
        for (RowNamingNoPart row : rowsNamingNoPart) {
            if (!correcting(row.text())) {
                continue;
            }
            int line = row.where().line();
            // A row above the answer, or one repeating it, corrects nothing of it.
            doubted.replaceAll((partId, answer) -> answer.value().isEmpty() || line < answer.where().line()
                    || row.text().contains(answer.written().strip()) || !namedIn(row.text(), partId, spec)
                    ? answer : answer.doubted("row " + line + ", " + Excerpt.quoted(row.text()) + ", may correct it:"
                    + " check which value the team means"));
        }
        return doubted;
    }

    /**
     * A row naming no part of the rubric: where it stands, and its whole text ({@code remark: … conv3 should be …}),
     * which the place's snippet may cut before the part it names.
     */
    record RowNamingNoPart(Where where, String text) {
        static RowNamingNoPart cell(String file, String cell, int line, String text) {
            return new RowNamingNoPart(Where.cell(file, cell, line, text), text);
        }
    }

    /**
     * Whether a row's text names the part: by its id or as a line of prose names it ({@link PartNames#namesInProse}).
     */
    private static boolean namedIn(String text, String partId, SheetSpec spec) {
        return PartNames.nameAsWord(partId).matcher(text).find()
                || spec.part(partId).filter(part -> PartNames.namesInProse(text, part)).isPresent();
    }

    /**
     * The later of a part's two answers, in doubt where they differ: the later may be a draft kept below (a hidden row
     * marked "old"), and was graded, only a note saying the part was answered twice.
     */
    private static Answer laterOfTwo(Answer earlier, Answer later) {
        return earlier.value().equals(later.value()) ? later : later.doubted("the part is answered twice, "
                + Excerpt.quoted(earlier.written().strip()) + " (" + earlier.where().cell() + ") and "
                + Excerpt.quoted(later.written().strip()) + " (" + later.where().cell() + "); the later is graded:"
                + " check which value the team means");
    }

    /** The note on a part a sheet answers twice, in any layout: the later answer, in {@code cell}, is used. */
    static String answeredTwice(String partId, String cell) {
        return "part " + partId + " is answered twice; the later answer (" + cell + ") is used";
    }

    /** The note on a team whose name the long layout gives on its first row only. */
    private static final String FILLED_DOWN = "rows without a team cell are taken as the team's above them";

    /** The note on each team of a sheet without a team column that names several teams, each in a row of its own. */
    private static final String MORE_TEAMS = "the sheet names more than one team; each team row starts that team's"
            + " answers";

    /** Whether the header row is the long layout: a part column and an answer column. */
    static boolean isLong(List<Cell> header) {
        List<String> names = header.stream().map(cell -> normalize(cell.text())).toList();
        return names.stream().anyMatch(PART::contains) && names.stream().anyMatch(Table::answerHeader);
    }

    /**
     * Whether a header cell heads the long layout's answer column: {@code answer}, {@code value}, {@code Your answer};
     * not the template's "answer (one number per cell)", whose answers stand in blocks.
     */
    private static boolean answerHeader(String name) {
        return ANSWER.contains(name) || name.endsWith(" answer");
    }

    /** Whether the header row names at least one part id: the wide layout. */
    static boolean isWide(List<Cell> header, SheetSpec spec) {
        return header.stream().anyMatch(cell -> namesPart(spec, cell.text().strip()));
    }

    /**
     * Whether the table has one column per team: headed {@code part} and names that describe nothing (no
     * {@code answer}, no {@code question}), with a part id below its first cell.
     */
    static boolean isTeamPerColumn(List<List<Cell>> rows, SheetSpec spec) {
        List<Cell> header = rows.get(0);
        if (header.isEmpty() || !PART.contains(normalize(header.get(0).text()))) {
            return false;
        }
        List<String> teams = header.subList(1, header.size()).stream().map(cell -> normalize(cell.text()))
                .filter(name -> !name.isEmpty()).toList();
        boolean describes = teams.stream().anyMatch(name -> name.startsWith("answer") || answerHeader(name)
                || DESCRIBING.contains(name));
        boolean partBelow = rows.stream().skip(1).anyMatch(row -> namesPart(spec, text(row, 0).strip()));
        return !teams.isEmpty() && !describes && partBelow;
    }

    /**
     * Where a table's header row is: below its title, rows of at most one cell, if any; and below rows that name the
     * team or its members when a long layout's header without a team column follows them ({@code team | PS 2 L} over
     * {@code part | answer}), whose answers were otherwise read in the template's columns.
     */
    static int headerRow(List<List<Cell>> rows) {
        int index = 0;
        while (index < rows.size() - 1 && index < TITLE_ROWS && (title(rows.get(index)) || namesTeam(rows.get(index)))) {
            index++;
        }
        List<Cell> below = rows.get(index);
        if (rows.subList(0, index).stream().anyMatch(Table::namesTeam)
                && !(isLong(below) && indexOf(below.stream().map(cell -> normalize(cell.text())).toList(), TEAM) < 0)) {
            index = 0;
            while (index < rows.size() - 1 && index < TITLE_ROWS && title(rows.get(index))) {
                index++;
            }
        }
        return index;
    }

    /** Whether a row above a header is a title's: one cell at most. */
    private static boolean title(List<Cell> row) {
        return row.stream().filter(cell -> !cell.blank()).count() <= 1;
    }

    /** Whether a row names the team or its members as the long layout's own rows do: {@code team | PS 2 L}. */
    private static boolean namesTeam(List<Cell> row) {
        List<Cell> filled = row.stream().filter(cell -> !cell.blank()).toList();
        return filled.size() == 2 && (TEAM.contains(normalize(filled.get(0).text()))
                || MEMBERS.contains(normalize(filled.get(0).text())));
    }

    /**
     * Whether the rows, below their title, are headed as a table whose first column names parts: the long layout
     * ({@code part, answer}) or one column per team. The XLSX template names parts in its first column too, but has
     * neither header.
     */
    static boolean headedByPart(List<List<Cell>> rows, SheetSpec spec) {
        if (rows.isEmpty()) {
            return false;
        }
        List<List<Cell>> table = rows.subList(headerRow(rows), rows.size());
        return isLong(table.get(0)) || isTeamPerColumn(table, spec);
    }

    /** The sheets of a table in any of its layouts. */
    static List<AnswerSheet> sheets(List<List<Cell>> rows, String source, SheetSpec spec) throws UnreadableException {
        if (rows.stream().allMatch(row -> row.stream().allMatch(Cell::blank))) {
            throw new UnreadableException("the sheet is empty");
        }
        if (partsDownColumnA(rows, spec)) {
            if (!answersInColumnB(rows, spec)) {
                return List.of(templateLayout(rows, source, spec));
            }
            // "avg_stride,2" row after row: the long layout's rows, without the header that names them.
            List<List<Cell>> headed = new ArrayList<>();
            headed.add(List.of(new Cell("part", "", -1, List.of()), new Cell("answer", "", -1, List.of())));
            headed.addAll(rows);
            return longLayout(headed, source, spec).stream().map(sheet -> sheet.withNote(WITHOUT_HEADER)).toList();
        }
        int headerRow = headerRow(rows);
        List<Cell> header = rows.get(headerRow);
        // The team's rows above the header are read as its own rows below it.
        List<List<Cell>> named = rows.subList(0, headerRow).stream().filter(Table::namesTeam).toList();
        List<List<Cell>> table = new ArrayList<>();
        table.add(header);
        table.addAll(named);
        table.addAll(rows.subList(headerRow + 1, rows.size()));
        List<AnswerSheet> sheets;
        if (isLong(header)) {
            sheets = longLayout(table, source, spec);
        } else if (isWide(header, spec)) {
            sheets = wideLayout(table, source, spec);
        } else if (isTeamPerColumn(table, spec)) {
            sheets = wideLayout(transposed(table), source, spec).stream()
                    .map(sheet -> sheet.withNote("the sheet has one column per team; this team's is headed '"
                            + sheet.team() + "'")).toList();
        } else {
            throw new UnreadableException("the first row names no part of the rubric: expected the columns team, part,"
                    + " answer, or one column per part id");
        }
        boolean titled = rows.subList(0, headerRow).stream().anyMatch(row -> !named.contains(row)
                && row.stream().anyMatch(cell -> !cell.blank()));
        if (!titled) {
            return sheets;
        }
        String note = "the sheet's header is its row " + (header.isEmpty() ? headerRow + 1 : header.get(0).row() + 1)
                + "; the title above it was not read";
        return sheets.stream().map(sheet -> sheet.withNote(note)).toList();
    }

    /** The columns of a table as its rows: a table of one column per team as the wide layout, its cells named as they are. */
    private static List<List<Cell>> transposed(List<List<Cell>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> columns = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            List<Cell> cells = new ArrayList<>();
            for (List<Cell> row : rows) {
                Cell cell = column < row.size() ? row.get(column) : new Cell("", "", -1, List.of());
                // The first column heads the teams: its "part" says where each team's name stands.
                cells.add(column == 0 && cells.isEmpty() ? new Cell("team", cell.name(), cell.row(), List.of()) : cell);
            }
            columns.add(cells);
        }
        return columns;
    }

    private static List<AnswerSheet> longLayout(List<List<Cell>> rows, String source, SheetSpec spec) {
        List<String> names = rows.get(0).stream().map(cell -> normalize(cell.text())).toList();
        int teamColumn = indexOf(names, TEAM);
        int partColumn = indexOf(names, PART);
        int answerColumn = IntStream.range(0, names.size()).filter(at -> answerHeader(names.get(at)))
                .findFirst().orElseThrow();
        // An answer may run right over the columns without a header, up to the next column that has one.
        int answerEnd = answerColumn + 1;
        while (answerEnd < names.size() && names.get(answerEnd).isEmpty()) {
            answerEnd++;
        }
        int answerLast = answerEnd < names.size() ? answerEnd - 1 : Integer.MAX_VALUE;
        // The teams in the order they come; by name where a column names them.
        List<LongSheet> teams = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        Map<String, LongSheet> byTeam = new LinkedHashMap<>();
        String above = "";
        List<List<Cell>> body = rows.subList(1, rows.size());
        for (int index = 0; index < body.size(); index++) {
            List<Cell> row = body.get(index);
            String partId = text(row, partColumn).strip();
            if (partId.isEmpty()) {
                continue;
            }
            LongSheet sheet;
            if (teamColumn >= 0 && summary(text(row, teamColumn))) {
                summaries.add(row.get(teamColumn).name() + " ('" + text(row, teamColumn).strip() + "')");
                above = "";
                continue;
            }
            if (teamColumn >= 0) {
                // A team written on its first row only, or in merged cells, goes on down its rows: they are its.
                String team = text(row, teamColumn).strip();
                boolean filledDown = team.isEmpty() && !above.isEmpty();
                team = filledDown ? above : team;
                above = team;
                sheet = byTeam.computeIfAbsent(team, name -> {
                    LongSheet first = new LongSheet(name);
                    teams.add(first);
                    return first;
                });
                if (filledDown && !sheet.notes.contains(FILLED_DOWN)) {
                    sheet.notes.add(FILLED_DOWN);
                }
            } else {
                // Without a team column, the team and its members are named in rows of their own, as in the template.
                if (teams.isEmpty()) {
                    teams.add(new LongSheet(""));
                }
                sheet = teams.get(teams.size() - 1);
            }
            String value = answerColumn < row.size() ? row.get(answerColumn).text().strip() : "";
            if (teamColumn < 0 && normalize(partId).equals("team")) {
                // A second team row starts a second team: a sheet of several teams, one after the other. A team row
                // left empty names no team.
                if (value.isEmpty() || sheet.name.isEmpty() || sheet.name.equals(value)) {
                    sheet.name = value.isEmpty() ? sheet.name : value;
                } else {
                    LongSheet next = new LongSheet(value);
                    teams.add(next);
                    if (!sheet.notes.contains(MORE_TEAMS)) {
                        sheet.notes.add(MORE_TEAMS);
                    }
                    next.notes.add(MORE_TEAMS);
                }
                continue;
            }
            if (teamColumn < 0 && MEMBERS.contains(normalize(partId))) {
                sheet.members = members(value);
                continue;
            }
            String rowNumber = row.isEmpty() ? "?" : String.valueOf(row.get(0).row() + 1);
            Optional<SheetSpec.PartSpec> part = partNamed(spec, partId, "row " + rowNumber, sheet.notes);
            if (part.isEmpty()) {
                if (spec.naming(partId) instanceof SheetSpec.Naming.None) {
                    sheet.notes.add(unknownPart(rowNumber, partId));
                    if (!value.isEmpty()) {
                        Cell answerCell = row.get(answerColumn);
                        sheet.rowsNamingNoPart.add(RowNamingNoPart.cell(source, answerCell.name(),
                                answerCell.row() + 1, partId + ": " + value));
                    }
                }
                continue;
            }
            partId = part.get().id();
            sheet.rowed.add(partId);
            // The rows below whose part (and team) cells are empty go on with this answer: a matrix, a row per row.
            int last = index;
            while (last + 1 < body.size()
                    && continues(body.get(last + 1), partColumn, teamColumn, answerColumn, answerLast)) {
                last++;
            }
            Optional<Answer> answer = answer(body.subList(index, last + 1), answerColumn, answerLast, part.get(),
                    source, sheet.notes, Table::runsOver);
            // A notes column of its row may correct it ("correction: 1 (not 2)").
            List<Cell> answerRow = body.get(index);
            List<Cell> besideIt = IntStream.range(0, answerRow.size()).filter(column -> column
                    != partColumn && column != teamColumn && (column < answerColumn || column > answerLast))
                    .mapToObj(answerRow::get).toList();
            answer = answer.map(given -> correctedBeside(given, besideIt));
            index = last;
            if (answer.isEmpty()) {
                continue;
            }
            Answer given = answer.get();
            Answer earlier = sheet.answers.get(partId);
            if (earlier != null) {
                sheet.notes.add(answeredTwice(partId, given.where().cell()));
                given = laterOfTwo(earlier, given);
            }
            sheet.answers.put(partId, given);
        }
        List<AnswerSheet> sheets = new ArrayList<>();
        for (LongSheet team : teams) {
            sheets.add(new AnswerSheet(team.name, team.members, source, Optional.empty(),
                    ordered(correctedInRowsNamingNoPart(team.answers, team.rowsNamingNoPart, spec), spec),
                    team.notes, Map.of(), leftInRowsNamingNoPart(spec, team.rowed, team.rowsNamingNoPart)));
        }
        if (sheets.isEmpty()) {
            sheets.add(new AnswerSheet("", List.of(), source, Optional.empty(), Map.of(), List.of("no answers")));
        }
        return withSummariesNoted(sheets, summaries);
    }

    /** One team's answers as the long layout gathers them, row by row. */
    private static final class LongSheet {
        private String name;
        private List<String> members = List.of();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        /** The parts a row names, answered or not. */
        private final Set<String> rowed = new HashSet<>();
        private final List<RowNamingNoPart> rowsNamingNoPart = new ArrayList<>();

        LongSheet(String name) {
            this.name = name;
        }
    }

    /** Whether a row goes on with the answer above it: no part, no team, something in its answer cells. */
    private static boolean continues(List<Cell> row, int partColumn, int teamColumn, int answerColumn,
            int answerLast) {
        return text(row, partColumn).isBlank() && text(row, teamColumn).isBlank() && row.stream().skip(answerColumn)
                .limit(answerLast - (long) answerColumn + 1).anyMatch(cell -> !cell.blank());
    }

    /**
     * The answer of a part's rows: its answer cell, or, when numbers stand right of it or below it, all of them, a
     * vector or matrix typed one number per cell as the XLSX template's block is. Text beside an answer is no part of
     * it: it is left, and noted. A cell struck through is passed over ({@link #withoutStruckOut}).
     */
    private static Optional<Answer> answer(List<List<Cell>> partRows, int answerColumn, int answerLast,
            SheetSpec.PartSpec part, String source, List<String> sheetNotes,
            java.util.function.Function<String, List<String>> notesOnBlock) {
        List<List<Cell>> rows = withoutStruckOut(partRows, answerColumn, answerLast, sheetNotes);
        Cell first = answerColumn < rows.get(0).size() ? rows.get(0).get(answerColumn) : null;
        Optional<Answer> single = first == null || first.blank() ? Optional.empty()
                : Optional.of(first.answer(part, source));
        List<List<Cell>> block = new ArrayList<>();
        for (List<Cell> row : rows) {
            int end = Math.min(row.size() - 1, answerLast);
            while (end >= answerColumn && row.get(end).blank()) {
                end--;
            }
            block.add(end < answerColumn ? List.of() : row.subList(answerColumn, end + 1));
        }
        block.removeIf(List::isEmpty);
        if (block.isEmpty() || block.size() == 1 && block.get(0).size() == 1 && block.get(0).get(0) == first) {
            return single;
        }
        List<Cell> texts = block.stream().flatMap(List::stream).filter(cell -> cell != first && !cell.blank()
                && !value(cell)).toList();
        Optional<List<List<Cell>>> numbers = texts.isEmpty() ? Optional.empty() : numbersBeforeText(block);
        if (!texts.isEmpty()) {
            sheetNotes.add("the cells " + String.join(", ", texts.stream().map(Cell::name).toList()) + " beside the"
                    + " answer to " + part.id() + " hold text and were not read");
            // A value typed beside the answer that is no number ("96×54×54" right of "96×55×55") may be the team's
            // correction: the answer read is in doubt. Read alone, the first was graded correct, unflagged. Remarks
            // ("mean over 2 samples") and an answer refused already (which says why) are left as they are.
            Optional<Cell> anotherValue = texts.stream().filter(cell -> ValueParser.parse(cell.text(),
                    part.expectation()) instanceof Parsed.Value).findFirst();
            UnaryOperator<Answer> besideAnotherValue = answer -> anotherValue.filter(cell -> answer
                    .value().isPresent()).map(cell -> answer.doubted("the cell " + cell.name() + " beside it holds "
                    + Excerpt.quoted(cell.text().strip()) + ", another value: check which the team means"))
                    .orElseGet(() -> correctedBeside(answer, texts));
            if (numbers.isEmpty() || numbers.get().size() == 1 && numbers.get().get(0).size() == 1) {
                return single.map(besideAnotherValue);
            }
            // A note right of a matrix typed cell by cell ("valid, bias added" in F6 beside S in B6:D8) ends its rows:
            // the numbers are the answer. Where they are not of the reference's shape, the text may have been meant
            // as part of it: a person looks.
            block = numbers.get();
            Answer read = blockAnswer(block, part, source, notesOnBlock);
            boolean shaped = part.reference().isEmpty() || read.value().orElse(null) instanceof SheetValue.Numbers
                    numbersRead && Arrays.equals(numbersRead.tensor().shape(),
                            part.reference().get().shape());
            return Optional.of(besideAnotherValue.apply(shaped ? read : read.doubted("text stands beside the numbers read,"
                    + " in " + texts.get(0).name() + " (" + Excerpt.quoted(texts.get(0).text().strip()) + "), and they"
                    + " are not of the answer's shape: check whether the text belongs to the answer")));
        }
        List<Cell> beside = block.stream().flatMap(List::stream).filter(cell -> cell != first).toList();
        String cells = String.join(", ", beside.stream().map(Cell::name).toList());
        // Numbers beside the answer to a part of one number ("flat_size,9216,2") are no part of it: said, not joined.
        if (first != null && !first.blank() && part.reference().isPresent() && part.reference().get().size() == 1) {
            sheetNotes.add("the cells " + cells + " beside the answer to " + part.id() + " were not read: the part asks"
                    + " for one number");
            // "flat_size,9,216" unquoted is 9216 split by the CSV's commas, or a second answer: either way the first
            // cell alone may not be what the team meant, and it was graded without a flag.
            String row = String.join(",", Stream.concat(Stream.of(first),
                    beside.stream()).map(cell -> cell.text().strip()).toList());
            return single.map(answer -> answer.doubted("the row holds " + Excerpt.quoted(row) + " in its cells "
                    + first.name() + ", " + cells + ": only " + first.text().strip() + " was read (a second answer, or"
                    + " one number split over cells, as an unquoted comma splits a CSV's); check what the team means"));
        }
        return Optional.of(blockAnswer(block, part, source, notesOnBlock));
    }

    /**
     * The rows of an answer without the cells of its answer columns that hold only text struck through, the cells
     * after each moved left into its place, each said: a team strikes out the answer it replaced and types the new one
     * beside it (9126 struck in C52, 9216 in D52). Read in place, the struck value was graded, or joined with the new
     * one into an answer of the wrong shape.
     */
    private static List<List<Cell>> withoutStruckOut(List<List<Cell>> rows, int answerColumn, int answerLast,
            List<String> sheetNotes) {
        if (rows.stream().flatMap(List::stream).noneMatch(Cell::struckOut)) {
            return rows;
        }
        List<List<Cell>> kept = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Cell> cells = new ArrayList<>();
            List<Cell> struck = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                Cell cell = row.get(column);
                (column >= answerColumn && column <= answerLast && cell.struckOut() ? struck : cells).add(cell);
            }
            if (!struck.isEmpty()) {
                sheetNotes.add(Cell.passedOver(String.join(" ", struck.stream().map(cell -> cell.struck()
                        .orElseThrow().strip()).toList()), String.join(", ", struck.stream().map(Cell::name).toList())));
            }
            kept.add(cells);
        }
        return kept;
    }

    /** The answer of the cells of a block, typed one number per cell, with a note naming them. */
    private static Answer blockAnswer(List<List<Cell>> block, SheetSpec.PartSpec part, String source,
            java.util.function.Function<String, List<String>> notesOnBlock) {
        Cell topLeft = block.get(0).get(0);
        Cell bottomLeft = block.get(block.size() - 1).get(0);
        String name = topLeft.name() + ":" + widest(block) + (bottomLeft.row() + 1);
        return block(block, part, source, name, notesOnBlock.apply(name));
    }

    /** The long layout's note on an answer typed over several cells, where one cell per answer is the rule. */
    private static List<String> runsOver(String cells) {
        return List.of("the answer runs over the cells " + cells + ", read as one value, a row of cells per row");
    }

    /**
     * The numbers of a block that text ends: each row up to its first cell that is blank or holds text, the rows down to
     * the first without a number. Empty when a number stands after such a cell, or below such a row: the text is
     * then within the numbers, no note beside them.
     */
    private static Optional<List<List<Cell>>> numbersBeforeText(List<List<Cell>> block) {
        List<List<Cell>> numbers = new ArrayList<>();
        boolean ended = false;
        for (List<Cell> row : block) {
            int end = 0;
            while (end < row.size() && value(row.get(end))) {
                end++;
            }
            if (row.subList(end, row.size()).stream().anyMatch(Table::value) || ended && end > 0) {
                return Optional.empty();
            }
            ended |= end == 0;
            if (end > 0) {
                numbers.add(row.subList(0, end));
            }
        }
        return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers);
    }

    /** Whether a cell holds a value of a block: a number, or what a number's cell was refused for (a date). */
    private static boolean value(Cell cell) {
        return !cell.blank() && (cell.refusal().isPresent() || number(cell.text()));
    }

    /**
     * The answer of a block of cells named {@code name} ({@code B3:E6}) that hold one number each: a vector or a
     * matrix ({@link ValueParser#cellBlock}), or, at the first cell that holds no number, refused with the reason.
     * The XLSX template's block and an answer typed cell by cell in the long layout are read so.
     */
    static Answer block(List<List<Cell>> block, SheetSpec.PartSpec part, String source, String name,
            List<String> blockNotes) {
        List<String> notes = new ArrayList<>(blockNotes);
        StringBuilder written = new StringBuilder();
        double[][] values = new double[block.size()][];
        Optional<String> refusal = Optional.empty();
        for (int row = 0; row < block.size(); row++) {
            values[row] = new double[block.get(row).size()];
            for (int column = 0; column < block.get(row).size(); column++) {
                Cell cell = block.get(row).get(column);
                written.append(column == 0 ? "" : "\t").append(cell.text().strip());
                // A hidden row's note stands on each of its cells: the block says it once.
                cell.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
                if (refusal.isPresent()) {
                    continue;
                }
                refusal = cell.refusal().or(() -> cell.blank() ? Optional.of("cell " + cell.name()
                        + " of the block is empty") : Optional.empty());
                try {
                    values[row][column] = refusal.isPresent() ? 0 : ValueParser.number(cell.text().strip(),
                            part.expectation(), notes);
                } catch (ValueParser.Refusal refused) {
                    refusal = Optional.of("cell " + cell.name() + ": " + refused.getMessage());
                }
            }
            written.append('\n');
        }
        Where where = Where.cell(source, name, block.get(0).get(0).row() + 1, written.toString().strip());
        if (refusal.isEmpty() && Arrays.stream(values).anyMatch(row -> row.length != values[0].length)) {
            refusal = Optional.of("the rows of " + name + " have different lengths");
        }
        return refusal.isPresent()
                ? new Answer(part.id(), written.toString().strip(), Optional.empty(), refusal, where, FoundBy.CELL,
                        notes)
                : new Answer(part.id(), written.toString().strip(), Optional.of(new SheetValue.Numbers(
                        ValueParser.cellBlock(values, part.expectation()))), Optional.empty(), where, FoundBy.CELL,
                        notes);
    }

    /** The column letters of the rightmost cell of a block, whose rows start in one column. */
    private static String widest(List<List<Cell>> block) {
        List<Cell> widest = block.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        return widest.get(widest.size() - 1).column();
    }

    /** Whether a cell beside an answer holds one number (so it belongs to a vector or matrix typed cell by cell). */
    private static boolean number(String text) {
        try {
            ValueParser.number(text.strip(), Expectation.ANY, new ArrayList<>());
            return true;
        } catch (ValueParser.Refusal notANumber) {
            return false;
        }
    }

    private static List<AnswerSheet> wideLayout(List<List<Cell>> rows, String source, SheetSpec spec) {
        List<Cell> header = rows.get(0);
        List<String> names = header.stream().map(cell -> normalize(cell.text())).toList();
        int teamColumn = indexOf(names, TEAM);
        int membersColumn = indexOf(names, MEMBERS);
        // The part each column names, once: a header typed in another case names its part, noted on every team.
        List<String> headerNotes = new ArrayList<>();
        List<Optional<SheetSpec.PartSpec>> columnParts = new ArrayList<>();
        for (Cell cell : header) {
            columnParts.add(partNamed(spec, cell.text().strip(), "column " + cell.column(), headerNotes));
        }
        List<AnswerSheet> sheets = new ArrayList<>();
        List<String> teamless = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.stream().allMatch(cell -> cell.text().isBlank())) {
                continue;
            }
            // A row without a team in a sheet of teams answers for no team it can be graded as. One that answers
            // parts (a form's response whose team field was left empty) is a submission no one may lose: unreadable,
            // saying why, so the TA sees it; one without answers is said, not graded.
            Map<String, Answer> answers = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>(headerNotes);
            for (int column = 0; column < header.size() && column < row.size(); column++) {
                Optional<SheetSpec.PartSpec> part = columnParts.get(column);
                Cell cell = row.get(column);
                if (part.isPresent() && !cell.blank()) {
                    answers.put(part.get().id(), cell.answer(part.get(), source));
                } else if (part.isPresent() && cell.struckOut()) {
                    notes.addAll(cell.notes());
                }
            }
            if (teamColumn >= 0 && text(row, teamColumn).isBlank()) {
                int answered = answers.size();
                if (answered > 0) {
                    Cell team = row.size() > teamColumn ? row.get(teamColumn) : row.get(0);
                    sheets.add(AnswerSheet.unreadable("row " + (team.row() + 1) + " without a team", source,
                            "the row answers " + answered + (answered == 1 ? " part" : " parts") + " but its team cell "
                            + team.name() + " is empty: fill it in to grade the row (a row of averages? delete it)"));
                } else {
                    teamless.add(String.valueOf(row.get(0).row() + 1));
                }
                continue;
            }
            if (teamColumn >= 0 && summary(text(row, teamColumn))) {
                summaries.add(row.get(teamColumn).name() + " ('" + text(row, teamColumn).strip() + "')");
                continue;
            }
            List<String> members = membersColumn >= 0
                    ? members(text(row, membersColumn))
                    : List.of();
            sheets.add(new AnswerSheet(teamColumn >= 0 ? text(row, teamColumn).strip() : "", members, source,
                    Optional.empty(), ordered(answers, spec), notes));
        }
        if (!teamless.isEmpty() && !sheets.isEmpty()) {
            sheets.set(0, sheets.get(0).withNote(teamless.size() == 1
                    ? "the sheet's row " + teamless.get(0) + " names no team and was not graded"
                    : "the sheet's rows " + String.join(", ", teamless) + " name no team and were not graded"));
        }
        return withSummariesNoted(sheets, summaries);
    }

    /** The sheets, the first noting the rows that sum the teams up and were not graded, in every layout. */
    private static List<AnswerSheet> withSummariesNoted(List<AnswerSheet> sheets, List<String> summaries) {
        if (!summaries.isEmpty() && !sheets.isEmpty()) {
            sheets.set(0, sheets.get(0).withNote("the team cells " + String.join(", ", new LinkedHashSet<>(
                    summaries)) + " sum the teams up rather than name one, and were not graded"));
        }
        return sheets;
    }

    /** Whether a team cell labels a row that sums the teams up: "Total", "Average:", "Total teams:". */
    static boolean summary(String teamCell) {
        String name = normalize(teamCell);
        if (SUMMARIES.contains(name)) {
            return true;
        }
        // A label ending in a colon sums up when it opens with such a word ("Total teams:"), not "Group 4:".
        return name.endsWith(":") && SUMMARIES.contains(name.substring(0, name.length() - 1).strip().split(" ")[0]);
    }

    /**
     * The names of a members cell, in every layout (the XLSX template's too), split at {@code ;} and {@code ,}: a
     * split in linear time, since a pattern with blanks around the delimiter rescans a cell of a million spaces from
     * each of them.
     */
    static List<String> members(String cell) {
        return Arrays.stream(cell.split("[;,]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
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
