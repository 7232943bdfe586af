package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedTeamsTest {

    @Test
    void aTeamWordAndANumberOrLetterNameATeamAndABareNumberDoesNot() {
        assertThat(NamedTeams.namesATeam("team-a")).isTrue();
        assertThat(NamedTeams.namesATeam("Group 3")).isTrue();
        assertThat(NamedTeams.namesATeam("grp_07")).isTrue();
        assertThat(NamedTeams.namesATeam("Équipe B")).isTrue();
        assertThat(NamedTeams.namesATeam("1")).isFalse();
        assertThat(NamedTeams.namesATeam("teamwork")).isFalse();
        assertThat(NamedTeams.namesATeam("team-a_answers")).isFalse();
    }

    @Test
    void aWholeNameNamesAnotherTeamOnlyWhenSpeltOtherwiseSeparatorsAside() {
        assertThat(NamedTeams.namesAnotherTeam("team-b", "team-a")).isTrue();
        assertThat(NamedTeams.namesAnotherTeam("Group 3", "group3")).isFalse();
        assertThat(NamedTeams.namesAnotherTeam("notes", "team-a")).isFalse();
    }

    @Test
    void aSheetNamesAnotherTeamAmongItsWordsOnlyInAFolderNamedAsATeam() {
        assertThat(NamedTeams.namesAnotherTeamWithin("team-b_answers", "team-a")).isTrue();
        assertThat(NamedTeams.namesAnotherTeamWithin("answers_Group_4", "group-3")).isTrue();
        // One team, however its word and number are written.
        assertThat(NamedTeams.namesAnotherTeamWithin("group-03_answers", "team-3")).isFalse();
        assertThat(NamedTeams.namesAnotherTeamWithin("team_a_final", "Team A")).isFalse();
        // No team among the sheet's words, or a word that only begins like one.
        assertThat(NamedTeams.namesAnotherTeamWithin("answers", "team-a")).isFalse();
        assertThat(NamedTeams.namesAnotherTeamWithin("teamwork_answers", "team-a")).isFalse();
        // A plural is no team "s"; a sheet naming the folder's team beside its group number is the team's.
        assertThat(NamedTeams.namesAnotherTeamWithin("answers_teams", "team-a")).isFalse();
        assertThat(NamedTeams.namesAnotherTeamWithin("hw2_groups", "group-3")).isFalse();
        assertThat(NamedTeams.namesAnotherTeamWithin("Team A (group 5)", "team-a")).isFalse();
        // A folder named after a student says nothing of which group its sheet names.
        assertThat(NamedTeams.namesAnotherTeamWithin("group7_answers", "alice")).isFalse();
    }
}
