package org.cnngrader.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a part asks for (DESIGN.md §4).
 */
public sealed interface PartKind {

    /** {@code answer: EXPR}: the reference value, recomputed by the engine. */
    record Answer(Formula formula) implements PartKind {
    }

    /**
     * {@code check: EXPR}: an open question; {@code answer} names the student's value for this part
     * and other part ids the student's values for those; the part earns its points when it holds.
     */
    record Check(Formula formula) implements PartKind {
    }

    /**
     * {@code formula: EXPR} with {@code symbols}: the answer is a formula in those symbols, right when it
     * agrees with the reference wherever the symbols take values (sizes: integers ≥ 1); {@code instance}
     * gives values of the symbols for which a number may stand in for the formula.
     */
    record FormulaAnswer(Formula formula, List<String> symbols, Map<String, Double> instance) implements PartKind {
        public FormulaAnswer {
            symbols = List.copyOf(symbols);
            instance = Collections.unmodifiableMap(new LinkedHashMap<>(instance));
        }
    }

    /** {@code manual: true}: scored by a TA. */
    record Manual() implements PartKind {
    }

    /** None of these: a value the student records (0 points) for checks to use. */
    record Recorded() implements PartKind {
    }
}
