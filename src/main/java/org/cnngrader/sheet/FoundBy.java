package org.cnngrader.sheet;

import java.util.Optional;

/**
 * How an answer was found (DESIGN.md §5): the confidence of its reading. Spelled in reports and
 * JSON as {@link #spelling()}; the last three are to be reviewed by a person, for {@link #reason()}.
 */
public enum FoundBy {
    /** In the cell (or column) of its part id in a CSV or XLSX sheet. */
    CELL("cell", ""),
    /** Next to one of the part's labels, or a name the document defines for it, in its question's region. */
    LABEL("label", ""),
    /** The value of its question's region that matches the reference or an accepted variant, unlabelled. */
    MATCH("match", "unlabelled; taken because it matches the reference or an accepted answer"),
    /** The n-th value of its kind in its question's region, for the region's n-th such part. */
    ORDER("order", "unlabelled; taken by its place among the values of its question"),
    /** Next to one of its labels, but outside its question's region. */
    OUTSIDE("outside", "found outside its question's region");

    private final String spelling;
    private final String reason;

    FoundBy(String spelling, String reason) {
        this.spelling = spelling;
        this.reason = reason;
    }

    /** Whether the sheet itself names the part the value answers, by its cell or a label in its question. */
    public boolean named() {
        return this == CELL || this == LABEL;
    }

    /** The word used in reports and JSON. */
    public String spelling() {
        return spelling;
    }

    /** Why a person should look at it; empty when the reading is certain enough. */
    public String reason() {
        return reason;
    }

    /** The way of finding spelled {@code spelling} in a report, if any. */
    public static Optional<FoundBy> bySpelling(String spelling) {
        for (FoundBy foundBy : values()) {
            if (foundBy.spelling.equals(spelling)) {
                return Optional.of(foundBy);
            }
        }
        return Optional.empty();
    }

    /** Whether a person should look at it: found by a guess rather than by its name in its place. */
    public boolean needsReview() {
        return !reason.isEmpty();
    }
}
