package org.cnngrader.sheet;

import java.util.List;

/** The outcome of reading one written value: the value with notes on how it was read, or a refusal with a reason. */
public sealed interface Parsed {

    /** Read; {@code notes} say what a student may want to know ("0,88 read as 0.88 (decimal comma)"). */
    record Value(SheetValue value, List<String> notes) implements Parsed {
        public Value {
            notes = List.copyOf(notes);
        }
    }

    /** Not a value, and why. */
    record Refused(String reason) implements Parsed {
    }
}
