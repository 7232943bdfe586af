package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
                assertThat(Display.grid(value, decimals, List.of()).get("text"))
                        .isEqualTo(Values.display(value, decimals));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrongEntriesAreMarkedByTheirIndexInReadingOrder() {
        Value value = new Value.TensorValue(Tensor.matrix(new double[] {1, 2}, new double[] {3, 4}));

        List<List<Map<String, Object>>> rows = (List<List<Map<String, Object>>>) Display.grid(value, 2, List.of(2))
                .get("rows");

        assertThat(rows.get(1).get(0)).containsEntry("text", "3").containsEntry("wrong", true);
        assertThat(rows.get(0).get(1)).containsEntry("text", "2").containsEntry("wrong", false);
    }
}
