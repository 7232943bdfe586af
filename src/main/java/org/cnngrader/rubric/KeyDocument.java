package org.cnngrader.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;

/**
 * The answer key of a rubric, for people (Markdown: per question, each part's reference rounded
 * as the rubric says, matrices as tables) and for machines (DESIGN.md §7:
 * {@code {"title", "parts": [{"id", "question", "points", "answer", "display"}]}}, {@code answer}
 * exact).
 */
public final class KeyDocument {

    private KeyDocument() {
    }

    /** The key as plain data for a JSON writer, in rubric order. */
    public static Map<String, Object> plain(Rubric rubric) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", rubric.title());
        document.put("points", Values.plainNumber(rubric.points()));
        List<Object> parts = new ArrayList<>();
        for (Part part : rubric.parts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", part.id());
            entry.put("question", part.questionId());
            entry.put("points", Values.plainNumber(part.points()));
            entry.put("kind", kind(part.kind()));
            Value reference = rubric.key().reference(part.id()).orElse(null);
            entry.put("answer", reference == null ? null : Values.toPlain(reference));
            entry.put("display", display(rubric, part));
            parts.add(entry);
        }
        document.put("parts", parts);
        return document;
    }

    /** The key as Markdown. */
    public static String markdown(Rubric rubric) {
        StringBuilder text = new StringBuilder();
        text.append("# Answer key: ").append(escape(rubric.title())).append("\n\n");
        text.append(Rounding.plain(rubric.points())).append(" points. Values are rounded half-up to ")
                .append(rubric.decimals()).append(" decimals; whole numbers are shown as they are.\n");
        for (Question question : rubric.questions()) {
            text.append("\n## ").append(escape(question.id()));
            if (!question.title().isEmpty()) {
                text.append(' ').append(escape(question.title()));
            }
            text.append(" (").append(Rounding.plain(question.points())).append(" points)\n");
            for (Part part : question.parts()) {
                text.append("\n### ").append(part.id()).append(" (").append(Rounding.plain(part.points()))
                        .append(part.points() == 1 ? " point" : " points").append(")\n\n");
                if (!part.text().isEmpty()) {
                    text.append(escape(part.text())).append("\n\n");
                }
                Value reference = rubric.key().reference(part.id()).orElse(null);
                if (reference instanceof Value.TensorValue tensor && tensor.tensor().rank() == 2) {
                    text.append('`').append(((PartKind.Answer) part.kind()).formula().text()).append("`:\n\n");
                    text.append(table(tensor.tensor(), part.decimals()));
                } else {
                    if (part.kind() instanceof PartKind.Answer answer) {
                        text.append('`').append(answer.formula().text()).append("` = ");
                    }
                    text.append(display(rubric, part)).append('\n');
                }
                appendVariants(text, "Accepted", part.accepted(), rubric.key().acceptedValues(part.id()), part);
                appendVariants(text, "Known mistakes", part.mistakes(), rubric.key().mistakeValues(part.id()), part);
            }
        }
        return text.toString();
    }

    private static void appendVariants(StringBuilder text, String heading, List<Variant> variants, List<Value> values,
            Part part) {
        if (variants.isEmpty()) {
            return;
        }
        text.append('\n').append(heading).append(":\n\n");
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            text.append("- `").append(variant.formula().text()).append('`');
            if (i < values.size()) {
                text.append(" = ").append(Values.display(values.get(i), part.decimals()));
            }
            text.append(" (credit ").append(Rounding.plain(variant.credit())).append(")");
            if (!variant.feedback().isEmpty()) {
                text.append(": ").append(escape(variant.feedback()));
            }
            text.append('\n');
        }
    }

    /** What the key shows for a part: its rounded reference, or how it is scored. */
    public static String display(Rubric rubric, Part part) {
        PartKind kind = part.kind();
        if (kind instanceof PartKind.Answer) {
            return rubric.key().reference(part.id()).map(value -> Values.display(value, part.decimals()))
                    .orElse("(no value)");
        }
        if (kind instanceof PartKind.Check check) {
            return "open question: right when " + check.formula().text() + " holds";
        }
        if (kind instanceof PartKind.Manual) {
            return "scored by a TA";
        }
        return "recorded by the student, used by other parts";
    }

    private static String kind(PartKind kind) {
        if (kind instanceof PartKind.Answer) {
            return "answer";
        }
        if (kind instanceof PartKind.Check) {
            return "check";
        }
        return kind instanceof PartKind.Manual ? "manual" : "recorded";
    }

    private static String table(Tensor matrix, int decimals) {
        String[] shown = Values.display(new Value.TensorValue(matrix), decimals)
                .replace("[", "").replace("]", "").split(", ");
        int columns = matrix.side(1);
        StringBuilder text = new StringBuilder("|   |");
        for (int j = 1; j <= columns; j++) {
            text.append(' ').append(j).append(" |");
        }
        text.append("\n|---|");
        text.append("---:|".repeat(columns)).append('\n');
        for (int i = 0; i < matrix.side(0); i++) {
            text.append("| **").append(i + 1).append("** |");
            for (int j = 0; j < columns; j++) {
                text.append(' ').append(shown[i * columns + j]).append(" |");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }
}
