package org.cnngrader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnngrader.batch.Inputs;
import org.cnngrader.report.Json;
import org.cnngrader.rubric.KeyDocument;
import org.cnngrader.rubric.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code key RUBRIC [--format md|json]}: the answer key the engine computes for a rubric. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Prints the answer key: every part's reference, rounded as the rubric says (md), or exact (json).")
final class KeyCommand implements Callable<Integer> {

    /** The formats of the key. */
    enum Format { md, json }

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "md for people (default), json for machines.")
    private Format format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Rubric rubric = Inputs.rubric(rubricFile);
        spec.commandLine().getOut().print(format == Format.json
                ? Json.pretty(KeyDocument.plain(rubric)) + "\n" : KeyDocument.markdown(rubric));
        spec.commandLine().getOut().flush();
        return ExitCode.DONE.code();
    }
}
