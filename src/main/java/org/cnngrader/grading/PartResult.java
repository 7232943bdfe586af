package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnngrader.expr.Value;
import org.cnngrader.sheet.FoundBy;
import org.cnngrader.sheet.Where;

/**
 * The grade of one part.
 *
 * @param given the value read from the sheet, if any
 * @param written what the student wrote
 * @param expected the value the answer was compared with (the reference, or the follow-through value)
 * @param matched the accepted variant, follow-through or diagnosed slip the answer matched, if any
 * @param wrongEntries the flat indices of wrong entries of a matrix answer of the right shape
 * @param foundBy how the answer was found, empty when missing
 * @param where where it was found, empty when missing
 * @param review whether a person should look at it (found by a guess, diagnosed, or for a note's reason)
 */
public record PartResult(String id, String questionId, double points, double awarded, Verdict verdict,
        List<String> feedback, Optional<Value> given, String written, Optional<Value> expected, Optional<String> matched,
        List<Integer> wrongEntries, Optional<FoundBy> foundBy, Optional<Where> where, List<String> notes,
        Review review) {

    public PartResult {
        feedback = List.copyOf(feedback);
        wrongEntries = List.copyOf(wrongEntries);
        notes = List.copyOf(notes);
    }

    /**
     * This part without what only the team's own reports show (the values given and expected, what was written,
     * the wrong entries, the feedback, the notes): its score, verdict, diagnosis, and how and where its answer
     * was found (why the summary lists it for review), which is what the cohort files use, in a fraction of the
     * memory.
     */
    public PartResult scoreOnly() {
        return new PartResult(id, questionId, points, awarded, verdict, List.of(), Optional.empty(), "",
                Optional.empty(), matched, List.of(), foundBy, where, List.of(), review);
    }

    /** The same part to be reviewed by a person, for the reason a note gives (kept in {@link #scoreOnly} too). */
    public PartResult toReview(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new PartResult(id, questionId, points, awarded, verdict, feedback, given, written, expected, matched,
                wrongEntries, foundBy, where, more, new Review.Noted(note));
    }

    /** The same part with other points awarded and other feedback (a manual part scored again). */
    public PartResult withScore(double newAwarded, List<String> newFeedback) {
        return new PartResult(id, questionId, points, newAwarded, verdict, newFeedback, given, written, expected,
                matched, wrongEntries, foundBy, where, notes, review);
    }
}
