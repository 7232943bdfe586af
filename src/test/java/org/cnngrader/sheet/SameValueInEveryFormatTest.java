package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cnngrader.engine.Tensor;

/**
 * One grammar: the same written answer gets the same value in a CSV cell, an XLSX cell written by
 * POI, and a line {@code S = <value>} of a text document and of a PDF written by PDFBox (read by the
 * scanner and the locator, labelled). Values are generated with their written forms — numbers (decimal commas, Unicode minus,
 * thousands), matrices in every syntax of DESIGN.md §5, shapes and booleans — and the value every
 * format reads is compared with the value generated.
 */
class SameValueInEveryFormatTest {

    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws Exception {
        folder = Files.createTempDirectory("same-value");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A value, how it is written, and what the rubric's reference would tell the reader (whole numbers, rank). */
    record Written(String text, String value, Optional<Tensor> reference) {
        @Override
        public String toString() {
            return text.replace("\n", "⏎") + " → " + value;
        }
    }

    @Property(tries = 250, seed = "20261215")
    void theSameWrittenValueReadsTheSameInCsvXlsxAndText(@ForAll("writtenValues") Written written) throws Exception {
        SheetSpec.ValueKind kind = written.reference().map(SheetSpec.ValueKind::of).orElse(SheetSpec.ValueKind.UNKNOWN);
        SheetSpec spec = new SheetSpec(List.of(new SheetSpec.QuestionSpec("1", "Values", List.of())),
                List.of(new SheetSpec.PartSpec("S", "1", List.of("S"), written.reference(), List.of(), Optional.empty(),
                        kind, Optional.empty(), "", true)), List.of());
        assertThat(csv(written.text(), spec)).as("CSV").isEqualTo(written.value());
        assertThat(xlsx(written.text(), spec)).as("XLSX").isEqualTo(written.value());
        assertThat(text(written.text(), spec)).as("text").isEqualTo(written.value() + " by " + FoundBy.LABEL);
    }

    /**
     * The same in a PDF whose text is the written value as a plain-text editor prints it (PDFBox writes each line
     * with a standard font). A PDF shows typeset math, not its LaTeX source, so the {@code \\begin{bmatrix}} form
     * (read in text files) is not written into one; nor is a character the standard font cannot show.
     */
    @Property(tries = 120, seed = "20261202")
    void theSameWrittenValueReadsTheSameInAPdf(@ForAll("writtenValues") Written written) throws Exception {
        net.jqwik.api.Assume.that(!written.text().contains("\\begin") && !written.text().contains("\\times")
                && !written.text().contains("\\cdot") && showable(written.text()));
        SheetSpec.ValueKind kind = written.reference().map(SheetSpec.ValueKind::of).orElse(SheetSpec.ValueKind.UNKNOWN);
        SheetSpec spec = new SheetSpec(List.of(new SheetSpec.QuestionSpec("1", "Values", List.of())),
                List.of(new SheetSpec.PartSpec("S", "1", List.of("S"), written.reference(), List.of(), Optional.empty(),
                        kind, Optional.empty(), "", true)), List.of());
        assertThat(pdf(written.text(), spec)).as("PDF").isEqualTo(written.value() + " by " + FoundBy.LABEL);
    }

    private static final org.apache.pdfbox.pdmodel.font.PDType1Font FONT = new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);

    private static boolean showable(String text) {
        try {
            for (String line : text.split("\n")) {
                FONT.encode(line);
            }
            return true;
        } catch (IllegalArgumentException | IOException notInTheFont) {
            return false;
        }
    }

    private static String pdf(String text, SheetSpec spec) throws Exception {
        Path file = Files.createTempFile(folder, "answers", ".pdf");
        List<String> lines = new ArrayList<>(List.of("Team Grammar", "", "1 Values", ""));
        String[] written = ("S = " + text).split("\n");
        lines.addAll(List.of(written));
        lines.addAll(List.of("", "That is all."));
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(FONT, 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        AnswerSheet sheet = new PdfSheetReader().read(file, file.getFileName().toString(), spec).get(0);
        Answer answer = sheet.answers().get("S");
        return valueOf(sheet) + " by " + (answer == null ? "nothing" : answer.foundBy());
    }

    private static String valueOf(AnswerSheet sheet) {
        Answer answer = sheet.answers().get("S");
        if (answer == null) {
            return "missing";
        }
        return answer.value().map(Object::toString).orElse("refused: " + answer.problem().orElse(""));
    }

    private static String csv(String text, SheetSpec spec) throws Exception {
        Path file = Files.createTempFile(folder, "sheet", ".csv");
        Files.writeString(file, "part,answer\nS,\"" + text.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
        return valueOf(new CsvSheetReader().read(file, file.getFileName().toString(), spec).get(0));
    }

    private static String xlsx(String text, SheetSpec spec) throws Exception {
        Path file = Files.createTempFile(folder, "sheet", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("answers");
            var row = answers.createRow(2);
            row.createCell(0).setCellValue("S");
            row.createCell(2).setCellValue(text);
            workbook.write(output);
        }
        return valueOf(new XlsxSheetReader().read(file, file.getFileName().toString(), spec).get(0));
    }

    /** The value read from a text document, and how the locator found it (next to its label {@code S =}). */
    private static String text(String text, SheetSpec spec) throws Exception {
        Path file = Files.createTempFile(folder, "answers", ".txt");
        Files.writeString(file, "Team Grammar\n\n1 Values\n\nS = " + text + "\n\nThat is all.\n", StandardCharsets.UTF_8);
        AnswerSheet sheet = new TextSheetReader().read(file, file.getFileName().toString(), spec).get(0);
        Answer answer = sheet.answers().get("S");
        return valueOf(sheet) + " by " + (answer == null ? "nothing" : answer.foundBy());
    }

    @Provide
    Arbitrary<Written> writtenValues() {
        return Arbitraries.oneOf(numbers(), matrices(), shapes(), booleans(), fractions());
    }

    /** Unicode's vulgar fractions, each with its value as its Unicode name says it ("VULGAR FRACTION THREE EIGHTHS"). */
    private static final Map<Character, int[]> VULGAR_FRACTIONS = vulgarFractions();

    private static Map<Character, int[]> vulgarFractions() {
        List<String> numerators = List.of("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN");
        List<String> denominators = List.of("", "", "HALF", "THIRD", "QUARTER", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH",
                "NINTH", "TENTH");
        Map<Character, int[]> fractions = new TreeMap<>();
        for (char character = 0; character < 0x2200; character++) {
            String name = Character.getName(character);
            if (name != null && name.startsWith("VULGAR FRACTION ")) {
                String[] words = name.substring("VULGAR FRACTION ".length()).split(" ");
                String denominator = words[1].replaceAll("S$", "");
                fractions.put(character, new int[] {numerators.indexOf(words[0]), denominators.indexOf(denominator)});
            }
        }
        return fractions;
    }

    /**
     * A number written with a vulgar fraction (¼, Word's AutoFormat of a typed 1/4), alone or after a whole number
     * (2½), or a matrix of them ({@code [[¼, ¼], [¼, ¼]]}).
     */
    private static Arbitrary<Written> fractions() {
        Arbitrary<Character> fraction = Arbitraries.of(List.copyOf(VULGAR_FRACTIONS.keySet()));
        Arbitrary<Written> number = Combinators.combine(fraction, Arbitraries.integers().between(-1, 250))
                .as((character, whole) -> {
                    int[] value = VULGAR_FRACTIONS.get(character);
                    double exact = (double) (Math.max(whole, 0) * value[1] + value[0]) / value[1];
                    Tensor scalar = Tensor.scalar(exact);
                    return new Written((whole < 0 ? "" : String.valueOf(whole)) + character, scalar.toString(),
                            Optional.of(Tensor.scalar(0.25)));
                });
        Arbitrary<Written> matrix = fraction.list().ofSize(4).map(entries -> {
            double[][] values = new double[2][2];
            for (int entry = 0; entry < 4; entry++) {
                int[] value = VULGAR_FRACTIONS.get(entries.get(entry));
                values[entry / 2][entry % 2] = (double) value[0] / value[1];
            }
            Tensor tensor = Tensor.matrix(values);
            return new Written("[[" + entries.get(0) + ", " + entries.get(1) + "], [" + entries.get(2) + ", "
                    + entries.get(3) + "]]", tensor.toString(), reference(tensor));
        });
        return Arbitraries.oneOf(number, matrix);
    }

    /** A decimal with up to three places, as {@link BigDecimal} so that its written forms are exact. */
    private static Arbitrary<BigDecimal> decimals(int largest) {
        return Combinators.combine(Arbitraries.integers().between(-largest, largest), Arbitraries.integers().between(0, 3))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).stripTrailingZeros())
                .map(decimal -> decimal.scale() < 0 ? decimal.setScale(0) : decimal);
    }

    private static Optional<Tensor> reference(Tensor value) {
        // Of the value's rank and wholeness (what the reader may know), but not its entries.
        return Optional.of(Tensor.filled(value.shape(), value.isIntegral() ? 7 : 0.25));
    }

    private static Arbitrary<Written> numbers() {
        return Combinators.combine(decimals(2_000_000), Arbitraries.integers().between(0, 4)).as((decimal, form) -> {
            Tensor value = Tensor.scalar(decimal.doubleValue());
            String plain = decimal.toPlainString();
            boolean whole = decimal.scale() == 0;
            long magnitude = Math.abs(decimal.longValue());
            String text = switch (form) {
                case 1 -> plain.replace('-', '\u2212');
                case 2 -> whole ? plain : plain.replace('.', ',');
                case 3 -> whole && magnitude >= 1000 ? grouped(decimal.longValue(), ",") : plain;
                case 4 -> whole && magnitude >= 1000 && magnitude < 1_000_000 ? grouped(decimal.longValue(), " ")
                        : plain;
                default -> plain;
            };
            return new Written(text, value.toString(), reference(value));
        });
    }

    private static String grouped(long number, String separator) {
        String digits = Long.toString(Math.abs(number));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(separator);
            }
            text.append(digits.charAt(i));
        }
        return (number < 0 ? "-" : "") + text;
    }

    /** The syntaxes of a matrix, each from its rows of entries as written (with a point or a comma). */
    private static final List<Function<List<List<String>>, String>> MATRIX_FORMS = List.of(
            rows -> "[" + join(rows, row -> "[" + String.join(", ", row) + "]", ", ") + "]",
            rows -> "[" + join(rows, row -> String.join(" ", row), "; ") + "]",
            rows -> join(rows, row -> String.join(" ", row), "; "),
            rows -> "[" + join(rows, row -> "[" + String.join("  ", row) + "]", "\n ") + "]",
            rows -> "array([" + join(rows, row -> "[" + String.join(", ", row) + "]", ",\n       ") + "])",
            rows -> "tensor([" + join(rows, row -> "[" + String.join(", ", row) + "]", ",\n        ")
                    + "], dtype=torch.float64)",
            rows -> "\\begin{bmatrix} " + join(rows, row -> String.join(" & ", row), " \\\\ ") + " \\end{bmatrix}");

    private static String join(List<List<String>> rows, Function<List<String>, String> row, String separator) {
        return String.join(separator, rows.stream().map(row).toList());
    }

    private static Arbitrary<Written> matrices() {
        Arbitrary<List<List<BigDecimal>>> entries = Arbitraries.integers().between(2, 3).flatMap(height ->
                Arbitraries.integers().between(2, 3).flatMap(width -> decimals(999).list().ofSize(width)
                        .list().ofSize(height)));
        return Combinators.combine(entries, Arbitraries.integers().between(0, MATRIX_FORMS.size() - 1),
                Arbitraries.of(true, false)).as((matrix, form, commas) -> {
                    double[][] values = new double[matrix.size()][];
                    List<List<String>> rows = new ArrayList<>();
                    for (int i = 0; i < matrix.size(); i++) {
                        values[i] = matrix.get(i).stream().mapToDouble(BigDecimal::doubleValue).toArray();
                        rows.add(matrix.get(i).stream()
                                .map(entry -> commas ? entry.toPlainString().replace('.', ',') : entry.toPlainString())
                                .toList());
                    }
                    Tensor value = Tensor.matrix(values);
                    return new Written(MATRIX_FORMS.get(form).apply(rows), value.toString(), reference(value));
                });
    }

    private static final List<String> TIMES = List.of("×", " × ", " x ", "x", "·", "*", " * ", " \\times ", " \\cdot ");

    private static Arbitrary<Written> shapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 4096).list().ofMinSize(2).ofMaxSize(4),
                Arbitraries.integers().between(0, TIMES.size() + 1)).as((sides, form) -> {
                    Tensor value = Tensor.vector(sides.stream().mapToDouble(Integer::doubleValue).toArray());
                    List<String> texts = sides.stream().map(String::valueOf).toList();
                    // Sides parted by commas alone ("96,55,55"), where they cannot group thousands or be a decimal.
                    boolean commas = form == TIMES.size() + 1 && texts.size() > 2 && (texts.get(0).length() > 3
                            || texts.stream().skip(1).anyMatch(side -> side.length() != 3));
                    String text = commas ? String.join(",", texts) : form >= TIMES.size()
                            ? "(" + String.join(", ", texts) + ")" : String.join(TIMES.get(form), texts);
                    return new Written(text, value.toString(), reference(value));
                });
    }

    private static Arbitrary<Written> booleans() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3)).as((truth, word, form) -> {
                    String spelled = (truth ? ValueSyntax.YES_WORDS : ValueSyntax.NO_WORDS).get(word);
                    String text = switch (form) {
                        case 1 -> Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1) + ".";
                        case 2 -> spelled.toUpperCase(Locale.ROOT);
                        case 3 -> Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1)
                                + ", the eye is outside the receptive field.";
                        default -> spelled;
                    };
                    return new Written(text, Boolean.toString(truth), Optional.empty());
                });
    }

    /**
     * "conv1: 96,55,55" and a table's row "| conv2 | 256,27,27 |" in Markdown, in its PDF by pandoc and in a
     * notebook's Markdown cell ({@code commas-parting-sides/}): the scanner read 96.55, and only a special case of the
     * locator for a label opening its line read the shape; the table's rows were missing, unflagged. The value
     * grammar reads the shape's sides wherever they stand, and "Flatten: 9,216" stays nine thousand and more.
     */
    @net.jqwik.api.Example
    void aShapesSidesPartedByCommasReadTheSameInMarkdownPdfAndANotebook() throws Exception {
        SheetSpec e1394 = org.cnngrader.grading.SheetSpecs.of(org.cnngrader.rubric.RubricLoader.load(
                Path.of("rubrics/e1394-ps2.yaml")));
        Path scenario = Path.of("src/test/resources/commas-parting-sides");
        List<AnswerSheet> sheets = List.of(
                new TextSheetReader().read(scenario.resolve("answers.md"), "answers.md", e1394).get(0),
                new PdfSheetReader().read(scenario.resolve("answers.pdf"), "answers.pdf", e1394).get(0),
                new NotebookSheetReader().read(scenario.resolve("answers.ipynb"), "answers.ipynb", e1394).get(0));
        for (AnswerSheet sheet : sheets) {
            String source = sheet.source();
            assertThat(sheet.answers().get("conv1_shape").value().map(Object::toString)).as(source)
                    .hasValue("[96.0, 55.0, 55.0]");
            assertThat(sheet.answers().get("conv1_shape").foundBy()).as(source).isEqualTo(FoundBy.LABEL);
            assertThat(sheet.answers().get("pool1_shape").value().map(Object::toString)).as(source)
                    .hasValue("[96.0, 27.0, 27.0]");
            assertThat(sheet.answers().get("conv2_shape").value().map(Object::toString)).as(source)
                    .hasValue("[256.0, 27.0, 27.0]");
            assertThat(sheet.answers().get("pool2_shape").value().map(Object::toString)).as(source)
                    .hasValue("[256.0, 13.0, 13.0]");
            assertThat(sheet.answers().get("flat_size").value().map(Object::toString)).as(source).hasValue("9216.0");
        }
    }
}
