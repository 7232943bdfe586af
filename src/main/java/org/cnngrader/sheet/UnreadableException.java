package org.cnngrader.sheet;

/** A submission that cannot be read: corrupt, encrypted, empty, too large, or not what its name says. */
public final class UnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
