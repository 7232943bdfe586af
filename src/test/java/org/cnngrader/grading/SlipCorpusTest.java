package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.CsvSheetReader;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.UnreadableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slip corpus (src/test/resources/slips): answer sheets that each make one slip in a problem of
 * the seed homework, read by the CSV reader and graded like a submission; the feedback must name the
 * slip in the words expected.csv gives, and the answer must not earn full marks unless the row says
 * it is accepted or follows through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlipCorpusTest {

    private static final Path FOLDER = Path.of("src/test/resources/slips");
    private static final Rubric RUBRIC = RubricLoader.load(FOLDER.resolve("rubric.yaml"));
    /** Built with each run of the class, not held in static fields: no grading state outlives a run. */
    private final Grader grader = new Grader(RUBRIC);
    private final SheetSpec spec = SheetSpecs.of(RUBRIC);

    /** One row of expected.csv. */
    record Expected(String sheet, String part, String verdict, String words) {
        @Override
        public String toString() {
            return sheet;
        }
    }

    static List<Expected> corpus() throws IOException, UnreadableException {
        List<List<String>> records = CsvSheetReader.records(FOLDER.resolve("expected.csv"));
        return records.subList(1, records.size()).stream().map(row -> new Expected(row.get(0), row.get(1),
                row.get(2), row.get(3))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theFeedbackNamesTheSlip(Expected expected) throws UnreadableException {
        Path file = FOLDER.resolve("sheets").resolve(expected.sheet() + ".csv");
        List<AnswerSheet> sheets = new CsvSheetReader().read(file, file.getFileName().toString(), spec);
        assertThat(sheets).hasSize(1);
        PartResult result = grader.grade(sheets.get(0), ManualScores.none()).parts().stream()
                .filter(part -> part.id().equals(expected.part())).findFirst().orElseThrow();

        assertThat(String.join(" ", result.feedback())).as("feedback of %s", expected.part())
                .contains(expected.words());
        if (String.join(" ", result.feedback()).contains("This matches the result when")) {
            // What the summary counts per part is the slip's words, never an expression.
            assertThat(result.matched()).hasValueSatisfying(words -> assertThat(result.feedback())
                    .contains("This matches the result when " + words + "."));
        }
        if (expected.verdict().isEmpty()) {
            assertThat(result.verdict()).as("verdict").isIn(Verdict.INCORRECT, Verdict.PARTIAL);
            assertThat(result.awarded()).isLessThan(result.points());
        } else {
            assertThat(result.verdict().spelling()).isEqualTo(expected.verdict());
            assertThat(result.awarded()).isEqualTo(result.points());
        }
    }

    @Test
    void everySheetHasItsExpectation() throws IOException, UnreadableException {
        Set<String> sheets;
        try (Stream<Path> files = Files.list(FOLDER.resolve("sheets"))) {
            sheets = files.map(file -> file.getFileName().toString().replaceFirst("\\.csv$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = corpus().stream().map(Expected::sheet).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).isEqualTo(sheets);
    }

    /** The functions of the list of slips: each of their slips has a sheet in the corpus. */
    private static final List<String> COVERED = List.of("conv2d", "conv_transpose2d", "maxpool2d", "avgpool2d",
            "sigmoid", "relu", "tanh", "linear", "batchnorm2d", "bn_var", "conv_out", "pool_out", "conv_transpose_out",
            "output_shape");

    @Test
    void everySlipOfTheseFunctionsHasASheet() throws IOException, UnreadableException {
        // A network slip's words follow "in layer k (…) ".
        List<String> words = corpus().stream().map(expected -> expected.words().replaceFirst("^in layer \\d+ \\(.*?\\) ",
                "")).toList();
        Set<String> uncovered = new TreeSet<>();
        for (String name : COVERED) {
            for (org.cnngrader.expr.Slip slip : org.cnngrader.expr.FunctionLibrary.find(name).orElseThrow().slips()) {
                if (slip.scope() instanceof org.cnngrader.expr.Slip.Anywhere
                        && words.stream().noneMatch(expected -> expected.contains(slip.words())
                        || slip.words().contains(expected))) {
                    uncovered.add(name + ": " + slip.words());
                }
            }
        }
        for (LayerSlip slip : LayerSlip.ALL) {
            if (words.stream().noneMatch(expected -> expected.contains(slip.words())
                    || slip.words().contains(expected))) {
                uncovered.add("layer: " + slip.words());
            }
        }
        assertThat(uncovered).isEmpty();
    }
}
