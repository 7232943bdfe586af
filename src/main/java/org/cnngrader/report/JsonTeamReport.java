package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/** {@code report.json}: {@link TeamDocument} with the expected values. */
final class JsonTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(TeamResult result, Rubric rubric, OutputStream output) throws IOException {
        output.write((Json.pretty(TeamDocument.plain(result, true)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
