package org.cnngrader.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Value;

/**
 * A loaded, validated rubric: its settings, given values, questions and the answer key the
 * engine computed for it. Built only by {@link RubricLoader}.
 *
 * @param source the file it was read from, for messages
 * @param fingerprint what tells this version of the rubric's text from any other ({@code sha256:…}): an output folder
 *     graded with another version is not merged with
 * @param given the given values by name, in the order written
 * @param key the reference value of every part with an {@code answer}, and of its variants
 * @param parts every part, in the order of the rubric: the questions' parts, held once because grading asks for
 *     them part after part
 */
public record Rubric(String title, String source, String fingerprint, int decimals, Tolerance tolerance,
        PartialCredit partial, Map<String, Value> given, List<Question> questions, AnswerKey key, List<Part> parts) {

    public Rubric {
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        questions = List.copyOf(questions);
        parts = List.copyOf(parts);
        if (!parts.equals(partsOf(questions))) {
            throw new IllegalArgumentException("the rubric's parts must be its questions' parts, in order");
        }
    }

    /** A rubric whose parts are those of its questions. */
    public Rubric(String title, String source, String fingerprint, int decimals, Tolerance tolerance,
            PartialCredit partial, Map<String, Value> given, List<Question> questions, AnswerKey key) {
        this(title, source, fingerprint, decimals, tolerance, partial, given, questions, key, partsOf(questions));
    }

    private static List<Part> partsOf(List<Question> questions) {
        return questions.stream().flatMap(question -> question.parts().stream()).toList();
    }

    /** The part with this id. */
    public Optional<Part> part(String id) {
        // A loop over the parts held: grading asks for every part and every name an expression uses.
        for (Part part : parts) {
            if (part.id().equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /**
     * The other parts whose answers a part's expression (its answer, check or formula) names, in the order of their
     * ids: what its grade is computed from besides the part's own answer.
     */
    public List<String> partsUsedBy(Part part) {
        Formula formula = part.kind() instanceof PartKind.Answer answer ? answer.formula()
                : part.kind() instanceof PartKind.Check check ? check.formula()
                : part.kind() instanceof PartKind.FormulaAnswer written ? written.formula() : null;
        if (formula == null) {
            return List.of();
        }
        return formula.expression().names().stream()
                .filter(name -> !name.equals(part.id()) && part(name).isPresent()).toList();
    }

    /** The question with this id. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /**
     * The names expressions may use: {@code overrides} first (a student's values, {@code answer}),
     * then the parts' references, then the given values.
     */
    public Evaluator.Scope scope(Map<String, Value> overrides) {
        Map<String, Value> copy = Map.copyOf(overrides);
        return name -> Optional.ofNullable(copy.get(name))
                .or(() -> key.reference(name))
                .or(() -> Optional.ofNullable(given.get(name)));
    }

    /** The points of all parts. */
    public double points() {
        return questions.stream().mapToDouble(Question::points).sum();
    }
}
