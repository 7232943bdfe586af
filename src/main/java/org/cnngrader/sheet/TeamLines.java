package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Who a document says handed it in: the team line and the members of its title block, and a team line further down
 * naming another team. The team that is graded is decided elsewhere, from where the work was handed in; this is the
 * name the sheet gives, shown beside it.
 */
final class TeamLines {

    /** A team line: "Team PS 2 B", "Team name: Falcon", "Group: PS 2 Q", "Group 7"; not "Grouped convolution". */
    private static final Pattern TEAM = Pattern.compile(
            "^\\W*(?:team(?!\\s*members)(?:\\s*name)?\\s*[:\\-]?|(?:group|gruppe)(?:\\s*name)?\\s*[:\\-]"
                    + "|(?:group|gruppe)(?=\\s+\\d))\\s*(.{1,60}?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** The header cells of a title block's table that head the team's column, and its members'. */
    private static final Set<String> TEAM_COLUMN = Set.of("team", "team name", "group", "gruppe");
    private static final Set<String> MEMBERS_COLUMN = Set.of("members", "member", "names", "students", "mitglieder");
    private static final Pattern MEMBERS_LINE = Pattern.compile("^\\W*(?:team\\s+)?members?\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile("([\\p{Lu}][\\p{L}'\\-]+(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)+)\\s*"
            + "\\(\\d{4,}\\)");
    /** How many lines from the top the title block may reach. */
    private static final int TITLE_BLOCK_LINES = 40;

    /**
     * A team line set as one below the title block: "Team: Team Q", "Team name: Q", "Group: Q"; the colon required
     * and the name short, so that prose ("Teamwork: we split the layers") is none.
     */
    private static final Pattern TEAM_LINE = Pattern.compile(
            "^\\W*(?:team|group|gruppe)(?:\\s*name)?\\s*:\\s*(\\S.{0,39}?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** How a team line says its page goes on from the last: "(contd.)", "(continued)", "– cont'd". */
    private static final Pattern CONTINUED = Pattern.compile(
            "[\\s,;:(\\[\\-\u2013\u2014]*\\b(?:cont(?:['\u2019]?d|inued)?|ctd)\\b\\.?[\\s)\\]]*$",
            Pattern.CASE_INSENSITIVE);
    /** A word that may stand before a team's name or not: "Team: Team W" names the team "W" of "Team W". */
    private static final Pattern TEAM_WORD = Pattern.compile("^(?:team|group|gruppe)\\s+", Pattern.CASE_INSENSITIVE);

    private TeamLines() {
    }

    /** The team the title block names: a team line, or the cell under a "Team | Members" table's team column. */
    static Optional<String> team(Document document) {
        List<Document.Line> top = titleBlock(document);
        for (int index = 0; index < top.size(); index++) {
            String text = top.get(index).text().replace("*", "").strip();
            List<String> cells = cells(text);
            int column = cells.size() < 2 ? -1 : IntStream.range(0, cells.size())
                    .filter(at -> TEAM_COLUMN.contains(cells.get(at).toLowerCase(Locale.ROOT))).findFirst().orElse(-1);
            if (column >= 0 && cells.stream().anyMatch(cell -> MEMBERS_COLUMN.contains(cell.toLowerCase(Locale.ROOT)))) {
                // A title block's table headed "Team | Members": the team is the cell below, past the rule.
                for (int below = index + 1; below < top.size(); below++) {
                    List<String> row = cells(top.get(below).text().replace("*", "").strip());
                    if (Candidates.tableRule(top.get(below).text()) || row.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    return column < row.size() && !row.get(column).isBlank() ? Optional.of(row.get(column))
                            : Optional.empty();
                }
                return Optional.empty();
            }
            // A row of a key and its value ("Team | Falcon", "Team:" and a tab) is a team line, its cells joined.
            Matcher matcher = TEAM.matcher(cells.size() == 2 ? cells.get(0) + " " + cells.get(1) : text);
            if (cells.size() <= 2 && matcher.matches() && !matcher.group(1).isBlank()) {
                return Optional.of(matcher.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The members the title block names, each with a student number: "Ada Lovelace (1815)". */
    static List<String> members(Document document) {
        for (Document.Line line : titleBlock(document)) {
            Matcher named = MEMBERS_LINE.matcher(line.text());
            String text = named.matches() ? named.group(1) : line.text();
            List<String> people = new ArrayList<>();
            Matcher person = PERSON.matcher(text);
            while (person.find()) {
                people.add(person.group(1).strip());
            }
            if (!people.isEmpty()) {
                return people;
            }
        }
        return List.of();
    }

    /**
     * The team a line names when it is a team line naming another team than {@code team}: {@code Team: Team Q} on
     * page 2 of team P's file. The document's own team going on ({@code Team: P (contd.)}) is none.
     */
    static Optional<String> otherTeam(String text, String team) {
        Matcher named = TEAM_LINE.matcher(text);
        return named.matches() && !sameTeam(named.group(1), team) ? Optional.of(named.group(1).strip())
                : Optional.empty();
    }

    private static boolean sameTeam(String named, String team) {
        return teamKey(CONTINUED.matcher(named.strip()).replaceFirst("")).equals(teamKey(team));
    }

    private static String teamKey(String name) {
        return Characters.identityKey(TEAM_WORD.matcher(name.strip()).replaceFirst("").strip());
    }

    private static List<Document.Line> titleBlock(Document document) {
        return document.lines().subList(0, Math.min(TITLE_BLOCK_LINES, document.lines().size()));
    }

    /** The cells of a row of a Markdown table ({@code | a | b |}) or a Word table (cells apart by tabs). */
    private static List<String> cells(String row) {
        return TableMarks.cellEdge(row) ? TableMarks.markedCells(row) : List.of(row);
    }
}
