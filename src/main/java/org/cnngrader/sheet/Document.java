package org.cnngrader.sheet;

import java.util.List;

/**
 * A free-form submission as lines of text, each with its page and line number and, for PDFs,
 * the words with their horizontal positions (so that columns of a typeset matrix can be told
 * apart). Plain text has page 0 and words positioned by character index.
 *
 * @param environments LaTeX matrix environments found in the source text, with the line they
 *     start on (text and LaTeX submissions only)
 */
public record Document(String source, List<Line> lines, List<Environment> environments) {

    public Document {
        lines = List.copyOf(lines);
        environments = List.copyOf(environments);
    }

    /**
     * A line: where it stands, its text, and its words; in a typeset document also its baseline
     * (from the top of the page, NaN where there is none), so that the gap between two displays can be
     * told from the pitch of a matrix's rows.
     */
    public record Line(int page, int number, String text, List<Word> words, double baseline) {
        public Line {
            words = List.copyOf(words);
        }

        /** A line of plain text, without a baseline. */
        public Line(int page, int number, String text, List<Word> words) {
            this(page, number, text, words, Double.NaN);
        }
    }

    /** A word with its left edge, right edge and font size (1 for plain text). */
    public record Word(String text, double left, double right, double fontSize) {
        /** The horizontal middle. */
        public double center() {
            return (left + right) / 2;
        }
    }

    /**
     * A LaTeX matrix environment: its source, the index of the line it starts on, and the text
     * before it on that line (where a label such as {@code Z =} stands).
     */
    public record Environment(String latex, int lineIndex, String before) {
    }
}
