package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** {@code report.pdf}: the HTML report rendered by Flying Saucer, so both always agree. */
final class PdfTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.pdf";
    }

    @Override
    public void write(TeamResult result, Rubric rubric, OutputStream output) throws IOException {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(HtmlTeamReport.html(result, rubric));
        renderer.layout();
        renderer.createPDF(output);
    }
}
