package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A submission that cannot be read: corrupt, encrypted, empty, too large, or not what its name says. */
public final class UnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** A class name such as {@code IOException: } that a library puts before its message. */
    private static final Pattern CLASS_PREFIX = Pattern.compile(
            "^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:\\s*");

    /**
     * What a library's exception says about {@code file}, as a TA reads it in a reason: its first line, without the
     * class names it starts with, the file named by its name alone (a reason does not depend on where the cohort
     * lies, and says nothing of the grading machine's folders).
     */
    static String plain(Throwable problem, Path file) {
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName()
                : problem.getMessage().lines().findFirst().orElse("").replaceAll("\\s+", " ").strip();
        for (Matcher prefix = CLASS_PREFIX.matcher(message); prefix.lookingAt();
                prefix = CLASS_PREFIX.matcher(message)) {
            message = message.substring(prefix.end());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        for (Path path : List.of(file.toAbsolutePath().normalize(), file)) {
            if (!path.toString().isEmpty() && !path.toString().equals(name)) {
                message = message.replace(path.toString(), name);
            }
        }
        return message.isEmpty() ? problem.getClass().getSimpleName() : message;
    }
}
