package org.cnngrader.sheet;

import java.util.List;

/**
 * What the rubric expects for a part, as far as reading needs to know: whether the reference is
 * made of whole numbers, so that {@code 9,216} and {@code 9 216} read as nine thousand two hundred
 * and sixteen rather than 9.216; and its rank, so that one row of cells is read as a vector or as a
 * one-row matrix as the reference is.
 *
 * @param rank the rank of the reference, or −1 when unknown
 * @param symbols for a part whose answer is a formula, its symbols: a text that uses them is read as a
 *     formula in them (a number is still read as a number, for the rubric's instance)
 */
public record Expectation(boolean integral, int rank, List<String> symbols) {

    public Expectation {
        symbols = List.copyOf(symbols);
    }

    /** A value that is no formula. */
    public Expectation(boolean integral, int rank) {
        this(integral, rank, List.of());
    }

    /** A formula in {@code symbols}, or a number for an instance: a count, so {@code 9,216} is a whole number. */
    public static Expectation formula(List<String> symbols) {
        return new Expectation(true, -1, symbols);
    }

    /** Nothing known: commas between digits are decimal commas. */
    public static final Expectation ANY = new Expectation(false, -1);

    /** Whole numbers of unknown rank. */
    public Expectation(boolean integral) {
        this(integral, -1);
    }
}
