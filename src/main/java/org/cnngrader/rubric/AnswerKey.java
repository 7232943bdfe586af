package org.cnngrader.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.expr.Value;

/**
 * The values the engine computed for a rubric: each answer part's reference, and the value of
 * each of its accepted and mistaken variants, in the order the rubric lists them.
 */
public record AnswerKey(Map<String, Value> references, Map<String, List<Value>> accepted,
        Map<String, List<Value>> mistakes) {

    public AnswerKey {
        references = Map.copyOf(references);
        accepted = Map.copyOf(accepted);
        mistakes = Map.copyOf(mistakes);
    }

    /** The reference of an answer part. */
    public Optional<Value> reference(String partId) {
        return Optional.ofNullable(references.get(partId));
    }

    /** The values of a part's accepted variants. */
    public List<Value> acceptedValues(String partId) {
        return accepted.getOrDefault(partId, List.of());
    }

    /** The values of a part's known mistakes. */
    public List<Value> mistakeValues(String partId) {
        return mistakes.getOrDefault(partId, List.of());
    }
}
