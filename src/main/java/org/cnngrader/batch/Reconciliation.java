package org.cnngrader.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.report.Display;
import org.cnngrader.report.Finding;
import org.cnngrader.report.Roster;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;

/**
 * Matches what the TA handed in beside the submissions with the teams graded: every manual score with a team
 * (by identity) and a part scored by hand, every roster team with one submission (by identity, else by the name
 * on its sheet), and the names submissions give with each other. What does not match is a {@link Finding}, never
 * dropped silently; the roster comes out with each student's team resolved to a graded team's identity.
 */
final class Reconciliation {

    private Reconciliation() {
    }

    /** The roster the exports use, and every finding, in a fixed order. */
    record Outcome(Roster roster, List<Finding> findings) {
        Outcome {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Each student the roster lists more than once (by student id, else by email): in two teams, the LMS files give
     * the student two grades and the LMS keeps one of them; twice in one team, a row too many.
     */
    private static List<Finding> studentsListedTwice(Roster roster) {
        Map<String, List<Roster.Student>> byStudent = new LinkedHashMap<>();
        for (Roster.Student student : roster.students()) {
            String id = !student.id().isBlank() ? "id:" + student.id().strip()
                    : "email:" + student.email().strip().toLowerCase(Locale.ROOT);
            if (!id.equals("email:")) {
                byStudent.computeIfAbsent(id, ignored -> new ArrayList<>()).add(student);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Roster.Student> rows : byStudent.values()) {
            if (rows.size() > 1) {
                Roster.Student first = rows.get(0);
                Map<String, String> teams = new LinkedHashMap<>();
                rows.forEach(row -> teams.putIfAbsent(Discovery.key(row.team()), row.team().strip()));
                findings.add(new Finding.StudentListedTwice(first.id().isBlank() ? first.email() : first.id(),
                        List.copyOf(teams.values()), rows.size()));
            }
        }
        return findings;
    }

    static Outcome of(Rubric rubric, List<TeamResult> teams, String manualFile, ManualScores manual,
            Optional<Roster> roster) {
        List<Finding> findings = new ArrayList<>(sharedNames(teams));
        Map<String, TeamResult> byIdentity = new LinkedHashMap<>();
        teams.forEach(team -> byIdentity.put(Discovery.key(team.team()), team));
        for (ManualScores.Row row : manual.rows()) {
            TeamResult team = byIdentity.get(Discovery.key(row.team()));
            Optional<Part> part = rubric.part(row.part()).filter(found -> found.kind() instanceof PartKind.Manual);
            if (team == null) {
                findings.add(new Finding.ManualScoreForUnknownTeam(manualFile, row.line(), row.team()));
            } else if (part.isEmpty()) {
                findings.add(new Finding.ManualScoreForUnknownPart(manualFile, row.line(), team.team(), row.part()));
            } else if (row.score().points() > part.get().points()) {
                findings.add(new Finding.ManualScoreOverMaximum(manualFile, row.line(), team.team(), row.part(),
                        Display.points(row.score().points()), Display.points(part.get().points())));
            }
        }
        if (roster.isEmpty()) {
            return new Outcome(Roster.none(), findings);
        }
        findings.addAll(studentsListedTwice(roster.get()));
        // Roster teams in the roster's order of first appearance, compared as identities are.
        Map<String, List<Roster.Student>> rosterTeams = new LinkedHashMap<>();
        for (Roster.Student student : roster.get().students()) {
            rosterTeams.computeIfAbsent(Discovery.key(student.team()), ignored -> new ArrayList<>()).add(student);
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, List<Roster.Student>> rosterTeam : rosterTeams.entrySet()) {
            String written = rosterTeam.getValue().get(0).team().strip();
            List<String> matches = matches(rosterTeam.getKey(), teams);
            if (matches.isEmpty()) {
                findings.add(new Finding.RosterTeamWithoutSubmission(written, rosterTeam.getValue().size()));
            } else if (matches.size() > 1) {
                findings.add(new Finding.RosterTeamOfSeveralSubmissions(written, matches));
            } else {
                resolved.put(rosterTeam.getKey(), matches.get(0));
            }
        }
        for (TeamResult team : teams) {
            if (!resolved.containsValue(team.team())) {
                findings.add(new Finding.TeamWithoutRosterRows(team.team()));
            }
        }
        return new Outcome(roster.get().resolved(student -> Optional.ofNullable(resolved.get(
                Discovery.key(student.team())))), findings);
    }

    /** The graded teams a roster team names: the one of that identity, else those whose sheets give that name. */
    private static List<String> matches(String rosterTeam, List<TeamResult> teams) {
        for (TeamResult team : teams) {
            if (Discovery.key(team.team()).equals(rosterTeam)) {
                return List.of(team.team());
            }
        }
        return teams.stream().filter(team -> Discovery.key(team.name()).equals(rosterTeam)).map(TeamResult::team)
                .toList();
    }

    /**
     * Names that two or more submissions resolve to (ignoring case): a name a sheet gives that another team gives
     * too, or that is another team's identity.
     */
    private static List<Finding> sharedNames(List<TeamResult> teams) {
        Map<String, List<String>> byName = new TreeMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (TeamResult team : teams) {
            for (String name : team.name().equalsIgnoreCase(team.team()) ? List.of(team.team())
                    : List.of(team.team(), team.name())) {
                String key = Discovery.key(name);
                written.putIfAbsent(key, name.strip());
                byName.computeIfAbsent(key, ignored -> new ArrayList<>()).add(team.team());
            }
        }
        List<Finding> findings = new ArrayList<>();
        byName.forEach((key, identities) -> {
            if (identities.size() > 1) {
                findings.add(new Finding.SharedName(written.get(key), identities));
            }
        });
        return findings;
    }
}
