package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;

/**
 * Finds each part's answer in a free-form document (DESIGN.md §5): within the sections of the
 * part's question, the candidate next to one of its labels; else the one that matches its
 * reference or a variant (or passes its check); else the one closest to the reference of the
 * right shape; else, for a part with a reference, the last of the right kind. A question whose
 * section is not found is looked for in the whole document.
 */
final class Locator {

    /** How close a candidate must be, entry by entry, to count as matching a target. */
    private static final Tolerance MATCH = Tolerance.DEFAULT;

    private static final Pattern LABEL_END = Pattern.compile("\\s*[=:≈]$");
    private static final Pattern FORMATTING = Pattern.compile(
            "\\\\(?:mathbf|mathrm|mathit|boldsymbol|text|textbf|bm)\\s*\\{([^{}]*)\\}");
    private static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern TEAM = Pattern.compile(
            "^\\W*team(?!\\s*members)(?:\\s*name)?\\s*[:\\-]?\\s*(.{1,60}?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBERS_LINE = Pattern.compile("^\\W*(?:team\\s+)?members?\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile("([\\p{Lu}][\\p{L}'\\-]+(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)+)\\s*"
            + "\\(\\d{4,}\\)");

    /** The document's candidates, in reading order: a candidate's order is its index. */
    private final List<Candidate> candidates;
    /** Which candidates are taken by a part already. */
    private final boolean[] claimed;
    /**
     * Each candidate's value as free text reads it, and as whole numbers (commas group thousands);
     * read once.
     */
    private final Optional<SheetValue>[] anyValues;
    private final Optional<SheetValue>[] integralValues;
    /** Each candidate's context, normalised once. */
    private final String[] contexts;
    /**
     * Per part id, whether each candidate matches its targets or check (0 unknown, 1 yes, 2 no):
     * decided once, because a check evaluates a convolution.
     */
    private final Map<String, byte[]> matches = new java.util.HashMap<>();
    /** Per label, whether it labels each candidate (0 unknown, 1 yes, 2 no): every pass asks again. */
    private final Map<String, byte[]> labelled = new java.util.HashMap<>();
    /** The states of a decision cached per candidate. */
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** Each label, normalised once for all documents. */
    private static final Map<String, String> WANTED_LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each label's patterns, compiled once for all documents. */
    private static final Map<String, Pattern[]> LABEL_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of Optional<…> can only be made raw
    private Locator(List<Candidate> candidates) {
        this.candidates = candidates;
        this.claimed = new boolean[candidates.size()];
        this.anyValues = new Optional[candidates.size()];
        this.integralValues = new Optional[candidates.size()];
        this.contexts = new String[candidates.size()];
    }

    /** The answer sheet of one document. */
    static AnswerSheet locate(Document document, SheetSpec spec, List<String> notes) {
        return new Locator(Candidates.of(document)).run(document, spec, notes);
    }

    private AnswerSheet run(Document document, SheetSpec spec, List<String> notes) {
        Map<String, List<int[]>> sections = Sections.of(document, spec.questions());
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> sheetNotes = new ArrayList<>(notes);
        for (SheetSpec.QuestionSpec question : spec.questions()) {
            List<SheetSpec.PartSpec> parts = spec.parts().stream()
                    .filter(part -> part.questionId().equals(question.id()) && part.graded()).toList();
            if (parts.isEmpty()) {
                continue;
            }
            List<int[]> ranges = sections.get(question.id());
            List<Candidate> inSection;
            boolean wholeDocument = ranges == null;
            if (wholeDocument) {
                inSection = candidates;
                sheetNotes.add("no heading for question " + question.id() + " was found; its answers were looked for"
                        + " in the whole document");
            } else {
                inSection = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    for (int[] range : ranges) {
                        if (candidate.lineIndex() >= range[0] && candidate.lineIndex() < range[1]) {
                            inSection.add(candidate);
                            break;
                        }
                    }
                }
            }
            assign(document, parts, inSection, answers, wholeDocument);
        }
        String team = team(document).orElse("");
        return new AnswerSheet(team, members(document), document.source(), Optional.empty(),
                Table.ordered(answers, spec), sheetNotes);
    }

    /**
     * Assigns the candidates of a section (or of the whole document) to the parts without an answer,
     * step by step, each step a method of its own (one loop nest each, so that the JIT compiles them
     * apart rather than all of them per loop).
     */
    private void assign(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers, boolean wholeDocument) {
        byLabel(document, parts, section, answers);
        byMatch(document, parts, section, answers);
        if (wholeDocument) {
            return; // Closeness and position mean little across a whole document.
        }
        byCloseness(document, parts, section, answers);
        byLabelAnyShape(document, parts, section, answers);
        byShapeInOrder(document, parts, section, answers);
    }

    /**
     * Labelled: first a candidate that matches a target (or passes the check), then one of the
     * reference's shape; labels in the rubric's order.
     */
    private void byLabel(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : parts) {
            if (answers.containsKey(part.id())) {
                continue;
            }
            Candidate chosen = labelled(part, section,
                    candidate -> matchesTarget(candidate, part) && sameShape(candidate, part));
            if (chosen == null) {
                chosen = labelled(part, section, candidate -> sameShape(candidate, part));
            }
            if (chosen != null) {
                take(document, part, chosen, FoundBy.LABEL, answers);
            }
        }
    }

    /** A candidate that matches the reference, a variant or the check: the first such. */
    private void byMatch(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : parts) {
            if (answers.containsKey(part.id())) {
                continue;
            }
            for (Candidate candidate : section) {
                if (!claimed[candidate.order()] && matchesTarget(candidate, part)) {
                    take(document, part, candidate, FoundBy.BEST_MATCH, answers);
                    break;
                }
            }
        }
    }

    /** The closest of the reference's shape, if more than half its entries are right. */
    private void byCloseness(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : parts) {
            if (answers.containsKey(part.id()) || part.reference().isEmpty()) {
                continue;
            }
            Candidate best = null;
            double bestCloseness = 0.5;
            for (Candidate candidate : section) {
                if (!claimed[candidate.order()] && sameShape(candidate, part)) {
                    double closeness = closeness(candidate, part);
                    if (closeness > bestCloseness) {
                        best = candidate;
                        bestCloseness = closeness;
                    }
                }
            }
            if (best != null) {
                take(document, part, best, FoundBy.BEST_MATCH, answers);
            }
        }
    }

    /**
     * Labelled, whatever its shape (an answer of the wrong shape is still the student's answer); but a
     * result written after it on the same line ("256 × 5 × 5 = 6400") is the answer.
     */
    private void byLabelAnyShape(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : parts) {
            if (answers.containsKey(part.id())) {
                continue;
            }
            Candidate chosen = labelled(part, section, candidate -> true);
            if (chosen == null) {
                continue;
            }
            Candidate result = chosen;
            for (Candidate later : section) {
                if (later.lineIndex() == chosen.lineIndex() && later.order() > chosen.order() && !claimed[later.order()]
                        && sameShape(later, part) && part.reference().isPresent()) {
                    result = later;
                }
            }
            take(document, part, result, FoundBy.LABEL, answers);
        }
    }

    /**
     * For matrix and vector parts still without an answer, the remaining candidates of their shape in
     * reading order, part after part (a table of shapes, one per row); else the last of its kind.
     */
    private void byShapeInOrder(Document document, List<SheetSpec.PartSpec> parts, List<Candidate> section,
            Map<String, Answer> answers) {
        int previous = -1;
        for (SheetSpec.PartSpec part : parts) {
            Answer found = answers.get(part.id());
            if (found != null) {
                previous = Math.max(previous, orderOf(section, found, document));
                continue;
            }
            if (part.reference().isEmpty() || part.reference().get().size() < 2) {
                continue;
            }
            Candidate next = null;
            Candidate last = null;
            for (Candidate candidate : section) {
                if (!claimed[candidate.order()] && sameShape(candidate, part)) {
                    if (next == null && candidate.order() > previous) {
                        next = candidate;
                    }
                    last = candidate;
                }
            }
            Candidate chosen = next != null ? next : last;
            if (chosen != null) {
                take(document, part, chosen, FoundBy.LAST_OF_KIND, answers);
                previous = chosen.order();
            }
        }
    }

    /** The reading-order position of the candidate an answer was taken from. */
    private int orderOf(List<Candidate> section, Answer answer, Document document) {
        for (Candidate candidate : section) {
            Document.Line line = document.lines().get(candidate.lineIndex());
            if (candidate.written().equals(answer.written()) && line.number() == answer.where().line()
                    && line.page() == answer.where().page()) {
                return candidate.order();
            }
        }
        return -1;
    }

    /**
     * The last unclaimed, readable candidate that {@code qualifies}, next to the first of the part's
     * labels that labels any such; null when there is none.
     */
    private Candidate labelled(SheetSpec.PartSpec part, List<Candidate> section,
            java.util.function.Predicate<Candidate> qualifies) {
        for (String label : part.labels()) {
            Candidate found = null;
            for (Candidate candidate : section) {
                if (!claimed[candidate.order()] && labels(candidate, label) && readable(candidate, part)
                        && qualifies.test(candidate)) {
                    found = candidate;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void take(Document document, SheetSpec.PartSpec part, Candidate candidate, FoundBy foundBy,
            Map<String, Answer> answers) {
        claimed[candidate.order()] = true;
        Document.Line line = document.lines().get(candidate.lineIndex());
        String snippet = line.text().strip();
        Where where = Where.line(document.source(), line.page(), line.number(),
                snippet.length() > 160 ? snippet.substring(0, 157) + "…" : snippet);
        answers.put(part.id(), Answer.read(part.id(), candidate.written(), part.expectation(), where, foundBy,
                List.of()));
    }

    private Optional<SheetValue> value(Candidate candidate, SheetSpec.PartSpec part) {
        // In free text the expectation only decides whether "9,216" or "9 216" is a thousand; a
        // candidate without such a group reads the same for every part, so it is read once.
        String written = candidate.written();
        boolean ambiguous = part.expectation().integral() && (written.indexOf(',') >= 0 || written.indexOf(' ') >= 0
                || written.indexOf('\u2009') >= 0);
        Optional<SheetValue>[] values = ambiguous ? integralValues : anyValues;
        Optional<SheetValue> value = values[candidate.order()];
        if (value == null) {
            Parsed parsed = ValueParser.parse(written, ambiguous ? new Expectation(true) : Expectation.ANY);
            value = parsed instanceof Parsed.Value read ? Optional.of(read.value()) : Optional.empty();
            values[candidate.order()] = value;
        }
        return value;
    }

    private boolean readable(Candidate candidate, SheetSpec.PartSpec part) {
        return value(candidate, part).isPresent();
    }

    private boolean matchesTarget(Candidate candidate, SheetSpec.PartSpec part) {
        return decidedOnce(matches, part.id(), candidate, () -> decideMatch(candidate, part));
    }

    private boolean decideMatch(Candidate candidate, SheetSpec.PartSpec part) {
        Optional<SheetValue> value = value(candidate, part);
        if (value.isEmpty()) {
            return false;
        }
        if (part.accepts().isPresent() && part.accepts().get().test(value.get())) {
            return true;
        }
        if (!(value.get() instanceof SheetValue.Numbers numbers)) {
            return false;
        }
        for (Tensor target : part.targets()) {
            if (equal(target, numbers.tensor())) {
                return true;
            }
        }
        return false;
    }

    /** Equal within the matching tolerance; a single entry equals that number. */
    static boolean equal(Tensor target, Tensor value) {
        if (target.isSingle() && value.isSingle()) {
            return MATCH.accepts(target.item(), value.item());
        }
        return MATCH.accepts(target, value);
    }

    private boolean sameShape(Candidate candidate, SheetSpec.PartSpec part) {
        if (part.reference().isEmpty()) {
            return true;
        }
        Optional<SheetValue> value = value(candidate, part);
        if (value.isEmpty() || !(value.get() instanceof SheetValue.Numbers numbers)) {
            return false;
        }
        Tensor reference = part.reference().get();
        return java.util.Arrays.equals(reference.shape(), numbers.tensor().shape())
                || reference.isSingle() && numbers.tensor().isSingle();
    }

    /** The fraction of entries within tolerance of the reference (same shape assumed). */
    private double closeness(Candidate candidate, SheetSpec.PartSpec part) {
        Tensor reference = part.reference().orElseThrow();
        Tensor value = ((SheetValue.Numbers) value(candidate, part).orElseThrow()).tensor();
        if (reference.size() != value.size()) {
            return 0;
        }
        int close = 0;
        for (int i = 0; i < reference.size(); i++) {
            if (MATCH.accepts(reference.valueAt(i), value.valueAt(i))) {
                close++;
            }
        }
        return reference.size() == 1 ? 0 : (double) close / reference.size();
    }

    /** Whether {@code label} stands right before the candidate ({@code Z =}), or a phrase label near it. */
    boolean labels(Candidate candidate, String label) {
        return decidedOnce(labelled, label, candidate, () -> decideLabel(candidate, label));
    }

    /**
     * The decision about {@code candidate} kept in {@code decisions} under {@code key}, made on first
     * asking.
     */
    private boolean decidedOnce(Map<String, byte[]> decisions, String key, Candidate candidate,
            java.util.function.BooleanSupplier decide) {
        byte[] decided = decisions.computeIfAbsent(key, unused -> new byte[candidates.size()]);
        if (decided[candidate.order()] == UNKNOWN) {
            decided[candidate.order()] = decide.getAsBoolean() ? YES : NO;
        }
        return decided[candidate.order()] == YES;
    }

    private boolean decideLabel(Candidate candidate, String label) {
        String context = contexts[candidate.order()];
        if (context == null) {
            context = normalize(candidate.context());
            contexts[candidate.order()] = context;
        }
        String wanted = WANTED_LABELS.computeIfAbsent(label, key -> LABEL_END.matcher(normalize(key)).replaceAll(""));
        if (wanted.isEmpty() || !context.contains(wanted)) {
            return false; // Every way a label can match needs its text in the context.
        }
        Pattern[] patterns = LABEL_PATTERNS.computeIfAbsent(wanted, key -> new Pattern[] {
            Pattern.compile("(?:^|[^\\p{L}\\p{N}_'′])" + Pattern.quote(key)
                    + "\\s*(?:[=:≈]|\\\\approx|→)?\\s*(?:[=:≈]\\s*)?$"),
            Pattern.compile("(?:^|[^\\p{L}\\p{N}_'′])" + Pattern.quote(key) + "(?:$|[^\\p{L}\\p{N}_'′])")});
        String sameLine = context.substring(context.lastIndexOf('\n') + 1);
        if (patterns[0].matcher(sameLine.strip()).find()) {
            return true;
        }
        if (wanted.contains(" ")) {
            return context.contains(wanted);
        }
        // A matrix that opens its line takes a label word from the line before ("Final pooled output:").
        String previous = context.substring(0, Math.max(context.lastIndexOf('\n'), 0)).strip();
        boolean matrix = candidate.written().startsWith("[") || candidate.written().startsWith("\\begin");
        return matrix && sameLine.isBlank() && patterns[1].matcher(previous).find();
    }

    /** Lower case, LaTeX symbols as their characters, formatting commands and math delimiters removed. */
    static String normalize(String text) {
        String normalized = text;
        // Each rewriting below needs one of these characters.
        if (Characters.containsAny(text, "\\$*{}′’")) {
            normalized = normalized.replace("\\sigma", "σ").replace("\\prime", "'").replace("^{\\prime}", "'")
                    .replace("′", "'").replace("’", "'").replace("\\approx", "≈").replace("\\to", "→")
                    .replace("\\rightarrow", "→").replace("\\Rightarrow", "→").replace("\\quad", " ")
                    .replace("\\left", "").replace("\\right", "");
            normalized = FORMATTING.matcher(normalized).replaceAll("$1");
            normalized = COMMAND.matcher(normalized).replaceAll(" ").replace("$", " ").replace("{", "")
                    .replace("}", "").replace("*", " ");
        }
        if (normalized.contains("  ") || normalized.indexOf('\t') >= 0) {
            normalized = BLANKS.matcher(normalized).replaceAll(" ");
        }
        return normalized.toLowerCase(Locale.ROOT);
    }

    private static Optional<String> team(Document document) {
        for (Document.Line line : document.lines().subList(0, Math.min(40, document.lines().size()))) {
            Matcher matcher = TEAM.matcher(line.text().replace("*", "").strip());
            if (matcher.matches() && !matcher.group(1).isBlank()) {
                return Optional.of(matcher.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> members(Document document) {
        for (Document.Line line : document.lines().subList(0, Math.min(40, document.lines().size()))) {
            Matcher named = MEMBERS_LINE.matcher(line.text());
            String text = named.matches() ? named.group(1) : line.text();
            List<String> people = new ArrayList<>();
            Matcher person = PERSON.matcher(text);
            while (person.find()) {
                people.add(person.group(1).strip());
            }
            if (!people.isEmpty()) {
                return people;
            }
        }
        return List.of();
    }
}
