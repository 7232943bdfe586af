package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/** {@code results.json}: the rubric's title and points and every team's {@link TeamDocument}, for machines. */
final class ResultsReport implements CohortReport {

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public void write(List<TeamResult> results, Rubric rubric, Roster roster, OutputStream output) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", rubric.title());
        document.put("max", Values.plainNumber(rubric.points()));
        document.put("teams", results.size());
        document.put("unreadable", results.stream().filter(result -> result.unreadable().isPresent()).count());
        List<Object> teams = new ArrayList<>();
        results.forEach(result -> teams.add(TeamDocument.plain(result, true)));
        document.put("results", teams);
        output.write((Json.pretty(document) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
