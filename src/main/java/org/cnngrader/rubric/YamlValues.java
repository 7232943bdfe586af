package org.cnngrader.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cnngrader.engine.EngineException;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Parser;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;

/**
 * Values written in YAML: every scalar is an expression ({@code 0.5}, {@code 1/4},
 * {@code flip(K)}), a YAML list is a vector, matrix or tensor of its items, and a mapping with
 * {@code input} and {@code layers} is a network. Errors carry the place in the file.
 */
final class YamlValues {

    private YamlValues() {
    }

    /** The expression a scalar holds, with parse errors placed in the file. */
    static Expression expression(YamlNode.Scalar scalar) {
        if (scalar.isNull()) {
            throw new RubricException(scalar.location(), "a value is missing here");
        }
        try {
            return Parser.parse(scalar.text());
        } catch (ExpressionException problem) {
            throw located(scalar, problem);
        }
    }

    /** The names a YAML value refers to. */
    static Set<String> names(YamlNode node) {
        Set<String> names = new TreeSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(YamlNode node, Set<String> names) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            try {
                names.addAll(Parser.parse(scalar.text()).names());
            } catch (ExpressionException ignored) {
                // Reported when the value is evaluated.
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> collect(item, names));
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.entries().values().forEach(entry -> collect(entry.value(), names));
        }
    }

    /** The value of a YAML node, scalars evaluated by {@code evaluator}. */
    static Value value(YamlNode node, Evaluator evaluator) {
        return value(node, evaluator, false);
    }

    /** The value of an option such as a layer's {@code padding}, where a bare word ({@code same}) is allowed. */
    static Value option(YamlNode node, Evaluator evaluator) {
        return value(node, evaluator, true);
    }

    private static Value value(YamlNode node, Evaluator evaluator, boolean wordsAllowed) {
        if (node instanceof YamlNode.Scalar scalar) {
            try {
                Expression expression = expression(scalar);
                return wordsAllowed ? evaluator.evaluateArgument(expression) : evaluator.evaluate(expression);
            } catch (ExpressionException problem) {
                throw located(scalar, problem);
            }
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<Value> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                items.add(value(item, evaluator));
            }
            try {
                return Values.list(items);
            } catch (IllegalArgumentException | EngineException problem) {
                throw new RubricException(sequence.location(), problem.getMessage());
            }
        }
        YamlNode.Mapping mapping = (YamlNode.Mapping) node;
        if (!NetworkReader.isNetwork(mapping)) {
            throw new RubricException(mapping.location(), "a mapping here must be a network with 'input' and"
                    + " 'layers'");
        }
        return new Value.NetworkValue(NetworkReader.read(mapping, item -> option(item, evaluator)));
    }

    /** An expression problem placed at its column inside a scalar. */
    static RubricException located(YamlNode.Scalar scalar, ExpressionException problem) {
        // A quoted scalar starts one column before its text.
        int offset = problem.column() - 1 + (scalar.quoted() ? 1 : 0);
        return new RubricException(scalar.location().shifted(offset), problem.reason());
    }
}
