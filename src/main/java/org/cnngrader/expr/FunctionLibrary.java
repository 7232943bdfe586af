package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.Activations;
import org.cnngrader.engine.BatchNorm;
import org.cnngrader.engine.Convolution;
import org.cnngrader.engine.Dropout;
import org.cnngrader.engine.Losses;
import org.cnngrader.engine.Normalization;
import org.cnngrader.engine.Resampling;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.OutputSize;
import org.cnngrader.engine.Padding;
import org.cnngrader.engine.Pooling;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.TensorMath;
import org.cnngrader.engine.Transforms;

/**
 * The functions of the expression language (DESIGN.md §3). Their names and parameter names are
 * a contract with rubric authors and with scripts that call {@code eval}: keep them.
 */
public final class FunctionLibrary {

    /** A parameter: required, with a default value, or with a default derived from another argument. */
    public record Parameter(String name, Value defaultValue, boolean required) {

        static Parameter required(String name) {
            return new Parameter(name, null, true);
        }

        static Parameter optional(String name, double defaultValue) {
            return new Parameter(name, Value.TensorValue.of(defaultValue), false);
        }

        static Parameter optional(String name, boolean defaultValue) {
            return new Parameter(name, new Value.BooleanValue(defaultValue), false);
        }

        static Parameter optional(String name, String word) {
            return new Parameter(name, new Value.WordValue(word), false);
        }

        /** Optional, with a default the body derives (e.g. {@code stride=size}). */
        static Parameter derived(String name) {
            return new Parameter(name, null, false);
        }
    }

    /** What a function computes from its bound arguments. */
    @FunctionalInterface
    interface Body {
        Value apply(Arguments arguments);
    }

    /**
     * The gradient of a function's output with respect to one of its arguments: from the bound
     * arguments and the upstream gradient (the shape of the output), a tensor of the argument's
     * shape (or one that sums to it, for an argument that was broadcast).
     */
    @FunctionalInterface
    interface Derivative {
        Tensor apply(Arguments arguments, Tensor upstream);
    }

    /**
     * A function: its name, parameters in positional order, body, and the derivatives of its
     * output with respect to the parameters it can be differentiated for (as PyTorch's autograd).
     */
    public record Function(String name, List<Parameter> parameters, Body body, Map<String, Derivative> derivatives) {

        public Function {
            parameters = List.copyOf(parameters);
            derivatives = Map.copyOf(derivatives);
        }

        /** Whether gradients flow back through the parameter {@code name}. */
        public boolean differentiable(String parameter) {
            return derivatives.containsKey(parameter);
        }

        /** The signature as documented, e.g. {@code maxpool2d(x, size, stride=size, …)}. */
        public String signature() {
            List<String> shown = new ArrayList<>();
            for (Parameter parameter : parameters) {
                if (parameter.required()) {
                    shown.add(parameter.name());
                } else if (parameter.defaultValue() == null) {
                    shown.add(parameter.name() + "=…");
                } else {
                    shown.add(parameter.name() + "=" + Values.toLiteral(parameter.defaultValue()));
                }
            }
            return name + "(" + String.join(", ", shown) + ")";
        }
    }

    private static final Map<String, Function> FUNCTIONS = build();

    private FunctionLibrary() {
    }

    /**
     * Marks the name of a slip variant: a function that computes like another but differentiates
     * the way a student slips (e.g. {@code maxpool2d#every_maximum}). The parser never reads this
     * character in a name, so only the grader's rewritten expressions can call such a function.
     */
    public static final String VARIANT = "#";

    /** The function of that name. */
    public static Optional<Function> find(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }

    /** Every function a rubric can call, in the order of DESIGN.md §3. */
    public static List<Function> all() {
        return FUNCTIONS.values().stream().filter(function -> !function.name().contains(VARIANT)).toList();
    }

    private static Map<String, Function> build() {
        Map<String, Function> functions = new LinkedHashMap<>();
        Parameter x = Parameter.required("x");

        add(functions, "conv2d", arguments -> {
            Convolution.Options options = Convolution.Options.defaults()
                    .withStride(arguments.pair("stride", 1))
                    .withPadding(arguments.padding("padding"))
                    .withDilation(arguments.pair("dilation", 1))
                    .withGroups(arguments.integer("groups"))
                    .withFlip(arguments.bool("flip"));
            return tensor(Convolution.conv2d(arguments.tensor("x"), arguments.tensor("k"), arguments.tensor("bias"),
                    options));
        }, x, Parameter.required("k"), Parameter.optional("stride", 1), Parameter.optional("padding", 0),
                Parameter.optional("dilation", 1), Parameter.optional("groups", 1), Parameter.optional("bias", 0),
                Parameter.optional("flip", false));

        add(functions, "conv_transpose2d", arguments -> {
            Convolution.TransposedOptions options = Convolution.TransposedOptions.defaults()
                    .withStride(arguments.pair("stride", 1))
                    .withPadding(arguments.explicitPadding("padding"))
                    .withOutputPadding(arguments.pair("output_padding", 0))
                    .withDilation(arguments.pair("dilation", 1));
            return tensor(Convolution.convTranspose2d(arguments.tensor("x"), arguments.tensor("k"), options));
        }, x, Parameter.required("k"), Parameter.optional("stride", 1), Parameter.optional("padding", 0),
                Parameter.optional("output_padding", 0), Parameter.optional("dilation", 1));

        add(functions, "maxpool2d", arguments -> tensor(Pooling.maxPool2d(arguments.tensor("x"),
                poolingOptions(arguments).withDilation(arguments.pair("dilation", 1)))),
                x, Parameter.required("size"), Parameter.derived("stride"), Parameter.optional("padding", 0),
                Parameter.optional("dilation", 1), Parameter.optional("ceil_mode", false));

        add(functions, "avgpool2d", arguments -> tensor(Pooling.avgPool2d(arguments.tensor("x"),
                poolingOptions(arguments), arguments.bool("count_include_pad"))),
                x, Parameter.required("size"), Parameter.derived("stride"), Parameter.optional("padding", 0),
                Parameter.optional("ceil_mode", false), Parameter.optional("count_include_pad", true));

        add(functions, "global_avgpool", arguments -> tensor(Pooling.globalAvgPool(arguments.tensor("x"))), x);

        add(functions, "sigmoid", arguments -> tensor(Activations.sigmoid(arguments.tensor("x"))), x);
        add(functions, "relu", arguments -> tensor(Activations.relu(arguments.tensor("x"))), x);
        add(functions, "tanh", arguments -> tensor(Activations.tanh(arguments.tensor("x"))), x);
        add(functions, "leaky_relu", arguments -> tensor(Activations.leakyRelu(arguments.tensor("x"),
                arguments.number("slope"))), x, Parameter.optional("slope", 0.01));
        add(functions, "softmax", arguments -> tensor(Activations.softmax(arguments.tensor("x"))), x);

        add(functions, "linear", arguments -> tensor(TensorMath.linear(arguments.tensor("x"), arguments.tensor("w"),
                arguments.tensor("b"))), x, Parameter.required("w"), Parameter.optional("b", 0));

        add(functions, "batchnorm2d", arguments -> tensor(BatchNorm.normalize(arguments.tensor("x"),
                arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"))),
                x, Parameter.optional("gamma", 1), Parameter.optional("beta", 0),
                Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON));
        add(functions, "bn_mean", arguments -> tensor(BatchNorm.mean(arguments.tensor("x"))), x);
        add(functions, "bn_var", arguments -> tensor(BatchNorm.variance(arguments.tensor("x"),
                arguments.bool("unbiased"))), x, Parameter.optional("unbiased", false));

        add(functions, "pad", arguments -> tensor(Transforms.pad(arguments.tensor("x"),
                arguments.explicitPadding("padding"), arguments.number("value"))),
                x, Parameter.required("padding"), Parameter.optional("value", 0));
        add(functions, "flip", arguments -> tensor(Transforms.flip(arguments.tensor("x"))), x);
        add(functions, "transpose", arguments -> tensor(Transforms.transpose(arguments.tensor("x"))), x);
        add(functions, "flatten", arguments -> tensor(Transforms.flatten(arguments.tensor("x"))), x);
        add(functions, "reshape", arguments -> tensor(Transforms.reshape(arguments.tensor("x"),
                arguments.integers("shape"))), x, Parameter.required("shape"));

        add(functions, "sum", arguments -> number(TensorMath.sum(arguments.tensor("x"))), x);
        add(functions, "mean", arguments -> number(TensorMath.mean(arguments.tensor("x"))), x);
        add(functions, "max", arguments -> number(TensorMath.max(arguments.tensor("x"))), x);
        add(functions, "min", arguments -> number(TensorMath.min(arguments.tensor("x"))), x);
        add(functions, "abs", arguments -> tensor(TensorMath.abs(arguments.tensor("x"))), x);
        add(functions, "exp", arguments -> tensor(TensorMath.exp(arguments.tensor("x"))), x);
        add(functions, "round", arguments -> tensor(Rounding.round(arguments.tensor("x"),
                arguments.integer("decimals"))), x, Parameter.optional("decimals", 2));
        add(functions, "shape", arguments -> {
            int[] shape = arguments.tensor("x").shape();
            List<Integer> sides = new ArrayList<>();
            for (int side : shape) {
                sides.add(side);
            }
            return Values.integers(sides);
        }, x);

        Parameter i = Parameter.required("i");
        Parameter k = Parameter.required("k");
        add(functions, "conv_out", arguments -> {
            int input = arguments.integer("i");
            int kernel = arguments.integer("k");
            int stride = arguments.integer("stride");
            int dilation = arguments.integer("dilation");
            Padding.Explicit padding = arguments.padding("padding").resolve(HeightWidth.square(input),
                    HeightWidth.square(kernel), HeightWidth.square(stride), HeightWidth.square(dilation));
            return number(OutputSize.convolution(input, kernel, stride, padding.top(), padding.bottom(), dilation));
        }, i, k, Parameter.optional("stride", 1), Parameter.optional("padding", 0), Parameter.optional("dilation", 1));
        add(functions, "pool_out", arguments -> number(OutputSize.pooling(arguments.integer("i"),
                arguments.integer("k"), arguments.has("stride") ? arguments.integer("stride") : arguments.integer("k"),
                arguments.integer("padding"), arguments.integer("dilation"), arguments.bool("ceil_mode"))),
                i, k, Parameter.derived("stride"), Parameter.optional("padding", 0), Parameter.optional("dilation", 1),
                Parameter.optional("ceil_mode", false));
        add(functions, "conv_transpose_out", arguments -> number(OutputSize.transposed(arguments.integer("i"),
                arguments.integer("k"), arguments.integer("stride"), arguments.integer("padding"),
                arguments.integer("output_padding"), arguments.integer("dilation"))),
                i, k, Parameter.optional("stride", 1), Parameter.optional("padding", 0),
                Parameter.optional("output_padding", 0), Parameter.optional("dilation", 1));

        Parameter net = Parameter.required("net");
        add(functions, "output_shape", arguments -> Values.integers(arguments.network("net")
                .outputShape(arguments.integer("layer"))), net, Parameter.optional("layer", -1));
        add(functions, "shapes", arguments -> {
            List<Value> shapes = new ArrayList<>();
            arguments.network("net").shapes().forEach(shape -> shapes.add(Values.integers(shape)));
            return new Value.ListValue(shapes);
        }, net);
        add(functions, "params", arguments -> number(arguments.network("net").parameters(arguments.integer("layer"),
                arguments.bool("bias"))), net, Parameter.optional("layer", 0), Parameter.optional("bias", true));
        add(functions, "macs", arguments -> number(arguments.network("net").macs(arguments.integer("layer"))),
                net, Parameter.optional("layer", 0));
        add(functions, "receptive_field", arguments -> sides(arguments.network("net").receptiveField()), net);
        add(functions, "jump", arguments -> sides(arguments.network("net").jump()), net);

        add(functions, "grad", arguments -> {
            throw new IllegalStateException("internal: grad is evaluated by the evaluator");
        }, Parameter.required("y"), x);
        add(functions, "vjp", arguments -> {
            throw new IllegalStateException("internal: vjp is evaluated by the evaluator");
        }, Parameter.required("y"), x, Parameter.required("dy"));

        add(functions, "mse_loss", arguments -> number(Losses.mse(arguments.tensor("y"), arguments.tensor("t"))),
                Parameter.required("y"), Parameter.required("t"));
        add(functions, "cross_entropy", arguments -> number(Losses.crossEntropy(arguments.tensor("logits"),
                arguments.tensor("target"))), Parameter.required("logits"), Parameter.required("target"));
        add(functions, "nll_loss", arguments -> number(Losses.nll(arguments.tensor("logp"),
                arguments.tensor("target"))), Parameter.required("logp"), Parameter.required("target"));
        add(functions, "log_softmax", arguments -> tensor(Activations.logSoftmax(arguments.tensor("x"))), x);
        add(functions, "bce", arguments -> number(Losses.bce(arguments.tensor("p"), arguments.tensor("t"))),
                Parameter.required("p"), Parameter.required("t"));
        add(functions, "bce_with_logits", arguments -> number(Losses.bceWithLogits(arguments.tensor("z"),
                arguments.tensor("t"))), Parameter.required("z"), Parameter.required("t"));

        add(functions, "dropout", arguments -> tensor(Dropout.apply(arguments.tensor("x"), arguments.tensor("mask"),
                arguments.number("p"))), x, Parameter.required("mask"), Parameter.required("p"));
        add(functions, "layernorm", arguments -> tensor(Normalization.layerNorm(arguments.tensor("x"),
                arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"))),
                x, Parameter.optional("gamma", 1), Parameter.optional("beta", 0),
                Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON));
        add(functions, "groupnorm", arguments -> tensor(Normalization.groupNorm(arguments.tensor("x"),
                arguments.integer("groups"), arguments.tensor("gamma"), arguments.tensor("beta"),
                arguments.number("eps"))), x, Parameter.required("groups"), Parameter.optional("gamma", 1),
                Parameter.optional("beta", 0), Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON));
        add(functions, "adaptive_avgpool2d", arguments -> tensor(Pooling.adaptiveAvgPool2d(arguments.tensor("x"),
                arguments.pair("size", 1))), x, Parameter.required("size"));
        add(functions, "adaptive_maxpool2d", arguments -> tensor(Pooling.adaptiveMaxPool2d(arguments.tensor("x"),
                arguments.pair("size", 1))), x, Parameter.required("size"));
        add(functions, "upsample", arguments -> {
            double[] scale = arguments.positivePair("scale");
            return tensor(Resampling.upsample(arguments.tensor("x"), scale[0], scale[1], mode(arguments),
                    arguments.bool("align_corners")));
        }, x, Parameter.required("scale"), Parameter.optional("mode", "nearest"),
                Parameter.optional("align_corners", false));
        add(functions, "concat", arguments -> tensor(Transforms.concat(arguments.tensor("a"), arguments.tensor("b"),
                arguments.integer("dim"))), Parameter.required("a"), Parameter.required("b"),
                Parameter.optional("dim", 1));
        add(functions, "unfold", arguments -> tensor(Transforms.unfold(arguments.tensor("x"), arguments.pair("k", 1),
                arguments.pair("stride", 1), arguments.pair("padding", 0), arguments.pair("dilation", 1))),
                x, k, Parameter.optional("stride", 1), Parameter.optional("padding", 0),
                Parameter.optional("dilation", 1));
        add(functions, "elu", arguments -> tensor(Activations.elu(arguments.tensor("x"), arguments.number("alpha"))),
                x, Parameter.optional("alpha", 1));
        add(functions, "gelu", arguments -> tensor(Activations.gelu(arguments.tensor("x"))), x);
        add(functions, "silu", arguments -> tensor(Activations.silu(arguments.tensor("x"))), x);
        add(functions, "softplus", arguments -> tensor(Activations.softplus(arguments.tensor("x"))), x);

        // A slip only the grader's rewritten expressions call: max pooling whose gradient goes to every maximum.
        add(functions, "maxpool2d" + VARIANT + "every_maximum", functions.get("maxpool2d").body(),
                functions.get("maxpool2d").parameters().toArray(Parameter[]::new));

        declareDerivatives(functions);
        return Collections.unmodifiableMap(functions);
    }

    /** The derivatives of every function PyTorch's autograd can differentiate. */
    private static void declareDerivatives(Map<String, Function> functions) {
        derivative(functions, "conv2d", "x", (arguments, dy) -> Convolution.conv2dInputGradient(arguments.tensor("x"),
                arguments.tensor("k"), arguments.tensor("bias"), convolutionOptions(arguments), dy));
        derivative(functions, "conv2d", "k", (arguments, dy) -> Convolution.conv2dKernelGradient(arguments.tensor("x"),
                arguments.tensor("k"), arguments.tensor("bias"), convolutionOptions(arguments), dy));
        derivative(functions, "conv2d", "bias", (arguments, dy) -> Convolution.conv2dBiasGradient(
                arguments.tensor("x"), arguments.tensor("k"), arguments.tensor("bias"), convolutionOptions(arguments),
                dy));
        derivative(functions, "conv_transpose2d", "x", (arguments, dy) -> Convolution.convTranspose2dInputGradient(
                arguments.tensor("x"), arguments.tensor("k"), transposedOptions(arguments), dy));
        derivative(functions, "conv_transpose2d", "k", (arguments, dy) -> Convolution.convTranspose2dKernelGradient(
                arguments.tensor("x"), arguments.tensor("k"), transposedOptions(arguments), dy));
        derivative(functions, "maxpool2d", "x", (arguments, dy) -> Pooling.maxPool2dGradient(arguments.tensor("x"),
                maxPoolingOptions(arguments), dy, false));
        derivative(functions, "maxpool2d" + VARIANT + "every_maximum", "x", (arguments, dy) -> Pooling.maxPool2dGradient(
                arguments.tensor("x"), maxPoolingOptions(arguments), dy, true));
        derivative(functions, "avgpool2d", "x", (arguments, dy) -> Pooling.avgPool2dGradient(arguments.tensor("x"),
                poolingOptions(arguments), arguments.bool("count_include_pad"), dy));
        derivative(functions, "global_avgpool", "x", (arguments, dy) -> Pooling.globalAvgPoolGradient(
                arguments.tensor("x"), dy));
        derivative(functions, "adaptive_avgpool2d", "x", (arguments, dy) -> Pooling.adaptiveAvgPool2dGradient(
                arguments.tensor("x"), arguments.pair("size", 1), dy));
        derivative(functions, "adaptive_maxpool2d", "x", (arguments, dy) -> Pooling.adaptiveMaxPool2dGradient(
                arguments.tensor("x"), arguments.pair("size", 1), dy));

        derivative(functions, "sigmoid", "x", (arguments, dy) -> Activations.sigmoidGradient(arguments.tensor("x"),
                dy));
        derivative(functions, "relu", "x", (arguments, dy) -> Activations.reluGradient(arguments.tensor("x"), dy));
        derivative(functions, "tanh", "x", (arguments, dy) -> Activations.tanhGradient(arguments.tensor("x"), dy));
        derivative(functions, "leaky_relu", "x", (arguments, dy) -> Activations.leakyReluGradient(
                arguments.tensor("x"), arguments.number("slope"), dy));
        derivative(functions, "softmax", "x", (arguments, dy) -> Activations.softmaxGradient(arguments.tensor("x"),
                dy));
        derivative(functions, "log_softmax", "x", (arguments, dy) -> Activations.logSoftmaxGradient(
                arguments.tensor("x"), dy));
        derivative(functions, "elu", "x", (arguments, dy) -> Activations.eluGradient(arguments.tensor("x"),
                arguments.number("alpha"), dy));
        derivative(functions, "gelu", "x", (arguments, dy) -> Activations.geluGradient(arguments.tensor("x"), dy));
        derivative(functions, "silu", "x", (arguments, dy) -> Activations.siluGradient(arguments.tensor("x"), dy));
        derivative(functions, "softplus", "x", (arguments, dy) -> Activations.softplusGradient(arguments.tensor("x"),
                dy));

        derivative(functions, "linear", "x", (arguments, dy) -> TensorMath.linearGradients(arguments.tensor("x"),
                arguments.tensor("w"), arguments.tensor("b"), dy).input());
        derivative(functions, "linear", "w", (arguments, dy) -> TensorMath.linearGradients(arguments.tensor("x"),
                arguments.tensor("w"), arguments.tensor("b"), dy).weight());
        derivative(functions, "linear", "b", (arguments, dy) -> TensorMath.linearGradients(arguments.tensor("x"),
                arguments.tensor("w"), arguments.tensor("b"), dy).bias());

        derivative(functions, "batchnorm2d", "x", (arguments, dy) -> batchNorm(arguments, dy).input());
        derivative(functions, "batchnorm2d", "gamma", (arguments, dy) -> batchNorm(arguments, dy).gamma());
        derivative(functions, "batchnorm2d", "beta", (arguments, dy) -> batchNorm(arguments, dy).beta());
        derivative(functions, "bn_mean", "x", (arguments, dy) -> BatchNorm.meanGradient(arguments.tensor("x"), dy));
        derivative(functions, "bn_var", "x", (arguments, dy) -> BatchNorm.varianceGradient(arguments.tensor("x"),
                arguments.bool("unbiased"), dy));
        derivative(functions, "layernorm", "x", (arguments, dy) -> layerNorm(arguments, dy).input());
        derivative(functions, "layernorm", "gamma", (arguments, dy) -> layerNorm(arguments, dy).gamma());
        derivative(functions, "layernorm", "beta", (arguments, dy) -> layerNorm(arguments, dy).beta());
        derivative(functions, "groupnorm", "x", (arguments, dy) -> groupNorm(arguments, dy).input());
        derivative(functions, "groupnorm", "gamma", (arguments, dy) -> groupNorm(arguments, dy).gamma());
        derivative(functions, "groupnorm", "beta", (arguments, dy) -> groupNorm(arguments, dy).beta());
        derivative(functions, "dropout", "x", (arguments, dy) -> Dropout.inputGradient(arguments.tensor("x"),
                arguments.tensor("mask"), arguments.number("p"), dy));
        derivative(functions, "dropout", "mask", (arguments, dy) -> Dropout.maskGradient(arguments.tensor("x"),
                arguments.tensor("mask"), arguments.number("p"), dy));

        derivative(functions, "pad", "x", (arguments, dy) -> Transforms.padGradient(arguments.tensor("x"),
                arguments.explicitPadding("padding"), dy));
        derivative(functions, "flip", "x", (arguments, dy) -> Transforms.flip(dy));
        derivative(functions, "transpose", "x", (arguments, dy) -> Transforms.transpose(dy));
        derivative(functions, "flatten", "x", (arguments, dy) -> dy.reshape(arguments.tensor("x").shape()));
        derivative(functions, "reshape", "x", (arguments, dy) -> dy.reshape(arguments.tensor("x").shape()));
        derivative(functions, "concat", "a", (arguments, dy) -> Transforms.concatGradient(arguments.tensor("a"),
                arguments.tensor("b"), arguments.integer("dim"), true, dy));
        derivative(functions, "concat", "b", (arguments, dy) -> Transforms.concatGradient(arguments.tensor("a"),
                arguments.tensor("b"), arguments.integer("dim"), false, dy));
        derivative(functions, "unfold", "x", (arguments, dy) -> Transforms.unfoldGradient(arguments.tensor("x"),
                arguments.pair("k", 1), arguments.pair("stride", 1), arguments.pair("padding", 0),
                arguments.pair("dilation", 1), dy));
        derivative(functions, "upsample", "x", (arguments, dy) -> {
            double[] scale = arguments.positivePair("scale");
            return Resampling.upsampleGradient(arguments.tensor("x"), scale[0], scale[1], mode(arguments),
                    arguments.bool("align_corners"), dy);
        });

        derivative(functions, "sum", "x", (arguments, dy) -> Tensor.filled(arguments.tensor("x").shape(),
                dy.item()));
        derivative(functions, "mean", "x", (arguments, dy) -> Tensor.filled(arguments.tensor("x").shape(),
                dy.item() / arguments.tensor("x").size()));
        derivative(functions, "max", "x", (arguments, dy) -> TensorMath.extremeGradient(arguments.tensor("x"), true,
                dy.item()));
        derivative(functions, "min", "x", (arguments, dy) -> TensorMath.extremeGradient(arguments.tensor("x"), false,
                dy.item()));
        derivative(functions, "abs", "x", (arguments, dy) -> TensorMath.absGradient(arguments.tensor("x"), dy));
        derivative(functions, "exp", "x", (arguments, dy) -> TensorMath.multiply(
                TensorMath.exp(arguments.tensor("x")), dy));
        derivative(functions, "round", "x", (arguments, dy) -> Tensor.filled(arguments.tensor("x").shape(), 0));

        derivative(functions, "mse_loss", "y", (arguments, dy) -> Losses.mseGradient(arguments.tensor("y"),
                arguments.tensor("t"), dy.item()));
        derivative(functions, "mse_loss", "t", (arguments, dy) -> TensorMath.negate(Losses.mseGradient(
                arguments.tensor("y"), arguments.tensor("t"), dy.item())));
        derivative(functions, "cross_entropy", "logits", (arguments, dy) -> Losses.crossEntropyGradient(
                arguments.tensor("logits"), arguments.tensor("target"), dy.item()));
        derivative(functions, "cross_entropy", "target", (arguments, dy) -> Losses.crossEntropyTargetGradient(
                arguments.tensor("logits"), arguments.tensor("target"), dy.item()));
        derivative(functions, "nll_loss", "logp", (arguments, dy) -> Losses.nllGradient(arguments.tensor("logp"),
                arguments.tensor("target"), dy.item()));
        derivative(functions, "bce", "p", (arguments, dy) -> Losses.bceGradient(arguments.tensor("p"),
                arguments.tensor("t"), dy.item()));
        derivative(functions, "bce", "t", (arguments, dy) -> Losses.bceTargetGradient(arguments.tensor("p"),
                arguments.tensor("t"), dy.item()));
        derivative(functions, "bce_with_logits", "z", (arguments, dy) -> Losses.bceWithLogitsGradient(
                arguments.tensor("z"), arguments.tensor("t"), dy.item()));
        derivative(functions, "bce_with_logits", "t", (arguments, dy) -> Losses.bceWithLogitsTargetGradient(
                arguments.tensor("z"), arguments.tensor("t"), dy.item()));
    }

    private static Convolution.Options convolutionOptions(Arguments arguments) {
        return Convolution.Options.defaults()
                .withStride(arguments.pair("stride", 1))
                .withPadding(arguments.padding("padding"))
                .withDilation(arguments.pair("dilation", 1))
                .withGroups(arguments.integer("groups"))
                .withFlip(arguments.bool("flip"));
    }

    private static Convolution.TransposedOptions transposedOptions(Arguments arguments) {
        return Convolution.TransposedOptions.defaults()
                .withStride(arguments.pair("stride", 1))
                .withPadding(arguments.explicitPadding("padding"))
                .withOutputPadding(arguments.pair("output_padding", 0))
                .withDilation(arguments.pair("dilation", 1));
    }

    private static Pooling.Options maxPoolingOptions(Arguments arguments) {
        return poolingOptions(arguments).withDilation(arguments.pair("dilation", 1));
    }

    private static Resampling.Mode mode(Arguments arguments) {
        return arguments.word("mode", "nearest", "bilinear").equals("nearest") ? Resampling.Mode.NEAREST
                : Resampling.Mode.BILINEAR;
    }

    private static Normalization.Gradients batchNorm(Arguments arguments, Tensor upstream) {
        return BatchNorm.normalizeGradients(arguments.tensor("x"), arguments.tensor("gamma"), arguments.tensor("beta"),
                arguments.number("eps"), upstream);
    }

    private static Normalization.Gradients layerNorm(Arguments arguments, Tensor upstream) {
        return Normalization.layerNormGradients(arguments.tensor("x"), arguments.tensor("gamma"),
                arguments.tensor("beta"), arguments.number("eps"), upstream);
    }

    private static Normalization.Gradients groupNorm(Arguments arguments, Tensor upstream) {
        return Normalization.groupNormGradients(arguments.tensor("x"), arguments.integer("groups"),
                arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"), upstream);
    }


    private static Pooling.Options poolingOptions(Arguments arguments) {
        HeightWidth window = arguments.pair("size", 1);
        HeightWidth stride = arguments.has("stride") ? arguments.pair("stride", 1) : window;
        return Pooling.Options.window(window)
                .withStride(stride)
                .withPadding(arguments.pair("padding", 0))
                .withCeilMode(arguments.bool("ceil_mode"));
    }

    private static void add(Map<String, Function> functions, String name, Body body, Parameter... parameters) {
        functions.put(name, new Function(name, List.of(parameters), body, Map.of()));
    }

    /** Declares the derivative of {@code name} with respect to {@code parameter}. */
    private static void derivative(Map<String, Function> functions, String name, String parameter,
            Derivative derivative) {
        Function function = functions.get(name);
        Map<String, Derivative> derivatives = new LinkedHashMap<>(function.derivatives());
        derivatives.put(parameter, derivative);
        functions.put(name, new Function(name, function.parameters(), function.body(), derivatives));
    }

    private static Value tensor(Tensor tensor) {
        return new Value.TensorValue(tensor);
    }

    private static Value number(double number) {
        return Value.TensorValue.of(number);
    }

    /** A side as a number when square, else {@code [height, width]}. */
    private static Value sides(HeightWidth sides) {
        return sides.isSquare() ? number(sides.height())
                : tensor(Tensor.vector(sides.height(), sides.width()));
    }

    /** Runs a body, for the evaluator; engine problems pass through as they are. */
    static Value call(Function function, Arguments arguments) {
        try {
            return function.body().apply(arguments);
        } catch (ArithmeticException overflow) {
            throw new EngineException("the result is too large: " + overflow.getMessage());
        }
    }
}
