package org.cnngrader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cnngrader.batch.InputException;
import org.cnngrader.batch.Inputs;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.report.AtomicFiles;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code template RUBRIC [--format csv|xlsx] -o FILE}: a blank answer sheet, its format from FILE's extension. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes a blank answer sheet for students, which cnn-grader reads back without loss.")
final class TemplateCommand implements Callable<Integer> {

    /** The formats of a template. */
    enum Format { csv, xlsx }

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @Option(names = "--format", paramLabel = "csv|xlsx", description = "csv or xlsx (default: from FILE's"
            + " extension).")
    private Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write it: a"
            + " new file, or a blank template written before (never the rubric or a filled-in sheet).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Rubric rubric = Inputs.rubric(rubricFile);
        TemplateTarget.check(output, rubricFile);
        Format named = fromExtension(output).orElse(null);
        if (format != null && named != null && named != format) {
            // An XLSX workbook in b.csv opens as garbage in a text editor and is read as a CSV by nobody.
            throw new InputException(output + ": --format " + format + " writes " + describe(format) + ", but the name"
                    + " says " + describe(named) + "; name it ." + format + ", or leave --format out");
        }
        if (format == null && named == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), output + ": give --format csv or xlsx, or a"
                    + " file name ending in .csv or .xlsx");
        }
        Format chosen = format != null ? format : named;
        SheetSpec sheetSpec = SheetSpecs.of(rubric);
        if (chosen == Format.csv) {
            AtomicFiles.write(output, TemplateWriter.csv(sheetSpec));
        } else {
            AtomicFiles.write(output, stream -> TemplateWriter.xlsx(sheetSpec, rubric.title(), stream));
        }
        spec.commandLine().getOut().println("wrote " + output);
        return ExitCode.DONE.code();
    }

    /** The format a file name asks for ({@code answers.xlsx}), if it names one. */
    private static Optional<Format> fromExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format candidate : Format.values()) {
            if (name.endsWith("." + candidate.name())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String describe(Format format) {
        return format == Format.csv ? "a CSV file" : "an XLSX workbook";
    }
}
