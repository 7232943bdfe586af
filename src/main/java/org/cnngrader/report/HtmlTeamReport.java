package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code report.html}: a table per question, the given and expected values side by side with wrong
 * entries marked. XHTML, so that {@link PdfTeamReport} renders the same document.
 */
final class HtmlTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(TeamContext context, OutputStream output) throws IOException {
        output.write(html(context).getBytes(StandardCharsets.UTF_8));
    }

    static String html(TeamContext context) throws IOException {
        return Templates.render("team.html.peb", context.display());
    }
}
