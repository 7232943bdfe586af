package org.cnngrader.rubric;

/**
 * A place in a rubric file: 1-based line and column. Formats as {@code file:line:column}.
 */
public record Location(String file, int line, int column) {

    /** The same line, {@code offset} characters further to the right. */
    public Location shifted(int offset) {
        return new Location(file, line, column + offset);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
