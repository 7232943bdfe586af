package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} answers every held-out PyTorch autograd case from the command line: each case's
 * inputs become the {@code given} values of a rubric passed with {@code --given}, its expressions
 * the arguments, and every printed value agrees with PyTorch's within 1e-9 relative (plus 1e-12).
 */
class EvalPyTorchCasesCommandTest {

    @Test
    void everyCaseFromTheCommandLine(@TempDir Path directory) throws IOException {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/pytorch-autograd/cases.json")) {
            document = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        int index = 0;
        for (JsonNode entry : document.get("cases")) {
            Path given = directory.resolve("case-" + index++ + ".yaml");
            StringBuilder yaml = new StringBuilder("title: PyTorch case\ngiven:\n");
            for (Iterator<Map.Entry<String, JsonNode>> inputs = entry.get("inputs").fields(); inputs.hasNext();) {
                Map.Entry<String, JsonNode> input = inputs.next();
                yaml.append("  ").append(input.getKey()).append(": ").append(literal(input.getValue())).append('\n');
            }
            yaml.append("questions: []\n");
            Files.writeString(given, yaml);
            List<String> arguments = new ArrayList<>(List.of("eval", "--json", "--given", given.toString()));
            entry.get("checks").forEach(check -> arguments.add(check.get("expression").asText()));
            EvalCommandTest.Run run = EvalCommandTest.run(arguments.toArray(String[]::new));
            String name = entry.get("name").asText();
            assertThat(run.exitCode()).as(name + ": " + run.out() + run.err()).isZero();
            String[] lines = run.out().split("\n");
            assertThat(lines).as(name).hasSize(entry.get("checks").size());
            for (int i = 0; i < lines.length; i++) {
                JsonNode check = entry.get("checks").get(i);
                List<Double> printed = new ArrayList<>();
                flatten(new ObjectMapper().readTree(lines[i]), printed);
                JsonNode expected = check.get("expected").get("data");
                String what = name + ": " + check.get("expression").asText();
                assertThat(printed).as(what).hasSize(expected.size());
                for (int entryIndex = 0; entryIndex < expected.size(); entryIndex++) {
                    double torch = expected.get(entryIndex).asDouble();
                    assertThat(Math.abs(printed.get(entryIndex) - torch))
                            .as(what + ", entry " + entryIndex + ": " + printed.get(entryIndex) + " against " + torch)
                            .isLessThanOrEqualTo(1e-9 * Math.abs(torch) + 1e-12);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    /** The input as a YAML flow literal: nested lists of plain decimals (exactly the stored doubles). */
    private static String literal(JsonNode encoded) {
        List<Integer> shape = new ArrayList<>();
        encoded.get("shape").forEach(side -> shape.add(side.asInt()));
        List<String> data = new ArrayList<>();
        encoded.get("data").forEach(value -> data.add(BigDecimal.valueOf(value.asDouble()).toPlainString()));
        StringBuilder out = new StringBuilder();
        nest(out, shape, 0, data, new int[] {0});
        return out.toString();
    }

    private static void nest(StringBuilder out, List<Integer> shape, int axis, List<String> data, int[] next) {
        if (axis == shape.size()) {
            out.append(data.get(next[0]++));
            return;
        }
        out.append('[');
        for (int i = 0; i < shape.get(axis); i++) {
            if (i > 0) {
                out.append(", ");
            }
            nest(out, shape, axis + 1, data, next);
        }
        out.append(']');
    }

    private static void flatten(JsonNode value, List<Double> out) {
        if (value.isArray()) {
            value.forEach(item -> flatten(item, out));
        } else {
            out.add(value.asDouble());
        }
    }
}
