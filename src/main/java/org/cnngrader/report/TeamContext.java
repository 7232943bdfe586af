package org.cnngrader.report;

import java.util.Map;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What a team report renders: the team's result, the rubric, and the display view of the two,
 * and its JSON document, each built once and shared by the formats and the cohort. Used by one thread.
 */
public final class TeamContext {

    private final TeamResult result;
    private final Rubric rubric;
    private Map<String, Object> display;
    private String json;

    public TeamContext(TeamResult result, Rubric rubric) {
        this.result = result;
        this.rubric = rubric;
    }

    public TeamResult result() {
        return result;
    }

    public Rubric rubric() {
        return rubric;
    }

    /** The {@link TeamDocument} with the expected values as indented JSON, written on first use. */
    String json() {
        if (json == null) {
            json = TeamDocument.json(result, true);
        }
        return json;
    }

    /** The view of {@link Display#team}, built on first use. */
    Map<String, Object> display() {
        if (display == null) {
            display = Display.team(result, rubric);
        }
        return display;
    }
}
