package org.cnngrader.sheet;

/** How an answer was found; spelled in reports as {@link #spelling()}. */
public enum FoundBy {
    /** In the cell (or column) of its part id in a CSV or XLSX sheet. */
    CELL("cell"),
    /** Next to one of the part's labels in a free-form document. */
    LABEL("label"),
    /** The candidate of the section that best matches the reference or a variant: to be reviewed. */
    BEST_MATCH("best match"),
    /** The last value of the right kind in the section: to be reviewed. */
    LAST_OF_KIND("last of its kind");

    private final String spelling;

    FoundBy(String spelling) {
        this.spelling = spelling;
    }

    /** The word used in reports and JSON. */
    public String spelling() {
        return spelling;
    }

    /** Whether a person should look at it: found by a guess rather than by its name. */
    public boolean needsReview() {
        return this == BEST_MATCH || this == LAST_OF_KIND;
    }
}
