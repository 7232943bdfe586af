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

    /** A function: its name, parameters in positional order, and body. */
    public record Function(String name, List<Parameter> parameters, Body body) {

        public Function {
            parameters = List.copyOf(parameters);
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

    /** The function of that name. */
    public static Optional<Function> find(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }

    /** Every function, in the order of DESIGN.md §3. */
    public static List<Function> all() {
        return List.copyOf(FUNCTIONS.values());
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
        return Collections.unmodifiableMap(functions);
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
        functions.put(name, new Function(name, List.of(parameters), body));
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
