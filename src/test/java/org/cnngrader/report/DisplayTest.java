package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnngrader.engine.Tensor;
import org.cnngrader.expr.Value;
import org.cnngrader.expr.Values;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void aMatrixsTextIsWhatValuesDisplayWrites() {
        for (Tensor matrix : List.of(Tensor.matrix(new double[] {0.125, -0.005, 2.675}, new double[] {1, 0.8808, -3}),
                Tensor.matrix(new double[] {1, 2}, new double[] {-3, 40}), Tensor.matrix(new double[] {1e-9}))) {
            for (int decimals : new int[] {0, 2, 4}) {
                Value value = new Value.TensorValue(matrix);
                assertThat(Display.grid(value, decimals, List.of()).text())
                        .isEqualTo(Values.display(value, decimals));
            }
        }
    }

    @Test
    void wrongEntriesAreMarkedByTheirIndexInReadingOrder() {
        Value value = new Value.TensorValue(Tensor.matrix(new double[] {1, 2}, new double[] {3, 4}));

        List<List<Display.Cell>> rows = Display.grid(value, 2, List.of(2)).rows();

        assertThat(rows.get(1).get(0)).isEqualTo(new Display.Cell("3", true, "row 2, column 1"));
        assertThat(rows.get(0).get(1)).isEqualTo(new Display.Cell("2", false, "row 1, column 2"));
    }
}
