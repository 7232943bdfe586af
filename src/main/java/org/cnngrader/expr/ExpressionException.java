package org.cnngrader.expr;

/**
 * An expression that cannot be parsed or evaluated. The message starts with the 1-based column
 * of the offending token: {@code column 14: unknown function 'conv3d'}.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    public ExpressionException(int column, String reason) {
        super("column " + column + ": " + reason);
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based column in the expression's text. */
    public int column() {
        return column;
    }

    /** The message without the column. */
    public String reason() {
        return reason;
    }
}
