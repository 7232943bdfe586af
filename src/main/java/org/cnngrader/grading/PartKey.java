package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Shapes;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.FunctionLibrary;
import org.cnngrader.expr.Slip;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;

/**
 * What does not depend on a team, for one part with a reference, computed once per rubric: the
 * reference, the values of the slips its expression's functions declare, the values of the slips of
 * the network layers it asks about, and the layer it asks about.
 *
 * @param slips the value of every single-slip rewrite of the reference that differs from it
 * @param layerSlips the value of every single slip on the network layers up to the one asked about
 * @param layer the network layer the part asks about, if it is one call of a per-layer function
 */
record PartKey(Part part, Expression expression, Value reference, List<Slipped> slips, List<Slipped> layerSlips,
        Optional<NetworkLayer> layer) {

    /** A value a slip gives, with the slip's words, and whether the slip is accepted anyway (rounded intermediates). */
    record Slipped(Value value, String words, boolean acceptable) {
    }

    PartKey {
        slips = List.copyOf(slips);
        layerSlips = List.copyOf(layerSlips);
    }

    /** The key of a part with a reference. */
    static PartKey of(Rubric rubric, Part part, PartKind.Answer answer) {
        Expression expression = answer.formula().expression();
        Value reference = rubric.key().reference(part.id()).orElseThrow();
        Evaluator references = new Evaluator(rubric.scope(Map.of()), part.tolerance());
        List<Slipped> slips = new ArrayList<>();
        for (Slips.Mutant mutant : Slips.of(expression, part.decimals())) {
            try {
                Value value = references.evaluate(mutant.expression());
                if (!Comparison.of(reference, value, part.tolerance()).equal()) {
                    slips.add(new Slipped(value, mutant.words() + shapeChange(reference, value), mutant.acceptable()));
                }
            } catch (ExpressionException | EngineException impossible) {
                // A slip that cannot be computed (a padding the kernel does not fit) is no answer.
            }
        }
        Optional<NetworkLayer> layer = NetworkLayer.of(expression)
                .filter(asked -> rubric.given().get(asked.network()) instanceof Value.NetworkValue);
        List<Slipped> layerSlips = layer.map(asked -> layerSlips(rubric, part, asked, reference)).orElse(List.of());
        return new PartKey(part, expression, reference, slips, layerSlips, layer);
    }

    /**
     * The value the part takes when one layer up to the one asked about slips, with words naming the layer: the
     * slip of layer 3 is named in the answer for layer 4 too, when layer 3's own shape was not asked.
     */
    private static List<Slipped> layerSlips(Rubric rubric, Part part, NetworkLayer asked, Value reference) {
        Network network = ((Value.NetworkValue) rubric.given().get(asked.network())).network();
        // A shape written channels last may carry a layer's slip too (54 × 54 × 96 for 96 × 55 × 55): both are named.
        Optional<String> channelsLast = asked.shape() ? FunctionLibrary.find("output_shape").stream()
                .flatMap(function -> function.slips().stream())
                .filter(slip -> slip instanceof Slip.Instead instead
                        && instead.function().equals(FunctionLibrary.CHANNELS_LAST))
                .map(Slip::words).findFirst() : Optional.empty();
        List<Slipped> slipped = new ArrayList<>();
        for (int index = 1; index <= asked.layer() && index <= network.layers().size(); index++) {
            org.cnngrader.engine.Layer layer = network.layers().get(index - 1);
            for (LayerSlip slip : LayerSlip.ALL) {
                if (!slip.appliesTo(layer)) {
                    continue;
                }
                try {
                    Value value = layerSlipValue(network, index, slip, asked);
                    if (!Comparison.of(reference, value, part.tolerance()).equal()) {
                        String words = "in layer " + index + " (" + layer.describe() + ") " + slip.words();
                        slipped.add(new Slipped(value, words, false));
                        channelsLast.flatMap(last -> channelsLast(value).map(reordered -> new Slipped(reordered,
                                words + ", and " + last, false))).ifPresent(slipped::add);
                    }
                } catch (EngineException | IllegalArgumentException | ArithmeticException impossible) {
                    // A slip after which the network no longer fits its input is no answer.
                }
            }
        }
        return slipped;
    }

    /** A feature map's shape (C × H × W, after the batch N if any) written channels last; empty for no such shape. */
    private static Optional<Value> channelsLast(Value shape) {
        if (!(shape instanceof Value.TensorValue tensor) || tensor.tensor().rank() != 1) {
            return Optional.empty();
        }
        List<Integer> sides = Arrays.stream(tensor.tensor().values()).mapToObj(side -> (int) side).toList();
        return Shapes.channelsLast(sides).map(org.cnngrader.expr.Values::integers);
    }

    private static Value layerSlipValue(Network network, int index, LayerSlip slip, NetworkLayer asked) {
        if (slip instanceof LayerSlip.Changed<?> changed) {
            Network slipped = NetworkLayer.withLayer(network, index, changed.apply(network.layers().get(index - 1)));
            return asked.valueAfter(slipped, 0, slipped.input());
        }
        // The +1 forgotten: the sides after this layer one short, and every later layer computed from them.
        List<Integer> shape = new ArrayList<>(network.outputShape(index));
        int rank = shape.size();
        shape.set(rank - 1, shape.get(rank - 1) - 1);
        shape.set(rank - 2, shape.get(rank - 2) - 1);
        if (index == asked.layer()) {
            if (asked.shape()) {
                return org.cnngrader.expr.Values.integers(shape);
            }
            if (!asked.function().equals("macs")) {
                throw new IllegalArgumentException("the +1 of a layer's own size does not change its parameters");
            }
            // The layer's multiply-adds over its (short) output, per sample, times the batch.
            boolean batched = network.input().size() == 2 || network.input().size() == 4;
            int batch = batched ? network.input().get(0) : 1;
            List<Integer> before = network.outputShape(index - 1);
            return Value.TensorValue.of((double) batch * network.layers().get(index - 1).macs(
                    batched ? before.subList(1, before.size()) : before, batched ? shape.subList(1, rank) : shape));
        }
        return asked.valueAfter(network, index, shape);
    }

    /**
     * What a slip did to the shape, for a wrong-shaped answer: ": the map shrank to 2×2" (or grew), nothing when the
     * shape is kept.
     */
    static String shapeChange(Value reference, Value slipped) {
        if (!(reference instanceof Value.TensorValue expected) || !(slipped instanceof Value.TensorValue value)
                || Arrays.equals(expected.tensor().shape(), value.tensor().shape())
                || expected.tensor().isSingle() && value.tensor().isSingle()) {
            return "";
        }
        String shape = Shapes.format(value.tensor().shape());
        if (expected.tensor().rank() != value.tensor().rank()) {
            return ": the result is " + shape + " instead of " + Shapes.format(expected.tensor().shape());
        }
        return value.tensor().size() < expected.tensor().size() ? ": the map shrank to " + shape
                : ": the map grew to " + shape;
    }
}
