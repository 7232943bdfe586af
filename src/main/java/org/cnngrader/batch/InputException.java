package org.cnngrader.batch;

import java.io.IOException;

/**
 * A mistake in what the user named: a missing file, an output path that is a file, a rubric where a sheet goes, a
 * cohort without submissions, a malformed roster. Its message is one line that says what to do; the command line
 * shows it without a stack trace and exits 2. Anything else that goes wrong is a bug.
 */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
