package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Value;
import org.junit.jupiter.api.Test;

/** What a comparison says when kinds differ, and how a team's result names, finds and scores itself. */
class ComparisonAndTeamResultTest {

    private static Value value(String literal) {
        return Evaluator.constants().evaluate(literal);
    }

    @Test
    void valuesOfAnotherKindAreAWrongShapeNamingBoth() {
        Comparison yesForNumber = Comparison.of(value("2"), new Value.BooleanValue(true), Tolerance.DEFAULT);
        assertThat(yesForNumber.equal()).isFalse();
        assertThat(yesForNumber.shapeProblem()).isEqualTo("expected a number, found yes or no");
        assertThat(Comparison.of(new Value.BooleanValue(false), value("[[1, 2], [3, 4]]"), Tolerance.DEFAULT)
                .shapeProblem()).isEqualTo("expected yes or no, found a 2×2 value");
        assertThat(Comparison.of(new Value.BooleanValue(false), new Value.BooleanValue(false), Tolerance.DEFAULT)
                .equal()).isTrue();
        assertThat(Comparison.of(new Value.BooleanValue(false), new Value.BooleanValue(true), Tolerance.DEFAULT)
                .wrong()).containsExactly(0);
        // A value with one entry equals that number; a wrong shape earns no fraction of its entries.
        assertThat(Comparison.of(value("[9216]"), value("9216"), Tolerance.DEFAULT).equal()).isTrue();
        Comparison shape = Comparison.of(value("[[1, 2], [3, 4]]"), value("[1, 2, 3, 4]"), Tolerance.DEFAULT);
        assertThat(shape.fraction()).isZero();
        assertThat(Comparison.of(value("[[1, 2], [3, 4]]"), value("[[1, 2], [3, 5]]"), Tolerance.DEFAULT).fraction())
                .isEqualTo(0.75);
    }

    @Test
    void aNumberIsNoListOfNumbersAndNoText() {
        Comparison list = Comparison.of(value("2"), value("[2, 2]"), Tolerance.DEFAULT);
        assertThat(list.equal()).isFalse();
        assertThat(list.sameShape()).isFalse();
        assertThat(Comparison.of(value("2"), new Value.StringValue("N K"), Tolerance.DEFAULT).shapeProblem())
                .isEqualTo("expected a number, found the string \"N K\"");
    }

    @Test
    void aTeamIsLabelledFoundAndScored() {
        PartResult part = new PartResult("S", "1", 4, 3, Verdict.PARTIAL, List.of("3 of 4 entries are right."),
                Optional.empty(), "", Optional.empty(), Optional.empty(), List.of(3), Optional.empty(), Optional.empty(),
                List.of(), new Review.None());
        TeamResult result = new TeamResult("ps2-team-b", List.of(), "b.csv", Optional.empty(), 3, 4, List.of(part),
                List.of());
        assertThat(result.label()).isEqualTo("ps2-team-b");
        assertThat(result.identified("ps2-team-b", "PS 2 B").label()).isEqualTo("ps2-team-b (PS 2 B)");
        assertThat(result.identified("ps 2 b", "PS 2 B ").label()).isEqualTo("ps 2 b");
        assertThat(result.part("S")).hasValue(part);
        assertThat(result.part("A")).isEmpty();
        assertThat(result.percent()).isEqualTo(75);
        assertThat(new TeamResult("T", List.of(), "t.csv", Optional.empty(), 0, 0, List.of(), List.of()).percent())
                .isZero();
        assertThat(result.needsReview()).isFalse();
        assertThat(result.status()).isEqualTo("ok");
    }
}
