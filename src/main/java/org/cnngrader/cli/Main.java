package org.cnngrader.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Optional;
import org.cnngrader.batch.InputException;
import org.cnngrader.rubric.RubricException;
import picocli.CommandLine;

/**
 * The command line. The only class that ends the JVM; tests call {@link #mainWithoutExit} or
 * {@link #run}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args));
    }

    /** Runs the command on the process's standard streams and returns the exit code. */
    public static int mainWithoutExit(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs the command with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CnnGraderCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(problem ->
                problem instanceof RubricException || problem instanceof CommandLine.ParameterException
                        || problem instanceof InputException || environmentFault(problem).isPresent()
                        ? ExitCode.USAGE_OR_RUBRIC_ERROR.code() : ExitCode.INTERNAL_ERROR.code());
        // A mistake in the arguments is one line, as any user's mistake: the usage is a --help away.
        commandLine.setParameterExceptionHandler((usage, arguments) -> usageMistake(usage));
        commandLine.setExecutionExceptionHandler((problem, line, parseResult) -> {
            if (problem instanceof CommandLine.ParameterException usage) {
                return usageMistake(usage);
            }
            if (problem instanceof InputException mistake) {
                // A user's mistake: one line that says what to do, never a stack trace.
                line.getErr().println(mistake.getMessage().lines().findFirst().orElse("unusable input"));
                line.getErr().flush();
                return ExitCode.USAGE_OR_RUBRIC_ERROR.code();
            }
            if (problem instanceof RubricException rubricProblem) {
                line.getErr().println(rubricProblem.getMessage());
                line.getErr().flush();
                return ExitCode.USAGE_OR_RUBRIC_ERROR.code();
            }
            Optional<IOException> environment = environmentFault(problem);
            if (environment.isPresent()) {
                // A read-only or full output, a file gone: the machine's state, not a bug; one line, no stack trace.
                line.getErr().println(describe(environment.get()));
                line.getErr().flush();
                return ExitCode.USAGE_OR_RUBRIC_ERROR.code();
            }
            line.getErr().println("internal error (please report it): " + problem);
            for (StackTraceElement frame : problem.getStackTrace()) {
                line.getErr().println("    at " + frame);
            }
            line.getErr().flush();
            return ExitCode.INTERNAL_ERROR.code();
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Says a mistake in the arguments in one line, with where to find the usage. */
    private static int usageMistake(CommandLine.ParameterException usage) {
        PrintWriter err = usage.getCommandLine().getErr();
        String message = usage.getMessage() == null ? "invalid arguments" : usage.getMessage().lines()
                .map(String::strip).filter(line -> !line.isEmpty()).reduce((first, next) -> first + " " + next)
                .orElse("invalid arguments");
        List<String> suggestions = usage instanceof CommandLine.UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions() : List.of();
        err.println(message + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions)
                + "?") + " (see '" + usage.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE_OR_RUBRIC_ERROR.code();
    }

    /** The file system's refusal behind a failure (permission denied, no space left, a file gone), if that is it. */
    private static Optional<IOException> environmentFault(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** One line for an environment fault: the file and what the system said. */
    private static String describe(IOException fault) {
        if (fault instanceof FileSystemException system) {
            // Java names some refusals only by their class: each is said in words, never as a class name.
            String reason = system.getReason() != null ? system.getReason()
                    : system instanceof AccessDeniedException ? "permission denied"
                    : system instanceof NoSuchFileException ? "no such file or folder"
                    : system instanceof FileAlreadyExistsException ? "already exists"
                    : system instanceof NotDirectoryException ? "not a folder"
                    : system instanceof DirectoryNotEmptyException ? "a folder that is not empty"
                    : system instanceof FileSystemLoopException ? "links that lead in a circle"
                    : "the file system refused it";
            return system.getFile() + ": " + reason;
        }
        return fault.getMessage() == null ? fault.getClass().getSimpleName() : fault.getMessage().lines().findFirst()
                .orElse(fault.getClass().getSimpleName());
    }
}
