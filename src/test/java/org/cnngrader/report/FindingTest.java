package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings say another again: one warning for one pair of submissions. */
class FindingTest {

    private static final Finding.VersionsOfDifferentTeams APART = new Finding.VersionsOfDifferentTeams("c2",
            List.of("Alpha.pdf", "alpha.md"), List.of("Alpha North", "alpha south"));

    @Test
    void sheetsToldApartAreNotSaidAgainAsOneNameHandedInTwice() {
        Finding twice = new Finding.HandedInTwiceByName("alpha", List.of("c2/Alpha.pdf", "c2/alpha.md"),
                List.of("Alpha.pdf", "alpha.md"));
        assertThat(twice.saidIn(List.of(APART))).isTrue();
        Finding others = new Finding.HandedInTwiceByName("beta", List.of("c2/Beta.pdf", "c2/beta.md"),
                List.of("Beta.pdf", "beta.md"));
        assertThat(others.saidIn(List.of(APART))).isFalse();
    }

    @Test
    void teamsHandedInUnderOneNameAreNotSaidAgainToShareIt() {
        Finding twice = new Finding.HandedInTwiceByName("team-a", List.of("mon/team-a.pdf", "tue/team-a.pdf"),
                List.of("mon-team-a", "tue-team-a"));
        assertThat(new Finding.SharedName("Team A", List.of("mon-team-a", "tue-team-a")).saidIn(List.of(twice)))
                .isTrue();
        assertThat(new Finding.SharedName("Team A", List.of("mon-team-a", "team-b")).saidIn(List.of(twice)))
                .isFalse();
        assertThat(new Finding.SharedName("Team A", List.of("mon-team-a", "tue-team-a")).saidIn(List.of(APART)))
                .isFalse();
    }
}
