package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;

/** {@code report.json}: {@link TeamDocument} with the expected values. */
final class JsonTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(TeamContext context, OutputStream output) throws IOException {
        output.write(TeamDocument.reportFile(context.document()));
    }
}
