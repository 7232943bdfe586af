package org.cnngrader.grading;

import java.util.Map;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;

/**
 * One team's answer to one part with a reference, as the credit routes and the diagnoses see it: the
 * part's precomputed key, the value given, and the team's values for every part (for follow-through).
 * The part's own tolerance decides every comparison made for it, and every {@code ==} evaluated for it.
 *
 * @param keys the keys of every part with a reference, by id, in the rubric's order
 */
record Attempt(Rubric rubric, Map<String, PartKey> keys, PartKey key, Value given, Map<String, Value> values) {

    Part part() {
        return key.part();
    }

    /** The one tolerance that decides this part. */
    Tolerance tolerance() {
        return key.part().tolerance();
    }

    /** Whether {@code value} equals {@code expected} within this part's tolerance. */
    boolean equals(Value expected, Value value) {
        return Comparison.of(expected, value, tolerance()).equal();
    }

    /** Whether the answer given equals {@code expected}. */
    boolean gives(Value expected) {
        return equals(expected, given);
    }

    /** An evaluator of the rubric's expressions with some names bound to other values. */
    Evaluator evaluator(Map<String, Value> overrides) {
        return new Evaluator(rubric.scope(overrides), tolerance());
    }
}
