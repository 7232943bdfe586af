package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;

/** One format of a team's report, written into the team's folder. */
public interface TeamReport {

    /** The file name in the team's folder, e.g. {@code report.html}. */
    String fileName();

    /** Writes the report of the team in {@code context}. */
    void write(TeamContext context, OutputStream output) throws IOException;
}
