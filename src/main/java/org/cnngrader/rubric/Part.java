package org.cnngrader.rubric;

import java.util.List;
import org.cnngrader.engine.Tolerance;

/**
 * One graded (or recorded) part of a question.
 *
 * @param id the part's name, usable in expressions
 * @param questionId the id of the question it belongs to
 * @param text what the part asks, for reports (may be empty)
 * @param points the points it is worth
 * @param kind answer, check, manual or recorded
 * @param accepted alternatives that earn credit
 * @param mistakes known wrong answers with feedback
 * @param labels words next to which the answer is found in free-form submissions
 * @param tolerance when a value counts as right
 * @param decimals the digits shown
 * @param partial how a partly right matrix is scored
 * @param followThrough the fraction of the points a follow-through answer earns
 * @param location where the part starts in the rubric
 */
public record Part(String id, String questionId, String text, double points, PartKind kind, List<Variant> accepted,
        List<Variant> mistakes, List<String> labels, Tolerance tolerance, int decimals, PartialCredit partial,
        double followThrough, Location location) {

    public Part {
        accepted = List.copyOf(accepted);
        mistakes = List.copyOf(mistakes);
        labels = List.copyOf(labels);
    }

    /** Whether the engine computes a reference for this part. */
    public boolean hasReference() {
        return kind instanceof PartKind.Answer;
    }
}
