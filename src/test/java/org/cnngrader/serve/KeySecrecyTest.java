package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cnngrader.batch.Inputs;
import org.cnngrader.batch.SelfCheck;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Transforms;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.Rubric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the server sends reveals the key: every sample sheet of both served rubrics, and sheets made to draw the
 * feedback that quotes the key (one wrong entry, a constant offset, a worked sum, a known mistake), are uploaded to
 * the page and the API; each response is searched for every reference value, whole and entry by entry, that the
 * student did not write themselves. Entries are searched when they cannot be mistaken for a count or an index: a
 * decimal, or a whole number of two digits or more; small whole numbers are everywhere in a page.
 */
class KeySecrecyTest {

    /** Numbers of the student's document and of the score, which may equal a reference by chance. */
    private static final Pattern WHERE = Pattern.compile("\"where\" : \"[^\"]*\"|<td class=\"where\">[^<]*"
            + "|\"(total|max|points|awarded)\" : [\\d.]+|<strong id=\"score\">[^<]*|<td class=\"points\">[^<]*");

    private static Uploads uploads;

    @TempDir
    static Path crafted;

    @BeforeAll
    static void start() throws IOException {
        uploads = new Uploads();
    }

    @AfterAll
    static void stop() {
        uploads.close();
    }

    private static List<Path> sheets(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("README"))
                    .filter(file -> !file.toString().endsWith(".tex")).sorted().toList();
        }
    }

    /** Sheets of e1394-ps2 whose feedback, in a TA's report, quotes the key. */
    private static List<Path> craftedSheets() throws IOException {
        Rubric rubric = Inputs.rubric(Uploads.E1394);
        Tensor s = tensor(rubric, "S");
        Tensor a = tensor(rubric, "A");
        double[] oneWrong = s.values().clone();
        oneWrong[5] += 1;
        double[] offset = a.values().clone();
        for (int i = 0; i < offset.length; i++) {
            offset[i] += 0.25;
        }
        // One wrong entry of A where the right one occurs once: "expected 0.99" would show a value found nowhere else.
        double[] oneWrongOfA = a.values().clone();
        for (int i = 0; i < oneWrongOfA.length; i++) {
            int index = i;
            long same = Arrays.stream(a.values()).filter(value -> Math.abs(value - a.values()[index]) < 1e-9)
                    .count();
            if (same == 1) {
                oneWrongOfA[i] += 1;
                break;
            }
        }
        List<Path> sheets = new ArrayList<>();
        sheets.add(csv("one-wrong-entry-of-a.csv", "A", matrix(oneWrongOfA, a.side(1))));
        sheets.add(csv("one-wrong-entry.csv", "S", matrix(oneWrong, s.side(1)) ));
        sheets.add(csv("offset.csv", "A", matrix(offset, a.side(1))));
        sheets.add(csv("transposed.csv", "S", matrix(Transforms.transpose(s).values(), s.side(0))));
        for (Value mistake : rubric.key().mistakeValues("S")) {
            Tensor wrong = ((Value.TensorValue) mistake).tensor();
            sheets.add(csv("known-mistake.csv", "S", matrix(wrong.values(), wrong.side(1))));
        }
        return sheets;
    }

    private static Tensor tensor(Rubric rubric, String part) {
        return ((Value.TensorValue) rubric.key().reference(part).orElseThrow()).tensor();
    }

    private static String matrix(double[] values, int columns) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i % columns == 0 ? (i == 0 ? "[" : "], [") : ", ").append(values[i]);
        }
        return text.append("]]").toString();
    }

    private static Path csv(String name, String part, String value) throws IOException {
        Path file = crafted.resolve(name);
        Files.writeString(file, "part,answer\nteam,Crafted\n" + part + ",\"" + value + "\"\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void noResponseShowsAReferenceTheStudentDidNotWrite() throws Exception {
        List<Path> e1394 = new ArrayList<>(sheets("submissions-sample"));
        e1394.addAll(craftedSheets());
        int searched = 0;
        for (Path sheet : e1394) {
            searched += assertNoLeak(Uploads.E1394, "e1394-ps2", sheet);
        }
        for (Path sheet : sheets("submissions-sample-backprop")) {
            searched += assertNoLeak(Uploads.BACKPROP, "backprop", sheet);
        }
        assertThat(searched).as("reference strings searched for").isGreaterThan(100);
        Rubric e1394Rubric = Inputs.rubric(Uploads.E1394);
        for (String page : List.of("/", "/health", "/template/e1394-ps2.csv", "/template/backprop.csv")) {
            HttpResponse<String> response = uploads.get(page);
            assertThat(response.statusCode()).isEqualTo(200);
            // A CSV template states each part's question as the rubric words it ("… with 256 filters").
            String body = response.body();
            for (Part part : e1394Rubric.parts()) {
                body = part.text().isBlank() ? body : body.replace(part.text(), "");
            }
            for (String secret : secrets(e1394Rubric, List.of())) {
                assertThat(found(body, secret)).as(page + " shows " + secret).isFalse();
            }
        }
    }

    @Test
    void theTemplatesHoldNoReference() throws Exception {
        for (Path rubricFile : List.of(Uploads.E1394, Uploads.BACKPROP)) {
            Rubric rubric = Inputs.rubric(rubricFile);
            String name = rubricFile.getFileName().toString().replace(".yaml", "");
            byte[] xlsx = uploads.client.send(HttpRequest.newBuilder(uploads.uri("/template/" + name
                    + ".xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            StringBuilder cells = new StringBuilder();
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new ByteArrayInputStream(xlsx))) {
                org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(
                        format.formatCellValue(cell)).append('\n'))));
            }
            String csv = uploads.get("/template/" + name + ".csv").body();
            assertThat(cells).as(name + ".xlsx").contains("team");
            // The problem as the rubric states it to students ("the 5×5 convolution with 256 filters") stays.
            String shown = cells.toString();
            // The CSV template states each part's question too.
            String csvShown = csv;
            for (Part part : rubric.parts()) {
                shown = part.text().isBlank() ? shown : shown.replace(part.text(), "");
                csvShown = part.text().isBlank() ? csvShown : csvShown.replace(part.text(), "");
            }
            for (String secret : secrets(rubric, List.of())) {
                assertThat(found(shown, secret)).as(name + ".xlsx shows " + secret).isFalse();
                assertThat(found(csvShown, secret)).as(name + ".csv shows " + secret).isFalse();
            }
        }
    }

    @Test
    void theFeedbackThatQuotesTheKeyIsRewritten() throws Exception {
        List<Path> sheets = craftedSheets();
        String json = uploads.post("/api/check", "e1394-ps2", sheets.get(1)).body();
        assertThat(json).contains("One entry is wrong, an arithmetic slip: entry in row 2, column 2 is")
                .contains("Row 2, column 2 is wrong: you wrote").doesNotContain("expected").doesNotContain("conv2d(");
        String offset = uploads.post("/api/check", "e1394-ps2", sheets.get(2)).body();
        assertThat(offset).contains("Every entry is off by the same amount.");
    }

    /** Uploads a sheet to the API and the page; returns how many reference strings were searched for. */
    private static int assertNoLeak(Path rubricFile, String assignment, Path sheet) throws Exception {
        Rubric rubric = Inputs.rubric(rubricFile);
        List<TeamResult> results;
        try {
            results = SelfCheck.check(rubric, assignment, sheet).results();
        } catch (org.cnngrader.batch.InputException notThisAssignment) {
            results = List.of();
        }
        Set<String> secrets = secrets(rubric, results);
        int searched = 0;
        for (String endpoint : List.of("/api/check", "/check")) {
            HttpResponse<String> response = uploads.post(endpoint, assignment, sheet);
            assertThat(response.statusCode()).as(sheet + " " + endpoint).isIn(200, 422);
            for (String secret : secrets) {
                assertThat(found(response.body(), secret)).as(sheet + " through " + endpoint + " shows the reference "
                        + secret).isFalse();
                searched++;
            }
        }
        return searched;
    }

    /**
     * Whether the response shows the secret, outside the places that are numbers of the student's document (where
     * an answer was found: "page 1, line 13") or scores ("27 / 50").
     */
    private static boolean found(String response, String secret) {
        String body = WHERE.matcher(response).replaceAll("");
        return Pattern.compile("(?<![\\w.\\-−])" + Pattern.quote(secret) + "(?![\\w]|\\.\\d)").matcher(body).find();
    }

    /** The reference strings no response about these results may hold. */
    private static Set<String> secrets(Rubric rubric, List<TeamResult> results) {
        Set<String> written = new HashSet<>();
        for (TeamResult result : results) {
            for (PartResult part : result.parts()) {
                part.given().ifPresent(value -> {
                    for (int decimals = 0; decimals <= 6; decimals++) {
                        written.add(Values.display(value, decimals));
                        for (double entry : entries(value)) {
                            written.add(Rounding.halfUpText(entry, decimals));
                            written.add(Rounding.plain(entry));
                        }
                    }
                });
            }
        }
        Set<String> secrets = new HashSet<>();
        for (Part part : rubric.parts()) {
            Optional<Value> reference = rubric.key().reference(part.id());
            if (reference.isEmpty()) {
                continue;
            }
            String whole = Values.display(reference.get(), part.decimals());
            if (!written.contains(whole) && (whole.contains("[") || distinctive(whole))) {
                secrets.add(whole);
            }
            for (double entry : entries(reference.get())) {
                String shown = Values.display(Value.TensorValue.of(entry), part.decimals());
                if (distinctive(shown) && !written.contains(shown)) {
                    secrets.add(shown);
                }
            }
        }
        return secrets;
    }

    private static boolean distinctive(String number) {
        return number.contains(".") ? !number.matches("-?0\\.0*") : number.replace("-", "").length() >= 2;
    }

    private static double[] entries(Value value) {
        if (value instanceof Value.TensorValue tensor) {
            return tensor.tensor().values();
        }
        if (value instanceof Value.ListValue list) {
            return list.items().stream().flatMapToDouble(item -> Arrays.stream(entries(item))).toArray();
        }
        return new double[0];
    }
}
