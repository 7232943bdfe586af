package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cnngrader.expr.Value;
import org.cnngrader.sheet.FoundBy;
import org.cnngrader.sheet.Where;
import org.junit.jupiter.api.Test;

class TeamResultTest {

    private static final PartResult FLIPPED = new PartResult("S", "1.3.1", 4, 1, Verdict.INCORRECT,
            List.of("Entry in row 2, column 1 is 4, expected 3: this is the flipped kernel."), Optional.of(Value.TensorValue.of(4)),
            "4", Optional.of(Value.TensorValue.of(3)), Optional.of("the flipped kernel"), List.of(0),
            Optional.of(FoundBy.CELL), Optional.of(Where.cell("team.csv", "B2", 2, "4")), List.of("read as a number"),
            new Review.OfGrading());

    @Test
    void scoresOnlyKeepWhatTheCohortFilesUseAndDropTheAnswers() {
        TeamResult result = new TeamResult("PS 2 H", List.of("Ada"), "team.csv", Optional.empty(), 1, 4,
                List.of(FLIPPED), List.of("a note"));

        TeamResult scores = result.scoresOnly();

        assertThat(scores).usingRecursiveComparison().ignoringFields("parts").isEqualTo(result);
        PartResult part = scores.parts().get(0);
        assertThat(part).extracting(PartResult::id, PartResult::questionId, PartResult::points, PartResult::awarded,
                PartResult::verdict, PartResult::matched, PartResult::review)
                .containsExactly("S", "1.3.1", 4.0, 1.0, Verdict.INCORRECT, Optional.of("the flipped kernel"),
                        new Review.OfGrading());
        assertThat(part).extracting(PartResult::given, PartResult::expected).containsOnly(Optional.empty());
        // How and where the answer was found stay: the summary's review list gives them as the reason.
        assertThat(part.foundBy()).contains(FoundBy.CELL);
        assertThat(part.where()).isEqualTo(FLIPPED.where());
        assertThat(part.feedback()).isEmpty();
        assertThat(part.written()).isEmpty();
        assertThat(part.wrongEntries()).isEmpty();
        assertThat(part.notes()).isEmpty();
        assertThat(scores.needsReview()).isTrue();
    }
}
