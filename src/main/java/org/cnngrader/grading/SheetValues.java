package org.cnngrader.grading;

import org.cnngrader.expr.Value;
import org.cnngrader.sheet.SheetValue;

/** Values read from sheets as values of the expression language. */
public final class SheetValues {

    private SheetValues() {
    }

    /** A number, shape or matrix as a tensor value; yes/no as a boolean. */
    public static Value toValue(SheetValue value) {
        if (value instanceof SheetValue.Numbers numbers) {
            return new Value.TensorValue(numbers.tensor());
        }
        return new Value.BooleanValue(((SheetValue.Truth) value).value());
    }
}
