package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The team and members a document's title block names, and a later team line naming another team. */
class TeamLinesTest {

    /**
     * A title block's table headed "Team | Members" named the team "| Members |" (Markdown) or "Members" (Word's
     * cells apart by tabs); "Group: PS 2 Q" and "Group 7" named none, though the documentation says a group line does.
     */
    @Test
    void theTeamComesFromAGroupLineOrTheCellBelowATeamHeader() {
        assertThat(team("# Problem Set 2\n\n| Team | Members |\n|---|---|\n| PS 2 Q | Ana Lima, Ben Ott |\n"))
                .isEqualTo("PS 2 Q");
        assertThat(team("Problem Set 2\nTeam\tMembers\nPS 2 Q\tAna Lima, Ben Ott\n")).isEqualTo("PS 2 Q");
        assertThat(team("Problem Set 2\nGroup: PS 2 Q\n")).isEqualTo("PS 2 Q");
        assertThat(team("Problem Set 2\nGroup 7\n")).isEqualTo("7");
        assertThat(team("5 Grouped convolution\nGrouped convolution splits the channels.\n")).isEmpty();
        // A key and its value in a row are a team line; a table of results with a Group column names no team.
        assertThat(team("Problem Set 2\nTeam:\tFalcon\n")).isEqualTo("Falcon");
        assertThat(team("| Team | Falcon |\n| Members | Ann Lee |\n")).isEqualTo("Falcon");
        assertThat(team("| Group | Parameters |\n|---|---|\n| 2 | 18,432 |\n")).isEmpty();
    }

    @Test
    void membersAreNamesWithTheirStudentNumbers() {
        assertThat(TeamLines.members(document("Team Falcon\nMembers: Ada Lovelace (1815), Alan Turing (1912)\n")))
                .containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(TeamLines.members(document("Team Falcon\nMembers: Ada and Alan\n"))).isEmpty();
    }

    /** A team line further down names another team, unless it names the document's own team going on. */
    @Test
    void aLaterTeamLineNamesAnotherTeamOrGoesOn() {
        assertThat(TeamLines.otherTeam("Team: Team Q", "Team P")).contains("Team Q");
        assertThat(TeamLines.otherTeam("Group: Q", "P")).contains("Q");
        assertThat(TeamLines.otherTeam("Team: P (contd.)", "Team P")).isEmpty();
        assertThat(TeamLines.otherTeam("Team: Team P", "P")).isEmpty();
        assertThat(TeamLines.otherTeam("Teamwork: we split the layers", "P")).isEmpty();
    }

    private static Document document(String text) {
        return TextSheetReader.document(text, "title.md");
    }

    private static String team(String text) {
        return TeamLines.team(document(text)).orElse("");
    }
}
