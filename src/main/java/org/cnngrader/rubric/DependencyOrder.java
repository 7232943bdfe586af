package org.cnngrader.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders definitions so that each comes after the ones it refers to, or finds a cycle.
 * Names that are not defined here (functions, bare words) are ignored.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    /** The result: an order of every name, or the first cycle found, as the path that closes it. */
    record Result(List<String> order, Optional<List<String>> cycle) {
    }

    /**
     * @param dependencies for every defined name, in the order written, the names it refers to
     */
    static Result of(Map<String, Set<String>> dependencies) {
        List<String> order = new ArrayList<>();
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String name : dependencies.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(name, dependencies, state, order, path);
            if (cycle.isPresent()) {
                return new Result(List.of(), cycle);
            }
        }
        return new Result(order, Optional.empty());
    }

    private static Optional<List<String>> visit(String name, Map<String, Set<String>> dependencies,
            Map<String, Integer> state, List<String> order, List<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            return Optional.of(cycle);
        }
        state.put(name, 1);
        path.add(name);
        for (String dependency : dependencies.get(name)) {
            if (dependencies.containsKey(dependency)) {
                Optional<List<String>> cycle = visit(dependency, dependencies, state, order, path);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(name, 2);
        order.add(name);
        return Optional.empty();
    }
}
