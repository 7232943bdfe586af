package org.cnngrader.sheet;

import java.util.List;

/**
 * A free-form submission as lines of text, each with its page and line number and, for PDFs,
 * the words with their horizontal positions (so that columns of a typeset matrix can be told
 * apart). Plain text has page 0 and words positioned by character index.
 *
 * @param environments LaTeX matrix environments found in the source text, with the line they
 *     start on (text and LaTeX submissions only)
 * @param footnotes the footnotes whose marks the reader found in the text, in the order of their marks
 */
public record Document(String source, List<Line> lines, List<Environment> environments, List<Footnote> footnotes) {

    public Document {
        lines = List.copyOf(lines);
        environments = List.copyOf(environments);
        footnotes = List.copyOf(footnotes);
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

    /**
     * A footnote: its mark as printed, the index of the line whose text carries the mark, and the lines
     * [{@code start}, {@code end}) its own text takes (at a page's foot, or where Markdown defines it).
     */
    public record Footnote(String mark, int markedLine, int start, int end) {

        public Footnote {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a footnote's lines [" + start + ", " + end + ") are empty");
            }
        }

        /** Whether the line of that index is the footnote's own text. */
        public boolean holds(int lineIndex) {
            return lineIndex >= start && lineIndex < end;
        }
    }
}
