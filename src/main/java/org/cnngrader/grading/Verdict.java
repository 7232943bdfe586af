package org.cnngrader.grading;

/** The outcome of one part (DESIGN.md §6); {@link #spelling()} is the word in reports and JSON. */
public enum Verdict {
    CORRECT("correct"),
    ACCEPTED("accepted"),
    FOLLOW_THROUGH("follow-through"),
    PARTIAL("partial"),
    INCORRECT("incorrect"),
    MISSING("missing"),
    MANUAL("manual"),
    UNREADABLE("unreadable"),
    /** A check that could not run: it needs the team's answer to another part, which is missing or unreadable. */
    UNCHECKED("unchecked");

    private final String spelling;

    Verdict(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }
}
