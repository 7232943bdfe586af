package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private static List<String> written(String... lines) {
        List<Document.Line> documentLines = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            documentLines.add(new Document.Line(1, i + 1, lines[i], List.of()));
        }
        return Candidates.of(new Document("test", documentLines, List.of())).stream().map(Candidate::written)
                .toList();
    }

    @Test
    void aShapeWrittenWithLatexTimesIsOneValue() {
        // \times holds no x: the quick test for a shape must let a backslash through.
        assertThat(written("$$96 \\times 55 \\times 55$$")).containsExactly("96 \\times 55 \\times 55");
    }

    @Test
    void shapesTuplesThousandsFractionsNumbersAndBooleansAreFoundInReadingOrder() {
        assertThat(written("Output: 96 × 55 × 55, input (3, 227, 227)", "params = 9\\,216 or \\frac{1}{4}",
                "stride 4, answer: yes")).containsExactly("96 × 55 × 55", "(3, 227, 227)", "9\u2009216",
                "\\frac{1}{4}", "4", "yes");
    }

    /** The pattern {@link Candidates#gridNumber} spells out by hand. */
    private static final Pattern GRID_NUMBER = Pattern.compile("[-−]?(?:\\d+(?:[.,]\\d+)?|\\d+/\\d+)");

    @Property(tries = 5000, seed = "20261122")
    void aGridNumberIsWhatItsPatternMatches(
            @ForAll @StringLength(max = 7) @Chars({'0', '1', '9', '-', '−', '.', ',', '/', 'x', ' '}) String word) {
        assertThat(Candidates.gridNumber(word)).as(word).isEqualTo(GRID_NUMBER.matcher(word).matches());
    }

    @Test
    void gridNumbersAreNumbersAndFractions() {
        assertThat(List.of("7", "-0.5", "−3", "1,5", "2/3", "12").stream().allMatch(Candidates::gridNumber)).isTrue();
        assertThat(List.of("", "-", "3.", ".5", "2/", "1/2.5", "1.5.2", "x1", "٣").stream()
                .noneMatch(Candidates::gridNumber)).isTrue();
    }

    @Property(tries = 5000, seed = "20261122")
    void theQuickTestsLetThroughEveryTextTheirPatternsFindSomethingIn(@ForAll @StringLength(max = 14) @Chars({'1',
        '2', ' ', '\u2009', '\t', 'x', 'X', '×', '*', '\\', 't', 'i', 'm', 'e', 's', 'Y', 'n', 'o', 'F', 'a', 'l', ')',
        '('}) String text) {
        if (Candidates.SHAPE.matcher(text).find()) {
            assertThat(Candidates.possibleShape(text)).as(text).isTrue();
        }
        if (Candidates.SPACED_THOUSANDS.matcher(text).find()) {
            assertThat(Candidates.possibleSpacedThousands(text)).as(text).isTrue();
        }
        if (Candidates.BOOLEAN.matcher(text).find()) {
            assertThat(Candidates.possibleBoolean(text)).as(text).isTrue();
        }
    }

    @Test
    void theQuickTestsTurnAwayTextWithoutTheirValues() {
        assertThat(Candidates.possibleShape("the matrix max is 4")).isFalse();
        assertThat(Candidates.possibleShape("96 \\times 55")).isTrue();
        assertThat(Candidates.possibleSpacedThousands("stride 2 and 3")).isFalse();
        assertThat(Candidates.possibleBoolean("the kernel is 3 by 3")).isFalse();
    }
}
