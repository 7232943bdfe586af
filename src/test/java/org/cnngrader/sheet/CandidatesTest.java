package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
