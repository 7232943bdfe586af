package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one team: its parts, total and status ({@code ok} or {@code unreadable} with the
 * reason).
 */
public record TeamResult(String team, List<String> members, String source, Optional<String> unreadable,
        double total, double max, List<PartResult> parts, List<String> notes) {

    public TeamResult {
        members = List.copyOf(members);
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }

    /** The result of the part with this id (the first, should the parts hold it twice). */
    public Optional<PartResult> part(String id) {
        // A loop: reports ask for every part of every team, and a team has a few dozen parts.
        for (PartResult part : parts) {
            if (part.id().equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** This result with each part's {@link PartResult#scoreOnly score only}: what the cohort files use. */
    public TeamResult scoresOnly() {
        List<PartResult> scores = new ArrayList<>(parts.size());
        for (PartResult part : parts) {
            scores.add(part.scoreOnly());
        }
        return new TeamResult(team, members, source, unreadable, total, max, scores, notes);
    }

    /** {@code ok} or {@code unreadable}. */
    public String status() {
        return unreadable.isPresent() ? "unreadable" : "ok";
    }

    /** The total as a percentage of the maximum. */
    public double percent() {
        return max == 0 ? 0 : 100 * total / max;
    }

    /** Whether a person should look at some part (found by a guess, or diagnosed). */
    public boolean needsReview() {
        return parts.stream().anyMatch(PartResult::review);
    }
}
