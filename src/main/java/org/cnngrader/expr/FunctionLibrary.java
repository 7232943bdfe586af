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
import org.cnngrader.engine.Shapes;
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
    public record Function(String name, List<Parameter> parameters, Body body, Map<String, Derivative> derivatives,
            List<Slip> slips) {

        public Function {
            parameters = List.copyOf(parameters);
            derivatives = Map.copyOf(derivatives);
            slips = List.copyOf(slips);
            for (Slip slip : slips) {
                requireOwnParameters(name, parameters, slip);
            }
        }

        /** The parameter of that name. */
        public Optional<Parameter> parameter(String parameterName) {
            return parameters.stream().filter(parameter -> parameter.name().equals(parameterName)).findFirst();
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

    private static final String GRADIENT_NOT_ROTATED = "the kernel was not rotated by 180° when the gradient was"
            + " passed back to the input (the input gradient is a full convolution with the rotated kernel)";

    private static final Map<String, Function> FUNCTIONS = build();

    private FunctionLibrary() {
    }

    /**
     * Marks the name of a slip variant: a function that computes like another but differentiates
     * the way a student slips (e.g. {@code maxpool2d#every_maximum}). The parser never reads this
     * character in a name, so only the grader's rewritten expressions can call such a function.
     */
    public static final String VARIANT = "#";

    /** The variant of {@code output_shape} that writes a feature map's shape channels last (H × W × C). */
    public static final String CHANNELS_LAST = "output_shape" + VARIANT + "channels_last";

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

        Parameter convKernel = Parameter.required("k");
        Parameter convStride = Parameter.optional("stride", 1);
        Parameter convPadding = Parameter.optional("padding", 0);
        Parameter convDilation = Parameter.optional("dilation", 1);
        Parameter convBias = Parameter.optional("bias", 0);
        Parameter convFlip = Parameter.optional("flip", false);
        add(functions, "conv2d", arguments -> {
            Convolution.Options options = Convolution.Options.defaults()
                    .withStride(arguments.pair("stride", 1))
                    .withPadding(arguments.padding("padding"))
                    .withDilation(arguments.pair("dilation", 1))
                    .withGroups(arguments.integer("groups"))
                    .withFlip(arguments.bool("flip"));
            return tensor(Convolution.conv2d(arguments.tensor("x"), arguments.tensor("k"), arguments.tensor("bias"),
                    options));
        }, x, convKernel, convStride, convPadding, convDilation, Parameter.optional("groups", 1), convBias, convFlip);
        slips(functions, "conv2d",
                Slip.to(convFlip, "true", "the kernel was flipped by 180°: this is the true convolution, not the"
                        + " cross-correlation"),
                Slip.to(convFlip, "false", "the kernel was not flipped: this is the cross-correlation, not the true"
                        + " convolution"),
                Slip.to(convPadding, "0", "the input was not padded (valid instead of the padding asked for)"),
                Slip.to(convPadding, "same", "the input was padded (same), although no padding is asked for"),
                Slip.to(convPadding, "full", "the input was padded by k − 1 on every side (full padding)"),
                Slip.plus(convPadding, 1, "the input was padded by one more than asked"),
                Slip.plus(convPadding, -1, "the input was padded by one less than asked"),
                Slip.becomes(convPadding, "[0, 2 * padding, 0, 2 * padding]", "the padding was put on one side"
                        + " only (all of it at the bottom and right)"),
                Slip.becomes(convPadding, "[2 * padding, 0, 2 * padding, 0]", "the padding was put on one side"
                        + " only (all of it at the top and left)"),
                Slip.to(convStride, "1", "stride 1 was used instead of the given stride"),
                Slip.to(convDilation, "1", "the dilation was ignored"),
                Slip.to(convBias, "0", "the bias was left out"),
                Slip.times(convBias, 2, "the bias was added twice"),
                Slip.becomes(convKernel, "k * sum(0 * k + 1)", "the kernel was not normalised: all ones instead of"
                        + " 1/n, so every entry is n times too large"),
                Slip.inGradientThrough(x, Slip.to(convFlip, "true", GRADIENT_NOT_ROTATED)),
                Slip.inGradientThrough(x, Slip.to(convFlip, "false", GRADIENT_NOT_ROTATED)));

        Parameter transposedStride = Parameter.optional("stride", 1);
        Parameter transposedPadding = Parameter.optional("padding", 0);
        Parameter transposedOutputPadding = Parameter.optional("output_padding", 0);
        Parameter transposedDilation = Parameter.optional("dilation", 1);
        Parameter transposedKernel = Parameter.required("k");
        add(functions, "conv_transpose2d", arguments -> {
            Convolution.TransposedOptions options = Convolution.TransposedOptions.defaults()
                    .withStride(arguments.pair("stride", 1))
                    .withPadding(arguments.explicitPadding("padding"))
                    .withOutputPadding(arguments.pair("output_padding", 0))
                    .withDilation(arguments.pair("dilation", 1));
            return tensor(Convolution.convTranspose2d(arguments.tensor("x"), arguments.tensor("k"), options));
        }, x, transposedKernel, transposedStride, transposedPadding, transposedOutputPadding, transposedDilation);
        slips(functions, "conv_transpose2d",
                Slip.becomes(transposedKernel, "flip(k)", "the kernel was flipped; a transposed convolution"
                        + " scatters the kernel as it is"),
                Slip.to(transposedOutputPadding, "0", "the output padding was left out"),
                Slip.to(transposedPadding, "0", "the padding was not cropped from the output"),
                Slip.to(transposedStride, "1", "stride 1 was used instead of the given stride"),
                Slip.to(transposedDilation, "1", "the dilation was ignored"));

        Parameter maxSize = Parameter.required("size");
        Parameter maxStride = Parameter.derived("stride");
        Parameter maxPadding = Parameter.optional("padding", 0);
        Parameter maxCeil = Parameter.optional("ceil_mode", false);
        add(functions, "maxpool2d", arguments -> tensor(Pooling.maxPool2d(arguments.tensor("x"),
                poolingOptions(arguments).withDilation(arguments.pair("dilation", 1)))),
                x, maxSize, maxStride, maxPadding, Parameter.optional("dilation", 1), maxCeil);
        slips(functions, "maxpool2d", poolingSlips("avgpool2d", "average pooling instead of max pooling", maxSize,
                maxStride, maxPadding, maxCeil));
        slips(functions, "maxpool2d", Slip.inGradientThrough(x, Slip.instead("maxpool2d" + VARIANT + "every_maximum",
                "the gradient of each pooling window was sent to every maximum of the window, not only to the first"
                        + " (as PyTorch does)")));

        Parameter avgSize = Parameter.required("size");
        Parameter avgStride = Parameter.derived("stride");
        Parameter avgPadding = Parameter.optional("padding", 0);
        Parameter avgCeil = Parameter.optional("ceil_mode", false);
        Parameter avgCountPadding = Parameter.optional("count_include_pad", true);
        add(functions, "avgpool2d", arguments -> tensor(Pooling.avgPool2d(arguments.tensor("x"),
                poolingOptions(arguments), arguments.bool("count_include_pad"))),
                x, avgSize, avgStride, avgPadding, avgCeil, avgCountPadding);
        slips(functions, "avgpool2d", poolingSlips("maxpool2d", "max pooling instead of average pooling", avgSize,
                avgStride, avgPadding, avgCeil));
        slips(functions, "avgpool2d",
                Slip.to(avgCountPadding, "false", "the padding was not counted in the averages"),
                Slip.to(avgCountPadding, "true", "the padding was counted in the averages"),
                Slip.rewrite("self * size * size", "the windows were summed, not averaged (a kernel of ones instead"
                        + " of 1/n): every entry is n times too large"),
                Slip.rewrite("self * size", "each window was divided by its side, not by its n entries"));

        add(functions, "global_avgpool", arguments -> tensor(Pooling.globalAvgPool(arguments.tensor("x"))), x);

        add(functions, "sigmoid", arguments -> tensor(Activations.sigmoid(arguments.tensor("x"))), x);
        activationSlips(functions, "sigmoid", x, "sigmoid(self)");
        add(functions, "relu", arguments -> tensor(Activations.relu(arguments.tensor("x"))), x);
        activationSlips(functions, "relu", x, null);
        add(functions, "tanh", arguments -> tensor(Activations.tanh(arguments.tensor("x"))), x);
        activationSlips(functions, "tanh", x, "tanh(self)");
        add(functions, "leaky_relu", arguments -> tensor(Activations.leakyRelu(arguments.tensor("x"),
                arguments.number("slope"))), x, Parameter.optional("slope", 0.01));
        activationSlips(functions, "leaky_relu", x, "leaky_relu(self, slope)");
        add(functions, "softmax", arguments -> tensor(Activations.softmax(arguments.tensor("x"))), x);
        activationSlips(functions, "softmax", x, "softmax(self)");

        Parameter linearWeight = Parameter.required("w");
        Parameter linearBias = Parameter.optional("b", 0);
        add(functions, "linear", arguments -> tensor(TensorMath.linear(arguments.tensor("x"), arguments.tensor("w"),
                arguments.tensor("b"))), x, linearWeight, linearBias);
        slips(functions, "linear",
                Slip.to(linearBias, "0", "the bias was left out"),
                Slip.times(linearBias, 2, "the bias was added twice"),
                Slip.becomes(linearWeight, "transpose(w)", "the weight matrix was transposed"));

        Parameter batchGamma = Parameter.optional("gamma", 1);
        Parameter batchBeta = Parameter.optional("beta", 0);
        Parameter batchEpsilon = Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON);
        add(functions, "batchnorm2d", arguments -> tensor(BatchNorm.normalize(arguments.tensor("x"),
                arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"))),
                x, batchGamma, batchBeta, batchEpsilon);
        // The engine refuses ε = 0 (a constant channel would divide by zero); an ε far below any variance a
        // problem set has computes what leaving ε out computes.
        slips(functions, "batchnorm2d",
                Slip.instead("batchnorm2d" + VARIANT + "unbiased", "the unbiased variance (÷ (n − 1)) was used"
                        + " instead of the biased one (÷ n) batch norm uses"),
                Slip.to(batchEpsilon, "1e-300", "ε was left out of the denominator"),
                Slip.to(batchGamma, "1", "the scale γ was left out"),
                Slip.to(batchBeta, "0", "the shift β was left out"));
        add(functions, "bn_mean", arguments -> tensor(BatchNorm.mean(arguments.tensor("x"))), x);
        Parameter unbiased = Parameter.optional("unbiased", false);
        add(functions, "bn_var", arguments -> tensor(BatchNorm.variance(arguments.tensor("x"),
                arguments.bool("unbiased"))), x, unbiased);
        slips(functions, "bn_var",
                Slip.to(unbiased, "true", "the unbiased variance (÷ (n − 1)) was used instead of the biased one"
                        + " (÷ n) batch norm uses"),
                Slip.to(unbiased, "false", "the biased variance (÷ n) was used instead of the unbiased one"
                        + " (÷ (n − 1))"));

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
        Parameter sizeStride = Parameter.optional("stride", 1);
        Parameter sizePadding = Parameter.optional("padding", 0);
        Parameter sizeDilation = Parameter.optional("dilation", 1);
        add(functions, "conv_out", arguments -> number(convolutionSide(arguments, false)),
                i, k, sizeStride, sizePadding, sizeDilation);
        slips(functions, "conv_out",
                Slip.rewrite("self - 1", "the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1 was forgotten"),
                Slip.instead("conv_out" + VARIANT + "ceil", "the division was rounded up (ceil) instead of down"
                        + " (floor)"),
                Slip.to(sizePadding, "0", "the padding was left out of the formula"),
                Slip.rewrite("conv_out(i - padding, k, stride, padding, dilation)", "the padding was counted on one"
                        + " side only (p instead of 2p)"),
                Slip.to(sizeStride, "1", "the stride was left out of the formula"),
                Slip.to(sizeDilation, "1", "the dilation was left out of the formula"));
        add(functions, "conv_out" + VARIANT + "ceil", arguments -> number(convolutionSide(arguments, true)),
                i, k, sizeStride, sizePadding, sizeDilation);

        Parameter poolStride = Parameter.derived("stride");
        Parameter poolPadding = Parameter.optional("padding", 0);
        Parameter poolCeil = Parameter.optional("ceil_mode", false);
        add(functions, "pool_out", arguments -> number(OutputSize.pooling(arguments.integer("i"),
                arguments.integer("k"), arguments.has("stride") ? arguments.integer("stride") : arguments.integer("k"),
                arguments.integer("padding"), arguments.integer("dilation"), arguments.bool("ceil_mode"))),
                i, k, poolStride, poolPadding, Parameter.optional("dilation", 1), poolCeil);
        // With ceil_mode, floor gives what forgetting the +1 gives whenever the division is not exact; the mode
        // asked for is the likelier slip, so it is tried first.
        slips(functions, "pool_out",
                Slip.to(poolCeil, "true", "ceil instead of floor"),
                Slip.to(poolCeil, "false", "floor instead of ceil"),
                Slip.rewrite("self - 1", "the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1 was forgotten"),
                Slip.to(poolPadding, "0", "the padding was left out of the formula"),
                Slip.to(poolStride, "1", "stride 1 was used instead of the window size"));

        Parameter transposedSizeStride = Parameter.optional("stride", 1);
        Parameter transposedSizePadding = Parameter.optional("padding", 0);
        Parameter transposedSizeOutputPadding = Parameter.optional("output_padding", 0);
        add(functions, "conv_transpose_out", arguments -> number(OutputSize.transposed(arguments.integer("i"),
                arguments.integer("k"), arguments.integer("stride"), arguments.integer("padding"),
                arguments.integer("output_padding"), arguments.integer("dilation"))),
                i, k, transposedSizeStride, transposedSizePadding, transposedSizeOutputPadding,
                Parameter.optional("dilation", 1));
        slips(functions, "conv_transpose_out",
                Slip.rewrite("self - 1", "the +1 of the output-size formula (i − 1)s − 2p + k + 1 was forgotten"),
                Slip.to(transposedSizePadding, "0", "the padding was left out of the formula"),
                Slip.to(transposedSizeStride, "1", "the stride was left out of the formula"),
                Slip.to(transposedSizeOutputPadding, "0", "the output padding was left out"));

        Parameter net = Parameter.required("net");
        add(functions, "output_shape", arguments -> Values.integers(arguments.network("net")
                .outputShape(arguments.integer("layer"))), net, Parameter.optional("layer", -1));
        // A feature map's shape written as AlexNet's figure draws it (55 × 55 × 96 for PyTorch's 96 × 55 × 55). The
        // square map whose channels equal its sides reads the same both ways, and is no slip.
        slips(functions, "output_shape", Slip.instead(CHANNELS_LAST, "the shape is"
                + " written channels last (H × W × C): PyTorch orders a feature map C × H × W, after the batch N if"
                + " there is one"));
        add(functions, CHANNELS_LAST, arguments -> {
            List<Integer> shape = arguments.network("net").outputShape(arguments.integer("layer"));
            // A flattened or batched vector has no channel axis to move: the slip gives nothing.
            return Values.integers(Shapes.channelsLast(shape).orElseThrow(() -> new ExpressionException(1,
                    "no channel axis in the shape " + Shapes.format(shape))));
        }, net, Parameter.optional("layer", -1));
        add(functions, "shapes", arguments -> {
            List<Value> shapes = new ArrayList<>();
            arguments.network("net").shapes().forEach(shape -> shapes.add(Values.integers(shape)));
            return new Value.ListValue(shapes);
        }, net);
        Parameter countBias = Parameter.optional("bias", true);
        add(functions, "params", arguments -> number(arguments.network("net").parameters(arguments.integer("layer"),
                arguments.bool("bias"))), net, Parameter.optional("layer", 0), countBias);
        slips(functions, "params",
                Slip.to(countBias, "false", "the biases were left out"),
                Slip.to(countBias, "true", "the biases were counted"));
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

        Parameter mseOutput = Parameter.required("y");
        Parameter mseTarget = Parameter.required("t");
        add(functions, "mse_loss", arguments -> number(Losses.mse(arguments.tensor("y"), arguments.tensor("t"))),
                mseOutput, mseTarget);
        meanLossSlips(functions, "mse_loss", mseOutput, "t");
        Parameter logits = Parameter.required("logits");
        double ignored = Losses.ClassOptions.DEFAULT_IGNORE_INDEX;
        Parameter classTarget = Parameter.required("target");
        Parameter classWeight = Parameter.optional("weight", 1);
        Parameter smoothing = Parameter.optional("label_smoothing", 0);
        add(functions, "cross_entropy", arguments -> number(Losses.crossEntropy(arguments.tensor("logits"),
                arguments.tensor("target"), classOptions(arguments))), logits, classTarget,
                classWeight, Parameter.optional("ignore_index", ignored), smoothing);
        meanLossSlips(functions, "cross_entropy", logits, "target");
        slips(functions, "cross_entropy", Slip.inGradientThrough(logits, Slip.rewrite(
                "mean(logits - log_softmax(logits))", "the one-hot target was not subtracted: the gradient of"
                        + " cross-entropy with respect to the logits is softmax − one-hot (over N), not the softmax"
                        + " alone")),
                Slip.to(classWeight, "1", "the class weights were left out"),
                Slip.to(smoothing, "0", "the label smoothing was left out"));
        Parameter logProbabilities = Parameter.required("logp");
        Parameter nllWeight = Parameter.optional("weight", 1);
        add(functions, "nll_loss", arguments -> number(Losses.nll(arguments.tensor("logp"),
                arguments.tensor("target"), classOptions(arguments))), logProbabilities, Parameter.required("target"),
                nllWeight, Parameter.optional("ignore_index", ignored));
        meanLossSlips(functions, "nll_loss", logProbabilities, "target");
        slips(functions, "nll_loss", Slip.to(nllWeight, "1", "the class weights were left out"));
        add(functions, "log_softmax", arguments -> tensor(Activations.logSoftmax(arguments.tensor("x"))), x);
        slips(functions, "log_softmax", Slip.instead("softmax", "the softmax was not followed by the logarithm"));
        Parameter probabilities = Parameter.required("p");
        add(functions, "bce", arguments -> number(Losses.bce(arguments.tensor("p"), arguments.tensor("t"))),
                probabilities, Parameter.required("t"));
        meanLossSlips(functions, "bce", probabilities, "t");
        Parameter scores = Parameter.required("z");
        add(functions, "bce_with_logits", arguments -> number(Losses.bceWithLogits(arguments.tensor("z"),
                arguments.tensor("t"))), scores, Parameter.required("t"));
        meanLossSlips(functions, "bce_with_logits", scores, "t");

        Parameter keep = Parameter.required("p");
        add(functions, "dropout", arguments -> tensor(Dropout.apply(arguments.tensor("x"), arguments.tensor("mask"),
                arguments.number("p"))), x, Parameter.required("mask"), keep);
        slips(functions, "dropout", Slip.to(keep, "0", "the kept entries were not scaled by 1/(1 − p) (inverted"
                + " dropout scales them)"));
        Parameter layerEpsilon = Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON);
        add(functions, "layernorm", arguments -> tensor(Normalization.layerNorm(arguments.tensor("x"),
                arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"))),
                x, Parameter.optional("gamma", 1), Parameter.optional("beta", 0), layerEpsilon);
        slips(functions, "layernorm", Slip.to(layerEpsilon, "1e-300", "ε was left out of the denominator"));
        Parameter groupEpsilon = Parameter.optional("eps", BatchNorm.DEFAULT_EPSILON);
        add(functions, "groupnorm", arguments -> tensor(Normalization.groupNorm(arguments.tensor("x"),
                arguments.integer("groups"), arguments.tensor("gamma"), arguments.tensor("beta"),
                arguments.number("eps"))), x, Parameter.required("groups"), Parameter.optional("gamma", 1),
                Parameter.optional("beta", 0), groupEpsilon);
        slips(functions, "groupnorm", Slip.to(groupEpsilon, "1e-300", "ε was left out of the denominator"));
        add(functions, "adaptive_avgpool2d", arguments -> tensor(Pooling.adaptiveAvgPool2d(arguments.tensor("x"),
                arguments.pair("size", 1))), x, Parameter.required("size"));
        add(functions, "adaptive_maxpool2d", arguments -> tensor(Pooling.adaptiveMaxPool2d(arguments.tensor("x"),
                arguments.pair("size", 1))), x, Parameter.required("size"));
        Parameter resamplingMode = Parameter.optional("mode", "nearest");
        add(functions, "upsample", arguments -> tensor(Resampling.upsample(arguments.tensor("x"),
                upsampleTarget(arguments), mode(arguments), arguments.bool("align_corners"))),
                x, Parameter.derived("scale"), resamplingMode, Parameter.optional("align_corners", false),
                Parameter.derived("size"));
        Parameter corners = functions.get("upsample").parameter("align_corners").orElseThrow();
        slips(functions, "upsample",
                Slip.to(resamplingMode, "nearest", "nearest-neighbour upsampling instead of bilinear"),
                Slip.to(resamplingMode, "bilinear", "bilinear upsampling instead of nearest-neighbour"),
                Slip.to(corners, "true", "the corners were aligned (align_corners=true), as PyTorch does not by"
                        + " default"),
                Slip.to(corners, "false", "the corners were not aligned (align_corners=false)"));
        add(functions, "concat", arguments -> tensor(Transforms.concat(arguments.tensor("a"), arguments.tensor("b"),
                arguments.integer("dim"))), Parameter.required("a"), Parameter.required("b"),
                Parameter.optional("dim", 1));
        add(functions, "unfold", arguments -> tensor(Transforms.unfold(arguments.tensor("x"), arguments.pair("k", 1),
                arguments.pair("stride", 1), arguments.pair("padding", 0), arguments.pair("dilation", 1))),
                x, k, Parameter.optional("stride", 1), Parameter.optional("padding", 0),
                Parameter.optional("dilation", 1));
        add(functions, "elu", arguments -> tensor(Activations.elu(arguments.tensor("x"), arguments.number("alpha"))),
                x, Parameter.optional("alpha", 1));
        activationSlips(functions, "elu", x, "elu(self, alpha)");
        add(functions, "gelu", arguments -> tensor(Activations.gelu(arguments.tensor("x"))), x);
        activationSlips(functions, "gelu", x, "gelu(self)");
        add(functions, "silu", arguments -> tensor(Activations.silu(arguments.tensor("x"))), x);
        activationSlips(functions, "silu", x, "silu(self)");
        add(functions, "softplus", arguments -> tensor(Activations.softplus(arguments.tensor("x"))), x);
        activationSlips(functions, "softplus", x, "softplus(self)");

        // Batch norm computed with the unbiased variance: a slip only the grader's rewritten expressions call.
        add(functions, "batchnorm2d" + VARIANT + "unbiased", arguments -> tensor(unbiasedBatchNorm(
                arguments.tensor("x"), arguments.tensor("gamma"), arguments.tensor("beta"), arguments.number("eps"))),
                functions.get("batchnorm2d").parameters().toArray(Parameter[]::new));

        // A slip only the grader's rewritten expressions call: max pooling whose gradient goes to every maximum.
        add(functions, "maxpool2d" + VARIANT + "every_maximum", functions.get("maxpool2d").body(),
                functions.get("maxpool2d").parameters().toArray(Parameter[]::new));

        declareDerivatives(functions);
        for (Function function : functions.values()) {
            for (Slip slip : function.slips()) {
                if (slip instanceof Slip.Instead instead && !functions.containsKey(instead.function())) {
                    throw new IllegalStateException("internal: a slip of " + function.name() + " computes "
                            + instead.function() + ", which is no function");
                }
            }
        }
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
        derivative(functions, "upsample", "x", (arguments, dy) -> Resampling.upsampleGradient(arguments.tensor("x"),
                upsampleTarget(arguments), mode(arguments), arguments.bool("align_corners"), dy));

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
                arguments.tensor("logits"), arguments.tensor("target"), classOptions(arguments), dy.item()));
        derivative(functions, "cross_entropy", "target", (arguments, dy) -> Losses.crossEntropyTargetGradient(
                arguments.tensor("logits"), arguments.tensor("target"), classOptions(arguments), dy.item()));
        derivative(functions, "nll_loss", "logp", (arguments, dy) -> Losses.nllGradient(arguments.tensor("logp"),
                arguments.tensor("target"), classOptions(arguments), dy.item()));
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

    /** The weight, ignore index and label smoothing of {@code cross_entropy} or {@code nll_loss}. */
    private static Losses.ClassOptions classOptions(Arguments arguments) {
        Losses.ClassOptions options = Losses.ClassOptions.defaults().withWeight(arguments.tensor("weight"))
                .withIgnoreIndex(arguments.integer("ignore_index"));
        return arguments.has("label_smoothing") ? options.withLabelSmoothing(arguments.number("label_smoothing"))
                : options;
    }

    /** The output sides {@code upsample} is asked for: by {@code scale} or by {@code size}, exactly one of them. */
    private static Resampling.Target upsampleTarget(Arguments arguments) {
        if (arguments.has("scale") == arguments.has("size")) {
            throw new EngineException("upsample needs either a scale or a size (the output's sides), "
                    + (arguments.has("scale") ? "not both" : "and neither was given") + ", as F.interpolate");
        }
        if (arguments.has("size")) {
            HeightWidth size = arguments.pair("size", 1);
            return new Resampling.Target.Size(size.height(), size.width());
        }
        double[] scale = arguments.positivePair("scale");
        return new Resampling.Target.Scale(scale[0], scale[1]);
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
        functions.put(name, new Function(name, List.of(parameters), body, Map.of(), List.of()));
    }

    /** Declares the slips of {@code name}, next to its signature in {@link #build}. */
    private static void slips(Map<String, Function> functions, String name, Slip... slips) {
        Function function = functions.get(name);
        List<Slip> all = new ArrayList<>(function.slips());
        all.addAll(List.of(slips));
        functions.put(name, new Function(name, function.parameters(), function.body(), function.derivatives(), all));
    }

    /**
     * The slips of a loss that is a mean over the batch: summed instead (the 1/N left out), in the value and in
     * the gradient through its input. {@code target} is the parameter whose entries count the samples.
     */
    private static void meanLossSlips(Map<String, Function> functions, String name, Parameter input, String target) {
        String count = "self * sum(0 * " + target + " + 1)";
        slips(functions, name,
                Slip.inGradientThrough(input, Slip.rewrite(count, "the 1/N of the mean loss was left out of the"
                        + " gradient")),
                Slip.rewrite(count, "the loss was summed: the 1/N of the mean was left out"));
    }

    /** The slips max and average pooling share. */
    private static Slip[] poolingSlips(String other, String otherWords, Parameter size, Parameter stride,
            Parameter padding, Parameter ceil) {
        return new Slip[] {
            Slip.instead(other, otherWords),
            Slip.to(stride, "1", "the windows overlap: stride 1 instead of moving by the stride asked for"),
            Slip.plus(size, 1, "the window is one larger than asked"),
            Slip.plus(size, -1, "the window is one smaller than asked"),
            Slip.to(ceil, "true", "the output size was rounded up (ceil_mode) instead of down"),
            Slip.to(ceil, "false", "the output size was rounded down instead of up (ceil_mode)"),
            Slip.to(padding, "0", "the padding was left out"),
        };
    }

    /** One output side of a convolution, its division rounded down as PyTorch does or up as a student may. */
    private static int convolutionSide(Arguments arguments, boolean ceil) {
        int input = arguments.integer("i");
        int kernel = arguments.integer("k");
        int stride = arguments.integer("stride");
        int dilation = arguments.integer("dilation");
        Padding.Explicit padding = arguments.padding("padding").resolve(HeightWidth.square(input),
                HeightWidth.square(kernel), HeightWidth.square(stride), HeightWidth.square(dilation));
        int floor = OutputSize.convolution(input, kernel, stride, padding.top(), padding.bottom(), dilation);
        long remainder = ((long) input + padding.top() + padding.bottom() - (long) dilation * (kernel - 1) - 1) % stride;
        return ceil && remainder != 0 ? floor + 1 : floor;
    }

    /** Training-mode batch norm with the unbiased variance (÷ (n − 1)), the slip batch norm's biased one invites. */
    private static Tensor unbiasedBatchNorm(Tensor input, Tensor gamma, Tensor beta, double epsilon) {
        Tensor mean = BatchNorm.mean(input);
        Tensor variance = BatchNorm.variance(input, true);
        int channels = mean.size();
        int[] shape = input.shape();
        int area = shape[2] * shape[3];
        double[] x = input.values();
        double[] y = new double[x.length];
        for (int index = 0; index < x.length; index++) {
            int channel = (index / area) % channels;
            double scale = gamma.isSingle() ? gamma.item() : gamma.valueAt(channel);
            double shift = beta.isSingle() ? beta.item() : beta.valueAt(channel);
            y[index] = scale * (x[index] - mean.valueAt(channel)) / Math.sqrt(variance.valueAt(channel) + epsilon)
                    + shift;
        }
        return Tensor.of(shape, y);
    }

    /**
     * The slips every activation shares: another of the three classic ones, not applied, applied twice ({@code twice}
     * null for one that gives the same applied twice, as ReLU does).
     */
    private static void activationSlips(Map<String, Function> functions, String name, Parameter input,
            String twice) {
        List<Slip> slips = new ArrayList<>();
        for (String other : List.of("sigmoid", "relu", "tanh")) {
            if (!other.equals(name)) {
                slips.add(Slip.instead(other, other + " was applied instead of " + name));
            }
        }
        slips.add(Slip.rewrite(input.name(), "the " + name + " was not applied"));
        if (twice != null) {
            slips.add(Slip.rewrite(twice, "the " + name + " was applied twice"));
        }
        slips(functions, name, slips.toArray(Slip[]::new));
    }

    /**
     * Refuses a slip that does not belong to its function: a parameter that is not one of the function's own
     * (by identity, so a slip cannot point at another function's parameter of the same name), a template naming
     * something that is no parameter. A parameter renamed or removed then fails here, when the library loads.
     */
    private static void requireOwnParameters(String function, List<Parameter> parameters, Slip slip) {
        List<String> names = parameters.stream().map(Parameter::name).toList();
        if (slip instanceof Slip.Argument argument) {
            requireOwn(function, parameters, argument.parameter());
            if (argument.change() instanceof Slip.Becomes becomes) {
                requireNames(function, names, becomes.template(), false);
            }
        } else if (slip instanceof Slip.Rewrite rewrite) {
            requireNames(function, names, rewrite.template(), true);
        }
        if (slip.scope() instanceof Slip.InGradientThrough gradient) {
            requireOwn(function, parameters, gradient.parameter());
        }
    }

    private static void requireOwn(String function, List<Parameter> parameters, Parameter parameter) {
        if (parameters.stream().noneMatch(own -> own == parameter)) {
            throw new IllegalStateException("internal: a slip of " + function + " names the parameter "
                    + parameter.name() + ", which is not one of its own");
        }
    }

    private static void requireNames(String function, List<String> names, Expression template, boolean self) {
        for (String name : template.names()) {
            if (!names.contains(name) && !(self && name.equals(Slip.SELF))) {
                throw new IllegalStateException("internal: a slip of " + function + " uses " + name
                        + ", which is not one of its parameters");
            }
        }
    }

    /** Declares the derivative of {@code name} with respect to {@code parameter}. */
    private static void derivative(Map<String, Function> functions, String name, String parameter,
            Derivative derivative) {
        Function function = functions.get(name);
        Map<String, Derivative> derivatives = new LinkedHashMap<>(function.derivatives());
        derivatives.put(parameter, derivative);
        functions.put(name, new Function(name, function.parameters(), function.body(), derivatives, function.slips()));
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
