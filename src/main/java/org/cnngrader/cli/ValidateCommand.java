package org.cnngrader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnngrader.engine.Rounding;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate RUBRIC}: every problem of a rubric at once, with file, line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a rubric: lists every problem with file:line:column and exits 2, or summarises it.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rubric rubric = RubricLoader.load(rubricFile);
        long answers = rubric.parts().stream().filter(part -> part.hasReference()).count();
        spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT, "%s: valid. \"%s\": %d questions, %d parts (%d computed by the engine),"
                + " %s points.", rubricFile, rubric.title(), rubric.questions().size(), rubric.parts().size(),
                answers, Rounding.plain(rubric.points())));
        spec.commandLine().getOut().flush();
        return ExitCode.DONE.code();
    }
}
