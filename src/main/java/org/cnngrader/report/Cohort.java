package org.cnngrader.report;

import java.util.List;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What the cohort reports render: the rubric, the roster (each student's team resolved to a graded team's
 * identity by the run), every team in team order, each with its result, its folder, and its {@code report.json}
 * document as written (with the team's reports, in parallel, so that {@code results.json} only joins them), the
 * manual scores that apply (by team identity), and the run's findings about its inputs.
 */
public record Cohort(Rubric rubric, Roster roster, List<Team> teams, ManualScores manual, List<Finding> findings) {

    /**
     * One graded team: its result, its folder under {@code teams/}, and its {@code report.json}
     * document in UTF-8 (bytes, not text: a thousand of them are held until the cohort files are written).
     */
    public record Team(TeamResult result, String folder, byte[] document) {
    }

    public Cohort {
        teams = List.copyOf(teams);
        findings = List.copyOf(findings);
    }

    /** A cohort without manual scores or findings. */
    public Cohort(Rubric rubric, Roster roster, List<Team> teams) {
        this(rubric, roster, teams, ManualScores.none(), List.of());
    }

    /** The results, in team order. */
    public List<TeamResult> results() {
        return teams.stream().map(Team::result).toList();
    }
}
