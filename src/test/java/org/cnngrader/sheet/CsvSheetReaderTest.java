package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    /** A rubric whose parts {@code S} and {@code s}, {@code Conv1} and {@code conv1} differ only by case. */
    static final SheetSpec CASES = new SheetSpec(List.of(new SheetSpec.QuestionSpec("1", "Values", List.of())),
            Stream.of("S", "s", "Conv1", "conv1").map(id -> new SheetSpec.PartSpec(id, "1",
                    List.of(id), Optional.of(org.cnngrader.engine.Tensor.scalar(7)), List.of(),
                    Optional.empty(), SheetSpec.ValueKind.NUMBER, Optional.empty(), "", true))
                    .toList(), List.of());

    private static List<AnswerSheet> read(Path folder, String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new CsvSheetReader().read(file, name, SPEC);
    }

    @Test
    void longLayoutWithSeveralTeamsAndABom(@TempDir Path folder) throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] text = "team,part,answer\nA,avg_stride,2\nB,avg_stride,1\nA,flat_size,\"9,216\"\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        List<AnswerSheet> sheets = read(folder, "long.csv", content);
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("A", "B");
        assertThat(sheets.get(0).answers().get("flat_size").value().orElseThrow().toString()).isEqualTo("9216.0");
        assertThat(sheets.get(0).answers().get("avg_stride").where().cell()).isEqualTo("C2");
    }

    @Test
    void wideLayoutWithSemicolonsAndMembers(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "wide.csv", ("team;members;S;avg_stride\n"
                + "Red;Ann, Bob;\"[[1, 2], [3, 4]]\";2\nBlue;Cy;\"[0,5 1; 1 0]\";1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0).members()).containsExactly("Ann", "Bob");
        assertThat(sheets.get(1).answers().get("S").value().orElseThrow().toString())
                .isEqualTo("[[0.5, 1.0], [1.0, 0.0]]");
    }

    @Test
    void unknownPartsAreNotedAndRepeatedOnesKeepTheLast(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "notes.csv",
                "part,answer\nteam,Solo\nQ9,1\navg_stride,1\navg_stride,2\n".getBytes(StandardCharsets.UTF_8));
        AnswerSheet sheet = sheets.get(0);
        assertThat(sheet.team()).isEqualTo("Solo");
        assertThat(sheet.notes()).anyMatch(note -> note.contains("'Q9', which the rubric does not have"))
                .anyMatch(note -> note.contains("avg_stride is answered twice"));
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("2");
    }

    /**
     * A correction outside the answer's cell ({@code flat_size (corrected),1024} in a row of its own, {@code
     * remark,conv3 should be 384 x 9 x 9}, {@code correction: 1 (not 2)} in the notes column, a part answered again
     * with another value) was a note at most: the first answer was graded, unflagged. The answer read is in doubt, the
     * correction quoted, also when a long remark names the part past what its snippet shows; a remark without a number
     * or naming no part, and a part repeated with the same value, are not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flat_size (corrected),1024,we recomputed|flat_size|row 4, 'flat_size (corrected): 1024', may correct it",
        "remark,conv3 should be 384 x 9 x 9,|conv3_shape|row 4, 'remark: conv3 should be 384 x 9 x 9', may correct it",
        "flat_size,1024,|flat_size|the part is answered twice, '9216' (B3) and '1024' (B4); the later is graded",
        "avg_stride,2,correction: 1 (not 2)|avg_stride|the cell C4 beside it says 'correction: 1 (not 2)'",
        "remark,\"we first worked every shape out by hand, then in PyTorch with a random input of the right size, and"
            + " compared the two line by line, layer after layer, before writing them down here;"
            + " after that we saw that conv3 should be 384 x 9 x 9\",|conv3_shape"
            + "|row 4, 'remark: we first worked every shape out by hand",
        "remark,conv3 should be checked again,|conv3_shape|",
        "remark,we corrected 3 typos,|conv3_shape|",
        "flat_size,9216,|flat_size|"})
    void aCorrectionOutsideTheAnswersCellDoubtsIt(String row, String part, String doubt, @TempDir Path folder)
            throws Exception {
        String rows = "part,answer,notes\nconv3_shape,384 x 13 x 13,\nflat_size,9216,\n" + row + "\n";
        Answer answer = read(folder, "corrected.csv", rows.getBytes(StandardCharsets.UTF_8)).get(0).answers().get(part);
        if (doubt == null) {
            assertThat(answer.doubt()).as(row).isEmpty();
        } else {
            assertThat(answer.doubt()).as(row).hasValueSatisfying(reason -> assertThat(reason).startsWith(doubt)
                    .endsWith("check which value the team means"));
        }
    }

    /**
     * {@code stride,2} for avg_stride, an id the rubric does not have: avg_stride was missing, unflagged, its answer on
     * the sheet. The row's value is left to each question a part of which has no row (1.4, which has no row of
     * avg_stride, and those the sheet does not answer); a question all of whose parts have their rows is left alone.
     */
    @Test
    void aRowNamingNoPartLeavesItsValueToTheQuestionThatLacksARow(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "renamed.csv", ("part,answer\nteam,Solo\nstride,2\navg_padding,0\n"
                + "avg_kernel,\"[[0.25, 0.25], [0.25, 0.25]]\"\nP,\"[[0.95, 0.99], [1, 1]]\"\n")
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers()).doesNotContainKey("avg_stride");
        assertThat(sheet.valuesLeft().get("1.4")).extracting(Where::cell).containsExactly("B3");
        assertThat(sheet.valuesLeft()).containsKey("1.5").doesNotContainKey("1.3.2");
        AnswerSheet spaced = read(folder, "spaced.csv", "part,answer\nteam,Solo\navg stride,2\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(spaced.answers().get("avg_stride").written()).isEqualTo("2");
    }

    /**
     * The template filled in and saved as CSV by LibreOffice Calc ({@code src/test/resources/template-edited}): the
     * whole sheet was unreadable, "the first row names no part of the rubric". It is the template's layout, read as a
     * workbook's: part id in column A, its value from column C on, a matrix as a block of cells.
     */
    @Test
    void theTemplateSavedAsCsvIsReadInTheTemplatesLayout() throws Exception {
        AnswerSheet sheet = new CsvSheetReader().read(Path.of("src/test/resources/template-edited/filled-calc.csv"),
                "filled-calc.csv", SPEC).get(0);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.team()).isEqualTo("Saved As CSV");
        assertThat(sheet.answers().get("A").value().orElseThrow().toString())
                .isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99,"
                        + " 0.88]]");
        assertThat(sheet.answers().get("A").where().cell()).isEqualTo("C16:F19");
        assertThat(sheet.answers().get("conv1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(sheet.answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(sheet.answers()).hasSize(16);
    }

    /**
     * A sheet of teams one of which is named {@code A}, as a part of the rubric is: read as the template, its first
     * column naming a part, team A's flat_size was graded as part A and team B was lost. A header of part ids makes it
     * the wide layout, whatever its teams are named.
     */
    @Test
    void aSheetOfTeamsOneNamedAsAPartKeepsItsTeams(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "wide.csv", "team,avg_stride,flat_size\nA,2,9216\nB,1,6400\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("A", "B");
        assertThat(sheets.get(0).answers()).containsOnlyKeys("avg_stride", "flat_size");
        assertThat(sheets.get(1).answers().get("flat_size").written()).isEqualTo("6400");
    }

    /**
     * {@code avg_stride,2} row after row, with no header: read as the template, each answer was taken from column B as
     * if typed over a description, flagged (and before, as a sheet of teams headed by its first row, unreadable). It
     * is the long layout without its header, noted.
     */
    @Test
    void aListOfPartsAndAnswersWithoutAHeaderIsTheLongLayout(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "list.csv", "team,Solo\navg_stride,2\nconv1_shape,96,55,55\nP,0.95,0.99\n,1,1\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.team()).isEqualTo("Solo");
        assertThat(sheet.notes()).contains("the sheet has no header: its rows were read as part, answer");
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(sheet.answers().get("avg_stride").doubt()).isEmpty();
        assertThat(sheet.answers().get("conv1_shape").value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(sheet.answers().get("P").value().orElseThrow().toString()).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
    }

    /** A second team row in a sheet without a team column renamed the one team: the first team's answers were lost. */
    @Test
    void aSecondTeamRowStartsASecondTeam(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "two.csv", ("part,answer\nteam,PS 2 A1\nflat_size,9216\n"
                + "team,PS 2 A2\nmembers,Ann; Bo\nflat_size,4096\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 A1", "PS 2 A2");
        assertThat(sheets.get(0).answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(sheets.get(1).answers().get("flat_size").written()).isEqualTo("4096");
        assertThat(sheets.get(1).members()).containsExactly("Ann", "Bo");
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet.notes()).containsExactly(
                "the sheet names more than one team; each team row starts that team's answers"));
    }

    /**
     * A shape typed one number per cell ({@code conv1_shape,96,55,55}) was read as 96, and a matrix typed a row per
     * line, the part named on its first line only, as its first number.
     */
    @Test
    void anAnswerTypedOneNumberPerCellIsReadWhole(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "cells.csv", ("part,answer,,,\nconv1_shape,96,55,55,\n"
                + "S,0,2,0,2\n,3,2,5,2\n,\"1,5\",\"7,5\",\"2,5\",\"6,5\"\n,3,2,5,2\nflat_size,9216,,,\n")
                .getBytes(StandardCharsets.UTF_8)).get(0);
        Answer shape = sheet.answers().get("conv1_shape");
        assertThat(shape.value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(shape.where().cell()).isEqualTo("B2:D2");
        assertThat(shape.notes()).containsExactly("the answer runs over the cells B2:D2, read as one value, a row of"
                + " cells per row");
        Answer matrix = sheet.answers().get("S");
        assertThat(matrix.value().orElseThrow().toString())
                .isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5], [3.0, 2.0, 5.0, 2.0]]");
        assertThat(matrix.where().cell()).isEqualTo("B3:E6");
        assertThat(sheet.answers().get("flat_size").where().cell()).isEqualTo("B7");
    }

    /**
     * Numbers beside the answer to a part of one number are no part of it, and a vector typed down a column is a
     * vector; an empty team row names no team, and a team called "Max" or "Group 4:" is a team.
     */
    @Test
    void onlyAnAnswerOfSeveralNumbersRunsOverCells(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "cells.csv", "part,answer,,\nteam,\nflat_size,9216,2\nconv1_shape,96\n,55\n,55\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers().get("flat_size").value().orElseThrow().toString()).isEqualTo("9216.0");
        assertThat(sheet.notes()).containsExactly("the cells C3 beside the answer to flat_size were not read: the part"
                + " asks for one number");
        assertThat(sheet.answers().get("conv1_shape").value().orElseThrow().toString())
                .isEqualTo("[96.0, 55.0, 55.0]");
        List<AnswerSheet> wide = read(folder, "wide.csv", "team,flat_size\nMax,9216\nGroup 4:,4096\nTotal:,2\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(wide).extracting(AnswerSheet::team).containsExactly("Max", "Group 4:");
        // In the long layout too, a row whose team cell sums the teams up is no team.
        List<AnswerSheet> rows = read(folder, "long.csv", "team,part,answer\nRed,flat_size,9216\nAverage,flat_size,9216\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(AnswerSheet::team).containsExactly("Red");
        assertThat(rows.get(0).notes()).containsExactly("the team cells A3 ('Average') sum the teams up rather than"
                + " name one, and were not graded");
    }

    /**
     * A sheet headed "Part ID;Your answer" was read as one column per team, its team named "Your answer": its answer
     * column is the long layout's, and its team row names the team.
     */
    @Test
    void anAnswerColumnHeadedInOtherWordsIsTheLongLayout(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "headers.csv", "Part ID;Your answer\nteam;PS 2 S14\nflat_size;9216\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 S14");
        assertThat(sheets.get(0).answers().get("flat_size").where().cell()).isEqualTo("B3");
    }

    /** Text beside an answer is no part of it: the answer is its cell, and the text is said not to be read. */
    @Test
    void textBesideAnAnswerIsSaidAndNotRead(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "text.csv", "part,answer,,question\nflat_size,9216,see page 2,1.5\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers().get("flat_size").written()).isEqualTo("9216");
        assertThat(sheet.notes()).containsExactly("the cells C2 beside the answer to flat_size hold text and were not"
                + " read");
    }

    /**
     * A comment beside a matrix typed cell by cell threw the matrix away (the top-left cell was graded): the text ends
     * the numbers' rows, as LibreOffice's CSV export of such a sheet writes them. Where the numbers left are not of the
     * answer's shape, the text may have been part of it, and the reading is in doubt.
     */
    @Test
    void aCommentBesideAMatrixTypedCellByCellEndsItsRows(@TempDir Path folder) throws Exception {
        SheetSpec backprop = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/backprop.yaml")));
        Path exported = Path.of("src/test/resources/spreadsheet-comments/libreoffice.csv");
        AnswerSheet sheet = new CsvSheetReader().read(exported, "libreoffice.csv", backprop).get(0);
        assertThat(sheet.answers().get("S").value().orElseThrow().toString())
                .isEqualTo("[[-0.5, 4.5, 5.5], [3.5, 0.5, 2.5], [3.5, 1.5, 2.5]]");
        assertThat(sheet.answers().get("dP").value().orElseThrow().toString()).isEqualTo("[[0.5, 1.0], [0.5, 0.5]]");
        assertThat(sheet.notes()).contains("the cells E9 beside the answer to dK hold text and were not read");
        Path file = folder.resolve("short.csv");
        Files.writeString(file, "part,answer\ndK,5,8,x\n,1,2,\n");
        Answer shortRow = new CsvSheetReader().read(file, "short.csv", backprop).get(0).answers().get("dK");
        assertThat(shortRow.value().orElseThrow().toString()).isEqualTo("[[5.0, 8.0], [1.0, 2.0]]");
        Files.writeString(file, "part,answer\ndK,5,8,x\n");
        assertThat(new CsvSheetReader().read(file, "short.csv", backprop).get(0).answers().get("dK").doubt())
                .hasValueSatisfying(reason -> assertThat(reason).contains("in D2 ('x')"));
    }

    /**
     * A CSV exported from a spreadsheet writes a cell as it is shown: a percentage {@code 95.2574126822433%} and a
     * {@code 1/4} the spreadsheet took for a date, {@code 01/04/2026}. Each was refused as "is not a number", which
     * did not tell the student what to change.
     */
    @Test
    void aPercentageOrADateAsASpreadsheetExportsItIsSaidToBeOne() throws Exception {
        Path exported = Path.of("src/test/resources/spreadsheet-formats/libreoffice.csv");
        AnswerSheet sheet = new CsvSheetReader().read(exported, "libreoffice.csv", SPEC).get(0);
        assertThat(sheet.answers().get("P").problem()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'95.2574126822433%' is a percentage, not a number: write it as one (0.952574126822433)"));
        assertThat(sheet.answers().get("avg_kernel").problem()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'01/04/2026' is a date, not a number; the spreadsheet may have turned a fraction such as"
                        + " 1/4 into a date"));
        assertThat(sheet.answers().get("avg_padding").value().orElseThrow().toString()).isEqualTo("0.0");
    }

    /**
     * A sheet of teams with a title above its header was unreadable, its "Total teams:" row was graded as a team, and
     * a sheet with one column per team could not be read.
     */
    @Test
    void aTitleIsPassedOverASummaryRowIsNoTeamAndTeamsMayBeColumns(@TempDir Path folder) throws Exception {
        List<AnswerSheet> wide = read(folder, "wide.csv", ("Section 3,,\nteam,flat_size,avg_stride\nRed,9216,2\n"
                + "Blue,4096,1\nAverage,6656,1.5\nTotal teams:,2,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(wide).extracting(AnswerSheet::team).containsExactly("Red", "Blue");
        assertThat(wide.get(0).notes()).containsExactly("the team cells A5 ('Average'), A6 ('Total teams:') sum the"
                + " teams up rather than name one, and were not graded",
                "the sheet's header is its row 2; the title above it was not read");
        List<AnswerSheet> columns = read(folder, "columns.csv", "part,Red,Blue\nflat_size,9216,4096\navg_stride,2,1\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(columns).extracting(AnswerSheet::team).containsExactly("Red", "Blue");
        assertThat(columns.get(1).answers().get("flat_size").where().cell()).isEqualTo("C2");
        assertThat(columns.get(1).answers().get("avg_stride").written()).isEqualTo("1");
    }

    @Test
    void aHeaderWithoutPartsIsUnreadable(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("other.csv");
        Files.writeString(file, "name,score\nx,1\n");
        assertThat(Submissions.read(new Submissions.Submission(file, "other", "other.csv", List.of()), SPEC).get(0)
                .reason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("the first row names no part"));
    }

    @Test
    void bracketlessRowsAndPrintedArraysInACellAreMatrices(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "rows.csv", ("part,answer\nS,0 2 0 2; 3 2 5 2\n"
                + "A,\"array([[0,5 , 0,88],\n       [0,98, 0,88]])\"\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sheets.get(0).answers().get("S").value().orElseThrow().toString())
                .isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0]]");
        Answer a = sheets.get(0).answers().get("A");
        assertThat(a.value().orElseThrow().toString()).isEqualTo("[[0.5, 0.88], [0.98, 0.88]]");
        assertThat(a.notes()).containsExactly("4 numbers were read with a decimal comma (e.g. '0,5' as 0.5)");
    }

    /** The cell that took 125 s ("1", 4,000 blanks, "x/"), and a megabyte of such text, are read in linear time. */
    @Test
    void adversarialCellsAreReadInLinearTime(@TempDir Path folder) throws Exception {
        String slow = "1" + " ".repeat(4000) + "x/";
        String huge = ("1" + " ".repeat(4000) + "x (").repeat(250);
        List<AnswerSheet> sheets = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(folder,
                "hostile.csv", ("part,answer\nS,\"" + slow + "\"\nA,\"" + huge + "\"\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(sheets.get(0).answers().get("S").problem()).isPresent();
        assertThat(sheets.get(0).answers().get("A").problem()).hasValueSatisfying(reason ->
                assertThat(reason).contains("longer than"));
    }

    /**
     * A long sheet naming each team on its first row only (as a TA types it, or as merged cells read) gave a team of
     * its own, "FILE #2", to every other row: answers pooled from two teams, and each team short of them.
     */
    @Test
    void aTeamNamedOnItsFirstRowOnlyGoesOnDownItsRows(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "section.csv", ("team,part,answer\n"
                + "PS 2 X,avg_stride,2\n,avg_padding,0\n,flat_size,9216\n"
                + "PS 2 Y,avg_stride,1\n,avg_padding,1\n").getBytes(StandardCharsets.UTF_8));

        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 X", "PS 2 Y");
        assertThat(sheets.get(0).answers()).containsOnlyKeys("avg_stride", "avg_padding", "flat_size");
        assertThat(sheets.get(1).answers()).containsOnlyKeys("avg_stride", "avg_padding");
        assertThat(sheets.get(0).notes()).contains("rows without a team cell are taken as the team's above them");
    }

    /**
     * A row without a team under a sheet of teams was graded as a team "FILE #3" (a TA's averages); then it was
     * dropped with a note in the first team's report (a form's response whose team field was left empty, lost).
     * A row that answers parts is unreadable, saying why, and graded as no team's; an empty one is noted.
     */
    @Test
    void aRowWithoutATeamInASheetOfTeamsIsNoTeamButIsNotLost(@TempDir Path folder) throws Exception {
        List<AnswerSheet> sheets = read(folder, "section.csv", ("team,members,avg_stride,avg_padding\n"
                + "PS 2 X,,2,0\nPS 2 Y,,1,1\n,Ann Lee,1.5,0.5\n,Bob Wu,,\n").getBytes(StandardCharsets.UTF_8));

        assertThat(sheets).extracting(AnswerSheet::team).containsExactly("PS 2 X", "PS 2 Y", "row 4 without a team");
        assertThat(sheets.get(2).readable()).isFalse();
        assertThat(sheets.get(2).reason()).contains("the row answers 2 parts but its team cell A4 is empty: fill it in"
                + " to grade the row (a row of averages? delete it)");
        assertThat(sheets.get(0).notes()).contains("the sheet's row 5 names no team and was not graded");
    }

    /** Part ids typed "s", "a", "p" for S, A, P: the answers were lost (12 points) with only a note on the sheet. */
    @Test
    void partIdsTypedInAnotherCaseAreReadAsTheRubricsWithANote(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "lower.csv", "part,answer\nteam,Solo\np,\"[[0.95, 0.99], [1, 1]]\"\nAVG_STRIDE,2\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers().get("P").value().orElseThrow().toString()).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("2");
        assertThat(sheet.notes()).anyMatch(note -> note.contains("'p', read as part 'P'"));
    }

    /** "flat_size,9,216" unquoted read 9 and graded it wrong with a generic flag; the cell 216 was only a sheet note. */
    @Test
    void aScalarAnswerWithANumberInTheCellBesideItIsInDoubtNamingBoth(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "split.csv", "part,answer\nteam,Solo\nflat_size,9,216\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers().get("flat_size").written()).isEqualTo("9");
        assertThat(sheet.answers().get("flat_size").doubt()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'9,216'").contains("B3, C3"));
    }

    /**
     * A CSV typed by hand without quotes, {@code conv1_shape,(96, 55, 55)} and {@code identity_kernel,[[0,0,0],[0,1,0],
     * [0,0,0]]}: the commas split each value into cells, none of which is a value ("(96"), and every such part was
     * unreadable. Its brackets say it is one value, in the long layout and in the wide one, where the split moved every
     * answer after it into the next part's column.
     */
    @Test
    void aValueInBracketsSplitByUnquotedCommasIsReadAsOne(@TempDir Path folder) throws Exception {
        AnswerSheet sheet = read(folder, "unquoted.csv", ("part,answer\nteam,Solo\nidentity_kernel,[[0,0,0],[0,1,0],"
                + "[0,0,0]]\nconv1_shape,(96, 55, 55)\navg_stride,2\n").getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(sheet.answers().get("identity_kernel").value().orElseThrow().toString())
                .isEqualTo("[[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]");
        Answer shape = sheet.answers().get("conv1_shape");
        assertThat(shape.value().orElseThrow().toString()).isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(shape.written()).isEqualTo("(96, 55, 55)");
        assertThat(shape.where().cell()).isEqualTo("B4");
        assertThat(shape.doubt()).isEmpty();
        assertThat(shape.notes()).anyMatch(note -> note.contains("B4 to D4") && note.contains("unquoted commas"));
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("2");
        List<AnswerSheet> wide = read(folder, "wide-unquoted.csv", ("team,conv1_shape,pool1_shape,avg_stride\n"
                + "Red,(96, 55, 55),(96, 27, 27),2\n").getBytes(StandardCharsets.UTF_8));
        assertThat(wide).hasSize(1);
        assertThat(wide.get(0).answers().get("pool1_shape").value().orElseThrow().toString())
                .isEqualTo("[96.0, 27.0, 27.0]");
        assertThat(wide.get(0).answers().get("avg_stride").written()).isEqualTo("2");
    }

    /** A bracket opened in a cell and never closed joins no cells: the row is read as it is split. */
    @Test
    void aBracketNeverClosedJoinsNoCells() {
        assertThat(CsvSheetReader.cells(List.of("conv1_shape", "(96", "55", "55"), 3, ','))
                .extracting(Table.Cell::text).containsExactly("conv1_shape", "(96", "55", "55");
        assertThat(CsvSheetReader.cells(List.of("S", "[[1", "2]", "[3", "4]]", "done"), 0, ';'))
                .extracting(Table.Cell::text, Table.Cell::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S", "A1"),
                        org.assertj.core.groups.Tuple.tuple("[[1;2];[3;4]]", "B1"),
                        org.assertj.core.groups.Tuple.tuple("done", "F1"));
    }

    /**
     * "conv1_shape;96,55,55" (a CSV delimited by semicolons, as a comma-decimal locale writes it) and a quoted
     * "96,55,55" were refused, "'96,55,55' is not a number": the cell holds a shape's sides parted by commas.
     */
    @Test
    void aShapesSidesPartedByCommasInACellAreTheShape(@TempDir Path folder) throws Exception {
        AnswerSheet semicolons = read(folder, "semicolons.csv", "part;answer\nteam;Solo\nconv1_shape;96,55,55\n"
                .concat("flat_size;9,216\n").getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(semicolons.answers().get("conv1_shape").value().orElseThrow().toString())
                .isEqualTo("[96.0, 55.0, 55.0]");
        assertThat(semicolons.answers().get("conv1_shape").notes()).anyMatch(note -> note.contains("96 × 55 × 55"));
        assertThat(semicolons.answers().get("flat_size").value().orElseThrow().toString()).isEqualTo("9216.0");
        AnswerSheet quoted = read(folder, "quoted.csv", "part,answer\nteam,Solo\npool1_shape,\"96,27,27\"\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(quoted.answers().get("pool1_shape").value().orElseThrow().toString())
                .isEqualTo("[96.0, 27.0, 27.0]");
    }

    /**
     * Of parts that differ only by case, the one typed exactly is answered; an id that two of them differ from only by
     * case ("CONV1" for Conv1 and conv1) names neither, and the sheet says so, where it named no part of the rubric.
     */
    @Test
    void exactIdsWinAndAnIdTwoPartsDifferFromOnlyByCaseNamesNeither(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("cases.csv");
        Files.writeString(file, "part,answer\nteam,Case\ns,1\nS,2\nCONV1,3\n", StandardCharsets.UTF_8);
        AnswerSheet sheet = new CsvSheetReader().read(file, "cases.csv", CASES).get(0);
        assertThat(sheet.answers().get("s").written()).isEqualTo("1");
        assertThat(sheet.answers().get("S").written()).isEqualTo("2");
        assertThat(sheet.answers()).doesNotContainKeys("Conv1", "conv1");
        assertThat(sheet.notes()).containsExactly("row 5 names part 'CONV1', which is none of the parts 'Conv1' and"
                + " 'conv1' (their ids differ only by case or separators): it was not read; type the id exactly");
    }
}
