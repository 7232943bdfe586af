package org.cnngrader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;

/**
 * A team's result as plain data in the schema of {@code report.json} (DESIGN.md §7), the one
 * source every team report format renders:
 * <pre>
 * {"team", "source", "status", "total", "max", "members", "notes",
 *  "parts": [{"id", "question", "points", "awarded", "verdict", "feedback", "given", "expected",
 *             "matched", "found_by", "where": {"page", "line", "cell", "snippet"}, "written", "notes",
 *             "review"}]}
 * </pre>
 * Values are exact (numbers, booleans, nested arrays); {@code expected} is left out unless revealed.
 */
public final class TeamDocument {

    private TeamDocument() {
    }

    /** The document; {@code reveal} includes the expected values. */
    public static Map<String, Object> plain(TeamResult result, boolean reveal) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("team", result.team());
        document.put("source", result.source());
        document.put("status", result.status());
        result.unreadable().ifPresent(reason -> document.put("reason", reason));
        document.put("total", Values.plainNumber(result.total()));
        document.put("max", Values.plainNumber(result.max()));
        document.put("members", result.members());
        document.put("notes", result.notes());
        List<Object> parts = new ArrayList<>();
        for (PartResult part : result.parts()) {
            // Room for its 14 entries without resizing.
            Map<String, Object> entry = new LinkedHashMap<>(32);
            entry.put("id", part.id());
            entry.put("question", part.questionId());
            entry.put("points", Values.plainNumber(part.points()));
            entry.put("awarded", Values.plainNumber(part.awarded()));
            entry.put("verdict", part.verdict().spelling());
            entry.put("feedback", String.join(" ", part.feedback()));
            entry.put("given", part.given().map(Values::toPlain).orElse(null));
            entry.put("expected", reveal ? part.expected().map(Values::toPlain).orElse(null) : null);
            entry.put("matched", part.matched().orElse(null));
            entry.put("found_by", part.foundBy().map(found -> found.spelling()).orElse(null));
            entry.put("where", part.where().map(where -> {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("page", where.page() > 0 ? where.page() : null);
                place.put("line", where.line() > 0 ? where.line() : null);
                place.put("cell", where.cell().isEmpty() ? null : where.cell());
                place.put("snippet", where.snippet());
                return place;
            }).orElse(null));
            entry.put("written", part.written());
            entry.put("notes", part.notes());
            entry.put("review", part.review());
            parts.add(entry);
        }
        document.put("parts", parts);
        return document;
    }
}
