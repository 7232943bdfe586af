package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the formulas written in a line of a free-form document, for the rubric's formula parts
 * ({@code vanilla N K^2 C = 73,728}, {@code HWC(K^2 + N) for the separable one}): the longest
 * stretches made only of the rubric's symbols (a run of letters that splits into them, {@code NKKC}),
 * numbers, operators, parentheses and LaTeX's product and fraction commands, that use a symbol, have
 * two operands at least and read as a formula ({@link FormulaSyntax}). A word that is no symbol, an
 * {@code =}, a comma or a colon ends a formula. Which formula answers which part is the
 * {@link Locator}'s decision.
 *
 * <p>One pass over the line, each letter run split in time linear in its length: it runs over student
 * text.
 */
final class FormulaSpans {

    /** The characters a formula is written with, besides letters and digits. */
    private static final String FORMULA_CHARACTERS = " \t+-−–*·×⋅∙/÷^()[]{}²³¹⁰⁴⁵⁶⁷⁸⁹⁻$~";
    /** What may not start a formula. */
    private static final String NO_START = " \t+*·×⋅∙/÷^)]}$~²³¹⁰⁴⁵⁶⁷⁸⁹";
    /** What may not end a formula. */
    private static final String NO_END = " \t+-−–*·×⋅∙/÷^([{$~";
    /** The LaTeX commands a formula may contain. */
    private static final Set<String> COMMANDS = Set.of("cdot", "times", "ast", "div", "frac", "dfrac", "tfrac", "left",
            "right", "big", "Big", "bigg", "Bigg", "mathrm", "mathit", "displaystyle", "", ",", ";", "!");
    /** A section's number ({@code 5.1}, {@code 2.3.1}) and the blank after it. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+\\s+");
    /** The longest run of letters read as a product of symbols; prose is longer or no product of them. */
    private static final int LONGEST_PRODUCT = 24;

    private FormulaSpans() {
    }

    /** The formulas of {@code text} in {@code symbols}, as {start, end} spans, left to right. */
    static List<int[]> scan(String text, List<String> symbols, boolean[] taken) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        int index = 0;
        int length = text.length();
        while (index < length) {
            char character = text.charAt(index);
            int next = index + 1;
            boolean belongs;
            if (taken[index]) {
                belongs = false;
            } else if (Character.isLetter(character)) {
                next = letterRunEnd(text, index);
                // Letters right before a digit name something (H1, X00): no product of symbols.
                belongs = next - index <= LONGEST_PRODUCT
                        && FormulaSyntax.readsAsSymbols(text.substring(index, next), symbols)
                        && !(next < length && Character.isDigit(text.charAt(next)));
                next = subscriptEnd(text, next);
            } else if (character == '\\') {
                next = index + 1;
                while (next < length && Character.isLetter(text.charAt(next))) {
                    next++;
                }
                if (next == index + 1 && next < length) {
                    next++; // \, \; \!
                }
                belongs = COMMANDS.contains(text.substring(index + 1, next).strip());
            } else {
                belongs = Character.isDigit(character) || FORMULA_CHARACTERS.indexOf(character) >= 0
                        || character == '.' && index > 0 && Character.isDigit(text.charAt(index - 1)) && next < length
                        && Character.isDigit(text.charAt(next));
            }
            if (belongs && start < 0) {
                start = index;
            } else if (!belongs && start >= 0) {
                add(text, start, index, symbols, spans);
                start = -1;
            }
            index = Math.max(next, index + 1);
        }
        if (start >= 0) {
            add(text, start, length, symbols, spans);
        }
        return spans;
    }

    /**
     * A formula's operators, after which it cannot end: one that ends its line there goes on at the next line.
     */
    static final String CONTINUING = "+-−–*·×⋅∙/÷^(";

    /**
     * Whether the formula ending at {@code end} is cut by the end of its line after an operator
     * ({@code … + B × H × W ×}, {@code … \\cdot}): nothing but the operator and blanks follows it.
     */
    static boolean endsUnfinished(String text, int end) {
        return operator(text.substring(end).strip());
    }

    /**
     * Whether a formula as a candidate gives it ends with an operator: cut at its line's end, and the line after it
     * did not go on with it ({@code B × H × W × C × (2K^2 − 1) + B × H × W ×}).
     */
    static boolean cut(String written) {
        String text = written.stripTrailing();
        return !text.isEmpty() && (operator(text.substring(text.length() - 1))
                || OPERATOR_COMMANDS.stream().anyMatch(text::endsWith));
    }

    /** LaTeX's products, written as commands. */
    private static final List<String> OPERATOR_COMMANDS = List.of("\\cdot", "\\times");

    private static boolean operator(String text) {
        return OPERATOR_COMMANDS.contains(text) || text.length() == 1 && CONTINUING.indexOf(text.charAt(0)) >= 0;
    }

    private static int letterRunEnd(String text, int index) {
        int end = index;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where a subscript after a name ends ({@code H_out}, {@code H_{out}}), or {@code end} when none follows. */
    private static int subscriptEnd(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '_') {
            return end;
        }
        int after = end + 1;
        if (after < text.length() && text.charAt(after) == '{') {
            int close = text.indexOf('}', after);
            return close < 0 || close - after > LONGEST_PRODUCT ? end : close + 1;
        }
        while (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
            after++;
        }
        return after;
    }

    /** Adds the stretch from {@code start} to {@code end}, trimmed, when it is a formula of two operands or more. */
    private static void add(String text, int start, int end, List<String> symbols, List<int[]> spans) {
        int from = start;
        int to = end;
        while (from < to && NO_START.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && NO_END.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        // A section's number run in before its formula: "5.1 N × K × K × C".
        Matcher number = SECTION_NUMBER.matcher(text).region(from, to);
        if (number.lookingAt()) {
            from = number.end();
        }
        // A parenthesis of the prose around the formula: "(N K^2 C" or "N K^2 C)".
        String written = text.substring(from, to);
        while (written.startsWith("(") && balance(written) > 0) {
            from++;
            written = text.substring(from, to);
        }
        while (written.endsWith(")") && balance(written) < 0) {
            to--;
            written = text.substring(from, to);
        }
        if (written.isEmpty() || operands(written) < 2
                || !(FormulaSyntax.read(written, symbols) instanceof FormulaSyntax.Reading.Formula)) {
            return;
        }
        spans.add(new int[] {from, to});
    }

    private static int balance(String written) {
        int balance = 0;
        for (int index = 0; index < written.length(); index++) {
            char character = written.charAt(index);
            balance += character == '(' ? 1 : character == ')' ? -1 : 0;
        }
        return balance;
    }

    /** How many letters and numbers a formula has: {@code K × K} two, a lone symbol one. */
    private static int operands(String written) {
        int operands = 0;
        boolean inNumber = false;
        for (int index = 0; index < written.length(); index++) {
            char character = written.charAt(index);
            boolean digit = Character.isDigit(character);
            if (Character.isLetter(character) || digit && !inNumber) {
                operands++;
            }
            inNumber = digit || inNumber && character == '.';
        }
        return operands;
    }
}
