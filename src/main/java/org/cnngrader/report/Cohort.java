package org.cnngrader.report;

import java.util.List;
import java.util.Optional;
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
     * One graded team: its result, its folder under {@code teams/}, its {@code report.json} document in UTF-8 (bytes,
     * not text: a thousand of them are held until the cohort files are written), and the place it was handed in (the
     * real path of its file or folder; a sheet of several teams, for each of its rows), by which a later run knows the
     * same submission; unknown for a team kept from a run that did not record it.
     */
    public record Team(TeamResult result, String folder, byte[] document, Optional<String> handedIn) {

        /** A team whose place is not recorded. */
        public Team(TeamResult result, String folder, byte[] document) {
            this(result, folder, document, Optional.empty());
        }
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
