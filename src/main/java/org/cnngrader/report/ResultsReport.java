package org.cnngrader.report;

import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.TeamResult;

/**
 * {@code results.json}: the rubric's title and points and every team's {@link TeamDocument}, for
 * machines.
 */
final class ResultsReport implements CohortReport {

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        List<TeamResult> results = cohort.results();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", cohort.rubric().title());
        document.put("max", Values.plainNumber(cohort.rubric().points()));
        document.put("teams", results.size());
        document.put("unreadable", results.stream().filter(result -> result.unreadable().isPresent()).count());
        // Each team's document is already written; nested two levels deep, its lines move right.
        document.put("results", cohort.teams().stream()
                .map(team -> new RawValue(team.document().replace("\n", "\n    "))).toList());
        Json.prettyRows(document, output);
    }
}
