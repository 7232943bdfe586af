package org.cnngrader.report;

import java.nio.file.Path;
import java.util.List;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What the cohort reports render: the rubric, the roster, and every team in team order, each with
 * its result, its folder, and its {@code report.json} as written (with the team's reports, in
 * parallel, so that {@code results.json} only joins them).
 */
public record Cohort(Rubric rubric, Roster roster, List<Team> teams) {

    /**
     * One graded team: its result, its folder under {@code teams/}, and its {@code report.json} file. The file,
     * not its bytes: a thousand documents held until the cohort files are written are copied again and again by
     * the garbage collector, and reading them back costs less.
     */
    public record Team(TeamResult result, String folder, Path document) {
    }

    public Cohort {
        teams = List.copyOf(teams);
    }

    /** The results, in team order. */
    public List<TeamResult> results() {
        return teams.stream().map(Team::result).toList();
    }
}
