package org.cnngrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cnngrader.batch.InputException;
import org.cnngrader.batch.Inputs;
import org.cnngrader.expr.Calculator;
import org.cnngrader.expr.Values;
import org.cnngrader.report.Json;
import org.cnngrader.rubric.Givens;
import org.cnngrader.rubric.RubricException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code eval [EXPR…] [--file F] [--given RUBRIC] [--json]}: the engine as a calculator. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Evaluates expressions of the rubric language, one result per expression (per non-empty line of --file),"
                    + " in order. A failing expression prints its error in its place and the exit code is 2.",
            "Example: cnn-grader eval 'conv2d([[1,2],[3,4]], [[1,0],[0,1]])'"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "EXPR", description = "Expressions to evaluate.")
    private List<String> expressions = new ArrayList<>();

    @Option(names = "--file", paramLabel = "F", description = "A file with one expression per line; - for standard"
            + " input.")
    private Path file;

    @Option(names = "--given", paramLabel = "RUBRIC", description = "A rubric whose given values and part ids (their"
            + " reference values) the expressions may name.")
    private Path given;

    @Option(names = "--json", description = "Print each result as one JSON value per line (exact doubles);"
            + " a failure as {\"error\": \"…\"}.")
    private boolean json;

    private CommandLine.Model.CommandSpec spec;

    /**
     * Receives the command's model when picocli builds it, before any help is printed, and adds the
     * function library to the help: the signatures come from the library itself, so the list cannot
     * fall behind it.
     */
    @CommandLine.Spec
    void spec(CommandLine.Model.CommandSpec commandSpec) {
        this.spec = commandSpec;
        List<String> footer = new ArrayList<>();
        footer.add("");
        footer.add("Functions (docs/rubric-language.md has an example of each):");
        for (org.cnngrader.expr.FunctionLibrary.Function function : org.cnngrader.expr.FunctionLibrary.all()) {
            footer.add("  " + function.signature().replace("%", "%%"));
        }
        commandSpec.usageMessage().footer(footer.toArray(String[]::new));
    }

    /**
     * Expressions as UTF-8 text. A binary file named by mistake (the jar) said only Java's "Input length = 1"; it is
     * told so, and read no further.
     */
    private String text(byte[] content) throws InputException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException binary) {
            throw new InputException("--file " + file + ": not UTF-8 text (a binary file?); give a text file with one"
                    + " expression per line");
        }
    }

    @Override
    public Integer call() throws IOException {
        List<String> all = new ArrayList<>(expressions);
        if (file != null) {
            byte[] content;
            if (file.toString().equals("-")) {
                content = System.in.readAllBytes();
            } else if (Files.isDirectory(file)) {
                throw new InputException("--file " + file + ": a folder, not a file of expressions");
            } else if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--file " + file + ": no such file");
            } else {
                content = Files.readAllBytes(file);
            }
            for (String line : text(content).lines().toList()) {
                if (!line.isBlank()) {
                    all.add(line.strip());
                }
            }
        }
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one expression, or --file");
        }
        Map<String, org.cnngrader.expr.Value> names = given == null ? Map.of() : names(given);
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        for (Calculator.Result result : Calculator.evaluateAll(all, names)) {
            if (result instanceof Calculator.Result.Success success) {
                out.println(json ? Json.compact(Values.toPlain(success.value())) : Values.toLiteral(success.value()));
            } else {
                String message = ((Calculator.Result.Failure) result).message();
                out.println(json ? Json.compact(Map.of("error", message)) : "error: " + message);
                failed = true;
            }
        }
        out.flush();
        return failed ? ExitCode.USAGE_OR_RUBRIC_ERROR.code() : ExitCode.DONE.code();
    }

    /**
     * The names a rubric gives expressions: its given values, and its parts' reference values by part id, as its
     * answers use them. A rubric whose parts do not load still gives its given values; a note on standard error says
     * that its part ids are unknown here and why, since an expression naming one would otherwise fail as if the part
     * did not exist.
     */
    private Map<String, org.cnngrader.expr.Value> names(Path rubricFile) throws IOException {
        Map<String, org.cnngrader.expr.Value> names = new LinkedHashMap<>(Givens.load(rubricFile));
        try {
            names.putAll(Inputs.rubric(rubricFile).key().references());
        } catch (RubricException partsDoNotLoad) {
            List<RubricException.Problem> problems = partsDoNotLoad.problems().stream().sorted().toList();
            spec.commandLine().getErr().printf("note: %s: only its given values are known here, not its part ids:"
                    + " %s (run 'cnn-grader validate %s'%s)%n", rubricFile,
                    problems.isEmpty() ? partsDoNotLoad.getMessage() : problems.get(0),
                    rubricFile, problems.size() > 1 ? " for all " + problems.size() + " problems" : "");
        }
        return names;
    }
}
