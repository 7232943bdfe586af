package org.cnngrader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.Comparison;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.grading.Verdict;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;

/**
 * What the human-readable formats render (Markdown, and the HTML templates under {@code src/main/jte},
 * which the PDF shares): texts already formatted, points to two decimals without trailing zeros,
 * values rounded as the rubric says, matrices as grids whose wrong entries are marked. The records
 * are public because the compiled templates live in a package of their own; they are built here only.
 */
public final class Display {

    /**
     * A team's report: its questions in rubric order, each with the parts that were graded. {@code percent} is over
     * the points graded so far ({@code graded}): parts a TA has not scored yet ({@code awaiting} points, "0" when
     * none) do not count as wrong. {@code fixFirst} lists the parts that lost the most points, upstream first.
     */
    public record Team(String title, String team, String members, String source, Optional<String> unreadable,
            String total, String max, String percent, String graded, String awaiting, List<String> notes,
            List<Fix> fixFirst, List<Question> questions, int partCount) {
        public Team {
            notes = List.copyOf(notes);
            fixFirst = List.copyOf(fixFirst);
            questions = List.copyOf(questions);
        }

        /** Whether some points wait for a TA. */
        public boolean isAwaiting() {
            return !awaiting.equals("0");
        }
    }

    /** A part worth fixing first: its id, the points it lost, and the first line of its feedback. */
    public record Fix(String id, String lost, String advice) {
    }

    /** A question: its points awarded out of its points, and a row per part. */
    public record Question(String id, String title, String awarded, String points, List<Row> rows) {
        public Question {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A part's row: the given and expected values (absent when there is none), what the expected value is
     * ({@code expectedLabel}: "expected", or "expected from your S" when it follows from the student's own earlier
     * answer), what the student wrote when no value was read, where the answer was found ({@code where} and
     * {@code foundBy} empty when it was not), the wrong entries of a matrix by row and column counted from 1, and
     * why a person should look at it ({@code review}, empty when not).
     */
    public record Row(String id, String text, String awarded, String points, String verdict, String review,
            Optional<Grid> given, Optional<Grid> expected, String expectedLabel, String written, String where,
            String foundBy, String wrongEntries, List<String> feedback, List<String> notes) {
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

    /** An entry of a value, marked when it is one of the wrong entries; {@code name} is "row 1, column 2". */
    public record Cell(String text, boolean wrong, String name) {
    }

    /**
     * The cohort's summary page; {@code histogram} is SVG drawn by the charts library (the one markup the template
     * does not escape), everything else is text. Percentages are over the points graded so far.
     */
    public record Summary(String title, String headline, String max, String mean, String median, String awaiting,
            String histogram, List<Slip> slips, List<QuestionSummary> questions, List<PartSummary> parts,
            List<Review> review, List<Similar> similar, List<Unreadable> unreadable, List<TeamLine> all,
            List<Finding> findings) {
        public Summary {
            slips = List.copyOf(slips);
            questions = List.copyOf(questions);
            parts = List.copyOf(parts);
            review = List.copyOf(review);
            similar = List.copyOf(similar);
            unreadable = List.copyOf(unreadable);
            all = List.copyOf(all);
            findings = List.copyOf(findings);
        }

        /** The script that sorts the tables (our own text: the template inlines it unescaped). */
        public String script() {
            return SummaryReport.SCRIPT;
        }

        /** The page's content security policy: no network, inline styles, and only that script, by its hash. */
        public String policy() {
            return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
                    + SummaryReport.SCRIPT_HASH + "'";
        }
    }

    /**
     * How a part went across the cohort: the rate of teams fully right among those whose part was graded
     * ({@code rate} "–" and {@code rateSort} -1 when none was), how many were graded, the mean points, and the most
     * frequent diagnosed mistakes in words.
     */
    public record PartSummary(String id, String question, String points, String rate, String rateSort,
            String graded, String mean, List<Mistake> mistakes) {
        public PartSummary {
            mistakes = List.copyOf(mistakes);
        }
    }

    /** How a question went: mean points, the percentage of its graded points earned, teams with full marks. */
    public record QuestionSummary(String id, String title, String points, String mean, String percent,
            String percentSort, int fullMarks, int graded) {
    }

    /** A diagnosed mistake in words and how many teams made it. */
    public record Mistake(String text, int count) {
    }

    /** A bar of the common slips chart: the part, the slip in words, how many teams, the bar's width in %. */
    public record Slip(String part, String words, int count, int width) {
    }

    /** A team with parts to review, riskiest first, and the link to its report. */
    public record Review(String team, String link, List<ReviewPart> parts) {
        public Review {
            parts = List.copyOf(parts);
        }
    }

    /** A part to review, its points, and why. */
    public record ReviewPart(String id, String points, String reason) {
    }

    /** Teams that gave the same wrong answers to the same parts: a hint to look, never a verdict. */
    public record Similar(List<TeamLink> teams, List<String> parts) {
        public Similar {
            teams = List.copyOf(teams);
            parts = List.copyOf(parts);
        }
    }

    /** A team's label and the link to its report. */
    public record TeamLink(String team, String link) {
    }

    /** A submission that could not be read, and why. */
    public record Unreadable(String team, String source, String reason) {
    }

    /**
     * A team's line in the list of all teams: its total, the points graded so far, its percentage of them (with a
     * sort key), and the points awaiting a TA.
     */
    public record TeamLine(String team, String link, String total, String graded, String percent, String percentSort,
            String awaiting, String status) {
    }

    /** The words of grading's "to be scored" feedback: a manual part no TA has scored yet. */
    static final String TO_BE_SCORED = "To be scored by a TA.";

    private Display() {
    }

    /**
     * Whether a part waits for a TA: a manual part with no score yet. Grading says so only in its feedback, which is
     * the one place a score of 0 given by a TA and no score at all differ.
     */
    static boolean awaitingTa(PartResult part) {
        return part.verdict() == Verdict.MANUAL && part.awarded() == 0
                && part.feedback().size() == 1 && part.feedback().get(0).equals(TO_BE_SCORED);
    }

    /** The verdict a report shows: grading's ({@code unchecked} for a check that needs a missing answer, DESIGN.md §6). */
    static String verdict(PartResult result) {
        return result.verdict().spelling();
    }

    /**
     * For a part grading found {@code unchecked}, the parts whose missing or unreadable answer kept its check from
     * running; empty for any other verdict.
     */
    static List<String> unchecked(PartResult result, Rubric rubric, TeamResult team) {
        Optional<Part> part = rubric.part(result.id());
        if (result.verdict() != Verdict.UNCHECKED || part.isEmpty()
                || !(part.get().kind() instanceof PartKind.Check check)) {
            return List.of();
        }
        List<String> needed = new ArrayList<>();
        for (String name : new TreeSet<>(check.formula().expression().names())) {
            if (name.equals(result.id()) || rubric.part(name).isEmpty()) {
                continue;
            }
            Optional<PartResult> other = team.part(name);
            if (other.isEmpty() || other.get().verdict() == Verdict.MISSING
                    || other.get().verdict() == Verdict.UNREADABLE) {
                needed.add(name);
            }
        }
        return needed;
    }

    /**
     * Why a person should look at a part, in words: how its answer was found when that was a guess (and where),
     * else what decided its grade: an accepted variant, follow-through, a diagnosed slip; empty when nothing calls
     * for a look.
     */
    public static String reviewReason(PartResult result) {
        return reviewReason(result, Optional.empty());
    }

    /** {@link #reviewReason}, a rubric's variants and mistakes named by their feedback rather than their expression. */
    static String reviewReason(PartResult result, Optional<Part> part) {
        Why why = why(result, part);
        return why.detail().isEmpty() ? why.category() : why.category() + " (" + why.detail() + ")";
    }

    /** Why to review a part: the kind of doubt, shared by parts alike, and what is particular to this one. */
    record Why(String category, String detail) {
    }

    static Why why(PartResult result, Optional<Part> part) {
        if (!result.review().needed()) {
            return new Why("", "");
        }
        if (result.review() instanceof org.cnngrader.grading.Review.Noted noted) {
            return new Why(noted.note(), "");
        }
        if (result.foundBy().isPresent() && result.foundBy().get().needsReview()) {
            return new Why(result.foundBy().get().reason(), result.where().map(where -> where.describe()).orElse(""));
        }
        String matched = result.matched().orElse("");
        return switch (result.verdict()) {
            case ACCEPTED -> new Why("accepted as a variant of the answer: confirm it",
                    variantWords(part.map(Part::accepted).orElse(List.of()), matched));
            case FOLLOW_THROUGH -> new Why("credit for follow-through, an answer that follows from a wrong earlier"
                    + " one", matched.startsWith(FOLLOW_THROUGH_FROM) ? matched.substring(
                    FOLLOW_THROUGH_FROM.length() - "from ".length()) : matched);
            case UNREADABLE -> new Why("the answer could not be read", "");
            case MISSING -> new Why("not found: its question, or the one next to it, is headed out of the rubric's"
                    + " order, where it was not read", "");
            // A pattern of the entries (one wrong entry, an offset) is feedback without a matched variant.
            case PARTIAL, INCORRECT -> matched.isEmpty() ? new Why("graded " + result.verdict().spelling()
                    + ": confirm the feedback", "") : new Why("diagnosed: confirm the feedback",
                    variantWords(part.map(Part::mistakes).orElse(List.of()), matched));
            default -> new Why("graded " + result.verdict().spelling() + ": confirm the feedback", "");
        };
    }

    /** A matched variant in words: a rubric variant by its feedback, an engine slip by its description. */
    static String variantWords(List<org.cnngrader.rubric.Variant> variants, String matched) {
        for (org.cnngrader.rubric.Variant variant : variants) {
            if (variant.formula().text().equals(matched)) {
                return variant.feedback().isBlank() ? "a variant the rubric names" : variant.feedback();
            }
        }
        return slipWords(matched);
    }

    /** A slip's description as words: the shape a mutant gives is not known here. */
    static String slipWords(String description) {
        return description.replace("{shape}", "of another shape");
    }

    /** How doubtful a team is whose file gave no answer at all: more than any one reading. */
    public static final int NOTHING_FOUND = 9;

    /**
     * How likely a part's grade is wrong, for ordering the review list: an answer found outside its question, then
     * one taken by its place, then one taken because it matched, then an unreadable answer, then points given by a
     * follow-through or an accepted variant, then a diagnosis (the grade stands, the words may not).
     */
    public static int doubt(PartResult result) {
        int reading = result.foundBy().map(found -> switch (found) {
            case OUTSIDE -> 8;
            case ORDER -> 7;
            case MATCH -> 6;
            default -> 0;
        }).orElse(0);
        if (reading > 0) {
            return reading;
        }
        return switch (result.verdict()) {
            case UNREADABLE -> 5;
            case FOLLOW_THROUGH -> 4;
            case ACCEPTED -> 3;
            case PARTIAL -> 2;
            case INCORRECT -> result.matched().isPresent() ? 1 : 2;
            default -> 0;
        };
    }

    static Team team(TeamResult result, Rubric rubric) {
        List<Question> questions = new ArrayList<>();
        double awaiting = 0;
        int partCount = 0;
        for (org.cnngrader.rubric.Question question : rubric.questions()) {
            List<Row> rows = new ArrayList<>();
            double awarded = 0;
            for (Part part : question.parts()) {
                Optional<PartResult> partResult = result.part(part.id());
                if (partResult.isPresent()) {
                    awarded += partResult.get().awarded();
                    rows.add(row(partResult.get(), part, rubric, result));
                    partCount++;
                    if (awaitingTa(partResult.get())) {
                        awaiting += partResult.get().points();
                    }
                }
            }
            questions.add(new Question(question.id(), question.title(), points(awarded), points(question.points()),
                    rows));
        }
        double graded = result.max() - awaiting;
        return new Team(rubric.title(), result.label(), String.join(", ", result.members()), result.source(),
                result.unreadable(), points(result.total()), points(result.max()),
                percent(graded <= 0 ? 0 : 100 * result.total() / graded), points(graded), points(awaiting),
                result.notes(), result.unreadable().isPresent() ? List.of() : fixFirst(result, rubric), questions,
                partCount);
    }

    /**
     * The parts to fix first: those that lost points, most points first; a part whose grade follows from an earlier
     * answer comes after it, since fixing the earlier one may fix both. At most five.
     */
    private static List<Fix> fixFirst(TeamResult result, Rubric rubric) {
        List<PartResult> lost = new ArrayList<>();
        for (PartResult part : result.parts()) {
            if (part.verdict() != Verdict.MANUAL && part.points() - part.awarded() > 1e-9) {
                lost.add(part);
            }
        }
        List<String> order = rubric.parts().stream().map(Part::id).toList();
        lost.sort(Comparator.comparingDouble((PartResult part) -> part.awarded() - part.points())
                .thenComparingInt(part -> order.indexOf(part.id())));
        List<Fix> fixes = new ArrayList<>();
        for (PartResult part : lost.subList(0, Math.min(5, lost.size()))) {
            List<String> needs = unchecked(part, rubric, result);
            String advice = !needs.isEmpty() ? "could not be checked without your answer to " + String.join(" and ",
                    needs) : part.verdict() == Verdict.MISSING ? "no answer was found"
                    : part.feedback().isEmpty() ? part.verdict().spelling() : part.feedback().get(0);
            fixes.add(new Fix(part.id(), points(part.points() - part.awarded()), advice));
        }
        return fixes;
    }

    private static Row row(PartResult result, Part part, Rubric rubric, TeamResult team) {
        List<Integer> wrong = result.wrongEntries();
        Optional<Grid> given = result.given().map(value -> grid(value, part.decimals(), wrong));
        List<String> needs = unchecked(result, rubric, team);
        String review = needs.isEmpty() ? reviewReason(result, Optional.of(part))
                : "unchecked: the check needs the answer to " + String.join(" and ", needs);
        return new Row(result.id(), part.text(), points(result.awarded()), points(result.points()),
                verdict(result), review, given,
                result.expected().map(value -> grid(value, part.decimals(), List.of())),
                // What was written, when no value was read from it, is quoted as feedback quotes it: its start.
                expectedLabel(result, part, rubric), org.cnngrader.sheet.Excerpt.shortened(result.written(),
                        org.cnngrader.sheet.Excerpt.QUOTED),
                result.where().map(where -> where.describe()).orElse(""),
                result.foundBy().map(found -> found.spelling()).orElse(""),
                given.map(Display::wrongEntries).orElse(""), result.feedback(), result.notes());
    }

    /** The wrong entries of a matrix answer by row and column, counted from 1 as the problem sheet counts. */
    private static String wrongEntries(Grid grid) {
        if (!grid.matrix()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (List<Cell> row : grid.rows()) {
            for (Cell cell : row) {
                if (cell.wrong()) {
                    names.add(cell.name());
                }
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        return (names.size() == 1 ? "Wrong entry: " : "Wrong entries: ") + String.join("; ", names.size() > 6
                ? List.copyOf(names.subList(0, 6)) : names) + (names.size() > 6 ? "; and " + (names.size() - 6)
                + " more" : "") + ".";
    }

    /**
     * What the expected value is: the reference ("expected"), or the value that follows from the team's own earlier
     * answers (follow-through), which is not the right answer and must not be taken for it.
     */
    private static String expectedLabel(PartResult result, Part part, Rubric rubric) {
        if (result.expected().isEmpty()) {
            return "";
        }
        String matched = result.matched().orElse("");
        if (matched.startsWith(FOLLOW_THROUGH_FROM)) {
            return "expected from your " + matched.substring(FOLLOW_THROUGH_FROM.length());
        }
        if (result.verdict() == Verdict.ACCEPTED) {
            return "accepted answer";
        }
        Optional<Value> reference = rubric.key().reference(part.id());
        if (reference.isPresent() && part.kind() instanceof PartKind.Answer answer
                && !Comparison.of(reference.get(), result.expected().get(), Tolerance.absolute(0)).equal()) {
            // Partial credit measured against a follow-through value: grading names no route then.
            List<String> upstream = answer.formula().expression().names().stream()
                    .filter(name -> rubric.part(name).isPresent()).sorted().toList();
            return upstream.isEmpty() ? "expected (from your earlier answers)"
                    : "expected from your " + String.join(" and ", upstream);
        }
        return "expected";
    }

    /** How grading names a follow-through route in {@link PartResult#matched}. */
    private static final String FOLLOW_THROUGH_FROM = "follow-through from ";

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
                    row.add(new Cell(entry, wrong.contains(index), "row " + (i + 1) + ", column " + (j + 1)));
                    text.append(j == 0 ? "" : ", ").append(entry);
                }
                rows.add(row);
                text.append(']');
            }
            return new Grid(true, rows, text.append(']').toString());
        }
        String text = Values.display(value, decimals);
        return new Grid(false, List.of(List.of(new Cell(text, !wrong.isEmpty(), ""))), text);
    }

    /** Points with at most two decimals and no trailing zeros: {@code 2}, {@code 1.5}, {@code 0.33}. */
    public static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Points as a number rounded as {@link #points} shows them, for CSV files. */
    static BigDecimal pointsNumber(double value) {
        return new BigDecimal(points(value));
    }

    /** A percentage with one decimal: {@code 87.5}, {@code 100.0}. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** "1 team", "2 teams". */
    static String count(int number, String one, String many) {
        return number + " " + (number == 1 ? one : many);
    }
}
