package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedCellsTest {

    private static final double SIZE = 10;

    /**
     * A line of a page at {@code baseline}, its words at the given left edges, each as wide as a digit per character,
     * parted by one blank in its text.
     */
    private static Document.Line line(double baseline, Object... wordsAndLefts) {
        List<Document.Word> words = new ArrayList<>();
        for (int index = 0; index < wordsAndLefts.length; index += 2) {
            String text = (String) wordsAndLefts[index];
            double left = ((Number) wordsAndLefts[index + 1]).doubleValue();
            words.add(new Document.Word(text, left, left + 5 * text.length(), SIZE));
        }
        return new Document.Line(1, (int) baseline, String.join(" ", words.stream().map(Document.Word::text).toList()),
                words, baseline);
    }

    /** A row {@code pool2 | 3×3 | 256 × 13 ×} over {@code stride 2 | 13}: the shape joined, the line below kept. */
    @Test
    void aShapeWrappedInItsCellIsJoinedOnTheRowsLine() {
        WrappedCells.Joined joined = WrappedCells.joined(List.of(
                line(100, "pool2", 50, "3×3", 100, "256", 200, "×", 218, "13", 226, "×", 239),
                line(112, "stride", 100, "2", 133, "13", 200),
                line(124, "conv3", 50, "3×3", 100, "384", 200, "×", 218, "13", 226, "×", 239, "13", 247)));
        assertThat(joined.lines()).extracting(Document.Line::text)
                .containsExactly("pool2 3×3 256 × 13 × 13", "stride 2", "conv3 3×3 384 × 13 × 13");
        assertThat(joined.lines().get(0).words()).extracting(Document.Word::text)
                .containsExactly("pool2", "3×3", "256", "×", "13", "×", "13");
        assertThat(joined.at(2)).isEqualTo(2);
    }

    /**
     * A shape wrapped twice ({@code 256 ×} / {@code 13 ×} / {@code 13}), the lines left without words dropped, and
     * each line of the page mapped to where it went (a footnote's rows are counted so).
     */
    @Test
    void aShapeWrappedOverThreeLinesIsOneAndTheEmptiedLinesGo() {
        WrappedCells.Joined joined = WrappedCells.joined(List.of(
                line(100, "conv2", 50, "256", 200, "×", 218),
                line(112, "13", 200, "×", 213),
                line(124, "13", 200),
                line(136, "Footnote", 50)));
        assertThat(joined.lines()).extracting(Document.Line::text).containsExactly("conv2 256 × 13 × 13", "Footnote");
        assertThat(new int[] {joined.at(0), joined.at(1), joined.at(2), joined.at(3), joined.at(4)})
                .containsExactly(0, 1, 1, 1, 2);
    }

    /**
     * What is not a shape's rest stays where it is: words in the cell's column ({@code 96 ×} over {@code filters}),
     * a line starting elsewhere than the cell ({@code 96 ×} over a line indented under no cell), a line too far
     * below, and prose whose next line goes on with words.
     */
    @Test
    void onlyAShapesRestUnderTheCellsStartIsJoined() {
        List<List<Document.Line>> pages = List.of(
                List.of(line(100, "conv1", 50, "96", 200, "×", 215), line(112, "filters", 200)),
                List.of(line(100, "conv1", 50, "96", 200, "×", 215), line(112, "55", 208)),
                List.of(line(100, "conv1", 50, "96", 200, "×", 215), line(160, "55", 200)),
                List.of(line(100, "The", 50, "map", 70, "is", 90, "96", 101, "×", 114),
                        line(112, "55", 50, "×", 63, "55,", 71, "as", 90, "expected.", 102)));
        for (List<Document.Line> page : pages) {
            assertThat(WrappedCells.joined(page).lines()).as(page.get(1).text()).isEqualTo(page);
        }
    }

    /** Prose that breaks a shape at the line's end, its next line the shape's rest alone, is one shape too. */
    @Test
    void aShapeBrokenAtAProseLinesEndIsJoined() {
        WrappedCells.Joined joined = WrappedCells.joined(List.of(
                line(100, "The", 50, "map", 70, "is", 90, "96", 101, "×", 114),
                line(112, "55", 50, "×", 63, "55", 71)));
        assertThat(joined.lines()).extracting(Document.Line::text).containsExactly("The map is 96 × 55 × 55");
    }

    /**
     * A hostile page of 20,000 cells on one line, each cut after a times sign, over a line of their 20,000 rests: it is
     * joined in a bound (a hang test, as {@link LinearScanningTest}'s), no word lost; so is one whose rests stand
     * aside.
     */
    @Test
    void aLineOfThousandsOfCutCellsEndsInABound() {
        List<Object> row = new ArrayList<>();
        List<Object> rests = new ArrayList<>();
        for (int cell = 0; cell < 20_000; cell++) {
            double left = 50 + cell * 40;
            row.addAll(List.of("1", left, "×", left + 8));
            rests.addAll(List.of("2", left));
        }
        List<Document.Line> page = List.of(line(100, row.toArray()), line(112, rests.toArray()));
        WrappedCells.Joined joined = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> WrappedCells.joined(page));
        assertThat(joined.lines().stream().mapToInt(line -> line.words().size()).sum()).isEqualTo(60_000);
        // Their rests standing elsewhere than under them, none is joined.
        List<Object> aside = new ArrayList<>();
        for (int cell = 0; cell < 20_000; cell++) {
            aside.addAll(List.of("2", 70.0 + cell * 40));
        }
        List<Document.Line> unjoined = List.of(line(100, row.toArray()), line(112, aside.toArray()));
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> WrappedCells.joined(unjoined)).lines())
                .isEqualTo(unjoined);
    }
}
