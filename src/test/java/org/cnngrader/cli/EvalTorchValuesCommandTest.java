package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} answers gradients, label smoothing, per-pixel cross-entropy and upsampling by size
 * from the command line, with the values PyTorch 1.13 computes (float64, printed by torch and
 * typed here), and takes a part of a rubric inside a gradient as its value.
 */
class EvalTorchValuesCommandTest {

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> values = new ArrayList<>();
        for (String line : out.split("\n")) {
            values.add(new ObjectMapper().readTree(line));
        }
        return values;
    }

    private static List<Double> entries(JsonNode value) {
        List<Double> flat = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> flat.addAll(entries(item)));
        } else {
            flat.add(value.asDouble());
        }
        return flat;
    }

    private static void agree(JsonNode value, double... torch) {
        List<Double> ours = entries(value);
        assertThat(ours).hasSize(torch.length);
        for (int i = 0; i < torch.length; i++) {
            assertThat(ours.get(i)).as("entry " + i + " of " + value).isCloseTo(torch[i],
                    within(1e-9 * Math.abs(torch[i]) + 1e-12));
        }
    }

    @Test
    void newLossesAndUpsamplingBySizeAgreeWithPyTorch(@TempDir Path directory) throws IOException {
        Path given = directory.resolve("given.yaml");
        Files.writeString(given, """
                title: Scores
                given:
                  Z: [[1, 2, 3], [1, 0, -1]]
                  S: [[[[1, 2], [0, -1]], [[0, 1], [2, 2]]]]
                questions: []
                """);
        EvalCommandTest.Run run = EvalCommandTest.run("eval", "--json", "--given", given.toString(),
                "cross_entropy([[1, 2, 3], [1, 0, -1]], [2, 0], label_smoothing=0.1)",
                "grad(cross_entropy(Z, [2, 0], label_smoothing=0.1), Z)",
                "cross_entropy([[[[1, 2], [0, -1]], [[0, 1], [2, 2]]]], [[[1, 0], [1, 0]]])",
                "grad(cross_entropy(S, [[[1, 0], [1, 0]]]), S)",
                "upsample([[1, 2], [3, 4]], size=[3, 5], mode=bilinear)",
                "upsample([[1, 2], [3, 4]], size=3)",
                "upsample([[1, 2], [3, 4]], 2, size=3)");
        List<JsonNode> values = lines(run.out());
        assertThat(values).hasSize(7);
        // F.cross_entropy(z, tensor([2, 0]), label_smoothing=0.1) and its z.grad
        agree(values.get(0), 0.5076059644443804);
        agree(values.get(1), 0.02834861991852355, 0.10569756886073216, -0.13404618877925578,
                -0.13404618877925578, 0.10569756886073216, 0.02834861991852355);
        // F.cross_entropy of 1×2×2×2 scores against a 1×2×2 map of class indices, and the scores' grad
        agree(values.get(2), 1.20050968441329);
        agree(values.get(3), 0.18276464465750122, -0.06723535534249878, 0.029800730505529383, -0.2381435317056083,
                -0.18276464465750122, 0.06723535534249878, -0.02980073050552942, 0.2381435317056083);
        // F.interpolate(x, size=(3, 5), mode='bilinear') and F.interpolate(x, size=(3, 3), mode='nearest')
        agree(values.get(4), 1.0, 1.1, 1.5, 1.9000000000000001, 2.0, 1.9999999999999998, 2.0999999999999996, 2.5,
                2.9, 2.9999999999999996, 3.0, 3.1, 3.5, 3.9, 4.0);
        agree(values.get(5), 1, 1, 2, 1, 1, 2, 3, 3, 4);
        assertThat(values.get(6).get("error").asText()).contains("upsample needs either a scale or a size");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void runsWithTheNamesOfARubricWhosePartsAreTheirValues() throws IOException {
        EvalCommandTest.Run run = EvalCommandTest.run("eval", "--json", "--given", "rubrics/backprop.yaml",
                "grad(mse_loss(maxpool2d(A, 2), T), A)",
                "grad(sum(dP * maxpool2d(A, 2)), A)",
                "vjp(maxpool2d(A, 2), A, dP)",
                "grad(mse_loss(P, T), A)");
        List<JsonNode> values = lines(run.out());
        // A.grad after F.mse_loss(F.max_pool2d(A, 2), T).backward(): ties go to the first maximum.
        double[] torch = {0, 0.5, 1, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0.5, 0, 0, 0};
        agree(values.get(0), torch);
        // The part dP (the gradient for P) is a constant inside y: the same as backpropagating it with vjp.
        agree(values.get(1), torch);
        agree(values.get(2), torch);
        // The part P counts as its value, not its formula: A is not an input of this y.
        assertThat(values.get(3).get("error").asText()).contains("A is not an input of mse_loss(P, T)");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
