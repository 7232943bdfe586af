package org.cnngrader.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The syntax tree of an expression. Every node keeps the 1-based column where it starts, for
 * error messages; {@link #toString()} gives the expression back in source form.
 */
public sealed interface Expression {

    /** The 1-based column where this node starts. */
    int column();

    /** The names this expression refers to, outside function names (used for dependencies between parts). */
    default Set<String> names() {
        Set<String> names = new TreeSet<>();
        collectNames(this, names);
        return names;
    }

    /** A number literal. */
    record NumberLiteral(double value, String text, int column) implements Expression {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value, int column) implements Expression {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A string in double quotes. */
    record StringLiteral(String value, int column) implements Expression {
        @Override
        public String toString() {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /** {@code [a, b, …]}: a vector, a matrix when the items are vectors, and so on. */
    record ListLiteral(List<Expression> items, int column) implements Expression {
        public ListLiteral {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    /** A name: a given value, a part id, or a bare word. */
    record Name(String name, int column) implements Expression {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code -x}. */
    record Negation(Expression operand, int column) implements Expression {
        @Override
        public String toString() {
            return "-" + parenthesized(operand);
        }
    }

    /** A binary operator: {@code + - * / @ == and}. */
    record Binary(String operator, Expression left, Expression right, int column) implements Expression {
        @Override
        public String toString() {
            return parenthesized(left) + " " + operator + " " + parenthesized(right);
        }
    }

    /** {@code name=value} in a call; the column is where the name stands. */
    record NamedArgument(String name, Expression value, int column) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    /** {@code name(positional…, named=value…)}, the named arguments in the order written. */
    record Call(String function, List<Expression> positional, List<NamedArgument> named, int column)
            implements Expression {
        public Call {
            positional = List.copyOf(positional);
            named = List.copyOf(named);
        }

        /** The named arguments by name. */
        public Map<String, Expression> namedValues() {
            Map<String, Expression> values = new LinkedHashMap<>();
            named.forEach(argument -> values.put(argument.name(), argument.value()));
            return Collections.unmodifiableMap(values);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(function).append('(');
            String separator = "";
            for (Expression argument : positional) {
                text.append(separator).append(argument);
                separator = ", ";
            }
            for (NamedArgument argument : named) {
                text.append(separator).append(argument);
                separator = ", ";
            }
            return text.append(')').toString();
        }
    }

    private static String parenthesized(Expression expression) {
        return expression instanceof Binary ? "(" + expression + ")" : expression.toString();
    }

    private static void collectNames(Expression expression, Set<String> names) {
        if (expression instanceof Name name) {
            names.add(name.name());
        } else if (expression instanceof Negation negation) {
            collectNames(negation.operand(), names);
        } else if (expression instanceof Binary binary) {
            collectNames(binary.left(), names);
            collectNames(binary.right(), names);
        } else if (expression instanceof ListLiteral list) {
            list.items().forEach(item -> collectNames(item, names));
        } else if (expression instanceof Call call) {
            call.positional().forEach(argument -> collectNames(argument, names));
            call.named().forEach(argument -> collectNames(argument.value(), names));
        }
    }
}
