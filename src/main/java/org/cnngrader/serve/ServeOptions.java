package org.cnngrader.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cnngrader.sheet.ReadingLimits;

/**
 * How a TA runs the self-check server ({@code serve}, DESIGN.md §7).
 *
 * @param rubrics the rubric files served, one assignment each, named by file name without {@code .yaml}
 * @param bind the address to listen on: localhost unless the TA opens it deliberately (a reverse proxy in front
 *     is the way to reach students)
 * @param port the port; 0 picks a free one (tests)
 * @param checksPerMinute checks one client may start per minute; 0 for no limit
 * @param maxUploadBytes the largest upload accepted
 * @param checkTimeout how long one check may take before the student is told to try a smaller file
 * @param checksAtOnce how many checks run at the same time; more wait (their uploads on disk), up to 64 or 16 for
 *     each check at once, then are turned away, so the heap is bounded by this number and the upload size, not by
 *     how many students upload
 * @param keep the folder uploads are kept in for the TA, if any; none are kept otherwise
 */
public record ServeOptions(List<Path> rubrics, String bind, int port, int checksPerMinute, long maxUploadBytes,
        Duration checkTimeout, int checksAtOnce, Optional<Path> keep) {

    /** The limits a sheet is read within: the defaults, with the time per check for the reading's own watchdog. */
    public ReadingLimits readingLimits() {
        return ReadingLimits.DEFAULT.withTime(checkTimeout);
    }

    /** The upload limit a TA gets without asking: larger than any answer sheet the readers accept. */
    public static final long DEFAULT_MAX_UPLOAD_MB = 20;

    public ServeOptions {
        rubrics = List.copyOf(rubrics);
        if (rubrics.isEmpty()) {
            throw new IllegalArgumentException("name at least one rubric");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
        if (checksPerMinute < 0) {
            throw new IllegalArgumentException("--rate is 0 (no limit) or more, not " + checksPerMinute);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("--max-upload must be at least 1 MB");
        }
        try {
            // The reading's own watchdog gets this time: its bounds are the check's, in whole seconds.
            ReadingLimits.DEFAULT.withTime(checkTimeout);
        } catch (IllegalArgumentException outsideTheBounds) {
            throw new IllegalArgumentException("--timeout is 1 to 3600 seconds, not " + checkTimeout.toSeconds());
        }
        if (checksAtOnce < 1) {
            throw new IllegalArgumentException("at least one check must be able to run");
        }
    }
}
