package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    @Test
    void jsonGivesOneExactValuePerLine() {
        Run run = run("eval", "--json", "sigmoid(2)", "conv_out(227, 11, stride=4)", "[[1, 2], [3, 4.5]]",
                "1 == 1.001", "shapes(\"not a net\")");
        assertThat(run.out()).isEqualTo("""
                0.8807970779778823
                55
                [[1,2],[3,4.5]]
                true
                {"error":"column 8: shapes: net must be a network, not the string \\"not a net\\""}
                """);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void textModePrintsLiteralsAndErrorsInPlace() {
        Run run = run("eval", "maxpool2d([[1, 2], [3, 4]], 2)", "conv3d(1)", "2 * 3");
        assertThat(run.out()).isEqualTo("""
                [[4]]
                error: column 1: unknown function 'conv3d' (did you mean 'conv2d'?)
                6
                """);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void fileAndGivenRubric(@TempDir Path directory) throws IOException {
        Path expressions = directory.resolve("expressions.txt");
        Files.writeString(expressions, "output_shape(alexnet, 1)\n\n  round(sigmoid(conv2d(X, K, padding=same)))\n");
        Run run = run("eval", "--json", "--file", expressions.toString(), "--given",
                "src/test/resources/given-values/rubric.yaml", "output_shape(alexnet, 9)");
        assertThat(run.out()).isEqualTo("""
                [9216]
                [96,55,55]
                [[0.5,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1,0.92,1],[0.95,0.88,0.99,0.88]]
                """);
        assertThat(run.exitCode()).isZero();
    }

    /**
     * {@code eval --given R S} with R's parts in error said only "unknown name 'S'", as if the rubric had no part S;
     * the rubric's problem is now named on standard error, and the given values still evaluate.
     */
    @Test
    void aGivenRubricWhosePartsDoNotLoadIsNamedWithItsFirstProblem(@TempDir Path directory) throws IOException {
        Path rubric = Files.writeString(directory.resolve("r.yaml"), """
                title: t
                given:
                  X: [[1, 2], [3, 4]]
                questions:
                  - id: 1
                    parts:
                      - id: S
                        answer: conv2d(X, [[1]])
                      - id: B
                        answer: nosuch(X)
                """);
        Run run = run("eval", "--given", rubric.toString(), "X", "S");
        assertThat(run.out().lines()).containsExactly("[[1, 2], [3, 4]]", "error: column 1: unknown name 'S'");
        assertThat(run.err().lines()).containsExactly("note: " + rubric + ": only its given values are known here,"
                + " not its part ids: " + rubric + ":7:9: part 'S' needs 'points' (run 'cnn-grader validate " + rubric
                + "' for all 3 problems)");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aBadRubricExitsWithTwoAndNamesThePlace() {
        Run run = run("eval", "1", "--given", "src/test/resources/hostile-yaml/duplicate-key.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("duplicate-key.yaml:3:");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noExpressionIsAUsageError() {
        Run run = run("eval");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give at least one expression, or --file");
    }

    @Test
    void malformedInputGivesOneLineEach() {
        Run run = run("eval", "--json", "conv2d([[1]], [[1,2],[3,4]])", "NaN", "1e400", "[1, 2", "((((", "relu(true)");
        assertThat(run.out().lines()).hasSize(6).allMatch(line -> line.startsWith("{\"error\":\"column "));
        assertThat(run.err()).isEmpty();
    }

    /** {@code eval --file -} reads the expressions from standard input; {@code --given} knows the part ids. */
    @Test
    void standardInputAndPartIdsOfTheGivenRubric() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("1 + 1\nS\n".getBytes(StandardCharsets.UTF_8)));
            Run run = run("eval", "--file", "-", "--given", "rubrics/e1394-ps2.yaml", "conv1_shape");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().lines()).containsExactly("[96, 55, 55]", "2",
                    "[[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]");
        } finally {
            System.setIn(stdin);
        }
    }

    /** {@code eval --file cnn-grader.jar} said only Java's "Input length = 1". */
    @Test
    void aFileOfExpressionsThatIsNoTextIsOneLineSayingSo(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path binary = Files.write(folder.resolve("model.bin"),
                new byte[] {'1', '+', '1', '\n', (byte) 0xff, (byte) 0xfe, 0});
        Run run = run("eval", "--file", binary.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("--file " + binary + ": not UTF-8 text (a binary file?); give a"
                + " text file with one expression per line");
        Run aFolder = run("eval", "--file", folder.toString());
        assertThat(aFolder.exitCode()).isEqualTo(2);
        assertThat(aFolder.err().lines()).containsExactly("--file " + folder + ": a folder, not a file of expressions");
    }
}
