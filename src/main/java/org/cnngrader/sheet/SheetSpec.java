package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;

/**
 * What the readers need to know of a rubric: its questions (to find their regions in free-form
 * documents), its parts (ids, labels, and the values an answer may be compared with to pick the
 * right candidate), and the values the problems give (which, restated in a document, are not
 * answers). Built by the grading step from a rubric.
 */
public record SheetSpec(List<QuestionSpec> questions, List<PartSpec> parts, List<GivenSpec> givens) {

    public SheetSpec {
        questions = List.copyOf(questions);
        parts = List.copyOf(parts);
        givens = List.copyOf(givens);
    }

    /** A question: its id, title and other names students give it. */
    public record QuestionSpec(String id, String title, List<String> aliases) {
        public QuestionSpec {
            aliases = List.copyOf(aliases);
        }
    }

    /** A value the rubric gives (a matrix of the problem text, say), by its name. */
    public record GivenSpec(String name, Optional<Tensor> value) {
    }

    /** The kinds of value an answer can be, for finding the n-th value of a part's kind in a region. */
    public enum ValueKind {
        /** One number. */
        NUMBER,
        /** A list of numbers: a shape, a vector. */
        VECTOR,
        /** A matrix or a tensor of higher rank. */
        MATRIX,
        /** yes or no. */
        TRUTH,
        /** A formula in symbols. */
        FORMULA,
        /** Not known (an open question whose check does not say). */
        UNKNOWN;

        /** The kind of a value read. */
        public static ValueKind of(SheetValue value) {
            if (value instanceof SheetValue.Numbers numbers) {
                return of(numbers.tensor());
            }
            return value instanceof SheetValue.Formula ? FORMULA : TRUTH;
        }

        /** The kind of a tensor: a single entry is a number whatever its rank. */
        public static ValueKind of(Tensor tensor) {
            if (tensor.isSingle()) {
                return NUMBER;
            }
            return tensor.rank() == 1 ? VECTOR : MATRIX;
        }
    }

    /**
     * The layer of a network a part asks about ({@code output_shape(net, 5)}), so that a list or a
     * table of every layer is aligned with the network rather than read in order.
     *
     * @param network the network's name in the rubric
     * @param index the layer's 1-based index
     * @param layers how many layers the network has
     * @param names what students call this layer in a list: {@code conv3}, {@code layer 5}, …
     * @param quantity what is asked of the layer, the same for every part of one list
     *     ({@code output_shape(alexnet)}, {@code params(net, bias=false)})
     * @param values the reference value of that quantity for every layer, in order, after the
     *     network's input's when the quantity has one (a shape): a list of every layer is aligned
     *     with these
     * @param withInput whether {@code values} start with the network's input's
     * @param activationsCounted whether the network has activations or normalisations as layers of their own; when
     *     not, a summary's {@code ReLU-2} rows are no rows of the list aligned with it
     */
    public record LayerSpec(String network, int index, int layers, List<String> names, String quantity,
            List<Tensor> values, boolean withInput, boolean activationsCounted) {
        public LayerSpec {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }

        /** The position of this layer's value in {@link #values}. */
        public int position() {
            return withInput ? index : index - 1;
        }
    }

    /**
     * A part.
     *
     * @param labels words next to which the answer is written ({@code S =}, "feature map")
     * @param reference the part's reference value, when the engine computes one
     * @param targets the values a right answer has: the reference and the accepted variants
     * @param accepts for an open question, whether a candidate satisfies its check (as far as it
     *     can be decided before grading); empty otherwise
     * @param kind the kind of value it asks for
     * @param layer the network layer it asks about, if any
     * @param prompt what the part asks, for templates
     * @param graded whether an answer is looked for (false for parts a TA scores by hand)
     * @param symbols for a part whose answer is a formula, its symbols (empty otherwise)
     * @param tolerance the part's tolerance: a candidate matches a target within it, as the grader compares
     */
    public record PartSpec(String id, String questionId, List<String> labels, Optional<Tensor> reference,
            List<Tensor> targets, Optional<Predicate<SheetValue>> accepts, ValueKind kind, Optional<LayerSpec> layer,
            String prompt, boolean graded, List<String> symbols, Tolerance tolerance) {

        public PartSpec {
            labels = List.copyOf(labels);
            targets = List.copyOf(targets);
            symbols = List.copyOf(symbols);
        }

        /** A part whose answer is a value, not a formula. */
        public PartSpec(String id, String questionId, List<String> labels, Optional<Tensor> reference,
                List<Tensor> targets, Optional<Predicate<SheetValue>> accepts, ValueKind kind,
                Optional<LayerSpec> layer, String prompt, boolean graded) {
            this(id, questionId, labels, reference, targets, accepts, kind, layer, prompt, graded, List.of(),
                    Tolerance.DEFAULT);
        }

        /** How to read this part's values. */
        public Expectation expectation() {
            if (!symbols.isEmpty()) {
                return Expectation.formula(symbols);
            }
            // A checked part asking for one number (a stride) expects a number as a reference of one would.
            return reference.map(Expectation::of)
                    .orElse(kind == ValueKind.NUMBER ? new Expectation(false, 0) : Expectation.ANY);
        }
    }

    /**
     * What an id typed on a sheet names (a row's part cell, a column's header), in every layout of CSV and XLSX: the
     * part of that exact id, else the one part whose id differs from it only by case and separators ({@code s} for
     * {@code S}, {@code pool1 shape} and {@code Pool1-Shape} for {@code pool1_shape}), else none. Exact ids win: of
     * parts {@code S} and {@code s}, {@code s} names {@code s}; an id that two parts differ from only so
     * ({@code CONV1} for {@code Conv1} and {@code conv1}) names neither, and says so.
     */
    public sealed interface Naming {

        /** The part of the id as typed. */
        record Exact(PartSpec part) implements Naming {
        }

        /** The one part whose id differs from the typed one only by case and separators: it answers that part, noted. */
        record OtherSpelling(PartSpec part) implements Naming {
        }

        /**
         * The parts whose ids differ from the typed one only by case and separators, none exactly: it names none of
         * them, noted.
         */
        record Several(List<PartSpec> parts) implements Naming {
        }

        /** No part of the rubric. */
        record None() implements Naming {
        }

        /** The part named, exactly or in another case. */
        default Optional<PartSpec> named() {
            if (this instanceof Exact exact) {
                return Optional.of(exact.part());
            }
            return this instanceof OtherSpelling otherSpelling ? Optional.of(otherSpelling.part()) : Optional.empty();
        }
    }

    /** What {@code typed} names ({@link Naming}). */
    public Naming naming(String typed) {
        Optional<PartSpec> exact = part(typed);
        if (exact.isPresent()) {
            return new Naming.Exact(exact.get());
        }
        String spelled = loosely(typed);
        List<PartSpec> alike = new ArrayList<>();
        for (PartSpec part : parts) {
            if (loosely(part.id()).equals(spelled)) {
                alike.add(part);
            }
        }
        return switch (alike.size()) {
            case 0 -> new Naming.None();
            case 1 -> new Naming.OtherSpelling(alike.get(0));
            default -> new Naming.Several(alike);
        };
    }

    /** An id without case and separators: {@code Pool1 Shape}, {@code pool1-shape} and {@code pool1_shape} alike. */
    private static String loosely(String id) {
        return SEPARATORS.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.]+");

    /** The part with this id. */
    public Optional<PartSpec> part(String id) {
        // A loop, not a stream: every cell and row of every sheet asks, and a rubric has a few dozen parts.
        for (PartSpec part : parts) {
            if (part.id().equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
