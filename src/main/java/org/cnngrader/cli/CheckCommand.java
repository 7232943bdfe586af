package org.cnngrader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.Submissions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check RUBRIC SHEET [--json]}: what was read from one answer sheet. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "A student's self-check: shows what was read from one answer sheet, part by part, and where.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric (YAML).")
    private Path rubricFile;

    @Parameters(index = "1", paramLabel = "SHEET", description = "The answer sheet: CSV, XLSX, PDF, text, or a team"
            + " folder.")
    private Path sheetPath;

    @Option(names = "--json", description = "Print the team's report in the report.json schema.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Rubric rubric = RubricLoader.load(rubricFile);
        SheetSpec sheetSpec = SheetSpecs.of(rubric);
        List<AnswerSheet> sheets = Submissions.read(Submissions.find(List.of(sheetPath)), sheetSpec);
        for (AnswerSheet sheet : sheets) {
            Map<String, Object> plain = new LinkedHashMap<>();
            plain.put("team", sheet.team());
            plain.put("source", sheet.source());
            plain.put("status", sheet.readable() ? "ok" : "unreadable");
            sheet.reason().ifPresent(reason -> plain.put("reason", reason));
            plain.put("members", sheet.members());
            plain.put("notes", sheet.notes());
            List<Object> parts = new ArrayList<>();
            sheet.answers().values().forEach(answer -> {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("id", answer.partId());
                part.put("given", answer.value().map(value -> org.cnngrader.expr.Values.toPlain(
                        org.cnngrader.grading.SheetValues.toValue(value))).orElse(null));
                part.put("written", answer.written());
                part.put("found_by", answer.foundBy().spelling());
                part.put("where", answer.where().describe());
                part.put("notes", answer.notes());
                answer.problem().ifPresent(problem -> part.put("problem", problem));
                parts.add(part);
            });
            plain.put("parts", parts);
            spec.commandLine().getOut().println(Json.pretty(plain));
        }
        return ExitCode.DONE.code();
    }
}
