package org.cnngrader.rubric;

import java.util.List;

/**
 * A question: its id as on the problem sheet ({@code 1.3.1}), its title, other names students may
 * give it, and its parts.
 */
public record Question(String id, String title, List<String> aliases, List<Part> parts, Location location) {

    public Question {
        aliases = List.copyOf(aliases);
        parts = List.copyOf(parts);
    }

    /** The points of all parts. */
    public double points() {
        return parts.stream().mapToDouble(Part::points).sum();
    }
}
