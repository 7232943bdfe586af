package org.cnngrader.report;

import java.util.ArrayList;
import java.util.List;

/** The registry of report formats: every team and cohort report the {@code grade} command writes. */
public final class Reports {

    private Reports() {
    }

    /** The team reports: JSON, Markdown and HTML, and PDF when asked for. */
    public static List<TeamReport> team(boolean pdf) {
        List<TeamReport> reports = new ArrayList<>(List.of(new JsonTeamReport(), new MarkdownTeamReport(),
                new HtmlTeamReport()));
        if (pdf) {
            reports.add(new PdfTeamReport());
        }
        return List.copyOf(reports);
    }

    /** The cohort reports. */
    public static List<CohortReport> cohort() {
        return List.of(new GradebookReport(), new LmsExport(LmsExport.System.MOODLE),
                new LmsExport(LmsExport.System.CANVAS), new SummaryReport(), new ManualScoresSkeleton(),
                new ResultsReport());
    }
}
