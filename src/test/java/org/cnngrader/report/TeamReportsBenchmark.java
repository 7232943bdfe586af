package org.cnngrader.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Submissions;

/**
 * What each team report costs, warm: the sample teams graded once, then their reports rendered in
 * memory over and over; the best of 60 rounds of 50 renders per team is printed, in ms per team.
 * Not a test: a measurement, run by {@code scripts/benchmark.sh reports}, whose figures are in docs/performance.md.
 */
public final class TeamReportsBenchmark {

    private static final int ROUNDS = 60;
    private static final int RENDERS = 50;

    private TeamReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        Grader grader = new Grader(rubric);
        List<AnswerSheet> sheets = Submissions.read(org.cnngrader.batch.Discovery.submissions(List.of(Path.of("submissions-sample"))),
                org.cnngrader.grading.SheetSpecs.of(rubric));
        List<TeamContext> contexts = new ArrayList<>();
        for (AnswerSheet sheet : sheets) {
            TeamContext context = new TeamContext(grader.grade(sheet, ManualScores.none()), rubric);
            context.display(); // built once per team, shared by HTML and Markdown: timed on its own below
            contexts.add(context);
        }
        double html = Double.MAX_VALUE;
        double markdown = Double.MAX_VALUE;
        double view = Double.MAX_VALUE;
        double document = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            html = Math.min(html, perTeam(contexts, context -> new HtmlTeamReport().write(context, sink())));
            markdown = Math.min(markdown, perTeam(contexts, context -> new MarkdownTeamReport().write(context, sink())));
            view = Math.min(view, perTeam(contexts, context -> Display.team(context.result(), rubric)));
            document = Math.min(document, perTeam(contexts, context -> TeamDocument.utf8(context.result(), true)));
        }
        System.out.printf(Locale.ROOT, "ms per team, best of %d rounds of %d renders of %d sample teams: HTML %.3f,"
                + " Markdown %.3f, the shared view %.3f, the JSON document %.3f%n", ROUNDS, RENDERS, contexts.size(),
                html, markdown, view, document);
    }

    private static ByteArrayOutputStream sink() {
        return new ByteArrayOutputStream(32 * 1024);
    }

    private static double perTeam(List<TeamContext> contexts, Rendering rendering) throws IOException {
        long start = System.nanoTime();
        for (int render = 0; render < RENDERS; render++) {
            for (TeamContext context : contexts) {
                rendering.render(context);
            }
        }
        return (System.nanoTime() - start) / 1e6 / RENDERS / contexts.size();
    }

    @FunctionalInterface
    private interface Rendering {
        void render(TeamContext context) throws IOException;
    }
}
