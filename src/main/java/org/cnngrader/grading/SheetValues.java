package org.cnngrader.grading;

import org.cnngrader.expr.Value;
import org.cnngrader.sheet.SheetValue;

/** Values read from sheets as values of the expression language. */
public final class SheetValues {

    private SheetValues() {
    }

    /** A number, shape or matrix as a tensor value; yes/no as a boolean; a formula as its text. */
    public static Value toValue(SheetValue value) {
        if (value instanceof SheetValue.Numbers numbers) {
            return new Value.TensorValue(numbers.tensor());
        }
        if (value instanceof SheetValue.Formula formula) {
            return new Value.StringValue(formula.written());
        }
        return new Value.BooleanValue(((SheetValue.Truth) value).value());
    }
}
