package org.cnngrader.sheet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a formula as students write it for a {@code formula:} part (DESIGN.md §4): {@code N·K²·C + N},
 * {@code N K^2 C + N}, {@code K^2CN+N}, LaTeX {@code N \cdot K^{2} \cdot C + N} or
 * {@code \frac{NK^2C}{M}}, and {@code N(K²C+1)}. Products may be implicit (juxtaposition), written with
 * {@code ·} {@code ×} {@code *} {@code \cdot} {@code \times}, or with a lone {@code x} when x is no
 * symbol; powers with {@code ^}, {@code **} or Unicode superscripts. A run of letters that is no symbol
 * is split into symbols ({@code NKKC} is N·K·K·C) because students of CNN arithmetic write products of
 * one-letter sizes that way. A written {@code P = …} or {@code … = 9600} keeps the side that is a formula.
 */
public final class FormulaSyntax {

    private FormulaSyntax() {
    }

    /** A formula read: evaluable at values of its symbols. */
    public sealed interface Term {

        /** The value where each symbol takes its value in {@code values}. */
        double at(Map<String, Double> values);
    }

    /** A number written in the formula. */
    public record Constant(double value) implements Term {
        @Override
        public double at(Map<String, Double> values) {
            return value;
        }
    }

    /** One of the part's symbols. */
    public record Symbol(String name) implements Term {
        @Override
        public double at(Map<String, Double> values) {
            Double value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for " + name);
            }
            return value;
        }
    }

    /** A binary operation: one of {@code + - * / ^}. */
    public record Operation(char operator, Term left, Term right) implements Term {
        @Override
        public double at(Map<String, Double> values) {
            double a = left.at(values);
            double b = right.at(values);
            return switch (operator) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> Math.pow(a, b);
            };
        }
    }

    /** A negated term. */
    public record Negation(Term operand) implements Term {
        @Override
        public double at(Map<String, Double> values) {
            return -operand.at(values);
        }
    }

    /** The outcome of reading: a term, or why the text is no formula in these symbols. */
    public sealed interface Reading {

        /** Read. */
        record Formula(Term term) implements Reading {
        }

        /** Not a formula in the part's symbols, and why. */
        record Refused(String reason) implements Reading {
        }
    }

    /** The most characters a formula may have; a formula of a homework fits a line. */
    public static final int MAX_LENGTH = 2_000;

    /**
     * Reads {@code written} as a formula in {@code symbols}. Of the sides of an equation, the last that
     * reads as a formula using at least one symbol is taken.
     */
    public static Reading read(String written, List<String> symbols) {
        if (written.length() > MAX_LENGTH) {
            return new Reading.Refused("a formula of more than " + MAX_LENGTH + " characters");
        }
        String[] sides = written.split("=");
        Reading last = new Reading.Refused("no formula");
        for (int index = sides.length - 1; index >= 0; index--) {
            if (sides[index].isBlank()) {
                continue;
            }
            Reading reading = readSide(sides[index], symbols);
            if (reading instanceof Reading.Formula formula && usesSymbol(formula.term())) {
                return reading;
            }
            if (last instanceof Reading.Refused && reading instanceof Reading.Refused) {
                last = reading;
            }
        }
        return last instanceof Reading.Refused refused && refused.reason().equals("no formula")
                ? new Reading.Refused("no symbol of " + String.join(", ", symbols) + " in it") : last;
    }

    private static boolean usesSymbol(Term term) {
        if (term instanceof Symbol) {
            return true;
        }
        if (term instanceof Operation operation) {
            return usesSymbol(operation.left()) || usesSymbol(operation.right());
        }
        return term instanceof Negation negation && usesSymbol(negation.operand());
    }

    private static Reading readSide(String side, List<String> symbols) {
        try {
            List<Token> tokens = tokens(side, symbols);
            if (tokens.isEmpty()) {
                return new Reading.Refused("no formula");
            }
            TermParser parser = new TermParser(tokens);
            Term term = parser.sum();
            if (!parser.atEnd()) {
                return new Reading.Refused("'" + parser.peek().text() + "' where the formula should end");
            }
            return new Reading.Formula(term);
        } catch (IllegalArgumentException unreadable) {
            return new Reading.Refused(unreadable.getMessage());
        }
    }

    private enum Kind { NUMBER, SYMBOL, OPERATOR, OPEN, CLOSE, FRAC }

    private record Token(Kind kind, String text) {
        boolean startsOperand() {
            return kind == Kind.NUMBER || kind == Kind.SYMBOL || kind == Kind.OPEN || kind == Kind.FRAC;
        }
    }

    /** LaTeX commands that only typeset (spacing, delimiters' sizes, fonts): skipped. */
    private static final List<String> TYPESETTING = List.of("left", "right", "big", "Big", "bigg", "Bigg",
            "mathrm", "mathit", "mathbf", "text", "operatorname", "displaystyle", "quad", "qquad");

    private static List<Token> tokens(String text, List<String> symbols) {
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c) || c == '$' || c == '~') {
                index++;
            } else if (Character.isDigit(c) || c == '.' && index + 1 < text.length()
                    && Character.isDigit(text.charAt(index + 1))) {
                int end = index;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(index, end)));
                index = end;
            } else if (Characters.SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == Characters.SUPERSCRIPT_MINUS) {
                tokens.add(new Token(Kind.OPERATOR, "^"));
                StringBuilder exponent = new StringBuilder();
                if (c == Characters.SUPERSCRIPT_MINUS) {
                    tokens.add(new Token(Kind.OPERATOR, "-"));
                    index++;
                }
                while (index < text.length() && Characters.SUPERSCRIPT_DIGITS.indexOf(text.charAt(index)) >= 0) {
                    exponent.append(Characters.SUPERSCRIPT_DIGITS.indexOf(text.charAt(index)));
                    index++;
                }
                if (exponent.isEmpty()) {
                    throw new IllegalArgumentException("a superscript minus without digits");
                }
                tokens.add(new Token(Kind.NUMBER, exponent.toString()));
            } else if (c == '\\') {
                int end = index + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String command = text.substring(index + 1, end);
                if (command.isEmpty()) {
                    end = Math.min(end + 1, text.length()); // \, \; \! \  are spaces
                } else if (command.equals("cdot") || command.equals("times") || command.equals("ast")) {
                    tokens.add(new Token(Kind.OPERATOR, "*"));
                } else if (command.equals("div")) {
                    tokens.add(new Token(Kind.OPERATOR, "/"));
                } else if (command.equals("frac") || command.equals("dfrac") || command.equals("tfrac")) {
                    tokens.add(new Token(Kind.FRAC, "\\frac"));
                } else if (!TYPESETTING.contains(command)) {
                    throw new IllegalArgumentException("the LaTeX command \\" + command + " in a formula");
                }
                index = end;
            } else if (Character.isLetter(c)) {
                int end = index;
                StringBuilder name = new StringBuilder();
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    name.append(text.charAt(end));
                    end++;
                }
                // A subscript belongs to the name: H_out, H_{out}, K_h.
                if (end < text.length() && text.charAt(end) == '_') {
                    int start = end + 1;
                    boolean braced = start < text.length() && text.charAt(start) == '{';
                    int close = braced ? text.indexOf('}', start) : start;
                    if (!braced) {
                        while (close < text.length() && Character.isLetterOrDigit(text.charAt(close))) {
                            close++;
                        }
                    }
                    if (close < 0 || close == start) {
                        throw new IllegalArgumentException("a subscript without its text");
                    }
                    name.append('_').append(text, braced ? start + 1 : start, close);
                    end = braced ? close + 1 : close;
                }
                symbolsOf(name.toString(), symbols).forEach(tokens::add);
                index = end;
            } else {
                switch (c) {
                    case '+' -> tokens.add(new Token(Kind.OPERATOR, "+"));
                    case '-', '−', '–' -> tokens.add(new Token(Kind.OPERATOR, "-"));
                    case '*' -> {
                        if (index + 1 < text.length() && text.charAt(index + 1) == '*') {
                            tokens.add(new Token(Kind.OPERATOR, "^"));
                            index++;
                        } else {
                            tokens.add(new Token(Kind.OPERATOR, "*"));
                        }
                    }
                    case '·', '×', '⋅', '∙', '•' -> tokens.add(new Token(Kind.OPERATOR, "*"));
                    case '/', '÷' -> tokens.add(new Token(Kind.OPERATOR, "/"));
                    case '^' -> tokens.add(new Token(Kind.OPERATOR, "^"));
                    case '(', '[', '{' -> tokens.add(new Token(Kind.OPEN, String.valueOf(c)));
                    case ')', ']', '}' -> tokens.add(new Token(Kind.CLOSE, String.valueOf(c)));
                    default -> throw new IllegalArgumentException("'" + c + "' in a formula");
                }
                index++;
            }
        }
        return tokens;
    }

    /**
     * Whether a run of letters reads as symbols in a formula: a symbol, a product of symbols ({@code NKKC}), or a lone
     * {@code x} for times. {@link FormulaSpans} asks, to know where a formula in prose ends.
     */
    static boolean readsAsSymbols(String letters, List<String> symbols) {
        return symbolsIn(letters, symbols).isPresent();
    }

    private static List<Token> symbolsOf(String name, List<String> symbols) {
        return symbolsIn(name, symbols).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is none of the symbols " + String.join(", ", symbols)));
    }

    /**
     * A written name as symbols, if it reads as them: the name itself when it is one; a lone {@code x} (no symbol) as a times
     * sign; else split into symbols, longest first ({@code NKKC}).
     */
    private static Optional<List<Token>> symbolsIn(String name, List<String> symbols) {
        if (symbols.contains(name)) {
            return Optional.of(List.of(new Token(Kind.SYMBOL, name)));
        }
        if ((name.equals("x") || name.equals("X")) && !symbols.contains(name)) {
            return Optional.of(List.of(new Token(Kind.OPERATOR, "*")));
        }
        List<String> longestFirst = new ArrayList<>(symbols);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return split(name, longestFirst);
    }

    /**
     * The name as symbols, the first way a search trying the longest symbol first finds. Each position of the name is
     * given up at most once (a name that splits many ways, {@code NCNC…} for the symbols {@code N, C, NC, CN}, would
     * otherwise be tried in exponentially many ways), and the search keeps its own stack.
     */
    private static Optional<List<Token>> split(String name, List<String> symbols) {
        BitSet failed = new BitSet(name.length());
        int[] chosen = new int[name.length() + 1]; // per position on the path: the index of the symbol tried there
        ArrayDeque<Integer> path = new ArrayDeque<>();
        int position = 0;
        int next = 0; // the symbol to try next at position
        while (true) {
            if (position == name.length()) {
                List<Token> tokens = new ArrayList<>();
                for (Iterator<Integer> at = path.descendingIterator(); at.hasNext(); ) {
                    tokens.add(new Token(Kind.SYMBOL, symbols.get(chosen[at.next()])));
                }
                return Optional.of(tokens);
            }
            int found = -1;
            if (!failed.get(position)) {
                for (int candidate = next; candidate < symbols.size(); candidate++) {
                    String symbol = symbols.get(candidate);
                    if (!symbol.isEmpty() && name.startsWith(symbol, position)
                            && (position + symbol.length() == name.length()
                                    || !failed.get(position + symbol.length()))) {
                        found = candidate;
                        break;
                    }
                }
            }
            if (found >= 0) {
                chosen[position] = found;
                path.push(position);
                position += symbols.get(found).length();
                next = 0;
                continue;
            }
            failed.set(position);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            position = path.pop();
            next = chosen[position] + 1;
        }
    }

    /** Recursive descent: sums of products of signed powers; juxtaposition multiplies. */
    private static final class TermParser {
        private final List<Token> tokens;
        private int position;
        private int depth;

        TermParser(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return position == tokens.size();
        }

        Token peek() {
            return tokens.get(position);
        }

        private boolean operator(String text) {
            if (!atEnd() && peek().kind() == Kind.OPERATOR && peek().text().equals(text)) {
                position++;
                return true;
            }
            return false;
        }

        Term sum() {
            if (++depth > 200) {
                throw new IllegalArgumentException("a formula nested too deeply");
            }
            Term term = product();
            while (true) {
                if (operator("+")) {
                    term = new Operation('+', term, product());
                } else if (operator("-")) {
                    term = new Operation('-', term, product());
                } else {
                    depth--;
                    return term;
                }
            }
        }

        private Term product() {
            Term term = signed();
            while (true) {
                if (operator("*")) {
                    term = new Operation('*', term, signed());
                } else if (operator("/")) {
                    term = new Operation('/', term, signed());
                } else if (!atEnd() && peek().startsOperand()) {
                    term = new Operation('*', term, power());
                } else {
                    return term;
                }
            }
        }

        private Term signed() {
            if (operator("-")) {
                return new Negation(signed());
            }
            if (operator("+")) {
                return signed();
            }
            return power();
        }

        private Term power() {
            Term base = primary();
            if (operator("^")) {
                return new Operation('^', base, exponent());
            }
            return base;
        }

        private Term exponent() {
            if (operator("-")) {
                return new Negation(exponent());
            }
            return power();
        }

        private Term primary() {
            if (atEnd()) {
                throw new IllegalArgumentException("the formula ends where a term should follow");
            }
            Token token = tokens.get(position++);
            return switch (token.kind()) {
                case NUMBER -> {
                    try {
                        yield new Constant(Double.parseDouble(token.text()));
                    } catch (NumberFormatException malformed) {
                        throw new IllegalArgumentException("'" + token.text() + "' is no number");
                    }
                }
                case SYMBOL -> new Symbol(token.text());
                case OPEN -> {
                    Term inner = sum();
                    if (atEnd() || peek().kind() != Kind.CLOSE) {
                        throw new IllegalArgumentException("a parenthesis that is not closed");
                    }
                    position++;
                    yield inner;
                }
                case FRAC -> new Operation('/', primary(), primary());
                default -> throw new IllegalArgumentException("'" + token.text() + "' where a term should be");
            };
        }
    }
}
