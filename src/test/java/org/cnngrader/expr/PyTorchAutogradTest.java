package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The held-out PyTorch autograd cases: forward values and gradients computed by PyTorch itself in
 * float64 ({@code src/test/resources/pytorch-autograd/generate.py} wrote {@code cases.json}; this
 * test needs no PyTorch). Every check's expression, evaluated by the expression language over the
 * case's inputs, must agree with PyTorch entry by entry: {@code |ours − torch| ≤ 1e-9·|torch| + 1e-12}.
 */
class PyTorchAutogradTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;
    private static final String RESOURCE = "/pytorch-autograd/cases.json";

    private static JsonNode document() throws IOException {
        try (InputStream in = PyTorchAutogradTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static Tensor tensor(JsonNode encoded) {
        int[] shape = new int[encoded.get("shape").size()];
        for (int axis = 0; axis < shape.length; axis++) {
            shape[axis] = encoded.get("shape").get(axis).asInt();
        }
        double[] data = new double[encoded.get("data").size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = encoded.get("data").get(i).asDouble();
        }
        return Tensor.of(shape, data);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithPyTorch() throws IOException {
        JsonNode document = document();
        assertThat(document.get("dtype").asText()).isEqualTo("float64");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : document.get("cases")) {
            Map<String, Value> inputs = new LinkedHashMap<>();
            entry.get("inputs").fields().forEachRemaining(input -> inputs.put(input.getKey(),
                    new Value.TensorValue(tensor(input.getValue()))));
            Evaluator evaluator = new Evaluator(Evaluator.Scope.of(inputs), Tolerance.DEFAULT);
            for (JsonNode check : entry.get("checks")) {
                String expression = check.get("expression").asText();
                Tensor expected = tensor(check.get("expected"));
                tests.add(DynamicTest.dynamicTest(entry.get("name").asText() + ": " + expression,
                        () -> agree(expression, evaluator.evaluate(expression), expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(150);
        return tests.stream();
    }

    private static void agree(String expression, Value value, Tensor expected) {
        assertThat(value).as(expression).isInstanceOf(Value.TensorValue.class);
        Tensor actual = ((Value.TensorValue) value).tensor();
        if (!Arrays.equals(actual.shape(), expected.shape()) && !(actual.isSingle() && expected.isSingle())) {
            fail(expression + ": shape " + Shapes.format(actual.shape()) + ", PyTorch "
                    + Shapes.format(expected.shape()));
        }
        for (int i = 0; i < expected.size(); i++) {
            double ours = actual.valueAt(i);
            double torch = expected.valueAt(i);
            if (!(Math.abs(ours - torch) <= RELATIVE * Math.abs(torch) + ABSOLUTE)) {
                fail(expression + ": entry " + i + " (row-major) is " + ours + ", PyTorch " + torch
                        + "\n ours:  " + actual + "\n torch: " + expected);
            }
        }
    }

    /** The tolerance is tight enough to fail: a gradient off in the eleventh digit is refused. */
    @Test
    void theComparisonRefusesASmallDifference() {
        Tensor expected = Tensor.vector(0.25, -3.0);
        agree("exact", new Value.TensorValue(Tensor.vector(0.25, -3.0)), expected);
        assertThatThrownBy(() -> agree("slightly off", new Value.TensorValue(Tensor.vector(0.25, -3.00000001)),
                expected)).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> agree("wrong shape", new Value.TensorValue(Tensor.vector(0.25, -3.0, 0)),
                expected)).hasMessageContaining("shape 3");
    }

    private static final Map<String, Value> NAMES = Map.of(
            "X", new Value.TensorValue(Tensor.matrix(new double[] {1, -2, 0}, new double[] {0, 3, 1})),
            "K", new Value.TensorValue(Tensor.matrix(new double[] {1, 0}, new double[] {-1, 2})),
            "Z", new Value.TensorValue(Tensor.matrix(new double[] {1, 2, 3}, new double[] {1, 0, -1})),
            "T", new Value.TensorValue(Tensor.vector(2, 0)));

    private static ExpressionException refusal(String expression) {
        Evaluator evaluator = new Evaluator(Evaluator.Scope.of(NAMES), Tolerance.DEFAULT);
        try {
            Value value = evaluator.evaluate(expression);
            throw new AssertionError(expression + " gave " + value + " instead of an error");
        } catch (ExpressionException refused) {
            return refused;
        }
    }

    /**
     * What PyTorch refuses is refused here too, with a message that says why: the gradient of a
     * non-scalar ("grad can be implicitly created only for scalar outputs"), with respect to a tensor
     * the output does not use ("One of the differentiated Tensors appears to not have been used in the
     * graph"), for class indices (integer tensors have no gradient), and an upstream gradient of
     * another shape ("Mismatch in shape").
     */
    @Test
    void impossibleRequestsAreRefusedClearly() {
        assertThat(refusal("grad(conv2d(X, K), X)").getMessage())
                .contains("grad needs a single number y").contains("vjp(y, x, dy)");
        assertThat(refusal("grad(relu(X), X)").getMessage()).contains("grad needs a single number y");
        assertThat(refusal("grad(sum(X), K)").getMessage()).contains("K is not an input of sum(X)");
        assertThat(refusal("grad(sum(X), Q)").getMessage()).contains("nothing is named 'Q'");
        assertThat(refusal("grad(sum(X), 2)").getMessage()).contains("x must be the name of a given tensor or a part");
        assertThat(refusal("vjp(relu(X), X, [1, 2])").getMessage())
                .contains("dy has shape 2 but y has shape 2×3");
        assertThat(refusal("grad(cross_entropy(Z, T), T)").getMessage())
                .contains("no gradient with respect to class indices");
        assertThat(refusal("grad(sum(conv2d(X, [[1]], stride=T)), T)").getMessage())
                .contains("cannot be differentiated with respect to its argument 'stride'");
        assertThat(refusal("grad(sum(grad(sum(X * X), X)), X)").getMessage()).contains("a gradient of a gradient");
        assertThat(refusal("grad(sum(maxpool2d(X, K)), K)").getMessage())
                .contains("cannot be differentiated with respect to its argument 'size'");
        assertThat(refusal("grad(sum(X) == 1, X)").getMessage()).contains("has no gradient");
        assertThat(refusal("grad(sum(shape(X)), X)").getMessage()).contains("shape");
    }
}
