package org.cnngrader.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.PartialCredit;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Answer;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Where;

/**
 * Grades answer sheets against a rubric (DESIGN.md §6). Stateless after construction and safe to
 * share between threads: what does not depend on a team (the slips of every reference) is
 * computed once.
 *
 * <p>For a part with a reference, the credit is the best of the {@link CreditRoute}s (the reference,
 * accepted variants, rounded intermediates, follow-through by names and along a network), each
 * with entry-proportional partial credit where the rubric says so. An answer still wrong is
 * diagnosed by the {@link Diagnosis} pieces: the rubric's known mistakes, the slips each function
 * and each network layer declares, then patterns within a matrix and a convolution's worked sum.
 * The part's own tolerance decides every comparison made for it.
 */
public final class Grader {

    private final Rubric rubric;
    private final Map<String, PartKey> keys = new LinkedHashMap<>();

    public Grader(Rubric rubric) {
        this.rubric = rubric;
        for (Part part : rubric.parts()) {
            if (part.kind() instanceof PartKind.Answer answer) {
                keys.put(part.id(), PartKey.of(rubric, part, answer));
            }
        }
    }

    /** The key of a part with a reference (for tests of the grading pieces). */
    PartKey keys(String partId) {
        return keys.get(partId);
    }

    /** The rubric graded against. */
    public Rubric rubric() {
        return rubric;
    }

    /** What a question's heading holds when the document numbers its questions otherwise. */
    private static final String MISNUMBERED = "its question's heading holds another question's answers, named by their"
            + " labels";

    /** The grade of one sheet; never throws for a student's answer. */
    public TeamResult grade(AnswerSheet sheet, ManualScores manual) {
        double max = rubric.points();
        if (!sheet.readable()) {
            // The reason is the submission's, given once with it; each part says no more than its verdict. No part
            // carries its reference: a team whose file could not be read hands in a readable one, and its report
            // (often sent back at once) must not be the key to copy into it.
            List<PartResult> parts = rubric.parts().stream().map(part -> new PartResult(part.id(), part.questionId(),
                    part.points(), 0, Verdict.UNREADABLE, List.of(), Optional.empty(), "", Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), new Review.None()))
                    .toList();
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
            List<String> doubtful = usesDoubtfulReadings(part, sheet);
            Optional<Answer> answer = Optional.ofNullable(sheet.answers().get(part.id()));
            boolean lostPoints = result.verdict() == Verdict.INCORRECT || result.verdict() == Verdict.PARTIAL
                    || result.verdict() == Verdict.UNCHECKED;
            // A wrong answer is reviewed anyway: the note says why its reading, not only its grade, is in doubt.
            AnswerSheet.Unheaded unheaded = sheet.unheaded().get(part.questionId());
            List<Where> valuesLeft = sheet.valuesLeft().getOrDefault(part.questionId(), List.of());
            if (result.verdict() == Verdict.MISSING && !valuesLeft.isEmpty()) {
                // Its answer may be among the values no part took, under a heading not recognised, one naming other
                // questions too, or in a form no answer was read from: a person looks, since a correct answer
                // reported missing is the worst outcome.
                String unread = !valuesLeft.get(0).cell().isEmpty() ? "values in rows naming no part of the rubric"
                        : unheaded == null ? "values under its question's heading"
                        : switch (unheaded) {
                            case SHARED -> "its question's heading names other questions too, and values under it";
                            case NONE_IN_DOCUMENT -> "the document heads no question, and values in it";
                            case MISNUMBERED -> MISNUMBERED + ", and values under it";
                            case NOT_FOUND, OUT_OF_ORDER -> "its question's heading was not found, and values between"
                                    + " the headings of the questions around it";
                        };
                result = result.toReview("not found: " + unread + " (" + places(valuesLeft) + ") were not read as any"
                        + " part's answer, or only by their place; its answer may be among them.");
            } else if (result.verdict() == Verdict.MISSING && unheaded == AnswerSheet.Unheaded.MISNUMBERED) {
                result = result.toReview("not found: " + MISNUMBERED + "; the document may number its questions"
                        + " otherwise: look for its answer elsewhere.");
            } else if ((lostPoints || part.kind() instanceof PartKind.Recorded) && answer.isPresent()
                    && unheaded != null && unheaded != AnswerSheet.Unheaded.NONE_IN_DOCUMENT) {
                // Between its neighbours' headings, under a heading of several questions or under another question's
                // answers, another question's answer may have been taken for this one's; a recorded answer, which
                // other parts are graded with, is "correct" whatever it is.
                result = result.toReview(switch (unheaded) {
                    case SHARED -> "its question's heading names other questions too: it was read among their"
                            + " answers, where another question's answer may stand.";
                    case MISNUMBERED -> MISNUMBERED + ": it was read where another question's answer may stand.";
                    default -> "its question's heading was not found: it was read between the headings of the"
                            + " questions around it, where another question's answer may stand.";
                });
            } else if (answer.flatMap(Answer::doubt).isPresent()) {
                // Right or wrong, a grade of a reading in doubt is no surer than the reading.
                result = result.toReview(answer.flatMap(Answer::doubt).get());
            } else if (!doubtful.isEmpty() && (lostPoints || result.verdict() == Verdict.FOLLOW_THROUGH
                    || part.kind() instanceof PartKind.Check && result.verdict() == Verdict.CORRECT)) {
                // A grade computed from another part's answer that was found by a guess is no surer than that guess:
                // points lost, credit carried forward from it, or a check it passes. An answer equal to its own
                // reference, or none at all, is graded alike whatever the others read.
                result = result.toReview("it uses the answer to " + String.join(" and ", doubtful) + ", not read"
                        + " surely (found by a guess, or where its question's heading was not found): if that reading"
                        + " is wrong, so is this grade.");
            }
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

    /**
     * The other parts this part's expression names whose answers were found by a guess, are in doubt, or were found
     * between the headings around their question's, to be reviewed.
     */
    private List<String> usesDoubtfulReadings(Part part, AnswerSheet sheet) {
        return rubric.partsUsedBy(part).stream()
                .filter(name -> sheet.answers().get(name) != null && (sheet.answers().get(name).foundBy().needsReview()
                        || sheet.answers().get(name).doubt().isPresent()
                        || sheet.unheaded().containsKey(rubric.part(name).orElseThrow().questionId())))
                .toList();
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
        if (answer == null && part.kind() instanceof PartKind.Check check
                && !check.formula().expression().names().contains(RubricLoader.ANSWER)) {
            // A check of other parts only (the XOR network of W1, b1, W2, b2 works) has no answer of its own to find.
            return gradeCheck(part, check, null, null, values);
        }
        if (answer == null) {
            List<String> feedback = new ArrayList<>(List.of(part.kind() instanceof PartKind.Recorded
                    ? "Not found; other parts need it." : "No answer was found for this part."));
            // The document heads this question out of the rubric's order, where it was not looked for: the answer may
            // be there, and a person should look.
            boolean elsewhere = sheet.unheaded().get(part.questionId()) == AnswerSheet.Unheaded.OUT_OF_ORDER;
            if (elsewhere) {
                feedback.add("Question " + part.questionId() + " seems to come out of order in the document (after a"
                        + " question that follows it), and its answers there were not read: put the questions in order.");
            }
            return result(part, 0, Verdict.MISSING, feedback, null, Optional.empty(), Optional.empty(), List.of(),
                    elsewhere);
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
        if (given != null) {
            scope.put(RubricLoader.ANSWER, given);
        }
        List<String> needed = rubric.partsUsedBy(part).stream().filter(name -> !values.containsKey(name)).toList();
        if (!needed.isEmpty()) {
            return result(part, 0, Verdict.UNCHECKED, List.of("This could not be checked: it needs your answer to "
                    + String.join(" and ", needed) + ", which was not found or could not be read."), answer,
                    Optional.empty(), Optional.empty(), List.of(), true);
        }
        try {
            Value holds = evaluator(scope, part.tolerance()).evaluate(check.formula().expression());
            if (holds instanceof Value.BooleanValue bool && bool.value()) {
                return result(part, part.points(), Verdict.CORRECT, List.of("Correct: it satisfies "
                        + check.formula().text() + "."), answer, Optional.empty(), Optional.empty(), List.of(), false);
            }
            // Reviewed as a wrong answer with a reference is: the value may have been read from the wrong place.
            return failedThroughOthers(part, check, answer, scope).orElseGet(() -> result(part, 0, Verdict.INCORRECT,
                    List.of("This does not satisfy " + check.formula().text() + "."), answer, Optional.empty(),
                    Optional.empty(), List.of(), true));
        } catch (ExpressionException | EngineException problem) {
            String reason = problem instanceof ExpressionException expression ? expression.reason() : problem.getMessage();
            // The verdict is the feedback's: an answer the check cannot use does not satisfy it, and the student is
            // told so, not only that it "could not be checked" beside 0 points.
            return failedThroughOthers(part, check, answer, scope).orElseGet(() -> result(part, 0, Verdict.INCORRECT,
                    List.of("This could not be checked: " + reason + "; an answer the check cannot use is graded"
                            + " incorrect."), answer, Optional.empty(), Optional.empty(), List.of(), true));
        }
    }

    /** Where values were left, the first three named: "page 1, lines 5, 7 and 10, and 2 more". */
    private static String places(List<Where> where) {
        String first = Where.describe(where.subList(0, Math.min(3, where.size())));
        return where.size() > 3 ? first + ", and " + (where.size() - 3) + " more" : first;
    }

    /**
     * A check that fails with the team's answers to the other parts it uses, where one of them is wrong: what failed
     * may be that part, graded on its own, not this answer. A right stride is not wrong because the kernel it is
     * checked with is. With the other parts' references in their place the check decides; a wrong part without a
     * reference (itself a check that fails) leaves this answer for a person to score.
     */
    private Optional<PartResult> failedThroughOthers(Part part, PartKind.Check check, Answer answer,
            Map<String, Value> scope) {
        if (answer == null) {
            return Optional.empty();
        }
        Map<String, Value> corrected = new LinkedHashMap<>(scope);
        List<String> wrong = new ArrayList<>();
        List<String> failingTheirCheck = new ArrayList<>();
        for (String name : rubric.partsUsedBy(part)) {
            Part other = rubric.part(name).orElseThrow();
            Optional<Value> reference = rubric.key().reference(name);
            if (reference.isPresent() && !Comparison.of(reference.get(), scope.get(name), other.tolerance()).equal()) {
                wrong.add(name);
                corrected.put(name, reference.get());
            } else if (reference.isEmpty() && other.kind() instanceof PartKind.Check otherCheck
                    && !holds(otherCheck, other, withAnswer(scope, scope.get(name)))) {
                failingTheirCheck.add(name);
            }
        }
        if (!failingTheirCheck.isEmpty()) {
            String names = String.join(" and ", failingTheirCheck);
            return Optional.of(result(part, 0, Verdict.UNCHECKED, List.of("This could not be checked: it is checked"
                    + " with your " + names + ", which " + (failingTheirCheck.size() == 1 ? "does" : "do") + " not"
                    + " satisfy " + (failingTheirCheck.size() == 1 ? "its" : "their") + " own check, so a person"
                    + " scores it."), answer, Optional.empty(), Optional.empty(), List.of(), true));
        }
        if (!wrong.isEmpty() && holds(check, part, corrected)) {
            String names = String.join(" and ", wrong);
            return Optional.of(result(part, part.points(), Verdict.CORRECT, List.of("Correct: with the expected "
                    + names + " it satisfies " + check.formula().text() + ". With your " + names + " it does not:"
                    + " see " + (wrong.size() == 1 ? "that part" : "those parts") + "."), answer, Optional.empty(),
                    Optional.empty(), List.of(), false));
        }
        return Optional.empty();
    }

    /** The scope with {@code answer} standing for another part's answer, to evaluate that part's check. */
    private static Map<String, Value> withAnswer(Map<String, Value> scope, Value answer) {
        Map<String, Value> changed = new LinkedHashMap<>(scope);
        changed.put(RubricLoader.ANSWER, answer);
        return changed;
    }

    /** Whether a check holds with the names as in the scope; one that cannot be evaluated does not. */
    private boolean holds(PartKind.Check check, Part part, Map<String, Value> scope) {
        try {
            return evaluator(scope, part.tolerance()).evaluate(check.formula().expression())
                    instanceof Value.BooleanValue bool && bool.value();
        } catch (ExpressionException | EngineException problem) {
            return false;
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

    /**
     * A part with a reference: the best of the credit routes; an answer still wrong gets its headline (wrong shape,
     * how many entries are right), what the naming diagnoses find (the first), and what the explaining ones add.
     */
    private PartResult gradeAnswer(Part part, Answer answer, Value given, Map<String, Value> values) {
        Attempt attempt = new Attempt(rubric, keys, keys.get(part.id()), given, values);
        Finding best = null;
        double bestCredit = -1;
        Comparison bestComparison = null;
        for (CreditRoute route : CreditRoute.ALL) {
            for (Finding finding : route.findings(attempt)) {
                Value expected = finding.expected().orElseThrow();
                Comparison comparison = Comparison.of(expected, given, attempt.tolerance());
                // "Matrices earn the fraction of correct entries" (DESIGN.md §4): shapes and numbers do not.
                boolean matrix = expected instanceof Value.TensorValue tensor && tensor.tensor().rank() >= 2;
                double fraction = comparison.equal() ? 1
                        : part.partial() == PartialCredit.ENTRIES && matrix ? comparison.fraction() : 0;
                double credit = finding.credit() * fraction;
                if (credit > bestCredit + 1e-12) {
                    best = finding;
                    bestCredit = credit;
                    bestComparison = comparison;
                }
            }
        }
        if (bestComparison.equal()) {
            boolean review = best.verdict() != Verdict.CORRECT || answer.foundBy().needsReview();
            return result(part, round(part.points() * best.credit()), best.verdict(), List.of(best.feedback()), answer,
                    best.expected(), best.matched(), List.of(), review);
        }
        double credit = Math.max(bestCredit, 0);
        Verdict verdict = credit > 0 ? Verdict.PARTIAL : Verdict.INCORRECT;
        Value shown = credit > 0 ? best.expected().orElseThrow() : attempt.key().reference();
        Comparison against = credit > 0 ? bestComparison : Comparison.of(shown, given, attempt.tolerance());
        List<String> feedback = new ArrayList<>();
        if (!against.sameShape()) {
            feedback.add("Wrong shape: " + against.shapeProblem() + ".");
        } else if (against.entries() > 1 && attempt.key().layer().isEmpty()) {
            // A shape or a count along a network is one answer, not entries to count.
            feedback.add(against.right() + " of " + against.entries() + " entries are right.");
        } else {
            feedback.add("Incorrect.");
        }
        Optional<Finding> named = Optional.empty();
        for (Diagnosis diagnosis : Diagnosis.NAMING) {
            named = diagnosis.diagnose(attempt, shown);
            if (named.isPresent()) {
                break;
            }
        }
        named.ifPresent(finding -> feedback.add(finding.feedback()));
        if (named.isPresent() && named.get().credit() > credit) {
            credit = named.get().credit();
            verdict = Verdict.PARTIAL;
        }
        for (Diagnosis diagnosis : Diagnosis.EXPLAINING) {
            if (named.isEmpty() || !(diagnosis instanceof Diagnosis.MatrixPatterns)) {
                diagnosis.diagnose(attempt, shown).ifPresent(finding -> feedback.add(finding.feedback()));
            }
        }
        if (verdict == Verdict.PARTIAL && best != null && best.verdict() == Verdict.FOLLOW_THROUGH && credit == bestCredit) {
            feedback.add("Partial credit against the value that follows from your earlier answers.");
        }
        return result(part, round(part.points() * credit), verdict, feedback, answer, Optional.of(shown),
                named.flatMap(Finding::matched), against.sameShape() ? against.wrong() : List.of(), true);
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
                Review.ofGrading(review || answer != null && answer.foundBy().needsReview()));
    }

    private static double round(double points) {
        return BigDecimal.valueOf(points).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
