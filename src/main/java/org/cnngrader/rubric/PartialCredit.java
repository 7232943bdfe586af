package org.cnngrader.rubric;

import java.util.Locale;

/** How a matrix answer with some wrong entries is scored. */
public enum PartialCredit {
    /** All or nothing. */
    NONE,
    /** The fraction of entries that are right, times the points (when the shape is right). */
    ENTRIES;

    /** The spelling in a rubric: {@code none} or {@code entries}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
