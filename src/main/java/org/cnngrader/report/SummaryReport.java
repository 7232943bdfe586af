package org.cnngrader.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code summary.html}: the cohort at a glance: the score distribution and per-part success rate
 * (charts drawn by JFreeChart as inline SVG, so the page needs no network), the most frequent
 * diagnosed mistakes per part, the teams to review, the unreadable submissions, and the reconciliation of the
 * run's inputs (manual scores, roster, names two submissions give), so that no mismatch goes unseen.
 */
final class SummaryReport implements CohortReport {

    @Override
    public String fileName() {
        return "summary.html";
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        List<TeamResult> results = cohort.results();
        Rubric rubric = cohort.rubric();
        List<TeamResult> graded = results.stream().filter(result -> result.unreadable().isEmpty()).toList();
        double[] totals = graded.stream().mapToDouble(TeamResult::total).sorted().toArray();
        String mean = totals.length == 0 ? "–" : Display.points(java.util.Arrays.stream(totals).average().orElse(0));
        String median = totals.length == 0 ? "–" : Display.points(totals.length % 2 == 1
                ? totals[totals.length / 2] : (totals[totals.length / 2 - 1] + totals[totals.length / 2]) / 2);
        String histogram = histogram(graded, rubric.points());
        List<Display.PartSummary> parts = new ArrayList<>();
        DefaultCategoryDataset rates = new DefaultCategoryDataset();
        Map<String, List<PartResult>> byPart = graded.stream().flatMap(result -> result.parts().stream())
                .collect(java.util.stream.Collectors.groupingBy(PartResult::id));
        for (Part part : rubric.parts()) {
            List<PartResult> partResults = byPart.getOrDefault(part.id(), List.of());
            long right = partResults.stream().filter(result -> result.awarded() >= result.points() - 1e-9
                    && result.points() > 0).count();
            double partMean = partResults.stream().mapToDouble(PartResult::awarded).average().orElse(0);
            double rate = partResults.isEmpty() ? 0 : 100.0 * right / partResults.size();
            Map<String, Integer> mistakes = new TreeMap<>();
            partResults.stream().filter(result -> result.verdict() == Verdict.INCORRECT
                    || result.verdict() == Verdict.PARTIAL).forEach(result -> result.matched()
                    .ifPresent(mistake -> mistakes.merge(mistake, 1, Integer::sum)));
            List<Display.Mistake> frequent = mistakes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(entry -> new Display.Mistake(entry.getKey(), entry.getValue())).toList();
            parts.add(new Display.PartSummary(part.id(), part.questionId(), Display.points(part.points()),
                    Display.percent(rate), Display.points(partMean), frequent));
            if (part.points() > 0) {
                rates.addValue(rate, "success", part.id());
            }
        }
        String successChart = svg(ChartFactory.createBarChart(null, "part", "% of teams fully right", rates,
                PlotOrientation.HORIZONTAL, false, false, false), 460, Math.max(200, 22 * rates.getColumnCount() + 80),
                "cnn-grader-success");
        List<Display.Review> review = new ArrayList<>();
        Map<String, Integer> doubts = new java.util.HashMap<>();
        List<Display.Unreadable> unreadable = new ArrayList<>();
        List<Display.TeamLine> all = new ArrayList<>();
        for (Cohort.Team team : cohort.teams()) {
            TeamResult result = team.result();
            String link = "teams/" + team.folder() + "/report.html";
            if (result.unreadable().isPresent()) {
                unreadable.add(new Display.Unreadable(result.label(), result.source(), result.unreadable().get()));
            } else if (nothingFound(result)) {
                // A readable file without a single answer: a blank template, or the sheet of another assignment.
                review.add(new Display.Review(result.label(), link, List.of(new Display.ReviewPart("every part",
                        "no answer was found in " + result.source() + ": a blank template?"))));
                doubts.put(result.label(), Display.NOTHING_FOUND);
            } else if (result.needsReview()) {
                List<PartResult> doubtful = result.parts().stream().filter(PartResult::review)
                        .sorted(java.util.Comparator.comparingInt(Display::doubt).reversed()).toList();
                review.add(new Display.Review(result.label(), link, doubtful.stream()
                        .map(part -> new Display.ReviewPart(part.id(), Display.reviewReason(part))).toList()));
                doubts.put(result.label(), doubtful.isEmpty() ? 0 : Display.doubt(doubtful.get(0)));
            }
            all.add(new Display.TeamLine(result.label(), link, Display.points(result.total()),
                    Display.percent(result.percent()), result.status()));
        }
        // Most doubtful readings first; the sort is stable, so teams keep their order otherwise.
        review.sort(java.util.Comparator.comparingInt((Display.Review team) -> doubts.get(team.team())).reversed());
        Templates.render("summary.jte", new Display.Summary(rubric.title(), results.size(),
                results.size() - graded.size(), Display.points(rubric.points()), mean, median,
                histogram, successChart, parts, review, unreadable, all, cohort.findings()), output);
    }

    /** Whether no part graded from the sheet has an answer: every one is missing. */
    private static boolean nothingFound(TeamResult result) {
        boolean any = false;
        for (PartResult part : result.parts()) {
            if (part.verdict() == Verdict.MANUAL) {
                continue;
            }
            if (part.verdict() != Verdict.MISSING) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String histogram(List<TeamResult> graded, double max) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int bins = 10;
        int[] counts = new int[bins];
        for (TeamResult result : graded) {
            int bin = max == 0 ? 0 : (int) Math.min(bins - 1, Math.floor(result.total() / max * bins));
            counts[bin]++;
        }
        for (int bin = 0; bin < bins; bin++) {
            dataset.addValue(counts[bin], "teams", bin * 10 + "–" + (bin + 1) * 10);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "score, % of the points", "teams", dataset,
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
