package org.cnngrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cnngrader.batch.Inputs;
import org.cnngrader.engine.Rounding;
import org.cnngrader.grading.RubricWarnings;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate RUBRIC}: every problem of a rubric at once, with file, line and column; a folder's every rubric. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a rubric, or every rubric (.yaml, .yml) in a folder: lists every problem with"
                + " file:line:column and exits 2, or summarises each.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML), or a folder of rubrics.")
    private Path rubricFile;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(rubricFile)) {
            report(Inputs.rubric(rubricFile), rubricFile);
            return ExitCode.DONE.code();
        }
        List<Path> rubrics;
        try (Stream<Path> listing = Files.list(rubricFile)) {
            rubrics = listing.filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(file) && !name.startsWith(".")
                        && (name.endsWith(".yaml") || name.endsWith(".yml"));
            }).sorted().toList();
        }
        if (rubrics.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), rubricFile + ": no rubric (.yaml) in it");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean invalid = false;
        for (Path rubric : rubrics) {
            try {
                report(Inputs.rubric(rubric), rubric);
            } catch (RubricException problems) {
                err.println(problems.getMessage());
                err.flush();
                invalid = true;
            }
        }
        return invalid ? ExitCode.USAGE_OR_RUBRIC_ERROR.code() : ExitCode.DONE.code();
    }

    private void report(Rubric rubric, Path file) {
        long answers = rubric.parts().stream().filter(part -> part.hasReference()).count();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: valid. \"%s\": %d questions, %d parts (%d"
                + " computed by the engine), %s points.", file, rubric.title(), rubric.questions().size(),
                rubric.parts().size(), answers, Rounding.plain(rubric.points())));
        spec.commandLine().getOut().flush();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : RubricWarnings.of(rubric)) {
            err.println(file + ": warning: " + warning);
        }
        err.flush();
    }
}
