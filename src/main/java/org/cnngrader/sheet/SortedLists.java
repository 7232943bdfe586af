package org.cnngrader.sheet;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Searches in lists sorted by a coordinate: a page's words by their left edge, its rules or spaces by their height. */
final class SortedLists {

    private SortedLists() {
    }

    /**
     * The index of the first element whose key is {@code value} or more, {@code list.size()} if none: the list is
     * sorted by {@code key}, ascending.
     */
    static <T> int firstAtLeast(List<T> list, ToDoubleFunction<T> key, double value) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (key.applyAsDouble(list.get(middle)) < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
