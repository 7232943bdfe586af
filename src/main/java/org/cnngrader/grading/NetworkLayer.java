package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnngrader.engine.Layer;
import org.cnngrader.engine.Network;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;

/**
 * A part asking about one layer of a network given in the rubric: {@code output_shape(net, k)},
 * {@code params(net, k)} (with its {@code bias}) or {@code macs(net, k)}. Follow-through and slips
 * along a network are computed through it.
 *
 * @param network the name of the network in the rubric's {@code given}
 * @param layer the layer asked about, 1-based
 * @param function {@code output_shape}, {@code params} or {@code macs}
 * @param bias whether a parameter count includes the biases
 */
record NetworkLayer(String network, int layer, String function, boolean bias) {

    private static final List<String> FUNCTIONS = List.of("output_shape", "params", "macs");

    /** Whether the part asks for the shape after the layer. */
    boolean shape() {
        return function.equals("output_shape");
    }

    /** The layer a part asks about, when its answer is one call of a per-layer function on a given network. */
    static Optional<NetworkLayer> of(Expression expression) {
        if (!(expression instanceof Expression.Call call) || !FUNCTIONS.contains(call.function())
                || call.positional().isEmpty() || call.positional().size() > 2
                || !(call.positional().get(0) instanceof Expression.Name network)) {
            return Optional.empty();
        }
        Expression layer = call.positional().size() == 2 ? call.positional().get(1) : null;
        boolean bias = true;
        for (Expression.NamedArgument argument : call.named()) {
            if (argument.name().equals("layer") && layer == null) {
                layer = argument.value();
            } else if (argument.name().equals("bias") && argument.value() instanceof Expression.BooleanLiteral flag) {
                bias = flag.value();
            } else {
                return Optional.empty();
            }
        }
        if (layer instanceof Expression.NumberLiteral number && number.value() >= 1
                && number.value() == Math.rint(number.value())) {
            return Optional.of(new NetworkLayer(network.name(), (int) number.value(), call.function(), bias));
        }
        return Optional.empty();
    }

    /**
     * What this part asks, for the layers {@code from + 1} … {@code layer} of {@code network} run on {@code input},
     * the shape after layer {@code from} (0 for the network's own input).
     */
    Value valueAfter(Network network, int from, List<Integer> input) {
        Network rest = new Network(input, network.layers().subList(from, layer));
        int last = layer - from;
        return switch (function) {
            case "params" -> Value.TensorValue.of(rest.parameters(last, bias));
            case "macs" -> Value.TensorValue.of(rest.macs(last));
            default -> Values.integers(rest.outputShape(last));
        };
    }

    /** The network with layer {@code index} (1-based) replaced. */
    static Network withLayer(Network network, int index, Layer replacement) {
        List<Layer> layers = new ArrayList<>(network.layers());
        layers.set(index - 1, replacement);
        return new Network(network.input(), layers);
    }
}
