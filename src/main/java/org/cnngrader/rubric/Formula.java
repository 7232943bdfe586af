package org.cnngrader.rubric;

import org.cnngrader.expr.Expression;

/**
 * An expression of the rubric with its source text and where that text stands in the file.
 */
public record Formula(Expression expression, String text, Location location) {

    @Override
    public String toString() {
        return text;
    }
}
