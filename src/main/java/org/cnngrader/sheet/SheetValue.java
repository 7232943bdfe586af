package org.cnngrader.sheet;

import org.cnngrader.engine.Tensor;

/** A value read from an answer sheet: numbers (a number, a shape, a matrix) or a yes/no. */
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
}
