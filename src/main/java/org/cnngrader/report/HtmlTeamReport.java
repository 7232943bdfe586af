package org.cnngrader.report;

import java.io.ByteArrayOutputStream;
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
        Templates.render("team.jte", context.display(), output);
    }

    /** The same document as text, for {@link PdfTeamReport}. */
    static String html(TeamContext context) throws IOException {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlTeamReport().write(context, html);
        return html.toString(StandardCharsets.UTF_8);
    }
}
