package org.cnngrader.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.sheet.Where;

/**
 * A team's result as the JSON document of {@code report.json} (DESIGN.md §7), also printed by
 * {@code check --json} and joined into {@code results.json}:
 * <pre>
 * {"team" (the identity: where it was handed in), "name" (as the team names itself), "source", "status", "total", "max", "members", "notes",
 *  "parts": [{"id", "question", "points", "awarded", "verdict", "feedback", "given", "expected",
 *             "matched", "found_by", "where": {"page", "line", "cell", "snippet"}, "written", "notes",
 *             "review"}]}
 * </pre>
 * Values are exact (numbers, booleans, nested arrays); {@code expected} is null unless revealed.
 * Written field by field: every team of a cohort gets one, so no map is built on the way.
 */
public final class TeamDocument {

    private TeamDocument() {
    }

    /** The document as indented JSON ({@link Json#pretty} layout); {@code reveal} includes the expected values. */
    public static String json(TeamResult result, boolean reveal) {
        return new String(utf8(result, reveal), StandardCharsets.UTF_8);
    }

    /** The bytes of {@code report.json} holding a document: the document and a line break. */
    public static byte[] reportFile(byte[] document) {
        byte[] file = Arrays.copyOf(document, document.length + 1);
        file[document.length] = '\n';
        return file;
    }

    /** {@link #json} as UTF-8 bytes, as a file holds it. */
    static byte[] utf8(TeamResult result, boolean reveal) {
        return Json.prettyUtf8(generator -> write(result, reveal, generator));
    }

    private static void write(TeamResult result, boolean reveal, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("team", result.team());
        json.writeStringField("name", result.name());
        json.writeStringField("source", result.source());
        json.writeStringField("status", result.status());
        if (result.unreadable().isPresent()) {
            json.writeStringField("reason", result.unreadable().get());
        }
        number(json, "total", result.total());
        number(json, "max", result.max());
        strings(json, "members", result.members());
        strings(json, "notes", result.notes());
        json.writeArrayFieldStart("parts");
        for (PartResult part : result.parts()) {
            json.writeStartObject();
            json.writeStringField("id", part.id());
            json.writeStringField("question", part.questionId());
            number(json, "points", part.points());
            number(json, "awarded", part.awarded());
            json.writeStringField("verdict", part.verdict().spelling());
            json.writeStringField("feedback", String.join(" ", part.feedback()));
            value(json, "given", part.given());
            value(json, "expected", reveal ? part.expected() : Optional.empty());
            json.writeStringField("matched", part.matched().orElse(null));
            json.writeStringField("found_by", part.foundBy().map(found -> found.spelling()).orElse(null));
            if (part.where().isPresent()) {
                Where where = part.where().get();
                json.writeObjectFieldStart("where");
                positiveOrNull(json, "page", where.page());
                positiveOrNull(json, "line", where.line());
                json.writeStringField("cell", where.cell().isEmpty() ? null : where.cell());
                json.writeStringField("snippet", where.snippet());
                json.writeEndObject();
            } else {
                json.writeNullField("where");
            }
            json.writeStringField("written", part.written());
            strings(json, "notes", part.notes());
            json.writeBooleanField("review", part.review().needed());
            if (part.review().needed()) {
                json.writeStringField("review_reason", Display.reviewReason(part));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A whole number without a fraction ({@link Values#plainNumber}). */
    private static void number(JsonGenerator json, String field, double number) throws IOException {
        if (Values.plainNumber(number) instanceof Long whole) {
            json.writeNumberField(field, whole.longValue());
        } else {
            json.writeNumberField(field, number);
        }
    }

    /** A page or line number, null where there is none (0). */
    private static void positiveOrNull(JsonGenerator json, String field, int number) throws IOException {
        if (number > 0) {
            json.writeNumberField(field, number);
        } else {
            json.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> strings) throws IOException {
        json.writeArrayFieldStart(field);
        for (String string : strings) {
            json.writeString(string);
        }
        json.writeEndArray();
    }

    /** A value as plain data ({@link Values#toPlain}: nested arrays of exact numbers), or null. */
    private static void value(JsonGenerator json, String field, Optional<Value> value) throws IOException {
        json.writeFieldName(field);
        json.writeObject(value.map(Values::toPlain).orElse(null));
    }
}
