package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function names and parameters of DESIGN.md §3 are a contract: this test spells them out. */
class FunctionLibraryTest {

    @Test
    void everyFunctionOfTheDesignWithItsParameters() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("conv2d", "conv2d(x, k, stride=1, padding=0, dilation=1, groups=1, bias=0, flip=false)");
        expected.put("conv_transpose2d",
                "conv_transpose2d(x, k, stride=1, padding=0, output_padding=0, dilation=1)");
        expected.put("maxpool2d", "maxpool2d(x, size, stride=…, padding=0, dilation=1, ceil_mode=false)");
        expected.put("avgpool2d", "avgpool2d(x, size, stride=…, padding=0, ceil_mode=false, count_include_pad=true)");
        expected.put("global_avgpool", "global_avgpool(x)");
        expected.put("sigmoid", "sigmoid(x)");
        expected.put("relu", "relu(x)");
        expected.put("tanh", "tanh(x)");
        expected.put("leaky_relu", "leaky_relu(x, slope=0.01)");
        expected.put("softmax", "softmax(x)");
        expected.put("linear", "linear(x, w, b=0)");
        expected.put("batchnorm2d", "batchnorm2d(x, gamma=1, beta=0, eps=1.0E-5)");
        expected.put("bn_mean", "bn_mean(x)");
        expected.put("bn_var", "bn_var(x, unbiased=false)");
        expected.put("pad", "pad(x, padding, value=0)");
        expected.put("flip", "flip(x)");
        expected.put("transpose", "transpose(x)");
        expected.put("flatten", "flatten(x)");
        expected.put("reshape", "reshape(x, shape)");
        expected.put("sum", "sum(x)");
        expected.put("mean", "mean(x)");
        expected.put("max", "max(x)");
        expected.put("min", "min(x)");
        expected.put("abs", "abs(x)");
        expected.put("exp", "exp(x)");
        expected.put("round", "round(x, decimals=2)");
        expected.put("shape", "shape(x)");
        expected.put("conv_out", "conv_out(i, k, stride=1, padding=0, dilation=1)");
        expected.put("pool_out", "pool_out(i, k, stride=…, padding=0, dilation=1, ceil_mode=false)");
        expected.put("conv_transpose_out",
                "conv_transpose_out(i, k, stride=1, padding=0, output_padding=0, dilation=1)");
        expected.put("output_shape", "output_shape(net, layer=-1)");
        expected.put("shapes", "shapes(net)");
        expected.put("params", "params(net, layer=0, bias=true)");
        expected.put("macs", "macs(net, layer=0)");
        expected.put("receptive_field", "receptive_field(net)");
        expected.put("jump", "jump(net)");
        expected.put("grad", "grad(y, x)");
        expected.put("vjp", "vjp(y, x, dy)");
        expected.put("mse_loss", "mse_loss(y, t)");
        expected.put("cross_entropy", "cross_entropy(logits, target, weight=1, ignore_index=-100, label_smoothing=0)");
        expected.put("nll_loss", "nll_loss(logp, target, weight=1, ignore_index=-100)");
        expected.put("log_softmax", "log_softmax(x)");
        expected.put("bce", "bce(p, t)");
        expected.put("bce_with_logits", "bce_with_logits(z, t)");
        expected.put("dropout", "dropout(x, mask, p)");
        expected.put("layernorm", "layernorm(x, gamma=1, beta=0, eps=1.0E-5)");
        expected.put("groupnorm", "groupnorm(x, groups, gamma=1, beta=0, eps=1.0E-5)");
        expected.put("adaptive_avgpool2d", "adaptive_avgpool2d(x, size)");
        expected.put("adaptive_maxpool2d", "adaptive_maxpool2d(x, size)");
        expected.put("upsample", "upsample(x, scale=…, mode=nearest, align_corners=false, size=…)");
        expected.put("concat", "concat(a, b, dim=1)");
        expected.put("unfold", "unfold(x, k, stride=1, padding=0, dilation=1)");
        expected.put("elu", "elu(x, alpha=1)");
        expected.put("gelu", "gelu(x)");
        expected.put("silu", "silu(x)");
        expected.put("softplus", "softplus(x)");
        Map<String, String> actual = new LinkedHashMap<>();
        FunctionLibrary.all().forEach(function -> actual.put(function.name(), function.signature()));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void strideDefaultsToTheWindowInPooling() {
        assertThat(Values.toLiteral(Evaluator.constants().evaluate("maxpool2d([[1,2,3,4],[5,6,7,8]], 2)")))
                .isEqualTo("[[6, 8]]");
        assertThat(Values.toLiteral(Evaluator.constants().evaluate("pool_out(6, 3)"))).isEqualTo("2");
    }

    @Test
    void aSlipMustNameAParameterOfItsOwnFunction() {
        FunctionLibrary.Parameter x = FunctionLibrary.Parameter.required("x");
        FunctionLibrary.Parameter padding = FunctionLibrary.Parameter.optional("padding", 0);
        // Another function's parameter of the same name is not this function's: a slip follows its parameter object.
        FunctionLibrary.Parameter otherPadding = FunctionLibrary.Parameter.optional("padding", 0);
        FunctionLibrary.Body body = arguments -> Value.TensorValue.of(0);
        List<FunctionLibrary.Parameter> parameters = List.of(x, padding);

        assertThat(new FunctionLibrary.Function("f", parameters, body, Map.of(),
                List.of(Slip.to(padding, "0", "the padding was left out"))).slips()).hasSize(1);
        assertThatThrownBy(() -> new FunctionLibrary.Function("f", parameters, body, Map.of(),
                List.of(Slip.to(otherPadding, "0", "the padding was left out"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("padding");
        assertThatThrownBy(() -> new FunctionLibrary.Function("f", parameters, body, Map.of(),
                List.of(Slip.rewrite("f(x, pad)", "the padding was renamed"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pad");
        assertThatThrownBy(() -> new FunctionLibrary.Function("f", parameters, body, Map.of(),
                List.of(Slip.becomes(padding, "stride", "the stride was used as the padding"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stride");
    }

    @Test
    void theSlipsOfAFunctionAreDeclaredWithItAndTheVariantsStayHidden() {
        FunctionLibrary.Function conv = FunctionLibrary.find("conv2d").orElseThrow();
        assertThat(conv.slips()).extracting(Slip::words).contains("the dilation was ignored", "the bias was added twice");
        assertThat(conv.slips()).filteredOn(Slip.Argument.class::isInstance).map(Slip.Argument.class::cast)
                .allSatisfy(slip -> assertThat(conv.parameters()).contains(slip.parameter()));
        assertThat(FunctionLibrary.all()).noneMatch(function -> function.name().contains(FunctionLibrary.VARIANT));
        assertThat(FunctionLibrary.find("conv_out" + FunctionLibrary.VARIANT + "ceil")).isPresent();
    }

    @Test
    void theCeilVariantOfAnOutputSideRoundsUp() {
        // (224 + 4 − 11)/4 = 54.25: PyTorch's floor gives 55, a student's ceil 56; an exact division is the same.
        FunctionLibrary.Function ceil = FunctionLibrary.find("conv_out" + FunctionLibrary.VARIANT + "ceil").orElseThrow();
        assertThat(Values.toLiteral(FunctionLibrary.call(ceil, Arguments.of(ceil.name(), Map.of("i",
                Value.TensorValue.of(224), "k", Value.TensorValue.of(11), "stride", Value.TensorValue.of(4), "padding",
                Value.TensorValue.of(2), "dilation", Value.TensorValue.of(1)))))).isEqualTo("56");
        assertThat(Values.toLiteral(FunctionLibrary.call(ceil, Arguments.of(ceil.name(), Map.of("i",
                Value.TensorValue.of(227), "k", Value.TensorValue.of(11), "stride", Value.TensorValue.of(4), "padding",
                Value.TensorValue.of(0), "dilation", Value.TensorValue.of(1)))))).isEqualTo("55");
    }
}
