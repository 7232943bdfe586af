package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class GivensTest {

    private static Path fixture(String scenario, String file) {
        return Path.of("src/test/resources", scenario, file);
    }

    @Test
    void matricesExpressionsAndNetworks() {
        Map<String, Value> given = Givens.load(fixture("given-values", "rubric.yaml"));
        assertThat(given).containsOnlyKeys("X", "K", "quarter", "flipped", "alexnet");
        assertThat(Values.toLiteral(given.get("quarter"))).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        assertThat(Values.toLiteral(given.get("flipped"))).isEqualTo("[[0, 2, 0], [1, 1, 2], [0, 2, 0]]");
        Value.NetworkValue alexnet = (Value.NetworkValue) given.get("alexnet");
        assertThat(alexnet.network().outputShape(9)).containsExactly(9216);
        assertThat(alexnet.network().outputShape(-1)).containsExactly(1000);
    }

    @Test
    @Timeout(5)
    void aliasesAreRefused() {
        assertThatThrownBy(() -> Givens.load(fixture("hostile-yaml", "aliases.yaml")))
                .isInstanceOf(RubricException.class)
                .hasMessageContaining("aliases.yaml:2:")
                .hasMessageContaining("anchors (&a) are not allowed in a rubric");
    }

    @Test
    void tagsAreRefused() {
        assertThatThrownBy(() -> Givens.load(fixture("hostile-yaml", "java-tag.yaml")))
                .isInstanceOf(RubricException.class)
                .hasMessageContaining("java-tag.yaml:2:6: YAML tags (!!javax.script.ScriptEngineManager) are not allowed");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> Givens.load(fixture("hostile-yaml", "duplicate-key.yaml")))
                .isInstanceOf(RubricException.class)
                .hasMessageContaining("duplicate-key.yaml:3:")
                .hasMessageContaining("Duplicate field 'X'");
    }

    @Test
    void cyclesAreNamed() {
        assertThatThrownBy(() -> Givens.load(fixture("hostile-yaml", "cycle.yaml")))
                .hasMessageContaining("cycle.yaml:2:3: the given values refer to each other in a circle: A → B → C → A");
    }

    @Test
    void everyBadValueIsReportedAtOnceWithLineAndColumn() {
        assertThatThrownBy(() -> Givens.load(fixture("hostile-yaml", "bad-values.yaml")))
                .isInstanceOfSatisfying(RubricException.class, problem -> assertThat(problem.problems())
                        .extracting(RubricException.Problem::toString)
                        .containsExactly(
                                "src/test/resources/hostile-yaml/bad-values.yaml:2:11: ragged matrix: row 2 has 1"
                                        + " entries but row 1 has 2",
                                "src/test/resources/hostile-yaml/bad-values.yaml:3:30: conv2d has no argument"
                                        + " 'strides' (did you mean 'stride'?): conv2d(x, k, stride=1, padding=0,"
                                        + " dilation=1, groups=1, bias=0, flip=false)",
                                "src/test/resources/hostile-yaml/bad-values.yaml:8:9: layer 2 (conv 4, kernel 9,"
                                        + " padding 0), input 4×6×6: a kernel of 9 does not fit an input of 6"
                                        + " padded by 0",
                                "src/test/resources/hostile-yaml/bad-values.yaml:12:10: unknown layer 'convolution'"
                                        + " (layers: conv, conv_transpose, maxpool, avgpool, linear, flatten,"
                                        + " batchnorm, relu, sigmoid, tanh)"));
    }

    @Test
    @Timeout(10)
    void deepNestingAndHugeFilesAreRefused(@TempDir Path directory) throws IOException {
        Path deep = directory.resolve("deep.yaml");
        Files.writeString(deep, "given:\n  X: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertThatThrownBy(() -> Givens.load(deep)).isInstanceOf(RubricException.class)
                .hasMessageContaining("deep.yaml:");
        Path huge = directory.resolve("huge.yaml");
        Files.writeString(huge, "given:\n  X: [" + "1, ".repeat(20_000_000) + "1]\n");
        assertThatThrownBy(() -> Givens.load(huge)).isInstanceOf(RubricException.class)
                .hasMessageContaining("larger than 2 MB");
    }

    @Test
    void aMissingFileIsARubricProblem() {
        assertThatThrownBy(() -> Givens.load(Path.of("no/such/rubric.yaml")))
                .hasMessage("no/such/rubric.yaml:1:1: there is no such file");
    }
}
