package org.cnngrader.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A feed-forward network: an input shape and a list of layers, with the arithmetic a problem
 * sheet asks for.
 *
 * <p>The input is {@code [F]} (flat), {@code [N, F]}, {@code [C, H, W]} or {@code [N, C, H, W]};
 * a batch N is carried through every shape and multiplies the MACs. Layers are numbered from 1;
 * shape-preserving layers (activations, batch norm) count. Receptive field and jump follow
 * Araujo et al. (Distill, 2019): {@code r_l = r_{l−1} + (k_eff − 1)·J_{l−1}},
 * {@code J_l = J_{l−1}·s_l}, with {@code k_eff = d(k−1) + 1}, over the layers before the first
 * flatten or linear layer.
 */
public final class Network {

    private final List<Integer> input;
    private final List<Layer> layers;
    private final int batch;
    private final List<List<Integer>> sampleShapes;

    /**
     * @throws EngineException if the input shape is not one of the four forms, or a layer cannot
     *     take the shape before it (the message names the layer by number)
     */
    public Network(List<Integer> input, List<Layer> layers) {
        this.input = List.copyOf(input);
        this.layers = List.copyOf(layers);
        if (this.input.size() < 1 || this.input.size() > 4 || this.input.stream().anyMatch(side -> side < 1)) {
            throw new EngineException("a network input is [F], [N, F], [C, H, W] or [N, C, H, W] with positive"
                    + " sides, not " + this.input);
        }
        boolean batched = this.input.size() == 2 || this.input.size() == 4;
        this.batch = batched ? this.input.get(0) : 1;
        List<Integer> shape = batched ? this.input.subList(1, this.input.size()) : this.input;
        List<List<Integer>> shapes = new ArrayList<>();
        shapes.add(shape);
        for (int number = 1; number <= this.layers.size(); number++) {
            Layer layer = this.layers.get(number - 1);
            try {
                shape = List.copyOf(layer.outputShape(shape));
            } catch (EngineException problem) {
                throw new EngineException("layer " + number + " (" + layer.describe() + "), input "
                        + Shapes.format(shape) + ": " + problem.getMessage());
            }
            shapes.add(shape);
        }
        this.sampleShapes = Collections.unmodifiableList(shapes);
    }

    /** The input shape as given. */
    public List<Integer> input() {
        return input;
    }

    /** The layers. */
    public List<Layer> layers() {
        return layers;
    }

    /** The shape after layer {@code layer} (1-based; −1 the last, 0 the input), batch included. */
    public List<Integer> outputShape(int layer) {
        return withBatch(sampleShapes.get(resolve(layer, true)));
    }

    /** The shape after every layer, in order, batch included. */
    public List<List<Integer>> shapes() {
        List<List<Integer>> result = new ArrayList<>();
        for (int number = 1; number <= layers.size(); number++) {
            result.add(outputShape(number));
        }
        return result;
    }

    /** Learnable parameters of layer {@code layer} (1-based, −1 the last), or of all layers for 0. */
    public long parameters(int layer, boolean bias) {
        if (layer == 0) {
            long total = 0;
            for (int number = 1; number <= layers.size(); number++) {
                total = Layer.sum("the parameters of the network", total, parameters(number, bias));
            }
            return total;
        }
        int number = resolve(layer, false);
        Layer counted = layers.get(number - 1);
        try {
            return counted.parameters(sampleShapes.get(number - 1), bias);
        } catch (EngineException overflow) {
            throw new EngineException("layer " + number + " (" + counted.describe() + "): " + overflow.getMessage());
        }
    }

    /** Multiply–accumulates of layer {@code layer} (1-based, −1 the last), or of all for 0, for the whole batch. */
    public long macs(int layer) {
        if (layer == 0) {
            long total = 0;
            for (int number = 1; number <= layers.size(); number++) {
                total = Layer.sum("the multiply-accumulates of the network", total, macs(number));
            }
            return total;
        }
        int number = resolve(layer, false);
        Layer counted = layers.get(number - 1);
        try {
            return Layer.count("the multiply-accumulates", batch,
                    counted.macs(sampleShapes.get(number - 1), sampleShapes.get(number)));
        } catch (EngineException overflow) {
            throw new EngineException("layer " + number + " (" + counted.describe() + "): " + overflow.getMessage());
        }
    }

    /** The receptive field (height, width) of one unit after the last spatial layer. */
    public HeightWidth receptiveField() {
        return walkReceptiveField()[0];
    }

    /** The jump (cumulative stride) after the last spatial layer. */
    public HeightWidth jump() {
        return walkReceptiveField()[1];
    }

    private HeightWidth[] walkReceptiveField() {
        long fieldH = 1;
        long fieldW = 1;
        long jumpH = 1;
        long jumpW = 1;
        for (int number = 1; number <= layers.size(); number++) {
            Layer layer = layers.get(number - 1);
            if (!layer.isSpatial()) {
                if (layer instanceof Layer.ConvTranspose) {
                    throw new EngineException("layer " + number + " (" + layer.describe()
                            + "): the receptive field is not defined through a transposed convolution");
                }
                break;
            }
            // Exact: a long stack of strides would wrap a long before the int check below.
            fieldH = Layer.sum("the units of a receptive field", fieldH,
                    Layer.count("the units of a receptive field", layer.effectiveWindow().height() - 1L, jumpH));
            fieldW = Layer.sum("the units of a receptive field", fieldW,
                    Layer.count("the units of a receptive field", layer.effectiveWindow().width() - 1L, jumpW));
            jumpH = Layer.count("the units of a jump", jumpH, layer.step().height());
            jumpW = Layer.count("the units of a jump", jumpW, layer.step().width());
        }
        return new HeightWidth[] {
            new HeightWidth(OutputSize.exact(fieldH, "a receptive field"), OutputSize.exact(fieldW, "a receptive field")),
            new HeightWidth(OutputSize.exact(jumpH, "a jump"), OutputSize.exact(jumpW, "a jump"))
        };
    }

    private int resolve(int layer, boolean allowInput) {
        int count = layers.size();
        int number = layer == -1 ? count : layer;
        if (number < (allowInput ? 0 : 1) || number > count) {
            throw new EngineException("the network has layers 1 to " + count + ", not " + layer);
        }
        if (count == 0 && !allowInput) {
            throw new EngineException("the network has no layers");
        }
        return number;
    }

    private List<Integer> withBatch(List<Integer> shape) {
        if (input.size() == 2 || input.size() == 4) {
            List<Integer> result = new ArrayList<>();
            result.add(batch);
            result.addAll(shape);
            return List.copyOf(result);
        }
        return shape;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("network ").append(Shapes.format(input));
        for (Layer layer : layers) {
            text.append(" → ").append(layer.describe());
        }
        return text.toString();
    }
}
