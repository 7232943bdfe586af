package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;

/**
 * {@code gradebook.csv}: one row per team, {@code team,total,max,percent,<part ids…>,status};
 * numbers as numbers, text cells neutralised against formula injection.
 */
final class GradebookReport implements CohortReport {

    @Override
    public String fileName() {
        return "gradebook.csv";
    }

    @Override
    public void write(Cohort cohort, OutputStream output) throws IOException {
        List<TeamResult> results = cohort.results();
        Rubric rubric = cohort.rubric();
        OutputStreamWriter writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter header = CsvCells.header(writer);
        CSVPrinter printer = CsvCells.rows(writer);
        List<Object> headings = new ArrayList<>(List.of("team", "total", "max", "percent"));
        rubric.parts().forEach(part -> headings.add(part.id()));
        headings.add("status");
        header.printRecord(headings);
        for (TeamResult result : results) {
            List<Object> row = new ArrayList<>();
            row.add(CsvCells.text(result.team()));
            row.add(Values.plainNumber(result.total()));
            row.add(Values.plainNumber(result.max()));
            row.add(new BigDecimal(Display.percent(result.percent())));
            for (Part part : rubric.parts()) {
                row.add(result.part(part.id()).<Object>map(each -> Values.plainNumber(each.awarded())).orElse(""));
            }
            row.add(result.status());
            printer.printRecord(row);
        }
        printer.flush();
    }
}
