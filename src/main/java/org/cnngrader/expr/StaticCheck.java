package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds what can be found wrong in an expression without evaluating it: unknown functions and
 * arguments, too many or missing arguments, and names that nothing defines outside an argument
 * position (where they would be bare words such as {@code same}). Used for open questions, whose
 * value depends on a student's answer.
 */
public final class StaticCheck {

    private StaticCheck() {
    }

    /** Every problem found, each with its column. */
    public static List<ExpressionException> problems(Expression expression, Predicate<String> isKnownName) {
        List<ExpressionException> problems = new ArrayList<>();
        visit(expression, isKnownName, false, problems);
        return problems;
    }

    private static void visit(Expression expression, Predicate<String> isKnownName, boolean argument,
            List<ExpressionException> problems) {
        if (expression instanceof Expression.Name name) {
            if (!argument && !isKnownName.test(name.name())) {
                problems.add(new ExpressionException(name.column(), "unknown name '" + name.name() + "'"));
            }
        } else if (expression instanceof Expression.Negation negation) {
            visit(negation.operand(), isKnownName, false, problems);
        } else if (expression instanceof Expression.Binary binary) {
            visit(binary.left(), isKnownName, false, problems);
            visit(binary.right(), isKnownName, false, problems);
        } else if (expression instanceof Expression.ListLiteral list) {
            list.items().forEach(item -> visit(item, isKnownName, false, problems));
        } else if (expression instanceof Expression.Call call) {
            checkCall(call, problems);
            call.positional().forEach(item -> visit(item, isKnownName, true, problems));
            call.named().forEach(item -> visit(item.value(), isKnownName, true, problems));
        }
    }

    private static void checkCall(Expression.Call call, List<ExpressionException> problems) {
        var found = FunctionLibrary.find(call.function());
        if (found.isEmpty()) {
            problems.add(new ExpressionException(call.column(), "unknown function '" + call.function() + "'"
                    + Evaluator.suggestion(call.function(), FunctionLibrary.all().stream()
                            .map(FunctionLibrary.Function::name).toList())));
            return;
        }
        FunctionLibrary.Function function = found.get();
        List<String> names = function.parameters().stream().map(FunctionLibrary.Parameter::name).toList();
        if (call.positional().size() > names.size()) {
            problems.add(new ExpressionException(call.positional().get(names.size()).column(), function.name()
                    + " takes at most " + names.size() + " arguments: " + function.signature()));
        }
        for (Expression.NamedArgument argument : call.named()) {
            if (!names.contains(argument.name())) {
                problems.add(new ExpressionException(argument.column(), function.name() + " has no argument '"
                        + argument.name() + "'" + Evaluator.suggestion(argument.name(), names) + ": "
                        + function.signature()));
            }
        }
        for (int index = call.positional().size(); index < names.size(); index++) {
            FunctionLibrary.Parameter parameter = function.parameters().get(index);
            if (parameter.required() && call.named().stream().noneMatch(named -> named.name().equals(parameter.name()))) {
                problems.add(new ExpressionException(call.column(), function.name() + " needs the argument '"
                        + parameter.name() + "': " + function.signature()));
            }
        }
    }
}
