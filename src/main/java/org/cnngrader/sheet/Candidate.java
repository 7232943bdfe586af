package org.cnngrader.sheet;

/**
 * A value written somewhere in a free-form document, with where it stands and the text just
 * before it (where a label would be).
 *
 * @param written the value's text in a form {@link ValueParser} reads
 * @param lineIndex the index of its (first) line in the document
 * @param context the text before it on its line, and on the line before
 * @param order its position in reading order
 * @param form whether it is a value or a formula in the rubric's symbols
 */
record Candidate(String written, int lineIndex, String context, int order, Form form) {

    /** What a candidate is written as. */
    enum Form {
        /** A number, a shape, a matrix, yes or no. */
        VALUE,
        /** A formula in symbols ({@code N K^2 C}): never a term of a computation, whatever follows it. */
        FORMULA
    }

    /** A value. */
    Candidate(String written, int lineIndex, String context, int order) {
        this(written, lineIndex, context, order, Form.VALUE);
    }
}
