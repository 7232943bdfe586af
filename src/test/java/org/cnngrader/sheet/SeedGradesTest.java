package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Grades the seed solutions as their students typeset them ({@code pandoc seed.txt -o seed.pdf}, in
 * {@code corpus/seeds/}) with the pipeline of {@code check}, and compares the points of every automatically graded
 * part with those a careful human grader gives, from the submission's {@code .grades.tsv}. Manual parts are left
 * out (they are scored by a TA); recorded parts carry no points.
 */
class SeedGradesTest {

    private static final double EPSILON = 1e-9;

    @Test
    void theSeedSolutionsEarnWhatACarefulGraderGives() throws IOException {
        List<Corpus.Entry> entries = Corpus.entries(Corpus.GRADES);
        assertThat(entries).extracting(Corpus.Entry::name).contains("seeds/ps2-team-b.pdf", "seeds/ps2-team-g.pdf",
                "seeds/week12-solution.pdf", "seeds/cpen455-student.pdf");
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Corpus.Entry entry : entries) {
            Rubric rubric = entry.rubric();
            List<AnswerSheet> sheets = Submissions.read(List.of(Submissions.team(entry.submission())),
                    SheetSpecs.of(rubric));
            TeamResult result = new Grader(rubric).grade(sheets.get(0), ManualScores.none());
            double expectedTotal = 0;
            double total = 0;
            report.append(String.format("%n%s (%s), team %s%n", entry.name(), entry.rubricStem(), result.team()));
            result.unreadable().ifPresent(reason -> problems.add(entry.name() + ": unreadable: " + reason));
            for (Map.Entry<String, String> line : entry.lines().entrySet()) {
                if (rubric.part(line.getKey()).isEmpty()) {
                    problems.add(entry.name() + ": part " + line.getKey() + " is not in rubric " + entry.rubricStem());
                }
            }
            for (Part part : rubric.parts()) {
                if (part.kind() instanceof PartKind.Manual || part.kind() instanceof PartKind.Recorded) {
                    continue;
                }
                String text = entry.lines().get(part.id());
                if (text == null) {
                    problems.add(entry.name() + ": no expected points for part " + part.id());
                    continue;
                }
                double expected = Double.parseDouble(text);
                PartResult graded = result.part(part.id()).orElseThrow();
                expectedTotal += expected;
                total += graded.awarded();
                boolean same = Math.abs(graded.awarded() - expected) <= EPSILON;
                String line = String.format("  %-18s expected %4s, awarded %4s  %-14s read %s (found by %s)%s",
                        part.id(), plain(expected), plain(graded.awarded()), graded.verdict().spelling(),
                        graded.given().map(given -> Values.display(given, part.decimals())).orElse("nothing"),
                        graded.foundBy().map(FoundBy::spelling).orElse("-"), same ? "" : "   <-- differs");
                report.append(line).append(System.lineSeparator());
                if (!same) {
                    problems.add(entry.name() + ": " + line.strip());
                }
            }
            report.append(String.format("  total: expected %s, awarded %s%n", plain(expectedTotal), plain(total)));
        }
        System.out.println(report);
        assertThat(problems).as("parts graded unlike a careful grader%s", report).isEmpty();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
