package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.engine.Tensor;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template layout of a workbook written by POI, cell kind by cell kind. */
class XlsxSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    @TempDir
    static Path folder;

    private static AnswerSheet sheet;

    /** One row per part, its value from column C on, as {@code cnn-grader template} lays it out. */
    @BeforeAll
    static void readAWorkbookOfEveryKindOfCell() throws Exception {
        Path file = folder.resolve("answers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-mmm"));
            row(answers, 1, "team").createCell(2).setCellValue("Team X");
            Row stride = row(answers, 3, "avg_stride");
            stride.createCell(2).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(stride.getCell(2));
            row(answers, 4, "avg_padding").createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            for (int i = 0; i < 3; i++) {
                Row kernel = i == 0 ? row(answers, 5, "identity_kernel") : answers.createRow(5 + i);
                for (int j = 0; j < 3; j++) {
                    kernel.createCell(2 + j).setCellValue(i == 1 && j == 1 ? 1 : 0);
                }
            }
            Row averaging = row(answers, 8, "avg_kernel");
            averaging.createCell(2).setCellValue(0.25);
            averaging.createCell(3).setCellValue(0.25);
            averaging.getCell(3).setCellStyle(date);
            Row holes = row(answers, 9, "S");
            holes.createCell(2).setCellValue(1);
            holes.createCell(4).setCellValue(3);
            row(answers, 10, "flat_size").createCell(2).setCellValue("9216");
            row(answers, 11, "conv1_shape").createCell(2).setCellValue(true);
            workbook.write(output);
        }
        sheet = new XlsxSheetReader().read(file, "answers.xlsx", SPEC).get(0);
    }

    /**
     * A formula without a saved value (what openpyxl and pandas write) was read as 0, with a note saying its saved
     * value was used.
     */
    @Test
    void aFormulaWithoutASavedValueIsRefusedNotReadAsZero() throws Exception {
        Path file = folder.resolve("unsaved.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            row(answers, 1, "team").createCell(2).setCellValue("Team Y");
            row(answers, 3, "avg_stride").createCell(2).setCellFormula("1+1");
            workbook.write(output);
        }
        Answer stride = new XlsxSheetReader().read(file, "unsaved.xlsx", SPEC).get(0).answers().get("avg_stride");
        assertThat(stride.value()).isEmpty();
        assertThat(stride.problem()).get().asString().isEqualTo("cell C4 holds the formula =1+1 without a saved value:"
                + " open and save it in Excel or LibreOffice");
        assertThat(stride.notes()).noneMatch(note -> note.contains("saved value was used"));
    }

    /**
     * openpyxl writes an empty saved value ({@code <v/>}) with each formula: POI read it as 0, taken as saved. And a
     * sheet headed "part, answer" was read as the template, whose answers stand from column C: nothing was found.
     */
    @Test
    void aFormulaOpenpyxlWroteWithAnEmptySavedValueIsRefusedNotReadAsZero() throws Exception {
        AnswerSheet written = new XlsxSheetReader().read(Path.of("src/test/resources/openpyxl-formulas/answers.xlsx"),
                "answers.xlsx", SPEC).get(0);
        assertThat(written.answers().get("avg_stride").value()).isEmpty();
        assertThat(written.answers().get("avg_stride").problem()).hasValue("cell B3 holds the formula =4/2 without a"
                + " saved value: open and save it in Excel or LibreOffice");
        assertThat(written.answers().get("flat_size").value()).isEmpty();
    }

    /**
     * In the template layout a part answered twice took its later answer (an old draft below) without a word, and a
     * row naming "conv9_shape" was dropped without one; a CSV says both. A row naming "Conv1_Shape" answers part
     * conv1_shape, noted, as in a CSV: it was dropped as naming no part.
     */
    @Test
    void aPartAnsweredTwiceAndARowNamingNoPartAreSaidAsInACsv() throws Exception {
        Path file = folder.resolve("drafts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            row(answers, 1, "team").createCell(2).setCellValue("Team D");
            row(answers, 4, "part").createCell(2).setCellValue("answer");
            row(answers, 5, "avg_stride").createCell(2).setCellValue(2);
            row(answers, 6, "Conv1_Shape").createCell(2).setCellValue("96x55x55");
            row(answers, 7, "avg_stride").createCell(2).setCellValue(1);
            row(answers, 8, "conv9_shape").createCell(2).setCellValue("13x13");
            workbook.write(output);
        }
        AnswerSheet read = new XlsxSheetReader().read(file, "drafts.xlsx", SPEC).get(0);
        assertThat(read.notes()).containsExactly(
                "row 7 names part 'Conv1_Shape', read as part 'conv1_shape' (ids compared ignoring case and separators)",
                "part avg_stride is answered twice; the later answer (C8) is used",
                "row 9 names part 'conv9_shape', which the rubric does not have");
        assertThat(read.answers().get("conv1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(read.answers().get("avg_stride").doubt()).contains("the part is answered twice, '2' (C6) and '1'"
                + " (C8); the later is graded: check which value the team means");
    }

    /**
     * The template's row below an answer saying it corrects it ({@code correction: flat_size is 1024, see conv3} in
     * C53 under 9216 in C52): a note said the text was not read, and 9216 was graded, unflagged. It is in doubt.
     */
    @Test
    void aCorrectionInTheRowBelowATemplatesAnswerDoubtsIt() throws Exception {
        Path file = folder.resolve("below.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            row(answers, 1, "team").createCell(2).setCellValue("Team D");
            row(answers, 5, "flat_size").createCell(2).setCellValue(9216);
            answers.createRow(6).createCell(2).setCellValue("correction: flat_size is 1024, see conv3");
            workbook.write(output);
        }
        Answer flat = new XlsxSheetReader().read(file, "below.xlsx", SPEC).get(0).answers().get("flat_size");
        assertThat(flat.value().orElseThrow().toString()).isEqualTo("9216.0");
        assertThat(flat.doubt()).contains("the cell C7 beside it says 'correction: flat_size is 1024, see conv3': check"
                + " which value the team means");
    }

    /** A workbook of parts {@code S}, {@code s}, {@code Conv1} and {@code conv1} ({@link CsvSheetReaderTest#CASES}). */
    @Test
    void exactIdsWinAndAnIdTwoPartsDifferFromOnlyByCaseNamesNeitherAsInACsv() throws Exception {
        Path file = folder.resolve("cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            row(answers, 1, "team").createCell(2).setCellValue("Team Case");
            row(answers, 3, "s").createCell(2).setCellValue(1);
            row(answers, 4, "S").createCell(2).setCellValue(2);
            row(answers, 5, "CONV1").createCell(2).setCellValue(3);
            workbook.write(output);
        }
        AnswerSheet read = new XlsxSheetReader().read(file, "cases.xlsx", CsvSheetReaderTest.CASES).get(0);
        assertThat(read.answers().get("s").written()).isEqualTo("1");
        assertThat(read.answers().get("S").written()).isEqualTo("2");
        assertThat(read.answers()).doesNotContainKeys("Conv1", "conv1");
        assertThat(read.notes()).containsExactly("row 6 names part 'CONV1', which is none of the parts 'Conv1' and"
                + " 'conv1' (their ids differ only by case or separators): it was not read; type the id exactly");
    }

    /** A wide workbook headed "team, s, AVG_STRIDE": the columns named no part, and the workbook was unreadable. */
    @Test
    void aWideWorkbooksHeadersTypedInAnotherCaseNameTheirPartsNoted() throws Exception {
        Path file = folder.resolve("wide-cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet teams = workbook.createSheet("Section 1");
            Row header = teams.createRow(0);
            header.createCell(0).setCellValue("team");
            header.createCell(1).setCellValue("AVG_STRIDE");
            Row team = teams.createRow(1);
            team.createCell(0).setCellValue("PS 2 W");
            team.createCell(1).setCellValue(2);
            workbook.write(output);
        }
        AnswerSheet read = new XlsxSheetReader().read(file, "wide-cases.xlsx", SPEC).get(0);
        assertThat(read.answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(read.notes()).anyMatch(note -> note.contains("column B names part 'AVG_STRIDE', read as part"
                + " 'avg_stride'"));
    }

    /**
     * A workbook with one column per team, written by openpyxl, was read as the template: one team, whose answers were
     * the second team's column.
     */
    @Test
    void aWorkbookWithOneColumnPerTeamIsOneTeamPerColumn() throws Exception {
        var sheets = new XlsxSheetReader().read(Path.of("src/test/resources/spreadsheet-layouts/teams-per-column.xlsx"),
                "teams-per-column.xlsx", SPEC);
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 A", "PS 2 B");
        assertThat(sheets.get(0).answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(sheets.get(1).answers().get("conv1_shape").where().cell()).isEqualTo("C2");
        assertThat(sheets.get(1).notes()).containsExactly("the sheet has one column per team; this team's is headed"
                + " 'PS 2 B'");
    }

    /**
     * A TA's workbook of teams, written by openpyxl, with a title above its header was unreadable; its average and
     * total rows were graded as teams; its hidden row was read without a word.
     */
    @Test
    void aTitleIsPassedOverSummaryRowsAreNoTeamsAndAHiddenRowIsSaid() throws Exception {
        var sheets = new XlsxSheetReader().read(
                Path.of("src/test/resources/spreadsheet-layouts/cohort-with-summary.xlsx"), "cohort.xlsx", SPEC);
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 A", "PS 2 D");
        assertThat(sheets.get(0).notes()).containsExactly("the team cells A5 ('Average'), A6 ('Total teams:') sum the"
                + " teams up rather than name one, and were not graded",
                "the sheet's header is its row 2; the title above it was not read");
        assertThat(sheets.get(1).answers().get("flat_size").notes())
                .containsExactly("row 4 is hidden in the workbook; its cells were read");
        assertThat(sheets.get(0).answers().get("flat_size").notes()).isEmpty();
    }

    /**
     * A student's long layout, written by openpyxl, with its team's and members' rows above the {@code part | answer}
     * header: read as the template, each answer from the column right of it (a 3 × 3 kernel as 3 × 2), the scalars and
     * shapes missing without a word, and the team unnamed.
     */
    @Test
    void aTeamsRowsAboveALongHeaderAreItsOwn() throws Exception {
        var sheets = new XlsxSheetReader().read(
                Path.of("src/test/resources/spreadsheet-layouts/team-above-header.xlsx"), "team.xlsx", SPEC);
        assertThat(sheets).hasSize(1);
        AnswerSheet team = sheets.get(0);
        assertThat(team.team()).isEqualTo("PS 2 L");
        assertThat(team.members()).containsExactly("Ann", "Bo");
        assertThat(team.answers().get("identity_kernel").value()).hasValueSatisfying(value -> assertThat(
                ((SheetValue.Numbers) value).tensor().shape()).containsExactly(3, 3));
        assertThat(team.answers().get("avg_kernel").where().cell()).isEqualTo("B7:C8");
        assertThat(team.answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(team.answers().get("conv1_shape").written()).isEqualTo("96x55x55");
        assertThat(team.answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(team.notes()).noneMatch(note -> note.contains("title"));
    }

    /**
     * Only a workbook's first sheet was read: a section per sheet lost the second section's teams, and a team that
     * answered 1.5 on a sheet of its own lost 1.5, without a word.
     */
    @Test
    void everySheetThatAnswersIsReadAndOneTeamsSheetsAreOneTeam() throws Exception {
        Path sections = folder.resolve("sections.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(sections)) {
            workbook.createSheet("Read me").createRow(0).createCell(0).setCellValue("One sheet per section.");
            for (String section : List.of("1", "2")) {
                Sheet sheet = workbook.createSheet("Section " + section);
                Row header = sheet.createRow(0);
                header.createCell(0).setCellValue("team");
                header.createCell(1).setCellValue("avg_stride");
                Row team = sheet.createRow(1);
                team.createCell(0).setCellValue("Team " + section);
                team.createCell(1).setCellValue(Integer.parseInt(section));
            }
            workbook.write(output);
        }
        List<AnswerSheet> teams = new XlsxSheetReader().read(sections, "sections.xlsx", SPEC);
        assertThat(teams).extracting(AnswerSheet::team).containsExactly("Team 1", "Team 2");
        assertThat(teams.get(1).answers().get("avg_stride").where().cell()).isEqualTo("'Section 2'!B2");
        assertThat(teams.get(1).notes()).contains("the workbook's sheets 'Section 1', 'Section 2' were read; not read:"
                + " 'Read me' (the first row names no part of the rubric: expected the columns team, part, answer, or"
                + " one column per part id)");

        Path split = folder.resolve("split.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(split)) {
            Sheet answers = workbook.createSheet("Main");
            row(answers, 1, "team").createCell(2).setCellValue("Team E");
            row(answers, 5, "avg_stride").createCell(2).setCellValue(2);
            Sheet more = workbook.createSheet("1.5");
            row(more, 0, "part").createCell(1).setCellValue("answer");
            row(more, 1, "flat_size").createCell(1).setCellValue(9216);
            row(more, 2, "avg_stride").createCell(1).setCellValue(1);
            workbook.write(output);
        }
        List<AnswerSheet> one = new XlsxSheetReader().read(split, "split.xlsx", SPEC);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).team()).isEqualTo("Team E");
        assertThat(one.get(0).answers().get("flat_size").written()).isEqualTo("9216");
        // Answered on both sheets: the first sheet's answer, in doubt, the other named.
        assertThat(one.get(0).answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(one.get(0).answers().get("avg_stride").doubt()).hasValue("answered on two sheets, 'Main'!C6 and"
                + " '1.5'!B3 (1), the first read: check which is the team's answer");
    }

    /**
     * Two sections numbering their teams alike ("Team 1" on each sheet) were merged into one team each; and a row of
     * a second sheet that answers but names no team was lost. Sections keep all their teams.
     */
    @Test
    void sectionsThatNumberTheirTeamsAlikeKeepEveryTeam() throws Exception {
        Path sections = folder.resolve("numbered.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(sections)) {
            for (String section : List.of("1", "2")) {
                Sheet sheet = workbook.createSheet("Section " + section);
                Row header = sheet.createRow(0);
                header.createCell(0).setCellValue("team");
                header.createCell(1).setCellValue("avg_stride");
                for (int team = 1; team <= 2; team++) {
                    Row row = sheet.createRow(team);
                    row.createCell(0).setCellValue("Team " + team);
                    row.createCell(1).setCellValue(team);
                }
                sheet.createRow(3).createCell(1).setCellValue(2);
            }
            workbook.write(output);
        }
        List<AnswerSheet> teams = new XlsxSheetReader().read(sections, "numbered.xlsx", SPEC);
        assertThat(teams).extracting(AnswerSheet::team).containsExactly("Team 1", "Team 2", "row 4 without a team",
                "Team 1", "Team 2", "row 4 without a team");
        assertThat(teams.get(3).answers().get("avg_stride").where().cell()).isEqualTo("'Section 2'!B2");
        assertThat(teams.get(5).readable()).isFalse();
    }

    /**
     * A kernel typed {@code ¼} in each cell of its block (Excel's AutoCorrect sets a typed 1/4 so) was unreadable,
     * "'¼' is not a number", though the same {@code ¼} in one cell or in a document reads as 1/4. A cell of a block
     * holds a number by the one grammar too.
     */
    @Test
    void aBlocksCellsHoldingAFractionSetAsOneCharacterReadAsThatFraction() throws Exception {
        Path file = written("quarters.xlsx", "answers", answers -> {
            Row first = row(answers, 4, "avg_kernel");
            Row second = answers.createRow(5);
            for (Row row : List.of(first, second)) {
                row.createCell(2).setCellValue("¼");
                row.createCell(3).setCellValue("¼");
            }
        });
        Answer kernel = new XlsxSheetReader().read(file, "quarters.xlsx", SPEC).get(0).answers().get("avg_kernel");
        assertThat(kernel.value().orElseThrow().toString()).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
    }

    /**
     * A workbook of teams one of which is named {@code A}, as a part of the rubric is, was read as the template: its
     * first column named a part, so team A's flat_size was graded as part A and team B was lost.
     */
    @Test
    void aWorkbookOfTeamsOneNamedAsAPartKeepsItsTeams() throws Exception {
        Path file = written("teams.xlsx", "teams", teams -> {
            Row header = row(teams, 0, "team");
            header.createCell(1).setCellValue("avg_stride");
            header.createCell(2).setCellValue("flat_size");
            Row a = row(teams, 1, "A");
            a.createCell(1).setCellValue(2);
            a.createCell(2).setCellValue(9216);
            Row b = row(teams, 2, "B");
            b.createCell(1).setCellValue(1);
            b.createCell(2).setCellValue(6400);
        });
        List<AnswerSheet> read = new XlsxSheetReader().read(file, "teams.xlsx", SPEC);
        assertThat(read).extracting(AnswerSheet::team).containsExactly("A", "B");
        assertThat(read.get(0).answers()).containsOnlyKeys("avg_stride", "flat_size");
    }

    /**
     * A comment typed beside an answer in the template ({@code windows must not overlap} right of the stride, {@code
     * max of each window} right of P's block) made the answer unreadable: the comment was read as a cell of it. It is
     * said and not read, as the long layout does.
     */
    @Test
    void aCommentBesideAnAnswerIsSaidNotReadAsPartOfIt() throws Exception {
        Path file = written("commented.xlsx", "answers", answers -> {
            Row stride = row(answers, 4, "avg_stride");
            stride.createCell(2).setCellValue(2);
            stride.createCell(3).setCellValue("windows must not overlap");
            Row pooled = row(answers, 6, "P");
            pooled.createCell(2).setCellValue(0.95);
            pooled.createCell(3).setCellValue(0.99);
            pooled.createCell(5).setCellValue("max of each window");
            Row second = answers.createRow(7);
            second.createCell(2).setCellValue(1);
            second.createCell(3).setCellValue(1);
        });
        AnswerSheet read = new XlsxSheetReader().read(file, "commented.xlsx", SPEC).get(0);
        assertThat(read.answers().get("avg_stride").value()).contains(new SheetValue.Numbers(Tensor.scalar(2)));
        assertThat(read.answers().get("P").value().orElseThrow().toString()).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(read.answers().get("P").doubt()).isEmpty();
        assertThat(read.notes()).containsExactly(
                "the cells D5 beside the answer to avg_stride hold text and were not read",
                "the cells F7 beside the answer to P hold text and were not read");
    }

    /**
     * {@code 96×55×55} in C36 and the team's correction {@code 96×54×54} beside it in D36: the first was graded
     * correct, unflagged, the second passed over as text. A value beside an answer puts it in doubt; a remark with a
     * number in it ("mean over 2 samples") does not.
     */
    @Test
    void aShapeTypedBesideTheAnswerPutsItInDoubt() throws Exception {
        Path file = written("corrected.xlsx", "answers", answers -> {
            Row shape = row(answers, 4, "conv1_shape");
            shape.createCell(2).setCellValue("96×55×55");
            shape.createCell(3).setCellValue("96×54×54");
            Row flat = row(answers, 6, "flat_size");
            flat.createCell(2).setCellValue(9216);
            flat.createCell(3).setCellValue("256 maps of 6 × 6");
        });
        AnswerSheet read = new XlsxSheetReader().read(file, "corrected.xlsx", SPEC).get(0);
        assertThat(read.answers().get("flat_size").doubt()).isEmpty();
        Answer conv1 = read.answers().get("conv1_shape");
        assertThat(conv1.value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(conv1.doubt()).contains("the cell D5 beside it holds '96×54×54', another value: check which the"
                + " team means");
    }

    /** The templates a team filled in with openpyxl, each with one edit ({@code src/test/resources/template-edited}). */
    private static AnswerSheet edited(String name) throws Exception {
        return new XlsxSheetReader().read(Path.of("src/test/resources/template-edited", name), name, SPEC).get(0);
    }

    /**
     * A row whose id a team retyped as {@code pool1 shape} named no part: pool1_shape was missing, unflagged, its
     * answer on the sheet. Ids are compared ignoring separators as well as case.
     */
    @Test
    void aPartIdTypedWithASpaceForItsUnderscoreNamesThePart() throws Exception {
        AnswerSheet spaced = edited("id-with-a-space.xlsx");
        assertThat(spaced.answers().get("pool1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(spaced.notes()).containsExactly("row 38 names part 'pool1 shape', read as part 'pool1_shape' (ids"
                + " compared ignoring case and separators)");
    }

    /**
     * A row renamed {@code pool1 output} names no part: its value is left for the grader to flag the parts of
     * question 1.5, which has no row of pool1_shape, rather than report pool1_shape missing as if unanswered.
     */
    @Test
    void aRowNamingNoPartLeavesItsValueToTheQuestionThatLacksARow() throws Exception {
        AnswerSheet renamed = edited("id-renamed.xlsx");
        assertThat(renamed.answers()).doesNotContainKey("pool1_shape");
        assertThat(renamed.valuesLeft()).containsOnlyKeys("1.5");
        assertThat(renamed.valuesLeft().get("1.5")).extracting(Where::cell).containsExactly("C38");
        assertThat(edited("id-with-a-space.xlsx").valuesLeft()).isEmpty();
    }

    /**
     * The stride and the flattened length typed over their descriptions in column B, column C left empty: both were
     * missing, unflagged. They are read there, flagged, since the template's answers stand from column C.
     */
    @Test
    void anAnswerTypedOverItsDescriptionIsReadAndFlagged() throws Exception {
        AnswerSheet overB = edited("answer-over-description.xlsx");
        Answer stride = overB.answers().get("avg_stride");
        assertThat(stride.value()).contains(new SheetValue.Numbers(Tensor.scalar(2)));
        assertThat(stride.where().cell()).isEqualTo("B29");
        assertThat(stride.doubt()).contains("written in B29, where the template describes the part; its answer cells,"
                + " from column C, are empty");
        assertThat(overB.answers().get("flat_size").value()).contains(new SheetValue.Numbers(Tensor.scalar(9216)));
        // A description, unedited, is no answer: the parts answered in column C are read from there.
        assertThat(overB.answers().get("avg_padding").where().cell()).isEqualTo("C34");
        assertThat(overB.answers().get("avg_padding").doubt()).isEmpty();
    }

    /**
     * Answers typed in the row below their part's row, which was left empty ({@code conv1_shape} in A36,
     * {@code 96x55x55} in C37; the stride in C30): every such part was missing, unflagged. Each is read from there,
     * flagged; the parts answered in their own rows are not.
     */
    @Test
    void anAnswerTypedInTheRowBelowItsOwnIsReadAndFlagged() throws Exception {
        AnswerSheet below = edited("answer-below-its-row.xlsx");
        Answer conv1 = below.answers().get("conv1_shape");
        assertThat(conv1.value()).contains(new SheetValue.Numbers(Tensor.vector(96, 55, 55)));
        assertThat(conv1.where().cell()).isEqualTo("C37");
        assertThat(conv1.doubt()).contains("written from C37, below the part's row 36, whose answer cells are empty");
        assertThat(below.answers().get("avg_stride").value()).contains(new SheetValue.Numbers(Tensor.scalar(2)));
        assertThat(below.answers().get("avg_stride").doubt()).isPresent();
        assertThat(below.answers().get("pool1_shape").where().cell()).startsWith("C38");
        assertThat(below.answers().get("pool1_shape").doubt()).isEmpty();
        assertThat(below.answers().get("avg_kernel").doubt()).isEmpty();
    }

    /** A workbook of one sheet, {@code sheetName}, its cells set by {@code cells}, written by POI as {@code name}. */
    private static Path written(String name, String sheetName, Consumer<Sheet> cells)
            throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            cells.accept(workbook.createSheet(sheetName));
            workbook.write(output);
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, String part) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(part);
        return row;
    }

    @Test
    void theTeamIsItsCell() {
        assertThat(sheet.team()).isEqualTo("Team X");
    }

    @Test
    void aFormulaIsReadFromItsSavedValueAndNoted() {
        Answer stride = sheet.answers().get("avg_stride");
        assertThat(stride.value()).contains(new SheetValue.Numbers(Tensor.scalar(2)));
        assertThat(stride.notes()).containsExactly("cell C4 holds the formula =1+1; its saved value was used");
        assertThat(stride.where().cell()).isEqualTo("C4");
    }

    @Test
    void anErrorValueIsRefused() {
        assertThat(sheet.answers().get("avg_padding").problem()).contains("cell C5 holds an error value");
    }

    @Test
    void aBlockOfNumbersIsAMatrix() {
        Answer kernel = sheet.answers().get("identity_kernel");
        assertThat(kernel.value()).contains(new SheetValue.Numbers(Tensor.matrix(new double[][] {
            {0, 0, 0}, {0, 1, 0}, {0, 0, 0}})));
        assertThat(kernel.where().cell()).isEqualTo("C6:E8");
    }

    @Test
    void aDateCellIsRefusedWithItsDate() {
        Answer kernel = sheet.answers().get("avg_kernel");
        assertThat(kernel.value()).isEmpty();
        assertThat(kernel.problem().orElseThrow()).startsWith("cell D9 is formatted as a date (")
                .endsWith("type it as a number");
        assertThat(kernel.notes()).containsExactly("cell D9 is formatted as a date");
    }

    @Test
    void aGapInABlockIsRefusedByItsCell() {
        assertThat(sheet.answers().get("S").problem()).contains("cell D10 of the block is empty");
    }

    @Test
    void textIsReadAsWhatItSays() {
        assertThat(sheet.answers().get("flat_size").value()).contains(new SheetValue.Numbers(Tensor.scalar(9216)));
        assertThat(sheet.answers().get("conv1_shape").written()).isEqualTo("true");
    }

    /** A workbook of 30,000 rows of numbers, some 11 MB of XML, would take some 200 MB of heap in POI's model. */
    @Test
    void aWorkbookWhoseSheetInflatesPastTheLimitIsRefusedBeforePoiOpensIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("cells.xlsx");
        HostileOfficeFiles.workbookOfNumbers(file, 1, 30_000);
        assertThatThrownBy(() -> new XlsxSheetReader().read(file, "cells.xlsx", SPEC))
                .isInstanceOf(UnreadableException.class)
                .hasMessage("the workbook's XML inflates to more than 8 MB: too large or too slow to read (limit 8 MB"
                        + " of XML per workbook)");
    }

    /** POI models every sheet when it opens a workbook: sheets each small but many together are refused as well. */
    @Test
    void aWorkbookOfManySmallSheetsIsRefusedByTheirXmlTogether(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("sheets.xlsx");
        HostileOfficeFiles.workbookOfNumbers(file, 15, 2_000);
        assertThatThrownBy(() -> new XlsxSheetReader().read(file, "sheets.xlsx", SPEC))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining("limit 8 MB of XML per workbook");
    }

    /** A text cell "96,55,55" for a layer's shape was refused, "'96,55,55' is not a number". */
    @Test
    void aShapesSidesPartedByCommasInATextCellAreTheShape() throws Exception {
        Path file = folder.resolve("commas.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            row(answers, 1, "team").createCell(2).setCellValue("Team C");
            row(answers, 5, "conv1_shape").createCell(2).setCellValue("96,55,55");
            workbook.write(output);
        }
        Answer conv1 = new XlsxSheetReader().read(file, "commas.xlsx", SPEC).get(0).answers().get("conv1_shape");
        assertThat(conv1.value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(conv1.notes()).anyMatch(note -> note.contains("96 × 55 × 55"));
    }

    /**
     * A comment typed right of a matrix typed cell by cell ("valid, bias added" in F6 beside S in B6:D8) threw the
     * block away: the top-left cell alone was graded, and the note said the number cells held text. Text right of
     * the numbers ends their rows; only the text is said not to be read. Written by openpyxl and re-saved by
     * LibreOffice.
     */
    @Test
    void aCommentBesideAMatrixTypedCellByCellEndsItsRows() throws Exception {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        for (String name : List.of("sheet.xlsx", "libreoffice.xlsx")) {
            AnswerSheet read = new XlsxSheetReader().read(Path.of("src/test/resources/spreadsheet-comments", name),
                    name, backprop).get(0);
            assertThat(read.answers().get("S").value()).as(name).hasValueSatisfying(value -> assertThat(
                    value.toString()).isEqualTo("[[-0.5, 4.5, 5.5], [3.5, 0.5, 2.5], [3.5, 1.5, 2.5]]"));
            assertThat(read.answers().get("dK").value().orElseThrow().toString()).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
            assertThat(read.answers().get("dA").value().orElseThrow().toString())
                    .isEqualTo("[[0.0, 0.5, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.5, 0.0], [0.5, 0.0, 0.0, 0.0]]");
            assertThat(read.answers().get("S").doubt()).isEmpty();
            assertThat(read.notes()).contains("the cells F6 beside the answer to S hold text and were not read");
        }
    }

    /**
     * The template with cells struck through (Excel's Ctrl+5, written by openpyxl): the struck flattened length was
     * graded and the new one beside it passed over, flagged; the struck shape was joined with the new one into six
     * numbers; the struck stride was graded as the answer.
     */
    @Test
    void aCellStruckThroughWasReadAsTheAnswer() throws Exception {
        AnswerSheet read = new XlsxSheetReader().read(Path.of("src/test/resources/struck-cells/struck-template.xlsx"),
                "struck-template.xlsx", SPEC).get(0);
        Answer flat = read.answers().get("flat_size");
        assertThat(flat.written()).isEqualTo("9216");
        assertThat(flat.where().cell()).isEqualTo("D52");
        assertThat(flat.doubt()).isEmpty();
        Answer conv1 = read.answers().get("conv1_shape");
        assertThat(conv1.value()).contains(new SheetValue.Numbers(Tensor.vector(96, 55, 55)));
        assertThat(conv1.where().cell()).isEqualTo("F36:H36");
        assertThat(read.answers()).doesNotContainKey("avg_stride");
        assertThat(read.notes()).contains("text struck through was passed over: '1' (cell C29)",
                "text struck through was passed over: '96 54 54' (cells C36, D36, E36)",
                "text struck through was passed over: '9126' (cell C52)");
    }

    /**
     * LibreOffice Calc's XLSX of a long layout with part of a cell struck: {@code 96x54x54} struck before
     * {@code 96x55x55} made the cell unreadable, and {@code 28} struck inside {@code 96x2827x27} was read into the
     * number, graded incorrect as an arithmetic slip.
     */
    @Test
    void textStruckThroughInACellWasReadWithTheRest() throws Exception {
        AnswerSheet read = new XlsxSheetReader().read(Path.of("src/test/resources/struck-cells/struck-in-a-cell.xlsx"),
                "struck-in-a-cell.xlsx", SPEC).get(0);
        assertThat(read.answers().get("conv1_shape").value()).contains(new SheetValue.Numbers(
                Tensor.vector(96, 55, 55)));
        assertThat(read.answers().get("conv1_shape").notes())
                .containsExactly("text struck through was passed over: '96x54x54' (cell B4)");
        assertThat(read.answers().get("pool1_shape").value()).contains(new SheetValue.Numbers(
                Tensor.vector(96, 27, 27)));
        assertThat(read.answers().get("pool1_shape").notes())
                .containsExactly("text struck through was passed over: '28' (cell B5)");
        assertThat(read.answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(read.answers().get("flat_size").doubt()).isEmpty();
        assertThat(read.notes()).contains("text struck through was passed over: '9126' (cell B6)");
    }

    /**
     * In a workbook of teams, a team's struck cell is no answer, said on that team only (it was read as the team's
     * answer).
     */
    @Test
    void aStruckCellOfAWorkbookOfTeamsIsNoAnswer() throws Exception {
        Path file = written("teams-struck.xlsx", "teams", sheet -> {
            var struck = sheet.getWorkbook().createFont();
            struck.setStrikeout(true);
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setFont(struck);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("team");
            header.createCell(1).setCellValue("avg_stride");
            header.createCell(2).setCellValue("flat_size");
            for (int index = 1; index <= 2; index++) {
                Row team = sheet.createRow(index);
                team.createCell(0).setCellValue("Team " + index);
                team.createCell(1).setCellValue(2);
                team.createCell(2).setCellValue(9216);
            }
            sheet.getRow(1).getCell(1).setCellStyle(style);
            // A blank cell formatted to strike is nothing struck.
            header.createCell(3).setCellValue("conv1_shape");
            sheet.getRow(1).createCell(3).setCellStyle(style);
        });
        List<AnswerSheet> teams = new XlsxSheetReader().read(file, "teams-struck.xlsx", SPEC);
        assertThat(teams.get(0).answers()).containsOnlyKeys("flat_size");
        assertThat(teams.get(0).notes()).containsExactly("text struck through was passed over: '2' (cell B2)");
        assertThat(teams.get(1).answers()).containsOnlyKeys("avg_stride", "flat_size");
        assertThat(teams.get(1).notes()).isEmpty();
    }
}
