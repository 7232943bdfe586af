package org.cnngrader.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Question;
import org.cnngrader.rubric.Rubric;

/**
 * The view of a team's result that the human-readable formats (Markdown, HTML, PDF) render:
 * questions with their parts, values rounded as the rubric says, matrices as grids whose wrong
 * entries are marked. Plain maps and lists, so that templates need no Java.
 */
final class Display {

    private Display() {
    }

    static Map<String, Object> team(TeamResult result, Rubric rubric) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", rubric.title());
        view.put("team", result.team());
        view.put("members", String.join(", ", result.members()));
        view.put("source", result.source());
        view.put("status", result.status());
        view.put("reason", result.unreadable().orElse(""));
        view.put("total", points(result.total()));
        view.put("max", points(result.max()));
        view.put("percent", percent(result.percent()));
        view.put("notes", result.notes());
        Map<String, PartResult> byId = new java.util.HashMap<>();
        result.parts().forEach(partResult -> byId.putIfAbsent(partResult.id(), partResult));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : rubric.questions()) {
            Map<String, Object> questionView = new LinkedHashMap<>();
            questionView.put("id", question.id());
            questionView.put("title", question.title());
            List<Map<String, Object>> parts = new ArrayList<>();
            double awarded = 0;
            for (Part part : question.parts()) {
                PartResult partResult = byId.get(part.id());
                if (partResult == null) {
                    continue;
                }
                awarded += partResult.awarded();
                parts.add(part(partResult, part));
            }
            questionView.put("points", points(question.points()));
            questionView.put("awarded", points(awarded));
            questionView.put("parts", parts);
            questions.add(questionView);
        }
        view.put("questions", questions);
        return view;
    }

    private static Map<String, Object> part(PartResult result, Part part) {
        // Room for its 14 entries without resizing.
        Map<String, Object> view = new LinkedHashMap<>(32);
        view.put("id", result.id());
        view.put("text", part.text());
        view.put("points", points(result.points()));
        view.put("awarded", points(result.awarded()));
        view.put("verdict", result.verdict().spelling());
        view.put("feedback", result.feedback());
        view.put("given", result.given().map(value -> grid(value, part.decimals(), result.wrongEntries())).orElse(null));
        view.put("expected", result.expected().map(value -> grid(value, part.decimals(), List.of())).orElse(null));
        view.put("written", result.written());
        view.put("foundBy", result.foundBy().map(found -> found.spelling()).orElse(""));
        view.put("where", result.where().map(where -> where.describe()).orElse(""));
        view.put("matched", result.matched().orElse(""));
        view.put("review", result.review());
        view.put("notes", result.notes());
        return view;
    }

    /** A value as rows of cells {text, wrong}; a non-matrix value is one row of one cell. */
    static Map<String, Object> grid(Value value, int decimals, List<Integer> wrong) {
        Map<String, Object> grid = new LinkedHashMap<>();
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        if (value instanceof Value.TensorValue tensorValue && tensorValue.tensor().rank() == 2) {
            Tensor tensor = tensorValue.tensor();
            int shown = tensor.isIntegral() ? 0 : decimals;
            // The cells' texts make the matrix's text, as Values.display writes it.
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < tensor.side(0); i++) {
                List<Map<String, Object>> row = new ArrayList<>();
                text.append(i == 0 ? "[" : ", [");
                for (int j = 0; j < tensor.side(1); j++) {
                    int index = i * tensor.side(1) + j;
                    String entry = Rounding.halfUpText(tensor.valueAt(index), shown);
                    row.add(Map.of("text", entry, "wrong", wrong.contains(index)));
                    text.append(j == 0 ? "" : ", ").append(entry);
                }
                rows.add(row);
                text.append(']');
            }
            grid.put("matrix", true);
            grid.put("rows", rows);
            grid.put("text", text.append(']').toString());
        } else {
            String text = Values.display(value, decimals);
            rows.add(List.of(Map.of("text", text, "wrong", !wrong.isEmpty())));
            grid.put("matrix", false);
            grid.put("rows", rows);
            grid.put("text", text);
        }
        return grid;
    }

    static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
