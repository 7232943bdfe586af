package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cnngrader.engine.Layer;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Padding;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final Map<String, Value> GIVEN = Map.of(
            "X", matrix("[[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]]"),
            "K", matrix("[[0, 2, 0], [2, 1, 1], [0, 2, 0]]"),
            "net", new Value.NetworkValue(new Network(List.of(3, 227, 227), List.of(
                    new Layer.Conv(96, HeightWidth.square(11), HeightWidth.square(4), Padding.valid(),
                            HeightWidth.square(1), 1, true),
                    new Layer.MaxPool(HeightWidth.square(3), HeightWidth.square(2), HeightWidth.square(0),
                            HeightWidth.square(1), false),
                    new Layer.Flatten()))));

    private static Value matrix(String literal) {
        return Evaluator.constants().evaluate(literal);
    }

    private static Value eval(String expression) {
        return new Evaluator(Evaluator.Scope.of(GIVEN), Tolerance.DEFAULT).evaluate(expression);
    }

    private static String literal(String expression) {
        return Values.toLiteral(eval(expression));
    }

    @Test
    void theProblemSetPipelineReadsLikeTheSheet() {
        assertThat(literal("conv2d(X, K, padding=same)"))
                .isEqualTo("[[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]");
        assertThat(literal("round(maxpool2d(sigmoid(conv2d(X, K, padding=1)), 2))"))
                .isEqualTo("[[0.95, 0.99], [1, 1]]");
        assertThat(literal("round(maxpool2d(sigmoid(conv2d(X, K, padding=same, flip=true)), 2))"))
                .isEqualTo("[[0.98, 0.99], [1, 1]]");
    }

    @Test
    void networkFunctions() {
        assertThat(literal("output_shape(net, 1)")).isEqualTo("[96, 55, 55]");
        assertThat(literal("output_shape(net)")).isEqualTo("[69984]");
        assertThat(literal("shapes(net)")).isEqualTo("[[96, 55, 55], [96, 27, 27], [69984]]");
        assertThat(literal("params(net)")).isEqualTo("34944");
        assertThat(literal("params(net, 1, bias=false)")).isEqualTo("34848");
        assertThat(literal("macs(net, 1)")).isEqualTo(Long.toString(55L * 55 * 96 * 3 * 121));
        assertThat(literal("receptive_field(net)")).isEqualTo("19"); // 11, then 11 + (3 − 1)·4
        assertThat(literal("jump(net)")).isEqualTo("8");
    }

    @Test
    void sizeArithmetic() {
        assertThat(literal("conv_out(227, 11, stride=4)")).isEqualTo("55");
        assertThat(literal("conv_out(5, 3, padding=same)")).isEqualTo("5");
        assertThat(literal("conv_out(5, 3, padding=full)")).isEqualTo("7");
        assertThat(literal("pool_out(55, 3, stride=2)")).isEqualTo("27");
        assertThat(literal("pool_out(5, 2, ceil_mode=true)")).isEqualTo("3");
        assertThat(literal("conv_transpose_out(3, 3, stride=2, padding=1, output_padding=1)")).isEqualTo("6");
    }

    @Test
    void paddingAcceptsEveryDocumentedForm() {
        assertThat(literal("shape(conv2d(X, K, padding=[1, 0]))")).isEqualTo("[4, 2]");
        assertThat(literal("shape(conv2d(X, K, padding=[0, 1, 1, 1]))")).isEqualTo("[3, 4]");
        assertThat(literal("shape(conv2d(X, K, padding=\"full\"))")).isEqualTo("[6, 6]");
        assertThat(literal("shape(conv2d(X, K, padding=valid))")).isEqualTo("[2, 2]");
    }

    @Test
    void operatorsBroadcastAndCompareWithinTolerance() {
        assertThat(literal("[[1, 2], [3, 4]] @ [1, 1] + 1/4")).isEqualTo("[3.25, 7.25]");
        assertThat(literal("sigmoid(2) == 0.88")).isEqualTo("true");
        assertThat(literal("sigmoid(2) == 0.87")).isEqualTo("false");
        assertThat(literal("9216 == [9216]")).isEqualTo("true");
        assertThat(literal("conv2d(X, [[0,0,0],[0,1,0],[0,0,0]], padding=same) == X and true")).isEqualTo("true");
        assertThat(literal("[1, 2] == [[1, 2]]")).isEqualTo("false");
    }

    @Test
    void helpers() {
        assertThat(literal("sum(K)")).isEqualTo("8");
        assertThat(literal("mean([1, 2])")).isEqualTo("1.5");
        assertThat(literal("max(K) - min(K)")).isEqualTo("2");
        assertThat(literal("abs(-2)")).isEqualTo("2");
        assertThat(literal("round(0.125)")).isEqualTo("0.13");
        assertThat(literal("round(2/3, decimals=3)")).isEqualTo("0.667");
        assertThat(literal("shape(flatten(K))")).isEqualTo("[9]");
        assertThat(literal("reshape([1, 2, 3, 4], [2, -1])")).isEqualTo("[[1, 2], [3, 4]]");
        assertThat(literal("transpose([[1, 2]])")).isEqualTo("[[1], [2]]");
        assertThat(literal("flip([[1, 2], [3, 4]])")).isEqualTo("[[4, 3], [2, 1]]");
        assertThat(literal("pad([[1]], 1, value=2)")).isEqualTo("[[2, 2, 2], [2, 1, 2], [2, 2, 2]]");
        assertThat(literal("linear([1, 0], [[1, 2], [3, 4]], b=[1, 1])")).isEqualTo("[2, 4]");
        assertThat(literal("leaky_relu(-1, slope=0.1)")).isEqualTo("-0.1");
        assertThat(literal("softmax([0, 0])")).isEqualTo("[0.5, 0.5]");
        assertThat(literal("global_avgpool([[[1, 2], [3, 4]]])")).isEqualTo("[2.5]");
        assertThat(literal("bn_mean([[[[1, 3]]], [[[5, 7]]]])")).isEqualTo("[4]");
        assertThat(literal("bn_var([[[[1, 3]]], [[[5, 7]]]])")).isEqualTo("[5]");
        assertThat(literal("exp(0) + tanh(0)")).isEqualTo("1");
    }

    @Test
    void errorsNameTheColumnAndSayWhatWasExpected() {
        assertThatThrownBy(() -> eval("conv2d(X, K) + conv3d(X)"))
                .hasMessage("column 16: unknown function 'conv3d' (did you mean 'conv2d'?)");
        assertThatThrownBy(() -> eval("conv2d(X, K, stride=1.5)"))
                .hasMessage("column 21: conv2d: stride must be a whole number ≥ 1 or [height, width], not 1.5");
        assertThatThrownBy(() -> eval("conv2d(X, K, padding=half)"))
                .hasMessageContaining("column 22: conv2d: padding must be a number, [ph, pw], [top, bottom, left,"
                        + " right], valid, same or full, not the word half");
        assertThatThrownBy(() -> eval("conv2d(X)")).hasMessageStartingWith("column 1: conv2d needs the argument 'k'");
        assertThatThrownBy(() -> eval("conv2d(X, [[1,2,3,4,5]]*[[1],[1],[1],[1],[1]])"))
                .hasMessage("column 1: conv2d: kernel 5×5 does not fit the 4×4 input padded by 0");
        assertThatThrownBy(() -> eval("Y + 1")).hasMessage("column 1: unknown name 'Y'");
        assertThatThrownBy(() -> eval("X + true")).hasMessage("column 5: '+' needs numbers, not the boolean true");
        assertThatThrownBy(() -> eval("[[1, 2], [3]]"))
                .hasMessage("column 1: ragged matrix: row 2 has 1 entries but row 1 has 2");
        assertThatThrownBy(() -> eval("inf")).hasMessage("column 1: inf is not allowed: every value must be a finite"
                + " number");
        assertThatThrownBy(() -> eval("output_shape(K)"))
                .hasMessageStartingWith("column 14: output_shape: net must be a network");
        assertThatThrownBy(() -> eval("output_shape(net, 9)"))
                .hasMessage("column 1: output_shape: the network has layers 1 to 3, not 9");
        assertThatThrownBy(() -> eval("sigmoid(1000) * exp(700) * exp(700)"))
                .hasMessageContaining("finite");
    }

    @Test
    void aTensorValueIsAlwaysATensor() {
        assertThat(eval("[1, 2]")).isEqualTo(new Value.TensorValue(Tensor.vector(1, 2)));
    }

    /** The engine names its operation itself: the message read "cross_entropy: cross_entropy: a class index …". */
    @Test
    void anEngineMessageNamesItsFunctionOnce() {
        assertThatThrownBy(() -> eval("cross_entropy([1, 2, 3], 5)"))
                .hasMessageStartingWith("column 1: cross_entropy: a class index must be a whole number from 0 to 2")
                .satisfies(problem -> assertThat(problem.getMessage()).containsOnlyOnce("cross_entropy"));
        // A message that does not name the function still says which one failed.
        assertThatThrownBy(() -> eval("conv2d(X, [1, 2])")).hasMessageStartingWith("column 1: conv2d");
    }
}
