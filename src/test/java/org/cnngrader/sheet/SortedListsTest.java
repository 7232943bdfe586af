package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortedListsTest {

    /** Against a scan from the left, for every value between, on and around the keys, repeated keys included. */
    @Test
    void theFirstAtLeastIsTheFirstAScanFinds() {
        List<Double> keys = List.of(1.0, 2.0, 2.0, 2.0, 5.5, 9.0);
        for (double value = 0; value <= 10; value += 0.25) {
            int scanned = 0;
            while (scanned < keys.size() && keys.get(scanned) < value) {
                scanned++;
            }
            assertThat(SortedLists.firstAtLeast(keys, Double::doubleValue, value)).as("%s", value).isEqualTo(scanned);
        }
        assertThat(SortedLists.firstAtLeast(List.<Double>of(), Double::doubleValue, 3)).isZero();
    }
}
