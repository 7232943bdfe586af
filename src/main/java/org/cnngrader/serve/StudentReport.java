package org.cnngrader.serve;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.engine.Rounding;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;

/**
 * What the self-check server shows a student of one checked sheet: what was read, where and how, each part's
 * verdict, points and feedback. It is built field by field from a team's result rather than filtered from
 * {@code report.json}, so that a field added to the TA's reports later cannot reach a student by default: there is
 * no expected value, no matched variant, no wrong-entry list (which with the student's own value narrows the key),
 * and every text passes the {@link KeyGuard}.
 */
record StudentReport(String assignment, String title, String team, String name, String source, String status,
        Optional<String> reason, double total, double max, List<String> notes, List<StudentPart> parts) {

    StudentReport {
        notes = List.copyOf(notes);
        parts = List.copyOf(parts);
    }

    /**
     * One part as a student sees it.
     *
     * @param read the student's value as the reports show it, if one was read
     * @param where where it was found (page and line, or cell)
     * @param foundBy how it was found ({@code label}, {@code cell}, or a guess to check)
     */
    record StudentPart(String id, String question, double points, double awarded, String verdict,
            Optional<String> read, Optional<String> where, Optional<String> foundBy, List<String> feedback,
            List<String> notes, boolean review) {

        StudentPart {
            feedback = List.copyOf(feedback);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The view of a result.
     *
     * @param uploadName the file name the student uploaded, which replaces the server's own path in any text
     * @param serverPath the folder the upload was read from, never shown
     */
    static StudentReport of(String assignment, Rubric rubric, KeyGuard guard, TeamResult result, String uploadName,
            String serverPath) {
        List<StudentPart> parts = new ArrayList<>();
        for (PartResult part : result.parts()) {
            int decimals = rubric.part(part.id()).map(Part::decimals).orElse(rubric.decimals());
            Optional<Value> own = part.given();
            parts.add(new StudentPart(part.id(), part.questionId(), part.points(), part.awarded(),
                    part.verdict().spelling(), own.map(value -> Values.display(value, decimals)),
                    part.where().map(where -> hide(where.describe(), uploadName, serverPath)),
                    part.foundBy().map(found -> found.spelling()),
                    part.feedback().stream().map(line -> guard.feedback(hide(line, uploadName, serverPath), own)).toList(),
                    part.notes().stream().map(line -> guard.text(hide(line, uploadName, serverPath), own)).toList(),
                    part.review().needed()));
        }
        return new StudentReport(assignment, rubric.title(), result.team(), result.name(), uploadName,
                result.status(),
                result.unreadable().map(reason -> guard.text(hide(reason, uploadName, serverPath), Optional.empty())),
                result.total(), result.max(),
                result.notes().stream().map(note -> guard.text(hide(note, uploadName, serverPath), Optional.empty()))
                        .toList(),
                parts);
    }

    /** A text without the server's folder: the student knows their file by the name they uploaded it under. */
    private static String hide(String text, String uploadName, String serverPath) {
        return serverPath.isEmpty() ? text : text.replace(serverPath + File.separator, "").replace(serverPath,
                uploadName);
    }

    /** The report as a plain tree for JSON ({@code POST /api/check}). */
    Map<String, Object> plain() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("assignment", assignment);
        document.put("title", title);
        document.put("team", team);
        document.put("name", name);
        document.put("source", source);
        document.put("status", status);
        reason.ifPresent(text -> document.put("reason", text));
        document.put("total", Values.plainNumber(total));
        document.put("max", Values.plainNumber(max));
        document.put("notes", notes);
        List<Map<String, Object>> partList = new ArrayList<>();
        for (StudentPart part : parts) {
            Map<String, Object> plainPart = new LinkedHashMap<>();
            plainPart.put("id", part.id());
            plainPart.put("question", part.question());
            plainPart.put("points", Values.plainNumber(part.points()));
            plainPart.put("awarded", Values.plainNumber(part.awarded()));
            plainPart.put("verdict", part.verdict());
            plainPart.put("read", part.read().orElse(null));
            plainPart.put("found_by", part.foundBy().orElse(null));
            plainPart.put("where", part.where().orElse(null));
            plainPart.put("feedback", part.feedback());
            plainPart.put("notes", part.notes());
            plainPart.put("review", part.review());
            partList.add(plainPart);
        }
        document.put("parts", partList);
        return document;
    }

    /** The score as the page and the log say it, e.g. {@code 33 / 50}. */
    String score() {
        return Rounding.plain(total) + " / " + Rounding.plain(max);
    }
}
