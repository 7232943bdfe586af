package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked computations among a document's values: which are terms, and the result each comes to. */
class ComputationsTest {

    @Test
    void aSumComesToTheValueAfterItsEqualsSign() {
        Reading reading = new Reading("H1: 9,600 + 9,728 = 19,328\n");
        assertThat(reading.resultOf("9,600")).contains("19,328");
        assertThat(reading.resultOf("9,728")).contains("19,328");
        assertThat(reading.computations.isTerm(reading.candidate("9,600"))).isTrue();
        assertThat(reading.computations.isTerm(reading.candidate("19,328"))).isFalse();
    }

    /** Products are worked out before sums, and parentheses group: 128 × (3 × 5 × 5 + 1) is 9,728, not 9,601. */
    @Test
    void productsComeBeforeSumsAndParenthesesGroup() {
        assertThat(new Reading("128 × (75 + 1) = 9,728\n").resultOf("128")).contains("9,728");
        // A table's next cell is the result only where it is the computation's value.
        assertThat(new Reading("H1 | 2 + 3 × 4 | 14\n").resultOf("2")).contains("14");
        assertThat(new Reading("H1 | 2 + 3 × 4 | 20\n").resultOf("2")).isEmpty();
    }

    @Test
    void aComputationGoesOnAcrossALineEndingInItsSign() {
        assertThat(new Reading("H3 : 32 × 64 × 3 × 3 =\n18,432\n").resultOf("32 × 64 × 3 × 3")).contains("18,432");
    }

    /**
     * An aligned derivation goes on past LaTeX's line break: the flattened length's {@code 125 \times 125 \times 6}
     * was read as its answer, a shape, graded wrong, though the derivation comes to 93750.
     */
    @Test
    void anAlignedDerivationGoesOnPastItsLineBreaks() {
        Reading reading = new Reading("$$\\begin{aligned} \\text{length} &= 125 \\times 125 \\times 6 \\\\ &= 15625"
                + " \\times 6 \\\\ &= 93750 \\end{aligned}$$\n");
        assertThat(reading.resultOf("125 \\times 125 \\times 6")).contains("93750");
    }

    @Test
    void valuesOfASentenceAreNoComputation() {
        Reading reading = new Reading("The stride is 2 and the padding is 1.\n");
        assertThat(reading.resultOf("2")).isEmpty();
        assertThat(reading.computations.isTerm(reading.candidate("2"))).isFalse();
    }

    @Test
    void aCellEdgeAndAnAmountAreToldApart() {
        Reading reading = new Reading("| 9,600 | 9,728 |\n");
        assertThat(Computations.nextCell(reading.candidate("9,728"), reading.candidate("9,600"))).isTrue();
        assertThat(Computations.amount(reading.candidate("9,600"))).contains(9600.0);
        assertThat(Computations.amount(new Reading("128 × 5 × 5 × 3\n").candidate("128 × 5 × 5 × 3")))
                .contains(9600.0);
    }

    /** A document's candidates and their computations. */
    private static final class Reading {
        final List<Candidate> candidates;
        final Computations computations;

        Reading(String text) {
            Document document = TextSheetReader.document(text, "answers.md");
            candidates = Candidates.of(document, List.of());
            computations = new Computations(document, candidates);
        }

        Candidate candidate(String written) {
            return candidates.stream().filter(candidate -> candidate.written().strip().equals(written)).findFirst()
                    .orElseThrow(() -> new AssertionError(written + " is none of " + candidates));
        }

        Optional<String> resultOf(String written) {
            return computations.result(candidate(written)).map(result -> result.written().strip());
        }
    }
}
