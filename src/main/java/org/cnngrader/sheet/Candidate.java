package org.cnngrader.sheet;

/**
 * A value written somewhere in a free-form document, with where it stands and the text just
 * before it (where a label would be).
 *
 * @param written the value's text in a form {@link ValueParser} reads
 * @param lineIndex the index of its (first) line in the document
 * @param context the text before it on its line, and on the line before
 * @param order its position in reading order; while the scanner finds them, where it starts on its line
 * @param form whether it is a value or a formula in the rubric's symbols
 * @param column where it starts on its (first) line
 */
record Candidate(String written, int lineIndex, String context, int order, Form form, int column) {

    /** What a candidate is written as. */
    enum Form {
        /** A number, a shape, a matrix, yes or no. */
        VALUE,
        /** A formula in symbols ({@code N K^2 C}): never a term of a computation, whatever follows it. */
        FORMULA
    }

    /** A value, as the scanner finds it: its order is where it starts on its line. */
    Candidate(String written, int lineIndex, String context, int order) {
        this(written, lineIndex, context, order, Form.VALUE, order);
    }

    /** A formula or a value, as the scanner finds it. */
    Candidate(String written, int lineIndex, String context, int order, Form form) {
        this(written, lineIndex, context, order, form, order);
    }

    /** The text before it on its line (as far as its context keeps it). */
    String textBefore() {
        return context.substring(context.lastIndexOf('\n') + 1);
    }
}
