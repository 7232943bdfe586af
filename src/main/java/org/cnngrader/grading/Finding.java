package org.cnngrader.grading;

import java.util.Objects;
import java.util.Optional;
import org.cnngrader.expr.Value;

/**
 * What one credit route or one diagnosis found for an answer (DESIGN.md §6): the value the answer
 * is compared with, the credit it earns when equal to it (a fraction of the part's points), the
 * verdict it gives, the variant, follow-through or slip it names, and the line of feedback.
 *
 * @param expected the value the answer is compared with; empty for a diagnosis that only explains
 * @param credit the fraction of the points earned when the answer equals {@code expected}
 * @param verdict the verdict when it does
 * @param matched the words of what was matched (a slip's words, a variant's expression), if any
 * @param feedback the sentence for the student
 */
record Finding(Optional<Value> expected, double credit, Verdict verdict, Optional<String> matched, String feedback) {

    Finding {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(feedback, "feedback");
    }

    /** A way to earn credit: equal to {@code expected}, the answer earns {@code credit} with {@code verdict}. */
    static Finding route(Value expected, double credit, Verdict verdict, String matched, String feedback) {
        return new Finding(Optional.of(expected), credit, verdict, Optional.ofNullable(matched), feedback);
    }

    /** A named mistake the answer equals, with its words and any credit the rubric gives it. */
    static Finding mistake(Value expected, double credit, String matched, String feedback) {
        return new Finding(Optional.of(expected), credit, credit > 0 ? Verdict.PARTIAL : Verdict.INCORRECT,
                Optional.of(matched), feedback);
    }

    /** An explanation only: a pattern within a matrix, a worked sum. */
    static Finding explanation(String feedback) {
        return new Finding(Optional.empty(), 0, Verdict.INCORRECT, Optional.empty(), feedback);
    }
}
