package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Question;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.SheetValue;

/** What the sheet readers need to know of a rubric. */
public final class SheetSpecs {

    private SheetSpecs() {
    }

    /**
     * The spec of {@code rubric}: its questions; and per part its labels, its reference and the
     * values of its variants, and for an open question whether a value passes its check when the
     * other parts take their reference values (where they all have one).
     */
    public static SheetSpec of(Rubric rubric) {
        List<SheetSpec.QuestionSpec> questions = new ArrayList<>();
        List<SheetSpec.PartSpec> parts = new ArrayList<>();
        for (Question question : rubric.questions()) {
            questions.add(new SheetSpec.QuestionSpec(question.id(), question.title(), question.aliases()));
            for (Part part : question.parts()) {
                Optional<Tensor> reference = tensor(rubric.key().reference(part.id()));
                List<Tensor> targets = new ArrayList<>();
                reference.ifPresent(targets::add);
                rubric.key().acceptedValues(part.id()).forEach(value -> tensor(Optional.of(value))
                        .ifPresent(targets::add));
                rubric.key().mistakeValues(part.id()).forEach(value -> tensor(Optional.of(value))
                        .ifPresent(targets::add));
                Optional<Predicate<SheetValue>> accepts = part.kind() instanceof PartKind.Check check
                        && decidable(rubric, check) ? Optional.of(value -> holds(rubric, check, value)) : Optional.empty();
                parts.add(new SheetSpec.PartSpec(part.id(), question.id(), part.labels(), reference, targets, accepts,
                        part.text(), !(part.kind() instanceof PartKind.Manual)));
            }
        }
        return new SheetSpec(questions, parts);
    }

    /**
     * Whether a check can be decided from a candidate alone: every part it names has a reference. One
     * that needs another open answer ({@code conv2d(R, avg_kernel, stride=answer)}) could only fail,
     * for every candidate of every sheet.
     */
    private static boolean decidable(Rubric rubric, PartKind.Check check) {
        return check.formula().expression().names().stream().filter(name -> rubric.part(name).isPresent())
                .allMatch(name -> rubric.key().reference(name).isPresent());
    }

    private static boolean holds(Rubric rubric, PartKind.Check check, SheetValue candidate) {
        Value answer = SheetValues.toValue(candidate);
        Evaluator evaluator = new Evaluator(rubric.scope(Map.of(RubricLoader.ANSWER, answer)), rubric.tolerance());
        try {
            return evaluator.evaluate(check.formula().expression()) instanceof Value.BooleanValue bool && bool.value();
        } catch (ExpressionException | EngineException unusable) {
            return false;
        }
    }

    private static Optional<Tensor> tensor(Optional<Value> value) {
        return value.filter(Value.TensorValue.class::isInstance).map(tensor -> ((Value.TensorValue) tensor).tensor());
    }
}
