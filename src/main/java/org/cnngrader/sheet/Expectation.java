package org.cnngrader.sheet;

/**
 * What the rubric expects for a part, as far as reading needs to know: whether the reference is
 * made of whole numbers, so that {@code 9,216} and {@code 9 216} read as nine thousand two hundred
 * and sixteen rather than 9.216; and its rank, so that one row of cells is read as a vector or as a
 * one-row matrix as the reference is.
 *
 * @param rank the rank of the reference, or −1 when unknown
 */
public record Expectation(boolean integral, int rank) {

    /** Nothing known: commas between digits are decimal commas. */
    public static final Expectation ANY = new Expectation(false, -1);

    /** Whole numbers of unknown rank. */
    public Expectation(boolean integral) {
        this(integral, -1);
    }
}
