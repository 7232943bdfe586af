package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;

/** One file about the whole cohort, written into the output folder. */
public interface CohortReport {

    /** The file name, e.g. {@code gradebook.csv}. */
    String fileName();

    /** Whether this report is written for this run (an export per student needs a roster). */
    default boolean applies(Roster roster) {
        return true;
    }

    /** Writes the report of the cohort. */
    void write(Cohort cohort, OutputStream output) throws IOException;
}
