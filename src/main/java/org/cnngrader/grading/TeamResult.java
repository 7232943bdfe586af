package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cnngrader.sheet.FoundBy;

/**
 * The grade of one team: its parts, total and status ({@code ok} or {@code unreadable} with the
 * reason).
 *
 * @param team the team's identity: where its submission was handed in, unique in a cohort (the run decides it)
 * @param name the name the team gives itself on its sheet or in a "Team …" line, shown beside the identity;
 *     the identity when the submission gives none. Two teams may give the same name: it never identifies them.
 */
public record TeamResult(String team, String name, List<String> members, String source, Optional<String> unreadable,
        double total, double max, List<PartResult> parts, List<String> notes) {

    public TeamResult {
        name = name.isBlank() ? team : name;
        members = List.copyOf(members);
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }

    /** A result whose team goes by its identity alone (a sheet graded on its own, before the run names it). */
    public TeamResult(String team, List<String> members, String source, Optional<String> unreadable, double total,
            double max, List<PartResult> parts, List<String> notes) {
        this(team, team, members, source, unreadable, total, max, parts, notes);
    }

    /** The same result under the identity the run decided, keeping the name the team gives itself. */
    public TeamResult identified(String identity, String givenName) {
        return new TeamResult(identity, givenName, members, source, unreadable, total, max, parts, notes);
    }

    /**
     * How reports name the team: its identity, and the name it gives itself in parentheses when that says more
     * ({@code ps2-team-b (PS 2 B)}).
     */
    public String label() {
        return name.strip().equalsIgnoreCase(team.strip()) ? team : team + " (" + name + ")";
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
        return new TeamResult(team, name, members, source, unreadable, total, max, scores, notes);
    }

    /** {@code ok} or {@code unreadable}. */
    public String status() {
        return unreadable.isPresent() ? "unreadable" : "ok";
    }

    /** The total as a percentage of the maximum. */
    public double percent() {
        return max == 0 ? 0 : 100 * total / max;
    }

    /**
     * Whether a readable sheet answered no part graded from it, every one missing: a blank template, another
     * assignment's sheet, or a file that is no team's (a TA's notes beside the teams).
     */
    public boolean nothingFound() {
        if (unreadable.isPresent()) {
            return false;
        }
        List<PartResult> graded = parts.stream().filter(part -> part.verdict() != Verdict.MANUAL).toList();
        return !graded.isEmpty() && graded.stream().allMatch(part -> part.verdict() == Verdict.MISSING);
    }

    /**
     * Whether a readable sheet answered parts graded from it, but none by a label or a cell, only by place or value:
     * the assignment handed out (its matrices taken by their place), another assignment's sheet, or a sheet without
     * labels, whose readings are each a guess. A label beside which nothing could be read counts for nothing: a
     * handout's "Layer 2: 3 x 3 max pooling, stride 2" names pool1 and answers it with no value, and the warning was
     * not given.
     */
    public boolean nothingLabelled() {
        if (unreadable.isPresent() || nothingFound()) {
            return false;
        }
        List<PartResult> read = parts.stream().filter(part -> part.verdict() != Verdict.MANUAL
                && part.verdict() != Verdict.MISSING && part.verdict() != Verdict.UNREADABLE).toList();
        return !read.isEmpty() && read.stream().noneMatch(part -> part.foundBy().filter(FoundBy::named).isPresent());
    }

    /** Whether a person should look at some part (found by a guess, or diagnosed). */
    public boolean needsReview() {
        return parts.stream().anyMatch(part -> part.review().needed());
    }
}
