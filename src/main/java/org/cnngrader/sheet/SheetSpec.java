package org.cnngrader.sheet;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cnngrader.engine.Tensor;

/**
 * What the readers need to know of a rubric: its questions (to find sections in free-form
 * documents) and its parts (ids, labels, and the values an answer may be compared with to pick
 * the right candidate). Built by the grading step from a rubric.
 */
public record SheetSpec(List<QuestionSpec> questions, List<PartSpec> parts) {

    public SheetSpec {
        questions = List.copyOf(questions);
        parts = List.copyOf(parts);
    }

    /** A question: its id, title and other names students give it. */
    public record QuestionSpec(String id, String title, List<String> aliases) {
        public QuestionSpec {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A part.
     *
     * @param reference the part's reference value, when the engine computes one
     * @param targets the values a right or typically wrong answer has: reference, accepted and
     *     mistaken variants
     * @param accepts for an open question, whether a candidate satisfies its check (as far as it
     *     can be decided before grading); empty otherwise
     * @param prompt what the part asks, for templates
     * @param graded whether an answer is looked for (false for parts a TA scores by hand)
     */
    public record PartSpec(String id, String questionId, List<String> labels, Optional<Tensor> reference,
            List<Tensor> targets, Optional<Predicate<SheetValue>> accepts, String prompt, boolean graded) {

        public PartSpec {
            labels = List.copyOf(labels);
            targets = List.copyOf(targets);
        }

        /** How to read this part's values. */
        public Expectation expectation() {
            return reference.map(tensor -> new Expectation(tensor.isIntegral(), tensor.rank()))
                    .orElse(Expectation.ANY);
        }
    }

    /** The part with this id. */
    public Optional<PartSpec> part(String id) {
        // A loop, not a stream: every cell and row of every sheet asks, and a rubric has a few dozen parts.
        for (PartSpec part : parts) {
            if (part.id().equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
