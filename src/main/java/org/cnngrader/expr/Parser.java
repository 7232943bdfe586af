package org.cnngrader.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the expression language of DESIGN.md §3 into an {@link Expression}.
 *
 * <pre>
 *   expression := comparison ('and' comparison)*
 *   comparison := sum ('==' sum)?
 *   sum        := product (('+' | '-') product)*
 *   product    := unary (('*' | '/' | '@') unary)*
 *   unary      := '-' unary | primary
 *   primary    := number | string | 'true' | 'false' | list | '(' expression ')'
 *               | name | name '(' arguments? ')'
 *   arguments  := argument (',' argument)*    positional before named
 *   argument   := expression | name '=' expression
 * </pre>
 * The Unicode minus {@code −} reads as {@code -} and {@code ×} as {@code *}, as pasted from a
 * problem sheet.
 */
public final class Parser {

    /** The longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;

    /** The deepest nesting of brackets, calls and operators accepted. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private int position;
    private int depth;

    private Parser(String text) {
        this.text = text;
    }

    /**
     * The syntax tree of {@code text}.
     *
     * @throws ExpressionException naming the column of the first problem
     */
    public static Expression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(1, "the expression is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(text);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new ExpressionException(1, "the expression is empty");
        }
        Expression expression = parser.expression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peekToken() + "'");
        }
        return expression;
    }

    private Expression expression() {
        enter();
        Expression left = comparison();
        while (keyword("and")) {
            int column = column();
            consumeWord();
            left = new Expression.Binary("and", left, comparison(), column);
        }
        depth--;
        return left;
    }

    private Expression comparison() {
        Expression left = sum();
        skipSpace();
        if (text.startsWith("==", position)) {
            int column = column();
            position += 2;
            left = new Expression.Binary("==", left, sum(), column);
        }
        return left;
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            skipSpace();
            char next = peek();
            if (next == '+' || isMinus(next)) {
                int column = column();
                position++;
                left = new Expression.Binary(next == '+' ? "+" : "-", left, product(), column);
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            skipSpace();
            char next = peek();
            if (next == '*' || next == '×' || next == '/' || next == '@') {
                int column = column();
                position++;
                String operator = next == '×' ? "*" : Character.toString(next);
                left = new Expression.Binary(operator, left, unary(), column);
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skipSpace();
        if (isMinus(peek())) {
            int column = column();
            position++;
            enter();
            Expression operand = unary();
            depth--;
            if (operand instanceof Expression.NumberLiteral number) {
                return new Expression.NumberLiteral(-number.value(), "-" + number.text(), column);
            }
            return new Expression.Negation(operand, column);
        }
        return primary();
    }

    private Expression primary() {
        skipSpace();
        int column = column();
        if (atEnd()) {
            throw error("the expression ends where a value was expected");
        }
        char next = peek();
        if (Character.isDigit(next) || next == '.') {
            return number();
        }
        if (next == '"') {
            return string();
        }
        if (next == '[') {
            return list();
        }
        if (next == '(') {
            position++;
            Expression inner = expression();
            expect(')', "a closing ')' for the '(' at column " + column);
            return inner;
        }
        if (isNameStart(next)) {
            String name = consumeWord();
            if (name.equals("true") || name.equals("false")) {
                return new Expression.BooleanLiteral(name.equals("true"), column);
            }
            if (name.equals("and")) {
                throw new ExpressionException(column, "'and' needs a value on its left");
            }
            skipSpace();
            if (peek() == '(') {
                return call(name, column);
            }
            return new Expression.Name(name, column);
        }
        throw error("unexpected '" + peekToken() + "'");
    }

    private Expression number() {
        int column = column();
        int start = position;
        while (!atEnd() && Character.isDigit(peek())) {
            position++;
        }
        if (!atEnd() && peek() == '.') {
            position++;
            while (!atEnd() && Character.isDigit(peek())) {
                position++;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = position;
            position++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                position++;
            }
            if (atEnd() || !Character.isDigit(peek())) {
                position = mark;
            } else {
                while (!atEnd() && Character.isDigit(peek())) {
                    position++;
                }
            }
        }
        String literal = text.substring(start, position);
        if (literal.equals(".")) {
            throw new ExpressionException(column, "'.' is not a number");
        }
        if (!atEnd() && (isNameStart(peek()) || Character.isDigit(peek()))) {
            throw new ExpressionException(column, "'" + literal + peekToken() + "' is not a number");
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(column, literal + " is too large for a number");
        }
        return new Expression.NumberLiteral(value, literal, column);
    }

    private Expression string() {
        int column = column();
        position++;
        StringBuilder value = new StringBuilder();
        while (!atEnd() && peek() != '"') {
            char next = text.charAt(position++);
            if (next == '\\' && !atEnd()) {
                next = text.charAt(position++);
            }
            value.append(next);
        }
        if (atEnd()) {
            throw new ExpressionException(column, "the string starting here is not closed with '\"'");
        }
        position++;
        return new Expression.StringLiteral(value.toString(), column);
    }

    private Expression list() {
        int column = column();
        position++;
        enter();
        List<Expression> items = new ArrayList<>();
        skipSpace();
        if (peek() != ']') {
            do {
                items.add(expression());
                skipSpace();
            } while (consume(','));
        }
        expect(']', "a closing ']' for the '[' at column " + column);
        depth--;
        return new Expression.ListLiteral(items, column);
    }

    private Expression call(String function, int column) {
        position++;
        enter();
        List<Expression> positional = new ArrayList<>();
        List<Expression.NamedArgument> named = new ArrayList<>();
        skipSpace();
        if (peek() != ')') {
            do {
                skipSpace();
                int argumentColumn = column();
                int mark = position;
                String name = isNameStart(peek()) ? consumeWord() : null;
                skipSpace();
                if (name != null && peek() == '=' && !text.startsWith("==", position)) {
                    position++;
                    if (named.stream().anyMatch(argument -> argument.name().equals(name))) {
                        throw new ExpressionException(argumentColumn, "argument '" + name + "' is given twice");
                    }
                    named.add(new Expression.NamedArgument(name, expression(), argumentColumn));
                } else {
                    position = mark;
                    if (!named.isEmpty()) {
                        throw new ExpressionException(argumentColumn,
                                "a positional argument cannot follow a named one");
                    }
                    positional.add(expression());
                }
                skipSpace();
            } while (consume(','));
        }
        expect(')', "a closing ')' for the call of '" + function + "' at column " + column);
        depth--;
        return new Expression.Call(function, positional, named, column);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("the expression is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private boolean keyword(String word) {
        skipSpace();
        if (!text.startsWith(word, position)) {
            return false;
        }
        int end = position + word.length();
        return end >= text.length() || !isNamePart(text.charAt(end));
    }

    private String consumeWord() {
        int start = position;
        while (!atEnd() && isNamePart(peek())) {
            position++;
        }
        return text.substring(start, position);
    }

    private void expect(char expected, String what) {
        skipSpace();
        if (!consume(expected)) {
            throw error(atEnd() ? "the expression ends where " + what + " was expected"
                    : "expected " + what + ", found '" + peekToken() + "'");
        }
    }

    private boolean consume(char expected) {
        skipSpace();
        if (!atEnd() && peek() == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private char peek() {
        return atEnd() ? '\0' : text.charAt(position);
    }

    private String peekToken() {
        if (atEnd()) {
            return "end";
        }
        int end = position + 1;
        if (isNamePart(text.charAt(position))) {
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
        }
        return text.substring(position, end);
    }

    private int column() {
        return position + 1;
    }

    private ExpressionException error(String reason) {
        return new ExpressionException(column(), reason);
    }

    private static boolean isMinus(char character) {
        return character == '-' || character == '−';
    }

    private static boolean isNameStart(char character) {
        return Character.isLetter(character) || character == '_';
    }

    private static boolean isNamePart(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }
}
