package org.cnngrader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.report.AtomicFiles;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.batch.Inputs;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.TemplateWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code template RUBRIC --format csv|xlsx -o FILE}: a blank answer sheet. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes a blank answer sheet for students, which cnn-grader reads back without loss.")
final class TemplateCommand implements Callable<Integer> {

    /** The formats of a template. */
    enum Format { csv, xlsx }

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "csv or xlsx.")
    private Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write it.")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Rubric rubric = Inputs.rubric(rubricFile);
        SheetSpec sheetSpec = SheetSpecs.of(rubric);
        if (format == Format.csv) {
            AtomicFiles.write(output, TemplateWriter.csv(sheetSpec));
        } else {
            AtomicFiles.write(output, stream -> TemplateWriter.xlsx(sheetSpec, rubric.title(), stream));
        }
        spec.commandLine().getOut().println("wrote " + output);
        return ExitCode.DONE.code();
    }
}
