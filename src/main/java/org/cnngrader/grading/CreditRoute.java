package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Rounding;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.Variant;

/**
 * One way an answer earns credit (DESIGN.md §6): each route gives the values an answer may equal and
 * what it earns then, as {@link Finding}s; the grader takes the best. A new way to earn credit is one
 * more route here and in {@link #ALL}.
 */
sealed interface CreditRoute {

    /** The values this route accepts for the attempt, with their credit. */
    List<Finding> findings(Attempt attempt);

    /** The routes, in the order a tie is decided (the first wins). */
    List<CreditRoute> ALL = List.of(new Reference(), new AcceptedVariants(), new RoundedIntermediates(),
            new FollowThroughByNames(), new FollowThroughAlongNetwork());

    /** The reference: full credit. */
    record Reference() implements CreditRoute {
        @Override
        public List<Finding> findings(Attempt attempt) {
            return List.of(Finding.route(attempt.key().reference(), 1, Verdict.CORRECT, null, "Correct."));
        }
    }

    /** The rubric's accepted variants, each with its credit and feedback. */
    record AcceptedVariants() implements CreditRoute {
        @Override
        public List<Finding> findings(Attempt attempt) {
            List<Variant> accepted = attempt.part().accepted();
            List<Value> values = attempt.rubric().key().acceptedValues(attempt.part().id());
            List<Finding> findings = new ArrayList<>();
            for (int index = 0; index < accepted.size() && index < values.size(); index++) {
                Variant variant = accepted.get(index);
                findings.add(Finding.route(values.get(index), variant.credit(), Verdict.ACCEPTED,
                        variant.formula().text(), variant.feedback().isBlank() ? "Accepted." : variant.feedback()));
            }
            return findings;
        }
    }

    /** The reference computed from intermediate values rounded as a student writes them down: accepted, named. */
    record RoundedIntermediates() implements CreditRoute {
        @Override
        public List<Finding> findings(Attempt attempt) {
            return attempt.key().slips().stream().filter(PartKey.Slipped::acceptable).map(slip -> Finding.route(
                    slip.value(), 1, Verdict.ACCEPTED, slip.words(), "Accepted: " + slip.words() + ".")).toList();
        }
    }

    /**
     * The part's expression evaluated with the student's own upstream answers, where they differ from their
     * references and are not constant (a matrix of zeros carries nothing forward).
     */
    record FollowThroughByNames() implements CreditRoute {
        @Override
        public List<Finding> findings(Attempt attempt) {
            Map<String, Value> upstream = new LinkedHashMap<>();
            for (String name : attempt.key().expression().names()) {
                Value student = attempt.values().get(name);
                var reference = attempt.rubric().key().reference(name);
                if (reference.isPresent() && student != null && !isConstant(student)
                        && !Comparison.of(reference.get(), student, tolerance(attempt, name)).equal()) {
                    upstream.put(name, student);
                }
            }
            if (upstream.isEmpty()) {
                return List.of();
            }
            try {
                Value carried = attempt.evaluator(upstream).evaluate(attempt.key().expression());
                List<String> names = List.copyOf(upstream.keySet());
                return List.of(Finding.route(carried, attempt.part().followThrough(), Verdict.FOLLOW_THROUGH,
                        "follow-through from " + String.join(", ", names), "Follows from your answer to "
                        + String.join(" and ", names) + " (error carried forward)"
                        + credit(attempt.part().followThrough()) + "."));
            } catch (ExpressionException | EngineException unusable) {
                return List.of();
            }
        }

        /** Whether an upstream part's answer is right is that part's question, decided by its own tolerance. */
        private static org.cnngrader.engine.Tolerance tolerance(Attempt attempt, String name) {
            return attempt.rubric().part(name).map(org.cnngrader.rubric.Part::tolerance)
                    .orElse(attempt.tolerance());
        }
    }

    /**
     * A later layer of a network computed from the student's own answer for the nearest earlier layer whose shape
     * was asked (and answered wrong): its shape, parameters or multiply-adds. One slip in layer 1 costs layer 1 only.
     */
    record FollowThroughAlongNetwork() implements CreditRoute {
        @Override
        public List<Finding> findings(Attempt attempt) {
            if (attempt.key().layer().isEmpty()) {
                return List.of();
            }
            NetworkLayer target = attempt.key().layer().get();
            String earlier = null;
            int earlierLayer = 0;
            for (PartKey other : attempt.keys().values()) {
                if (other.layer().isEmpty()) {
                    continue;
                }
                NetworkLayer layer = other.layer().get();
                if (layer.shape() && layer.network().equals(target.network()) && layer.layer() < target.layer()
                        && layer.layer() > earlierLayer && attempt.values().containsKey(other.part().id())) {
                    earlier = other.part().id();
                    earlierLayer = layer.layer();
                }
            }
            if (earlier == null) {
                return List.of();
            }
            Value student = attempt.values().get(earlier);
            if (Comparison.of(attempt.rubric().key().reference(earlier).orElseThrow(), student,
                    attempt.rubric().part(earlier).orElseThrow().tolerance()).equal()
                    || !(student instanceof Value.TensorValue tensor) || !tensor.tensor().isIntegral()
                    || tensor.tensor().rank() > 1) {
                return List.of();
            }
            Network network = ((Value.NetworkValue) attempt.rubric().given().get(target.network())).network();
            try {
                List<Integer> shape = new ArrayList<>();
                for (double side : tensor.tensor().values()) {
                    shape.add((int) side);
                }
                Value carried = target.valueAfter(network, earlierLayer, shape);
                return List.of(Finding.route(carried, attempt.part().followThrough(), Verdict.FOLLOW_THROUGH,
                        "follow-through from " + earlier, "Follows from your answer to " + earlier
                        + " (error carried forward through the network)" + credit(attempt.part().followThrough())
                        + "."));
            } catch (EngineException | IllegalArgumentException | ArithmeticException unusable) {
                return List.of();
            }
        }
    }

    /** Whether a value is constant, such as a matrix of zeros: no follow-through from it. */
    static boolean isConstant(Value value) {
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

    /** The credit a follow-through earns, in words. */
    static String credit(double fraction) {
        return fraction >= 1 ? ": full credit" : ": " + Rounding.plain(fraction * 100) + "% of the points";
    }
}
