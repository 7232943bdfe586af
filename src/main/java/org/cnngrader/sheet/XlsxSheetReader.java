package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads XLSX answer sheets in the layouts of {@link Table}: the template layout written by {@code template} (part id
 * in column A, its value from column C on, a matrix as a block of cells, team in row 2 and members in row 3), or the
 * wide and long layouts (several teams per workbook). Formula cells are read from their cached values and flagged;
 * date-formatted cells are flagged, not converted.
 */
public final class XlsxSheetReader implements SheetReader {

    /** The largest workbook read, in bytes. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    static {
        // Zip bombs: refuse entries that inflate more than 100× or beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
    }

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        TextFiles.checkSize(file, MAX_BYTES, "workbook");
        OfficeXml.checkSize(file, "workbook");
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return sheets(workbook, source, spec);
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableException("the workbook is password-protected; save it without a password", encrypted);
        } catch (UnreadableException unreadable) {
            throw unreadable;
        } catch (IOException | RuntimeException corrupt) {
            throw new UnreadableException("the workbook cannot be opened (" + UnreadableException.plain(corrupt, file)
                    + ")", corrupt);
        }
    }

    /**
     * The first row holding anything of a workbook's first sheet that does, as its cells show it; none where the
     * workbook cannot be read within the limits its reading has: what a TA's roster or scores kept beside the teams'
     * work is told by ({@code team | student_id | email}).
     */
    public static List<String> firstRow(Path file) {
        try {
            TextFiles.checkSize(file, MAX_BYTES, "workbook");
            OfficeXml.checkSize(file, "workbook");
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(cell -> cells.add(formatter.formatCellValue(cell).strip()));
                        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                            return List.copyOf(cells);
                        }
                    }
                }
            }
        } catch (UnreadableException | IOException | RuntimeException unread) {
            // Not told apart: the team it is says why it cannot be read.
        }
        return List.of();
    }

    /**
     * The teams of a workbook. A sheet named {@code answers} (the template's) is read alone, and so is a workbook of
     * one filled sheet. Of several, every sheet that answers something is read, its cells named with the sheet
     * ({@code 'Section 2'!C5}): sheets of several teams each (a section per sheet) give every sheet's teams, and
     * sheets of one team each are that team's, or each their own team where they name different ones. A sheet without
     * answers (instructions) is passed over with a note; when none has answers, the first is read as a workbook of
     * one sheet is.
     */
    private static List<AnswerSheet> sheets(Workbook workbook, String source, SheetSpec spec)
            throws UnreadableException {
        // A reader serves every thread; a DataFormatter is not thread-safe, so each reading gets its own.
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Sheet> filled = new ArrayList<>();
        workbook.forEach(sheet -> {
            if (sheet.getPhysicalNumberOfRows() > 0) {
                filled.add(sheet);
            }
        });
        if (workbook.getSheet("answers") != null || filled.size() <= 1) {
            Sheet only = workbook.getSheet("answers") != null ? workbook.getSheet("answers")
                    : filled.isEmpty() ? workbook.getSheetAt(0) : filled.get(0);
            return new Reading(formatter, "").read(only, source, spec);
        }
        List<List<AnswerSheet>> answered = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        UnreadableException firstProblem = null;
        for (Sheet sheet : filled) {
            String name = "'" + sheet.getSheetName().replace("'", "''") + "'";
            try {
                List<AnswerSheet> teams = new Reading(formatter, name + "!").read(sheet, source, spec);
                // A row that answers but names no team is unreadable: a response, kept to be seen.
                if (teams.stream().anyMatch(team -> !team.readable()
                        || team.answers().values().stream().anyMatch(Answer::given))) {
                    boolean hidden = workbook.isSheetHidden(workbook.getSheetIndex(sheet))
                            || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet));
                    answered.add(teams.stream().map(team -> hidden ? team.withNote("the sheet " + name + " is hidden"
                            + " in the workbook; its cells were read") : team).toList());
                    read.add(name);
                } else {
                    passedOver.add(name + " (no answers)");
                }
            } catch (UnreadableException problem) {
                passedOver.add(name + " (" + problem.getMessage() + ")");
                firstProblem = firstProblem == null ? problem : firstProblem;
            }
        }
        if (answered.isEmpty()) {
            if (firstProblem != null) {
                throw firstProblem;
            }
            return new Reading(formatter, "").read(filled.get(0), source, spec);
        }
        String note = "the workbook's sheets " + String.join(", ", read) + " were read" + (passedOver.isEmpty() ? ""
                : "; not read: " + String.join(", ", passedOver));
        // Sheets of several teams are sections: their teams are all kept, whatever names they share (two sections'
        // "Team 1"), as the run's identities keep them apart. Sheets of one team each are joined by name.
        boolean sections = answered.stream().anyMatch(teams -> teams.size() > 1);
        List<AnswerSheet> teams = sections ? answered.stream().flatMap(List::stream).toList()
                : joined(answered.stream().map(sheetTeams -> sheetTeams.get(0)).toList(), spec);
        return teams.stream().map(team -> team.withNote(note)).toList();
    }

    /**
     * Sheets of one team each, made one team's where they name one team (or at most one name, the team named on its
     * first sheet only), each their own where they name different ones; an unreadable one is always its own. A part
     * answered on two sheets keeps the first answer, in doubt when the other says otherwise: a leftover copy or an
     * old attempt on a second sheet must neither override the answer nor be lost.
     */
    private static List<AnswerSheet> joined(List<AnswerSheet> sheets, SheetSpec spec) {
        long names = sheets.stream().filter(AnswerSheet::readable).map(AnswerSheet::team)
                .filter(team -> !team.isBlank()).map(Characters::identityKey).distinct().count();
        Map<String, List<AnswerSheet>> teams = new LinkedHashMap<>();
        for (int index = 0; index < sheets.size(); index++) {
            AnswerSheet sheet = sheets.get(index);
            String key = !sheet.readable() ? "\u0000" + index : names <= 1 ? "" : Characters.identityKey(sheet.team());
            teams.computeIfAbsent(key, ignored -> new ArrayList<>()).add(sheet);
        }
        List<AnswerSheet> joined = new ArrayList<>();
        for (List<AnswerSheet> team : teams.values()) {
            if (team.size() == 1) {
                joined.add(team.get(0));
                continue;
            }
            String name = team.stream().map(AnswerSheet::team).filter(each -> !each.isBlank()).findFirst().orElse("");
            List<String> members = team.stream().map(AnswerSheet::members).filter(each -> !each.isEmpty()).findFirst()
                    .orElse(List.of());
            Map<String, Answer> answers = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (AnswerSheet sheet : team) {
                sheet.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
                sheet.answers().forEach((part, answer) -> {
                    Answer first = answers.get(part);
                    if (first == null) {
                        answers.put(part, answer);
                    } else if (!first.written().strip().equals(answer.written().strip())) {
                        answers.put(part, first.doubted("answered on two sheets, " + first.where().cell() + " and "
                                + answer.where().cell() + " (" + Excerpt.shortened(answer.written().strip(),
                                        Excerpt.QUOTED) + "), the first read:"
                                + " check which is the team's answer"));
                    }
                });
            }
            joined.add(new AnswerSheet(name, members, team.get(0).source(), Optional.empty(),
                    Table.ordered(answers, spec), notes));
        }
        return joined;
    }

    /** One reading of one sheet of a workbook. */
    private static final class Reading {
        private final DataFormatter formatter;
        /** What names the sheet before a cell's name ({@code 'Section 2'!}), empty in a workbook of one sheet. */
        private final String sheetPrefix;

        Reading(DataFormatter formatter, String sheetPrefix) {
            this.formatter = formatter;
            this.sheetPrefix = sheetPrefix;
        }

        List<AnswerSheet> read(Sheet sheet, String source, SheetSpec spec) throws UnreadableException {
            return Table.sheets(rows(sheet), source, spec);
        }

        private String cellName(int column, int row) {
            return sheetPrefix + Cells.name(column, row);
        }

        /**
         * The note on a row hidden in the workbook: a person opening it does not see the row, so its answer is read
         * but said to be there.
         */
        private static List<String> hidden(Row row) {
            return row != null && row.getZeroHeight() ? List.of("row " + (row.getRowNum() + 1)
                    + " is hidden in the workbook; its cells were read") : List.of();
        }

        /**
         * A cell as the tables read it: its text, its notes (formula, hidden row), why it is refused if it is, and
         * the text struck through in it, which is not its text.
         */
        private Table.Cell tableCell(Cell cell, int column, int rowIndex, List<String> rowNotes) {
            List<String> notes = new ArrayList<>(rowNotes);
            String name = cellName(column, rowIndex);
            if (cell == null) {
                return new Table.Cell("", name, rowIndex, notes);
            }
            Read read = read(cell);
            Struck struck = struck(cell);
            if (struck instanceof Struck.Whole && !text(read).isBlank()) {
                return new Table.Cell("", name, rowIndex, notes, Optional.empty(), Optional.of(text(read)));
            }
            if (struck instanceof Struck.Some some) {
                return new Table.Cell(some.kept(), name, rowIndex, notes, Optional.empty(), Optional.of(some.text()));
            }
            Optional<String> refusal = flags(read, notes);
            return new Table.Cell(refusal.isPresent() ? "" : text(read), name, rowIndex, notes, refusal);
        }

        /**
         * What of a cell is struck through: all of it, where its font strikes it (Excel's Ctrl+5) or every run of its
         * text that holds more than blanks does; or the runs of a text that strike theirs ({@code 9126} struck before
         * {@code 9216} in one cell), with the text left; or nothing. A run without a font of its own has the cell's.
         */
        private static Struck struck(Cell cell) {
            boolean cellStruck = cell.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                    .getStrikeout();
            if (cell.getCellType() != CellType.STRING
                    || !(cell.getRichStringCellValue() instanceof XSSFRichTextString rich)
                    || rich.numFormattingRuns() == 0) {
                return cellStruck ? new Struck.Whole() : new Struck.Nothing();
            }
            String text = rich.getString();
            boolean[] strikes = new boolean[text.length()];
            Arrays.fill(strikes, cellStruck);
            for (int run = 0; run < rich.numFormattingRuns(); run++) {
                XSSFFont font = rich.getFontOfFormattingRun(run);
                int start = Math.min(rich.getIndexOfFormattingRun(run), text.length());
                int end = Math.min(start + rich.getLengthOfFormattingRun(run), text.length());
                Arrays.fill(strikes, start, end, font == null ? cellStruck : font.getStrikeout());
            }
            StringBuilder kept = new StringBuilder();
            StringBuilder struck = new StringBuilder();
            for (int index = 0; index < text.length(); index++) {
                if (!strikes[index]) {
                    kept.append(text.charAt(index));
                } else {
                    // Struck runs apart from each other are quoted apart.
                    struck.append(index > 0 && !strikes[index - 1] && !struck.isEmpty() ? " … " : "")
                            .append(text.charAt(index));
                }
            }
            if (struck.toString().isBlank()) {
                return new Struck.Nothing();
            }
            return kept.toString().isBlank() ? new Struck.Whole() : new Struck.Some(kept.toString(), struck.toString());
        }

        /** What of a cell is struck through ({@link #struck}). */
        private sealed interface Struck {
            /** Nothing: the cell is read as it is. */
            record Nothing() implements Struck {
            }

            /** All its text: the cell is passed over. */
            record Whole() implements Struck {
            }

            /** Some text: the cell is read as the text {@code kept}. */
            record Some(String kept, String text) implements Struck {
            }
        }

        /** Notes on formula cells; a refusal for date cells and error values. */
        private Optional<String> flags(Read read, List<String> notes) {
            Cell cell = read.cell();
            if (read.type() == CellType.FORMULA) {
                if (!savedValue(cell)) {
                    // openpyxl and pandas write formulas without computing them; POI would read such a cell as 0.
                    return Optional.of("cell " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " holds the formula ="
                            + Excerpt.shortened(cell.getCellFormula(), Excerpt.QUOTED)
                            + " without a saved value: open and save it in Excel or LibreOffice");
                }
                notes.add("cell " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " holds the formula ="
                            + Excerpt.shortened(cell.getCellFormula(), Excerpt.QUOTED)
                        + "; its saved value was used");
                if (read.value() == CellType.ERROR) {
                    return Optional.of("the formula in " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " gives an error");
                }
            }
            if (read.date()) {
                notes.add("cell " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " is formatted as a date");
                return Optional.of("cell " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " is formatted as a date (" + formatter.formatCellValue(cell)
                        + "); " + ValueParser.DATE_TAKEN_FOR_A_FRACTION);
            }
            if (read.value() == CellType.ERROR) {
                return Optional.of("cell " + cellName(read.cell().getColumnIndex(), read.cell().getRowIndex()) + " holds an error value");
            }
            return Optional.empty();
        }

        /**
         * Whether a formula cell holds the value its spreadsheet program computed and saved ({@code <v>}); openpyxl
         * writes an empty {@code <v/>}, which POI reads as 0.
         */
        private static boolean savedValue(Cell cell) {
            if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf) {
                return xssf.getCTCell().isSetV() && !xssf.getCTCell().getV().isEmpty();
            }
            return true;
        }

        /**
         * A cell with its type, the type of its value (a formula's saved result) and whether it shows a date, each
         * asked of POI once: every question goes through the workbook's XML, and the date test builds a cell style.
         */
        private record Read(Cell cell, CellType type, CellType value, boolean date) {
        }

        private static Read read(Cell cell) {
            CellType type = cell.getCellType();
            CellType value = type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
            return new Read(cell, type, value, value == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell));
        }

        /** The text a cell shows; numbers exactly (no rounding by the cell's format). */
        private String text(Read read) {
            Cell cell = read.cell();
            if (read.value() == CellType.NUMERIC && !read.date()) {
                return org.cnngrader.engine.Rounding.halfUp(cell.getNumericCellValue(), 15).stripTrailingZeros()
                        .toPlainString();
            }
            if (read.value() == CellType.STRING) {
                return cell.getRichStringCellValue().getString();
            }
            if (read.value() == CellType.BOOLEAN) {
                return Boolean.toString(cell.getBooleanCellValue());
            }
            return formatter.formatCellValue(cell);
        }

        private List<List<Table.Cell>> rows(Sheet sheet) {
            List<List<Table.Cell>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), 10_000);
            for (int index = 0; index <= last; index++) {
                Row row = sheet.getRow(index);
                List<Table.Cell> cells = new ArrayList<>();
                if (row != null) {
                    for (int column = 0; column < Math.min(row.getLastCellNum(), 1_000); column++) {
                        cells.add(tableCell(row.getCell(column), column, index, hidden(row)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
