package org.cnngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Teams that gave the same wrong answers to the same parts, for the summary: a hint for a TA to look at, never a
 * verdict. Two teams go together when they share at least {@value #AT_LEAST} unusual wrong answers: the same
 * value written for the same part, graded incorrect or partly right, and explained by no diagnosis (a named slip is
 * made by many teams on their own). One shared wrong answer is too common to point out; a team that corrected one
 * answer of a copied sheet still shares the rest. Pairs sharing the same answers form one group.
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
        // Answers become numbers, in order of first appearance, and a set of them a text of those numbers in
        // ascending order: sets are compared by that short text, never by the values (a matrix of 256 numbers).
        Map<String, Integer> numbers = new HashMap<>();
        List<String> answers = new ArrayList<>();
        // Teams with the same wrong answers are one entry: 250 copies of a sheet are one comparison, not 31,000.
        Map<String, List<Integer>> alike = new LinkedHashMap<>();
        Map<String, int[]> members = new HashMap<>();
        for (int index = 0; index < teams.size(); index++) {
            Set<String> wrong = unusualWrongAnswers(teams.get(index));
            if (wrong.size() < AT_LEAST) {
                continue;
            }
            int[] set = wrong.stream().mapToInt(answer -> numbers.computeIfAbsent(answer, key -> {
                answers.add(key);
                return answers.size() - 1;
            })).sorted().toArray();
            String key = Arrays.toString(set);
            alike.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
            members.putIfAbsent(key, set);
        }
        List<String> sets = new ArrayList<>(alike.keySet());
        Map<Integer, List<Integer>> givenBy = new HashMap<>();
        for (int set = 0; set < sets.size(); set++) {
            for (int answer : members.get(sets.get(set))) {
                givenBy.computeIfAbsent(answer, key -> new ArrayList<>()).add(set);
            }
        }
        // A group's members by the index of their set of answers: one bit per pair, expanded to teams at the end.
        Map<String, BitSet> groups = new LinkedHashMap<>();
        Map<String, List<Integer>> groupAnswers = new HashMap<>();
        for (int first = 0; first < sets.size(); first++) {
            List<Integer> same = alike.get(sets.get(first));
            int[] own = members.get(sets.get(first));
            if (same.size() > 1) {
                groups.computeIfAbsent(sets.get(first), key -> new BitSet()).set(first);
                groupAnswers.putIfAbsent(sets.get(first), Arrays.stream(own).boxed().toList());
            }
            // What each later set shares with this one, in ascending answer order.
            Map<Integer, List<Integer>> shared = new HashMap<>();
            for (int answer : own) {
                for (int other : givenBy.get(answer)) {
                    if (other > first) {
                        shared.computeIfAbsent(other, key -> new ArrayList<>()).add(answer);
                    }
                }
            }
            for (Map.Entry<Integer, List<Integer>> pair : shared.entrySet()) {
                if (pair.getValue().size() >= AT_LEAST) {
                    String key = pair.getValue().toString();
                    BitSet group = groups.computeIfAbsent(key, k -> new BitSet());
                    group.set(first);
                    group.set(pair.getKey());
                    groupAnswers.putIfAbsent(key, pair.getValue());
                }
            }
        }
        List<Display.Similar> similar = new ArrayList<>();
        for (Map.Entry<String, BitSet> group : groups.entrySet()) {
            List<String> parts = groupAnswers.get(group.getKey()).stream().map(answers::get)
                    .map(answer -> answer.substring(0, answer.indexOf('\u0000'))).sorted().toList();
            TreeSet<Integer> indices = new TreeSet<>();
            group.getValue().stream().forEach(set -> indices.addAll(alike.get(sets.get(set))));
            similar.add(new Display.Similar(indices.stream().map(index -> new Display.TeamLink(
                    teams.get(index).team().result().label(), teams.get(index).link())).toList(), parts));
        }
        similar.sort(Comparator.comparingInt((Display.Similar group) -> group.teams().size()).reversed()
                .thenComparing(group -> group.parts().size(), Comparator.reverseOrder()));
        return similar;
    }

    /**
     * A team's wrong answers that no diagnosis explains, as "part, value" keys: a slip the grader names (the padding
     * left out) is made by many teams on their own, an unexplained wrong value by few.
     */
    private static Set<String> unusualWrongAnswers(Team team) {
        Set<String> answers = new TreeSet<>();
        for (JsonNode part : team.parts().values()) {
            String verdict = part.path("verdict").asText("");
            JsonNode given = part.path("given");
            if ((verdict.equals("incorrect") || verdict.equals("partial")) && !given.isMissingNode() && !given.isNull()
                    && !part.path("matched").isTextual()) {
                answers.add(part.path("id").asText() + "\u0000" + given);
            }
        }
        return answers;
    }
}
