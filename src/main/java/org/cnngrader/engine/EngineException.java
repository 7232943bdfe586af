package org.cnngrader.engine;

/**
 * A request the engine cannot carry out: shapes that do not fit, an argument out of range.
 * The message is one plain sentence for a person and names every shape involved.
 */
public final class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }
}
