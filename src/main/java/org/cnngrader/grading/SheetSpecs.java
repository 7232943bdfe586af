package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Layer;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
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
     * The spec of {@code rubric}: its questions; per part its labels (its id among them), its
     * reference and accepted values, the kind of value it asks for, the network layer it asks about,
     * and for an open question whether a value passes its check when the other parts take their
     * reference values (where they all have one); and the values the problems give.
     */
    public static SheetSpec of(Rubric rubric) {
        List<SheetSpec.QuestionSpec> questions = new ArrayList<>();
        List<SheetSpec.PartSpec> parts = new ArrayList<>();
        for (Question question : rubric.questions()) {
            questions.add(new SheetSpec.QuestionSpec(question.id(), question.title(), question.aliases()));
            for (Part part : question.parts()) {
                Optional<Value> referenceValue = rubric.key().reference(part.id());
                Optional<Tensor> reference = tensor(referenceValue);
                List<Tensor> targets = new ArrayList<>();
                reference.ifPresent(targets::add);
                rubric.key().acceptedValues(part.id()).forEach(value -> tensor(Optional.of(value))
                        .ifPresent(targets::add));
                Optional<Predicate<SheetValue>> accepts = part.kind() instanceof PartKind.Check check
                        && decidable(rubric, check) ? Optional.of(value -> holds(rubric, part, check, value)) : Optional.empty();
                if (referenceValue.isPresent() && referenceValue.get() instanceof Value.BooleanValue truth) {
                    // A yes/no reference is no tensor: a candidate matches it by its truth.
                    accepts = Optional.of(value -> value instanceof SheetValue.Truth read && read.value() == truth.value());
                }
                List<String> symbols = part.kind() instanceof PartKind.FormulaAnswer formula ? formula.symbols()
                        : List.of();
                if (part.kind() instanceof PartKind.FormulaAnswer formula) {
                    // A formula matches when it is the reference's equal, as the grader decides.
                    org.cnngrader.expr.Evaluator.Scope given = rubric.scope(Map.of());
                    accepts = Optional.of(value -> value instanceof SheetValue.Formula written
                            && FormulaComparison.of(formula, given, written.term()).equal());
                }
                parts.add(new SheetSpec.PartSpec(part.id(), question.id(), labels(part), reference, targets, accepts,
                        symbols.isEmpty() ? kind(part, referenceValue) : SheetSpec.ValueKind.FORMULA,
                        layer(rubric, part), part.text(), !(part.kind() instanceof PartKind.Manual), symbols,
                        part.tolerance()));
            }
        }
        List<SheetSpec.GivenSpec> givens = new ArrayList<>();
        rubric.given().forEach((name, value) -> givens.add(new SheetSpec.GivenSpec(name, tensor(Optional.of(value)))));
        return new SheetSpec(questions, parts, givens);
    }

    /**
     * The rubric's labels of a part, and its id when that is a name a student would write: a short
     * one ({@code S}, {@code H1}), or an identifier no prose spells ({@code sees_eye}), which a sheet
     * gives when its answers are keyed as in the template or a CSV.
     */
    private static List<String> labels(Part part) {
        List<String> labels = new ArrayList<>(part.labels());
        if ((part.id().length() <= 3 || part.id().contains("_")) && !labels.contains(part.id())) {
            labels.add(part.id());
        }
        return labels;
    }

    /**
     * The kind of value a part asks for: its reference's; for an open question, what its check does
     * with {@code answer} (a kernel of a convolution is a matrix, a stride a number).
     */
    private static SheetSpec.ValueKind kind(Part part, Optional<Value> reference) {
        if (reference.isPresent()) {
            return reference.get() instanceof Value.BooleanValue ? SheetSpec.ValueKind.TRUTH
                    : tensor(reference).map(SheetSpec.ValueKind::of).orElse(SheetSpec.ValueKind.UNKNOWN);
        }
        if (part.kind() instanceof PartKind.Check check) {
            return kindOfAnswerIn(check.formula().expression()).orElse(SheetSpec.ValueKind.UNKNOWN);
        }
        return SheetSpec.ValueKind.UNKNOWN;
    }

    /** The functions whose first two positional arguments are tensors. */
    private static final Set<String> TENSOR_ARGUMENTS = Set.of("conv2d", "conv_transpose2d",
            "linear");

    private static Optional<SheetSpec.ValueKind> kindOfAnswerIn(Expression expression) {
        if (expression instanceof Expression.Call call) {
            for (int index = 0; index < call.positional().size(); index++) {
                Expression argument = call.positional().get(index);
                if (isAnswer(argument)) {
                    boolean tensor = index == 0 || TENSOR_ARGUMENTS.contains(call.function()) && index == 1;
                    return Optional.of(tensor || call.function().equals("shape") ? SheetSpec.ValueKind.MATRIX
                            : SheetSpec.ValueKind.NUMBER);
                }
                Optional<SheetSpec.ValueKind> inner = kindOfAnswerIn(argument);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Expression.NamedArgument argument : call.named()) {
                if (isAnswer(argument.value())) {
                    return Optional.of(SheetSpec.ValueKind.NUMBER);
                }
                Optional<SheetSpec.ValueKind> inner = kindOfAnswerIn(argument.value());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (expression instanceof Expression.Binary binary) {
            Optional<SheetSpec.ValueKind> left = kindOfAnswerIn(binary.left());
            return left.isPresent() ? left : kindOfAnswerIn(binary.right());
        } else if (expression instanceof Expression.Negation negation) {
            return kindOfAnswerIn(negation.operand());
        }
        return Optional.empty();
    }

    private static boolean isAnswer(Expression expression) {
        return expression instanceof Expression.Name name && name.name().equals(RubricLoader.ANSWER);
    }

    /** The functions whose reference is one layer's value: {@code output_shape(net, 3)}, {@code params(net, 3)}. */
    private static final Set<String> PER_LAYER = Set.of("output_shape", "params", "macs");

    /** The network layer a part's reference is about, when it is {@code output_shape(net, k)} or alike. */
    private static Optional<SheetSpec.LayerSpec> layer(Rubric rubric, Part part) {
        if (!(part.kind() instanceof PartKind.Answer answer)
                || !(answer.formula().expression() instanceof Expression.Call call)
                || !PER_LAYER.contains(call.function()) || call.positional().isEmpty()
                || !(call.positional().get(0) instanceof Expression.Name name)
                || !(rubric.given().get(name.name()) instanceof Value.NetworkValue network)) {
            return Optional.empty();
        }
        Expression index = call.positional().size() > 1 ? call.positional().get(1)
                : call.named().stream().filter(argument -> argument.name().equals("layer"))
                        .map(Expression.NamedArgument::value).findFirst().orElse(null);
        if (!(index instanceof Expression.NumberLiteral number || index instanceof Expression.Negation)) {
            return Optional.empty();
        }
        List<Layer> layers = network.network().layers();
        int written = index instanceof Expression.NumberLiteral literal ? (int) literal.value()
                : -(int) ((Expression.NumberLiteral) ((Expression.Negation) index).operand()).value();
        int layerIndex = written < 0 ? layers.size() + 1 + written : written;
        if (layerIndex < 1 || layerIndex > layers.size()) {
            return Optional.empty();
        }
        boolean withInput = call.function().equals("output_shape");
        List<Tensor> values = new ArrayList<>();
        for (int other = withInput ? 0 : 1; other <= layers.size(); other++) {
            Optional<Tensor> value = tensor(evaluate(rubric, withLayer(call, other)));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        List<String> named = call.named().stream().filter(argument -> !argument.name().equals("layer"))
                .map(Expression.NamedArgument::toString).toList();
        String quantity = call.function() + "(" + name.name() + (named.isEmpty() ? "" : ", " + String.join(", ", named))
                + ")";
        boolean activationsCounted = layers.stream()
                .anyMatch(layer -> layer instanceof Layer.Activation || layer instanceof Layer.BatchNorm);
        return Optional.of(new SheetSpec.LayerSpec(name.name(), layerIndex, layers.size(),
                layerNames(layers, layerIndex), quantity, values, withInput, activationsCounted));
    }

    /** The same call for another layer. */
    private static Expression withLayer(Expression.Call call, int layer) {
        Expression index = new Expression.NumberLiteral(layer, Integer.toString(layer), call.column());
        if (call.positional().size() > 1) {
            List<Expression> positional = new ArrayList<>(call.positional());
            positional.set(1, index);
            return new Expression.Call(call.function(), positional, call.named(), call.column());
        }
        List<Expression.NamedArgument> named = new ArrayList<>();
        for (Expression.NamedArgument argument : call.named()) {
            named.add(argument.name().equals("layer") ? new Expression.NamedArgument("layer", index, argument.column())
                    : argument);
        }
        return new Expression.Call(call.function(), call.positional(), named, call.column());
    }

    private static Optional<Value> evaluate(Rubric rubric, Expression expression) {
        try {
            return Optional.of(new Evaluator(rubric.scope(Map.of()), rubric.tolerance()).evaluate(expression));
        } catch (ExpressionException | EngineException unusable) {
            return Optional.empty();
        }
    }

    /**
     * What students call the {@code index}-th layer in a list of every layer: by its kind and count
     * ({@code conv3}, {@code pool2}, {@code fc6}) and by its place ({@code layer 5}).
     */
    static List<String> layerNames(List<Layer> layers, int index) {
        int convolutions = 0;
        int poolings = 0;
        int linears = 0;
        for (int i = 0; i < index; i++) {
            Layer layer = layers.get(i);
            if (layer instanceof Layer.Conv || layer instanceof Layer.ConvTranspose) {
                convolutions++;
            } else if (layer instanceof Layer.MaxPool || layer instanceof Layer.AvgPool) {
                poolings++;
            } else if (layer instanceof Layer.Linear) {
                linears++;
            }
        }
        List<String> names = new ArrayList<>();
        Layer layer = layers.get(index - 1);
        if (layer instanceof Layer.Conv || layer instanceof Layer.ConvTranspose) {
            names.addAll(List.of("conv" + convolutions, "conv " + convolutions, "convolution " + convolutions));
        } else if (layer instanceof Layer.MaxPool || layer instanceof Layer.AvgPool) {
            String kind = layer instanceof Layer.MaxPool ? "maxpool" : "avgpool";
            names.addAll(List.of("pool" + poolings, "pool " + poolings, kind + poolings, kind + " " + poolings,
                    "pooling " + poolings));
        } else if (layer instanceof Layer.Linear) {
            // AlexNet's fully connected layers are numbered on from its convolutions: fc6, fc7, fc8.
            names.addAll(List.of("fc" + linears, "fc " + linears, "fc" + (convolutions + linears),
                    "linear " + linears, "dense " + linears));
        } else if (layer instanceof Layer.Flatten) {
            names.addAll(List.of("flatten", "flattened"));
        }
        names.addAll(List.of("layer " + index, "layer" + index, "l" + index));
        return names;
    }

    /**
     * Whether a check can be decided from a candidate alone: every part it names has a reference. One
     * that needs another open answer ({@code conv2d(R, avg_kernel, stride=answer)}) could only fail,
     * for every candidate of every sheet.
     */
    static boolean decidable(Rubric rubric, PartKind.Check check) {
        return check.formula().expression().names().stream().filter(name -> rubric.part(name).isPresent())
                .allMatch(name -> rubric.key().reference(name).isPresent());
    }

    private static boolean holds(Rubric rubric, Part part, PartKind.Check check, SheetValue candidate) {
        return holds(rubric, part, check, SheetValues.toValue(candidate));
    }

    /** Whether {@code check} holds with {@code answer} as the part's answer; an error is a failure. */
    static boolean holds(Rubric rubric, Part part, PartKind.Check check, Value answer) {
        Evaluator evaluator = new Evaluator(rubric.scope(Map.of(RubricLoader.ANSWER, answer)), part.tolerance());
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
