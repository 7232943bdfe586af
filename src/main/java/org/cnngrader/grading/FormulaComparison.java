package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.sheet.FormulaSyntax;

/**
 * Whether a student's formula equals a {@code formula:} part's reference, decided as STACK and Numbas
 * decide without a CAS: by evaluating both at many points. The symbols of CNN arithmetic are sizes, so
 * the points are integers ≥ 1, drawn from a fixed seed (the same answer gets the same verdict on every
 * run). Two polynomials of low degree that agree at 48 random points of [1, 40]^n are equal in all but
 * a vanishing fraction of cases (Schwartz–Zippel). When they differ, a simple difference is named: a
 * factor off (a constant or one symbol) or a term of the reference missing or added.
 */
public final class FormulaComparison {

    /** How many points both formulas are evaluated at. */
    static final int POINTS = 48;
    /** The largest value a symbol takes. */
    static final int LARGEST = 40;
    private static final long SEED = 18L;
    private static final double RELATIVE = 1e-9;

    private FormulaComparison() {
    }

    /** The verdict on a formula: equal, or not with what differs where that is simple. */
    public record Outcome(boolean equal, Optional<String> difference) {
    }

    /** The points the formulas are compared at: the same for every comparison of a part. */
    static List<Map<String, Double>> points(List<String> symbols) {
        Random random = new Random(SEED);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int index = 0; index < POINTS; index++) {
            Map<String, Double> point = new LinkedHashMap<>();
            for (String symbol : symbols) {
                point.put(symbol, (double) (1 + random.nextInt(LARGEST)));
            }
            points.add(point);
        }
        return points;
    }

    /** The reference's value at a point, with the rubric's given values for other names. */
    public static double reference(PartKind.FormulaAnswer part, Evaluator.Scope given, Map<String, Double> point) {
        return value(part.formula().expression(), given, point);
    }

    private static double value(Expression expression, Evaluator.Scope given, Map<String, Double> point) {
        Evaluator evaluator = new Evaluator(name -> point.containsKey(name)
                ? Optional.of(Value.TensorValue.of(point.get(name))) : given.lookup(name), Tolerance.DEFAULT);
        try {
            Value value = evaluator.evaluate(expression);
            if (value instanceof Value.TensorValue tensor && tensor.tensor().isSingle()) {
                return tensor.tensor().item();
            }
        } catch (ExpressionException | EngineException undefined) {
            // Undefined at this point (a division by zero): the point is skipped.
        }
        return Double.NaN;
    }

    /** Compares {@code student} with the reference of {@code part}. */
    public static Outcome of(PartKind.FormulaAnswer part, Evaluator.Scope given, FormulaSyntax.Term student) {
        List<Map<String, Double>> points = points(part.symbols());
        double[] expected = new double[points.size()];
        double[] written = new double[points.size()];
        for (int index = 0; index < points.size(); index++) {
            expected[index] = reference(part, given, points.get(index));
            written[index] = evaluate(student, points.get(index));
        }
        if (agree(expected, written)) {
            return new Outcome(true, Optional.empty());
        }
        return new Outcome(false, difference(part, given, points, expected, written));
    }

    private static double evaluate(FormulaSyntax.Term term, Map<String, Double> point) {
        try {
            return term.at(point);
        } catch (IllegalArgumentException undefined) {
            return Double.NaN;
        }
    }

    /** Equal within a relative 1e-9 at every point where both are defined, and defined at most points. */
    private static boolean agree(double[] expected, double[] written) {
        int defined = 0;
        for (int index = 0; index < expected.length; index++) {
            boolean expectedDefined = Double.isFinite(expected[index]);
            boolean writtenDefined = Double.isFinite(written[index]);
            if (expectedDefined != writtenDefined) {
                return false;
            }
            if (expectedDefined) {
                if (!close(expected[index], written[index])) {
                    return false;
                }
                defined++;
            }
        }
        return defined >= expected.length / 2;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static Optional<String> difference(PartKind.FormulaAnswer part, Evaluator.Scope given,
            List<Map<String, Double>> points, double[] expected, double[] written) {
        // A factor off: the ratio is a constant, or a symbol, or one over a symbol.
        double[] ratio = new double[expected.length];
        for (int index = 0; index < expected.length; index++) {
            ratio[index] = expected[index] == 0 ? Double.NaN : written[index] / expected[index];
        }
        if (constant(ratio)) {
            return Optional.of("Your formula is " + number(ratio[0]) + " times the expected one: a factor is off.");
        }
        for (String symbol : part.symbols()) {
            double[] values = points.stream().mapToDouble(point -> point.get(symbol)).toArray();
            if (agree(values, ratio)) {
                return Optional.of("Your formula has a factor " + symbol + " too many.");
            }
            double[] inverse = points.stream().mapToDouble(point -> 1 / point.get(symbol)).toArray();
            if (agree(inverse, ratio)) {
                return Optional.of("Your formula lacks a factor " + symbol + ".");
            }
        }
        // A term missing or extra: the difference is a term of the reference.
        double[] excess = new double[expected.length];
        for (int index = 0; index < expected.length; index++) {
            excess[index] = written[index] - expected[index];
        }
        List<Expression> terms = new ArrayList<>();
        terms(part.formula().expression(), terms);
        if (terms.size() > 1) {
            for (Expression term : terms) {
                double[] values = points.stream().mapToDouble(point -> value(term, given, point)).toArray();
                double[] negated = Arrays.stream(values).map(value -> -value).toArray();
                if (agree(negated, excess)) {
                    return Optional.of("Your formula is missing the term " + term + ".");
                }
                if (agree(values, excess)) {
                    return Optional.of("Your formula counts the term " + term + " twice.");
                }
            }
        }
        for (String symbol : part.symbols()) {
            double[] values = points.stream().mapToDouble(point -> point.get(symbol)).toArray();
            double[] negated = Arrays.stream(values).map(value -> -value).toArray();
            if (agree(negated, excess)) {
                return Optional.of("Your formula is missing a term " + symbol + ".");
            }
            if (agree(values, excess)) {
                return Optional.of("Your formula has an extra term " + symbol + ".");
            }
        }
        if (constant(excess)) {
            return Optional.of("Your formula differs from the expected one by the constant " + number(excess[0])
                    + ".");
        }
        return Optional.empty();
    }

    /** The terms of a sum as written: {@code N*K*K*C + N} has the terms N*K*K*C and N. */
    private static void terms(Expression expression, List<Expression> terms) {
        if (expression instanceof Expression.Binary binary
                && (binary.operator().equals("+") || binary.operator().equals("-"))) {
            terms(binary.left(), terms);
            terms(binary.right(), terms);
        } else {
            terms.add(expression);
        }
    }

    private static boolean constant(double[] values) {
        if (!Double.isFinite(values[0])) {
            return false;
        }
        for (double value : values) {
            if (!Double.isFinite(value) || !close(value, values[0])) {
                return false;
            }
        }
        return true;
    }

    private static String number(double value) {
        if (close(value, Math.rint(value))) {
            return Long.toString(Math.round(value));
        }
        double inverse = 1 / value;
        if (close(inverse, Math.rint(inverse))) {
            return "1/" + Math.round(inverse);
        }
        return Double.toString(value);
    }
}
