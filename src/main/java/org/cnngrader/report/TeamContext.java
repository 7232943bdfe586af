package org.cnngrader.report;

import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What a team report renders: the team's result, the rubric, and the display view of the two,
 * and its JSON document, each built once and shared by the formats and the cohort. Used by one thread.
 */
public final class TeamContext {

    private final TeamResult result;
    private final Rubric rubric;
    private Display.Team display;
    private byte[] document;

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

    /** The {@link TeamDocument} with the expected values as indented JSON in UTF-8, written on first use. */
    public byte[] document() {
        if (document == null) {
            document = TeamDocument.utf8(result, true);
        }
        return document;
    }

    /** The view of {@link Display#team}, built on first use. */
    Display.Team display() {
        if (display == null) {
            display = Display.team(result, rubric);
        }
        return display;
    }
}
