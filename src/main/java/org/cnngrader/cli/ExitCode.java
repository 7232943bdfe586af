package org.cnngrader.cli;

/**
 * The exit codes of {@code cnn-grader}, part of its contract with scripts (DESIGN.md §7).
 */
public enum ExitCode {
    /** Everything asked for was done. */
    DONE(0),
    /** A bug in cnn-grader: the message says what broke. */
    INTERNAL_ERROR(1),
    /** The command line, the rubric or an expression is wrong; nothing was graded. */
    USAGE_OR_RUBRIC_ERROR(2),
    /** Graded, but some submissions were unreadable and are marked so. */
    SOME_UNREADABLE(3),
    /**
     * {@code check --require-full}: the sheet was read, but an automatically graded part did not earn its full points;
     * a CI job (GitHub Classroom) fails on it without parsing the report.
     */
    NOT_FULL_MARKS(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
