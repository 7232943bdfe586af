package org.cnngrader.report;

import java.util.Map;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What a team report renders: the team's result, the rubric, and the display view of the two,
 * built once and shared by the formats that show it (HTML, Markdown, PDF). Used by one thread.
 */
public final class TeamContext {

    private final TeamResult result;
    private final Rubric rubric;
    private Map<String, Object> display;

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

    /** The view of {@link Display#team}, built on first use. */
    Map<String, Object> display() {
        if (display == null) {
            display = Display.team(result, rubric);
        }
        return display;
    }
}
