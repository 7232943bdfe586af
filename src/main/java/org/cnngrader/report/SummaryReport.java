package org.cnngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.grading.Verdict;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code summary.html}: the cohort at a glance. Percentages are over the points graded so far: a manual part no TA
 * has scored yet is awaiting, not wrong. The page holds the score distribution (JFreeChart as inline SVG), the most
 * common slips in words, a table per question and per part, the teams to review with why per part, riskiest
 * first, the teams that gave the same wrong answers (a hint to look, never a verdict), the unreadable submissions,
 * the reconciliation of the run's inputs, and every team. Its tables sort by a click through a small inline script
 * (allowed by the page's content security policy by its hash, and nothing else is); without it they read the same.
 */
final class SummaryReport implements CohortReport {

    /** The sorting of tables: progressive enhancement, the page reads the same without it. */
    static final String SCRIPT = """
            (function () {
              // A cell with data-sort sorts by that number, the others by their text.
              function key(cell) {
                return cell.hasAttribute('data-sort') ? { number: parseFloat(cell.getAttribute('data-sort')) }
                  : { text: cell.textContent.trim().toLowerCase() };
              }
              function compare(a, b) {
                if (a.number !== undefined && b.number !== undefined) { return a.number - b.number; }
                if (a.number !== undefined) { return -1; }
                if (b.number !== undefined) { return 1; }
                return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
              }
              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
                var head = table.tHead.rows[0];
                Array.prototype.forEach.call(head.cells, function (th, column) {
                  var button = document.createElement('button');
                  button.type = 'button';
                  button.textContent = th.textContent;
                  button.title = 'sort by ' + th.textContent;
                  th.textContent = '';
                  th.appendChild(button);
                  button.addEventListener('click', function () {
                    var ascending = th.getAttribute('aria-sort') !== 'ascending';
                    Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                    var body = table.tBodies[0];
                    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
                      return { row: row, key: key(row.cells[column]), index: index };
                    });
                    rows.sort(function (a, b) {
                      return (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index;
                    });
                    rows.forEach(function (entry) { body.appendChild(entry.row); });
                  });
                });
              });
            })();
            """;

    /** The script's hash, as the content security policy names it. */
    static final String SCRIPT_HASH = "sha256-" + Base64.getEncoder().encodeToString(sha256(SCRIPT));

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public String fileName() {
        return "summary.html";
    }

    /** What the summary knows of a team beyond its scores: its parts as its {@code report.json} gives them. */
    private record Standing(Cohort.Team team, Map<String, JsonNode> parts, double awaiting) {
        TeamResult result() {
            return team.result();
        }

        double graded() {
            return result().max() - awaiting;
        }

        double percent() {
            return graded() <= 0 ? 0 : 100 * result().total() / graded();
        }

        boolean awaiting(PartResult part) {
            return isAwaiting(part, parts.get(part.id()));
        }
    }

    /**
     * A manual part no TA has scored yet. The cohort's results keep scores only; the feedback that tells an unscored
     * part from one scored 0 is in the team's {@code report.json}.
     */
    private static boolean isAwaiting(PartResult part, JsonNode document) {
        return part.verdict() == Verdict.MANUAL && part.awarded() == 0 && document != null
                && document.path("feedback").asText("").equals(Display.TO_BE_SCORED);
    }

    private static Standing standing(Cohort.Team team) {
        Map<String, JsonNode> parts = new HashMap<>();
        try {
            for (JsonNode part : MAPPER.readTree(team.document()).path("parts")) {
                parts.put(part.path("id").asText(), part);
            }
        } catch (IOException | RuntimeException unreadable) {
            // A document that does not parse gives no more than the scores.
        }
        double awaiting = 0;
        for (PartResult part : team.result().parts()) {
            if (isAwaiting(part, parts.get(part.id()))) {
                awaiting += part.points();
            }
        }
        return new Standing(team, parts, awaiting);
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        Rubric rubric = cohort.rubric();
        List<Standing> standings = cohort.teams().stream().map(SummaryReport::standing).toList();
        List<Standing> graded = standings.stream().filter(team -> team.result().unreadable().isEmpty()).toList();
        double[] totals = graded.stream().mapToDouble(team -> team.result().total()).sorted().toArray();
        String mean = totals.length == 0 ? "–" : Display.points(Arrays.stream(totals).average().orElse(0));
        String median = totals.length == 0 ? "–" : Display.points(totals.length % 2 == 1
                ? totals[totals.length / 2] : (totals[totals.length / 2 - 1] + totals[totals.length / 2]) / 2);
        double awaitingTotal = graded.stream().mapToDouble(Standing::awaiting).sum();
        long awaitingTeams = graded.stream().filter(team -> team.awaiting() > 0).count();
        String awaiting = awaitingTeams == 0 ? "" : Display.points(awaitingTotal) + " points of "
                + Display.count((int) awaitingTeams, "team", "teams") + " await a TA's score (manual parts): the"
                + " percentages below are over the points graded so far.";
        int unreadableCount = standings.size() - graded.size();
        String headline = Display.count(standings.size(), "team", "teams") + " graded, " + unreadableCount
                + " unreadable.";

        Map<String, List<PartResult>> byPart = new HashMap<>();
        for (Standing team : graded) {
            for (PartResult part : team.result().parts()) {
                if (!team.awaiting(part)) {
                    byPart.computeIfAbsent(part.id(), id -> new ArrayList<>()).add(part);
                }
            }
        }
        List<Display.PartSummary> parts = new ArrayList<>();
        Map<String, Integer> slipCounts = new HashMap<>();
        for (Part part : rubric.parts()) {
            List<PartResult> partResults = byPart.getOrDefault(part.id(), List.of());
            long right = partResults.stream().filter(result -> result.points() > 0
                    && result.awarded() >= result.points() - 1e-9).count();
            double partMean = partResults.stream().mapToDouble(PartResult::awarded).average().orElse(0);
            boolean rated = !partResults.isEmpty() && part.points() > 0;
            double rate = rated ? 100.0 * right / partResults.size() : -1;
            Map<String, Integer> mistakes = new TreeMap<>();
            partResults.stream().filter(result -> result.verdict() == Verdict.INCORRECT
                    || result.verdict() == Verdict.PARTIAL).forEach(result -> result.matched()
                    .ifPresent(mistake -> mistakes.merge(mistakeWords(part, mistake), 1, Integer::sum)));
            mistakes.forEach((words, count) -> slipCounts.merge(part.id() + "\u0000" + words, count, Integer::sum));
            List<Display.Mistake> frequent = mistakes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(entry -> new Display.Mistake(entry.getKey(), entry.getValue())).toList();
            int waiting = graded.size() - partResults.size();
            parts.add(new Display.PartSummary(part.id(), part.questionId(), Display.points(part.points()),
                    rated ? Display.percent(rate) + "%" : waiting > 0 ? "awaiting TA" : "–",
                    rated ? Display.percent(rate) : "-1", partResults.size() + " of " + graded.size(),
                    partResults.isEmpty() ? "–" : Display.points(partMean), frequent));
        }
        List<Display.Slip> slips = slips(slipCounts);
        List<Display.QuestionSummary> questions = questions(rubric, graded);

        List<Display.Review> review = new ArrayList<>();
        Map<Display.Review, double[]> risk = new IdentityHashMap<>();
        List<Display.Unreadable> unreadable = new ArrayList<>();
        List<Display.TeamLine> all = new ArrayList<>();
        for (Standing standing : standings) {
            TeamResult result = standing.result();
            String link = link(standing.team());
            if (result.unreadable().isPresent()) {
                unreadable.add(new Display.Unreadable(result.label(), result.source(), result.unreadable().get()));
            } else if (result.nothingFound()) {
                // A readable file without a single answer: a blank template, or the sheet of another assignment.
                Display.Review team = new Display.Review(result.label(), link, List.of(new Display.ReviewPart(
                        "every part", Display.points(standing.graded()), "no answer was found in " + result.source()
                        + ": a blank template?")));
                review.add(team);
                risk.put(team, new double[] {Display.NOTHING_FOUND, standing.graded()});
            } else if (result.needsReview()) {
                List<PartResult> doubtful = result.parts().stream().filter(part -> part.review().needed())
                        .sorted(Comparator.comparingInt(Display::doubt).reversed()
                                .thenComparing(Comparator.comparingDouble(PartResult::points).reversed()))
                        .toList();
                Display.Review team = new Display.Review(result.label(), link, grouped(doubtful, rubric, result));
                review.add(team);
                risk.put(team, new double[] {doubtful.isEmpty() ? 0 : Display.doubt(doubtful.get(0)),
                    doubtful.stream().mapToDouble(PartResult::points).sum()});
            }
            all.add(new Display.TeamLine(result.label(), link, Display.points(result.total()),
                    Display.points(standing.graded()), result.unreadable().isPresent() ? "–"
                    : Display.percent(standing.percent()), result.unreadable().isPresent() ? "-1"
                    : Display.percent(standing.percent()), Display.points(standing.awaiting()), result.status()));
        }
        // Riskiest first: the most doubtful reading, then the most points resting on doubtful parts; the sort is
        // stable, so teams keep their order otherwise.
        review.sort(Comparator.comparingDouble((Display.Review team) -> risk.get(team)[0])
                .thenComparingDouble(team -> risk.get(team)[1]).reversed());
        List<Finding> findings = new ArrayList<>(cohort.findings());
        findings.addAll(LmsExport.refused(cohort.roster()));
        Templates.render("summary.jte", new Display.Summary(rubric.title(), headline,
                Display.points(rubric.points()), mean, median, awaiting, histogram(graded), slips, questions, parts,
                review, Similarity.of(graded.stream().map(team -> new Similarity.Team(team.team(), link(team.team()),
                        team.parts())).toList()), unreadable, all, findings), output);
    }

    /** The link from the summary to a team's report. */
    private static String link(Cohort.Team team) {
        return "teams/" + team.folder() + "/report.html";
    }

    /**
     * The parts to review, those with the same kind of doubt in one line (twelve answers taken because they matched
     * are one reason, not twelve), riskiest first, each with what is particular to each part.
     */
    private static List<Display.ReviewPart> grouped(List<PartResult> doubtful, Rubric rubric, TeamResult team) {
        Map<String, List<PartResult>> groups = new LinkedHashMap<>();
        Map<String, List<String>> details = new HashMap<>();
        for (PartResult part : doubtful) {
            List<String> needs = Display.unchecked(part, rubric, team);
            Display.Why why = !needs.isEmpty() ? new Display.Why("unchecked: the check needs an answer that is"
                    + " missing or unreadable", String.join(" and ", needs))
                    : Display.why(part, rubric.part(part.id()));
            groups.computeIfAbsent(why.category(), category -> new ArrayList<>()).add(part);
            if (!why.detail().isEmpty()) {
                details.computeIfAbsent(why.category(), category -> new ArrayList<>())
                        .add(part.id() + ": " + why.detail());
            }
        }
        List<Display.ReviewPart> parts = new ArrayList<>();
        groups.forEach((category, members) -> {
            List<String> detail = details.getOrDefault(category, List.of());
            parts.add(new Display.ReviewPart(String.join(", ", members.stream().map(PartResult::id).toList()),
                    Display.points(members.stream().mapToDouble(PartResult::points).sum()),
                    category + (detail.isEmpty() ? "" : " — " + String.join("; ", detail))));
        });
        return parts;
    }

    /**
     * A diagnosed mistake in words: a rubric mistake by its feedback (its expression is no sentence), an engine
     * slip by its description.
     */
    static String mistakeWords(Part part, String matched) {
        return Display.variantWords(part.mistakes(), matched);
    }

    /** The ten most common slips across the cohort, each a bar scaled to the most common. */
    private static List<Display.Slip> slips(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> common = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10).toList();
        int most = common.isEmpty() ? 1 : common.get(0).getValue();
        List<Display.Slip> slips = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : common) {
            String[] key = entry.getKey().split("\u0000", 2);
            slips.add(new Display.Slip(key[0], key[1], entry.getValue(), Math.max(2, 100 * entry.getValue() / most)));
        }
        return slips;
    }

    /** Per question: the mean points, the share of its graded points earned, and the teams with full marks. */
    private static List<Display.QuestionSummary> questions(Rubric rubric, List<Standing> graded) {
        List<Display.QuestionSummary> questions = new ArrayList<>();
        for (org.cnngrader.rubric.Question question : rubric.questions()) {
            double awarded = 0;
            double possible = 0;
            int full = 0;
            for (Standing team : graded) {
                double teamAwarded = 0;
                double teamPossible = 0;
                for (Part part : question.parts()) {
                    Optional<PartResult> result = team.result().part(part.id());
                    if (result.isPresent() && !team.awaiting(result.get())) {
                        teamAwarded += result.get().awarded();
                        teamPossible += result.get().points();
                    }
                }
                awarded += teamAwarded;
                possible += teamPossible;
                if (teamPossible > 0 && teamAwarded >= teamPossible - 1e-9) {
                    full++;
                }
            }
            boolean rated = possible > 0;
            questions.add(new Display.QuestionSummary(question.id(), question.title(),
                    Display.points(question.points()), graded.isEmpty() ? "–" : Display.points(awarded / graded.size()),
                    rated ? Display.percent(100 * awarded / possible) + "%" : question.points() > 0 && !graded.isEmpty()
                    ? "awaiting TA" : "–", rated ? Display.percent(100 * awarded / possible) : "-1", full,
                    graded.size()));
        }
        return questions;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The distribution of the teams' percentages of the points graded so far. */
    private static String histogram(List<Standing> graded) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int bins = 10;
        int[] counts = new int[bins];
        for (Standing team : graded) {
            int bin = (int) Math.max(0, Math.min(bins - 1, Math.floor(team.percent() / 100 * bins)));
            counts[bin]++;
        }
        for (int bin = 0; bin < bins; bin++) {
            dataset.addValue(counts[bin], "teams", bin * 10 + "–" + (bin + 1) * 10);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "score, % of the points graded so far", "teams", dataset,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(
                org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(
                org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        return svg(chart, 460, 300, "cnn-grader-histogram");
    }

    /** The chart as inline SVG; {@code prefix} keeps its element ids apart from other charts on the page. */
    private static String svg(JFreeChart chart, int width, int height, String prefix) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF6, 0xF7, 0xF9));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0x3D, 0x6F, 0xB6));
        renderer.setShadowVisible(false);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        // Fixed element ids keep the page byte-identical from run to run; one prefix per chart, because ids
        // are shared by every SVG inlined in the page (two charts with one prefix clip each other).
        graphics.setDefsKeyPrefix(prefix);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGElement();
    }
}
