package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.sheet.SheetSpec;

/**
 * What a valid rubric may still do wrong, for {@code validate} to warn about: a part that nothing in a free-form
 * document (PDF, Word, notebook, text) could ever find, a check that wrong answers pass ({@link WeakChecks}), and a
 * formula part whose symbols and formula disagree.
 */
public final class RubricWarnings {

    private RubricWarnings() {
    }

    /** The warnings about {@code rubric}, in the rubric's order of parts; empty when there is none. */
    public static List<String> of(Rubric rubric) {
        List<String> warnings = new ArrayList<>();
        SheetSpec spec = SheetSpecs.of(rubric);
        for (SheetSpec.PartSpec part : spec.parts()) {
            // Found only by a label, a value to match, or its place among values of its kind: without all three,
            // never in a free-form document (a CSV or XLSX cell still names it).
            boolean answerOfItsOwn = rubric.part(part.id()).map(Part::kind).filter(PartKind.Check.class::isInstance)
                    .map(check -> ((PartKind.Check) check).formula().expression().names()
                            .contains(org.cnngrader.rubric.RubricLoader.ANSWER)).orElse(true);
            if (answerOfItsOwn && part.graded() && part.labels().isEmpty() && part.reference().isEmpty()
                    && part.accepts().isEmpty() && part.kind() == SheetSpec.ValueKind.UNKNOWN) {
                warnings.add("part " + part.id() + ": no label, no reference and no kind of value: in a PDF, Word,"
                        + " notebook or text file nothing can find its answer; give it labels: [the name students"
                        + " write before it]");
            }
        }
        for (Part part : rubric.parts()) {
            WeakChecks.of(rubric, part).ifPresent(warnings::add);
            if (part.kind() instanceof PartKind.FormulaAnswer formula) {
                for (String symbol : formula.symbols()) {
                    if (!formula.formula().expression().names().contains(symbol)) {
                        warnings.add("part " + part.id() + ": the symbol " + symbol + " is not in its formula "
                                + formula.formula().text() + ": a student's formula with it can never be right");
                    }
                }
            }
        }
        return warnings;
    }
}
