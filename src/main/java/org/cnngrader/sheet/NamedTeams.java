package org.cnngrader.sheet;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Teams as file and folder names name them: a team word and a number or letter ({@code team-a}, {@code Group 3},
 * {@code grp_07}). A bare number names none: a template may number its sheets ({@code 1.pdf}, {@code 2.pdf}).
 */
public final class NamedTeams {

    /** The words that say a name is a team's, in the languages the markers of questions are read in. */
    private static final List<String> TEAM_WORDS = List.of("team", "group", "grp", "gruppe", "groupe", "gruppo",
            "grupo", "equipo", "équipe", "equipe", "squad");

    private static final String TEAM_NAME = "(?:" + String.join("|", TEAM_WORDS) + ")[\\s_.-]*(?:\\d+[a-z]?|[a-z])";

    /** A whole name that names a team. */
    private static final Pattern WHOLE = Pattern.compile(TEAM_NAME);

    /**
     * A team's name standing as words of their own in a longer name ({@code team-b} of {@code team-b_answers}): a
     * letter only after a separator, as a plural ({@code answers_teams}, {@code hw2_groups}) names no team "s".
     */
    private static final Pattern WITHIN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", TEAM_WORDS)
            + ")(?:[\\s_.-]*(\\d+[a-z]?)|[\\s_.-]+([a-z]))(?![\\p{L}\\p{N}])");

    private NamedTeams() {
    }

    /** Whether a name, a sheet's without its extension or a folder's, is a team's ({@code team-z}, {@code Group 3}). */
    public static boolean namesATeam(String name) {
        return WHOLE.matcher(Characters.identityKey(name)).matches();
    }

    /**
     * Whether a name that names a team ({@code team-b}) names one other than {@code team}: {@code group3} and
     * {@code Group 3} name one team, its separators aside.
     */
    public static boolean namesAnotherTeam(String name, String team) {
        return namesATeam(name) && !spelt(name).equals(spelt(team));
    }

    /**
     * Whether a sheet's name ({@code team-b_answers}, without its extension) names, among its words, teams none of
     * which the folder {@code team} holding it names, where the folder's name names a team of its own: {@code team-a/}
     * holds team B's sheet ({@code Team A (group 5)} is team A's). The teams are told by their numbers or letters, team words and leading zeros aside
     * ({@code Group 3} and {@code team-03} are one); a folder named after a student ({@code alice/}) says nothing of
     * which group its sheet may name.
     */
    public static boolean namesAnotherTeamWithin(String name, String team) {
        Set<String> own = within(team);
        Set<String> named = within(name);
        return !own.isEmpty() && !named.isEmpty() && named.stream().noneMatch(own::contains);
    }

    /** The numbers or letters of the teams a name names among its words. */
    private static Set<String> within(String name) {
        Set<String> teams = new TreeSet<>();
        Matcher matcher = WITHIN.matcher(Characters.identityKey(name));
        while (matcher.find()) {
            teams.add(matcher.group(1) != null ? matcher.group(1).replaceFirst("^0+(?=\\d)", "") : matcher.group(2));
        }
        return teams;
    }

    /** Whether a word, as a key, is one saying a name is a team's ({@code team}, {@code gruppe}). */
    public static boolean isTeamWord(String word) {
        return TEAM_WORDS.contains(word);
    }

    /** A name's letters and digits, as a key: how a team's name is spelt, separators aside. */
    public static String spelt(String name) {
        return Characters.identityKey(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
