package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FormulaNeutralisationTest {

    @Test
    void anApostropheGoesBeforeEachFormulaStartOfTheCellOrAfterADelimiter() {
        assertThat(FormulaNeutralisation.neutralised("+cmd")).isEqualTo("'+cmd");
        assertThat(FormulaNeutralisation.neutralised("a; \"=b")).isEqualTo("a; \"'=b");
        assertThat(FormulaNeutralisation.neutralised("a-b")).isEqualTo("a-b");
    }

    /** {@code '+x} was written as {@code +x} was, so reading the file back could not tell them apart. */
    @Test
    void anApostropheOfTheTextBeforeAFormulaStartGetsOneMoreSoNoTwoTextsAreWrittenAlike() {
        assertThat(FormulaNeutralisation.neutralised("'+x")).isEqualTo("''+x");
        assertThat(FormulaNeutralisation.original("''+x")).isEqualTo("'+x");
        assertThat(FormulaNeutralisation.neutralised("'abc")).isEqualTo("'abc");
    }

    @Test
    void readingTakesAwayOnlyTheApostrophesWritingAdds() {
        assertThat(FormulaNeutralisation.original("'+cmd")).isEqualTo("+cmd");
        assertThat(FormulaNeutralisation.original("x, '@SUM(A1)")).isEqualTo("x, @SUM(A1)");
        assertThat(FormulaNeutralisation.original("'abc")).isEqualTo("'abc");
        assertThat(FormulaNeutralisation.original("it's -2")).isEqualTo("it's -2");
        assertThat(FormulaNeutralisation.original("a'=b")).isEqualTo("a'=b");
        assertThat(FormulaNeutralisation.original("'")).isEqualTo("'");
    }

    /** Every text, built from the characters that matter, comes back as it was written. */
    @Test
    void everyTextRoundTrips() {
        String alphabet = "=+-@\t\r,; \"'ab";
        Random random = new Random(20261204);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = FormulaNeutralisation.neutralised(text.toString());
            assertThat(FormulaNeutralisation.original(written)).as("%s written as %s", text, written)
                    .isEqualTo(text.toString());
        }
    }
}
