package org.cnngrader.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.Rounding;
import org.cnngrader.expr.Value;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.Variant;

/**
 * Keeps the answer key out of what the self-check server sends a student. Feedback is written for reports a TA hands
 * back after the deadline, so some of it quotes the key: the one wrong entry "expected 0.88", the worked sum
 * "… = 3", the constant offset (which with the student's own value gives every entry), the check's and the variants'
 * expressions, and whatever a TA wrote in a rubric's {@code accept} and {@code mistakes} feedback. The lines the
 * grader writes in a known shape are rewritten without the key; every line, rewritten or not, then has each
 * expression of the rubric replaced by "…", and each number that equals an entry of a reference or accepted value
 * (at the precision it is written in) masked, unless the student wrote that number in this very answer. Masking
 * small whole numbers costs some TA-written sentences a number; leaking a key of whole numbers would cost the
 * self-check its point.
 */
final class KeyGuard {

    /** What is shown in place of a masked number or expression. */
    static final String MASK = "…";

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[-−]?\\d+(?:[.,]\\d+)?(?![\\w])");
    private static final Pattern ONE_ENTRY = Pattern.compile("^(One entry is wrong, an arithmetic slip: entry (?:in row \\d+,"
            + " column \\d+|\\d+) is [^,]+), expected .*$");
    private static final Pattern WORKED = Pattern.compile("^Row (\\d+), column (\\d+): .* = .*, you wrote (.+)\\.$");
    private static final Pattern OFFSET = Pattern.compile("^Every entry is off by the same amount, .*$");
    private static final Pattern CHECK = Pattern.compile("^(Correct: it satisfies|This does not satisfy) .*$");
    private static final Pattern SHAPES = Pattern.compile("^(Wrong shape: expected [^,]*, found [^,]*|\\d+ of \\d+"
            + " entries are right)\\.$");
    private static final Pattern KNOWN_MISTAKE = Pattern.compile("^This is a known mistake: .*$");

    private final double[] secrets;
    private final List<String> expressions;
    private final Map<Integer, Set<BigDecimal>> shownByDecimals =
            new ConcurrentHashMap<>();

    private KeyGuard(double[] secrets, List<String> expressions) {
        this.secrets = secrets;
        this.expressions = expressions;
    }

    /** The guard of one rubric: its references, accepted values and every expression it holds. */
    static KeyGuard of(Rubric rubric) {
        List<Double> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Part part : rubric.parts()) {
            rubric.key().reference(part.id()).ifPresent(value -> entries(value, numbers));
            rubric.key().acceptedValues(part.id()).forEach(value -> entries(value, numbers));
            if (part.kind() instanceof PartKind.Answer answer) {
                texts.add(answer.formula().text());
            }
            if (part.kind() instanceof PartKind.Check check) {
                texts.add(check.formula().text());
            }
            for (Variant variant : part.accepted()) {
                texts.add(variant.formula().text());
            }
            for (Variant variant : part.mistakes()) {
                texts.add(variant.formula().text());
            }
        }
        double[] secrets = numbers.stream().mapToDouble(Double::doubleValue).distinct().toArray();
        // Longest first, so that an expression containing another is masked whole.
        List<String> expressions = texts.stream().map(String::strip).filter(text -> text.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new KeyGuard(secrets, expressions);
    }

    private static void entries(Value value, List<Double> into) {
        if (value instanceof Value.TensorValue tensor) {
            for (double entry : tensor.tensor().values()) {
                into.add(entry);
            }
        } else if (value instanceof Value.ListValue list) {
            list.items().forEach(item -> entries(item, into));
        }
    }

    /**
     * A feedback line of a part made safe to show before the deadline.
     *
     * @param own the value the student wrote for this part, whose numbers are theirs to see
     */
    String feedback(String line, Optional<Value> own) {
        String rewritten = rewrite(line);
        if (SHAPES.matcher(rewritten).matches()) {
            // Shapes and counts of entries, which a student must see to fix an answer: no value of the key.
            return masked(rewritten);
        }
        return text(rewritten, own);
    }

    private String masked(String line) {
        String masked = line;
        for (String expression : expressions) {
            masked = masked.replace(expression, MASK);
        }
        return masked;
    }

    /** Any other text a student is shown (notes, reasons): expressions and reference numbers masked. */
    String text(String line, Optional<Value> own) {
        String masked = masked(line);
        double[] mine = own.map(value -> {
            List<Double> numbers = new ArrayList<>();
            entries(value, numbers);
            return numbers.stream().mapToDouble(Double::doubleValue).toArray();
        }).orElse(new double[0]);
        Matcher matcher = NUMBER.matcher(masked);
        StringBuilder safe = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group();
            matcher.appendReplacement(safe, Matcher.quoteReplacement(secret(token, mine) ? MASK : token));
        }
        matcher.appendTail(safe);
        return safe.toString();
    }

    /** The grader's lines that quote the key, said without it. */
    private static String rewrite(String line) {
        Matcher oneEntry = ONE_ENTRY.matcher(line);
        if (oneEntry.matches()) {
            return oneEntry.group(1) + ".";
        }
        Matcher worked = WORKED.matcher(line);
        if (worked.matches()) {
            return "Row " + worked.group(1) + ", column " + worked.group(2) + " is wrong: you wrote " + worked.group(3)
                    + "; work out its sum of products again.";
        }
        if (OFFSET.matcher(line).matches()) {
            return "Every entry is off by the same amount.";
        }
        Matcher check = CHECK.matcher(line);
        if (check.matches()) {
            return check.group(1) + " the part's check.";
        }
        if (KNOWN_MISTAKE.matcher(line).matches()) {
            return "This is a known mistake.";
        }
        return line;
    }

    /**
     * Whether a written number is an entry of the key at its own precision and not one the student wrote. The key is
     * looked up first: most numbers of a line are not in it, and comparing one with each of the student's entries
     * costs a decimal rounding per entry, which for a line quoting a matrix is entries times numbers.
     */
    private boolean secret(String token, double[] mine) {
        BigDecimal written;
        try {
            written = new BigDecimal(token.replace('−', '-').replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return false;
        }
        int decimals = Math.min(Math.max(written.scale(), 0), 17);
        if (!shown(decimals).contains(written.abs().stripTrailingZeros())) {
            return false;
        }
        for (double entry : mine) {
            if (Rounding.halfUp(entry, decimals).compareTo(written) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key's entries as shown with {@code decimals} digits, without sign or trailing zeros: built once per
     * precision, so that a line's numbers are looked up rather than compared with every entry of the key.
     */
    private Set<BigDecimal> shown(int decimals) {
        return shownByDecimals.computeIfAbsent(decimals, digits -> {
            Set<BigDecimal> shown = new HashSet<>();
            for (double entry : secrets) {
                shown.add(Rounding.halfUp(Math.abs(entry), digits).stripTrailingZeros());
            }
            return shown;
        });
    }
}
