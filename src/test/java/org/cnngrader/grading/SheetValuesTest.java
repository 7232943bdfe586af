package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.sheet.Expectation;
import org.cnngrader.sheet.Parsed;
import org.cnngrader.sheet.SheetValue;
import org.cnngrader.sheet.ValueParser;
import org.junit.jupiter.api.Test;

class SheetValuesTest {

    @Test
    void numbersAreTensorsYesNoABooleanAFormulaItsText() {
        Tensor matrix = Tensor.matrix(new double[][] {{1, 2}, {3, 4}});
        assertThat(SheetValues.toValue(new SheetValue.Numbers(matrix))).isEqualTo(new Value.TensorValue(matrix));
        assertThat(SheetValues.toValue(new SheetValue.Truth(false))).isEqualTo(new Value.BooleanValue(false));
        SheetValue formula = ((Parsed.Value) ValueParser.parse("N K^2", Expectation.formula(List.of("N", "K"))))
                .value();
        assertThat(SheetValues.toValue(formula)).isEqualTo(new Value.StringValue("N K^2"));
    }
}
