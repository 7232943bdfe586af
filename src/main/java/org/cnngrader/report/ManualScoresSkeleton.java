package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;

/**
 * {@code manual-scores.csv}: one row {@code team,part,points,comment} for every team and every part the rubric
 * scores by hand, the scores already given filled in, the others blank. The TA completes it and passes it back with
 * {@code --manual}: the teams are named as the run knows them (by identity), so every row matches. Written on
 * every run, with a header only when the rubric has no such part.
 */
final class ManualScoresSkeleton implements CohortReport {

    @Override
    public String fileName() {
        return "manual-scores.csv";
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter header = CsvCells.header(writer);
        CSVPrinter printer = CsvCells.rows(writer);
        header.printRecord("team", "part", "points", "comment");
        for (TeamResult result : cohort.results()) {
            for (Part part : cohort.rubric().parts()) {
                if (!(part.kind() instanceof PartKind.Manual)) {
                    continue;
                }
                Optional<ManualScores.Score> score = cohort.manual().score(result.team(), part.id());
                printer.printRecord(CsvCells.text(result.team()), part.id(),
                        score.map(given -> (Object) Values.plainNumber(given.points())).orElse(""),
                        CsvCells.text(score.map(ManualScores.Score::comment).orElse("")));
            }
        }
        printer.flush();
    }
}
