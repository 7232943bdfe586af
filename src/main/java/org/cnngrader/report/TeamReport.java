package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/** One format of a team's report, written into the team's folder. */
public interface TeamReport {

    /** The file name in the team's folder, e.g. {@code report.html}. */
    String fileName();

    /** Writes the report of {@code result}. */
    void write(TeamResult result, Rubric rubric, OutputStream output) throws IOException;
}
