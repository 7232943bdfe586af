package org.cnngrader.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders definitions so that each comes after the ones it refers to, and finds the cycles.
 * Names that are not defined here (functions, bare words) are ignored. Definitions on a cycle,
 * or depending on one, are left out of the order; every other definition is in it, so that the
 * rest of a rubric can still be checked.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    /** An order of the definitions that can be computed, and every cycle found, each as the path that closes it. */
    record Result(List<String> order, List<List<String>> cycles) {
    }

    private enum State { VISITING, DONE, BROKEN }

    /**
     * @param dependencies for every defined name, in the order written, the names it refers to
     */
    static Result of(Map<String, Set<String>> dependencies) {
        List<String> order = new ArrayList<>();
        List<List<String>> cycles = new ArrayList<>();
        Map<String, State> state = new HashMap<>();
        for (String name : dependencies.keySet()) {
            visit(name, dependencies, state, order, new ArrayList<>(), cycles);
        }
        return new Result(List.copyOf(order), List.copyOf(cycles));
    }

    /** Whether {@code name} can be computed. */
    private static boolean visit(String name, Map<String, Set<String>> dependencies, Map<String, State> state,
            List<String> order, List<String> path, List<List<String>> cycles) {
        State seen = state.get(name);
        if (seen == State.DONE) {
            return true;
        }
        if (seen == State.BROKEN) {
            return false;
        }
        if (seen == State.VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            cycles.add(cycle);
            return false;
        }
        state.put(name, State.VISITING);
        path.add(name);
        boolean computable = true;
        for (String dependency : dependencies.get(name)) {
            if (dependencies.containsKey(dependency)
                    && !visit(dependency, dependencies, state, order, path, cycles)) {
                computable = false;
            }
        }
        path.remove(path.size() - 1);
        state.put(name, computable ? State.DONE : State.BROKEN);
        if (computable) {
            order.add(name);
        }
        return computable;
    }
}
