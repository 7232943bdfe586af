package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code report.md}: the team's report for a repository or an e-mail; student text is escaped. */
final class MarkdownTeamReport implements TeamReport {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(TeamContext context, OutputStream output) throws IOException {
        Display.Team team = context.display();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(escape(team.title())).append("\n\n");
        text.append("**Team:** ").append(escape(team.team()));
        if (!team.members().isEmpty()) {
            text.append(" (").append(escape(team.members())).append(')');
        }
        text.append("  \n**Read from:** ").append(escape(team.source())).append("  \n");
        if (team.unreadable().isPresent()) {
            // Said once: no part could be graded, so no table repeats it and none shows the key.
            text.append("**Unreadable:** ").append(escape(team.unreadable().get())).append("  \n");
            text.append("**Score:** ").append(team.total()).append(" / ").append(team.max()).append("\n\n");
            text.append("None of the ").append(team.partCount()).append(" parts could be graded. Hand in a file that"
                    + " opens (CSV, XLSX, PDF with a text layer, Word, notebook or text) and it will be graded as"
                    + " usual.\n");
            output.write(text.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        text.append("**Score:** ").append(team.total()).append(" / ").append(team.max());
        if (team.isAwaiting()) {
            text.append(" (").append(team.percent()).append("% of the ").append(team.graded())
                    .append(" points graded so far; awaiting TA: ").append(team.awaiting()).append(" points)\n");
        } else {
            text.append(" (").append(team.percent()).append("%)\n");
        }
        for (String note : team.notes()) {
            text.append("\n> ").append(escape(note)).append('\n');
        }
        if (!team.fixFirst().isEmpty()) {
            text.append("\n## What to fix first\n\n");
            int number = 1;
            for (Display.Fix fix : team.fixFirst()) {
                text.append(number++).append(". **").append(escape(fix.id())).append("** (").append(fix.lost())
                        .append(fix.lost().equals("1") ? " point" : " points").append(" lost): ")
                        .append(escape(fix.advice())).append('\n');
            }
        }
        for (Display.Question question : team.questions()) {
            text.append("\n## ").append(escape(question.id())).append(' ').append(escape(question.title()))
                    .append(" (").append(question.awarded()).append(" / ").append(question.points()).append(")\n\n");
            text.append("| part | points | verdict | your answer | expected | feedback |\n");
            text.append("|---|---:|---|---|---|---|\n");
            for (Display.Row part : question.rows()) {
                String feedback = String.join(" ", part.feedback())
                        + (part.wrongEntries().isEmpty() ? "" : " " + part.wrongEntries());
                text.append("| ").append(escape(part.id())).append(" | ").append(part.awarded()).append(" / ")
                        .append(part.points()).append(" | ").append(part.verdict())
                        .append(part.review().isEmpty() ? "" : " (to review: " + escape(part.review()) + ")")
                        .append(" | ").append(value(part.given())).append(" | ")
                        .append(part.expectedLabel().isEmpty() || part.expectedLabel().equals("expected") ? ""
                                : "(" + escape(part.expectedLabel()) + ") ")
                        .append(value(part.expected())).append(" | ").append(escape(feedback.strip())).append(" |\n");
            }
        }
        output.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String value(Optional<Display.Grid> grid) {
        return grid.map(shown -> "`" + shown.text().replace("`", "'") + "`").orElse("");
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
