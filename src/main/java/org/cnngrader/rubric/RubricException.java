package org.cnngrader.rubric;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric that cannot be used, with every problem found and where it is. The message lists them
 * one per line as {@code file:line:column: sentence}.
 */
public final class RubricException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem at one place. */
    public record Problem(Location location, String message) implements Comparable<Problem> {
        @Override
        public String toString() {
            return location + ": " + message;
        }

        @Override
        public int compareTo(Problem other) {
            int byLine = Integer.compare(location.line(), other.location.line());
            return byLine != 0 ? byLine : Integer.compare(location.column(), other.location.column());
        }
    }

    private final transient List<Problem> problems;

    public RubricException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public RubricException(Location location, String message) {
        this(List.of(new Problem(location, message)));
    }

    /** The problems, in the order they stand in the file. */
    public List<Problem> problems() {
        return problems;
    }
}
