package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
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
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        List<Object> header = new ArrayList<>(List.of("team", "total", "max", "percent"));
        rubric.parts().forEach(part -> header.add(part.id()));
        header.add("status");
        printer.printRecord(header);
        for (TeamResult result : results) {
            List<Object> row = new ArrayList<>();
            row.add(CsvCells.text(result.team()));
            row.add(Values.plainNumber(result.total()));
            row.add(Values.plainNumber(result.max()));
            row.add(Display.percent(result.percent()));
            for (Part part : rubric.parts()) {
                row.add(result.part(part.id()).map(each -> Values.plainNumber(each.awarded()).toString()).orElse(""));
            }
            row.add(result.status());
            printer.printRecord(row);
        }
        printer.flush();
    }
}
