package org.cnngrader.rubric;

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

    /** {@code manual: true}: scored by a TA. */
    record Manual() implements PartKind {
    }

    /** None of these: a value the student records (0 points) for checks to use. */
    record Recorded() implements PartKind {
    }
}
