package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.TeamResult;

/**
 * {@code results.json}: the rubric's title, fingerprint and points, the folder of every team under {@code teams/} (by its
 * identity), where each was handed in (the real path of its file or folder), and every team's {@link TeamDocument},
 * for machines. It is also what a later run into the same output
 * folder merges with: the teams it does not grade again are kept from here, in their folders.
 */
final class ResultsReport implements CohortReport {

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        List<TeamResult> results = cohort.results();
        Json.prettyRows(json -> {
            json.writeStartObject();
            json.writeStringField("title", cohort.rubric().title());
            json.writeStringField("rubric", cohort.rubric().fingerprint());
            json.writeObjectField("max", Values.plainNumber(cohort.rubric().points()));
            json.writeNumberField("teams", results.size());
            json.writeNumberField("unreadable", results.stream().filter(result -> result.unreadable().isPresent()).count());
            json.writeObjectFieldStart("folders");
            for (Cohort.Team team : cohort.teams()) {
                json.writeStringField(team.result().team(), team.folder());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("handed_in");
            for (Cohort.Team team : cohort.teams()) {
                if (team.handedIn().isPresent()) {
                    json.writeStringField(team.result().team(), team.handedIn().get());
                }
            }
            json.writeEndObject();
            // Each team's document is already written: its bytes are copied, not written again.
            json.writeArrayFieldStart("results");
            for (Cohort.Team team : cohort.teams()) {
                Json.writeWritten(json, team.document());
            }
            json.writeEndArray();
            json.writeEndObject();
        }, output);
    }
}
