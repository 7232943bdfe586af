package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a part's labels and names are looked for in a document's text: the text normalised as the rubric's labels are
 * ({@link #normalize}), a name as a word of a line, a label opening a line or set in prose. The patterns and normalised
 * labels are worked out once for all documents.
 */
final class PartNames {

    /** A label's sign at its end: {@code S =}, {@code Flatten:}, {@code Y ≈}. */
    private static final Pattern LABEL_END = Pattern.compile("\\s*[=:≈]$");

    /** A LaTeX command that only sets its argument's type: {@code \\mathbf{Z}}, {@code \\text{conv1}}. */
    private static final Pattern FORMATTING = Pattern.compile(
            "\\\\(?:mathbf|mathrm|mathit|mathcal|boldsymbol|text|textbf|bm)\\s*\\{([^{}]*)\\}");

    /** A LaTeX command's name: {@code \\sigma}, {@code \\times}. */
    static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+");

    /** A LaTeX fraction of plain numerator and denominator: {@code \\frac{\\partial L}{\\partial K}}. */
    private static final Pattern LATEX_FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");

    /**
     * A derivative written as a fraction, as its LaTeX source, a PDF or Chromium prints it: {@code ∂L/∂K},
     * {@code (∂L)/(∂K)}, {@code (dL)/(dK)}; the rubric's labels write it {@code dL/dK}.
     */
    private static final Pattern DERIVATIVE = Pattern.compile(
            "\\(\\s*[∂d]\\s*(\\p{L}[\\p{L}\\p{N}]*'?)\\s*\\)\\s*/\\s*\\(\\s*[∂d]\\s*(\\p{L}[\\p{L}\\p{N}]*'?)\\s*\\)"
            + "|∂\\s*(\\p{L}[\\p{L}\\p{N}]*'?)\\s*/\\s*∂\\s*(\\p{L}[\\p{L}\\p{N}]*'?)");

    /** A run of blanks or tabs. */
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    /** Each label, normalised (its sign kept) once for all documents. */
    private static final Map<String, String> NORMALIZED_LABELS = new ConcurrentHashMap<>();

    /** Each label, normalised once for all documents. */
    private static final Map<String, String> WANTED_LABELS = new ConcurrentHashMap<>();

    /** A label as a word of a line, in any case: no letter or digit touches it (not {@code kernels}). */
    static Pattern asWord(String label) {
        return asWord(label, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Pattern asWord(String label, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])", flags);
    }

    /**
     * A label of words as a word, or the participle its last word's "-ing" names ("padding", "padded"): "the input is
     * not padded" speaks of the padding.
     */
    static Pattern asWordOrParticiple(String label) {
        if (!label.endsWith("ing") || label.length() < 6) {
            return asWord(label);
        }
        String participle = label.substring(0, label.length() - 3) + "ed";
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Pattern.quote(label) + "|" + Pattern.quote(participle)
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a label is words ("stride", "kernel size"), which a sentence may give a value: no sign, no digit. */
    static boolean ofWords(String label) {
        return label.matches("\\p{L}[\\p{L} ]*");
    }

    /** A rubric's label without the colon or equals sign it may end with ({@code K =} is {@code K}). */
    static String bareLabel(String label) {
        return label.replaceAll("\\s*[:=]$", "").strip();
    }

    /**
     * The part's labels, and its layer's names, of three characters or more, set as labels anywhere in a line, ignoring
     * case: before a colon or an equals sign ({@code ]stride:}), or alone in parentheses ({@code (stride)}); for a part
     * of numbers, with a digit at most twelve characters after.
     */
    static List<Pattern> labelInProse(SheetSpec.PartSpec part) {
        // A yes or no is said in words, after the label's sign or the question it ends ("… see the eye? Not at all.").
        boolean truth = part.kind() == SheetSpec.ValueKind.TRUTH;
        String soon = part.symbols().isEmpty() && !truth ? "(?=[^\\d\\n]{0,12}\\d)" : "";
        return namesOf(part).stream().filter(label -> label.length() > 2).map(label -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:\\(\\s*" + Pattern.quote(label) + "\\s*\\)|" + Pattern.quote(label)
                        + "\\s*(?::|=(?!=)" + (truth ? "|\\?" : "") + "))" + soon,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    /**
     * The part's labels, and its layer's names, as they open a line: after a bullet or a table's bar, before a
     * parenthesis at most ({@code A (in %) =}) and a colon or an equals sign, or blanks and a number (a table's row,
     * {@code total 397 184 397 434}, names its count without a sign); a word's label also before two words more and
     * its sign ({@code Flattened vector:}). A label of one or two characters is
     * matched in its case ({@code S} is no {@code s}).
     */
    static List<Pattern> labelOpeningLine(SheetSpec.PartSpec part) {
        List<Pattern> patterns = new ArrayList<>();
        for (String label : namesOf(part)) {
            int flags = nameCase(label);
            // A word's label may be followed by two words more before its sign ("Flattened vector:"), as in a label.
            String moreWords = label.length() >= 4 ? "|(?:\\s+\\p{L}+){1,2}\\s*(?::|=(?!=))" : "";
            patterns.add(Pattern.compile("[\\s>#|•+-]*\\$?" + Pattern.quote(label)
                    + "'{0,2}(?:\\$?(?:\\s*\\([^()]{0,30}\\))?\\s*\\$?\\s*(?::|=(?!=)|(?<=\\s)(?=[-−]?\\d))" + moreWords
                    + ")", flags));
        }
        return patterns;
    }

    /** Whether a line names the part: one of its names ({@link #namesOf}) as a word ({@link #nameAsWord}). */
    static boolean namesInProse(String line, SheetSpec.PartSpec part) {
        return namesOf(part).stream().anyMatch(name -> nameAsWord(name).matcher(line).find());
    }

    /** The part's names as a line may give them: its labels without their signs, and its layer's names. */
    static List<String> namesOf(SheetSpec.PartSpec part) {
        List<String> names = new ArrayList<>(part.labels());
        part.layer().ifPresent(layer -> names.addAll(layer.names()));
        return names.stream().map(PartNames::bareLabel).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /**
     * How a name is matched: ignoring case, but for a name of one or two characters ({@code A}, {@code S}), which
     * "a" and "s" are too.
     */
    static int nameCase(String name) {
        return name.length() > 2 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    }

    /** A name as a word of a line: no letter or digit touches it, in its case ({@link #nameCase}). */
    static Pattern nameAsWord(String name) {
        return asWord(name, nameCase(name));
    }

    /** A label as it is looked for in normalised text: {@code Flatten:} as {@code flatten}. */
    static String wanted(String label) {
        return WANTED_LABELS.computeIfAbsent(label, key -> LABEL_END.matcher(normalize(key)).replaceAll(""));
    }

    /** A label as the contexts are compared with it: normalised, once for all documents. */
    static String normalizedLabel(String label) {
        return NORMALIZED_LABELS.computeIfAbsent(label, key -> normalize(key).strip());
    }

    /**
     * Lower case, LaTeX symbols as their characters, formatting commands and math delimiters removed, a derivative
     * as the rubric's labels write it ({@code dl/dk}).
     */
    static String normalize(String text) {
        String normalized = text;
        // Each rewriting below needs one of these characters.
        if (Characters.containsAny(text, "\\$*{}′’")) {
            normalized = normalized.replace("\\sigma", "σ").replace("\\prime", "'").replace("^{\\prime}", "'")
                    .replace("′", "'").replace("’", "'").replace("\\approx", "≈").replace("\\to", "→")
                    .replace("\\rightarrow", "→").replace("\\Rightarrow", "→").replace("\\quad", " ")
                    .replace("\\left", "").replace("\\right", "").replace("\\partial", "∂")
                    // A product's dot stays, as the dot operator (a middle dot may be a list's bullet): "\eta \cdot
                    // dW =" names the update's step, no dW.
                    .replace("\\cdot", "⋅");
            normalized = FORMATTING.matcher(normalized).replaceAll("$1");
            normalized = LATEX_FRACTION.matcher(normalized).replaceAll("($1)/($2)");
            normalized = COMMAND.matcher(normalized).replaceAll(" ").replace("$", " ").replace("{", "")
                    .replace("}", "").replace("*", " ");
        }
        if (normalized.contains("  ") || normalized.indexOf('\t') >= 0) {
            normalized = BLANKS.matcher(normalized).replaceAll(" ");
        }
        if (normalized.indexOf('∂') >= 0 || normalized.contains(")/(")) {
            normalized = DERIVATIVE.matcher(normalized).replaceAll(match -> "d" + (match.group(1) != null
                    ? match.group(1) + "/d" + match.group(2) : match.group(3) + "/d" + match.group(4)));
        }
        // A subscript is typeset without its underscore: "A_{same}" in a source is "Asame" in its PDF.
        return normalized.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private PartNames() {
    }
}
