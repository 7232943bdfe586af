package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;

/** {@code report.json}: {@link TeamDocument} with the expected values. */
final class JsonTeamReport implements TeamReport {

    /** The file's name, which {@code results.json} reads back. */
    static final String FILE_NAME = "report.json";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(TeamContext context, OutputStream output) throws IOException {
        output.write(TeamDocument.utf8(context.result(), true));
        output.write('\n');
    }
}
