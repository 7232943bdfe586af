package org.cnngrader.sheet;

/**
 * A value written somewhere in a free-form document, with where it stands and the text just
 * before it (where a label would be).
 *
 * @param written the value's text in a form {@link ValueParser} reads
 * @param lineIndex the index of its (first) line in the document
 * @param context the text before it on its line, and on the line before
 * @param order its position in reading order
 */
record Candidate(String written, int lineIndex, String context, int order) {
}
