package org.cnngrader.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Layer;
import org.cnngrader.engine.Network;
import org.cnngrader.expr.Arguments;
import org.cnngrader.expr.Value;

/**
 * Reads a network from the rubric's {@code given} (DESIGN.md §4):
 * <pre>
 *   input: [3, 227, 227]
 *   layers:
 *     - {conv: 96, kernel: 11, stride: 4}
 *     - {maxpool: 3, stride: 2}
 *     - flatten
 *     - {linear: 4096}
 * </pre>
 * Defaults are PyTorch's: stride 1 for convolutions, stride = window for pooling, bias true.
 */
final class NetworkReader {

    /** The options each layer kind takes, besides its own key. */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "conv", List.of("kernel", "stride", "padding", "dilation", "groups", "bias"),
            "conv_transpose", List.of("kernel", "stride", "padding", "output_padding", "dilation", "bias"),
            "maxpool", List.of("stride", "padding", "dilation", "ceil_mode"),
            "avgpool", List.of("stride", "padding", "ceil_mode"),
            "linear", List.of("bias"));

    private static final List<String> WORDS = List.of("flatten", "batchnorm", "relu", "sigmoid", "tanh");

    private NetworkReader() {
    }

    /** Whether a mapping in {@code given} is meant as a network. */
    static boolean isNetwork(YamlNode.Mapping mapping) {
        return mapping.entries().containsKey("layers") || mapping.entries().containsKey("input");
    }

    /**
     * The network described by {@code mapping}; {@code values} evaluates a YAML value as the rest of
     * {@code given} is evaluated.
     */
    static Network read(YamlNode.Mapping mapping, Function<YamlNode, Value> values) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!entry.key().equals("input") && !entry.key().equals("layers")) {
                throw new RubricException(entry.keyLocation(), "a network has 'input' and 'layers', not '"
                        + entry.key() + "'");
            }
        }
        YamlNode inputNode = mapping.get("input").orElseThrow(() -> new RubricException(mapping.location(),
                "a network needs 'input', its shape such as [3, 227, 227]"));
        YamlNode layersNode = mapping.get("layers").orElseThrow(() -> new RubricException(mapping.location(),
                "a network needs 'layers', a list"));
        int[] input = convert(inputNode, () -> Arguments.of("input", Map.of("input", values.apply(inputNode)))
                .integers("input"));
        if (!(layersNode instanceof YamlNode.Sequence sequence)) {
            throw new RubricException(layersNode.location(), "'layers' must be a list, not " + layersNode.kind());
        }
        List<Layer> layers = new ArrayList<>();
        for (YamlNode layerNode : sequence.items()) {
            layers.add(layer(layerNode, values));
        }
        List<Integer> inputShape = new ArrayList<>();
        for (int side : input) {
            inputShape.add(side);
        }
        try {
            return new Network(inputShape, layers);
        } catch (EngineException problem) {
            throw new RubricException(locateLayer(problem.getMessage(), sequence, mapping.location()),
                    problem.getMessage());
        }
    }

    private static Location locateLayer(String message, YamlNode.Sequence layers, Location fallback) {
        Matcher number = Pattern.compile("^layer (\\d+) ").matcher(message);
        if (number.find()) {
            int index = Integer.parseInt(number.group(1)) - 1;
            if (index >= 0 && index < layers.items().size()) {
                return layers.items().get(index).location();
            }
        }
        return fallback;
    }

    private static Layer layer(YamlNode node, Function<YamlNode, Value> values) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return wordLayer(scalar.text(), node.location());
        }
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            throw new RubricException(node.location(), "a layer is a word (" + String.join(", ", WORDS)
                    + ") or a mapping such as {conv: 96, kernel: 11}, not " + node.kind());
        }
        YamlNode.Entry first = mapping.entries().values().iterator().next();
        String kind = first.key();
        if (WORDS.contains(kind) && mapping.entries().size() == 1) {
            return wordLayer(kind, first.keyLocation());
        }
        List<String> allowed = OPTIONS.get(kind);
        if (allowed == null) {
            throw new RubricException(first.keyLocation(), "unknown layer '" + kind + "' (layers: conv,"
                    + " conv_transpose, maxpool, avgpool, linear, " + String.join(", ", WORDS) + ")");
        }
        Map<String, Value> options = new LinkedHashMap<>();
        Map<String, Location> where = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (entry != first && !allowed.contains(entry.key())) {
                throw new RubricException(entry.keyLocation(), kind + " has no option '" + entry.key()
                        + "' (options: " + String.join(", ", allowed) + ")");
            }
            options.put(entry.key(), values.apply(entry.value()));
            where.put(entry.key(), entry.value().location());
        }
        Arguments arguments = Arguments.of(kind, withDefaults(kind, options));
        try {
            return build(kind, arguments, options);
        } catch (Arguments.ArgumentException wrong) {
            throw new RubricException(where.getOrDefault(wrong.parameter(), first.keyLocation()), wrong.getMessage());
        } catch (EngineException problem) {
            throw new RubricException(first.keyLocation(), problem.getMessage());
        }
    }

    private static Map<String, Value> withDefaults(String kind, Map<String, Value> options) {
        Map<String, Value> all = new LinkedHashMap<>();
        all.put("stride", Value.TensorValue.of(1));
        all.put("padding", Value.TensorValue.of(0));
        all.put("dilation", Value.TensorValue.of(1));
        all.put("groups", Value.TensorValue.of(1));
        all.put("output_padding", Value.TensorValue.of(0));
        all.put("bias", new Value.BooleanValue(true));
        all.put("ceil_mode", new Value.BooleanValue(false));
        if (kind.equals("maxpool") || kind.equals("avgpool")) {
            all.put("stride", options.get(kind));
        }
        all.putAll(options);
        return all;
    }

    private static Layer build(String kind, Arguments arguments, Map<String, Value> given) {
        return switch (kind) {
            case "conv" -> {
                requireKernel(given, kind);
                yield new Layer.Conv(arguments.integer(kind), arguments.pair("kernel", 1), arguments.pair("stride", 1),
                        arguments.padding("padding"), arguments.pair("dilation", 1), arguments.integer("groups"),
                        arguments.bool("bias"));
            }
            case "conv_transpose" -> {
                requireKernel(given, kind);
                yield new Layer.ConvTranspose(arguments.integer(kind), arguments.pair("kernel", 1),
                        arguments.pair("stride", 1), arguments.pair("padding", 0), arguments.pair("output_padding", 0),
                        arguments.pair("dilation", 1), arguments.bool("bias"));
            }
            case "maxpool" -> new Layer.MaxPool(arguments.pair(kind, 1), arguments.pair("stride", 1),
                    arguments.pair("padding", 0), arguments.pair("dilation", 1), arguments.bool("ceil_mode"));
            case "avgpool" -> new Layer.AvgPool(arguments.pair(kind, 1), arguments.pair("stride", 1),
                    arguments.pair("padding", 0), arguments.bool("ceil_mode"));
            case "linear" -> new Layer.Linear(arguments.integer(kind), arguments.bool("bias"));
            default -> throw new IllegalStateException("internal: layer " + kind);
        };
    }

    private static void requireKernel(Map<String, Value> given, String kind) {
        if (!given.containsKey("kernel")) {
            throw new EngineException(kind + " needs 'kernel', e.g. {" + kind + ": 64, kernel: 3}");
        }
    }

    private static Layer wordLayer(String word, Location location) {
        return switch (word) {
            case "flatten" -> new Layer.Flatten();
            case "batchnorm" -> new Layer.BatchNorm();
            case "relu", "sigmoid", "tanh" -> new Layer.Activation(word);
            default -> throw new RubricException(location, "unknown layer '" + word + "' (layers: conv,"
                    + " conv_transpose, maxpool, avgpool, linear, " + String.join(", ", WORDS) + ")");
        };
    }

    private static <T> T convert(YamlNode node, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (Arguments.ArgumentException wrong) {
            throw new RubricException(node.location(), wrong.getMessage());
        }
    }
}
