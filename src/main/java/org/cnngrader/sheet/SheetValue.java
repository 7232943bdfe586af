package org.cnngrader.sheet;

import org.cnngrader.engine.Tensor;

/** A value read from an answer sheet: numbers (a number, a shape, a matrix), a yes/no, or a formula. */
public sealed interface SheetValue {

    /** A number, vector (e.g. a shape) or matrix. */
    record Numbers(Tensor tensor) implements SheetValue {
        @Override
        public String toString() {
            return tensor.toString();
        }
    }

    /** yes / no, true / false. */
    record Truth(boolean value) implements SheetValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A formula in a part's symbols, as written and as read ({@link FormulaSyntax}). */
    record Formula(String written, FormulaSyntax.Term term) implements SheetValue {
        @Override
        public String toString() {
            return written;
        }
    }
}
