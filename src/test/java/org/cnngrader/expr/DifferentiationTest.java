package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Tolerance;
import org.junit.jupiter.api.Test;

/** grad and vjp in the expression language: published autograd examples, PyTorch's conventions, refusals. */
class DifferentiationTest {

    private static final Map<String, Value> GIVEN = given();

    private static Map<String, Value> given() {
        Map<String, Value> values = new LinkedHashMap<>();
        values.put("x", Evaluator.constants().evaluate("[[1, 1], [1, 1]]"));
        values.put("a", Evaluator.constants().evaluate("[2, 3]"));
        values.put("b", Evaluator.constants().evaluate("[6, 4]"));
        values.put("X", Evaluator.constants().evaluate("[[1, -2, 0], [0, 3, 1], [2, 2, -1]]"));
        values.put("K", Evaluator.constants().evaluate("[[1, 0], [-1, 2]]"));
        values.put("A", Evaluator.constants().evaluate("[[1, 3, 3, 0], [2, 3, 1, 1], [0, 0, 5, 5], [0, 0, 5, 5]]"));
        values.put("z", Evaluator.constants().evaluate("[[1, 2, 3], [1, 0, -1]]"));
        values.put("net", new Value.NetworkValue(new Network(List.of(1, 4, 4), List.of())));
        return values;
    }

    private static String literal(String expression) {
        return Values.toLiteral(new Evaluator(Evaluator.Scope.of(GIVEN), Tolerance.DEFAULT).evaluate(expression));
    }

    private static String error(String expression) {
        try {
            literal(expression);
        } catch (ExpressionException expected) {
            return expected.getMessage();
        }
        throw new AssertionError(expression + " was not refused");
    }

    @Test
    void theExamplesOfPytorchsAutogradTutorials() {
        // "Autograd: automatic differentiation": y = x + 2, z = 3y², out = mean(z); d(out)/dx = 4.5.
        assertThat(literal("grad(mean(3 * (x + 2) * (x + 2)), x)")).isEqualTo("[[4.5, 4.5], [4.5, 4.5]]");
        // "A gentle introduction to torch.autograd": Q = 3a³ − b², Q.backward(gradient=[1, 1]).
        assertThat(literal("vjp(3 * a * a * a - b * b, a, [1, 1])")).isEqualTo("[36, 81]");
        assertThat(literal("vjp(3 * a * a * a - b * b, b, [1, 1])")).isEqualTo("[-12, -8]");
    }

    @Test
    void aNameUsedTwiceCollectsBothGradients() {
        assertThat(literal("grad(sum(X * X), X)")).isEqualTo("[[2, -4, 0], [0, 6, 2], [4, 4, -2]]");
        assertThat(literal("grad(sum(X @ X), X)")).isEqualTo(literal("[[1, 1, 1], [1, 1, 1], [1, 1, 1]] @ transpose(X)"
                + " + transpose(X) @ [[1, 1, 1], [1, 1, 1], [1, 1, 1]]"));
    }

    @Test
    void pytorchsConventionsWhereTheDerivativeIsNotUnique() {
        assertThat(literal("grad(sum(relu(X)), X)")).isEqualTo("[[1, 0, 0], [0, 1, 1], [1, 1, 0]]");
        assertThat(literal("grad(sum(abs(X)), X)")).isEqualTo("[[1, -1, 0], [0, 1, 1], [1, 1, -1]]");
        assertThat(literal("vjp(maxpool2d(A, 2), A, [[1, 2], [3, 4]])"))
                .isEqualTo("[[0, 1, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]]");
        assertThat(literal("grad(max(A), A)"))
                .isEqualTo("[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0.25, 0.25], [0, 0, 0.25, 0.25]]");
        assertThat(literal("grad(sum(round(X * 0.3)), X)")).isEqualTo("[[0, 0, 0], [0, 0, 0], [0, 0, 0]]");
    }

    @Test
    void convolutionGradientsAsOnTheBlackboard() {
        // dK = X ⋆ dY (valid), dX = dY padded fully ⋆ rot180(K).
        assertThat(literal("vjp(conv2d(X, K), K, [[1, 0], [0, 1]])"))
                .isEqualTo(literal("conv2d(X, [[1, 0], [0, 1]])"));
        assertThat(literal("vjp(conv2d(X, K), X, [[1, 0], [0, 1]])"))
                .isEqualTo(literal("conv2d([[1, 0], [0, 1]], flip(K), padding=full)"));
        assertThat(literal("grad(sum(conv2d(X, K, bias=0.5)), K)")).isEqualTo("[[2, 2], [7, 5]]");
    }

    /** The entries of a value, which must be numbers. */
    private static double[] entries(String expression) {
        return ((Value.TensorValue) new Evaluator(Evaluator.Scope.of(GIVEN), Tolerance.DEFAULT).evaluate(expression))
                .tensor().values();
    }

    @Test
    void softmaxCrossEntropyGradientIsSoftmaxMinusOneHotOverN() {
        // PyTorch computes the softmax as exp(log_softmax), so the last bits may differ from softmax(z).
        assertThat(entries("grad(cross_entropy(z, [2, 0]), z)"))
                .containsExactly(entries("(softmax(z) - [[0, 0, 1], [1, 0, 0]]) / 2"), within(1e-15));
        assertThat(entries("grad(cross_entropy(a, 1), a)")).containsExactly(entries("softmax(a) - [0, 1]"),
                within(1e-15));
    }

    @Test
    void impossibleRequestsAreRefusedWithAClearError() {
        assertThat(error("grad(conv2d(X, K), X)")).isEqualTo("column 6: grad needs a single number y, but"
                + " conv2d(X, K) is a 2×2 matrix; backpropagate an upstream gradient with vjp(y, x, dy)");
        assertThat(error("grad(sum(X), K)")).isEqualTo("column 14: grad: K is not an input of sum(X); the gradient"
                + " is taken with respect to a name the expression uses");
        assertThat(error("grad(sum(X), W)")).isEqualTo("column 14: grad: x must be the name of a given tensor or a"
                + " part, and nothing is named 'W'");
        assertThat(error("grad(sum(X), 2 * X)")).isEqualTo("column 16: grad: x must be the name of a given tensor or"
                + " a part, not 2 * X");
        assertThat(error("grad(sum(X), net)")).startsWith("column 14: grad: net is a ");
        assertThat(error("vjp(conv2d(X, K), X, [[1, 2, 3]])")).isEqualTo("column 22: vjp: dy has shape 1×3 but y"
                + " has shape 2×2; the upstream gradient must have the shape of y");
        assertThat(error("grad(sum(maxpool2d(X, 2, stride=sum(X * 0) + 1)), X)")).isEqualTo("column 44: grad:"
                + " maxpool2d cannot be differentiated with respect to its argument 'stride'");
        assertThat(error("grad(sum(shape(X)), X)")).isEqualTo("column 16: grad: shape cannot be differentiated"
                + " with respect to its argument 'x' (it has no gradient)");
        assertThat(error("grad(sum(grad(sum(X * X), X)), X)")).isEqualTo("column 10: grad: a gradient of a"
                + " gradient (grad inside grad) is not supported");
        assertThat(error("grad(cross_entropy(z, a - 2), a)")).isEqualTo("column 6: grad: cross_entropy:"
                + " cross_entropy has no gradient with respect to class indices");
    }

    @Test
    void theEvaluatorUsesTheValuesInScopeSoAStudentsUpstreamGradientIsCarriedForward() {
        Map<String, Value> student = new LinkedHashMap<>(GIVEN);
        student.put("dP", Evaluator.constants().evaluate("[[1, 1], [1, 1]]"));
        Value carried = new Evaluator(Evaluator.Scope.of(student), Tolerance.DEFAULT)
                .evaluate("vjp(maxpool2d(A, 2), A, dP)");
        assertThat(Values.toLiteral(carried)).isEqualTo("[[0, 1, 1, 0], [0, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]]");
    }
}
