package org.cnngrader.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Padding;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.engine.Transforms;
import org.cnngrader.expr.Arguments;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.PartialCredit;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.rubric.Variant;
import org.cnngrader.sheet.Answer;
import org.cnngrader.sheet.AnswerSheet;

/**
 * Grades answer sheets against a rubric (DESIGN.md §6). Stateless after construction and safe to
 * share between threads: what does not depend on a team (the slips of every reference) is
 * computed once.
 *
 * <p>For a part with a reference, the credit is the best of: the reference (full), an accepted
 * variant (its credit), the reference computed from rounded intermediate values (full, named),
 * and follow-through (the part's expression evaluated with the student's own, wrong but
 * non-constant, upstream answers, or a network's later layer computed from the student's earlier
 * one), each with entry-proportional partial credit where the rubric says so. An answer still
 * wrong is diagnosed: the rubric's known mistakes, then the slips each function declares, then
 * patterns within a matrix (one wrong entry with its worked sum, transposed, rotated, shifted,
 * constant offset).
 */
public final class Grader {

    private final Rubric rubric;
    private final Map<String, List<Known>> slips = new LinkedHashMap<>();
    private final Map<String, NetworkLayer> layers = new LinkedHashMap<>();

    /** A value a wrong (or acceptably different) answer may equal, with its words. */
    private record Known(Value value, String description, boolean acceptable) {
    }

    /**
     * A part asking about one layer of a network: {@code output_shape(net, k)}, {@code params(net, k)}
     * (with its {@code bias}) or {@code macs(net, k)}.
     */
    private record NetworkLayer(String network, int layer, String function, boolean bias) {
        static final List<String> FUNCTIONS = List.of("output_shape", "params", "macs");

        boolean shape() {
            return function.equals("output_shape");
        }
    }

    public Grader(Rubric rubric) {
        this.rubric = rubric;
        Evaluator references = evaluator(Map.of());
        for (Part part : rubric.parts()) {
            if (part.kind() instanceof PartKind.Answer answer) {
                List<Known> known = new ArrayList<>();
                Value reference = rubric.key().reference(part.id()).orElseThrow();
                for (Slips.Mutant mutant : Slips.of(answer.formula().expression(), part.decimals())) {
                    try {
                        Value value = references.evaluate(mutant.expression());
                        if (!Comparison.of(reference, value, part.tolerance()).equal()) {
                            known.add(new Known(value, mutant.words() + shapeChange(reference, value),
                                    mutant.acceptable()));
                        }
                    } catch (ExpressionException | EngineException impossible) {
                        // A slip that cannot be computed (a padding the kernel does not fit) is no answer.
                    }
                }
                slips.put(part.id(), known);
                networkLayer(answer.formula().expression()).ifPresent(layer -> layers.put(part.id(), layer));
            }
        }
    }

    /** The rubric graded against. */
    public Rubric rubric() {
        return rubric;
    }

    /** The grade of one sheet; never throws for a student's answer. */
    public TeamResult grade(AnswerSheet sheet, ManualScores manual) {
        double max = rubric.points();
        if (!sheet.readable()) {
            // The reason is the submission's, given once with it; each part says no more than its verdict. No part
            // carries its reference: a team whose file could not be read hands in a readable one, and its report
            // (often sent back at once) must not be the key to copy into it.
            List<PartResult> parts = rubric.parts().stream().map(part -> new PartResult(part.id(), part.questionId(),
                    part.points(), 0, Verdict.UNREADABLE, List.of(), Optional.empty(), "", Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), false)).toList();
            return new TeamResult(sheet.team(), sheet.members(), sheet.source(), sheet.reason(), 0, max, parts,
                    sheet.notes());
        }
        Map<String, Value> values = new LinkedHashMap<>();
        sheet.answers().forEach((id, answer) -> answer.value().ifPresent(value -> values.put(id,
                SheetValues.toValue(value))));
        List<PartResult> parts = new ArrayList<>();
        double total = 0;
        for (Part part : rubric.parts()) {
            PartResult result = guarded(part, sheet, values, manual);
            parts.add(result);
            total += result.awarded();
        }
        return new TeamResult(sheet.team(), sheet.members(), sheet.source(), Optional.empty(), round(total), max, parts,
                sheet.notes());
    }

    /**
     * The result under another identity, as {@link #grade} gives it for the sheet under that identity: the
     * manual parts are scored again, since manual scores are found by team. Also how a team kept from an earlier
     * run gets the manual scores of this one (under its own identity).
     */
    public TeamResult renamed(TeamResult result, String team, ManualScores manual) {
        List<PartResult> parts = new ArrayList<>();
        double total = 0;
        for (PartResult part : result.parts()) {
            if (part.verdict() == Verdict.MANUAL) {
                ManualScore score = manualScore(rubric.part(part.id()).orElseThrow(), team, manual);
                part = part.withScore(score.awarded(), score.feedback());
            }
            parts.add(part);
            total += part.awarded();
        }
        // A team known by its identity alone goes on being known by its (new) identity alone.
        String name = result.name().equals(result.team()) ? team : result.name();
        return new TeamResult(team, name, result.members(), result.source(), result.unreadable(), round(total),
                result.max(), parts, result.notes());
    }

    /** A manual part's points (within the part's) and feedback, from the TA's file. */
    private record ManualScore(double awarded, List<String> feedback) {
    }

    private static ManualScore manualScore(Part part, String team, ManualScores manual) {
        Optional<ManualScores.Score> score = manual.score(team, part.id());
        return new ManualScore(score.map(given -> Math.max(0, Math.min(part.points(), given.points()))).orElse(0.0),
                score.map(given -> given.comment().isBlank() ? List.<String>of() : List.of(given.comment()))
                        .orElse(List.of("To be scored by a TA.")));
    }

    /**
     * {@link #gradePart}, a failure on the student's value becoming this part's verdict with its reason: the engine
     * is called with values a student wrote (a shape of 99999 × 99999, a padding of a billion), and one such value
     * must cost that part alone, never the team's grade nor the run.
     */
    private PartResult guarded(Part part, AnswerSheet sheet, Map<String, Value> values, ManualScores manual) {
        try {
            return gradePart(part, sheet, values, manual);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError unworkable) {
            String reason = unworkable.getMessage() == null ? unworkable.getClass().getSimpleName()
                    : unworkable.getMessage();
            return result(part, 0, Verdict.INCORRECT, List.of("This answer could not be graded: " + reason + "."),
                    sheet.answers().get(part.id()), Optional.empty(), Optional.empty(), List.of(), true);
        }
    }

    private PartResult gradePart(Part part, AnswerSheet sheet, Map<String, Value> values, ManualScores manual) {
        Answer answer = sheet.answers().get(part.id());
        if (part.kind() instanceof PartKind.Manual) {
            ManualScore score = manualScore(part, sheet.team(), manual);
            return result(part, score.awarded(), Verdict.MANUAL, score.feedback(), answer, Optional.empty(),
                    Optional.empty(), List.of(), false);
        }
        if (answer == null) {
            return result(part, 0, Verdict.MISSING, List.of(part.kind() instanceof PartKind.Recorded
                    ? "Not found; other parts need it." : "No answer was found for this part."), null, Optional.empty(),
                    Optional.empty(), List.of(), false);
        }
        if (answer.value().isEmpty()) {
            return result(part, 0, Verdict.UNREADABLE, List.of("Your answer could not be read: "
                    + answer.problem().orElse("") + "."), answer, Optional.empty(), Optional.empty(), List.of(), true);
        }
        Value given = values.get(part.id());
        if (part.kind() instanceof PartKind.Recorded) {
            return result(part, 0, Verdict.CORRECT, List.of("Recorded; other parts use it."), answer, Optional.empty(),
                    Optional.empty(), List.of(), false);
        }
        if (part.kind() instanceof PartKind.Check check) {
            return gradeCheck(part, check, answer, given, values);
        }
        if (part.kind() instanceof PartKind.FormulaAnswer formula) {
            return gradeFormula(part, formula, answer);
        }
        return gradeAnswer(part, answer, given, values);
    }

    private PartResult gradeCheck(Part part, PartKind.Check check, Answer answer, Value given,
            Map<String, Value> values) {
        Map<String, Value> scope = new LinkedHashMap<>(values);
        scope.put(RubricLoader.ANSWER, given);
        List<String> needed = check.formula().expression().names().stream()
                .filter(name -> rubric.part(name).isPresent() && !name.equals(part.id()) && !values.containsKey(name))
                .toList();
        if (!needed.isEmpty()) {
            return result(part, 0, Verdict.INCORRECT, List.of("This could not be checked: it needs your answer to "
                    + String.join(" and ", needed) + ", which was not found or could not be read."), answer,
                    Optional.empty(), Optional.empty(), List.of(), true);
        }
        try {
            Value holds = evaluator(scope, part.tolerance()).evaluate(check.formula().expression());
            if (holds instanceof Value.BooleanValue bool && bool.value()) {
                return result(part, part.points(), Verdict.CORRECT, List.of("Correct: it satisfies "
                        + check.formula().text() + "."), answer, Optional.empty(), Optional.empty(), List.of(), false);
            }
            return result(part, 0, Verdict.INCORRECT, List.of("This does not satisfy " + check.formula().text()
                    + "."), answer, Optional.empty(), Optional.empty(), List.of(), false);
        } catch (ExpressionException | EngineException problem) {
            String reason = problem instanceof ExpressionException expression ? expression.reason() : problem.getMessage();
            return result(part, 0, Verdict.INCORRECT, List.of("This could not be checked: " + reason + "."), answer,
                    Optional.empty(), Optional.empty(), List.of(), true);
        }
    }

    /**
     * A formula part: the student's formula against the reference at many points; a number against the
     * reference at the rubric's instance, accepted with a note that a formula was asked for.
     */
    private PartResult gradeFormula(Part part, PartKind.FormulaAnswer formula, Answer answer) {
        org.cnngrader.sheet.SheetValue read = answer.value().orElseThrow();
        Evaluator.Scope given = rubric.scope(Map.of());
        if (read instanceof org.cnngrader.sheet.SheetValue.Formula written) {
            FormulaComparison.Outcome outcome = FormulaComparison.of(formula, given, written.term());
            if (outcome.equal()) {
                return result(part, part.points(), Verdict.CORRECT, List.of("Correct: equal to "
                        + formula.formula().text() + "."), answer, Optional.empty(), Optional.empty(), List.of(), false);
            }
            List<String> feedback = new ArrayList<>();
            feedback.add("Incorrect: this formula is not equal to the expected one.");
            outcome.difference().ifPresent(feedback::add);
            return result(part, 0, Verdict.INCORRECT, feedback, answer, Optional.empty(),
                    outcome.difference(), List.of(), true);
        }
        if (read instanceof org.cnngrader.sheet.SheetValue.Numbers numbers && numbers.tensor().isSingle()
                && !formula.instance().isEmpty()) {
            double expected = FormulaComparison.reference(formula, given, formula.instance());
            Value reference = Value.TensorValue.of(expected);
            if (Comparison.of(reference, Value.TensorValue.of(numbers.tensor().item()), part.tolerance()).equal()) {
                return result(part, part.points(), Verdict.ACCEPTED, List.of("Accepted: the right number for "
                        + instance(formula) + "; the question asks for the formula " + "in "
                        + String.join(", ", formula.symbols()) + "."), answer, Optional.of(reference),
                        Optional.empty(), List.of(), true);
            }
            return result(part, 0, Verdict.INCORRECT, List.of("Incorrect: a formula in "
                    + String.join(", ", formula.symbols()) + " is asked for, and this number is not its value for "
                    + instance(formula) + "."), answer, Optional.of(reference), Optional.empty(), List.of(), true);
        }
        return result(part, 0, Verdict.INCORRECT, List.of("A formula in " + String.join(", ", formula.symbols())
                + " is asked for."), answer, Optional.empty(), Optional.empty(), List.of(), true);
    }

    private static String instance(PartKind.FormulaAnswer formula) {
        List<String> values = new ArrayList<>();
        formula.instance().forEach((symbol, value) -> values.add(symbol + " = " + Values.plainNumber(value)));
        return String.join(", ", values);
    }

    /** One way an answer can earn credit. */
    private record Route(Value expected, double credit, Verdict verdict, String matched, String feedback) {
    }

    private PartResult gradeAnswer(Part part, Answer answer, Value given, Map<String, Value> values) {
        Value reference = rubric.key().reference(part.id()).orElseThrow();
        List<Route> routes = new ArrayList<>();
        routes.add(new Route(reference, 1, Verdict.CORRECT, null, "Correct."));
        List<Variant> accepted = part.accepted();
        List<Value> acceptedValues = rubric.key().acceptedValues(part.id());
        for (int i = 0; i < accepted.size() && i < acceptedValues.size(); i++) {
            Variant variant = accepted.get(i);
            routes.add(new Route(acceptedValues.get(i), variant.credit(), Verdict.ACCEPTED, variant.formula().text(),
                    variant.feedback().isBlank() ? "Accepted." : variant.feedback()));
        }
        for (Known known : slips.get(part.id())) {
            if (known.acceptable()) {
                routes.add(new Route(known.value(), 1, Verdict.ACCEPTED, known.description(),
                        "Accepted: " + known.description() + "."));
            }
        }
        followThrough(part, values).ifPresent(routes::add);

        Route best = null;
        double bestCredit = -1;
        Comparison bestComparison = null;
        for (Route route : routes) {
            Comparison comparison = Comparison.of(route.expected(), given, part.tolerance());
            // "Matrices earn the fraction of correct entries" (DESIGN.md §4): shapes and numbers do not.
            boolean matrix = route.expected() instanceof Value.TensorValue tensor && tensor.tensor().rank() >= 2;
            double fraction = comparison.equal() ? 1
                    : part.partial() == PartialCredit.ENTRIES && matrix ? comparison.fraction() : 0;
            double credit = route.credit() * fraction;
            if (credit > bestCredit + 1e-12) {
                best = route;
                bestCredit = credit;
                bestComparison = comparison;
            }
        }
        Comparison direct = Comparison.of(reference, given, part.tolerance());
        if (bestComparison != null && bestComparison.equal()) {
            boolean review = best.verdict() != Verdict.CORRECT || answer.foundBy().needsReview();
            return result(part, round(part.points() * best.credit()), best.verdict(), List.of(best.feedback()), answer,
                    Optional.of(best.expected()), Optional.ofNullable(best.matched()), List.of(), review);
        }
        List<String> feedback = new ArrayList<>();
        Optional<String> matched = Optional.empty();
        double credit = Math.max(bestCredit, 0);
        Verdict verdict = credit > 0 ? Verdict.PARTIAL : Verdict.INCORRECT;
        Route shown = credit > 0 ? best : routes.get(0);
        Comparison against = credit > 0 ? bestComparison : direct;
        if (!against.sameShape()) {
            feedback.add("Wrong shape: " + against.shapeProblem() + ".");
        } else if (against.entries() > 1) {
            feedback.add(against.right() + " of " + against.entries() + " entries are right.");
        } else {
            feedback.add("Incorrect.");
        }
        // Known mistakes of the rubric, then the slips of the engine.
        List<Variant> mistakes = part.mistakes();
        List<Value> mistakeValues = rubric.key().mistakeValues(part.id());
        for (int i = 0; i < mistakes.size() && i < mistakeValues.size() && matched.isEmpty(); i++) {
            if (Comparison.of(mistakeValues.get(i), given, part.tolerance()).equal()) {
                Variant mistake = mistakes.get(i);
                matched = Optional.of(mistake.formula().text());
                feedback.add(mistake.feedback().isBlank() ? "This is a known mistake: " + mistake.formula().text() + "."
                        : mistake.feedback());
                if (mistake.credit() * part.points() > credit * part.points()) {
                    credit = mistake.credit();
                    verdict = Verdict.PARTIAL;
                }
            }
        }
        for (Known known : slips.get(part.id())) {
            if (matched.isPresent()) {
                break;
            }
            if (!known.acceptable() && Comparison.of(known.value(), given, part.tolerance()).equal()) {
                matched = Optional.of(known.description());
                feedback.add("This matches the result when " + known.description() + ".");
            }
        }
        if (matched.isEmpty()) {
            pattern(shown.expected(), given, part.tolerance(), part.decimals()).ifPresent(feedback::add);
        }
        workedEntry(part, shown.expected(), given).ifPresent(feedback::add);
        if (verdict == Verdict.PARTIAL && shown.verdict() == Verdict.FOLLOW_THROUGH) {
            feedback.add("Partial credit against the value that follows from your earlier answers.");
        }
        return result(part, round(part.points() * credit), verdict, feedback, answer, Optional.of(shown.expected()),
                matched, against.sameShape() ? against.wrong() : List.of(), true);
    }

    /** The follow-through route, when the student's upstream answers differ from the references. */
    private Optional<Route> followThrough(Part part, Map<String, Value> values) {
        Expression expression = ((PartKind.Answer) part.kind()).formula().expression();
        Map<String, Value> upstream = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String name : expression.names()) {
            Optional<Value> reference = rubric.key().reference(name);
            Value student = values.get(name);
            if (reference.isPresent() && student != null && !isConstant(student)
                    && !Comparison.of(reference.get(), student, tolerance(name)).equal()) {
                upstream.put(name, student);
                names.add(name);
            }
        }
        if (!upstream.isEmpty()) {
            try {
                Value carried = evaluator(upstream, part.tolerance()).evaluate(expression);
                return Optional.of(new Route(carried, part.followThrough(), Verdict.FOLLOW_THROUGH,
                        "follow-through from " + String.join(", ", names), "Follows from your answer to "
                        + String.join(" and ", names) + " (error carried forward)" + credit(part.followThrough()) + "."));
            } catch (ExpressionException | EngineException unusable) {
                return Optional.empty();
            }
        }
        return networkFollowThrough(part, values);
    }

    /**
     * A later layer of a network computed from the student's own answer for the nearest earlier
     * layer whose shape was asked: its shape, parameters or multiply-adds.
     */
    private Optional<Route> networkFollowThrough(Part part, Map<String, Value> values) {
        NetworkLayer target = layers.get(part.id());
        if (target == null) {
            return Optional.empty();
        }
        String earlier = null;
        int earlierLayer = 0;
        for (Map.Entry<String, NetworkLayer> other : layers.entrySet()) {
            NetworkLayer layer = other.getValue();
            if (layer.shape() && layer.network().equals(target.network()) && layer.layer() < target.layer()
                    && layer.layer() > earlierLayer && values.containsKey(other.getKey())) {
                earlier = other.getKey();
                earlierLayer = layer.layer();
            }
        }
        if (earlier == null) {
            return Optional.empty();
        }
        Value student = values.get(earlier);
        if (Comparison.of(rubric.key().reference(earlier).orElseThrow(), student, tolerance(earlier)).equal()
                || !(student instanceof Value.TensorValue tensor) || !tensor.tensor().isIntegral()
                || tensor.tensor().rank() > 1) {
            return Optional.empty();
        }
        Network network = ((Value.NetworkValue) rubric.given().get(target.network())).network();
        try {
            List<Integer> shape = new ArrayList<>();
            for (double side : tensor.tensor().values()) {
                shape.add((int) side);
            }
            Network rest = new Network(shape, network.layers().subList(earlierLayer, target.layer()));
            int last = target.layer() - earlierLayer;
            Value carried = switch (target.function()) {
                case "params" -> Value.TensorValue.of(rest.parameters(last, target.bias()));
                case "macs" -> Value.TensorValue.of(rest.macs(last));
                default -> Values.integers(rest.outputShape(last));
            };
            return Optional.of(new Route(carried, part.followThrough(), Verdict.FOLLOW_THROUGH,
                    "follow-through from " + earlier, "Follows from your answer to " + earlier
                    + " (error carried forward through the network)" + credit(part.followThrough()) + "."));
        } catch (EngineException | IllegalArgumentException | ArithmeticException unusable) {
            return Optional.empty();
        }
    }

    /** The layer a part asks about, when its answer is one call of a per-layer function on a given network. */
    private static Optional<NetworkLayer> networkLayer(Expression expression) {
        if (!(expression instanceof Expression.Call call) || !NetworkLayer.FUNCTIONS.contains(call.function())
                || call.positional().isEmpty() || call.positional().size() > 2
                || !(call.positional().get(0) instanceof Expression.Name network)) {
            return Optional.empty();
        }
        Expression layer = call.positional().size() == 2 ? call.positional().get(1) : null;
        boolean bias = true;
        for (Expression.NamedArgument argument : call.named()) {
            if (argument.name().equals("layer") && layer == null) {
                layer = argument.value();
            } else if (argument.name().equals("bias") && argument.value() instanceof Expression.BooleanLiteral flag) {
                bias = flag.value();
            } else {
                return Optional.empty();
            }
        }
        if (layer instanceof Expression.NumberLiteral number && number.value() >= 1
                && number.value() == Math.rint(number.value())) {
            return Optional.of(new NetworkLayer(network.name(), (int) number.value(), call.function(), bias));
        }
        return Optional.empty();
    }

    /** Patterns within a matrix answer of the right or swapped shape. */
    private static Optional<String> pattern(Value expectedValue, Value givenValue, Tolerance tolerance, int decimals) {
        if (!(expectedValue instanceof Value.TensorValue expected) || !(givenValue instanceof Value.TensorValue given)
                || expected.tensor().rank() != 2 || given.tensor().rank() != 2 || expected.tensor().size() < 2) {
            return Optional.empty();
        }
        Tensor reference = expected.tensor();
        Tensor answer = given.tensor();
        if (Comparison.of(Transforms.transpose(reference), answer, tolerance).equal()) {
            return Optional.of("The matrix is transposed: rows and columns are swapped.");
        }
        if (!Arrays.equals(reference.shape(), answer.shape())) {
            return Optional.empty();
        }
        if (Comparison.of(Transforms.flip(reference), answer, tolerance).equal()) {
            return Optional.of("The matrix is rotated by 180°.");
        }
        Comparison comparison = Comparison.of(reference, answer, tolerance);
        if (comparison.wrong().size() == 1) {
            int index = comparison.wrong().get(0);
            int columns = reference.side(1);
            return Optional.of("One entry is wrong, an arithmetic slip: entry (" + index / columns + "," + index % columns
                    + ") is " + shown(answer.valueAt(index), decimals) + ", expected "
                    + shown(reference.valueAt(index), decimals) + ".");
        }
        double offset = answer.valueAt(0) - reference.valueAt(0);
        boolean constant = Math.abs(offset) > 1e-9;
        for (int i = 0; i < reference.size() && constant; i++) {
            constant = Tolerance.absolute(1e-9).accepts(reference.valueAt(i) + offset, answer.valueAt(i));
        }
        if (constant) {
            return Optional.of("Every entry is off by the same amount, " + shown(offset, decimals) + ".");
        }
        int rows = reference.side(0);
        int columns = reference.side(1);
        int[][] shifts = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] shift : shifts) {
            boolean shifted = true;
            int compared = 0;
            for (int i = 0; i < rows && shifted; i++) {
                for (int j = 0; j < columns && shifted; j++) {
                    int si = i + shift[0];
                    int sj = j + shift[1];
                    if (si >= 0 && si < rows && sj >= 0 && sj < columns) {
                        shifted = tolerance.accepts(reference.get(si, sj), answer.get(i, j));
                        compared++;
                    }
                }
            }
            if (shifted && compared * 2 >= reference.size()) {
                return Optional.of("The answer is the expected matrix shifted by one "
                        + (shift[0] != 0 ? "row" : "column") + ": the window started in the wrong place.");
            }
        }
        return Optional.empty();
    }

    /** The worked sum of the first wrong entry of a convolution answer, as on the problem sheet. */
    private Optional<String> workedEntry(Part part, Value expectedValue, Value givenValue) {
        Expression expression = ((PartKind.Answer) part.kind()).formula().expression();
        if (!(expression instanceof Expression.Call call) || !call.function().equals("conv2d")
                || !(expectedValue instanceof Value.TensorValue expected)
                || !(givenValue instanceof Value.TensorValue given)
                || !Arrays.equals(expected.tensor().shape(), given.tensor().shape()) || expected.tensor().rank() != 2) {
            return Optional.empty();
        }
        Comparison comparison = Comparison.of(expected.tensor(), given.tensor(), part.tolerance());
        if (comparison.wrong().isEmpty()) {
            return Optional.empty();
        }
        try {
            Evaluator evaluator = evaluator(Map.of());
            Tensor input = tensor(evaluator.evaluate(Slips.argument(call, "x").orElseThrow()));
            Tensor kernel = tensor(evaluator.evaluate(Slips.argument(call, "k").orElseThrow()));
            if (input.rank() != 2 || kernel.rank() != 2 || Slips.argument(call, "stride").isPresent()
                    || Slips.argument(call, "dilation").isPresent()) {
                return Optional.empty();
            }
            boolean flip = Slips.argument(call, "flip").map(flag -> flag instanceof Expression.BooleanLiteral bool
                    && bool.value()).orElse(false);
            Value paddingValue = Slips.argument(call, "padding").map(evaluator::evaluateArgument)
                    .orElse(Value.TensorValue.of(0));
            Padding.Explicit padding = Arguments.of("conv2d", Map.of("padding", paddingValue)).padding("padding")
                    .resolve(new HeightWidth(input.side(0), input.side(1)), new HeightWidth(kernel.side(0),
                            kernel.side(1)), HeightWidth.square(1), HeightWidth.square(1));
            Tensor padded = Transforms.pad(input, padding, 0);
            Tensor weights = flip ? Transforms.flip(kernel) : kernel;
            int index = comparison.wrong().get(0);
            int columns = expected.tensor().side(1);
            int row = index / columns;
            int column = index % columns;
            StringBuilder sum = new StringBuilder();
            for (int a = 0; a < weights.side(0); a++) {
                for (int b = 0; b < weights.side(1); b++) {
                    sum.append(sum.length() == 0 ? "" : " + ").append(number(weights.get(a, b))).append('·')
                            .append(number(padded.get(row + a, column + b)));
                }
            }
            return Optional.of("Entry (" + row + "," + column + "): " + sum + " = "
                    + number(expected.tensor().valueAt(index)) + ", you wrote " + number(given.tensor().valueAt(index))
                    + ".");
        } catch (RuntimeException notWorkable) {
            return Optional.empty();
        }
    }

    private static Tensor tensor(Value value) {
        return ((Value.TensorValue) value).tensor();
    }

    private Tolerance tolerance(String partId) {
        return rubric.part(partId).map(Part::tolerance).orElse(rubric.tolerance());
    }

    /** Whether a value is constant, such as a matrix of zeros: no follow-through from it. */
    private static boolean isConstant(Value value) {
        if (!(value instanceof Value.TensorValue tensor) || tensor.tensor().size() < 2) {
            return false;
        }
        double first = tensor.tensor().valueAt(0);
        for (double entry : tensor.tensor().values()) {
            if (entry != first) {
                return false;
            }
        }
        return true;
    }

    private Evaluator evaluator(Map<String, Value> overrides) {
        return evaluator(overrides, rubric.tolerance());
    }

    private Evaluator evaluator(Map<String, Value> overrides, Tolerance tolerance) {
        return new Evaluator(rubric.scope(overrides), tolerance);
    }

    private PartResult result(Part part, double awarded, Verdict verdict, List<String> feedback, Answer answer,
            Optional<Value> expected, Optional<String> matched, List<Integer> wrong, boolean review) {
        Optional<Value> reference = expected.isPresent() ? expected : rubric.key().reference(part.id());
        return new PartResult(part.id(), part.questionId(), part.points(), awarded, verdict, feedback,
                answer == null ? Optional.empty() : answer.value().map(SheetValues::toValue),
                answer == null ? "" : answer.written(), reference, matched, wrong,
                answer == null ? Optional.empty() : Optional.of(answer.foundBy()),
                answer == null ? Optional.empty() : Optional.of(answer.where()),
                answer == null ? List.of() : answer.notes(),
                review || answer != null && answer.foundBy().needsReview());
    }

    private static String credit(double fraction) {
        return fraction >= 1 ? ": full credit" : ": " + Rounding.plain(fraction * 100) + "% of the points";
    }

    /**
     * What a slip did to the shape, for a wrong-shaped answer: ": the map shrank to 2×2" (or grew), nothing when the
     * shape is kept.
     */
    static String shapeChange(Value reference, Value slipped) {
        if (!(reference instanceof Value.TensorValue expected) || !(slipped instanceof Value.TensorValue value)
                || Arrays.equals(expected.tensor().shape(), value.tensor().shape())
                || expected.tensor().isSingle() && value.tensor().isSingle()) {
            return "";
        }
        String shape = Shapes.format(value.tensor().shape());
        if (expected.tensor().rank() != value.tensor().rank()) {
            return ": the result is " + shape + " instead of " + Shapes.format(expected.tensor().shape());
        }
        return value.tensor().size() < expected.tensor().size() ? ": the map shrank to " + shape
                : ": the map grew to " + shape;
    }

    private static String number(double value) {
        return Values.plainNumber(value).toString();
    }

    /** A number as the rubric shows it (whole numbers as they are). */
    private static String shown(double value, int decimals) {
        return Values.display(Value.TensorValue.of(value), value == Math.rint(value) ? 0 : decimals);
    }

    private static double round(double points) {
        return BigDecimal.valueOf(points).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
