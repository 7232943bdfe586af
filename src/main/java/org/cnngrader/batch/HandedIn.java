package org.cnngrader.batch;

import java.nio.file.Path;
import java.util.List;
import org.cnngrader.sheet.Characters;
import org.cnngrader.sheet.Submissions;

/**
 * A submission as it was handed in: the file (or team folder) to read, and the identity of the team it belongs to
 * (where it was handed in: its folder or file under the submission root).
 *
 * @param team the team's identity; for a sheet of several teams, the file's, each row going by its own team cell
 * @param names the identity and ever longer ways to say where the submission is ({@code a}, {@code x/a}), the next
 *     one taken only when two submissions would otherwise go by one identity
 * @param place the real path of the file or team folder handed in: the same submission in a later run, whatever
 *     path named it
 * @param scope whether the file may hold several teams
 * @param earlierVersions the sheets beside it that it is the latest version of by their names, said from where the
 *     cohort is ({@code team-a.pdf} for {@code team-a_v2.pdf}): one team's, not read
 */
record HandedIn(String team, List<String> names, Path place, Submissions.Submission submission,
        Scope scope, List<String> earlierVersions) {

    HandedIn {
        // An identity comes from a file or folder name the student chose: shown as one visible line, like any name.
        team = Characters.visible(team);
        names = names.stream().map(Characters::visible).toList();
        earlierVersions = List.copyOf(earlierVersions);
    }

    /** A submission that is no later version of others beside it. */
    HandedIn(String team, List<String> names, Path place, Submissions.Submission submission,
            Scope scope) {
        this(team, names, place, submission, scope, List.of());
    }

    /** How many teams a submission may hold. */
    enum Scope {
        /** A team's folder, or a file in one: that team only, whatever the sheet says. */
        ONE_TEAM,
        /** A file at the top of a submission root: a wide sheet there gives one team per row. */
        ONE_OR_MORE_TEAMS
    }

    /** The same submission under another identity. */
    HandedIn named(String identity) {
        return new HandedIn(identity, names, place, submission, scope, earlierVersions);
    }
}
