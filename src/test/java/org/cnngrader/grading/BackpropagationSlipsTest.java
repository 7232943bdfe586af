package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Parser;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.junit.jupiter.api.Test;

/** The slips declared for gradients compute what a student who slips computes. */
class BackpropagationSlipsTest {

    private static final Map<String, Value> GIVEN = given();

    private static Map<String, Value> given() {
        Map<String, Value> values = new LinkedHashMap<>();
        values.put("A", Evaluator.constants().evaluate("[[1, 3, 3, 0], [2, 3, 1, 1], [0, 0, 5, 5], [4, 0, 5, 5]]"));
        values.put("dP", Evaluator.constants().evaluate("[[1, 2], [3, 4]]"));
        values.put("X", Evaluator.constants().evaluate("[[1, 2, 0], [0, 1, 3], [2, 1, 0]]"));
        values.put("K", Evaluator.constants().evaluate("[[1, -1], [2, 0]]"));
        values.put("G", Evaluator.constants().evaluate("[[1, 0], [0, 2]]"));
        values.put("z", Evaluator.constants().evaluate("[[0, 0, 0], [0, 0, 0]]"));
        values.put("y", Evaluator.constants().evaluate("[2, 0]"));
        values.put("Z", Evaluator.constants().evaluate("[[1, 2, 0], [0, 1, 3]]"));
        values.put("P", Evaluator.constants().evaluate("[[3, 3], [4, 5]]"));
        values.put("T", Evaluator.constants().evaluate("[[2, 1], [3, 4]]"));
        return values;
    }

    /** Each slip's words and its value, as a literal; no slip of a gradient is an acceptable answer. */
    private static Map<String, String> slips(String expression) {
        return slips(expression, false);
    }

    /**
     * Each slip's words and its value, as a literal; {@code ofAValue}: the expression is a value rather than a
     * gradient, and its acceptable variants (computed from rounded inputs) are left out.
     */
    private static Map<String, String> slips(String expression, boolean ofAValue) {
        Evaluator evaluator = new Evaluator(Evaluator.Scope.of(GIVEN), Tolerance.DEFAULT);
        Map<String, String> slips = new LinkedHashMap<>();
        for (Slips.Mutant slip : Slips.of(Parser.parse(expression), 2)) {
            if (ofAValue && slip.acceptable()) {
                continue;
            }
            assertThat(slip.acceptable()).as(slip.words()).isFalse();
            try {
                slips.putIfAbsent(slip.words(), Values.toLiteral(evaluator.evaluate(slip.expression())));
            } catch (ExpressionException | EngineException impossible) {
                // As in grading: a slip that cannot be computed (stride 1 gives another shape) is no answer.
            }
        }
        return slips;
    }

    private static String value(String description, Map<String, String> slips) {
        return slips.entrySet().stream().filter(entry -> entry.getKey().contains(description))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no slip '" + description
                        + "' in " + slips.keySet()));
    }

    @Test
    void everyMaximumOfAWindowGetsTheGradient() {
        Map<String, String> slips = slips("vjp(maxpool2d(A, 2), A, dP)");
        assertThat(value("sent to every maximum", slips))
                .isEqualTo("[[0, 1, 2, 0], [0, 1, 0, 0], [0, 0, 4, 4], [3, 0, 4, 4]]");
        assertThat(value("average pooling instead of max pooling", slips))
                .isEqualTo("[[0.25, 0.25, 0.5, 0.5], [0.25, 0.25, 0.5, 0.5], [0.75, 0.75, 1, 1], [0.75, 0.75, 1, 1]]");
    }

    @Test
    void theKernelIsNotRotatedForTheInputGradient() {
        // Worked by hand: G scatters K rotated by 180° (the forward kernel seen from the output) instead of K.
        assertThat(value("not rotated by 180°", slips("vjp(conv2d(X, K), X, G)")))
                .isEqualTo("[[0, 2, 0], [-1, 1, 4], [0, -2, 2]]");
        assertThat(slips("vjp(conv2d(X, K), K, G)").keySet()).noneMatch(words -> words.contains("not rotated"));
    }

    @Test
    void theClassWeightsOrTheLabelSmoothingAreLeftOut() {
        // Worked by hand: −log softmax(Z)[y] is ln(e + e² + 1) for the first row and ln(1 + e + e³) for the second;
        // the plain loss is their mean, what is left when the weights or the smoothing are forgotten.
        double first = Math.log(Math.E + Math.exp(2) + 1);
        double second = Math.log(1 + Math.E + Math.exp(3));
        double plain = (first + second) / 2;
        Map<String, String> weighted = slips("cross_entropy(Z, y, weight=[1, 2, 3])", true);
        assertThat(Double.parseDouble(value("class weights were left out", weighted))).isCloseTo(plain, within(1e-12));
        // The weighted mean itself, (3·first + 1·second) / (3 + 1), is another number: the slip can be told apart.
        assertThat((3 * first + second) / 4).isNotCloseTo(plain, within(0.01));
        Map<String, String> smoothed = slips("cross_entropy(Z, y, label_smoothing=0.1)", true);
        assertThat(Double.parseDouble(value("label smoothing was left out", smoothed))).isCloseTo(plain, within(1e-12));
        assertThat(Double.parseDouble(value("class weights were left out",
                slips("nll_loss(log_softmax(Z), y, weight=[1, 2, 3])", true)))).isCloseTo(plain, within(1e-12));
        // Left out where there was none to leave out is no slip.
        assertThat(slips("cross_entropy(Z, y)", true).keySet()).noneMatch(words -> words.contains("class weights")
                || words.contains("label smoothing"));
    }

    @Test
    void theOneOverNOfAMeanLossIsLeftOut() {
        assertThat(value("1/N of the mean loss", slips("grad(mse_loss(P, T), P)"))).isEqualTo("[[2, 4], [2, 2]]");
        assertThat(value("1/N of the mean loss", slips("grad(cross_entropy(z, y), z)")))
                .isEqualTo(literal("2 * grad(cross_entropy(z, y), z)"));
    }

    @Test
    void theSoftmaxWithoutTheOneHotSubtracted() {
        assertThat(value("one-hot target was not subtracted", slips("grad(cross_entropy(z, y), z)")))
                .isEqualTo(literal("softmax(z) / 2"));
    }

    @Test
    void noRoundedIntermediateIsAcceptedInsideAGradient() {
        // round has gradient 0: a rounded intermediate would make a zero gradient acceptable.
        List<Slips.Mutant> slips = Slips.of(Parser.parse("grad(mse_loss(conv2d(X, K), [[0, 0], [0, 0]]), K)"), 2);
        assertThat(slips).noneMatch(Slips.Mutant::acceptable);
        assertThat(Slips.of(Parser.parse("vjp(conv2d(X, K), K, sigmoid(G))"), 2))
                .anyMatch(slip -> slip.acceptable() && slip.expression().toString().contains("sigmoid(round(G, 2))"));
    }

    private static String literal(String expression) {
        return Values.toLiteral(new Evaluator(Evaluator.Scope.of(GIVEN), Tolerance.DEFAULT).evaluate(expression));
    }
}
