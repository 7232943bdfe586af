package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cnngrader.engine.Tolerance;

/**
 * The worked computations among a document's candidates: {@code 9,600 + 9,728 = 19,328}, {@code 128 × (3 × 5 × 5 + 1)
 * = 9,728}, a table's cell computing what the next cell gives ({@code H1 | 9,600 + 128 | 9,728}). A computation's
 * result is its answer, never one of its terms; {@link Locator} asks which candidates are terms and what each comes to.
 * The candidates are read, never changed.
 */
final class Computations {

    /** The operators of a worked computation, as they end the text between two of its values. */
    private static final String OPERATORS = "+-−×*·/";

    private final Document document;
    /** The document's candidates, in reading order: a candidate's order is its index. */
    private final List<Candidate> candidates;

    Computations(Document document, List<Candidate> candidates) {
        this.document = document;
        this.candidates = candidates;
    }

    /** Whether a candidate is a term of a worked computation rather than its result. */
    boolean isTerm(Candidate candidate) {
        // "N K^2 C = 73,728": a formula part's answer is the formula, its value for an instance aside.
        return candidate.form() == Candidate.Form.VALUE && result(candidate).isPresent();
    }

    /**
     * The last value after an {@code =} in the computation a candidate opens or goes on
     * ({@code 9,600 + 9,728 = 19,328}), following it across a line that starts with an operator; empty
     * when none follows.
     */
    Optional<Candidate> result(Candidate candidate) {
        Candidate current = candidate;
        Candidate result = null;
        List<Double> terms = new ArrayList<>();
        StringBuilder operators = new StringBuilder();
        amount(candidate).ifPresent(terms::add);
        while (current.order() + 1 < candidates.size()) {
            Candidate next = candidates.get(current.order() + 1);
            char operator = operatorBefore(next, current);
            // A table's row shows a computation in one cell and its value in the next ("H1 | 9,600 + 128 | 9,728",
            // "H1 | 128 × 5 × 5 × 3 | 9,600"): the next cell is its result, where it is the computation's value.
            // A sum's value may follow it with no sign, a PDF's narrow gap between the two cells ("9600 + 128 9728").
            if (operator == 0 && result == null && terms.size() == operators.length() + 1
                    && (nextCell(next, current) && (operators.length() > 0 || factors(current) > 1)
                            || operators.length() > 0 && gap(next, current).filter(String::isBlank).isPresent())
                    && amount(next).isPresent() && Tolerance.relative(1e-6).accepts(amount(next).get(),
                    evaluate(terms, operators))) {
                operator = '=';
            }
            if (operator == 0) {
                break;
            }
            if (operator == '=') {
                result = next;
                terms.clear();
                operators.setLength(0);
            } else {
                operators.append(operator);
            }
            amount(next).ifPresent(terms::add);
            current = next;
        }
        return Optional.ofNullable(result);
    }

    /** Whether {@code next} opens the table cell after the one {@code previous} ends: only a tab or a bar between. */
    static boolean nextCell(Candidate next, Candidate previous) {
        return gap(next, previous).filter(between -> TableMarks.cellEdge(between)
                && between.replaceAll("[\\s|$]", "").isEmpty())
                .isPresent();
    }

    /** The text between two candidates of one line, after the earlier's last word; empty for two lines. */
    static Optional<String> gap(Candidate next, Candidate previous) {
        if (next.lineIndex() != previous.lineIndex()) {
            return Optional.empty();
        }
        String between = next.textBefore();
        String last = lastWord(previous.written());
        int end = between.lastIndexOf(last);
        return Optional.of(end >= 0 ? between.substring(end + last.length()) : between);
    }

    /** A candidate's amount: a number (9,600 is 9600), or the product of a product's factors (128 × 5 × 5 × 3). */
    static Optional<Double> amount(Candidate candidate) {
        return wholeNumbers(candidate).map(factors -> Arrays.stream(factors).reduce(1, (one, other)
                -> one * other));
    }

    /** How many factors a candidate multiplies: 1 for a number, 4 for {@code 128 × 5 × 5 × 3}, 0 for neither. */
    private static int factors(Candidate candidate) {
        return wholeNumbers(candidate).map(factors -> factors.length).orElse(0);
    }

    /** A number or a product's factors, as the value grammar reads them where whole numbers are asked for. */
    private static Optional<double[]> wholeNumbers(Candidate candidate) {
        return ValueParser.parse(candidate.written(), new Expectation(true)) instanceof Parsed.Value read
                && read.value() instanceof SheetValue.Numbers numbers && numbers.tensor().rank() <= 1
                ? Optional.of(numbers.tensor().values()) : Optional.empty();
    }

    /** The value of terms joined by operators, products before sums. */
    private static double evaluate(List<Double> terms, CharSequence operators) {
        double sum = 0;
        double product = terms.get(0);
        char sign = '+';
        for (int index = 0; index < operators.length(); index++) {
            char operator = operators.charAt(index);
            double term = terms.get(index + 1);
            if (operator == '/') {
                product /= term;
            } else if ("×*·".indexOf(operator) >= 0) {
                product *= term;
            } else {
                sum += sign == '+' ? product : -product;
                sign = operator == '+' ? '+' : '-';
                product = term;
            }
        }
        return sum + (sign == '+' ? product : -product);
    }

    /**
     * The operator between two consecutive candidates of a computation ({@code =}, or one of
     * {@link #OPERATORS}), or 0 when the second does not go on from the first: on the same line, or
     * on the next line when that line starts with the operator.
     */
    private char operatorBefore(Candidate next, Candidate previous) {
        String between;
        if (next.lineIndex() == previous.lineIndex()) {
            between = gap(next, previous).orElseThrow();
        } else if (next.lineIndex() == previous.lineIndex() + 1) {
            // The operator may end the previous line ("H3 : 32 × 64 × 3 × 3 =") or start this one.
            String last = lastWord(previous.written());
            String context = next.context();
            String previousLine = context.substring(0, Math.max(0, context.lastIndexOf('\n')));
            int end = previousLine.lastIndexOf(last);
            between = (end >= 0 ? previousLine.substring(end + last.length()) : "") + " " + next.textBefore();
        } else {
            return 0;
        }
        // Parentheses group the terms of a computation: "128 × (3 × 5 × 5 + 1) = 9,728"; a function's name applies
        // to the term after it ("½(log 0.450 + log 0.186)"). LaTeX's line break goes on with the next step of an
        // aligned derivation ("125 \times 125 \times 6 \\ &= 15625 \times 6 \\ &= 93750").
        String unwrapped = between.replace("\\\\", " ").replace("\\approx", "=").replace("\\cdot", "·")
                .replace("\\times", "×").replace("$", "").replace("\\,", "").replace("&", "").replace("\\left", "")
                .replace("\\right", "");
        String text = FUNCTION_NAME.matcher(unwrapped.replace("(", "").replace(")", "")).replaceAll("").strip();
        if (text.isEmpty()) {
            // A value right before a parenthesis or a function multiplies it: "−1/2(log 0.450 + …) = 1.240".
            if (FACTOR_BEFORE.matcher(unwrapped).matches() && !explanation(next, unwrapped)) {
                return '×';
            }
            String written = next.written();
            boolean negative = written.startsWith("-") || written.startsWith("−");
            return negative && next.lineIndex() == previous.lineIndex() ? '-' : 0;
        }
        char sign = text.charAt(text.length() - 1);
        if (text.length() > 3) {
            return 0; // Words between two values: prose, not a computation.
        }
        if (text.substring(0, text.length() - 1).codePoints().anyMatch(Character::isLetter)) {
            return 0; // A name before the sign defines another value ("S = [[…]]" / "A = [[…]]"), no step of this one.
        }
        if (sign == '=' || sign == '≈') {
            return '=';
        }
        return OPERATORS.indexOf(sign) >= 0 ? sign : 0;
    }

    /** A function applied to the term after it in a computation, as written or in LaTeX: {@code log}, {@code \\ln}. */
    private static final String FUNCTION = "\\\\?(?:log|ln|exp|sqrt)";

    /** The name of a function applied to the term after it in a computation: {@code log 0.450}, {@code \\ln(2)}. */
    private static final Pattern FUNCTION_NAME = Pattern.compile("(?<![A-Za-z])" + FUNCTION + "(?![A-Za-z])");

    /** What stands between a factor and the term it multiplies: a parenthesis opening, a function, or both. */
    private static final Pattern FACTOR_BEFORE = Pattern.compile(
            "\\s*\\)?\\s*(?:\\(\\s*(?:" + FUNCTION + "\\s*\\(?\\s*)?|" + FUNCTION + "\\s*\\(?\\s*)");

    /**
     * Whether the parentheses opened before {@code next} hold a sign of their own: an explanation of the value before
     * them ({@code 9 × 9 (512 − 504 + 1 = 9)}), whose terms it does not multiply.
     */
    private boolean explanation(Candidate next, String between) {
        int depth = 0;
        for (char character : between.toCharArray()) {
            depth += character == '(' ? 1 : character == ')' ? -1 : 0;
        }
        String line = document.lines().get(next.lineIndex()).text();
        for (int index = next.column(); index < line.length() && depth > 0; index++) {
            char character = line.charAt(index);
            depth += character == '(' ? 1 : character == ')' ? -1 : 0;
            if (character == '=' || character == '≈') {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String written) {
        String stripped = written.strip();
        int space = stripped.lastIndexOf(' ');
        return space < 0 ? stripped : stripped.substring(space + 1);
    }

    /** Whether a candidate is an operand of a formula that goes on after it on its line ({@code 1 / (1 + e^-S)}). */
    boolean inExpression(Candidate candidate) {
        if (candidate.order() + 1 >= candidates.size()) {
            return false;
        }
        String after = gap(candidates.get(candidate.order() + 1), candidate).orElse("").strip();
        return !after.isEmpty() && "+-−×*·/^".indexOf(after.charAt(0)) >= 0;
    }
}
