package org.cnngrader.rubric;

/**
 * An alternative to a part's reference: an accepted answer (full or partial credit) or a known
 * mistake (credit 0 unless given), each with the feedback a student sees when it matches.
 *
 * @param credit the fraction of the part's points, 0 to 1
 */
public record Variant(Formula formula, double credit, String feedback) {
}
