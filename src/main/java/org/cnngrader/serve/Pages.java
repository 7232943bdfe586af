package org.cnngrader.serve;

import java.util.List;
import org.cnngrader.engine.Rounding;

/**
 * The server's two HTML pages: the upload form and the report of a checked sheet. Written by hand rather than with
 * the reports' jte templates, because the page must work with no script and no network and be small enough to read
 * at a glance for what it could leak; every text from a sheet or a rubric goes through {@link #escape}.
 */
final class Pages {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;
            padding:.4rem;text-align:left;vertical-align:top}.correct,.accepted,.follow-through{color:#16632b}
            .incorrect,.missing,.unreadable{color:#a3161b}.partial{color:#8a5a00}.manual{color:#555}
            .message{padding:.8rem;border-radius:.3rem;background:#fde8e8;border:1px solid #a3161b}
            .note{color:#555}code{white-space:pre-wrap}form p{margin:.8rem 0}
            """;

    private Pages() {
    }

    /** Text made safe for HTML, in an element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }

    /** The upload form, with the assignments to pick from and their blank templates. */
    static String upload(List<Assignment> assignments, long maxUploadMegabytes, String message) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Self-check your answer sheet</h1>\n");
        body.append("<p>Upload one answer sheet (PDF, XLSX, CSV, text, Markdown, LaTeX, notebook or Word, at most ")
                .append(maxUploadMegabytes).append(" MB). You see what was read from it, where, and each part's verdict"
                + " and feedback. The reference answers are not shown. Nothing you upload is handed in.</p>\n");
        if (!message.isEmpty()) {
            body.append("<p class=\"message\" id=\"message\">").append(escape(message)).append("</p>\n");
        }
        body.append("<form method=\"post\" action=\"check\" enctype=\"multipart/form-data\">\n<p><label>Assignment"
                + " <select name=\"assignment\" id=\"assignment\">");
        for (Assignment assignment : assignments) {
            body.append("<option value=\"").append(escape(assignment.name())).append("\">")
                    .append(escape(assignment.rubric().title())).append(" (").append(escape(assignment.name()))
                    .append(")</option>");
        }
        body.append("</select></label></p>\n<p><label>Answer sheet <input type=\"file\" name=\"file\" id=\"file\""
                + " required></label></p>\n<p><button type=\"submit\" id=\"submit\">Check</button></p>\n</form>\n");
        body.append("<h2>Blank answer sheets</h2>\n<ul>\n");
        for (Assignment assignment : assignments) {
            String name = escape(assignment.name());
            body.append("<li>").append(escape(assignment.rubric().title())).append(": <a href=\"template/").append(name)
                    .append(".xlsx\">").append(name).append(".xlsx</a>, <a href=\"template/").append(name)
                    .append(".csv\">").append(name).append(".csv</a></li>\n");
        }
        body.append("</ul>\n");
        return page("Self-check", body.toString());
    }

    /** The report of a checked sheet. */
    static String report(List<StudentReport> reports) {
        StringBuilder body = new StringBuilder();
        for (StudentReport report : reports) {
            body.append("<h1>Self-check: ").append(escape(report.title())).append("</h1>\n");
            body.append("<p>Team: <strong id=\"team\">").append(escape(report.name())).append("</strong>")
                    .append(" · read from <code>").append(escape(report.source())).append("</code></p>\n");
            report.reason().ifPresent(reason -> body.append("<p class=\"message\" id=\"unreadable\">This file could"
                    + " not be read: ").append(escape(reason)).append(". Fix it, or export the sheet again, and"
                    + " upload it once more.</p>\n"));
            body.append("<p>Score: <strong id=\"score\">").append(escape(report.score()))
                    .append("</strong> (parts a TA scores count 0 here)</p>\n");
            for (String note : report.notes()) {
                body.append("<p class=\"note\">Note: ").append(escape(note)).append("</p>\n");
            }
            body.append("<table id=\"parts\"><thead><tr><th>Question</th><th>Part</th><th>Verdict</th><th>Points</th>"
                    + "<th>Read</th><th>Where</th><th>Feedback</th></tr></thead><tbody>\n");
            for (StudentReport.StudentPart part : report.parts()) {
                body.append("<tr id=\"part-").append(escape(part.id())).append("\"><td>").append(escape(part.question()))
                        .append("</td><td>").append(escape(part.id())).append("</td><td class=\"")
                        .append(escape(part.verdict())).append("\">").append(escape(part.verdict()))
                        .append("</td><td>").append(Rounding.plain(part.awarded())).append(" / ")
                        .append(Rounding.plain(part.points())).append("</td><td><code>")
                        .append(escape(part.read().orElse(""))).append("</code></td><td class=\"where\">")
                        .append(escape(part.where().orElse("")))
                        .append(part.foundBy().map(found -> " (by " + escape(found) + ")").orElse(""))
                        .append("</td><td>");
                for (String line : part.feedback()) {
                    body.append(escape(line)).append("<br>");
                }
                for (String note : part.notes()) {
                    body.append("<span class=\"note\">").append(escape(note)).append("</span><br>");
                }
                body.append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        body.append("<p><a href=\"./\" id=\"again\">Check another sheet</a></p>\n");
        return page("Self-check report", body.toString());
    }
}
