package org.cnngrader.rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Value;

/**
 * The {@code given} section of a rubric: named values (numbers, matrices, networks, or
 * expressions over other given names), evaluated once in dependency order.
 */
public final class Givens {

    /** What a name must look like to be usable in expressions. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Givens() {
    }

    /**
     * The given values of the rubric in {@code file}, by name, in the order written.
     *
     * @throws RubricException listing every problem in {@code given}
     */
    public static Map<String, Value> load(Path file) {
        YamlNode root = YamlReader.read(file);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new RubricException(root.location(), "a rubric is a mapping with title, given and questions");
        }
        Optional<YamlNode> given = mapping.get("given");
        if (given.isEmpty()) {
            return Map.of();
        }
        List<RubricException.Problem> problems = new ArrayList<>();
        Map<String, Value> values = evaluate(given.get(), problems);
        if (!problems.isEmpty()) {
            throw new RubricException(problems);
        }
        return values;
    }

    /** Evaluates the {@code given} node, adding every problem to {@code problems}. */
    static Map<String, Value> evaluate(YamlNode given, List<RubricException.Problem> problems) {
        if (!(given instanceof YamlNode.Mapping mapping)) {
            problems.add(new RubricException.Problem(given.location(), "'given' must be a mapping of names to values"));
            return Map.of();
        }
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!NAME.matcher(entry.key()).matches()) {
                problems.add(new RubricException.Problem(entry.keyLocation(), "'" + entry.key()
                        + "' cannot be used as a name in expressions: use letters, digits and _ and start with a"
                        + " letter"));
                continue;
            }
            dependencies.put(entry.key(), YamlValues.names(entry.value()));
        }
        DependencyOrder.Result order = DependencyOrder.of(dependencies);
        for (List<String> cycle : order.cycles()) {
            problems.add(new RubricException.Problem(mapping.entries().get(cycle.get(0)).keyLocation(),
                    "the given values refer to each other in a circle: " + String.join(" → ", cycle)));
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator(name -> Optional.ofNullable(values.get(name)), Tolerance.DEFAULT);
        for (String name : order.order()) {
            YamlNode.Entry entry = mapping.entries().get(name);
            if (!dependencies.get(name).stream().filter(dependencies::containsKey).allMatch(values::containsKey)) {
                continue; // Depends on a value that failed; that one is reported.
            }
            try {
                values.put(name, YamlValues.value(entry.value(), evaluator));
            } catch (RubricException problem) {
                problems.addAll(problem.problems());
            }
        }
        Map<String, Value> written = new LinkedHashMap<>();
        for (String name : mapping.entries().keySet()) {
            if (values.containsKey(name)) {
                written.put(name, values.get(name));
            }
        }
        return written;
    }
}
