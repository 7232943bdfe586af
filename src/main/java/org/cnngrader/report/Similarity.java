package org.cnngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Teams that gave the same wrong answers to the same parts, for the summary: a hint for a TA to look at, never a
 * verdict (a common slip made twice is no copy). Two teams go together when they share at least {@value #AT_LEAST}
 * wrong answers (the same value written for the same part, graded incorrect or partly right): one shared wrong
 * answer is too common to point out, and a team that corrected one answer of a copied sheet still shares the rest.
 * Pairs sharing the same answers form one group.
 */
final class Similarity {

    /** The fewest wrong answers two teams must share to be listed. */
    static final int AT_LEAST = 2;

    /** A readable team: its label, the link to its report, and its parts as its {@code report.json} gives them. */
    record Team(Cohort.Team team, String link, Map<String, JsonNode> parts) {
    }

    private Similarity() {
    }

    /** The groups of teams sharing wrong answers, largest first, each team in cohort order. */
    static List<Display.Similar> of(List<Team> teams) {
        // Each team's wrong answers as "part value" keys, and who gave each.
        List<Set<String>> wrong = new ArrayList<>();
        Map<String, List<Integer>> givenBy = new HashMap<>();
        for (int index = 0; index < teams.size(); index++) {
            Set<String> answers = new TreeSet<>();
            for (JsonNode part : teams.get(index).parts().values()) {
                String verdict = part.path("verdict").asText("");
                JsonNode given = part.path("given");
                if ((verdict.equals("incorrect") || verdict.equals("partial")) && !given.isMissingNode()
                        && !given.isNull()) {
                    answers.add(part.path("id").asText() + "\u0000" + given);
                }
            }
            wrong.add(answers);
            for (String answer : answers) {
                givenBy.computeIfAbsent(answer, key -> new ArrayList<>()).add(index);
            }
        }
        // The shared answers of every pair that shares enough, grouped by what they share.
        Map<Set<String>, TreeSet<Integer>> groups = new LinkedHashMap<>();
        for (int first = 0; first < teams.size(); first++) {
            Map<Integer, Set<String>> shared = new TreeMap<>();
            for (String answer : wrong.get(first)) {
                for (int other : givenBy.get(answer)) {
                    if (other > first) {
                        shared.computeIfAbsent(other, key -> new TreeSet<>()).add(answer);
                    }
                }
            }
            for (Map.Entry<Integer, Set<String>> pair : shared.entrySet()) {
                if (pair.getValue().size() >= AT_LEAST) {
                    TreeSet<Integer> members = groups.computeIfAbsent(pair.getValue(), key -> new TreeSet<>());
                    members.add(first);
                    members.add(pair.getKey());
                }
            }
        }
        List<Display.Similar> similar = new ArrayList<>();
        for (Map.Entry<Set<String>, TreeSet<Integer>> group : groups.entrySet()) {
            List<String> parts = group.getKey().stream().map(answer -> answer.substring(0, answer.indexOf('\u0000')))
                    .sorted().toList();
            similar.add(new Display.Similar(group.getValue().stream().map(index -> new Display.TeamLink(
                    teams.get(index).team().result().label(), teams.get(index).link())).toList(), parts));
        }
        similar.sort(Comparator.comparingInt((Display.Similar group) -> group.teams().size()).reversed()
                .thenComparing(group -> group.parts().size(), Comparator.reverseOrder()));
        return similar;
    }
}
