package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/** One file about the whole cohort, written into the output folder. */
public interface CohortReport {

    /** The file name, e.g. {@code gradebook.csv}. */
    String fileName();

    /** Whether this report is written for this run (an export per student needs a roster). */
    default boolean applies(Roster roster) {
        return true;
    }

    /** Writes the report of the results, in team order. */
    void write(List<TeamResult> results, Rubric rubric, Roster roster, OutputStream output) throws IOException;
}
