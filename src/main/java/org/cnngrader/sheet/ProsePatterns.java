package org.cnngrader.sheet;

/**
 * Pieces of the patterns that several readers of prose share ({@link Locator}, {@link LayerRows}): one list each, so
 * that they agree.
 */
final class ProsePatterns {

    /** The verbs a problem asks with: "Represent …", "Compute …", German "Berechne …", French "Calculez …". */
    static final String ASKING_TO = "represent|compute|calculate|find|give|determine|show|explain|write|apply"
            + "|berechne|bestimme|gib|zeige|calcule[rz]?|donne[rz]?|calcula|determina";

    /** An arrow, as typed or as LaTeX sets it: {@code →}, {@code ->}, {@code ⇒}, {@code \\to}. */
    static final String ARROW = "(?:→|⟶|-->|->|=>|⇒|\\\\to\\b|\\\\longrightarrow|\\\\rightarrow|\\\\Rightarrow)";

    /**
     * A space between words, as typed or as LaTeX sets it: a blank (also one left where a name's {@code \\text{…}}
     * was opened), a tie, {@code \\quad}, {@code \\qquad}, {@code \\,}, {@code \\;}, {@code \\:}, a control
     * space, {@code \\hspace{1em}}.
     */
    static final String SPACE = "(?:\\s|~|\\\\(?:qquad|quad|hspace\\*?\\{[^{}]{0,12}\\}|[,;:> ]))";
    static final String SPACES = SPACE + "*";
    /** LaTeX's wide spaces, set to part things: {@code \\quad}, {@code \\qquad}, {@code \\hspace{2em}}. */
    static final String WIDE_SPACE = "\\\\(?:qquad|quad|hspace\\*?\\{[^{}]{0,12}\\})";

    /** A word that denies: "no", "not", "cannot", "without", "don't", "unnecessary", German "nicht", "kein"… */
    static final String DENIAL_WORDS = "(?<!\\p{L})(?:no|not|cannot|none|never|nothing|without|unnecessary"
            + "|\\p{L}+n['’]t|nicht|kein\\p{L}*)(?!\\p{L})";

    /**
     * Words that say what follows corrects what stands before: "Correction:", "corrected", "after re-checking",
     * "update", "edit:", "no wait", "actually", "should be", "I mean", "typo", "(wrong!)", "replaces our answer".
     */
    static final String CORRECTING_WORDS = "correct(?:ion|ed)|update[ds]?|revised|erratum|fixed|re-?check(?:ed|ing)?"
            + "|replac(?:es|ed|ing)"
            + "|on second thought|edit(?:ed)?|no,? wait|actually|should be|i mean|typo|wrong|korrektur";

    private ProsePatterns() {
    }
}
