package org.cnngrader.grading;

/**
 * Whether a person should look at a part's grade, and why when a note says it: the reports name the other reasons
 * (a guess, a variant, a diagnosis) from how the part was found and graded.
 */
public sealed interface Review {

    /** Nothing to look at. */
    record None() implements Review {
    }

    /** To look at for how the answer was found or graded, which {@code report.Display} puts in words. */
    record OfGrading() implements Review {
    }

    /** To look at for the reason a note gives: a reading in doubt, a question whose heading was not found. */
    record Noted(String note) implements Review {
    }

    /** Whether a person should look at the part. */
    default boolean needed() {
        return !(this instanceof None);
    }

    /** To look at for how it was found or graded when {@code needed}, else not. */
    static Review ofGrading(boolean needed) {
        return needed ? new OfGrading() : new None();
    }
}
