package org.cnngrader.grading;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.cnngrader.engine.HeightWidth;
import org.cnngrader.engine.Layer;
import org.cnngrader.engine.Padding;

/**
 * A slip a student makes on one layer of a network (DESIGN.md §6: "network layers carry their slips
 * too"), declared as typed data: the layer rebuilt from its own components with one changed, so that
 * a renamed component of a {@link Layer} record fails to compile here; or the layer's output size
 * computed without the +1 of the formula. A later layer computed from the slipped one is the value a
 * student who slipped there writes for it.
 */
sealed interface LayerSlip {

    /** The words for the slip, a clause that follows "in layer k (…)". */
    String words();

    /** Whether the slip can be made on this layer. */
    boolean appliesTo(Layer layer);

    /** A layer of kind {@code kind} rebuilt with one component changed. */
    record Changed<L extends Layer>(Class<L> kind, UnaryOperator<L> change, String words) implements LayerSlip {
        public Changed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(words, "words");
        }

        @Override
        public boolean appliesTo(Layer layer) {
            return kind.isInstance(layer) && !change.apply(kind.cast(layer)).equals(layer);
        }

        /** The slipped layer. */
        Layer apply(Layer layer) {
            return change.apply(kind.cast(layer));
        }
    }

    /** The output height and width of a layer of kind {@code kind} one short: the +1 of the size formula forgotten. */
    record SidesOneShort(Class<? extends Layer> kind, String words) implements LayerSlip {
        public SidesOneShort {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(words, "words");
        }

        @Override
        public boolean appliesTo(Layer layer) {
            return kind.isInstance(layer);
        }
    }

    /** The slips of each kind of layer, in the order they are tried. */
    List<LayerSlip> ALL = List.of(
            new SidesOneShort(Layer.Conv.class, "the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1 was"
                    + " forgotten"),
            new Changed<>(Layer.Conv.class, conv -> new Layer.Conv(conv.outChannels(), conv.kernel(), conv.stride(),
                    Padding.valid(), conv.dilation(), conv.groups(), conv.bias()), "the padding was left out"),
            new Changed<>(Layer.Conv.class, conv -> new Layer.Conv(conv.outChannels(), conv.kernel(),
                    HeightWidth.square(1), conv.padding(), conv.dilation(), conv.groups(), conv.bias()),
                    "stride 1 was used instead of the given stride"),
            new Changed<>(Layer.Conv.class, conv -> new Layer.Conv(conv.outChannels(), conv.kernel(), conv.stride(),
                    conv.padding(), HeightWidth.square(1), conv.groups(), conv.bias()), "the dilation was ignored"),
            new Changed<>(Layer.Conv.class, conv -> new Layer.Conv(conv.outChannels(), conv.kernel(), conv.stride(),
                    conv.padding(), conv.dilation(), 1, conv.bias()), "the groups were ignored: every filter sees"
                    + " every input channel"),
            new SidesOneShort(Layer.MaxPool.class, "the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1 was"
                    + " forgotten"),
            new Changed<>(Layer.MaxPool.class, pool -> new Layer.MaxPool(pool.window(), HeightWidth.square(1),
                    pool.padding(), pool.dilation(), pool.ceilMode()), "the stride was ignored: stride 1 instead of "
                    + "moving by the stride"),
            new Changed<>(Layer.MaxPool.class, pool -> new Layer.MaxPool(pool.window(), pool.stride(),
                    pool.padding(), pool.dilation(), !pool.ceilMode()), "the output size was rounded the other way"
                    + " (ceil_mode)"),
            new SidesOneShort(Layer.AvgPool.class, "the +1 of the output-size formula ⌊(i + 2p − k)/s⌋ + 1 was"
                    + " forgotten"),
            new Changed<>(Layer.AvgPool.class, pool -> new Layer.AvgPool(pool.window(), HeightWidth.square(1),
                    pool.padding(), pool.ceilMode()), "the stride was ignored: stride 1 instead of moving by the"
                    + " stride"));
}
