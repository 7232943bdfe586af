package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.TeamResult;

/** {@code report.md}: the team's report for a repository or an e-mail; student text is escaped. */
final class MarkdownTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(TeamContext context, OutputStream output) throws IOException {
        TeamResult result = context.result();
        Map<String, Object> view = context.display();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(escape((String) view.get("title"))).append("\n\n");
        text.append("**Team:** ").append(escape(result.team()));
        if (!result.members().isEmpty()) {
            text.append(" (").append(escape(String.join(", ", result.members()))).append(')');
        }
        text.append("  \n**Read from:** ").append(escape(result.source())).append("  \n");
        result.unreadable().ifPresent(reason -> text.append("**Unreadable:** ").append(escape(reason)).append("  \n"));
        text.append("**Score:** ").append(view.get("total")).append(" / ").append(view.get("max")).append(" (")
                .append(view.get("percent")).append("%)\n");
        for (String note : result.notes()) {
            text.append("\n> ").append(escape(note)).append('\n');
        }
        for (Map<String, Object> question : (List<Map<String, Object>>) view.get("questions")) {
            text.append("\n## ").append(escape((String) question.get("id"))).append(' ')
                    .append(escape((String) question.get("title"))).append(" (").append(question.get("awarded"))
                    .append(" / ").append(question.get("points")).append(")\n\n");
            text.append("| part | points | verdict | your answer | expected | feedback |\n");
            text.append("|---|---:|---|---|---|---|\n");
            for (Map<String, Object> part : (List<Map<String, Object>>) question.get("parts")) {
                text.append("| ").append(escape((String) part.get("id"))).append(" | ").append(part.get("awarded"))
                        .append(" / ").append(part.get("points")).append(" | ").append(part.get("verdict"))
                        .append(Boolean.TRUE.equals(part.get("review")) ? " (review)" : "").append(" | ")
                        .append(value(part.get("given"))).append(" | ").append(value(part.get("expected")))
                        .append(" | ").append(escape(String.join(" ", (List<String>) part.get("feedback"))))
                        .append(" |\n");
            }
        }
        output.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static String value(Object grid) {
        return grid == null ? "" : "`" + ((Map<String, Object>) grid).get("text").toString().replace("`", "'") + "`";
    }

    /** Markdown and HTML that a student wrote cannot become markup. */
    static String escape(String text) {
        if (!org.cnngrader.sheet.Characters.containsAny(text, "\\|<>*_`[]\n\r")) {
            return text; // Most text has nothing to escape: spare it eleven searches and copies.
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
                .replace("\n", " ").replace("\r", " ");
    }
}
