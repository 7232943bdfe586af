package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the team reports and the summary say about the sample cohort: each test fails when a section is missing or
 * says something else.
 */
class ReportContentTest {

    private static Rubric rubric;
    private static Map<String, TeamResult> sample;

    @BeforeAll
    static void gradeTheSample() throws IOException {
        rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        sample = new LinkedHashMap<>();
        for (String team : List.of("ps2-team-b.md", "ps2-team-h.xlsx", "team-c", "team-k")) {
            // The identity a run gives: the file or folder handed in.
            String identity = team.replaceAll("\\.(md|xlsx)$", "");
            TeamResult result = grade(Path.of("submissions-sample", team));
            sample.put(identity, result.identified(identity, result.name()));
        }
    }

    private static TeamResult grade(Path submission) throws IOException {
        Grader grader = new Grader(rubric);
        return grader.grade(Submissions.read(List.of(Submissions.team(submission)), SheetSpecs.of(rubric)).get(0),
                ManualScores.none());
    }

    private static String render(TeamReport report, TeamResult result) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        report.write(new TeamContext(result, rubric), output);
        return output.toString(StandardCharsets.UTF_8);
    }

    private static String summary(List<TeamResult> results) throws IOException {
        Map<String, String> folders = TeamFolders.assign(results.stream().map(TeamResult::team).toList());
        Cohort cohort = new Cohort(rubric, Roster.none(), results.stream().map(result -> new Cohort.Team(
                result.scoresOnly(), folders.get(result.team()), new TeamContext(result, rubric).document())).toList());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new SummaryReport().write(cohort, output);
        return output.toString(StandardCharsets.UTF_8);
    }

    /** The text of the HTML between the heading {@code from} and the next heading of the same level. */
    private static String section(String html, String from) {
        int start = html.indexOf(">" + from + "</h2>");
        assertThat(start).as("section " + from).isPositive();
        int end = html.indexOf("<h2>", start + from.length());
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void percentagesAreOverThePointsGradedSoFarAndManualPointsAwaitATa() throws IOException {
        // Team B is right on every automatically graded part; the 17 manual points are not scored yet.
        String team = render(new HtmlTeamReport(), sample.get("ps2-team-b"));
        assertThat(team).contains("33 / 50 points <span class=\"graded\">(100.0% of the 33 points graded so far;"
                + " awaiting TA: 17 points)</span>");
        assertThat(render(new MarkdownTeamReport(), sample.get("ps2-team-b")))
                .contains("**Score:** 33 / 50 (100.0% of the 33 points graded so far; awaiting TA: 17 points)");

        String summary = summary(new ArrayList<>(sample.values()));
        String teams = section(summary, "All teams");
        assertThat(teams).containsPattern("ps2-team-b \\(PS 2 B\\)</a></td><td class=\"number\" data-sort=\"33\">33</td>"
                + "<td class=\"number\" data-sort=\"33\">33</td><td class=\"number\" data-sort=\"100.0\">100.0</td>"
                + "<td class=\"number\" data-sort=\"17\">17</td>");
        assertThat(summary).contains("51 points of 3 teams await a TA's score");
        // A manual part no TA has scored is awaiting, not 0% right.
        assertThat(section(summary, "Parts")).contains("<td>box_blur</td><td>1.1</td><td class=\"number\" data-sort=\"2\">"
                + "2</td><td class=\"number\" data-sort=\"-1\">awaiting TA</td><td class=\"number\">0 of 3</td>");
        assertThat(section(summary, "Questions")).contains("<td>1.2</td><td>Kernels applied to an image</td>")
                .contains("awaiting TA");
    }

    @Test
    void aScoredManualPartCountsEvenAtZero() throws IOException {
        Grader grader = new Grader(rubric);
        TeamResult scored = grader.grade(Submissions.read(List.of(Submissions.team(Path.of(
                "submissions-sample/ps2-team-b.md"))), SheetSpecs.of(rubric)).get(0), ManualScores.of(List.of(
                new ManualScores.Row(2, sample.get("ps2-team-b").name(), "discussion", new ManualScores.Score(0, "")))));
        assertThat(render(new HtmlTeamReport(), scored)).contains("of the 36 points graded so far; awaiting TA: 14");
    }

    @Test
    void theSummaryHeadlineCountsInWords() throws IOException {
        assertThat(summary(List.of(sample.get("ps2-team-b")))).contains("<p>1 team graded, 0 unreadable.");
        assertThat(summary(new ArrayList<>(sample.values()))).contains("<p>4 teams graded, 1 unreadable.");
    }

    @Test
    void theReviewListSaysWhyPerPartRiskiestTeamFirst() throws IOException {
        String review = section(summary(new ArrayList<>(sample.values())), "Teams to review");
        // Team B's shapes were taken because they matched (a guess): it comes first.
        assertThat(review.indexOf("ps2-team-b")).isLessThan(review.indexOf("ps2-team-h")).isPositive();
        assertThat(review).contains("unlabelled; taken because it matches the reference")
                .contains("credit for follow-through, an answer that follows from a wrong earlier one — A: from S")
                .contains("<strong>avg_stride</strong> (3 pts): unchecked: the check needs an answer that is missing"
                        + " or unreadable — avg_stride: avg_kernel")
                .contains("<strong>avg_kernel</strong> (4 pts): the answer could not be read")
                .contains("diagnosed: confirm the feedback — S: The input was not padded");
        assertThat(review).doesNotContain("conv2d(").doesNotContain("conv_out(");
    }

    /**
     * A reading in doubt (the printed AvgPool2d's stride beside the student's "the stride is 1") was listed for review
     * as "graded correct: confirm the feedback", its note dropped with the rest of the team report's notes.
     */
    @Test
    void aReadingInDoubtIsListedForReviewWithItsNote(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("doubt.md"), "## 1.1 Kernels\n\n## 1.2 Kernels applied to an image\n\n"
                + "## 1.3.1 Convolution layer\n\n## 1.3.2 Pooling layer\n\n"
                + "## 1.4 Pooling transformed into convolution\n\nK = [[0.25, 0.25], [0.25, 0.25]]\n\n"
                + "The stride is 1.\n\nAvgPool2d(kernel_size=2, stride=2, padding=0)\n\n"
                + "## 1.5 Dimensions of CNN layers\n");
        String review = section(summary(List.of(grade(folder.resolve("doubt.md")))), "Teams to review");
        assertThat(review).contains("<strong>avg_stride</strong> (3 pts): 'stride' also names 1 (line 13), not taken:"
                + " check which is the student's answer");
    }

    @Test
    void theCommonSlipsAreInWords() throws IOException {
        String slips = section(summary(new ArrayList<>(sample.values())), "Most common slips");
        assertThat(slips).contains("<td>conv1_shape</td><td>The +1 of ⌊(i − k)/s⌋ + 1 was forgotten.</td>"
                + "<td class=\"number\">1</td>");
        assertThat(slips).contains("<td>S</td><td>The input was not padded, so the map shrank to 2×2");
        assertThat(slips).doesNotContain("conv_out(").doesNotContain("conv2d(");
    }

    @Test
    void teamsWithTheSameWrongAnswersAreListedTogether(@TempDir Path folder) throws IOException {
        String wrong = "part,answer\nS,\"[[1, 2], [3, 4]]\"\nconv1_shape,96 x 56 x 56\nP,\"[[9, 9], [9, 9]]\"\n";
        Files.writeString(folder.resolve("alpha.csv"), wrong);
        Files.writeString(folder.resolve("beta.csv"), wrong);
        Files.writeString(folder.resolve("gamma.csv"), wrong.replace("[[1, 2], [3, 4]]", "[[1, 2], [3, 5]]"));
        // delta shares one wrong answer only: too common to point out.
        Files.writeString(folder.resolve("delta.csv"), "part,answer\nconv1_shape,96 x 56 x 56\n");
        List<TeamResult> results = new ArrayList<>();
        for (String team : List.of("alpha.csv", "beta.csv", "gamma.csv", "delta.csv")) {
            results.add(grade(folder.resolve(team)));
        }
        String similar = section(summary(results), "Similar submissions");
        Matcher row = Pattern.compile("<tr><td>(.*?)</td><td>(.*?)</td></tr>").matcher(similar);
        // alpha and beta share all three wrong answers; gamma corrected nothing but changed S, and still shares two.
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("alpha").contains("beta").contains("gamma");
        assertThat(row.group(2)).isEqualTo("P, conv1_shape");
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("alpha").contains("beta").doesNotContain("gamma");
        assertThat(row.group(2)).isEqualTo("P, S, conv1_shape");
        assertThat(row.find()).isFalse();
        assertThat(similar).doesNotContain("delta");
        assertThat(similar).contains("never a finding by itself");
        // The sample's teams share no set of wrong answers.
        assertThat(section(summary(new ArrayList<>(sample.values())), "Similar submissions"))
                .contains("No two teams gave the same wrong answers.");
    }

    @Test
    void aTeamReportStartsWithWhatToFixFirst() throws IOException {
        String html = render(new HtmlTeamReport(), sample.get("ps2-team-h"));
        String fix = html.substring(html.indexOf("<h2>What to fix first</h2>"), html.indexOf("</ol>"));
        // Most points lost first; the first line of each part's feedback.
        assertThat(fix.indexOf("avg_kernel")).isLessThan(fix.indexOf("avg_stride"));
        assertThat(fix.indexOf("avg_stride")).isLessThan(fix.indexOf("<strong>S</strong>"));
        assertThat(fix).contains("<strong>avg_kernel</strong> (4 points lost): Your answer could not be read")
                .contains("<strong>avg_stride</strong> (3 points lost): could not be checked without your answer to"
                        + " avg_kernel")
                .contains("<strong>S</strong> (0.31 points lost): 15 of 16 entries are right.");
        assertThat(html.indexOf("What to fix first")).isLessThan(html.indexOf("<h2>1.1 "));
        assertThat(render(new MarkdownTeamReport(), sample.get("ps2-team-h"))).contains("## What to fix first\n\n"
                + "1. **avg\\_kernel** (4 points lost): ");
    }

    @Test
    void aFollowThroughValueIsExpectedFromTheTeamsOwnAnswer() throws IOException {
        String html = render(new HtmlTeamReport(), sample.get("ps2-team-h"));
        String rowA = html.substring(html.indexOf("<strong>A</strong>"), html.indexOf("<strong>P</strong>"));
        assertThat(rowA).contains("<span class=\"caption\">expected from your S</span>");
        // A right answer's expected value is the reference, with no caption.
        String rowIdentity = html.substring(html.indexOf("<strong>identity_kernel</strong>"),
                html.indexOf("<strong>box_blur</strong>"));
        assertThat(rowIdentity).doesNotContain("caption");
        assertThat(render(new MarkdownTeamReport(), sample.get("ps2-team-h"))).contains("(expected from your S) `[[");
    }

    @Test
    void wrongEntriesAreNamedByRowAndColumnFromOne() throws IOException {
        String html = render(new HtmlTeamReport(), sample.get("ps2-team-h"));
        String rowS = html.substring(html.indexOf("<strong>S</strong>"), html.indexOf("<strong>A</strong>"));
        // The wrong entry of S is in the second row, first column.
        assertThat(rowS).contains("<td class=\"wrong\" title=\"row 2, column 1\">4.00</td>")
                .contains("Wrong entry: row 2, column 1.");
    }

    @Test
    void aCheckThatNeedsAnUnreadableAnswerIsUnchecked() throws IOException {
        String html = render(new HtmlTeamReport(), sample.get("ps2-team-h"));
        String row = html.substring(html.indexOf("<strong>avg_stride</strong>"),
                html.indexOf("<strong>avg_padding</strong>"));
        assertThat(row).contains("<span class=\"verdict unchecked\">unchecked</span>").doesNotContain(">incorrect<")
                .contains("to review: unchecked: the check needs the answer to avg_kernel");
        assertThat(render(new MarkdownTeamReport(), sample.get("ps2-team-h"))).contains("| avg\\_stride | 0 / 3 |"
                + " unchecked");
    }

    @Test
    void anUnreadableSubmissionSaysWhyOnceAndShowsNoKey() throws IOException {
        for (TeamReport report : List.of(new HtmlTeamReport(), new MarkdownTeamReport())) {
            String text = render(report, sample.get("team-k"));
            assertThat(text.split("the PDF is damaged", -1)).as(report.fileName()).hasSize(2);
            assertThat(text).contains("None of the 21 parts could be graded")
                    .doesNotContain("0.88").doesNotContain("96×55×55").doesNotContain("expected")
                    .doesNotContain("What to fix first");
        }
    }
}
