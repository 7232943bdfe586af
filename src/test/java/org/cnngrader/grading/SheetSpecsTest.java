package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.FormulaSyntax;
import org.cnngrader.sheet.Parsed;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.SheetValue;
import org.cnngrader.sheet.ValueParser;
import org.junit.jupiter.api.Test;

class SheetSpecsTest {

    private static final Rubric RUBRIC = RubricLoader.load("""
            given:
              R: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
            questions:
              - id: "1"
                parts:
                  - {id: kernel, points: 2, check: "conv2d(R, answer, stride=2) == avgpool2d(R, 2)"}
                  - {id: stride, points: 1, check: "conv2d(R, kernel, stride=answer) == avgpool2d(R, 2)"}
            """, "inline.yaml");

    /**
     * A rubric with a part of every kind a reader tells apart: a network asked about layer by layer, checks that
     * use {@code answer} in different places, a yes/no, a formula, a manual part.
     */
    private static final Rubric KINDS = RubricLoader.load("""
            given:
              R: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
              K: [[1, 0], [0, 1]]
              net:
                input: [1, 12, 12]
                layers: [{conv: 2, kernel: 3}, {maxpool: 2}, relu, {conv: 4, kernel: 3}, {avgpool: 2}, flatten,
                         {linear: 5}, {linear: 3}]
            questions:
              - id: "2"
                title: Kinds of answers
                aliases: ["2.0", "Kinds"]
                parts:
                  - {id: S, points: 1, answer: "conv2d(R, K)", labels: ["feature map"], tolerance: 0.1}
                  - {id: total, points: 1, answer: "sum(R)", labels: ["the sum"]}
                  - {id: dims, points: 1, answer: "shape(R)", accept: [{answer: "[4, 4, 1]", credit: 0.5}]}
                  - {id: same, points: 1, answer: "1 == 1"}
                  - {id: matrix_check, points: 1, check: "maxpool2d(answer, 2) == [[6, 8], [14, 16]]"}
                  - {id: window_check, points: 1, check: "maxpool2d(R, answer) == [[6, 8], [14, 16]]"}
                  - {id: weight_check, points: 1, check: "sum(linear([1, 1], answer)) == 2"}
                  - {id: nested_check, points: 1, check: "sum(relu(answer)) == 4"}
                  - {id: named_check, points: 1, check: "sum(conv2d(R, K, padding=answer)) == 68"}
                  - {id: negated_check, points: 1, check: "-sum(answer) == -4"}
                  - {id: bare_check, points: 1, check: "answer == 4"}
                  - {id: count, points: 1, formula: "N*K*K", symbols: [N, K]}
                  - {id: essay, points: 1, manual: true}
                  - {id: pool1, points: 1, answer: "output_shape(net, 2)"}
                  - {id: last, points: 1, answer: "output_shape(net, -1)"}
                  - {id: fc_weights, points: 1, answer: "params(net, layer=7, bias=false)"}
                  - {id: fc_macs, points: 1, answer: "macs(net, 8)"}
                  - {id: all_params, points: 1, answer: "params(net)"}
                  - {id: input, points: 1, answer: "output_shape(net, 0)"}
                  - {id: twice, points: 1, answer: "output_shape(net, 2) * 2"}
                  - {id: by_name, points: 1, answer: "output_shape(net, layer=1)"}
            """, "kinds.yaml");

    private static SheetSpec.PartSpec part(String id) {
        return SheetSpecs.of(RUBRIC).part(id).orElseThrow();
    }

    private static SheetSpec.PartSpec kinds(String id) {
        return SheetSpecs.of(KINDS).part(id).orElseThrow();
    }

    private static SheetValue numbers(String literal) {
        return ((Parsed.Value) ValueParser.parse(literal, org.cnngrader.sheet.Expectation.ANY)).value();
    }

    @Test
    void aCheckOnGivensAloneTellsTheLocatorWhichCandidatesPass() {
        SheetValue average = new SheetValue.Numbers(Tensor.matrix(new double[][] {{0.25, 0.25}, {0.25, 0.25}}));
        SheetValue sum = new SheetValue.Numbers(Tensor.matrix(new double[][] {{1, 1}, {1, 1}}));

        assertThat(part("kernel").accepts()).hasValueSatisfying(accepts -> {
            assertThat(accepts.test(average)).isTrue();
            assertThat(accepts.test(sum)).isFalse();
        });
    }

    @Test
    void aCheckNamingAnotherOpenAnswerIsNotTriedOnEveryCandidate() {
        // It has no reference for "kernel": each try could only fail (and did, once per candidate of every sheet).
        assertThat(part("stride").accepts()).isEmpty();
    }

    @Test
    void questionsKeepTheirTitleAndAliases() {
        SheetSpec spec = SheetSpecs.of(KINDS);
        assertThat(spec.questions()).singleElement().satisfies(question -> {
            assertThat(question.id()).isEqualTo("2");
            assertThat(question.title()).isEqualTo("Kinds of answers");
            assertThat(question.aliases()).containsExactly("2.0", "Kinds");
        });
        assertThat(spec.parts()).extracting(SheetSpec.PartSpec::questionId).containsOnly("2");
    }

    @Test
    void aShortIdIsALabelOfItsOwnALongOneIsNot() {
        assertThat(kinds("S").labels()).containsExactly("feature map", "S");
        assertThat(kinds("total").labels()).containsExactly("the sum");
        // "dims" is four letters: a word of the text, not a name a student writes before a value.
        assertThat(kinds("dims").labels()).isEmpty();
    }

    @Test
    void theTargetsAreTheReferenceAndTheAcceptedValues() {
        assertThat(kinds("dims").reference()).hasValue(Tensor.vector(4, 4));
        assertThat(kinds("dims").targets()).containsExactly(Tensor.vector(4, 4), Tensor.vector(4, 4, 1));
        assertThat(kinds("total").targets()).containsExactly(Tensor.scalar(136));
        assertThat(kinds("matrix_check").reference()).isEmpty();
        assertThat(kinds("matrix_check").targets()).isEmpty();
    }

    @Test
    void theKindOfAPartIsItsReferences() {
        assertThat(kinds("S").kind()).isEqualTo(SheetSpec.ValueKind.MATRIX);
        assertThat(kinds("total").kind()).isEqualTo(SheetSpec.ValueKind.NUMBER);
        assertThat(kinds("dims").kind()).isEqualTo(SheetSpec.ValueKind.VECTOR);
        assertThat(kinds("same").kind()).isEqualTo(SheetSpec.ValueKind.TRUTH);
        assertThat(kinds("count").kind()).isEqualTo(SheetSpec.ValueKind.FORMULA);
        assertThat(kinds("count").symbols()).containsExactly("N", "K");
        assertThat(kinds("S").symbols()).isEmpty();
    }

    @Test
    void anOpenQuestionsKindIsWhatItsCheckDoesWithTheAnswer() {
        // The input of a pooling is a matrix, its window a number; a linear layer's weights are a matrix.
        assertThat(kinds("matrix_check").kind()).isEqualTo(SheetSpec.ValueKind.MATRIX);
        assertThat(kinds("window_check").kind()).isEqualTo(SheetSpec.ValueKind.NUMBER);
        assertThat(kinds("weight_check").kind()).isEqualTo(SheetSpec.ValueKind.MATRIX);
        // Found inside another call, under a minus, or as a named argument (a padding is a number).
        assertThat(kinds("nested_check").kind()).isEqualTo(SheetSpec.ValueKind.MATRIX);
        assertThat(kinds("negated_check").kind()).isEqualTo(SheetSpec.ValueKind.MATRIX);
        assertThat(kinds("named_check").kind()).isEqualTo(SheetSpec.ValueKind.NUMBER);
        // Compared as it is, the answer could be anything.
        assertThat(kinds("bare_check").kind()).isEqualTo(SheetSpec.ValueKind.UNKNOWN);
        assertThat(kinds("essay").kind()).isEqualTo(SheetSpec.ValueKind.UNKNOWN);
    }

    @Test
    void aYesNoPartAcceptsTheSameTruthOnly() {
        assertThat(kinds("same").accepts()).hasValueSatisfying(accepts -> {
            assertThat(accepts.test(new SheetValue.Truth(true))).isTrue();
            assertThat(accepts.test(new SheetValue.Truth(false))).isFalse();
            assertThat(accepts.test(numbers("1"))).isFalse();
        });
    }

    @Test
    void aFormulaPartAcceptsAFormulaEqualToItsReference() {
        FormulaSyntax.Term equal = ((SheetValue.Formula) ((Parsed.Value) ValueParser.parse("N K^2",
                kinds("count").expectation())).value()).term();
        FormulaSyntax.Term lacking = ((SheetValue.Formula) ((Parsed.Value) ValueParser.parse("N K",
                kinds("count").expectation())).value()).term();
        assertThat(kinds("count").accepts()).hasValueSatisfying(accepts -> {
            assertThat(accepts.test(new SheetValue.Formula("N K^2", equal))).isTrue();
            assertThat(accepts.test(new SheetValue.Formula("N K", lacking))).isFalse();
            assertThat(accepts.test(numbers("12"))).isFalse();
        });
    }

    @Test
    void aCheckAcceptsWithinThePartsToleranceAndRefusesWhatItCannotEvaluate() {
        assertThat(kinds("window_check").accepts()).hasValueSatisfying(accepts -> {
            assertThat(accepts.test(numbers("2"))).isTrue();
            assertThat(accepts.test(numbers("3"))).isFalse();
            // A window of a matrix is no window: the check cannot be evaluated, so the candidate does not pass.
            assertThat(accepts.test(numbers("[[1, 2], [3, 4]]"))).isFalse();
        });
        assertThat(kinds("S").tolerance()).isEqualTo(Tolerance.absolute(0.1));
        assertThat(kinds("total").tolerance()).isEqualTo(Tolerance.DEFAULT);
        assertThat(kinds("S").accepts()).isEmpty();
    }

    @Test
    void aManualPartIsNotLookedFor() {
        assertThat(kinds("essay").graded()).isFalse();
        assertThat(kinds("S").graded()).isTrue();
        assertThat(kinds("matrix_check").graded()).isTrue();
    }

    @Test
    void theGivenValuesAreNamed() {
        SheetSpec spec = SheetSpecs.of(KINDS);
        assertThat(spec.givens()).extracting(SheetSpec.GivenSpec::name).containsExactly("R", "K", "net");
        assertThat(spec.givens().get(1).value()).hasValue(Tensor.matrix(new double[][] {{1, 0}, {0, 1}}));
        // A network is no value a student restates.
        assertThat(spec.givens().get(2).value()).isEmpty();
    }

    @Test
    void aShapeAfterALayerIsAlignedWithEveryLayersShapeInputFirst() {
        assertThat(kinds("pool1").layer()).hasValueSatisfying(layer -> {
            assertThat(layer.network()).isEqualTo("net");
            assertThat(layer.index()).isEqualTo(2);
            assertThat(layer.layers()).isEqualTo(8);
            assertThat(layer.quantity()).isEqualTo("output_shape(net)");
            assertThat(layer.withInput()).isTrue();
            // 12 → conv 3: 10 → pool 2: 5 → relu → conv 3: 3 → avgpool 2: 1 → flatten 4 → 5 → 3.
            assertThat(layer.values()).containsExactly(Tensor.vector(1, 12, 12), Tensor.vector(2, 10, 10),
                    Tensor.vector(2, 5, 5), Tensor.vector(2, 5, 5), Tensor.vector(4, 3, 3), Tensor.vector(4, 1, 1),
                    Tensor.vector(4), Tensor.vector(5), Tensor.vector(3));
            assertThat(layer.position()).isEqualTo(2);
            assertThat(layer.names()).contains("pool1", "maxpool 1", "layer 2");
        });
        assertThat(kinds("by_name").layer()).hasValueSatisfying(layer -> assertThat(layer.index()).isEqualTo(1));
    }

    @Test
    void aLayerCountedFromTheEndIsTheSameLayerCountedFromTheStart() {
        assertThat(kinds("last").layer()).hasValueSatisfying(layer -> {
            assertThat(layer.index()).isEqualTo(8);
            assertThat(layer.names()).contains("fc2", "fc4", "layer 8");
        });
    }

    @Test
    void aCountPerLayerHasNoInputValueAndNamesItsArguments() {
        assertThat(kinds("fc_weights").layer()).hasValueSatisfying(layer -> {
            assertThat(layer.index()).isEqualTo(7);
            assertThat(layer.quantity()).isEqualTo("params(net, bias=false)");
            assertThat(layer.withInput()).isFalse();
            assertThat(layer.values()).hasSize(8);
            // The first linear layer: 4 inputs, 5 outputs, no biases.
            assertThat(layer.values().get(6)).isEqualTo(Tensor.scalar(20));
            assertThat(layer.position()).isEqualTo(6);
        });
        assertThat(kinds("fc_macs").layer()).hasValueSatisfying(layer -> {
            assertThat(layer.quantity()).isEqualTo("macs(net)");
            assertThat(layer.values().get(7)).isEqualTo(Tensor.scalar(15));
        });
    }

    @Test
    void onlyOneCallForOneExistingLayerIsAskedAboutALayer() {
        assertThat(kinds("all_params").layer()).isEmpty();
        assertThat(kinds("input").layer()).isEmpty();
        assertThat(kinds("twice").layer()).isEmpty();
        assertThat(kinds("S").layer()).isEmpty();
    }

    @Test
    void layersAreCalledByTheirKindAndCountAndByTheirPlace() {
        var layers = org.cnngrader.rubric.RubricLoader.load("""
                given:
                  alexnet:
                    input: [3, 227, 227]
                    layers: [{conv: 96, kernel: 11, stride: 4}, {maxpool: 3, stride: 2}, {conv: 256, kernel: 5,
                             padding: 2}, {avgpool: 3, stride: 2}, flatten, {linear: 10}, {linear: 5}, relu]
                questions:
                  - id: "1"
                    parts:
                      - {id: a, points: 1, answer: "output_shape(alexnet, 1)"}
                """, "alexnet.yaml");
        List<org.cnngrader.engine.Layer> network = ((org.cnngrader.expr.Value.NetworkValue) layers.given()
                .get("alexnet")).network().layers();
        assertThat(SheetSpecs.layerNames(network, 1)).containsExactly("conv1", "conv 1", "convolution 1", "layer 1",
                "layer1", "l1");
        assertThat(SheetSpecs.layerNames(network, 3)).startsWith("conv2", "conv 2", "convolution 2");
        assertThat(SheetSpecs.layerNames(network, 2)).containsExactly("pool1", "pool 1", "maxpool1", "maxpool 1",
                "pooling 1", "layer 2", "layer2", "l2");
        assertThat(SheetSpecs.layerNames(network, 4)).startsWith("pool2", "pool 2", "avgpool2", "avgpool 2",
                "pooling 2");
        assertThat(SheetSpecs.layerNames(network, 5)).containsExactly("flatten", "flattened", "layer 5", "layer5",
                "l5");
        // AlexNet's fully connected layers are numbered on from its convolutions as well.
        assertThat(SheetSpecs.layerNames(network, 6)).startsWith("fc1", "fc 1", "fc3", "linear 1", "dense 1");
        assertThat(SheetSpecs.layerNames(network, 7)).startsWith("fc2", "fc 2", "fc4", "linear 2", "dense 2");
        assertThat(SheetSpecs.layerNames(network, 8)).containsExactly("layer 8", "layer8", "l8");
    }
}
