package org.cnngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Teams that gave the same wrong answers to the same parts, for the summary: a hint for a TA to look at, never a
 * verdict (a common slip made twice is no copy). Two teams go together when their sets of wrong answers (part and
 * value written, for parts graded incorrect or partly right) are equal and hold at least {@value #AT_LEAST} answers;
 * one shared wrong answer is too common to point out.
 */
final class Similarity {

    /** The fewest wrong answers two teams must share to be listed. */
    static final int AT_LEAST = 2;

    /** A readable team: its label, the link to its report, and its parts as its {@code report.json} gives them. */
    record Team(Cohort.Team team, String link, Map<String, JsonNode> parts) {
    }

    private Similarity() {
    }

    /** The groups of teams with the same wrong answers, largest first, each team in cohort order. */
    static List<Display.Similar> of(List<Team> teams) {
        Map<String, List<Team>> groups = new LinkedHashMap<>();
        Map<String, List<String>> shared = new LinkedHashMap<>();
        for (Team team : teams) {
            // Sorted by part id, so that the same answers give the same key in any order.
            TreeMap<String, String> wrong = new TreeMap<>();
            for (JsonNode part : team.parts().values()) {
                String verdict = part.path("verdict").asText("");
                JsonNode given = part.path("given");
                if ((verdict.equals("incorrect") || verdict.equals("partial")) && !given.isMissingNode()
                        && !given.isNull()) {
                    wrong.put(part.path("id").asText(), given.toString());
                }
            }
            if (wrong.size() < AT_LEAST) {
                continue;
            }
            String key = wrong.toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(team);
            shared.putIfAbsent(key, List.copyOf(wrong.keySet()));
        }
        List<Display.Similar> similar = new ArrayList<>();
        for (Map.Entry<String, List<Team>> group : groups.entrySet()) {
            if (group.getValue().size() > 1) {
                similar.add(new Display.Similar(group.getValue().stream().map(team -> new Display.TeamLink(
                        team.team().result().label(), team.link())).toList(), shared.get(group.getKey())));
            }
        }
        similar.sort(Comparator.comparingInt((Display.Similar group) -> group.teams().size()).reversed()
                .thenComparing(group -> group.parts().size(), Comparator.reverseOrder()));
        return similar;
    }
}
