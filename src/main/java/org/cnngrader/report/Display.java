package org.cnngrader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * What the human-readable formats render (Markdown, and the HTML templates under {@code src/main/jte},
 * which the PDF shares): texts already formatted, points to two decimals without trailing zeros,
 * values rounded as the rubric says, matrices as grids whose wrong entries are marked. The records
 * are public because the compiled templates live in a package of their own; they are built here only.
 */
public final class Display {

    /** A team's report: its questions in rubric order, each with the parts that were graded. */
    public record Team(String title, String team, String members, String source, Optional<String> unreadable,
            String total, String max, String percent, List<String> notes, List<Question> questions) {
        public Team {
            notes = List.copyOf(notes);
            questions = List.copyOf(questions);
        }
    }

    /** A question: its points awarded out of its points, and a row per part. */
    public record Question(String id, String title, String awarded, String points, List<Row> rows) {
        public Question {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A part's row: the given and expected values (absent when there is none), what the student
     * wrote when no value was read, where the answer was found ({@code where} and {@code foundBy}
     * empty when it was not), and why a person should look at it ({@code review}, empty when not).
     */
    public record Row(String id, String text, String awarded, String points, String verdict, String review,
            Optional<Grid> given, Optional<Grid> expected, String written, String where, String foundBy,
            List<String> feedback, List<String> notes) {
        public Row {
            feedback = List.copyOf(feedback);
            notes = List.copyOf(notes);
        }
    }

    /** A value as rows of cells, and as one text ({@link Values#display}); a non-matrix value is one cell. */
    public record Grid(boolean matrix, List<List<Cell>> rows, String text) {
        public Grid {
            rows = List.copyOf(rows);
        }
    }

    /** An entry of a value, marked when it is one of the wrong entries. */
    public record Cell(String text, boolean wrong) {
    }

    /**
     * The cohort's summary page; {@code histogram} and {@code successChart} are SVG drawn by the
     * charts library (the one markup the template does not escape), everything else is text.
     */
    public record Summary(String title, int teams, int unreadableCount, String max, String mean, String median,
            String histogram, String successChart, List<PartSummary> parts, List<Review> review,
            List<Unreadable> unreadable, List<TeamLine> all, List<Finding> findings) {
        public Summary {
            findings = List.copyOf(findings);
            parts = List.copyOf(parts);
            review = List.copyOf(review);
            unreadable = List.copyOf(unreadable);
            all = List.copyOf(all);
        }
    }

    /** How a part went across the cohort: the rate of teams fully right, and the most frequent diagnosed mistakes. */
    public record PartSummary(String id, String question, String points, String rate, String mean,
            List<Mistake> mistakes) {
        public PartSummary {
            mistakes = List.copyOf(mistakes);
        }
    }

    /** A diagnosed mistake and how many teams made it. */
    public record Mistake(String text, int count) {
    }

    /** A team with parts to review, most doubtful first, and the link to its report. */
    public record Review(String team, String link, List<ReviewPart> parts) {
        public Review {
            parts = List.copyOf(parts);
        }
    }

    /** A part to review and why. */
    public record ReviewPart(String id, String reason) {
    }

    /**
     * Why a person should look at a part: how its answer was found, when that was a guess (where it
     * was, too), else its verdict, which a diagnosis or a variant decided; empty when nothing calls
     * for a look.
     */
    public static String reviewReason(PartResult result) {
        if (!result.review()) {
            return "";
        }
        if (result.foundBy().isPresent() && result.foundBy().get().needsReview()) {
            return result.foundBy().get().reason() + result.where().map(where -> " (" + where.describe() + ")")
                    .orElse("");
        }
        return "graded " + result.verdict().spelling() + ": confirm the feedback";
    }

    /** How doubtful a team is whose file gave no answer at all: more than any one reading. */
    public static final int NOTHING_FOUND = 4;

    /** How doubtful a part's reading is, for ordering the review list: outside, order, match, then the rest. */
    public static int doubt(PartResult result) {
        return result.foundBy().map(found -> switch (found) {
            case OUTSIDE -> 3;
            case ORDER -> 2;
            case MATCH -> 1;
            default -> 0;
        }).orElse(0);
    }

    /** A submission that could not be read, and why. */
    public record Unreadable(String team, String source, String reason) {
    }

    /** A team's line in the list of all teams. */
    public record TeamLine(String team, String link, String total, String percent, String status) {
    }

    private Display() {
    }

    static Team team(TeamResult result, Rubric rubric) {
        List<Question> questions = new ArrayList<>();
        for (org.cnngrader.rubric.Question question : rubric.questions()) {
            List<Row> rows = new ArrayList<>();
            double awarded = 0;
            for (org.cnngrader.rubric.Part part : question.parts()) {
                Optional<PartResult> partResult = result.part(part.id());
                if (partResult.isPresent()) {
                    awarded += partResult.get().awarded();
                    rows.add(row(partResult.get(), part));
                }
            }
            questions.add(new Question(question.id(), question.title(), points(awarded), points(question.points()),
                    rows));
        }
        return new Team(rubric.title(), result.label(), String.join(", ", result.members()), result.source(),
                result.unreadable(), points(result.total()), points(result.max()), percent(result.percent()),
                result.notes(), questions);
    }

    private static Row row(PartResult result, org.cnngrader.rubric.Part part) {
        return new Row(result.id(), part.text(), points(result.awarded()), points(result.points()),
                result.verdict().spelling(), reviewReason(result),
                result.given().map(value -> grid(value, part.decimals(), result.wrongEntries())),
                result.expected().map(value -> grid(value, part.decimals(), List.of())), result.written(),
                result.where().map(where -> where.describe()).orElse(""),
                result.foundBy().map(found -> found.spelling()).orElse(""), result.feedback(), result.notes());
    }

    /** A value shown with {@code decimals} digits; {@code wrong} holds the indices, in reading order, of wrong entries. */
    static Grid grid(Value value, int decimals, List<Integer> wrong) {
        if (value instanceof Value.TensorValue tensorValue && tensorValue.tensor().rank() == 2) {
            Tensor tensor = tensorValue.tensor();
            int shown = tensor.isIntegral() ? 0 : decimals;
            List<List<Cell>> rows = new ArrayList<>(tensor.side(0));
            // The cells' texts make the matrix's text, as Values.display writes it.
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < tensor.side(0); i++) {
                List<Cell> row = new ArrayList<>(tensor.side(1));
                text.append(i == 0 ? "[" : ", [");
                for (int j = 0; j < tensor.side(1); j++) {
                    int index = i * tensor.side(1) + j;
                    String entry = Rounding.halfUpText(tensor.valueAt(index), shown);
                    row.add(new Cell(entry, wrong.contains(index)));
                    text.append(j == 0 ? "" : ", ").append(entry);
                }
                rows.add(row);
                text.append(']');
            }
            return new Grid(true, rows, text.append(']').toString());
        }
        String text = Values.display(value, decimals);
        return new Grid(false, List.of(List.of(new Cell(text, !wrong.isEmpty()))), text);
    }

    /** Points with at most two decimals and no trailing zeros: {@code 2}, {@code 1.5}, {@code 0.33}. */
    public static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A percentage with one decimal: {@code 87.5}, {@code 100.0}. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
