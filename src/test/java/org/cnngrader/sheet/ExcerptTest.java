package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    /** A 19,000-character cell was quoted whole in the feedback of its unreadable answer. */
    @Test
    void aLongTextIsQuotedByItsStartAndItsLength() {
        String text = "x".repeat(19_000);
        assertThat(Excerpt.quoted(text)).isEqualTo("'" + "x".repeat(80) + "…' (19,000 characters in all)");
        assertThat(Excerpt.shortened(text, 10)).isEqualTo("xxxxxxxxxx… (19,000 characters in all)");
        assertThat(Excerpt.quoted("96 feature maps")).isEqualTo("'96 feature maps'");
        // A character outside the BMP counts once and is never cut in half.
        String emoji = "😀".repeat(100);
        assertThat(Excerpt.quoted(emoji)).isEqualTo("'" + "😀".repeat(80) + "…' (100 characters in all)");
    }

    /** The same refusal quoted a value in full in ValueParser's reasons. */
    @Test
    void aValueRefusedQuotesItsStart() {
        Parsed refused = ValueParser.parse("1a".repeat(9_500), Expectation.ANY);
        assertThat(((Parsed.Refused) refused).reason()).hasSizeLessThan(140).endsWith(
                "…' (19,000 characters in all) is not a number");
        Where where = Where.cell("long.csv", "B3", 3, "1a".repeat(9_500));
        assertThat(where.snippet()).hasSize(160 + "… (19,000 characters in all)".length());
    }
}
