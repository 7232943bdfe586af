package org.cnngrader.report;

import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
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
        // Each team's document is already written; nested two levels deep, its lines move right. The
        // indented texts are made one at a time, as the writer asks for them, and dropped after.
        List<Cohort.Team> teams = cohort.teams();
        document.put("results", new AbstractList<RawValue>() {
            @Override
            public RawValue get(int index) {
                return new RawValue(new String(teams.get(index).document(), StandardCharsets.UTF_8)
                        .replace("\n", "\n    "));
            }

            @Override
            public int size() {
                return teams.size();
            }
        });
        Json.prettyRows(document, output);
    }
}
