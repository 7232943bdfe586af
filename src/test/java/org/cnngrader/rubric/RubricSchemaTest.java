package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/rubric.schema.json, which editors use to complete and check rubrics, accepts every bundled rubric
 * (each of which names it in its yaml-language-server comment) and rejects broken ones. Checked with the
 * networknt validator, an implementation of JSON Schema 2020-12 independent of the rubric loader.
 */
class RubricSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs/rubric.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static List<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyBundledRubricValidatesAndPointsToTheSchema() throws IOException {
        JsonSchema schema = schema();
        assertThat(bundled()).hasSizeGreaterThanOrEqualTo(5);
        for (Path rubric : bundled()) {
            Set<ValidationMessage> problems = schema.validate(YAML.readTree(rubric.toFile()));
            assertThat(problems).as(rubric.toString()).isEmpty();
            assertThat(Files.readAllLines(rubric).get(0)).as(rubric.toString())
                    .isEqualTo("# yaml-language-server: $schema=../docs/rubric.schema.json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an unknown key in a part
        "{title: T, questions: [{id: '1', parts: [{id: a, points: 1, answr: '1+1'}]}]}",
        // points written as words
        "{title: T, questions: [{id: '1', parts: [{id: a, points: two, answer: '1+1'}]}]}",
        // no title
        "{questions: [{id: '1', parts: [{id: a, points: 1, answer: '1+1'}]}]}",
        // a formula without its symbols
        "{title: T, questions: [{id: '1', parts: [{id: a, points: 1, formula: 'N*K'}]}]}",
        // both an answer and a check
        "{title: T, questions: [{id: '1', parts: [{id: a, points: 1, answer: '1', check: 'answer == 1'}]}]}",
        // a part id that is no name
        "{title: T, questions: [{id: '1', parts: [{id: 1a, points: 1, answer: '1'}]}]}",
        // a layer of an unknown kind
        "{title: T, given: {net: {input: [1, 4, 4], layers: [{convolution: 2}]}}, questions: [{id: '1', parts: [{id: a, points: 1, answer: '1'}]}]}",
        // partial credit spelled wrong
        "{title: T, partial: entry, questions: [{id: '1', parts: [{id: a, points: 1, answer: '1'}]}]}"})
    void brokenRubricsDoNotValidate(String rubric) throws IOException {
        JsonNode tree = YAML.readTree(rubric);
        assertThat(schema().validate(tree)).as(rubric).isNotEmpty();
    }

    @Test
    void aFormulaPartValidates() throws IOException {
        JsonNode tree = YAML.readTree("{title: T, questions: [{id: '5', parts: [{id: p, points: 1,"
                + " formula: 'N*K*K*C + N', symbols: [N, K, C], instance: {N: 128, K: 3, C: 64}}]}]}");
        assertThat(schema().validate(tree)).isEmpty();
    }
}
