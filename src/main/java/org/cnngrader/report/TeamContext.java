package org.cnngrader.report;

import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What a team report renders: the team's result, the rubric, and the display view of the two, built
 * once and shared by the formats. Used by one thread.
 */
public final class TeamContext {

    private final TeamResult result;
    private final Rubric rubric;
    private Display.Team display;

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
    Display.Team display() {
        if (display == null) {
            display = Display.team(result, rubric);
        }
        return display;
    }
}
