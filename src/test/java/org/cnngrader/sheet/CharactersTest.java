package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void aNameLosesTerminalEscapesBidiOverridesAndZeroWidthCharacters() {
        assertThat(Characters.visible("Evil\u0001\u001b[2J\u001b]0;pwned\u0007 x\u202egnp.exe\u200b"))
                .isEqualTo("Evil[2J]0;pwned xgnp.exe");
        assertThat(Characters.visible("PS\u200b 2\nI\t\u009b")).isEqualTo("PS 2 I");
        assertThat(Characters.visible("Équipe β")).isEqualTo("Équipe β");
        assertThat(Characters.visible("a\ud800b\uffff")).isEqualTo("ab");
    }

    /**
     * {@code ΟΔΟΣ} and {@code οδοσ} were two identities (lower-cased whole, the final capital sigma became {@code ς}),
     * whose report folders are one on a case-insensitive file system; a file's versions, compared character by
     * character, found them one name.
     */
    @Test
    void aFinalSigmaIsTheSigmaOfTheSameName() {
        assertThat(Characters.identityKey("\u039f\u0394\u039f\u03a3"))
                .isEqualTo(Characters.identityKey("\u03bf\u03b4\u03bf\u03c3"))
                .isEqualTo(Characters.identityKey("\u03bf\u03b4\u03bf\u03c2"));
        assertThat(Characters.identityKey("team-\u0130")).isNotEqualTo(Characters.identityKey("team-i"));
    }

    /** Unicode's compatibility decomposition (NFKC) of the mathematical alphanumeric block is the plain letter. */
    @Test
    void mathematicalLettersAreThePlainOnesTheyStyle() {
        assertThat(Characters.plainLetters("\uD835\uDC41 × \uD835\uDC3E = \uD835\uDFCF\uD835\uDFD0, \uD835\uDC0A"))
                .isEqualTo("N × K = 12, K");
        assertThat(Characters.plainLetters("β σ(S)")).isSameAs("β σ(S)");
    }

    /** Unicode's full-width forms (U+FF01 to U+FF5E, and the ideographic space) are their ASCII characters. */
    @Test
    void fullWidthFormsAreTheirAsciiCharacters() {
        assertThat(Characters.plainLetters("\uFF39\uFF11\u3000\uFF1D\u3000\uFF3B\uFF11\uFF11, \uFF10\uFF3D\uFF01\uFF5E"))
                .isEqualTo("Y1 = [11, 0]!~");
        assertThat(Characters.plainLetters("\uFF00\uFF5F")).isEqualTo("\uFF00\uFF5F");
    }

    /** Word's AutoCorrect types a minus as an en dash: one that signs a number is a minus; a range's stays. */
    @Test
    void anEnDashThatSignsANumberIsAMinus() {
        assertThat(Characters.signedNumbers("\u20139 \u201310 \u20139, [\u20131, x=\u20132]"))
                .isEqualTo("\u22129 \u221210 \u22129, [\u22121, x=\u22122]");
        String ranges = "pages 1\u20133, a \u2013 b, \u2013 9";
        assertThat(Characters.signedNumbers(ranges)).isEqualTo(ranges);
        assertThat(Characters.signedNumbers("no dash")).isSameAs("no dash");
    }

    /**
     * A fraction set as one character ({@code ¼}, Word's AutoFormat of a typed 1/4) or with the fraction slash is the
     * fraction the value syntax writes; a whole number glued before it makes a mixed number (2½ = 5/2 = 2.5), a blank
     * or a decimal's point keeps them apart. The kernel {@code K = [[¼, ¼], [¼, ¼]]} was missing, unflagged.
     */
    @Test
    void aFractionSetAsOneCharacterIsTheFractionTheValueSyntaxWrites() {
        assertThat(Characters.fractions("K = [[¼, ¼], [¼, ¼]]")).isEqualTo("K = [[1/4, 1/4], [1/4, 1/4]]");
        assertThat(Characters.fractions("½ ¾ ⅛ ⅔ ↉")).isEqualTo("1/2 3/4 1/8 2/3 0/3");
        assertThat(Characters.fractions("¹⁄₄ and 3⁄8 and ¹²⁄₁₀₀")).isEqualTo("1/4 and 3/8 and 12/100");
        assertThat(Characters.fractions("2½ m, 12¾, 2¹⁄₂")).isEqualTo("2.5 m, 12.75, 2.5");
        assertThat(Double.parseDouble(Characters.fractions("1⅓"))).isEqualTo(4.0 / 3);
        assertThat(Characters.fractions("[2 ½]")).isEqualTo("[2 1/2]");
        assertThat(Characters.fractions("0.5½")).isEqualTo("0.5 1/2");
        assertThat(Characters.fractions("no fraction 1/4")).isSameAs("no fraction 1/4");
    }

    @Test
    void aTextKeepsItsLinesAndLosesItsEscapes() {
        assertThat(Characters.printable("one\r\ntwo\u001b[2J\tthree\u2028")).isEqualTo("one\ntwo[2J\tthree\n");
        assertThat(Characters.printable("plain text")).isSameAs("plain text");
    }
}
