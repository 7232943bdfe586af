package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TA's file of scores for the parts graded by hand, as a TA fills it in a spreadsheet. */
class ManualScoresTest {

    @TempDir
    Path folder;

    private ManualScores read(String text) throws IOException {
        Path file = folder.resolve("manual.csv");
        Files.writeString(file, text);
        return ManualScores.read(file);
    }

    @Test
    void theColumnsAreFoundByTheirNamesInAnyCaseAndOrder() throws IOException {
        ManualScores scores = read("Comment;Points;PART;Team\nClear;2,5;essay;Team-A\n");
        assertThat(scores.score("team-a", "essay")).hasValue(new ManualScores.Score(2.5, "Clear"));
        assertThat(scores.score(" TEAM-A ", "essay")).isPresent();
        assertThat(scores.score("team-a", "Essay")).isEmpty();
        assertThat(scores.score("team-b", "essay")).isEmpty();
    }

    @Test
    void theCommentColumnMayBeLeftOutOrLeftEmptyAtTheEndOfARow() throws IOException {
        assertThat(read("team,part,points\nA,essay,1\n").score("A", "essay")).hasValue(new ManualScores.Score(1, ""));
        assertThat(read("team,part,points,comment\nA,essay,1\n").score("A", "essay"))
                .hasValue(new ManualScores.Score(1, ""));
        ManualScores reordered = read("points,part,team\n2,essay,A\n1,essay,B\n0.5,proof,A\n");
        assertThat(reordered.score("A", "essay")).hasValue(new ManualScores.Score(2, ""));
        assertThat(reordered.score("B", "essay")).hasValue(new ManualScores.Score(1, ""));
        assertThat(reordered.score("A", "proof")).hasValue(new ManualScores.Score(0.5, ""));
    }

    @Test
    void aFileWithoutTeamPartOrPointsIsRefusedNamingTheColumns() {
        assertThatThrownBy(() -> read("team,part,comment\nA,essay,good\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("the manual scores need the columns team,part,points,comment");
        assertThatThrownBy(() -> read("team,points\nA,1\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("part,points\nessay,1\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
    }

    @Test
    void pointsThatAreNoNumberAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> read("team,part,points\nA,essay,1\nB,essay,two\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:3: points 'two' is not a number");
    }

    /** Java parses these as doubles (or as infinity), and the reports' arithmetic then failed with a stack trace. */
    @Test
    void pointsNaNInfinityOrTooLargeAreRefusedWithTheirLineLikeAnyNonNumber() {
        assertThatThrownBy(() -> read("team,part,points\nA,essay,1\nB,essay,NaN\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:3: points 'NaN' is not a number");
        assertThatThrownBy(() -> read("team,part,points\nB,essay,Infinity\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points 'Infinity' is not a number");
        assertThatThrownBy(() -> read("team,part,points\nB,essay,-Infinity\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points '-Infinity' is not a number");
        assertThatThrownBy(() -> read("team,part,points\nB,essay,1e400\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points '1e400' is not a finite number");
        // Java would read these as 2 and 16: a TA means neither as points.
        assertThatThrownBy(() -> read("team,part,points\nB,essay,2f\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points '2f' is not a number");
        assertThatThrownBy(() -> read("team,part,points\nB,essay,0x10p0\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points '0x10p0' is not a number");
    }

    @Test
    void pointsAsATaTypesThemAreRead() throws IOException {
        ManualScores scores = read("team;part;points\nA;a;2\nA;b;2,5\nA;c;.5\nA;d;1e0\nA;e;3.\n");
        assertThat(scores.rows()).extracting(row -> row.score().points()).containsExactly(2.0, 2.5, 0.5, 1.0, 3.0);
    }

    /** The tool writes a team named +cmd as '+cmd; that row named no team graded, and its score was lost. */
    @Test
    void theApostropheTheToolPutsBeforeAFormulaStartIsTakenAwayAndNoOtherIs() throws IOException {
        ManualScores scores = read("""
                "team","part","points","comment"
                "'+cmd","essay",2,"'=good"
                "'-2","essay",1,"it's fine"
                "'abc","essay",1,"''-kept"
                """);
        assertThat(scores.score("+cmd", "essay")).hasValue(new ManualScores.Score(2, "=good"));
        assertThat(scores.score("-2", "essay")).hasValue(new ManualScores.Score(1, "it's fine"));
        assertThat(scores.score("'abc", "essay")).hasValue(new ManualScores.Score(1, "'-kept"));
    }

    /** The last of two rows won silently, so one of the TA's two scores was dropped without a word. */
    @Test
    void aTeamsPartScoredOnTwoRowsIsRefusedNamingBothLines() {
        assertThatThrownBy(() -> read("team,part,points\nA,essay,2\nB,essay,1\nA,essay,1\n"))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:4: A essay is scored twice, on lines 2 and 4; keep one row");
        // Teams are compared as identities are, without case.
        assertThatThrownBy(() -> read("team,part,points\nTeam-A,essay,2\nteam-a,essay,2\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("on lines 2 and 3");
    }

    /**
     * Messages numbered rows, not lines: after a blank line or a comment of two lines, the line named was not the
     * line an editor shows.
     */
    @Test
    void messagesNameTheLineAnEditorShowsAfterBlankLinesAndCommentsOfSeveralLines() throws IOException {
        assertThatThrownBy(() -> read("team,part,points,comment\r\n\r\nA,essay,2,\"Good,\r\nclear\"\r\nB,essay,x,\r\n"))
                .isInstanceOf(IOException.class).hasMessageEndingWith("manual.csv:5: points 'x' is not a number");
        assertThatThrownBy(() -> read("team,part,points,comment\nA,essay,2,\"Good,\n\nclear\"\n\n\nA,essay,1,\n"))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:7: A essay is scored twice, on lines 2 and 7; keep one row");
        assertThat(read("team,part,points\n\nB,essay,3\n").rows())
                .containsExactly(new ManualScores.Row(3, "B", "essay", new ManualScores.Score(3, "")));
    }

    @Test
    void aRowNotFilledInBesideAFilledOneIsNoSecondScore() throws IOException {
        assertThat(read("team,part,points\nA,essay,\nA,essay,2\n").score("A", "essay"))
                .hasValue(new ManualScores.Score(2, ""));
    }

    /** A negative score was counted as 0 without a word, and the summary said every manual score matched. */
    @Test
    void negativePointsAreRefusedWithTheirLine() throws IOException {
        assertThatThrownBy(() -> read("team,part,points\nA,essay,-3\n")).isInstanceOf(IOException.class)
                .hasMessageEndingWith("manual.csv:2: points '-3' is negative; a score is 0 or more");
        assertThat(read("team,part,points\nA,essay,-0\n").score("A", "essay"))
                .hasValue(new ManualScores.Score(0, ""));
    }

    @Test
    void rowsNotFilledInAreSkippedAndEachRowKeepsItsLine() throws IOException {
        // A row naming a team but no part is kept: it is reported where it is, as naming no part of the cohort.
        ManualScores scores = read("team,part,points,comment\nA,essay,,\n,,1,\nB,essay,3,Good\nC,,1,\n");
        assertThat(scores.rows()).containsExactly(new ManualScores.Row(4, "B", "essay",
                new ManualScores.Score(3, "Good")), new ManualScores.Row(5, "C", "", new ManualScores.Score(1, "")));
        assertThat(scores.score("A", "essay")).isEmpty();
    }

    @Test
    void aLaterRowForTheSameTeamAndPartWins() {
        ManualScores scores = ManualScores.of(List.of(
                new ManualScores.Row(2, "A", "essay", new ManualScores.Score(1, "first")),
                new ManualScores.Row(3, "a", "essay", new ManualScores.Score(2, "second"))));
        assertThat(scores.score("A", "essay")).hasValue(new ManualScores.Score(2, "second"));
        assertThat(scores.rows()).hasSize(2);
        assertThat(ManualScores.none().rows()).isEmpty();
    }

    @Test
    void theGraderKeepsAManualScoreWithinThePartsPoints() {
        Grader grader = new Grader(RubricLoader.load("""
                questions:
                  - id: "1"
                    parts:
                      - {id: essay, points: 3, manual: true}
                """, "manual.yaml"));
        AnswerSheet sheet = new AnswerSheet("A", List.of(), "a.csv", Optional.empty(), Map.of(), List.of());
        PartResult over = grader.grade(sheet, ManualScores.of(List.of(new ManualScores.Row(2, "A", "essay",
                new ManualScores.Score(5, ""))))).parts().get(0);
        assertThat(over.awarded()).isEqualTo(3);
        // A blank comment is no feedback line.
        assertThat(over.feedback()).isEmpty();
        PartResult under = grader.grade(sheet, ManualScores.of(List.of(new ManualScores.Row(2, "A", "essay",
                new ManualScores.Score(-1, "Copied"))))).parts().get(0);
        assertThat(under.awarded()).isZero();
        assertThat(under.feedback()).containsExactly("Copied");
        PartResult none = grader.grade(sheet, ManualScores.none()).parts().get(0);
        assertThat(none.verdict()).isEqualTo(Verdict.MANUAL);
        assertThat(none.awarded()).isZero();
        assertThat(none.feedback()).containsExactly("To be scored by a TA.");
    }
}
