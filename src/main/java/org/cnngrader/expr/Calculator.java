package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Tolerance;

/**
 * The engine as a calculator: evaluates expressions one by one over named values. A failing
 * expression gives a {@link Result.Failure} in its place and the others still run.
 */
public final class Calculator {

    private Calculator() {
    }

    /** The outcome of one expression. */
    public sealed interface Result {

        /** The expression's value. */
        record Success(Value value) implements Result {
        }

        /** Why the expression has no value, one line. */
        record Failure(String message) implements Result {
        }
    }

    /** One result per expression, in order. */
    public static List<Result> evaluateAll(List<String> expressions, Map<String, Value> names) {
        Evaluator evaluator = new Evaluator(Evaluator.Scope.of(names), Tolerance.DEFAULT);
        List<Result> results = new ArrayList<>();
        for (String expression : expressions) {
            results.add(evaluate(evaluator, expression));
        }
        return results;
    }

    private static Result evaluate(Evaluator evaluator, String expression) {
        try {
            return new Result.Success(evaluator.evaluate(expression));
        } catch (ExpressionException | EngineException problem) {
            return new Result.Failure(problem.getMessage());
        } catch (StackOverflowError tooDeep) {
            return new Result.Failure("the expression is nested too deeply");
        }
    }
}
