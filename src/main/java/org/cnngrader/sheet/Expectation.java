package org.cnngrader.sheet;

import java.util.List;
import org.cnngrader.engine.Tensor;

/**
 * What the rubric expects for a part, as far as reading needs to know: whether the reference is
 * made of whole numbers, so that {@code 9,216} and {@code 9 216} read as nine thousand two hundred
 * and sixteen rather than 9.216; its rank, so that one row of cells is read as a vector or as a
 * one-row matrix as the reference is; and how many entries it has, so that {@code 96,55,55} reads as
 * the three sides of a shape where one of three sides is asked for.
 *
 * @param rank the rank of the reference, or −1 when unknown
 * @param entries how many entries the reference has, or −1 when unknown
 * @param symbols for a part whose answer is a formula, its symbols: a text that uses them is read as a
 *     formula in them (a number is still read as a number, for the rubric's instance)
 */
public record Expectation(boolean integral, int rank, int entries, List<String> symbols) {

    public Expectation {
        symbols = List.copyOf(symbols);
    }

    /** A value that is no formula, of a rank but no known number of entries. */
    public Expectation(boolean integral, int rank) {
        this(integral, rank, -1, List.of());
    }

    /** What a reference value asks for: its kind of numbers, its rank and its number of entries. */
    public static Expectation of(Tensor reference) {
        return new Expectation(reference.isIntegral(), reference.rank(), reference.size(), List.of());
    }

    /** A formula in {@code symbols}, or a number for an instance: a count, so {@code 9,216} is a whole number. */
    public static Expectation formula(List<String> symbols) {
        return new Expectation(true, -1, -1, symbols);
    }

    /** Nothing known: commas between digits are decimal commas. */
    public static final Expectation ANY = new Expectation(false, -1);

    /** Whole numbers of unknown rank. */
    public Expectation(boolean integral) {
        this(integral, -1);
    }

    /**
     * Whether a vector of whole numbers is asked for (a shape): there, whole numbers parted by commas are its entries
     * rather than one number with a decimal comma.
     */
    boolean wholeVector() {
        return integral && rank == 1;
    }
}
