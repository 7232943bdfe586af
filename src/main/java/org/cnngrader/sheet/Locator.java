package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cnngrader.engine.Tensor;
import org.cnngrader.engine.Tolerance;

/**
 * Finds each part's answer in a free-form document (DESIGN.md §5). Each question owns a region of
 * the document ({@link Regions}); within it a part takes, in this order:
 * <ol>
 *   <li>the value next to one of its labels ({@code S =}, "before activation"), of the reference's
 *       shape if there is one, else of its kind, else any: a wrong-shaped answer is still the
 *       student's answer ({@link FoundBy#LABEL});
 *   <li>for a layer of a network, the value on the row of a list or table that names the layer
 *       ({@code conv3: 384 × 13 × 13}) ({@link FoundBy#LABEL}), or the row at the layer's place in a
 *       list of every layer ({@link FoundBy#ORDER});
 *   <li>the value that matches the reference or an accepted variant, or passes the check
 *       ({@link FoundBy#MATCH});
 *   <li>the n-th value of its kind for the region's n-th such part, whatever its shape, values a
 *       document names ({@code Z =}) before others ({@link FoundBy#ORDER}).
 * </ol>
 * A mistake variant never takes an answer: only a label, a place or the right value do. In a
 * worked computation ({@code 9,600 + 9,728 = 19,328}) the result is the answer, never a term. A
 * part with no answer in its region takes one next to its label elsewhere ({@link FoundBy#OUTSIDE}).
 * The title block, headings, team line, running headers and footers and page numbers never give
 * answers.
 */
final class Locator {

    /**
     * How close values the problem gives (a restated matrix, the network's shapes) must be to count as the same;
     * a candidate matches a part's target within the part's own tolerance.
     */
    private static final Tolerance MATCH = Tolerance.DEFAULT;

    /** A name a document gives the value after it: {@code Z =}, {@code A_{same} :=}. */
    private static final Pattern DEFINED_NAME = Pattern.compile("([A-Za-z][A-Za-z0-9_']{0,11})\\s*:?=\\s*$");
    private final Document document;
    private final SheetSpec spec;
    private final Regions regions;
    /** The document's candidates, in reading order: a candidate's order is its index. */
    private final List<Candidate> candidates;
    /** The worked computations among the candidates: which are terms, and the result each comes to. */
    private final Computations computations;
    /** The rows of the document's lists and tables of layers: which layer each names, and how. */
    private final LayerRows layerRows;
    /** How each candidate was taken by a part, null while no part has taken it. */
    private final FoundBy[] claimedBy;
    /** Each candidate's value as free text reads it, whatever is asked; read once. */
    private final Optional<SheetValue>[] anyValues;
    /** Per expectation of a whole number or whole numbers, each candidate's value read with it; read once. */
    private final Map<Expectation, Optional<SheetValue>[]> integralValues = new HashMap<>();
    /** Per formula part, each candidate's value read in its symbols; read once. */
    private final Map<String, Optional<SheetValue>[]> formulaValues = new HashMap<>();
    /** Each candidate's context, normalised. */
    private final PerCandidate contexts;
    /** The last line with words before each candidate's, normalised. */
    private final PerCandidate previousTexts;
    /** Per candidate, what names it on the line below ("W_1" of "That matrix is W_1"), or "". */
    private final PerCandidate namesBelow;
    /** Per candidate, the header over its cell in a table with its answers as columns, normalised, or "". */
    private final PerCandidate headersOver;
    /** Per candidate opening its line, the label of any part named after it there ("b1" of "[0, -1] is b_1."), or "". */
    private final PerCandidate namesAfter;
    /** Per part id, whether each candidate matches its targets or check: decided once, as a check evaluates a convolution. */
    private final Map<String, byte[]> matches = new HashMap<>();
    /** Per label, whether it labels each candidate. */
    private final Map<String, byte[]> labelled = new HashMap<>();
    /** The candidate each answer was taken from, by part id. */
    private final Map<String, Candidate> takenFrom = new HashMap<>();
    /** The lines an answer was read from cell by cell, no candidate its value ({@link #bySideColumns}). */
    private final Set<Integer> readByCells = new HashSet<>();
    /** The states of a decision cached per candidate. */
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** Each label's patterns, compiled once for all documents. */
    private static final Map<String, Pattern[]> LABEL_PATTERNS = new ConcurrentHashMap<>();
    /** {@link #labelAfter}'s patterns, by label. */
    private static final Map<String, Pattern> LABELS_AFTER = new ConcurrentHashMap<>();

    /** Every part's labels as {@link PartNames#wanted} looks for them: another's after a value names it. */
    private final List<String> otherLabels;
    /** The values taken by their labels, in the order they were taken. */
    private final List<LabelTaken> takenByLabel = new ArrayList<>();

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of Optional<…> can only be made raw
    private Locator(Document document, SheetSpec spec) {
        this.document = document;
        this.spec = spec;
        this.regions = Regions.of(document, spec.questions());
        this.candidates = Candidates.of(document, formulaSymbols(spec));
        this.computations = new Computations(document, candidates);
        this.layerRows = new LayerRows(document, spec, regions);
        this.claimedBy = new FoundBy[candidates.size()];
        this.anyValues = new Optional[candidates.size()];
        this.contexts = new PerCandidate(candidates.size(), candidate -> PartNames.normalize(candidate.context()));
        this.previousTexts = new PerCandidate(candidates.size(), this::findPreviousText);
        this.namesBelow = new PerCandidate(candidates.size(), this::findNameBelow);
        this.headersOver = new PerCandidate(candidates.size(), candidate -> ColumnHeaders.over(document.lines(),
                candidate.lineIndex(), candidate.column()).map(header -> PartNames.normalize(header).strip())
                .orElse(""));
        this.namesAfter = new PerCandidate(candidates.size(), this::findNameAfter);
        this.otherLabels = spec.parts().stream().flatMap(part -> part.labels().stream()).map(PartNames::wanted)
                .filter(label -> !label.isEmpty()).distinct().toList();
    }

    /** The symbols of the rubric's formula parts, each once, in the rubric's order. */
    private static List<String> formulaSymbols(SheetSpec spec) {
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        for (SheetSpec.PartSpec part : spec.parts()) {
            if (part.graded()) {
                symbols.addAll(part.symbols());
            }
        }
        return List.copyOf(symbols);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of Optional<…> can only be made raw
    private Optional<SheetValue>[] newValues() {
        return new Optional[candidates.size()];
    }

    /** The answer sheet of one document. */
    static AnswerSheet locate(Document document, SheetSpec spec, List<String> notes) {
        return new Locator(document, spec).run(notes);
    }

    private AnswerSheet run(List<String> notes) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> sheetNotes = new ArrayList<>(notes);
        Map<String, AnswerSheet.Unheaded> unheaded = new HashMap<>();
        if (!regions.anyHeading()) {
            sheetNotes.add("no question's heading was found: every answer was looked for in the whole document");
        }
        for (SheetSpec.QuestionSpec question : spec.questions()) {
            List<SheetSpec.PartSpec> parts = new ArrayList<>();
            for (SheetSpec.PartSpec part : spec.parts()) {
                if (part.questionId().equals(question.id()) && part.graded()) {
                    parts.add(part);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            Regions.Region region = regions.region(question.id());
            if (!regions.anyHeading()) {
                unheaded.put(question.id(), AnswerSheet.Unheaded.NONE_IN_DOCUMENT);
            } else if (!region.headed()) {
                sheetNotes.add("no heading for question " + question.id() + " was found: its answers were looked for"
                        + " between the headings of the questions around it");
                unheaded.put(question.id(), AnswerSheet.Unheaded.NOT_FOUND);
                region.outOfOrder().ifPresent(outOfOrder -> {
                    int line = document.lines().get(outOfOrder.line()).number();
                    sheetNotes.add(outOfOrder.questionId().equals(question.id())
                            ? "line " + line + " may head question " + question.id()
                                    + " but lies out of the rubric's order; its answers there were not read"
                            : "question " + outOfOrder.questionId() + ", next to question " + question.id()
                                    + " in the rubric, may be headed at line " + line + ", out of the rubric's order;"
                                    + " answers of question " + question.id() + " beside it were not read");
                    unheaded.put(question.id(), AnswerSheet.Unheaded.OUT_OF_ORDER);
                });
            }
            if (region.headed()) {
                region.outOfOrder().ifPresent(outOfOrder -> sheetNotes.add("question " + question.id() + " is headed"
                        + " at " + at(outOfOrder.line()) + ", out of the rubric's order: its answers were read under"
                        + " that heading"));
            }
            if (!region.sharedWith().isEmpty()) {
                unheaded.put(question.id(), AnswerSheet.Unheaded.SHARED);
            }
            List<Candidate> section = new ArrayList<>();
            List<Candidate> body = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (region.contains(candidate.lineIndex()) && eligible(candidate)) {
                    section.add(candidate);
                    if (!regions.inTitleBlock(candidate.lineIndex())) {
                        body.add(candidate);
                    }
                }
            }
            Found found = new Found(question, region, answers, partItems(region, question));
            byColumn(parts, section, found);
            byLabel(parts, section, found);
            byLayerName(parts, body, found);
            bySideColumns(parts, body, found);
            byLayerAlignment(parts, body, found);
            matrixInWords(parts, region, found);
            inFootnote(parts, region, found);
            // A guess is taken from the solution, never from the problem restated above it: "there are 12 feature
            // maps" is no answer to the depth, whatever the solution says.
            List<Candidate> solution = afterSolutionMark(region, body);
            solution = beforeFinalAnswerMarks(solution);
            byMatch(parts, solution, found);
            if (region.headed() || regions.anyHeading()) {
                byOrder(toldApartByOrder(parts, region), solution, found);
            }
            inWords(parts, region, found);
            itemInWords(parts, found);
        }
        if (regions.anyHeading()) {
            outside(answers, unheaded);
        }
        Map<String, Answer> yesOrNo = yesOrNoForANumber(answers);
        unreadAfterLabel(answers);
        unreadOfItsShape(answers);
        unreadInProse(answers);
        unreadInWords(answers);
        yesOrNo.forEach((part, answer) -> answers.computeIfAbsent(part, unread -> {
            String quoted = Excerpt.quoted(answer.written());
            return Answer.unread(part, answer.written(), answer.where(), answer.foundBy(), quoted + " answers it"
                    + " with a yes or no: give it in numbers", quoted + " answers it with a yes or no, not in numbers");
        }));
        Map<String, List<Where>> valuesLeft = valuesLeft(answers, unheaded);
        // Once every part has taken its value: another value a part's label names, and no part took, is a rival.
        for (LabelTaken taken : takenByLabel) {
            otherLabelledValue(taken).ifPresent(rival -> answers.put(
                    taken.part().id(), answers.get(taken.part().id()).doubted(rival)));
        }
        // For an answer nothing else put in doubt: the problem restated where it was read, a correction further down.
        takenFrom.forEach((part, candidate) -> {
            Answer answer = answers.get(part);
            if (answer != null && answer.doubt().isEmpty()) {
                restatesTheProblem(candidate).or(() -> spec.part(part).flatMap(its -> correctedLater(its, candidate)))
                        .or(() -> transposed(answer, candidate))
                        .ifPresent(doubt -> answers.put(part, answer.doubted(doubt)));
            }
        });
        String team = TeamLines.team(document).orElse("");
        boundary(team).ifPresent(boundary -> takenFrom.forEach((part, candidate) -> {
            Answer answer = answers.get(part);
            if (candidate.lineIndex() > boundary.lineIndex() && answer != null && answer.doubt().isEmpty()) {
                answers.put(part, answer.doubted(boundary.reason()));
            }
        }));
        return new AnswerSheet(team, TeamLines.members(document), document.source(), Optional.empty(),
                Table.ordered(answers, spec), sheetNotes, unheaded, valuesLeft);
    }

    /**
     * By question, where values stand in the lines it was read in (its region) that no part took: its answers may be
     * there, under a heading not recognised or in a form no answer was read from (prose percentages, a matrix whose
     * rows a PDF set apart, {@code le pas vaut 2} beside a padding read from the same line), so a part of it still
     * missing is for a person to look at. On a line a part took a value from, the terms of a computation are no value
     * left. A question whose lines hold no such value was likely left unanswered. A question headed out of order was
     * not read there. A number in words no part read counts while a part asking for a whole number is not found
     * ({@code K = […] applied every two pixels}: the stride was missing, unflagged), and a yes or no in a sentence
     * while a part asking for one is ({@code Das Neuron sieht das Auge nicht.}).
     */
    private Map<String, List<Where>> valuesLeft(Map<String, Answer> answers,
            Map<String, AnswerSheet.Unheaded> unheaded) {
        Set<Integer> takenLines = new HashSet<>();
        takenFrom.values().forEach(candidate -> takenLines.add(candidate.lineIndex()));
        takenLines.addAll(readByCells);
        Map<String, List<Where>> left = new HashMap<>();
        for (SheetSpec.QuestionSpec question : spec.questions()) {
            if (unheaded.get(question.id()) == AnswerSheet.Unheaded.OUT_OF_ORDER
                    || !regions.region(question.id()).headed() && !unheaded.containsKey(question.id())) {
                continue;
            }
            Regions.Region region = regions.region(question.id());
            // A value a part took by its place alone may be the missing part's answer.
            // So may one no part took in a row that opens with the question's number, wherever it stands: a final
            // table of answers ("2.1 | depth (layer 2) | 64").
            Stream<Integer> valueLines = candidates.stream()
                    .filter(candidate -> region.contains(candidate.lineIndex())
                            && eligible(candidate) && (!takenLines.contains(candidate.lineIndex())
                                    || !claimed(candidate) && !computations.isTerm(candidate)
                                    || claimedBy[candidate.order()] == FoundBy.ORDER)
                            || !claimed(candidate) && inRowOf(candidate, question.id()) && eligible(candidate))
                    .map(Candidate::lineIndex);
            List<Where> places = Stream.of(valueLines, oversized(region).stream(),
                    numbersInWordsLeft(question, region, answers).stream(),
                    yesOrNoInWordsLeft(question, region, answers).stream())
                    .flatMap(lines -> lines).distinct().sorted().map(this::where).toList();
            if (!places.isEmpty()) {
                left.put(question.id(), places);
            }
        }
        return left;
    }

    /**
     * The lines in a region of values taken with more entries than their parts ask for: one may have run on into the
     * next answer ({@code Y2 =} over its rows, a blank line, Y3's rows: a 6×3 Y2, and Y3 missing, unflagged).
     */
    private List<Integer> oversized(Regions.Region region) {
        List<Integer> lines = new ArrayList<>();
        takenFrom.forEach((id, candidate) -> {
            SheetSpec.PartSpec part = spec.part(id).orElseThrow();
            if (region.contains(candidate.lineIndex()) && part.reference().isPresent()
                    && value(candidate, part).orElse(null) instanceof SheetValue.Numbers numbers
                    && numbers.tensor().size() > part.reference().get().size()) {
                lines.add(candidate.lineIndex());
            }
        });
        return lines;
    }

    /**
     * The lines of a question's region giving a number in words that no answer was read from, if a part of it asking
     * for a whole number was not found: its answer may be said so without its label ("applied every two pixels").
     */
    private List<Integer> numbersInWordsLeft(SheetSpec.QuestionSpec question, Regions.Region region,
            Map<String, Answer> answers) {
        boolean wholeNumberMissing = spec.parts().stream().anyMatch(part -> part.graded()
                && part.questionId().equals(question.id()) && asksForAWholeNumber(part)
                && !answers.containsKey(part.id()));
        if (!wholeNumberMissing) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        for (int index = region.start(); index < region.end(); index++) {
            Document.Line line = document.lines().get(index);
            if (regions.inTitleBlock(index)) {
                continue;
            }
            Matcher word = WORD.matcher(line.text());
            while (word.find()) {
                if (ValueSyntax.numberWord(word.group()).isPresent() && !readFrom(word.group(), line, answers)) {
                    lines.add(index);
                    break;
                }
            }
        }
        return lines;
    }

    /**
     * The lines of a question's headed region, past a mark of the solution, that say yes or no in a sentence no answer
     * was read from ({@code Das Neuron sieht das Auge nicht.}), if a part of it asking for a yes or no was not found:
     * its answer may be said so without its label. A question ("Does the neuron see the eye?") says neither.
     */
    private List<Integer> yesOrNoInWordsLeft(SheetSpec.QuestionSpec question, Regions.Region region,
            Map<String, Answer> answers) {
        boolean yesOrNoMissing = spec.parts().stream().anyMatch(part -> part.graded()
                && part.questionId().equals(question.id()) && part.kind() == SheetSpec.ValueKind.TRUTH
                && !answers.containsKey(part.id()));
        if (!yesOrNoMissing || !region.headed()) {
            return List.of();
        }
        int solution = solutionMark(region).orElse(region.start());
        List<Integer> lines = new ArrayList<>();
        for (int index : answerLines(region)) {
            Document.Line line = document.lines().get(index);
            String text = wordsOf(index);
            if (index >= solution && !text.endsWith("?") && SAYS_YES_OR_NO.matcher(text).find()
                    && readOn(line, answers).findAny().isEmpty()) {
                lines.add(index);
            }
        }
        return lines;
    }

    /** A word saying yes or no in a sentence: a denial ({@link #DENIAL}) or a yes. */
    private static final Pattern SAYS_YES_OR_NO = Pattern.compile(ProsePatterns.DENIAL_WORDS + "|(?<!\\p{L})(?:"
            + String.join("|", ValueSyntax.YES_WORDS) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether an answer was read from {@code word} on {@code line}: its words are no value left. */
    private static boolean readFrom(String word, Document.Line line, Map<String, Answer> answers) {
        return readOn(line, answers).anyMatch(answer
                -> answer.written().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)));
    }

    /** The answers read on {@code line}. */
    private static Stream<Answer> readOn(Document.Line line, Map<String, Answer> answers) {
        return answers.values().stream().filter(answer -> answer.where().page() == line.page()
                && answer.where().line() == line.number());
    }

    /**
     * The parts whose values their place in the region tells apart: all, unless the question shares its heading with
     * others ("2.3 and 2.4"); then only those of a kind no other of them asks for, since the n-th count under "2.3 and
     * 2.4" may be either's. Read by their place, 2.4's counts were given to 2.3's parts and 2.4's went missing.
     */
    private List<SheetSpec.PartSpec> toldApartByOrder(List<SheetSpec.PartSpec> parts, Regions.Region region) {
        Set<SheetSpec.ValueKind> othersKinds = new HashSet<>();
        for (SheetSpec.PartSpec other : spec.parts()) {
            if (other.graded() && region.sharedWith().contains(other.questionId())) {
                othersKinds.add(other.kind());
            }
        }
        return parts.stream().filter(part -> !othersKinds.contains(part.kind())).toList();
    }

    /**
     * A whole number a part's label gives in words, for a part no number was found for: "padding: none" and
     * "stride: two" on a line of their own; "a stride of two" and "no padding" in a sentence of the question's own
     * headed region, in doubt, since the problem restated may say so too ("assume no padding"). Without it such a part
     * was missing, unflagged.
     */
    private void inWords(List<SheetSpec.PartSpec> parts, Regions.Region region, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.answers().containsKey(part.id()) || !asksForAWholeNumber(part)) {
                continue;
            }
            List<LabelInWords> labels = part.labels().stream().filter(PartNames::ofWords)
                    .map(LabelInWords::of).toList();
            for (int index = region.start(); index < region.end() && !labels.isEmpty(); index++) {
                if (regions.inTitleBlock(index)) {
                    continue;
                }
                Document.Line line = document.lines().get(index);
                String text = line.text().replace("*", "").replace("_", " ").strip();
                Optional<Answer> answer = labels.stream()
                        .map(label -> label.answer(part, text, region.headed(), line, document.source()))
                        .flatMap(Optional::stream).findFirst();
                if (answer.isPresent()) {
                    found.answers().put(part.id(), answer.get());
                    break;
                }
            }
        }
    }

    /**
     * Whether a part asks for one whole number, which words may give ("stride: two", "no padding"): its reference is
     * one, or it is a checked part asking for one number (a stride), which has no reference to say it is whole.
     */
    private static boolean asksForAWholeNumber(SheetSpec.PartSpec part) {
        Expectation expectation = part.expectation();
        return expectation.rank() == 0 && (expectation.integral() || part.reference().isEmpty());
    }

    /**
     * A matrix of one value throughout, its size and its entries' value given in words on a line naming the part by a
     * label: "a 2x2 kernel with values 1/4", "Kernel size 2 × 2 pixels, weights ¼ each", "2 × 2 kernel where all
     * entries are 0.25", "2 × 2 with 0.25 in each entry", "a 2×2 kernel filled with 1/4". The value comes after the
     * size, and after a word for the entries with nothing but a few linking words between, or after "with" and before
     * "in each entry" ("weights summing to 1", "with 9 weights" give none). Read as that matrix and in doubt, for a
     * person to confirm. Before, such a kernel was missing, unflagged, or read as its size alone (a kernel "2 × 2",
     * graded incorrect): a size read by the label from the same line gives way.
     */
    private void matrixInWords(List<SheetSpec.PartSpec> parts, Regions.Region region, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            // A label of one or two letters ("A", "K") is an article or a symbol in a sentence.
            List<Pattern> labels = part.labels().stream()
                    .filter(label -> PartNames.ofWords(label) && label.length() >= 3)
                    .map(PartNames::asWord).toList();
            if (part.kind() != SheetSpec.ValueKind.MATRIX || labels.isEmpty()) {
                continue;
            }
            Answer taken = found.answers().get(part.id());
            for (int index : answerLines(region)) {
                Document.Line line = document.lines().get(index);
                String text = line.text().replace("*", "");
                Optional<Matcher> given = MATRIX_IN_WORDS.stream().map(pattern -> pattern.matcher(text))
                        .filter(Matcher::find).findFirst();
                if (given.isEmpty()
                        || labels.stream().noneMatch(label -> namesTheSize(label.matcher(text), given.get()))) {
                    continue;
                }
                Matcher words = given.get();
                int rows = Integer.parseInt(words.group(1));
                int columns = Integer.parseInt(words.group(2));
                boolean sizeTaken = taken != null && taken.where().line() == line.number()
                        && taken.where().page() == line.page()
                        && taken.value().equals(Optional.of(new SheetValue.Numbers(Tensor.vector(rows, columns))));
                if (taken != null && !sizeTaken || rows < 1 || columns < 1 || rows > 12 || columns > 12) {
                    break;
                }
                int at = index;
                Optional<Candidate> writtenOut = candidates.stream().filter(candidate -> candidate.lineIndex() == at
                        && eligible(candidate) && sameKind(candidate, part)).findFirst();
                if (writtenOut.isPresent()) {
                    // A matrix written out on the line is the team's answer, whatever words stand beside it; the size
                    // read before it gives way ("kernel  2 × 2, every weight 1/4: [[0.25, 0.25], [0.25, 0.25]]").
                    if (sizeTaken) {
                        take(part, writtenOut.get(), FoundBy.LABEL, found, List.of());
                    }
                    break;
                }
                String entry = words.group(3);
                String row = "[" + String.join(", ", Collections.nCopies(columns, entry)) + "]";
                String matrix = "[" + String.join(", ", Collections.nCopies(rows, row)) + "]";
                Answer answer = Answer.read(part.id(), matrix, part.expectation(), where(index), FoundBy.LABEL,
                        List.of());
                String said = words.group().strip();
                // "one quarter (1/4": the parenthesis the value opens closes after it.
                said += said.chars().filter(character -> character == '(').count()
                        > said.chars().filter(character -> character == ')').count() ? ")" : "";
                found.answers().put(part.id(), answer.doubted("read from the words '" + said
                        + "' (line " + line.number() + ") as a " + rows + " × " + columns + " matrix of " + entry
                        + " throughout: check it is the team's answer"));
                break;
            }
        }
    }

    /**
     * For each part still without an answer, the footnotes marked in its question's region: one its label points to
     * ({@link #pointedTo}), or else one that names it ({@link #namedIn}). A footnote's text is read nowhere else (it is
     * the document's furniture): after a value, a footnote is a remark on it ({@code conv1: 96 × 54 × 54¹}), no
     * answer.
     */
    private void inFootnote(List<SheetSpec.PartSpec> parts, Regions.Region region, Found found) {
        List<Document.Footnote> footnotes = document.footnotes().stream()
                .filter(footnote -> region.contains(footnote.markedLine())).toList();
        if (footnotes.isEmpty()) {
            return;
        }
        BitSet footnoteLines = new BitSet();
        footnotes.forEach(footnote -> footnoteLines.set(footnote.start(), footnote.end()));
        List<Candidate> inFootnotes = candidates.stream().filter(candidate -> footnoteLines.get(
                candidate.lineIndex())).toList();
        for (SheetSpec.PartSpec part : parts) {
            if (!found.has(part)) {
                pointedTo(part, footnotes, inFootnotes, found);
            }
            if (!found.has(part)) {
                namedIn(part, footnotes, inFootnotes, found);
            }
        }
    }

    /**
     * The part's label opening a line that gives no answer but a footnote's mark ({@code Stride: see the footnote.¹}):
     * the team answered in the footnote. Its first value of the part's kind is the answer, noted; a second one doubts
     * it. A footnote without one leaves the part unread, to review.
     */
    private void pointedTo(SheetSpec.PartSpec part, List<Document.Footnote> footnotes, List<Candidate> inFootnotes,
            Found found) {
        List<Pattern> labels = PartNames.labelOpeningLine(part);
        for (Document.Footnote footnote : footnotes) {
            int index = footnote.markedLine();
            String text = wordsOf(index);
            Optional<Matcher> label = labels.stream().map(pattern -> pattern.matcher(text)).filter(Matcher::lookingAt)
                    .findFirst();
            if (regions.furniture(index) || regions.inTitleBlock(index) || label.isEmpty()
                    || writesAnAnswer(part, text.substring(label.get().end()))) {
                continue;
            }
            List<Candidate> given = inFootnotes.stream().filter(candidate -> footnote.holds(candidate.lineIndex())
                    && sameKind(candidate, part)).toList();
            String named = "footnote " + footnote.mark();
            if (given.isEmpty()) {
                found.answers().put(part.id(), Answer.unread(part.id(), text, where(index), FoundBy.LABEL,
                        "its label points to " + named + ", where no answer of the part's kind was read",
                        "its label on " + at(index) + " points to " + named + " (" + at(footnote.start())
                                + "), where no answer of the part's kind was read"));
                return;
            }
            take(part, given.get(0), FoundBy.LABEL, found, List.of("read from " + named + " (" + at(given.get(0)
                    .lineIndex()) + "), whose mark stands after its label on " + at(index)));
            if (given.size() > 1) {
                found.answers().put(part.id(), found.answers().get(part.id()).doubted(named + " gives "
                        + Excerpt.quoted(given.get(0).written()) + " and then " + Excerpt.quoted(given.get(1)
                                .written())));
            }
            return;
        }
    }

    /**
     * A value the part's label or its layer's name gives in a footnote ({@code ¹ Conv2 is 256 × 27 × 27 in the
     * paper}), no label pointing to it: taken, doubted, as it may be the team's answer or a remark.
     */
    private void namedIn(SheetSpec.PartSpec part, List<Document.Footnote> footnotes, List<Candidate> inFootnotes,
            Found found) {
        Candidate named = Optional.ofNullable(labelled(part, inFootnotes, candidate -> sameKind(candidate, part)))
                .orElseGet(() -> inFootnotes.stream().filter(candidate -> part.layer().isPresent()
                        && !claimed(candidate) && sameKind(candidate, part)
                        && layerRows.namesLayer(candidate, part.layer().get())).findFirst().orElse(null));
        if (named != null) {
            String mark = footnotes.stream().filter(footnote -> footnote.holds(named.lineIndex())).findFirst()
                    .orElseThrow().mark();
            take(part, named, FoundBy.LABEL, found, List.of());
            found.answers().put(part.id(), found.answers().get(part.id()).doubted("read from footnote " + mark + " ("
                    + at(named.lineIndex()) + "), which names it there, but no label of the part points to it: check"
                    + " it is the team's answer, not a remark"));
        }
    }

    /**
     * Whether the label names the size the words give: it stands right after the size ("a 2x2 kernel with values 1/4")
     * or shortly before it ("Kernel size 2 × 2 …", "The kernel is a 2 by 2 matrix …"). A label further away is another
     * clause's word: "2 × 2 average pooling is a convolution with every weight ¼" gives no matrix to a part labelled
     * "pooling", nor "we get the same result by taking a 2x2 kernel …" to one labelled "same".
     */
    private static boolean namesTheSize(Matcher label, Matcher words) {
        while (label.find()) {
            if (label.start() >= words.end(2) && label.start() - words.end(2) <= 1
                    || label.end() <= words.start() && words.start() - label.end() <= 12) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matrix's size ({@code 2 × 2}, {@code 2x2}, {@code 3 by 3}), then within its sentence its entries' one value:
     * after a word for its entries and a few linking words ("with values 1/4", "weights ¼ each"), after "with" and
     * before "in each entry" or "each" ("with 0.25 in each entry"), or after "filled with".
     */
    private static final List<Pattern> MATRIX_IN_WORDS = matrixInWordsPatterns();

    private static List<Pattern> matrixInWordsPatterns() {
        String size = "(?<![\\d.,/])(\\d{1,2}) ?(?:[×x*]|by) ?(\\d{1,2})(?![\\d.,/]?\\d)[^.;:\\d]{0,60}?";
        String value = "(-?\\d{1,4}(?:\\.\\d{1,6})?(?:/\\d{1,4})?)(?![\\d.,/]?\\d)";
        String entries = "(?:entries|entry|elements?|cells?|positions?|weights?|values?|coefficients?)";
        return List.of(Pattern.compile(size + "\\b" + entries
                + "(?:\\s{0,3}(?:\\b(?:of|are|is|all|equal|to|set|being|each|every|one|a|quarter|fourth)\\b|=|:|\\())*"
                + "\\s{0,3}" + value, Pattern.CASE_INSENSITIVE),
                Pattern.compile(size + "\\bwith\\s{1,3}" + value + "(?:\\s{1,3}(?:in|for|as)\\s{1,3}"
                + "(?:each|every|all)\\s{1,3}(?:of\\s{1,3}(?:its|the)\\s{1,3})?" + entries + "|\\s{1,3}each\\b"
                + "|\\s{1,3}everywhere\\b)", Pattern.CASE_INSENSITIVE),
                Pattern.compile(size + "\\bfilled with\\s{1,3}" + value, Pattern.CASE_INSENSITIVE));
    }

    /**
     * A whole number that a part's own item, in a list answering the parts one by one, gives only in words ("(c)
     * Pooling does not change the number of maps, so there are still twelve of them"): read, in doubt. An item that
     * names several numbers in words ("one per kernel, so twelve") gives no sure one: the part is unreadable, for a
     * person to score. Without it such a part was missing, unflagged.
     */
    private void itemInWords(List<SheetSpec.PartSpec> parts, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            Expectation expectation = part.expectation();
            if (found.has(part) || expectation.rank() != 0
                    || !(expectation.integral() || part.reference().isEmpty())) {
                continue;
            }
            List<Integer> itemLines = found.items().entrySet().stream().filter(owner -> owner.getValue() == part)
                    .map(Map.Entry::getKey).sorted().toList();
            if (itemLines.isEmpty() || candidates.stream().anyMatch(candidate -> itemLines.contains(
                    candidate.lineIndex()) && candidate.form() == Candidate.Form.VALUE)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            int wordLine = -1;
            for (int line : itemLines) {
                Matcher word = WORD.matcher(document.lines().get(line).text());
                while (word.find()) {
                    if (ValueSyntax.numberWord(word.group()).isPresent() && !words.contains(word.group())) {
                        words.add(word.group());
                        wordLine = line;
                    }
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            Where where = where(wordLine);
            String said = words.stream().map(Excerpt::quoted).collect(Collectors.joining(", "));
            found.answers().put(part.id(), words.size() == 1
                    ? Answer.read(part.id(), words.get(0), new Expectation(true, 0), where, FoundBy.ORDER, List.of())
                            .doubted("its item gives it only in words, " + said + " (" + at(wordLine) + "): check"
                                    + " they are the team's answer")
                    : Answer.unread(part.id(), String.join(" ", words), where, FoundBy.ORDER, "the item gives"
                            + " several numbers in words, " + said, "its item gives several numbers in words, " + said
                            + " (" + at(wordLine) + ")"));
        }
    }

    /**
     * For each part still without an answer, its label opening a line of its question's region with text after it
     * that holds a digit ({@code conv1: 96 feature maps of size 55 by 55}, {@code S =} over rows typed {@code row 1: 0
     * 2 0 2}): the student answered, in a way no value could be read from. The part is unreadable, to review, the
     * text quoted; it was missing, unflagged, and graded 0 as if not answered. Text without a digit ("Stride: ___" of
     * a blank template) is no answer.
     */
    private void unreadAfterLabel(Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : missing(answers)) {
            Regions.Region region = regions.region(part.questionId());
            List<Pattern> labels = PartNames.labelOpeningLine(part);
            for (int index : labels.isEmpty() ? List.<Integer>of() : answerLines(region)) {
                // A label opens its line, or an item of a one-line list ("conv1: 96 maps, pool1: 96 maps of 27 by 27").
                String text = "";
                Optional<Matcher> label = Optional.empty();
                for (int item = 0; item < layerRows.itemStarts(index).length && label.isEmpty(); item++) {
                    String itemText = layerRows.itemText(index, item).replace("*", "").strip();
                    label = labels.stream().map(pattern -> pattern.matcher(itemText)).filter(Matcher::lookingAt)
                            .findFirst();
                    text = itemText;
                }
                if (label.isEmpty()) {
                    continue;
                }
                String after = text.substring(label.get().end()).strip();
                int lineOfText = index;
                // "S =" alone on its line: what it labels is on the next line with words.
                for (int next = index + 1; after.isEmpty() && next < Math.min(region.end(), index + 3); next++) {
                    after = wordsOf(next);
                    lineOfText = next;
                }
                if (!writesAnAnswer(part, after)) {
                    continue;
                }
                String quoted = Excerpt.quoted(after);
                Document.Line shown = document.lines().get(lineOfText);
                Where where = Where.line(document.source(), shown.page(), shown.number(),
                        wordsOf(index));
                // The whole text read as one value of the part's very shape ("[[23, 8, (-8), (-23)], …]", whose
                // parenthesised negatives the scanner takes for no list) is the answer the label gives.
                Answer whole = Answer.read(part.id(), after, part.expectation(), where, FoundBy.LABEL,
                        List.of("read from the whole text after its label (" + quoted + ")"));
                if (whole.value().orElse(null) instanceof SheetValue.Numbers numbers && part.reference().isPresent()
                        && numbers.tensor().rank() > 0 && Arrays.equals(numbers.tensor().shape(),
                                part.reference().get().shape())) {
                    answers.put(part.id(), whole);
                    break;
                }
                answers.put(part.id(), Answer.unread(part.id(), after, where, FoundBy.LABEL,
                        "no answer of the part's kind could be read from the text after its label, " + quoted + " ("
                                + at(lineOfText) + ")", "its label stands on " + at(index) + " with " + quoted
                                + " after it, but no answer of the part's kind was read there"));
                break;
            }
        }
    }

    /** The graded parts without an answer yet, in the rubric's order. */
    private List<SheetSpec.PartSpec> missing(Map<String, Answer> answers) {
        return spec.parts().stream().filter(part -> part.graded() && !answers.containsKey(part.id())).toList();
    }

    /** The lines of a region an answer may stand on, past its title block, page furniture and heading. */
    private List<Integer> answerLines(Regions.Region region) {
        return IntStream.range(region.start(), region.end()).filter(index
                -> !regions.inTitleBlock(index) && !regions.furniture(index) && !regions.inHeading(index, 1)).boxed()
                .toList();
    }

    /**
     * Whether the text after a part's label may give its answer: a formula is written in its symbols and signs
     * ({@code B × N × H × W ×}, cut at its line's end); any other answer holds a digit.
     */
    private static boolean writesAnAnswer(SheetSpec.PartSpec part, String after) {
        if (part.kind() == SheetSpec.ValueKind.TRUTH) {
            // A yes or no said in a sentence ("The neuron cannot see the eye.") or a mark, not a blank's filler.
            return (after.codePoints().filter(Character::isLetter).count() > 1 || Characters.containsAny(after, "✓✔✗✘"))
                    && !LabelInWords.FILLER.matcher(after).find() && !NOT_ANSWERED.matcher(after).find();
        }
        return part.symbols().isEmpty() ? after.codePoints().anyMatch(Character::isDigit)
                : Characters.containsAny(after, FormulaSpans.CONTINUING)
                        && part.symbols().stream().anyMatch(after::contains);
    }

    /**
     * For each part still without an answer, on a sheet that answers others, its label or its layer's name set in a
     * line's middle as a label is, before a colon or an equals sign or in parentheses, with a number soon after it
     * ({@code El paso (stride) es de 2}; {@code kernel: [[…]]stride: 2padding: 0} of a PDF that lost its line breaks;
     * {@code nach conv2: 256 × 27 ×}, the rest wrapped onto the next line): the student answered in words or a layout
     * no value was read from; or heading a table's column over a row of values ({@link #rowUnderHeaders}). The part is
     * unreadable, to review, the line quoted; it was missing, unflagged, and graded 0. A label in a sentence ("the
     * output of the detector is 4") is none: labels are often common words. Labels of
     * one or two characters ({@code S}, {@code K}) are too common to tell; a sheet answering nothing (a blank template
     * restating its problems) stays blank.
     */
    private void unreadInProse(Map<String, Answer> answers) {
        if (answers.values().stream().noneMatch(Answer::given)) {
            return;
        }
        for (SheetSpec.PartSpec part : missing(answers)) {
            Regions.Region region = regions.region(part.questionId());
            // A part without such a label heads no table's column either: rowUnderHeaders asks for its own.
            List<Pattern> labels = PartNames.labelInProse(part);
            List<String> headers = questionLabels(part);
            for (int index : labels.isEmpty() ? List.<Integer>of() : answerLines(region)) {
                String text = document.lines().get(index).text();
                Optional<String> after = labels.stream().map(pattern -> pattern.matcher(text)).filter(Matcher::find)
                        .filter(label -> !givesAnotherPartsAnswer(index, label.end()))
                        .map(label -> text.substring(label.end()).strip())
                        .filter(rest -> writesAnAnswer(part, rest)).findFirst();
                if (after.isPresent()) {
                    String quoted = Excerpt.quoted(text.strip());
                    answers.put(part.id(), Answer.unread(part.id(), after.get(), where(index), FoundBy.LABEL,
                            "no answer could be read where its label stands in " + quoted + " (" + at(index) + ")",
                            "its label stands in " + quoted + " (" + at(index) + "), with what may be its answer"
                                    + " after it, but no answer was read there"));
                    break;
                }
                Optional<Integer> row = rowUnderHeaders(part, headers, region, index);
                if (row.isPresent()) {
                    String quoted = Excerpt.quoted(document.lines().get(row.get()).text().strip());
                    answers.put(part.id(), Answer.unread(part.id(), document.lines().get(row.get()).text().strip(),
                            where(row.get()), FoundBy.LABEL, "no answer could be read from the table's row " + quoted
                                    + " (" + at(row.get()) + ") under its label", "its label heads a column of the"
                                    + " table on " + at(index) + ", over " + quoted + ", but no answer was read there"));
                    break;
                }
            }
        }
    }

    /** The kinds of parts asking for numbers, which a yes or no does not answer. */
    private static final Set<SheetSpec.ValueKind> NUMBERS = Set.of(SheetSpec.ValueKind.NUMBER,
            SheetSpec.ValueKind.VECTOR, SheetSpec.ValueKind.MATRIX);

    /**
     * The yes or no answers read for parts asking for a number, a shape or a matrix ({@code Padding: no (valid
     * convolution)}, {@code Padding: no, valid}), taken out: such a part is answered in words, unreadable for a person
     * to read, not graded as a wrong value. The passes for answers in words quote its line; one they leave missing is
     * unreadable by the yes or no.
     */
    private Map<String, Answer> yesOrNoForANumber(Map<String, Answer> answers) {
        Map<String, Answer> taken = new LinkedHashMap<>();
        for (SheetSpec.PartSpec part : spec.parts()) {
            Answer answer = answers.get(part.id());
            if (answer != null && NUMBERS.contains(part.kind())
                    && answer.value().orElse(null) instanceof SheetValue.Truth) {
                taken.put(part.id(), answers.remove(part.id()));
            }
        }
        return taken;
    }

    /**
     * For each part still without an answer, on a sheet that answers others, whose label of words stands in a line of
     * its question's headed region, past a mark of the solution, so that the line answers it in words: the label opens
     * the line and its sign gives a mark or words ({@code Padding: –}, {@code Kernel: all weights one quarter}), or
     * the label is the subject of a sentence describing it ({@code The identity kernel has a one in the centre and
     * zeros elsewhere}), or, for a part asking for a whole number, a word denies beside it ({@code K = […], stride 2,
     * no zero-padding.}, {@code The input is not padded.}). The part is unreadable, to review, the line quoted; it was
     * missing, unflagged, and graded 0. A denial is no number (the stride "is not 1"), and a person reads it. A line
     * asking ("why is padding not needed?"), one before a mark of the solution (the problem restated) and a blank
     * sheet's {@code Padding: ___} give no answer. A denial beside the label of a matrix or a shape tells nothing: such
     * labels are common words in prose ("for full padding", "no pooling stage").
     */
    private void unreadInWords(Map<String, Answer> answers) {
        if (answers.values().stream().noneMatch(Answer::given)) {
            return;
        }
        Set<Integer> answeringInWords = new HashSet<>();
        for (boolean inALineAnsweringInWords : List.of(false, true)) {
            for (SheetSpec.PartSpec part : missing(answers)) {
                lineAnsweringInWords(part, inALineAnsweringInWords, answeringInWords).ifPresent(index -> {
                    String text = wordsOf(index);
                    String quoted = Excerpt.quoted(text);
                    boolean yesOrNo = part.kind() == SheetSpec.ValueKind.TRUTH;
                    String wanted = yesOrNo ? "as yes or no" : "in numbers";
                    String said = yesOrNo ? "in words" : "in words or a sign";
                    answers.put(part.id(), Answer.unread(part.id(), text, where(index), FoundBy.LABEL, "its label"
                            + " stands in " + quoted + " (" + at(index) + "), which gives no value: give it " + wanted,
                            "its label stands in " + quoted + " (" + at(index) + "), which answers it " + said
                                    + ", not " + wanted));
                    answeringInWords.add(index);
                });
            }
        }
    }

    /**
     * The line of its question's region that answers the part in words (see {@link #unreadInWords(Map)}); or,
     * on the second pass, if its label stands in a line that answered another part in words ("A kernel of the same
     * size as the pooling window, with every weight one quarter, moved with a stride equal to its size" gives the
     * stride in words, and the kernel too).
     */
    private Optional<Integer> lineAnsweringInWords(SheetSpec.PartSpec part, boolean inALineAnsweringInWords,
            Set<Integer> answeringInWords) {
        Regions.Region region = regions.region(part.questionId());
        List<Pattern> labels = part.labels().stream().map(PartNames::bareLabel)
                .filter(label -> PartNames.ofWords(label) && label.length() >= 3).distinct()
                .map(PartNames::asWordOrParticiple)
                .toList();
        if (!region.headed() || labels.isEmpty()) {
            return Optional.empty();
        }
        boolean wholeNumber = asksForAWholeNumber(part);
        int solution = solutionMark(region).orElse(region.start());
        for (int index : answerLines(region)) {
            String text = wordsOf(index);
            Optional<Matcher> label = labels.stream().map(pattern -> pattern.matcher(text)).filter(Matcher::find)
                    .findFirst();
            if (index < solution || label.isEmpty()) {
                continue;
            }
            String before = text.substring(0, label.get().start());
            String after = text.substring(label.get().end());
            // The label opens the line, and its sign gives words ("Stride: same as the kernel size (non-overlapping
            // windows)") or a mark, which answers a whole number ("Padding: –", none) but for a matrix says no answer.
            boolean givenAfterSign = LINE_OPENING.matcher(before).matches()
                    && (wholeNumber && SIGN_ALONE.matcher(after).matches() || WORDS_AFTER_SIGN.matcher(after).matches()
                            && !LabelInWords.FILLER.matcher(after).find() && !NOT_ANSWERED.matcher(after).find());
            // The label is the subject of a sentence saying what it is in words: one with numbers leaves its values for
            // the "not found" flag to name.
            boolean described = SUBJECT_OPENING.matcher(before).matches() && DESCRIBING_VERB.matcher(after).lookingAt()
                    && after.chars().noneMatch(Character::isDigit);
            String clause = clause(text, label.get());
            // A yes or no said in a sentence ("the neuron does not see the eye") answers in words too.
            boolean denied = (wholeNumber || part.kind() == SheetSpec.ValueKind.TRUTH) && DENIAL.matcher(clause).find()
                    && !NOT_ANSWERED.matcher(clause).find();
            boolean answering = inALineAnsweringInWords ? answeringInWords.contains(index)
                    : givenAfterSign || !text.endsWith("?") && (described || denied);
            if (answering) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /** A line's text as the passes reading labels in prose see it: without emphasis marks, stripped. */
    private String wordsOf(int index) {
        return document.lines().get(index).text().replace("*", "").strip();
    }

    /** What may stand before a label that opens its line: blanks, a heading's or a quote's mark, a bullet, a bar. */
    private static final Pattern LINE_OPENING = Pattern.compile("[\\s>#|•+*-]*");

    /** Words after a label's sign saying the part is not answered: "skipped", "not done", "ran out of time". */
    private static final Pattern NOT_ANSWERED = Pattern.compile("(?<!\\p{L})(?:skip\\p{L}*|not (?:done|attempted|"
            + "answered|solved|finished)|ran out|no time|n/a|unanswered|unsolved|missing|omitted)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may stand before a label that is a sentence's subject: a line's opening, an item's mark, an article. */
    private static final Pattern SUBJECT_OPENING = Pattern.compile(LINE_OPENING.pattern()
            + "(?:\\(?[a-z\\d]{1,3}[).]\\s*)?(?:(?:the|a|an|our|my|its)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A verb after a sentence's subject that says what it is: "has", "is", "contains", "consists of", "would be". */
    private static final Pattern DESCRIBING_VERB = Pattern.compile(
            "\\s+(?:(?:would|should|will|must)\\s+)?(?:is|are|be|has|have|contains|consists|equals)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** After a label, its sign and a mark that is no number, word or blank sheet's underscore: "–", "✗", "?", "/". */
    private static final Pattern SIGN_ALONE = Pattern.compile("\\s*[:=]\\s*[^\\p{L}\\p{N}\\s_.…]{1,3}\\s*");

    /** After a label, its sign and words without a digit: "Padding: no (valid convolution)". */
    private static final Pattern WORDS_AFTER_SIGN = Pattern.compile("\\s*[:=]\\s*\\D*\\p{L}\\D*");

    /** A word that denies ({@link ProsePatterns#DENIAL_WORDS}). */
    private static final Pattern DENIAL = Pattern.compile(ProsePatterns.DENIAL_WORDS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The clause of a text that holds a match: from the punctuation before it to the punctuation after it. */
    private static String clause(String text, Matcher match) {
        int start = match.start();
        while (start > 0 && ",.;:!?()".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = match.end();
        while (end < text.length() && ",.;:!?()".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * The row with a digit under a line that holds nothing but two or more labels of its question's parts, one of
     * them the part's: a table's headers over its values ({@code kernel stride padding} over {@code [[0.25, 0.25],
     * [0.25, 0.25]] 2 0}, as a PDF prints a Markdown table), whose columns a PDF does not keep.
     *
     * @param labels the labels of the question's parts ({@link #questionLabels})
     */
    private Optional<Integer> rowUnderHeaders(SheetSpec.PartSpec part, List<String> labels, Regions.Region region,
            int index) {
        String rest = document.lines().get(index).text();
        int headers = 0;
        boolean own = false;
        for (String label : labels) {
            Matcher header = PartNames.asWord(label).matcher(rest);
            if (header.find()) {
                headers++;
                own |= part.labels().stream().anyMatch(label::equalsIgnoreCase);
                rest = header.replaceAll(" ");
            }
        }
        if (headers < 2 || !own || !rest.replaceAll("[\\s|&*\\\\]", "").isEmpty()) {
            return Optional.empty();
        }
        for (int next = index + 1; next < region.end(); next++) {
            String text = document.lines().get(next).text();
            if (text.isBlank() || text.matches("[\\s|:+-]+")) {
                continue; // a Markdown table's rule under its headers
            }
            return text.codePoints().anyMatch(Character::isDigit) ? Optional.of(next) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether the first number after a column of a line opens a value a part took: a layer's name in its row of another
     * part's table ({@code conv1: 55 × 55 × 96}) is no sign of an answer unread.
     */
    private boolean givesAnotherPartsAnswer(int lineIndex, int from) {
        String text = document.lines().get(lineIndex).text();
        int digit = from;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        int firstDigit = digit;
        return candidates.stream().filter(candidate -> candidate.lineIndex() == lineIndex
                && candidate.column() >= from && candidate.column() <= firstDigit)
                .max(Comparator.comparingInt(Candidate::column)).filter(this::claimed).isPresent();
    }

    /**
     * The labels of a part's question's parts that may head a table's columns, of three characters or more, the
     * longest first ({@code kernel size} before {@code kernel}).
     */
    private List<String> questionLabels(SheetSpec.PartSpec part) {
        return spec.parts().stream().filter(other -> other.questionId().equals(part.questionId()))
                .flatMap(other -> other.labels().stream()).map(PartNames::bareLabel).filter(label -> label.length() > 2)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * A part still without an answer, a matrix, whose question's solution holds a matrix of that very shape no part
     * took: the answer may be there under a name the rubric does not know ({@code ∇_K = [[5, 7], [1, 2]]} for dK), or
     * the rubric's label written another way. It was missing, graded 0 without a flag; it is unread, for a person to
     * score. A number or a shape is no such sign: a question's text and work hold many.
     */
    private void unreadOfItsShape(Map<String, Answer> answers) {
        for (SheetSpec.PartSpec part : spec.parts()) {
            if (!part.graded() || answers.containsKey(part.id()) || part.reference().isEmpty()
                    || part.reference().get().rank() < 2) {
                continue;
            }
            Regions.Region region = regions.region(part.questionId());
            if (!region.headed()) {
                continue; // a question whose heading was not found is flagged as such (valuesLeft)
            }
            List<Candidate> body = candidates.stream().filter(candidate -> region.contains(candidate.lineIndex())
                    && !regions.inTitleBlock(candidate.lineIndex()) && eligible(candidate)).toList();
            for (Candidate candidate : afterSolutionMark(region, body)) {
                if (claimed(candidate) || !readable(candidate, part) || !exactShape(candidate, part)
                        || givenMatrix(candidate, part)) {
                    continue; // a given restated is the problem's, no sign of an answer
                }
                Where where = where(candidate.lineIndex());
                String quoted = Excerpt.quoted(where.snippet());
                answers.put(part.id(), Answer.unread(part.id(), candidate.written(), where, FoundBy.ORDER,
                        "not found by its label or its place; " + at(candidate.lineIndex()) + " gives " + quoted
                                + ", a value of its shape no part took", "no label of the part names a value, and "
                                + at(candidate.lineIndex()) + " gives " + quoted + ", of its shape, which no part took"));
                break;
            }
        }
    }

    /** The ways a label gives a number in words: on a line of its own, or within a sentence. */
    private record LabelInWords(Pattern alone, Pattern said, Pattern none, Pattern phrase, Pattern mentioned) {

        /** A number word a line gives the label, and the words that give it: "stride: two", "a stride of two". */
        record Said(String word, String words) {

            int number() {
                return ValueSyntax.numberWord(word).orElseThrow();
            }
        }

        static LabelInWords of(String label) {
            String quoted = Pattern.quote(label);
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new LabelInWords(Pattern.compile("^\\W*" + quoted + "\\s*[:=]\\s*[\"'“‘]?(\\p{L}+)\\W*$", flags),
                    Pattern.compile("(?<!\\p{L})" + quoted + "(?:\\s+(?:is|of|was|equals)\\s+|\\s*[:=]\\s*)(\\p{L}+)(?!\\p{L})",
                            flags),
                    Pattern.compile("(?<!\\p{L})(?:no|without)\\s+" + quoted + "(?!\\p{L})", flags),
                    Pattern.compile("^\\W*" + quoted + "\\s*[:=]\\s*(\\p{L}+(?:[\\s'’/-]+\\p{L}+){1,5})\\W*$", flags),
                    PartNames.asWord(label));
        }

        /** A number word a sentence ends with, after "is", "=" or "i.e.": "…, which is four.", "… of G = four". */
        private static final Pattern CONCLUSION = Pattern.compile(
                "(?:=|(?<!\\p{L})(?:is|equals|i\\.e\\.))\\s*(\\p{L}+)\\W*$", Pattern.CASE_INSENSITIVE);

        /** Words a blank sheet puts after a label for the team to replace: "your answer here", "tbd", "to be filled". */
        private static final Pattern FILLER = Pattern.compile(
                "(?iu)(?<!\\p{L})(?:answer|here|todo|tbd|fill(?:ed)?|your)(?!\\p{L})");

        /**
         * The answer a line gives in words: any word after the label alone on its line ("padding: same" is an answer
         * refused, for a person to read), or a few ("padding: not needed", refused too, unless they are a blank sheet's
         * filler); a number word, or "no" before the label, within a sentence of a headed region only, and in doubt.
         */
        Optional<Answer> answer(SheetSpec.PartSpec part, String text, boolean headed, Document.Line line,
                String source) {
            Matcher onItsLine = alone.matcher(text);
            String word;
            // The words a sentence gives the number in: the reading is in doubt.
            Optional<String> sentence;
            // Without the question's heading, a sentence may speak of any question's padding.
            Optional<Said> said = onItsLine.matches() || !headed ? Optional.empty() : inSentence(text);
            Matcher phrased = phrase.matcher(text);
            if (onItsLine.matches()) {
                word = onItsLine.group(1);
                sentence = Optional.empty();
            } else if (said.isPresent()) {
                word = said.get().word();
                sentence = Optional.of(said.get().words());
            } else if (phrased.matches() && !FILLER.matcher(phrased.group(1)).find()) {
                // "Padding: not needed" answers in words no value is read from: refused, for a person to read, as a
                // word alone is; it was missing, unflagged, and graded 0.
                word = phrased.group(1);
                sentence = Optional.empty();
            } else {
                return Optional.empty();
            }
            Where where = Where.line(source, line.page(), line.number(),
                    text);
            // A number in words is whole, whether or not the part has a reference to say so (a checked stride).
            Expectation whole = part.reference().isEmpty() ? new Expectation(true, 0) : part.expectation();
            Answer answer = Answer.read(part.id(), word, whole, where, FoundBy.LABEL, List.of());
            return Optional.of(sentence.map(words -> answer.doubted("read from the words '" + words + "' (line "
                    + line.number() + "): check they are the team's answer, not the problem's")).orElse(answer));
        }

        /**
         * The number word a sentence gives the label ("a stride of two", "the stride is one"; "no padding": none), or
         * ends with after it ("the bias gradient is the sum of all entries of G, which is four").
         */
        Optional<Said> inSentence(String text) {
            Matcher inSentence = said.matcher(text);
            while (inSentence.find()) {
                if (ValueSyntax.numberWord(inSentence.group(1)).isPresent()) {
                    return Optional.of(new Said(inSentence.group(1), inSentence.group()));
                }
            }
            Matcher noLabel = none.matcher(text);
            if (noLabel.find()) {
                return Optional.of(new Said("none", noLabel.group()));
            }
            // The sentence about the label concludes with the number: "The bias gradient is the sum of all entries
            // of G, which is four." Its last words only are looked at, so that a long line is read once.
            String end = text.substring(Math.max(0, text.length() - 40));
            Matcher conclusion = CONCLUSION.matcher(end);
            if (!conclusion.find() || ValueSyntax.numberWord(conclusion.group(1)).isEmpty()) {
                return Optional.empty();
            }
            Matcher label = mentioned.matcher(text).region(0, text.length() - end.length() + conclusion.start());
            return label.find() ? Optional.of(new Said(conclusion.group(1), text.substring(label.start()).strip()))
                    : Optional.empty();
        }

        /** The number word a line gives the label, alone on the line after it or within a sentence. */
        Optional<Said> anywhere(String text) {
            Matcher onItsLine = alone.matcher(text);
            if (onItsLine.matches() && ValueSyntax.numberWord(onItsLine.group(1)).isPresent()) {
                return Optional.of(new Said(onItsLine.group(1), text.strip()));
            }
            return inSentence(text);
        }
    }

    /** A list's item letter opening a text: "(c) depth", "c) depth". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\(?([a-h])\\)\\s");
    /**
     * A line that marks where a question's solution begins: "Solution:", "#### Solution", "Solution. The …",
     * "**Answer:** …".
     */
    private static final Pattern SOLUTION_MARK = Pattern.compile(
            "^[\\s#>*_]*(?:solution|lösung|answer)s?(?:[*_]*\\s*[:.][*_]*(?:\\s|$)|[*_]*\\s*$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The candidates of a region from its first line that marks a solution on, or all of them when no line does:
     * what stands before such a mark is the problem, restated.
     */
    private List<Candidate> afterSolutionMark(Regions.Region region, List<Candidate> body) {
        OptionalInt marked = solutionMark(region);
        if (marked.isEmpty()) {
            return body;
        }
        int line = marked.getAsInt();
        Matcher mark = SOLUTION_MARK.matcher(document.lines().get(line).text());
        mark.find();
        String afterMark = document.lines().get(line).text().substring(mark.end());
        Matcher item = ITEM_AFTER_ANSWER.matcher(afterMark);
        if (item.find() && item.group(1).equals("a")) {
            List<Candidate> answers = answersBeforeItems(region, line, body);
            if (answers.stream().anyMatch(candidate -> candidate.lineIndex() == line)) {
                return answers;
            }
        }
        int start = firstItem(region, line, afterMark);
        return body.stream().filter(candidate -> candidate.lineIndex() >= start).toList();
    }

    /** The region's first line that marks where its solution begins ("Solution:", "**Answer:** …"), if one does. */
    private OptionalInt solutionMark(Regions.Region region) {
        return IntStream.range(region.start(), region.end())
                .filter(line -> SOLUTION_MARK.matcher(document.lines().get(line).text()).find()).findFirst();
    }

    /** A mark of the answer a line comes to after its reasoning: "… far outside. Our answer: yes." */
    private static final Pattern FINAL_ANSWER_MARK = Pattern.compile(
            "(?<!\\p{L})(?:our|my|final|the final)\\s+answer\\s*(?:is\\s*)?:", Pattern.CASE_INSENSITIVE);

    /**
     * The candidates without those a line gives before its final answer's mark ("… it contains the eye? No — the eye
     * is at x = 255, far outside. Our answer: yes."): they are the reasoning, weighed and left. The "No" before the
     * mark was graded as the answer, matching the reference.
     */
    private List<Candidate> beforeFinalAnswerMarks(List<Candidate> candidates) {
        Map<Integer, Integer> markEnds = new HashMap<>();
        return candidates.stream().filter(candidate -> {
            int end = markEnds.computeIfAbsent(candidate.lineIndex(), line -> {
                Matcher mark = FINAL_ANSWER_MARK.matcher(document.lines().get(line).text());
                int last = -1;
                while (mark.find()) {
                    last = mark.end();
                }
                return last;
            });
            return candidate.column() >= end;
        }).toList();
    }

    /** An item's letter after the answer written before it: "**Answer: 9 × 9.** (a) What is the kernel size?". */
    private static final Pattern ITEM_AFTER_ANSWER = Pattern.compile("\\S.*?\\s\\(?([a-h])\\)\\s");

    /**
     * The candidates of a list whose answers stand before their items ("**Answer: 6.** (c) What is the depth?"), from
     * the first such line on: on each line that marks an answer, those between the mark and the item's letter (or
     * after the mark, where no item follows it). The rest of each item restates the problem, and its values ("there
     * are 12 feature maps") are no answers.
     */
    private List<Candidate> answersBeforeItems(Regions.Region region, int first, List<Candidate> body) {
        Map<Integer, int[]> answerSpans = new HashMap<>();
        for (int line = first; line < region.end(); line++) {
            String text = document.lines().get(line).text();
            Matcher mark = SOLUTION_MARK.matcher(text);
            if (mark.find()) {
                Matcher item = ITEM_AFTER_ANSWER.matcher(text).region(mark.end(), text.length());
                answerSpans.put(line, new int[] {mark.end(), item.find() ? item.start(1) : text.length()});
            }
        }
        return body.stream().filter(candidate -> {
            int[] span = answerSpans.get(candidate.lineIndex());
            return span != null && candidate.column() >= span[0] && candidate.column() < span[1];
        }).toList();
    }

    /**
     * Where a solution marked on {@code line} begins: there, unless the mark stands beside a later item of a list
     * ("Answer: (c) depth 12", a boxed answer's label set at the box's middle row), whose first item ("(a) …") above
     * begins it.
     */
    private int firstItem(Regions.Region region, int line, String afterMark) {
        Matcher item = LIST_ITEM.matcher(afterMark.strip());
        if (!item.lookingAt() || item.group(1).equals("a")) {
            return line;
        }
        for (int above = line - 1; above > region.start(); above--) {
            Matcher first = LIST_ITEM.matcher(document.lines().get(above).text().strip());
            if (first.lookingAt() && first.group(1).equals("a")) {
                return above;
            }
        }
        return line;
    }

    /** A part's value taken by its label, the candidates of its question's region, and whether it is headed. */
    private record LabelTaken(SheetSpec.PartSpec part, Candidate candidate, List<Candidate> section, boolean headed) {
    }

    /**
     * The answers found so far, the question whose region is being searched, and the part each line of its list of
     * items answering its parts one by one belongs to (see {@link #partItems}).
     */
    private record Found(SheetSpec.QuestionSpec question, Regions.Region region, Map<String, Answer> answers,
            Map<Integer, SheetSpec.PartSpec> items) {
        boolean has(SheetSpec.PartSpec part) {
            return answers.containsKey(part.id());
        }

        /**
         * The candidates an unlabelled value of the part may be taken from: those of its own item when it has one,
         * else those of no other part's item.
         */
        List<Candidate> forPart(SheetSpec.PartSpec part, List<Candidate> body) {
            boolean ownItem = items.containsValue(part);
            return body.stream().filter(candidate -> {
                SheetSpec.PartSpec owner = items.get(candidate.lineIndex());
                return ownItem ? owner == part : owner == null;
            }).toList();
        }
    }

    /** A list's item number or letter opening a line: "3. Number of …", "3) …", "(3) …", "(c) …", "c) …". */
    private static final Pattern ITEM_MARK = Pattern.compile(
            "^\\s*(?:(\\d{1,2})[.)]|\\((\\d{1,2})\\)|\\(?([a-z])\\))\\s");

    /**
     * The part each line of a region's list of answers belongs to: items numbered 1, 2, … (or lettered a, b, …)
     * opening lines, as many as the question has parts, item n the n-th part's from its line to the next item. Such a
     * list answers the parts one by one, so a value in another part's item is no answer to this one (item 2's
     * "252 × 252 with 12 maps" is no answer to the depth item 3 gives). Empty where the region holds no such list.
     */
    private Map<Integer, SheetSpec.PartSpec> partItems(Regions.Region region, SheetSpec.QuestionSpec question) {
        List<SheetSpec.PartSpec> all = spec.parts().stream()
                .filter(part -> part.questionId().equals(question.id())).toList();
        List<Integer> starts = new ArrayList<>();
        Boolean numbered = null;
        // The region's heading ("4. Layer sizes") is no item; the items' numbers may look like other questions'.
        for (int line = region.start() + (region.headed() ? 1 : 0); line < region.end(); line++) {
            if (regions.inTitleBlock(line) || regions.furniture(line)) {
                continue;
            }
            Matcher mark = ITEM_MARK.matcher(document.lines().get(line).text());
            if (!mark.find()) {
                continue;
            }
            boolean digits = mark.group(3) == null;
            if (numbered == null) {
                numbered = digits;
            }
            if (digits != numbered) {
                // A sub-item of the other kind ("1." holding "(a)", "(b)") stays in its item.
                continue;
            }
            int number = digits ? Integer.parseInt(mark.group(1) != null ? mark.group(1) : mark.group(2))
                    : mark.group(3).charAt(0) - 'a' + 1;
            if (number != starts.size() + 1) {
                return Map.of();
            }
            starts.add(line);
        }
        if (all.size() < 2 || starts.size() != all.size()) {
            return Map.of();
        }
        Map<Integer, SheetSpec.PartSpec> owners = new HashMap<>();
        for (int item = 0; item < starts.size(); item++) {
            int end = item + 1 < starts.size() ? starts.get(item + 1) : region.end();
            for (int line = starts.get(item); line < end; line++) {
                owners.put(line, all.get(item));
            }
        }
        return owners;
    }

    /** Whether a candidate may be an answer at all: not on the document's furniture, not in a heading. */
    private boolean eligible(Candidate candidate) {
        return !regions.furniture(candidate.lineIndex())
                && !regions.inHeading(candidate.lineIndex(), candidate.textBefore().length());
    }

    /**
     * Labelled: first a candidate that matches a target (or passes the check) and has the reference's
     * shape, then one of the reference's shape, then one of the part's kind, then any; labels in the
     * rubric's order, the last labelled candidate of the region.
     */
    private void byLabel(List<SheetSpec.PartSpec> parts, List<Candidate> section, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.has(part)) {
                continue;
            }
            // A labelled term stands for its computation's result ("length 6 · 125 · 125 = 93,750"). A shape in a row
            // of a table of layers that holds another is left to the row's reading (byLayerName): a label may be the
            // operation's cell ("conv1 | 11×11 | 3 × 227 × 227 | 96 × 55 × 55", "11×11" a label of conv1's shape),
            // and the shape after it the layer's input, before its output.
            Predicate<Candidate> notARowsOtherShape = candidate -> part.kind() != SheetSpec.ValueKind.VECTOR
                    || !besideItsShapeInALayersRow(candidate, part, section);
            Candidate chosen = labelled(part, section, candidate -> matchesTarget(result(candidate, part), part)
                    && sameShape(result(candidate, part), part) && notARowsOtherShape.test(candidate));
            if (chosen == null) {
                chosen = labelled(part, section, candidate -> part.reference().isPresent()
                        && sameShape(result(candidate, part), part) && notARowsOtherShape.test(candidate));
            }
            // A value of another shape is the answer its label gives, unless it stands in a row of a table of layers
            // that holds one of the part's shape: the label is the layer's name, and the value beside it one of its
            // other columns ("9 | Flatten | 256 × 6 × 6 | 9216", the layer's input before its output).
            if (chosen == null) {
                chosen = labelled(part, section, candidate -> sameKind(result(candidate, part), part)
                        && !besideItsShapeInALayersRow(candidate, part, section));
            }
            if (chosen == null) {
                // Another kind of value only when the label says it is the answer ("receptive field: 41 × 41"),
                // not a number in the label's own words ("11 × 11 Conv (96)").
                chosen = labelled(part, section, candidate -> assigned(candidate)
                        && !computations.inExpression(candidate)
                        && !besideItsShapeInALayersRow(candidate, part, section));
            }
            if (chosen != null) {
                Candidate taken = result(chosen, part);
                Candidate labelledValue = taken;
                Optional<Alternative> alternative = alternativeAfter(taken, part)
                        .or(() -> arrowAfter(labelledValue, part));
                LabelTaken labelTaken = new LabelTaken(part, chosen, section, found.region().headed());
                // "Stride: 2 → 1 (corrected …)", "… = 187500. Corrected: … = 93750": the later value replaces the one
                // before it.
                Optional<Candidate> correction = alternative.isPresent() ? Optional.empty()
                        : correctionOnItsLine(labelTaken);
                Optional<Candidate> below = alternative.isPresent() || correction.isPresent() ? Optional.empty()
                        : correctionBelow(taken, part);
                Optional<Candidate> replacing = alternative.filter(Alternative::corrects).map(Alternative::later)
                        .or(() -> correction);
                Candidate first = taken;
                if (replacing.isPresent()) {
                    claimedBy[taken.order()] = FoundBy.LABEL;
                    taken = replacing.get();
                }
                take(part, taken, FoundBy.LABEL, found, List.of());
                takenByLabel.add(labelTaken);
                if (alternative.isPresent()) {
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted(
                            alternative.get().reason(taken, at(taken.lineIndex()))));
                } else if (correction.isPresent()) {
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted("its line corrects "
                            + first.written().strip() + " to " + taken.written().strip().replaceAll("\\s+", " ")
                            + " (" + at(taken.lineIndex()) + "): read as corrected, confirm the team means it"));
                } else if (below.isPresent()) {
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted(correctedBelow(taken,
                            below.get())));
                } else {
                    Candidate read = taken;
                    saidWrongBelow(taken, part).ifPresent(line -> found.answers().put(part.id(),
                            found.answers().get(part.id()).doubted("the line after " + read.written().strip()
                                    .replaceAll("\\s+", " ") + " says it is wrong, " + Excerpt.quoted(document.lines()
                                    .get(line).text().strip()) + " (" + at(line) + "): check which is the student's"
                                    + " answer")));
                }
            }
        }
    }

    /**
     * A count whose label opens a table's row with several columns of counts after it ({@code H1 | 9,600 | 9,728},
     * cells parted by bars or tabs, a PDF's column gaps written as tabs): the column of the part's question, where the
     * table tells it surely. The heading over the table names questions ({@code 2.3 and 2.4}) as many as the columns,
     * the part's among them: their order is the columns' order. The columns' headers may name them too, by the words
     * that tell the questions' titles apart ({@code without bias | with bias} for "… without bias" and "… with bias"):
     * they must keep that order, or they decide alone, naming as many questions as the columns, when the heading names
     * one. Otherwise the part is unreadable, flagged with the row quoted: the first column read for every part (or a
     * fragment) gave one question the other's counts, graded wrong.
     */
    private void byColumn(List<SheetSpec.PartSpec> parts, List<Candidate> section, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.has(part) || !part.expectation().integral() || part.expectation().rank() != 0) {
                continue;
            }
            for (Candidate first : section) {
                if (!opensRow(first) || part.labels().stream().noneMatch(label -> labels(first, label)
                        || labelCell(first, label))) {
                    continue;
                }
                List<Candidate> columns = countColumns(first);
                if (columns.size() < 2) {
                    if (typedCounts(part, first, found)) {
                        break;
                    }
                    continue;
                }
                Document.Line line = document.lines().get(first.lineIndex());
                List<SheetSpec.QuestionSpec> order = columnQuestions(first.lineIndex(), columns.size());
                int column = order.indexOf(found.question());
                String row = line.text().strip().replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*[\\t|]\\s*", " | ");
                if (column >= 0 && !claimed(columns.get(column))) {
                    take(part, columns.get(column), FoundBy.LABEL, found, List.of("read from column " + (column + 1)
                            + " of the table's row " + Excerpt.quoted(row) + ": the table gives its columns to questions "
                            + String.join(", ", order.stream().map(SheetSpec.QuestionSpec::id).toList())));
                } else {
                    // The row's counts are its parts', unread: no other part takes one by its order.
                    columns.forEach(value -> claimedBy[value.order()] = FoundBy.LABEL);
                    found.answers().put(part.id(), Answer.unread(part.id(), row, where(first.lineIndex()),
                            FoundBy.LABEL,
                            "the table's row gives " + columns.size() + " counts, " + Excerpt.quoted(row)
                                    + ", and which column answers question " + found.question().id()
                                    + " could not be told", "its label opens a table's row of " + columns.size()
                                    + " counts on " + at(first.lineIndex()) + ", " + Excerpt.quoted(row)
                                    + ", and neither the heading nor the columns' headers tell which is question "
                                    + found.question().id() + "'s"));
                }
                break;
            }
        }
    }

    /** A row of digit groups typed after a label, without cells: {@code H1 9 600 9 728}. */
    private static final Pattern TYPED_GROUPS = Pattern.compile("\\d{1,3}(?: \\d{1,3})+");

    /**
     * A count part whose label opens a row of digit groups typed without cells ({@code H1 9 600 9 728}, {@code H4 512
     * 528}) under a heading naming as many questions as the counts it holds: the groups parted into that many
     * counts, each its leading group and groups of three, where only one parting exists; its question's column is
     * the answer. Where the groups part more than one way, or none, the part is unreadable, the row quoted. The first
     * group was read (9), or all of them as one count (512528), graded incorrect without the reason. False where the
     * row is no such row, or the heading names no columns.
     */
    private boolean typedCounts(SheetSpec.PartSpec part, Candidate first, Found found) {
        Document.Line line = document.lines().get(first.lineIndex());
        String groups = line.text().substring(first.column()).strip();
        if (!TYPED_GROUPS.matcher(groups).matches()) {
            return false;
        }
        List<String> digits = List.of(groups.split(" "));
        for (int columns = 2; columns <= Math.min(digits.size(), 6); columns++) {
            List<SheetSpec.QuestionSpec> order = columnQuestions(first.lineIndex(), columns);
            int column = order.indexOf(found.question());
            if (column < 0) {
                continue;
            }
            List<List<String>> partings = partings(digits, columns);
            candidates.stream().filter(other -> other.lineIndex() == first.lineIndex()
                    && other.column() >= first.column()).forEach(other -> claimedBy[other.order()] = FoundBy.LABEL);
            Where where = where(first.lineIndex());
            String row = where.snippet();
            if (partings.size() == 1) {
                found.answers().put(part.id(), Answer.read(part.id(), partings.get(0).get(column), part.expectation(),
                        where, FoundBy.LABEL, List.of("read as count " + (column + 1) + " of " + columns + " in the row "
                                + Excerpt.quoted(row) + ", the only way its digit groups part into " + columns
                                + " counts: the heading gives its columns to questions " + String.join(", ",
                                        order.stream().map(SheetSpec.QuestionSpec::id).toList()))));
            } else {
                String ways = (partings.isEmpty() ? "no" : partings.size() + " different") + " ways";
                found.answers().put(part.id(), Answer.unread(part.id(), row, where, FoundBy.LABEL, "the row "
                        + Excerpt.quoted(row) + " gives digit groups that part into " + columns + " counts " + ways,
                        "its label opens the row " + Excerpt.quoted(row) + " on " + at(first.lineIndex())
                                + ", typed without cells, whose " + digits.size() + " digit groups part into question "
                                + found.question().id() + "'s count " + ways));
            }
            return true;
        }
        return false;
    }

    /** The ways digit groups part into {@code counts} counts, each a leading group then groups of three digits. */
    private static List<List<String>> partings(List<String> groups, int counts) {
        List<List<String>> found = new ArrayList<>();
        if (counts == 0) {
            if (groups.isEmpty()) {
                found.add(List.of());
            }
            return found;
        }
        for (int size = 1; size <= groups.size(); size++) {
            List<String> count = groups.subList(0, size);
            if (count.size() > 1 && count.get(0).startsWith("0")
                    || count.subList(1, size).stream().anyMatch(group -> group.length() != 3)) {
                break;
            }
            for (List<String> rest : partings(groups.subList(size, groups.size()), counts - 1)) {
                List<String> parting = new ArrayList<>();
                parting.add(String.join(" ", count));
                parting.addAll(rest);
                found.add(parting);
            }
        }
        return found;
    }

    /** Whether the cells before a candidate hold the label alone: a Markdown table's {@code | H1 |}, {@code | Y: |}. */
    private boolean labelCell(Candidate candidate, String label) {
        String before = document.lines().get(candidate.lineIndex()).text().substring(0, candidate.column());
        String cell = PartNames.normalize(before).replaceAll("[\\s|*]", "").replaceAll("[:=]$", "");
        return !cell.isEmpty() && cell.equals(PartNames.wanted(label).replace(" ", ""));
    }

    /** Whether a candidate is the first value on its line, only its label (a table's first cell) before it. */
    private boolean opensRow(Candidate candidate) {
        return candidates.stream().noneMatch(other -> other.lineIndex() == candidate.lineIndex()
                && other.column() < candidate.column());
    }

    /**
     * The counts a table's row gives from {@code first} on, one per cell: a cell's computation gives its result
     * ({@code 128⋅3⋅5⋅5 = 9,600}), a cell showing a computation whose value the next cell gives ({@code 9,600 + 128 |
     * 9,728}) is no column of its own. Empty where a cell holds anything else (two values), or the cells are not told
     * apart.
     */
    private List<Candidate> countColumns(Candidate first) {
        String text = document.lines().get(first.lineIndex()).text();
        List<Candidate> row = candidates.stream().filter(other -> other.lineIndex() == first.lineIndex()
                && other.column() >= first.column()).sorted(Comparator.comparingInt(Candidate::column)).toList();
        List<Candidate> columns = new ArrayList<>();
        int index = 0;
        while (index < row.size()) {
            Candidate start = row.get(index);
            int cell = cellOf(text, start.column());
            Candidate value = computations.result(start).orElse(start);
            int end = row.indexOf(value);
            for (int inCell = index + 1; inCell < end; inCell++) {
                if (cellOf(text, row.get(inCell).column()) > cellOf(text, value.column())) {
                    return List.of();
                }
            }
            if (end + 1 < row.size() && cellOf(text, row.get(end + 1).column()) == cellOf(text, value.column())
                    || Computations.amount(value).isEmpty() || end == index && cellOf(text, value.column()) != cell) {
                return List.of(); // a second value in the cell, or no count
            }
            columns.add(value);
            index = end + 1;
        }
        return columns.size() >= 2 && columns.stream().map(Candidate::column).map(column -> cellOf(text, column))
                .distinct().count() == columns.size() ? columns : List.of();
    }

    /** The cell a position of a table's row lies in: how many bars or tabs stand before it. */
    private static int cellOf(String row, int column) {
        int cell = 0;
        for (int index = 0; index < Math.min(column, row.length()); index++) {
            cell += row.charAt(index) == '\t' || row.charAt(index) == '|' ? 1 : 0;
        }
        return cell;
    }

    /**
     * The questions a table's columns of counts answer, in the columns' order, where the table tells them surely (see
     * {@link #byColumn}); empty where it does not.
     */
    private List<SheetSpec.QuestionSpec> columnQuestions(int rowLine, int columns) {
        int heading = headingAbove(rowLine);
        List<SheetSpec.QuestionSpec> named = new ArrayList<>();
        if (heading >= 0) {
            String text = document.lines().get(heading).text();
            TreeMap<Integer, SheetSpec.QuestionSpec> byPosition = new TreeMap<>();
            for (SheetSpec.QuestionSpec question : spec.questions()) {
                Matcher id = Pattern.compile("(?<![\\d.])" + Pattern.quote(question.id()) + "(?![\\d])").matcher(text);
                if (id.find()) {
                    byPosition.put(id.start(), question);
                }
            }
            named.addAll(byPosition.values());
        }
        List<SheetSpec.QuestionSpec> compared = named.size() >= 2 ? named : neighbours(named, rowLine);
        List<SheetSpec.QuestionSpec> byHeaders = inHeaders(compared, tableHeaders(rowLine));
        if (named.size() == columns) {
            // The headers, where they name some, keep the heading's order.
            List<SheetSpec.QuestionSpec> kept = named.stream().filter(byHeaders::contains).toList();
            return kept.equals(byHeaders) ? named : List.of();
        }
        return byHeaders.size() == columns ? byHeaders : List.of();
    }

    /**
     * A table's headers over a row: the lines between the heading above it and the row that hold no digit ("layer |
     * without bias | with bias"), normalised.
     */
    private String tableHeaders(int rowLine) {
        int heading = headingAbove(rowLine);
        StringBuilder headers = new StringBuilder();
        for (int index = heading + 1; index < rowLine; index++) {
            String text = document.lines().get(index).text();
            if (text.codePoints().noneMatch(Character::isDigit)) {
                headers.append(' ').append(PartNames.normalize(text));
            }
        }
        return headers.toString();
    }

    /** The line of the heading above a line, or -1. */
    private int headingAbove(int lineIndex) {
        int heading = lineIndex;
        while (heading >= 0 && !regions.inHeading(heading, 0)) {
            heading--;
        }
        return heading;
    }

    /** The question a heading names, with the questions before and after it in the rubric. */
    private List<SheetSpec.QuestionSpec> neighbours(List<SheetSpec.QuestionSpec> named, int rowLine) {
        List<SheetSpec.QuestionSpec> questions = spec.questions();
        int at = named.isEmpty() ? -1 : questions.indexOf(named.get(0));
        if (at < 0) {
            return List.of();
        }
        return questions.subList(Math.max(0, at - 1), Math.min(questions.size(), at + 2));
    }

    /**
     * The questions whose titles the headers name, in the headers' order: each by the first of its title's words that
     * no other question's title has ("without" for "… without bias", "with" for "… with bias").
     */
    private static List<SheetSpec.QuestionSpec> inHeaders(List<SheetSpec.QuestionSpec> questions, String headers) {
        TreeMap<Integer, SheetSpec.QuestionSpec> byPosition = new TreeMap<>();
        for (SheetSpec.QuestionSpec question : questions) {
            Set<String> own = new HashSet<>(titleWords(question));
            questions.stream().filter(other -> other != question).forEach(other -> own.removeAll(titleWords(other)));
            for (String word : own) {
                Matcher found = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(headers);
                if (found.find()) {
                    byPosition.merge(found.start(), question, (one, other) -> one);
                }
            }
        }
        List<SheetSpec.QuestionSpec> ordered = new ArrayList<>();
        byPosition.values().forEach(question -> {
            if (!ordered.contains(question)) {
                ordered.add(question);
            }
        });
        return ordered;
    }

    /** A question's title as its lower-case words. */
    private static List<String> titleWords(SheetSpec.QuestionSpec question) {
        return Arrays.stream(question.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    /**
     * What separates two values a scalar or matrix part's label line gives one after the other: an arrow (a correction,
     * "2 → 1"), or a word or mark of alternatives ("2 or 1", "2 / 1", an ellipsis: "2 … 1", "2 ... **1**", the
     * later value set in bold or italics, which a PDF does not keep), or nothing but blanks and a comma ("9216 4096"). Parentheses, bars and words
     * other than "or" are no such separator: "2 (not 1)" and "2 | 34944" say something else.
     */
    private static final Pattern CORRECTING_ARROW = Pattern.compile("^\\s*\\$?\\s*" + ProsePatterns.ARROW
            + "\\s*\\$?\\s*$");
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "^\\s*\\$?\\s*(?:or|oder|ou|/|\\.{3}|…)\\s*(?:\\*{1,2}|_{1,2})?\\s*\\$?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Blanks or a comma between two values: alternatives only right after a label's sign ("Flatten: 9216 4096"). */
    private static final Pattern LISTED = Pattern.compile("^\\s*\\$?\\s*[,;]?\\s*\\$?\\s*$");
    /** A label's sign ending the text before a value: "Flatten:", "stride =", "S ≈", "→". */
    private static final Pattern AFTER_SIGN = Pattern.compile("[=:≈→]\\s*\\$?\\s*$");
    /** A name alone opening the line before a value, in place of a sign: "W_2     1  -2". */
    private static final Pattern NAME_ALONE = Pattern.compile("[\\s>#•*-]*\\p{L}[\\p{L}\\p{N}_'′]*\\s+");

    /**
     * A second value right after the one a scalar part's label gave, on its line.
     *
     * @param first the value the label gave
     * @param later the second value
     * @param separator what stands between them
     * @param corrects whether an arrow says the second replaces the first
     */
    private record Alternative(Candidate first, Candidate later, String separator, boolean corrects) {

        String reason(Candidate read, String where) {
            // The emphasis that set the later value apart is no part of what the student wrote.
            String both = first.written() + " " + separator.replaceAll("[*_]", "").strip() + " " + later.written();
            return corrects
                    ? "the line gives '" + both + "' (" + where + "): read as corrected to " + later.written()
                            + ", confirm the team means it"
                    : "the line gives several values, '" + both.replaceAll("\\s+", " ") + "' (" + where + "): "
                            + read.written() + " was read, confirm which one the team means";
        }
    }

    /**
     * A value right after {@code taken} on its line, of a part that asks for one number or a matrix, with only an arrow
     * or a mark of alternatives between them: the student wrote two answers ("Stride: 2 or 1", "Flatten: 9216 4096",
     * "dL/dK = [[5, 8], [1, 2]] [[5, 1], [8, 2]]", the first struck through by a rule a PDF draws between its rows) or
     * corrected one ("2 → 1"), and taking the first alone graded an answer the student may not have meant, unflagged.
     * A matrix's alternative is of its shape.
     */
    private Optional<Alternative> alternativeAfter(Candidate taken, SheetSpec.PartSpec part) {
        // A check's part has no reference to show it asks for one number; the number its label gave says so. A
        // flattened layer's shape is one number too.
        if (!part.symbols().isEmpty() || taken.order() + 1 >= candidates.size()
                || !(value(taken, part).orElse(null) instanceof SheetValue.Numbers first)) {
            return Optional.empty();
        }
        boolean oneNumber = first.tensor().rank() == 0
                && part.reference().map(reference -> reference.values().length <= 1).orElse(true);
        boolean matrix = first.tensor().rank() == 2 && !first.tensor().isSingle()
                && (part.kind() == SheetSpec.ValueKind.MATRIX || part.kind() == SheetSpec.ValueKind.UNKNOWN);
        if (!oneNumber && !matrix) {
            return Optional.empty();
        }
        Candidate next = candidates.get(taken.order() + 1);
        if (next.lineIndex() != taken.lineIndex() || claimed(next) || next.form() != Candidate.Form.VALUE
                || !(value(next, part).orElse(null) instanceof SheetValue.Numbers numbers)
                || !Arrays.equals(numbers.tensor().shape(), first.tensor().shape())) {
            return Optional.empty();
        }
        String before = next.context().substring(next.context().lastIndexOf('\n') + 1);
        int end = before.lastIndexOf(taken.written());
        if (end < 0) {
            return Optional.empty();
        }
        String separator = before.substring(end + taken.written().length());
        if (CORRECTING_ARROW.matcher(separator).matches()) {
            return Optional.of(new Alternative(taken, next, separator, true));
        }
        // Numbers side by side in a row of a table ("8  flatten  9216  0") are its columns, not alternatives.
        String beforeTaken = taken.context().substring(taken.context().lastIndexOf('\n') + 1);
        boolean alternatives = ALTERNATIVES.matcher(separator).matches()
                || LISTED.matcher(separator).matches() && (AFTER_SIGN.matcher(beforeTaken).find()
                        || NAME_ALONE.matcher(beforeTaken).matches()
                        || beforeTaken.isBlank() && AFTER_SIGN.matcher(previousText(taken)).find());
        return alternatives ? Optional.of(new Alternative(taken, next, separator, false)) : Optional.empty();
    }

    /**
     * A value of the part's kind right after an arrow that follows {@code taken}, for a part asking for more than one
     * number: "H5 : 64/2 = 32 ⇒ 100 × 16 × 32 × 32" goes on to the shape asked for, as "2 → 1" corrects a number.
     */
    private Optional<Alternative> arrowAfter(Candidate taken, SheetSpec.PartSpec part) {
        if (part.reference().map(reference -> reference.values().length <= 1).orElse(true)
                || taken.order() + 1 >= candidates.size()) {
            return Optional.empty();
        }
        Candidate next = candidates.get(taken.order() + 1);
        if (next.lineIndex() != taken.lineIndex() || claimed(next) || next.form() != Candidate.Form.VALUE
                || !readable(next, part) || !sameKind(next, part)) {
            return Optional.empty();
        }
        String before = next.textBefore();
        int end = before.lastIndexOf(taken.written());
        String separator = end < 0 ? "" : before.substring(end + taken.written().length());
        return end >= 0 && CORRECTING_ARROW.matcher(separator).matches()
                ? Optional.of(new Alternative(taken, next, separator, true)) : Optional.empty();
    }

    /**
     * Whether a candidate stands in a row that names the part's layer and also holds an unclaimed value of the
     * part's shape, which {@link #byLayerName} takes.
     */
    private boolean besideItsShapeInALayersRow(Candidate candidate, SheetSpec.PartSpec part, List<Candidate> section) {
        if (part.layer().isEmpty() || !layerRows.namesLayer(candidate, part.layer().get())) {
            return false;
        }
        if (splitShape(candidate, part, section).or(() -> channelsInWords(candidate, part, section)).isPresent()) {
            return true;
        }
        for (Candidate other : section) {
            if (other != candidate && other.lineIndex() == candidate.lineIndex()
                    && layerRows.itemOf(other) == layerRows.itemOf(candidate)
                    && !claimed(other)
                    && readable(other, part) && !computations.isTerm(other) && sameShape(other, part)) {
                return true;
            }
        }
        return false;
    }

    /** A row of a list or table that names the part's layer ({@code conv3 | 3×3, 384 | 384 × 13 × 13}). */
    private void byLayerName(List<SheetSpec.PartSpec> parts, List<Candidate> body, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.has(part) || part.layer().isEmpty()) {
                continue;
            }
            // A row is a line, or an item of a one-line list ("conv1: 96×55×55, pool1: 96×27×27").
            int row = -1;
            int item = -1;
            Candidate chosen = null;
            Candidate exact = null;
            Candidate earlierExact = null;
            int exactShapes = 0;
            // In a table with its layers as columns, the layer's column: its header names it.
            String header = null;
            for (Candidate candidate : body) {
                if (row >= 0 && (candidate.lineIndex() != row || layerRows.itemOf(candidate) != item)) {
                    if (chosen != null || exact != null) {
                        break;
                    }
                    // The row named the layer and gave nothing of the part's kind (its kernel's size, its formula
                    // left without a result): a later row naming it may give it ("conv2 = 256 × 27 × 27").
                    row = -1;
                    item = -1;
                }
                if (header != null && !headerOver(candidate).equals(header)) {
                    continue;
                }
                // A shape is the answer even as the factors of a product: "pool3: 256 × 6 × 6 = 9216 values".
                if (claimed(candidate) || !readable(candidate, part) || computations.isTerm(candidate)
                        && result(candidate, part) != candidate) {
                    continue;
                }
                if (row < 0 && headerNamesLayer(candidate, part.layer().get())) {
                    header = headerOver(candidate);
                } else if (row < 0 && !layerRows.namesLayer(candidate, part.layer().get())) {
                    continue;
                }
                row = candidate.lineIndex();
                item = layerRows.itemOf(candidate);
                if (layerRows.rowNumber(candidate) || layerRows.inLayerName(candidate, part.layer().get())
                        || layerRows.kernelSize(candidate) || layerRows.inFloor(candidate)) {
                    continue;
                }
                // Of the numbers equal to the reference only as a single entry, the first after the layer's name:
                // "| Flatten | 9216 | 0 |" is the length, then the Parameters column.
                boolean asAnEntry = !exactShape(candidate, part) && sameShape(candidate, part);
                if (asAnEntry && (chosen == null || !sameShape(chosen, part))
                        || chosen == null && sameKind(candidate, part)) {
                    chosen = candidate;
                }
                // "8  Flatten  (9216,)  0": the shape (9216,) is the answer, not the count 0 of the params column,
                // which only a single entry's equality with a number makes of the same shape. Of a layer's shapes,
                // the last: its input before its output.
                if (exactShape(candidate, part)) {
                    earlierExact = exact;
                    exact = candidate;
                    exactShapes++;
                }
            }
            // Headers naming the output before the input ("| Layer | Output | Input |") say which of the row's two
            // shapes is the layer's: the first.
            boolean outputFirst = earlierExact != null && exactShapes == 2 && outputBeforeInput(earlierExact, exact);
            chosen = outputFirst ? earlierExact : exact != null ? exact : chosen;
            Candidate sides = chosen;
            Optional<SplitShape> split = exact == null && chosen != null ? splitShape(chosen, part, body)
                    .or(() -> channelsInWords(sides, part, body)) : Optional.empty();
            if (split.isPresent()) {
                takeSplit(part, split.get(), found);
            } else if (chosen != null && sameKind(chosen, part)) {
                Optional<Candidate> below = correctionBelow(chosen, part);
                take(part, chosen, FoundBy.LABEL, found, List.of());
                if (below.isPresent()) {
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted(correctedBelow(chosen,
                            below.get())));
                }
                Candidate taken = chosen;
                otherRowOfTheLayer(taken, part, body).filter(other -> below.filter(corrected -> corrected.order()
                        == other.order()).isEmpty()).ifPresent(other -> found.answers().put(part.id(),
                        found.answers().get(part.id()).doubted("'" + layerRows.layerName(other, part)
                                + "' also names " + other.written().strip() + " (" + at(other.lineIndex())
                                + "), not taken: check which is the student's answer")));
                Optional<String> comparison = taken == exact && earlierExact != null && !outputFirst
                        && !value(earlierExact, part).equals(value(exact, part))
                        ? lastColumnInDoubt(earlierExact, exact, part) : Optional.empty();
                if (taken == exact && earlierExact != null && !outputFirst
                        && givenInProseBefore(earlierExact, exact, part)) {
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted(laterOfTwo(earlierExact,
                            exact)));
                } else if (comparison.isPresent()) {
                    Candidate first = earlierExact;
                    found.answers().put(part.id(), found.answers().get(part.id()).doubted("the row gives "
                            + first.written().strip() + " and then " + exact.written().strip() + " ("
                            + at(exact.lineIndex()) + "): the last was read as the layer's output, but the table's"
                            + " headers " + comparison.get() + ": check which is the team's answer"));
                } else if (found.answers().get(part.id()).doubt().isEmpty()) {
                    // "Flatten: not 9216 but 9126": a number the layer's row gives against the one read.
                    laterInItsProse(new LabelTaken(part, taken, body, found.region().headed())).ifPresent(doubt
                            -> found.answers().put(part.id(), found.answers().get(part.id()).doubted(doubt)));
                }
            }
        }
    }

    /**
     * A layer's shape over its table's columns named for its sides ({@code | Layer | C | H | W |}, {@link SideColumns}):
     * the row naming the layer gives it, read by its label. The table's numbers are its sides, no values of their own:
     * read as the rows of one matrix, they would be left for a guess.
     */
    private void bySideColumns(List<SheetSpec.PartSpec> parts, List<Candidate> body, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.has(part) || part.layer().isEmpty() || part.reference().isEmpty()
                    || !Arrays.equals(part.reference().get().shape(), new int[] {3})) {
                continue;
            }
            for (int line = found.region().start(); line < found.region().end(); line++) {
                if (!layerRows.namesLayer(line, part.layer().get())) {
                    continue;
                }
                Optional<SideColumns.Sides> sides = SideColumns.read(document.lines(), line,
                        index -> regions.inHeading(index, 0));
                if (sides.isEmpty()) {
                    continue;
                }
                int row = line;
                int header = sides.get().headerLine();
                for (Candidate candidate : body) {
                    if (!claimed(candidate) && (candidate.lineIndex() == row || candidate.lineIndex() > header
                            && candidate.lineIndex() < row && value(candidate, part).orElse(null)
                                    instanceof SheetValue.Numbers numbers && numbers.tensor().rank() == 2)) {
                        claimedBy[candidate.order()] = FoundBy.LABEL;
                    }
                }
                readByCells.add(row);
                double[] values = sides.get().values();
                String written = Arrays.stream(values).mapToObj(side -> String.valueOf((long) side))
                        .collect(Collectors.joining(" × "));
                found.answers().put(part.id(), new Answer(part.id(), written,
                        Optional.of(new SheetValue.Numbers(Tensor.vector(values))), Optional.empty(), where(row),
                        FoundBy.LABEL, List.of("read from its table's columns of channels, height and width ("
                                + at(header) + ") as " + written)));
                break;
            }
        }
    }

    /**
     * Words of a table's headers naming a column that compares the team's value with another's: the paper's, what
     * PyTorch or Keras printed, the expected or reference value, a sanity check.
     */
    private static final Pattern COMPARED_COLUMN = Pattern.compile("\\b(?:paper|original|pytorch|torch|keras|x\\.shape"
            + "|expected|reference|official|check|sanity|verified|verification)\\b");
    private static final Pattern OUTPUT_WORD = Pattern.compile("\\boutputs?\\b");
    private static final Pattern INPUT_WORD = Pattern.compile("\\binputs?\\b");

    /**
     * Why the last of a row's two shapes may not be the team's answer, by the headers of its table: they name a column
     * that compares ("| Layer | Our output | AlexNet paper |", "| Output (by hand) | PyTorch x.shape |"), the output
     * before the input ("| Output size | Input size |"), or no input column before an output column ("| Layer | Our
     * result | Lecture slide 34 |", for a shape). Of a row's shapes the last is read, a layer's output after its
     * input, as headers naming the input before the output, or an arrow or "to" between the two
     * ({@code 3 × 227 × 227 → 96 × 55 × 55}), say; under other headers it may be the paper's value or the layer's
     * input, graded as the team's.
     */
    private Optional<String> lastColumnInDoubt(Candidate earlier, Candidate later, SheetSpec.PartSpec part) {
        if (between(earlier, later).filter(words -> LEADS_TO.matcher(words).find()).isPresent()) {
            return Optional.empty();
        }
        String headers = layerRows.headerRow(later.lineIndex());
        Matcher compared = COMPARED_COLUMN.matcher(headers);
        if (compared.find()) {
            return Optional.of("name a column '" + compared.group() + "'");
        }
        ColumnOrder order = ColumnOrder.of(headers);
        if (order != ColumnOrder.UNNAMED) {
            return order == ColumnOrder.OUTPUT_FIRST ? Optional.of("name the output before the input")
                    : Optional.empty();
        }
        // No headers seen (a blank line or a heading right above the rows): nothing says otherwise. A count's row
        // (a layer's parameters beside its shape's entries) has no input and output.
        return headers.isBlank() || part.expectation().rank() == 0 ? Optional.empty()
                : Optional.of("name no input column before an output column");
    }

    /**
     * Whether the headers of the table a row of two shapes stands in name its output column before its input column
     * ({@code | Layer | Output size | Input size |}), nothing comparing, and no arrow or "to" between the two says the
     * later comes out of the earlier.
     */
    private boolean outputBeforeInput(Candidate earlier, Candidate later) {
        if (between(earlier, later).filter(words -> LEADS_TO.matcher(words).find()).isPresent()) {
            return false;
        }
        String headers = layerRows.headerRow(later.lineIndex());
        return !COMPARED_COLUMN.matcher(headers).find() && ColumnOrder.of(headers) == ColumnOrder.OUTPUT_FIRST;
    }

    /** The order in which a table's headers name its input and output columns. */
    private enum ColumnOrder {
        INPUT_FIRST, OUTPUT_FIRST, UNNAMED;

        static ColumnOrder of(String headers) {
            Matcher output = OUTPUT_WORD.matcher(headers);
            Matcher input = INPUT_WORD.matcher(headers);
            if (!output.find() || !input.find()) {
                return UNNAMED;
            }
            return output.start() < input.start() ? OUTPUT_FIRST : INPUT_FIRST;
        }
    }

    /** What says the value after it is the result of the one before: an arrow, "to" ("from … to …"), "output". */
    private static final Pattern LEADS_TO = Pattern.compile(ProsePatterns.ARROW
            + "|\\b(?:to|into|becomes?|gives?|yields?|out(?:puts?)?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether two shapes of a layer's line differ and have words between them ("conv1: 96 × 54 × 54 (not 96 × 55 ×
     * 55)"), not only a table's cells' gap or an arrow ("256 × 13 × 13 | 384 × 13 × 13", "… → …", "… output …"): the
     * later is read, as a row's output after its input, but the team may mean the first.
     */
    private boolean givenInProseBefore(Candidate earlier, Candidate later, SheetSpec.PartSpec part) {
        return !value(earlier, part).equals(value(later, part)) && between(earlier, later).filter(words
                -> words.codePoints().anyMatch(Character::isLetter) && !LEADS_TO.matcher(words).find()).isPresent();
    }

    /** The text between two values of the later's line, where the line gives the earlier before it. */
    private Optional<String> between(Candidate earlier, Candidate later) {
        // The whole line before it: a candidate's context keeps only its last 120 characters, and a sentence between
        // the two shapes may be longer.
        String text = document.lines().get(later.lineIndex()).text();
        String line = later.column() <= text.length() ? text.substring(0, later.column()) : later.textBefore();
        int end = line.lastIndexOf(earlier.written());
        return end < 0 ? Optional.empty() : Optional.of(line.substring(end + earlier.written().length()));
    }

    /** The doubt on the later of two shapes of a layer its line gives, read ({@link #givenInProseBefore}). */
    private String laterOfTwo(Candidate earlier, Candidate later) {
        String first = earlier.written().strip().replaceAll("\\s+", " ");
        String second = later.written().strip().replaceAll("\\s+", " ");
        return correctedAfter(earlier, later) ? "its line corrects " + first + " to " + second + " ("
                + at(later.lineIndex()) + "): read as corrected, confirm the team means it"
                : "its line gives " + first + " before " + second + " (" + at(later.lineIndex()) + "): the later was"
                + " read, as a layer's output follows its input; confirm the team means it, not the first";
    }

    /**
     * A layer's output shape split over a table's columns {@code channels | spatial}: in an exam's row {@code 1 & conv1
     * (11$\\times$11, stride 4) & 96 & $55 \\times 55$} the output is 96 × 55 × 55, and the kernel's 11 × 11 was read,
     * graded incorrect. The row's last two values, a whole number and a shape of one side fewer than the reference's,
     * with nothing but blanks or cell marks between them: the count and the shape, in that order. Empty for any other
     * row, or where a value of the part's own shape stands in it.
     */
    private Optional<SplitShape> splitShape(Candidate inRow, SheetSpec.PartSpec part, List<Candidate> body) {
        if (part.reference().isEmpty() || part.reference().get().rank() != 1
                || part.reference().get().shape()[0] < 3) {
            return Optional.empty();
        }
        List<Candidate> row = body.stream().filter(other -> other.lineIndex() == inRow.lineIndex()
                && layerRows.itemOf(other) == layerRows.itemOf(inRow)).toList();
        if (row.size() < 2 || row.stream().anyMatch(other -> exactShape(other, part))) {
            return Optional.empty();
        }
        Candidate count = row.get(row.size() - 2);
        Candidate sides = row.get(row.size() - 1);
        String line = document.lines().get(count.lineIndex()).text();
        int countEnd = count.column() + count.written().length();
        boolean adjacent = countEnd <= sides.column()
                && line.substring(countEnd, sides.column()).replaceAll("[\\s|&$]", "").isEmpty();
        return adjacent && countAndSides(count, sides, part) ? Optional.of(new SplitShape(count, sides, Told.COLUMNS))
                : Optional.empty();
    }

    /** Whether two free values are a shape's count of channels, a whole number, and its other sides. */
    private boolean countAndSides(Candidate count, Candidate sides, SheetSpec.PartSpec part) {
        boolean whole = value(count, part).orElse(null) instanceof SheetValue.Numbers number && number.tensor().isSingle()
                && number.tensor().item() == Math.rint(number.tensor().item()) && number.tensor().item() > 0;
        boolean fewer = value(sides, part).orElse(null) instanceof SheetValue.Numbers shape
                && shape.tensor().rank() == 1 && shape.tensor().shape()[0] == part.reference().get().shape()[0] - 1;
        return whole && fewer && !claimed(count) && !claimed(sides);
    }

    /**
     * A layer's output shape as prose gives it, its sides and its channels counted in words: {@code 13×13 with 384
     * channels}, {@code 96 feature maps of size 55 × 55}, {@code 256 filters, 27 × 27}. Read alone, the sides would be
     * graded as the layer's shape. Empty unless the count and the sides stand together so in the row of
     * {@code sides}, nothing else between them.
     */
    private Optional<SplitShape> channelsInWords(Candidate sides, SheetSpec.PartSpec part, List<Candidate> body) {
        if (part.reference().isEmpty() || part.reference().get().rank() != 1
                || part.reference().get().shape()[0] < 3) {
            return Optional.empty();
        }
        String line = document.lines().get(sides.lineIndex()).text();
        int sidesEnd = sides.column() + sides.written().length();
        for (Candidate count : body) {
            if (count.lineIndex() != sides.lineIndex() || layerRows.itemOf(count) != layerRows.itemOf(sides)
                    || count == sides
                    || !countAndSides(count, sides, part)) {
                continue;
            }
            int countEnd = count.column() + count.written().length();
            boolean after = count.column() >= sidesEnd
                    && SIDES_WITH.matcher(line.substring(sidesEnd, count.column())).matches()
                    && CHANNELS_AFTER.matcher(line).region(countEnd, line.length()).lookingAt();
            boolean before = countEnd <= sides.column()
                    && CHANNELS_OF.matcher(line.substring(countEnd, sides.column())).matches();
            if (after || before) {
                return Optional.of(new SplitShape(count, sides, Told.WORDS));
            }
        }
        return Optional.empty();
    }

    /**
     * What joins a shape's sides to the count of its channels after them: "13×13 with 384 …", "13×13, 384 …", "13 × 13
     * px, 384 channels".
     */
    private static final Pattern SIDES_WITH = Pattern.compile("\\s*(?:(?:px|pixels?)\\b\\.?\\s*)?(?:,\\s*)?"
            + "(?:with|and|having|of)?\\s*", Pattern.CASE_INSENSITIVE);
    /** The words after a count that say it counts a feature map's channels: "… 384 channels", "… 96 feature maps". */
    private static final Pattern CHANNELS_AFTER = Pattern.compile(
            "\\s*(?:output\\s+)?(?:" + SideColumns.CHANNEL_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The words between a count of channels and the sides after it: "96 feature maps of size 55 × 55". */
    private static final Pattern CHANNELS_OF = Pattern.compile("\\s*(?:output\\s+)?(?:" + SideColumns.CHANNEL_WORDS
            + ")\\s*(?:,|of|with|each(?:\\s+of)?)?\\s*(?:(?:spatial\\s+)?(?:size|shape|resolution)\\s*(?:of)?\\s*)?"
            + "[:=]?\\s*", Pattern.CASE_INSENSITIVE);

    /** How a shape's count of channels is told apart from its other sides. */
    private enum Told {
        /** In a column of its own: {@code 96 | 55 × 55}. */
        COLUMNS,
        /** In words: {@code 55 × 55 with 96 channels}. */
        WORDS
    }

    /** A shape written as a count and, apart from it, its other sides: {@code 96 | 55 × 55}, {@code 55 × 55 with 96 channels}. */
    private record SplitShape(Candidate count, Candidate sides, Told told) {
    }

    /** The text of a line from one candidate's start to another's end, both on it. */
    private String textFrom(Candidate from, Candidate to) {
        String text = document.lines().get(from.lineIndex()).text();
        return text.substring(from.column(), Math.min(text.length(), to.column() + to.written().length()));
    }

    /**
     * Takes a shape written as a count and the other sides in the next column, as one value: 96 and 55 × 55 are the
     * shape 96 × 55 × 55, its reading in doubt unless the table's headers name the columns channels (or depth, maps)
     * and spatial (or height, H × W): a count beside a kernel's size ({@code filters | kernel size}) is no shape.
     */
    private void takeSplit(SheetSpec.PartSpec part, SplitShape split, Found found) {
        Candidate count = split.count();
        Candidate sides = split.sides();
        take(part, sides, FoundBy.LABEL, found, List.of());
        claimedBy[count.order()] = FoundBy.LABEL;
        double[] values = new double[part.reference().get().shape()[0]];
        values[0] = ((SheetValue.Numbers) value(count, part).get()).tensor().item();
        System.arraycopy(((SheetValue.Numbers) value(sides, part).get()).tensor().values(), 0, values, 1,
                values.length - 1);
        Answer sidesOnly = found.answers().get(part.id());
        String written = (count.column() < sides.column() ? textFrom(count, sides) : textFrom(sides, count)).strip();
        String read = "read from two columns, the count " + count.written().strip() + " and the sides "
                + sides.written().strip() + ", as one shape";
        List<String> notes = new ArrayList<>(sidesOnly.notes());
        notes.add(split.told() == Told.WORDS ? "read from its sides and the count of its channels in words, "
                + written + ", as one shape" : read);
        Answer joined = new Answer(part.id(), written, Optional.of(new SheetValue.Numbers(Tensor.vector(values))),
                Optional.empty(), sidesOnly.where(), FoundBy.LABEL, notes);
        String headers = tableHeaders(count.lineIndex());
        boolean named = split.told() == Told.WORDS || SPLIT_HEADERS.matcher(headers).find();
        found.answers().put(part.id(), named ? joined : joined.doubted(read + " (" + at(count.lineIndex())
                + "); the table's headers do not say its columns are the channels and the spatial size: check it"));
    }

    /** Headers naming a shape's columns: the channels (depth, maps) and the spatial size (height × width). */
    private static final Pattern SPLIT_HEADERS = Pattern.compile(
            "(?=.*\\b(?:channels?|depth|maps)\\b)(?=.*\\b(?:spatial|h\\s*[×x]\\s*w|height))");

    /**
     * A value of the reference's shape, other than the one taken, in a later row that names the same layer: a
     * correction ("conv1 (corrected): 96 × 56 × 56", "Correction: conv1: 96 × 54 × 54") or a second attempt. The first row's value was graded without a
     * word.
     */
    private Optional<Candidate> otherRowOfTheLayer(Candidate taken, SheetSpec.PartSpec part, List<Candidate> body) {
        if (!(value(taken, part).orElse(null) instanceof SheetValue.Numbers takenValue)) {
            return Optional.empty();
        }
        for (Candidate candidate : body) {
            if (candidate.lineIndex() <= taken.lineIndex() || claimed(candidate) || !readable(candidate, part)
                    || !exactShape(candidate, part) || !layerRows.namesLayer(candidate, part.layer().get())
                    && !correctsLayer(candidate.lineIndex(), part.layer().get())
                    || !(value(candidate, part).orElse(null) instanceof SheetValue.Numbers otherValue)
                    || equal(takenValue.tensor(), otherValue.tensor())) {
                continue;
            }
            return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Whether a line opens by saying it corrects the layer's row: "Correction: conv1: 96 × 54 × 54". */
    private boolean correctsLayer(int lineIndex, SheetSpec.LayerSpec layer) {
        String text = document.lines().get(lineIndex).text().toLowerCase(Locale.ROOT).replace("*", "");
        Matcher correction = CORRECTION_BELOW.matcher(text);
        if (!correction.lookingAt()) {
            return false;
        }
        String row = text.substring(correction.end()).replaceFirst("^[\\s:–-]+", "");
        return layer.names().stream().anyMatch(name -> LayerRows.opensWithName(row, name));
    }

    /** Where a line stands, for a note: "page 2, line 14" or "line 14". */
    private String at(int lineIndex) {
        Document.Line line = document.lines().get(lineIndex);
        return (line.page() > 0 ? "page " + line.page() + ", " : "") + "line " + line.number();
    }

    /** Whether a candidate's value has the reference's shape itself, dimension for dimension. */
    private boolean exactShape(Candidate candidate, SheetSpec.PartSpec part) {
        return part.reference().isPresent() && value(candidate, part).orElse(null) instanceof SheetValue.Numbers numbers
                && Arrays.equals(numbers.tensor().shape(), part.reference().get().shape());
    }

    /** Whether the header over a candidate's cell, in a table with its layers as columns, names the layer. */
    private boolean headerNamesLayer(Candidate candidate, SheetSpec.LayerSpec layer) {
        String header = headerOver(candidate);
        return !header.isEmpty() && layer.names().stream().anyMatch(name -> LayerRows.opensWithName(header, name));
    }

    /**
     * A list of a quantity for every layer (the shapes down the network, say) aligned with the
     * network: rows that equal a layer's reference anchor the list (the longest run of such rows in
     * order), and the layers between two anchors take the rows between them when there are as many of
     * each; after the last anchor, or with no anchor at all (an early slip carried on), rows and
     * layers pair in order. So a part takes its own layer's row, whatever rows of layers the rubric
     * does not ask about, or of the input, stand between.
     */
    private void byLayerAlignment(List<SheetSpec.PartSpec> parts, List<Candidate> body, Found found) {
        Map<String, List<SheetSpec.PartSpec>> lists = new LinkedHashMap<>();
        for (SheetSpec.PartSpec part : parts) {
            // Shapes only: a list of numbers cannot be told from the numbers of the prose around it.
            if (part.layer().isPresent() && part.reference().isPresent() && part.kind() == SheetSpec.ValueKind.VECTOR) {
                String key = part.layer().get().quantity() + Arrays.toString(part.reference().get().shape());
                lists.computeIfAbsent(key, unused -> new ArrayList<>()).add(part);
            }
        }
        for (List<SheetSpec.PartSpec> asked : lists.values()) {
            SheetSpec.PartSpec first = asked.get(0);
            List<Tensor> values = first.layer().get().values();
            List<Candidate> rows = new ArrayList<>();
            boolean activationsCounted = first.layer().get().activationsCounted();
            for (Candidate candidate : body) {
                // A summary's ReLU and BatchNorm rows repeat the shape above them: for a network that counts no
                // such layer they would shift every row below by one.
                // The network's input restated in the prose ("we start with an input of size 3 × 227 × 227") is no
                // layer's row: taken so, it shifted every layer's shape below it by one.
                if (readable(candidate, first) && sameShape(candidate, first) && !computations.isTerm(candidate)
                        && !given(candidate, first)
                        && (activationsCounted || !UNCOUNTED_LAYER.matcher(document.lines()
                                .get(candidate.lineIndex()).text()).lookingAt())) {
                    rows.add(candidate);
                }
            }
            Map<Integer, Candidate> byPosition = new HashMap<>();
            Map<Integer, FoundBy> how = new HashMap<>();
            align(rows, values, first, first.layer().get().withInput(), byPosition, how);
            for (SheetSpec.PartSpec part : asked) {
                Candidate row = byPosition.get(part.layer().get().position());
                if (row != null && !found.has(part) && !claimed(row)) {
                    FoundBy foundBy = how.get(part.layer().get().position());
                    take(part, row, foundBy, found, foundBy == FoundBy.ORDER ? List.of("taken from the row of layer "
                            + part.layer().get().index() + " in a list of the network's layers") : List.of());
                }
            }
        }
    }

    /** The alignment of {@code rows} with the layers' {@code values}: each layer's row, and how it was placed. */
    private void align(List<Candidate> rows, List<Tensor> values, SheetSpec.PartSpec part, boolean withInput,
            Map<Integer, Candidate> byPosition, Map<Integer, FoundBy> how) {
        int n = rows.size();
        int m = values.size();
        boolean[][] equal = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            Tensor row = ((SheetValue.Numbers) value(rows.get(i), part).orElseThrow()).tensor();
            for (int j = 0; j < m; j++) {
                // The input restated channels last (227 × 227 × 3) is still the input's row, no layer's.
                equal[i][j] = Arrays.equals(row.shape(), values.get(j).shape()) && (equal(values.get(j), row)
                        || withInput && j == 0 && equalChannelsLast(values.get(0), row));
            }
        }
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = equal[i][j] ? 1 + longest[i + 1][j + 1] : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        List<int[]> anchors = new ArrayList<>();
        for (int i = 0, j = 0; i < n && j < m;) {
            if (equal[i][j] && longest[i][j] == 1 + longest[i + 1][j + 1]) {
                anchors.add(new int[] {i, j});
                i++;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int[] anchor : anchors) {
            byPosition.put(anchor[1], rows.get(anchor[0]));
            how.put(anchor[1], FoundBy.MATCH);
        }
        // An input the list does not restate is no row of it.
        int[] previous = withInput && (anchors.isEmpty() || anchors.get(0)[1] != 0) ? new int[] {-1, 0}
                : new int[] {-1, -1};
        List<int[]> bounds = new ArrayList<>(anchors);
        bounds.add(new int[] {n, m});
        for (int k = 0; k < bounds.size(); k++) {
            int[] next = bounds.get(k);
            int rowsBetween = next[0] - previous[0] - 1;
            int layersBetween = next[1] - previous[1] - 1;
            boolean last = k == bounds.size() - 1;
            if (rowsBetween > 0 && layersBetween > 0 && (rowsBetween == layersBetween || last)) {
                for (int offset = 1; offset <= Math.min(rowsBetween, layersBetween); offset++) {
                    byPosition.put(previous[1] + offset, rows.get(previous[0] + offset));
                    how.put(previous[1] + offset, FoundBy.ORDER);
                }
            }
            previous = next;
        }
    }

    /** A candidate that matches the reference, an accepted variant or the check: the first such that is no term. */
    private void byMatch(List<SheetSpec.PartSpec> parts, List<Candidate> body, Found found) {
        for (SheetSpec.PartSpec part : parts) {
            if (found.has(part)) {
                continue;
            }
            for (Candidate candidate : found.forPart(part, body)) {
                // A layer's shape in a table's cell is a product whose value the next cell may give ("256 × 6 × 6 |
                // 9,216", pool3 and the flattened length): a term, yet the shape a part asks for.
                if (!claimed(candidate) && (!computations.isTerm(candidate)
                        || part.kind() == SheetSpec.ValueKind.VECTOR)
                        && matchesTarget(candidate, part)) {
                    take(part, candidate, FoundBy.MATCH, found, List.of());
                    break;
                }
            }
            if (!found.has(part)) {
                sameLayerValue(part, found);
            }
        }
    }

    /**
     * For a layer whose shape equals another asked layer's ("the next two convolutions keep
     * 384 × 13 × 13"), the value that layer took, when it matches: one statement answers both.
     */
    private void sameLayerValue(SheetSpec.PartSpec part, Found found) {
        if (part.layer().isEmpty() || part.reference().isEmpty()) {
            return;
        }
        for (SheetSpec.PartSpec other : spec.parts()) {
            Candidate taken = takenFrom.get(other.id());
            if (other != part && taken != null && other.questionId().equals(part.questionId())
                    && other.layer().isPresent() && other.reference().isPresent()
                    && other.layer().get().quantity().equals(part.layer().get().quantity())
                    && equal(other.reference().get(), part.reference().get()) && matchesTarget(taken, part)) {
                take(part, taken, FoundBy.MATCH, found, List.of("the same value answers " + other.id()));
                return;
            }
        }
    }

    /**
     * The n-th value of a part's kind for the region's n-th such part, whatever its shape: after the
     * answer of the part before it, values the document names first; values the problem gives
     * ({@code X = …} restated) and terms of a computation never.
     */
    private void byOrder(List<SheetSpec.PartSpec> parts, List<Candidate> body, Found found) {
        int previous = -1;
        Map<SheetSpec.ValueKind, Integer> counts = new HashMap<>();
        for (SheetSpec.PartSpec part : parts) {
            int nth = counts.merge(part.kind(), 1, Integer::sum);
            if (found.has(part)) {
                Candidate from = takenFrom.get(part.id());
                if (from != null) {
                    previous = Math.max(previous, from.order());
                }
                continue;
            }
            if (part.kind() == SheetSpec.ValueKind.UNKNOWN) {
                continue;
            }
            Candidate chosen = null;
            // A matrix the document names (Z = …) comes before an unnamed one; a number does not, as "stride=2"
            // in code names a number too.
            boolean[] namings = part.kind() == SheetSpec.ValueKind.MATRIX ? new boolean[] {true, false}
                    : new boolean[] {false};
            for (int after : new int[] {previous, -1}) {
                for (boolean named : namings) {
                    if (chosen == null) {
                        chosen = inOrder(part, found.forPart(part, body), after, named);
                    }
                }
            }
            if (chosen != null && cutFormula(chosen, part)) {
                claimedBy[chosen.order()] = FoundBy.ORDER;
                takenFrom.put(part.id(), chosen);
                String quoted = Excerpt.quoted(chosen.written());
                found.answers().put(part.id(), Answer.unread(part.id(), chosen.written(), where(chosen.lineIndex()),
                        FoundBy.ORDER, "a formula cut after its last operator, " + quoted + " (" + at(chosen.lineIndex())
                                + "): the line after it does not go on with it", "taken as formula " + nth
                                + " of question " + found.question().id() + " for want of a label, " + quoted + " at "
                                + at(chosen.lineIndex()) + " is cut after its last operator"));
                previous = chosen.order();
            } else if (chosen != null) {
                take(part, chosen, FoundBy.ORDER, found, List.of("taken as value " + nth + " of its kind ("
                        + part.kind().name().toLowerCase(Locale.ROOT) + ") in question " + found.question().id()
                        + ", for want of a label"));
                previous = chosen.order();
            }
        }
    }

    private Candidate inOrder(SheetSpec.PartSpec part, List<Candidate> body, int after, boolean named) {
        for (Candidate candidate : body) {
            if (candidate.order() > after && !claimed(candidate) && cutFormula(candidate, part)) {
                return candidate; // it holds its place, unread: the next formula answers the next part
            }
            if (candidate.order() <= after || claimed(candidate) || !readable(candidate, part)
                    || !(sameKind(candidate, part) || squareSide(candidate, part)) || computations.isTerm(candidate)
                    || given(candidate, part) || !standsAlone(candidate, part)) {
                continue;
            }
            if (!named || definedName(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether a candidate is a formula for a formula part, cut after an operator at its line's end; {@link Candidates}
     * keeps such a formula with its operator when the next line does not go on with it. No value can be read from
     * it, and taking the next formula in its place would give this part the next part's answer.
     */
    private static boolean cutFormula(Candidate candidate, SheetSpec.PartSpec part) {
        return part.kind() == SheetSpec.ValueKind.FORMULA && candidate.form() == Candidate.Form.FORMULA
                && FormulaSpans.cut(candidate.written());
    }

    /**
     * Whether a candidate is a square's sides given for a number part that asks for one side, and says
     * so ("the output is 3 × 3"): the rubric, not the reading, decides whether that answers the side.
     */
    private boolean squareSide(Candidate candidate, SheetSpec.PartSpec part) {
        if (part.kind() != SheetSpec.ValueKind.NUMBER || !(assigned(candidate) || namedByPrompt(candidate, part))) {
            return false;
        }
        Optional<SheetValue> value = value(candidate, part);
        if (value.isEmpty() || !(value.get() instanceof SheetValue.Numbers numbers) || numbers.tensor().rank() != 1
                || numbers.tensor().size() != 2) {
            return false;
        }
        return numbers.tensor().valueAt(0) == numbers.tensor().valueAt(1);
    }

    /**
     * Whether a value can be an answer without a label: a matrix can; a shape only with as many sides
     * as the reference (a "2×2 window" is no layer's shape); a number or a yes/no only when something
     * gives it as a result ({@code = 27}, "is 9", "Answer: no"), not when prose merely mentions it
     * ("with stride 2", "after 10 layers").
     */
    private boolean standsAlone(Candidate candidate, SheetSpec.PartSpec part) {
        return switch (part.kind()) {
            case MATRIX, UNKNOWN -> true;
            case VECTOR -> part.reference().isEmpty() || sameShape(candidate, part);
            // The scanner finds a yes or no only where it answers ("No, the eye is outside …").
            case TRUTH -> true;
            // "(S = 2, P = 1)": values in parentheses restate the problem's parameters.
            case NUMBER -> (assigned(candidate) || namedByPrompt(candidate, part)) && !parenthesized(candidate);
            case FORMULA -> !parenthesized(candidate) && (value(candidate, part).orElse(null) instanceof SheetValue.Formula
                    ? !described(candidate) : assigned(candidate) || namedByPrompt(candidate, part));
        };
    }

    /** The words after which a formula describes a thing ("kernels of K × K", "a C × K × K kernel"), not a count. */
    private static final Pattern DESCRIBING = Pattern.compile(
            "(?:^|\\s)(?:of|a|an|the|with|by|per|each|in|over|into|from|to|is,?\\s+of)\\s*$");

    /** Whether a formula stands where prose describes something by it rather than giving a count. */
    private static boolean described(Candidate candidate) {
        return DESCRIBING.matcher(PartNames.normalize(candidate.textBefore()).stripTrailing()).find();
    }

    /**
     * For a part without an answer in its region, a labelled value elsewhere (not in the title block). Its label beats
     * a guess: a value another question's part took there by its place or its value is this part's, the other part
     * looks again, and its question is {@link AnswerSheet.Unheaded#MISNUMBERED} (its parts still missing are flagged).
     * A sheet numbering its problems from a theory question ({@code ## Problem 2} over question 1's {@code S = …},
     * {@code dK = …}) gave question 2's parts question 1's labelled values by their place, and question 1's parts
     * were missing, unflagged.
     */
    private void outside(Map<String, Answer> answers, Map<String, AnswerSheet.Unheaded> unheaded) {
        // A part that gave its guess away, before this one in the rubric, looks again.
        boolean released;
        do {
            released = false;
            for (SheetSpec.PartSpec part : spec.parts()) {
                if (!part.graded() || answers.containsKey(part.id())) {
                    continue;
                }
                Regions.Region own = regions.region(part.questionId());
                List<Candidate> elsewhere = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    if (!own.contains(candidate.lineIndex()) && eligible(candidate)
                            && !regions.inTitleBlock(candidate.lineIndex())) {
                        elsewhere.add(candidate);
                    }
                }
                // Away from its question a label must assign the value ("stride = 2"): "with stride 2" in another
                // question's text is no answer. One ending the line above ("P_same =" over its rows) assigns a value
                // no part took: a guess it would take away may be its own question's, whose label stands there too
                // ("(a) Identity kernel (3×3):" over the kernel, "kernel" a label of question 1.4's).
                Predicate<Candidate> free = candidate -> !claimed(candidate) || guessed(candidate);
                Predicate<Candidate> assignedByLabel = candidate -> assigned(candidate) || !headerOver(candidate).isEmpty()
                        || inRowOf(candidate, part.questionId()) || !claimed(candidate) && assignedAbove(candidate, part);
                Candidate chosen = labelled(part, elsewhere, candidate -> sameShape(candidate, part)
                        && assignedByLabel.test(candidate), free);
                if (chosen == null) {
                    chosen = labelled(part, elsewhere, candidate -> sameKind(candidate, part)
                            && assignedByLabel.test(candidate), free);
                }
                if (chosen == null && part.layer().filter(layer -> layer.quantity().startsWith("output_shape"))
                        .isPresent()) {
                    // "pool2: 256 × 12 × 12" beside another question's lines: a page's second column the reader ran
                    // into its first, or an answer set apart from its question. Only a shape: a layer's count or
                    // depth is named by words other sentences use ("depth of layer 2 = 128").
                    chosen = elsewhere.stream().filter(candidate -> free.test(candidate) && sameShape(candidate, part)
                            && layerNamedBefore(candidate, part.layer().get())).findFirst().orElse(null);
                }
                if (chosen == null) {
                    continue;
                }
                if (claimed(chosen)) {
                    release(chosen, answers).ifPresent(guesser -> unheaded.putIfAbsent(guesser.questionId(),
                            AnswerSheet.Unheaded.MISNUMBERED));
                    released = true;
                }
                SheetSpec.QuestionSpec question = spec.questions().stream()
                        .filter(candidate -> candidate.id().equals(part.questionId())).findFirst().orElseThrow();
                take(part, result(chosen, part), FoundBy.OUTSIDE, new Found(question, own, answers, Map.of()),
                        List.of("found next to its label outside question " + part.questionId() + "'s region"));
            }
        } while (released);
    }

    /**
     * Whether a candidate stands in a table's row that opens with a question's number and names something before it:
     * {@code 2  kernel size 5 × 3 × 3} of a final table of answers, its cells apart by spaces only as pdflatex sets a
     * table; not a matrix's row that opens with the same number ({@code 1.5  7.5  2.5  6.5}).
     */
    private static boolean inRowOf(Candidate candidate, String questionId) {
        String before = candidate.textBefore().strip();
        String row = before.startsWith("|") ? before.replaceFirst("^\\|\\s*", "") : before;
        String number = questionId.replace('-', '.');
        return (row.startsWith(number + " ") || row.startsWith(number + "\t"))
                && row.substring(number.length()).codePoints().anyMatch(Character::isLetter);
    }

    /** Gives back a candidate a part took by a guess: that part, returned, is without an answer again. */
    private Optional<SheetSpec.PartSpec> release(Candidate candidate, Map<String, Answer> answers) {
        Optional<String> guesser = takenFrom.entrySet().stream().filter(taken -> taken.getValue().equals(candidate))
                .map(Map.Entry::getKey).findFirst();
        guesser.ifPresent(part -> {
            takenFrom.remove(part);
            answers.remove(part);
        });
        claimedBy[candidate.order()] = null;
        return guesser.flatMap(spec::part);
    }

    /**
     * The last unclaimed, readable candidate that {@code qualifies}, next to the first of the part's
     * labels that labels any such; null when there is none.
     */
    private Candidate labelled(SheetSpec.PartSpec part, List<Candidate> section, Predicate<Candidate> qualifies) {
        return labelled(part, section, qualifies, candidate -> !claimed(candidate));
    }

    /** As {@link #labelled(SheetSpec.PartSpec, List, Predicate)}, among the candidates that are {@code free}. */
    private Candidate labelled(SheetSpec.PartSpec part, List<Candidate> section, Predicate<Candidate> qualifies,
            Predicate<Candidate> free) {
        for (String label : part.labels()) {
            Candidate found = null;
            for (Candidate candidate : section) {
                if (free.test(candidate) && namedBy(candidate, label, part) && readable(candidate, part)
                        && qualifies.test(candidate) && !shapeOfAValue(candidate, part)) {
                    found = candidate;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether the candidate is the shape of a real space ({@code W_1 \\in \\mathbb{R}^{2 \\times 2}}) and the part asks
     * for no shape: the space says what the named value is made of, and its value is given elsewhere. Read as W1's
     * value, {@code [2, 2]} failed the XOR check W1 takes part in.
     */
    private boolean shapeOfAValue(Candidate candidate, SheetSpec.PartSpec part) {
        return part.kind() != SheetSpec.ValueKind.VECTOR && Candidates.afterRealSpace(candidate.textBefore());
    }

    /** Whether {@code label}, one of the part's labels, names the candidate for the part, no other part's label closer. */
    private boolean namedBy(Candidate candidate, String label, SheetSpec.PartSpec part) {
        // A line naming the value below it outranks a word of the heading above it ("… detector and pooling stage").
        return labels(candidate, label) && (namedBelow(candidate, PartNames.wanted(label))
                || !labelledMoreClosely(candidate, label, part) && !outranked(candidate, label, part))
                && !givenBelowLabel(candidate, label, part);
    }

    /**
     * Whether the candidate restates a given matrix on a line of its own, the label on a line above: a notebook's
     * {@code print(W)} output right under the heading "Softmax cross-entropy" is the problem's W, not the softmax.
     * Only a label on the value's own line ({@code p = […]}) makes a given's value an answer.
     */
    private boolean givenBelowLabel(Candidate candidate, String label, SheetSpec.PartSpec part) {
        String context = context(candidate);
        String ownLine = context.substring(context.lastIndexOf('\n') + 1);
        return !ownLine.contains(PartNames.wanted(label)) && givenMatrix(candidate, part);
    }

    /** A value standing in the section as another answer to a part its label took a value for, and its result. */
    private record Rival(Candidate other, Candidate answer) {
    }

    /**
     * The values of the section of the taken one's shape and not equal to it, other than it and than a value another
     * part took surely, that may be another answer to its part (the result of a computation, not one of its terms).
     */
    private List<Rival> rivals(LabelTaken labelTaken) {
        Candidate taken = labelTaken.candidate();
        SheetSpec.PartSpec part = labelTaken.part();
        if (!(value(result(taken, part), part).orElse(null) instanceof SheetValue.Numbers takenValue)) {
            return List.of();
        }
        boolean revised = part.labels().stream().anyMatch(label -> (label.endsWith("'") || label.endsWith("′"))
                && labels(taken, label));
        Candidate takenAnswer = result(taken, part);
        List<Rival> rivals = new ArrayList<>();
        for (Candidate other : labelTaken.section()) {
            // A label names a computation's term and so its result ("the length is 250 × 250 × 6 = 375000"); a value
            // another part took only by its place is still this label's to name (one it matched is that part's).
            Candidate answer = result(other, part);
            if (other == taken || answer == takenAnswer || claimed(answer) && claimedBy[answer.order()] != FoundBy.ORDER
                    || computations.isTerm(answer) || !readable(answer, part)
                    || revised && other.order() < taken.order()
                    || !(value(answer, part).orElse(null) instanceof SheetValue.Numbers otherValue)) {
                continue;
            }
            // A single entry is a number whatever its rank: a table's "| Flatten | 6400 |" against the printed
            // flatten (1, 9216) read as [9216].
            Tensor named = equalSides(otherValue.tensor(), takenValue.tensor());
            if ((Arrays.equals(named.shape(), takenValue.tensor().shape())
                    || named.isSingle() && takenValue.tensor().isSingle()) && !equal(takenValue.tensor(), named)) {
                rivals.add(new Rival(other, answer));
            }
        }
        return rivals;
    }

    /**
     * A value the taken one's line introduces as its correction after it ({@code flattened length: 125 × 125 × 12 =
     * 187500. Corrected: 125 × 125 × 6 = 93750}): the student's last word, as an arrow's value is.
     */
    private Optional<Candidate> correctionOnItsLine(LabelTaken labelTaken) {
        Candidate takenAnswer = result(labelTaken.candidate(), labelTaken.part());
        return rivals(labelTaken).stream().filter(rival -> correctedAfter(takenAnswer, rival.other()))
                .map(Rival::answer).findFirst();
    }

    /**
     * A line that opens by saying it corrects what stands above it: "Correction: 1", "EDIT: it is 1", "Update – 1",
     * "Final answer: 1", "**Fixed:** 1", "→ 1 (corrected)".
     */
    private static final Pattern CORRECTION_BELOW = Pattern.compile("^[\\s*_#>•-]*(?:(?:"
            + ProsePatterns.CORRECTING_WORDS
            + "|final answer)\\b|\\$?\\s*" + ProsePatterns.ARROW + ")", Pattern.CASE_INSENSITIVE);

    /**
     * Words anywhere in a line that take back the value above it, with no correcting word to open the line: "Oops — we
     * mixed something up here. The value we mean is …", "that is not quite right — redoing it gives …, which is our
     * answer", "After discussing it in the group we changed our mind."
     */
    private static final Pattern REVISING = Pattern.compile("(?<!\\p{L})(?:oops|(?:value|answer|one) we mean|we meant"
            + "|(?:mixed|messed) (?:\\p{L}+ )?up|not (?:quite )?right|redo(?:ing|ne)?|changed our minds?"
            + "|which is our (?:final )?answer)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A Markdown code block's fence: {@code ```}, {@code ~~~}, {@code ```python}. */
    private static final Pattern CODE_FENCE = Pattern.compile("\\s*(?:`{3,}|~{3,})[\\w+-]*\\s*");

    /**
     * The value of the part's kind, other than the one taken, that the next line of text after it gives as its
     * correction ("Stride: 2", then "Correction: 1", "Correction: conv1 is …", "Oops — … The value we mean is …"
     * ({@link #REVISING})) or as the answer ({@link #SOLUTION_MARK}: "**Answer:** the flattened vector has 9126
     * entries" below a notebook's printed {@code flatten = 9216}), unless a label or layer of another part of its
     * question names it there: the student's last word may be it. The first was graded, unflagged.
     */
    private Optional<Candidate> correctionBelow(Candidate taken, SheetSpec.PartSpec part) {
        Regions.Region region = regions.region(part.questionId());
        int next = lineAfter(taken, part, region);
        if (next >= region.end()) {
            return Optional.empty();
        }
        String line = document.lines().get(next).text();
        Pattern opening = CORRECTION_BELOW.matcher(line).find() ? CORRECTION_BELOW
                : SOLUTION_MARK.matcher(line).find() ? SOLUTION_MARK : REVISING.matcher(line).find() ? REVISING : null;
        if (opening == null) {
            return Optional.empty();
        }
        Optional<SheetValue> takenValue = value(result(taken, part), part);
        // What the correction is of, when it names a layer: "Edit: conv2: 256 × 27 × 27".
        String corrected = opening.matcher(line).replaceFirst("")
                .replaceFirst("^[\\s*:–—-]*", "").replace("*", "").toLowerCase(Locale.ROOT);
        for (int index = taken.order() + 1; index < candidates.size()
                && candidates.get(index).lineIndex() <= next; index++) {
            Candidate candidate = candidates.get(index);
            Candidate answer = result(candidate, part);
            if (candidate.lineIndex() != next || claimed(answer) || !readable(answer, part)
                    || !sameKind(answer, part) || value(answer, part).equals(takenValue)) {
                continue;
            }
            boolean another = spec.parts().stream().filter(other -> other != part
                    && other.questionId().equals(part.questionId())).anyMatch(other -> other.labels().stream()
                    .anyMatch(label -> !part.labels().contains(label) && labels(candidate, label))
                    || other.layer().isPresent() && other.layer().get().names().stream()
                    .anyMatch(name -> LayerRows.opensWithName(corrected, name)));
            // A value the part's own label names is another value so named ({@link #otherLabelledValue}) already.
            boolean named = part.labels().stream().anyMatch(label -> namedBy(candidate, label, part));
            return another || named ? Optional.empty() : Optional.of(answer);
        }
        return Optional.empty();
    }

    /**
     * The next line of text after a value, in its question's region, when it holds no value and says something is
     * wrong ("That was wrong (old run), corrected below.", a notebook's Markdown under the printed {@code W1}) or takes
     * it back ({@link #REVISING}: "Draft: total = 397434", then "After discussing it in the group we changed our
     * mind."): the answer may be further down, under another name or in a form not read. The value above was graded,
     * unflagged.
     */
    private Optional<Integer> saidWrongBelow(Candidate taken, SheetSpec.PartSpec part) {
        Regions.Region region = regions.region(part.questionId());
        int next = lineAfter(taken, part, region);
        String text = next < region.end() ? document.lines().get(next).text() : "";
        if (!WRONG.matcher(text).find() && !REVISING.matcher(text).find()) {
            return Optional.empty();
        }
        int line = next;
        return candidates.stream().anyMatch(candidate -> candidate.lineIndex() == line) ? Optional.empty()
                : Optional.of(line);
    }

    /**
     * The first line of text after a value in its region: after its last line, a matrix printed over several going on
     * in rows of numbers alone ({@code 0  0.5  1  0} in a notebook's code block under {@code dL/dA =}), whose row
     * after its first was taken for the line after it.
     */
    private int lineAfter(Candidate taken, SheetSpec.PartSpec part, Regions.Region region) {
        int next = nextTextLine(taken.lineIndex() + (int) taken.written().lines().count(), region);
        if (part.expectation().rank() < 2) {
            return next;
        }
        while (next < region.end() && ROW_OF_NUMBERS.matcher(document.lines().get(next).text()).matches()) {
            next = nextTextLine(next + 1, region);
        }
        return next;
    }

    /** A line of numbers alone, a matrix's row as printed or typed: {@code 0  0.5  1  0}, {@code [3, 3],}. */
    private static final Pattern ROW_OF_NUMBERS = Pattern.compile(
            "[\\s\\[\\](),;|&]*[-−+]?\\d[\\d.,\\s\\[\\]()|&;+−-]*");

    /**
     * The first line from {@code line} on in the region that holds text, past blank lines and a code block's fences
     * (printed output ends with "```" before the line that says something of it); the region's end if none.
     */
    private int nextTextLine(int line, Regions.Region region) {
        int next = line;
        while (next < region.end() && (document.lines().get(next).text().isBlank()
                || CODE_FENCE.matcher(document.lines().get(next).text()).matches())) {
            next++;
        }
        return next;
    }

    /** A word saying something is wrong. */
    private static final Pattern WRONG = Pattern.compile("(?<!\\p{L})(?:wrong|incorrect|mistaken?|typo|falsch|fehler"
            + "|faux|fausse|erreur|incorrect[oa]|equivocad[oa])(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that open a question, after a colon too ("We were asked: how do you …?"). */
    private static final String ASKING = "how|what|which|why|wie|welche[rsn]?|warum|comment|quel(?:le)?s?|cómo|cuál|qué";

    /**
     * Where a line restates the problem rather than answers it: a quotation ({@code > Represent 2×2 average pooling
     * (stride 2, no overlap) as a convolution.}), a line opening with a word only a problem opens with ({@code Tip:},
     * {@code Hint:}, {@code Given:}) or with the verb a problem asks with ({@code Represent 2×2 average pooling (stride
     * 2) as a convolution: …}), or with one that may open an answer's line too, any word that marks a question's
     * number ({@code Question:}, {@code Task 1.4:}, {@code Q2:}, {@code Exercice 1.4 :}, {@code Part 4:}; {@link
     * Regions}) when the problem's words follow ({@code *Problem: represent …*}, {@code Question: How do you …});
     * up to an answer's mark on it if any.
     */
    private static final Pattern PROBLEM_OPENING = Pattern.compile("^[\\s*_#]*(?:>|(?:tip|hint|given|hinweis|tipp|gegeben"
            + "|consigne|énoncé|enunciado|indice)[\\s\\d.]*[:)]|(?:frage|" + Regions.Heading.MARKER_WORD + ")"
            + "[\\s\\d.]*[:)][\\s*_]*(?:" + ASKING + "|" + ProsePatterns.ASKING_TO + ")(?!\\p{L})"
            // "Represent 2×2 average pooling (stride 2) as a convolution: …", the problem copied as it is set.
            + "|(?:" + ProsePatterns.ASKING_TO + ")\\s+(?![=:])[\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A sign right before a value: after a label's sign the value is given, not restated ("Q2: stride = 2", "> stride =
     * 2", a quoted answer); the problem restated says it in words ("stride 2, no overlap").
     */
    private static final Pattern AFTER_A_SIGN = Pattern.compile("[\\p{L}\\p{N})]['′]*\\s*[=:]\\s*$");

    /** An answer's mark ending the problem restated on its line: "Question: …? Answer: 2". */
    private static final Pattern ANSWER_ON_A_PROBLEMS_LINE = Pattern.compile(
            "(?<!\\p{L})(?:" + String.join("|", ValueSyntax.ANSWER_WORDS) + "|solution|lösung|respuesta)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A question the line asks, up to its question mark: "How do you represent 2×2 average pooling (stride 2, padding
     * 0) as a convolution?". Its values are the problem's; a value after the mark answers it ("What is the stride? 2").
     */
    private static final Pattern QUESTION_ASKED = Pattern.compile("(?:(?:^|[.!?]\\s)[\\s*_>#]*(?:" + ASKING + "|can"
            + "|could|does|do|is|are|would|should|kann)|:\\s[\\s*_>#]*(?:" + ASKING + "))\\b[^.!?:]*\\?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the candidate stands where its line restates the problem: the value a blank part took there by its
     * label ("stride 2" in the tip copied above the answers) was graded as the team's, unflagged.
     */
    private Optional<String> restatesTheProblem(Candidate candidate) {
        String text = document.lines().get(candidate.lineIndex()).text();
        Matcher opening = PROBLEM_OPENING.matcher(text);
        boolean restated = false;
        if (opening.lookingAt() && !AFTER_A_SIGN.matcher(text.substring(0, candidate.column())).find()) {
            Matcher answer = ANSWER_ON_A_PROBLEMS_LINE.matcher(text).region(opening.end(), text.length());
            restated = candidate.column() < (answer.find() ? answer.start() : text.length());
        }
        Matcher question = QUESTION_ASKED.matcher(text);
        while (!restated && question.find()) {
            restated = candidate.column() >= question.start() && candidate.column() < question.end();
        }
        return restated ? Optional.of("its line restates the problem, " + Excerpt.quoted(text.strip()) + " ("
                + at(candidate.lineIndex()) + "): the value may be the problem's, copied; check it is the team's answer")
                : Optional.empty();
    }

    /**
     * A transpose mark after a matrix taken ({@code [[5, 8], [1, 2]]ᵀ}, {@code ^T}, {@code ^{\top}}, NumPy's {@code .T},
     * or a PDF's raised {@code T} on the line above the matrix's): the matrix was graded as written, its transpose
     * meant, unflagged. A vector's entries are the same either way.
     */
    private Optional<String> transposed(Answer answer, Candidate candidate) {
        if (!(answer.value().orElse(null) instanceof SheetValue.Numbers numbers)
                || numbers.tensor().rank() != 2 || numbers.tensor().shape()[0] < 2 || numbers.tensor().shape()[1] < 2) {
            return Optional.empty();
        }
        String text = document.lines().get(candidate.lineIndex()).text();
        int start = text.indexOf(candidate.written(), Math.min(candidate.column(), text.length()));
        Optional<String> mark = Optional.empty();
        if (start >= 0) {
            Matcher after = TRANSPOSE_MARK.matcher(text).region(start + candidate.written().length(), text.length());
            mark = after.lookingAt() ? Optional.of(after.group().strip()) : Optional.empty();
        }
        if (mark.isEmpty() && candidate.lineIndex() > 0 && !Double.isNaN(document.lines().get(candidate.lineIndex())
                .baseline()) && RAISED_TRANSPOSE.matcher(document.lines().get(candidate.lineIndex() - 1).text())
                .matches()) {
            mark = Optional.of(document.lines().get(candidate.lineIndex() - 1).text().strip());
        }
        return mark.map(sign -> "a transpose mark, " + Excerpt.quoted(sign) + ", follows it (" + at(candidate
                .lineIndex()) + "): it was read as written, not transposed; check which matrix the team means");
    }

    /** A transpose mark right after a matrix: {@code ᵀ}, {@code ⊤}, {@code ^T}, {@code ^{T}}, {@code ^\top}, {@code .T}. */
    private static final Pattern TRANSPOSE_MARK = Pattern.compile(
            "\\s*(?:[ᵀ⊤]|\\^\\s*\\{?\\s*(?:T|⊤|\\\\top|\\\\intercal)\\s*}?|\\.T)(?![\\p{L}\\p{N}])");

    /** A typeset superscript T standing on a line of its own above a matrix's first row. */
    private static final Pattern RAISED_TRANSPOSE = Pattern.compile("\\s*[T⊤ᵀ]\\s*");

    /**
     * A later line that says it corrects the part, naming it, with another value of its kind: "EDIT: the Pool1 answer
     * above is wrong, it is 96 × 26 × 26", "Update: we recomputed, conv3 should be 384 × 9 × 9", "Correction: P = […]"
     * of another shape than the value taken; in its question, or further down the document by a name no part of the
     * line's own question has ("P.S. db should be 6 … we noticed the slips too late to change them above" at the end of
     * the next question; "Addendum: b2: 1 (replaces our answer above)" after the last, which may correct either of two
     * questions' b2). The first was graded alone, unflagged. It stays taken, in doubt: the line may correct something
     * else.
     */
    private Optional<String> correctedLater(SheetSpec.PartSpec part, Candidate taken) {
        Regions.Region region = regions.region(part.questionId());
        if (!region.contains(taken.lineIndex())) {
            return Optional.empty();
        }
        Optional<SheetValue> takenValue = value(result(taken, part), part);
        int decidedLine = -1;
        boolean correcting = false;
        for (int index = taken.order() + 1; index < candidates.size(); index++) {
            Candidate answer = result(candidates.get(index), part);
            if (answer.lineIndex() <= taken.lineIndex()) {
                continue;
            }
            if (answer.lineIndex() != decidedLine) {
                // Once a line, however many values it holds.
                decidedLine = answer.lineIndex();
                String line = document.lines().get(decidedLine).text();
                correcting = correctsAnAnswerAbove(line) && (region.contains(decidedLine)
                        ? PartNames.namesInProse(line, part) : namesFromAfar(line, decidedLine, part));
            }
            if (correcting && readable(answer, part) && sameKind(answer, part)
                    && !value(answer, part).equals(takenValue)) {
                return Optional.of(Excerpt.quoted(document.lines().get(decidedLine).text().strip()) + " ("
                        + at(decidedLine) + ") may correct it, naming this part: check which is the student's answer");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line beyond the part's question names it by a name no part of the line's own question has, by its
     * names or its id: there "W_2" names that question's own W2, and "db" after the last question may only be ours.
     */
    private boolean namesFromAfar(String line, int lineIndex, SheetSpec.PartSpec part) {
        Set<String> near = spec.parts().stream().filter(other -> regions.region(other.questionId())
                .contains(lineIndex)).flatMap(other -> Stream.concat(PartNames.namesOf(other).stream(),
                        Stream.of(other.id()))).map(PartNames::normalizedLabel).collect(Collectors.toSet());
        return PartNames.namesOf(part).stream().filter(name -> !near.contains(PartNames.normalizedLabel(name)))
                .anyMatch(name -> PartNames.nameAsWord(name).matcher(line).find());
    }

    /** An answer above referred to: "the Pool1 answer above is wrong", "the value before". */
    private static final Pattern ABOVE = Pattern.compile("(?<!\\p{L})(?:above|earlier|before|previous|oben|vorher)"
            + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a line says it corrects an answer above: it opens with a correcting word ("EDIT:", "Update:",
     * "Correction:"), or has one and refers to an answer above ("The flattened length above is wrong: …"). A remark
     * that a value would be wrong ("without the padding, conv2 would give 256 × 23 × 23, which would be wrong") is none.
     */
    private static boolean correctsAnAnswerAbove(String line) {
        return CORRECTION_BELOW.matcher(line).find()
                || ABOVE.matcher(line).find() && CORRECTION.matcher(line.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The doubt on a value the line after it says it corrects. The value is kept, as where a label names the
     * correction: the line may correct something else.
     */
    private String correctedBelow(Candidate first, Candidate corrected) {
        if (SOLUTION_MARK.matcher(document.lines().get(corrected.lineIndex()).text()).find()) {
            return "the line after " + first.written().strip().replaceAll("\\s+", " ") + " gives the answer "
                    + corrected.written().strip().replaceAll("\\s+", " ") + " (" + at(corrected.lineIndex())
                    + "), not taken: check which is the student's answer";
        }
        return "the line after " + first.written().strip().replaceAll("\\s+", " ") + " says it corrects it to "
                + corrected.written().strip().replaceAll("\\s+", " ") + " (" + at(corrected.lineIndex())
                + "), not taken: check which is the student's answer";
    }

    /**
     * A value of the taken one's shape, other than it, that one of the part's own labels names in the section: the
     * printed {@code AvgPool2d(kernel_size=2, stride=2)} beside the student's "the stride is 1". A label another part
     * shares ({@code K =}) names that part's values too, and a value above one a primed name revises ({@code S'}) is a
     * draft: neither is a rival. Under a heading, a label only another question's parts share names a rival when it
     * says it corrects the value taken ("Correction: K = …" below it); any other value it names may be an answer the
     * rubric does not read (a custom kernel {@code K}).
     */
    private Optional<String> otherLabelledValue(LabelTaken labelTaken) {
        Candidate taken = labelTaken.candidate();
        SheetSpec.PartSpec part = labelTaken.part();
        List<String> own = part.labels().stream().filter(label -> ownLabel(label, part, false)).toList();
        if (value(taken, part).orElse(null) instanceof SheetValue.Truth truth) {
            return otherTruth(labelTaken, truth, own);
        }
        if (!(value(result(taken, part), part).orElse(null) instanceof SheetValue.Numbers takenValue)) {
            return Optional.empty();
        }
        List<String> ownInQuestion = labelTaken.headed() ? part.labels().stream()
                .filter(label -> !own.contains(label) && ownLabel(label, part, true)).toList() : List.of();
        // A label another question's part shares (CPEN455's H3 names a shape and two counts) is its question's own
        // where a later line says it corrects, or, under a heading of that question alone, where it opens an answer's
        // line: "H3: 18432 (before the group discussion)" over "H3: 18423". In a sentence ("Max pooling is no
        // convolution: K = […] picks one.") it may name a value the rubric does not ask for.
        List<Pattern> opening = regions.region(part.questionId()).sharedWith().isEmpty() && !ownInQuestion.isEmpty()
                ? PartNames.labelOpeningLine(part) : List.of();
        for (Rival rival : rivals(labelTaken)) {
            Candidate other = rival.other();
            Candidate answer = rival.answer();
            String line = document.lines().get(other.lineIndex()).text();
            List<String> naming = other.order() > taken.order() && correction(answer)
                    || opening.stream().anyMatch(pattern -> pattern.matcher(line).lookingAt())
                    ? Stream.concat(own.stream(), ownInQuestion.stream()).toList() : own;
            for (String label : naming) {
                String written = answer.written().strip().replaceAll("\\s+", " ");
                if (namedBy(other, label, part)) {
                    return Optional.of("'" + label + "' also names " + written + " (" + at(answer.lineIndex())
                            + "), not taken: check which is the student's answer");
                }
                if (printedBy(answer, label)) {
                    return Optional.of("the code prints " + label + " as " + written + " (" + at(answer.lineIndex())
                            + "), not taken: check which is the student's answer");
                }
            }
        }
        Optional<String> later = laterInItsProse(labelTaken);
        if (later.isPresent()) {
            return later;
        }
        return labelTaken.headed() && takenValue.tensor().isSingle() ? saidOtherwise(part, own, takenValue)
                : Optional.empty();
    }

    /**
     * The other yes or no one of the part's own labels ({@code own}) names in its section ({@code eye: No} over
     * {@code eye: Yes}): the first was graded, unflagged.
     */
    private Optional<String> otherTruth(LabelTaken labelTaken, SheetValue.Truth taken, List<String> own) {
        SheetSpec.PartSpec part = labelTaken.part();
        for (Candidate other : labelTaken.section()) {
            if (other == labelTaken.candidate() || claimed(other)
                    || !(value(other, part).orElse(null) instanceof SheetValue.Truth truth) || truth.equals(taken)) {
                continue;
            }
            for (String label : own) {
                if (namedBy(other, label, part)) {
                    return Optional.of("'" + label + "' also names " + other.written().strip() + " ("
                            + at(other.lineIndex()) + "), not taken: check which is the student's answer");
                }
            }
        }
        return Optional.empty();
    }

    /** Words that set a value against another, or claim one as the team's: "instead", "but", "ours is", "we use". */
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:instead|but|however|whereas|ours?|we(?:'ve)?\\s+"
            + "(?:use|used|get|got|have|had|obtain|obtained|take|took))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Another value of the taken one's shape later on its line, after words that set it against the first or claim it
     * ({@link #CONTRAST}), that no part took surely and no other part's label names: "Stride: 2 instead of 1? No: we use 1.",
     * "Flatten: 9216 in the paper, ours is 9126". The first was graded alone, correct, unflagged. Words alone are not
     * enough ("stride 2, padding 0. Check on the 4 × 4 input"), nor cells of a row (a tab, a bar between), which are
     * its columns.
     */
    private Optional<String> laterInItsProse(LabelTaken labelTaken) {
        Candidate taken = result(labelTaken.candidate(), labelTaken.part());
        int wrapped = wrappedLines(taken.lineIndex());
        for (Rival rival : rivals(labelTaken)) {
            Candidate answer = rival.answer();
            int lines = answer.lineIndex() - taken.lineIndex();
            String text = document.lines().get(answer.lineIndex()).text();
            if (lines < 0 || lines > wrapped || lines == 0 && answer.column() <= taken.column()
                    || answer.column() > text.length()) {
                continue;
            }
            // The text from the value taken to the other, on the lines a sentence wrapped onto (a PDF's narrow column).
            StringBuilder between = new StringBuilder();
            for (int next = 0; next <= lines; next++) {
                String nextText = document.lines().get(taken.lineIndex() + next).text();
                int from = next == 0 ? Math.min(taken.column() + taken.written().length(), nextText.length()) : 0;
                int to = next == lines ? Math.max(from, answer.column()) : nextText.length();
                between.append(next == 0 ? "" : " ").append(nextText, from, to);
            }
            // Of its shape itself: rivals count a stride's "(1, 1)" as 1, and "the 4 × 4 input" would be a stride 4.
            boolean ofItsShape = value(answer, labelTaken.part()).orElse(null) instanceof SheetValue.Numbers numbers
                    && value(taken, labelTaken.part()).orElse(null) instanceof SheetValue.Numbers first
                    && Arrays.equals(numbers.tensor().shape(), first.tensor().shape());
            if (!TableMarks.cellEdge(between.toString()) && CONTRAST.matcher(between).find() && ofItsShape
                    && spec.parts().stream().filter(other -> other != labelTaken.part()).noneMatch(other -> other
                            .labels().stream().anyMatch(label -> namedBy(rival.other(), label, other)))) {
                return Optional.of("its line gives another value after it, " + answer.written().strip()
                        .replaceAll("\\s+", " ") + " (" + at(answer.lineIndex()) + "), not taken: check which is"
                        + " the student's answer");
            }
        }
        return Optional.empty();
    }

    /** The most lines a sentence of prose is followed onto below its label's line. */
    private static final int MOST_WRAPPED_LINES = 3;

    /** A line that opens as a row of its own: a bullet, a list's number, or a name and a colon ("pool1:"). */
    private static final Pattern OWN_ROW = Pattern.compile("\\s*(?:[*•\\-–>|#]|\\d{1,2}[.)]\\s|[\\p{L}][\\p{L}\\p{N}_ ]{0,30}:)");

    /**
     * How many lines below {@code lineIndex} go on with its sentence, as a PDF wraps prose at a column's edge: each
     * after a line that ends without a sentence's end, opening with no capital (a footnote's or a new sentence's), as
     * no row of its own and no heading.
     */
    private int wrappedLines(int lineIndex) {
        int lines = 0;
        while (lines < MOST_WRAPPED_LINES && lineIndex + lines + 1 < document.lines().size()) {
            String text = document.lines().get(lineIndex + lines).text().strip();
            int next = lineIndex + lines + 1;
            String nextText = document.lines().get(next).text();
            String opening = nextText.strip();
            if (text.isEmpty() || ".!?:".indexOf(text.charAt(text.length() - 1)) >= 0 || opening.isEmpty()
                    || Character.isUpperCase(opening.codePointAt(0)) || regions.inHeading(next, 0)
                    || OWN_ROW.matcher(nextText).lookingAt()) {
                break;
            }
            lines++;
        }
        return lines;
    }

    /**
     * A number's sides given equal, {@code stride=(1, 1)} as PyTorch prints a module, as the one number they name where
     * {@code taken} is one number; else {@code value} itself. Such a pair told against a stride taken by its digit
     * elsewhere no less than a {@code 1} would.
     */
    private static Tensor equalSides(Tensor value, Tensor taken) {
        if (!taken.isSingle() || value.rank() != 1 || value.size() < 2) {
            return value;
        }
        double first = value.valueAt(0);
        return Arrays.stream(value.values()).allMatch(entry -> entry == first) ? Tensor.scalar(first) : value;
    }

    /**
     * Another number a part's own label is given in words in its question's region ("the stride is one (the pooling
     * had stride 2)", "a padding of one", "no padding"): the value taken by its digit may be the problem's, restated,
     * and the words the student's answer. The digit was graded alone, correct and unflagged.
     */
    private Optional<String> saidOtherwise(SheetSpec.PartSpec part, List<String> own, SheetValue.Numbers taken) {
        Regions.Region region = regions.region(part.questionId());
        for (String label : own) {
            if (!PartNames.ofWords(label)) {
                continue;
            }
            LabelInWords inWords = LabelInWords.of(label);
            for (int index = region.start(); index < region.end(); index++) {
                if (regions.inTitleBlock(index) || regions.inHeading(index, 1)) {
                    continue;
                }
                String text = document.lines().get(index).text().replace("*", "").replace("_", " ").strip();
                Optional<LabelInWords.Said> said = inWords.anywhere(text);
                if (said.isPresent() && said.get().number() != taken.tensor().item()) {
                    return Optional.of("'" + label + "' is also given in words, '" + said.get().words() + "' ("
                            + at(index) + "), not taken: check which is the student's answer");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a value opens the output of {@code print(label)} on the line above: a notebook's own computation of the
     * part, which is no answer by that label but tells against another written for it ("by hand we got 13", the code
     * printing 14).
     */
    private boolean printedBy(Candidate candidate, String label) {
        String sameLine = context(candidate).substring(context(candidate).lastIndexOf('\n') + 1);
        return sameLine.isBlank() && PRINTED.matcher(previousText(candidate)).matches()
                && PRINTED.matcher(previousText(candidate)).replaceAll("$1").equals(PartNames.normalizedLabel(label));
    }

    /**
     * Whether a value after the one taken on its line is introduced as its correction: {@code flattened length: 125 ×
     * 125 × 12 = 187500. Corrected: 125 × 125 × 6 = 93750}. The first was graded alone, with only the generic flag.
     */
    private boolean correctedAfter(Candidate taken, Candidate other) {
        if (other.lineIndex() != taken.lineIndex() || other.column() <= taken.column()) {
            return false;
        }
        String text = document.lines().get(taken.lineIndex()).text();
        int from = Math.min(taken.column() + taken.written().length(), other.column());
        return CORRECTION.matcher(text.substring(from, other.column()).toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a value's line, or the line above it, says it corrects an earlier one. */
    private boolean correction(Candidate candidate) {
        return CORRECTION.matcher(context(candidate)).find() || CORRECTION.matcher(previousText(candidate)).find();
    }

    /**
     * Whether no other part has {@code label} among its labels: with {@code inQuestion}, no other part of its
     * question; else no other part of the rubric.
     */
    private boolean ownLabel(String label, SheetSpec.PartSpec part, boolean inQuestion) {
        String wanted = PartNames.normalizedLabel(label);
        return spec.parts().stream().noneMatch(other -> other != part
                && (!inQuestion || other.questionId().equals(part.questionId()))
                && other.labels().stream().anyMatch(its -> PartNames.normalizedLabel(its).equals(wanted)));
    }

    /**
     * Whether another part of the same question has the better claim to a value both parts' labels
     * name: the one named first ("detector (ReLU) for same:" is the detector's output, computed for
     * same padding).
     */
    private boolean outranked(Candidate candidate, String label, SheetSpec.PartSpec part) {
        String near = previousText(candidate) + "\n" + context(candidate);
        int own = near.indexOf(PartNames.normalizedLabel(label));
        for (SheetSpec.PartSpec other : spec.parts()) {
            if (other == part || !other.graded() || !other.questionId().equals(part.questionId())) {
                continue;
            }
            for (String otherLabel : other.labels()) {
                int at = near.indexOf(PartNames.normalizedLabel(otherLabel));
                if (at >= 0 && (own < 0 || at < own) && labels(candidate, otherLabel)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether another part's label that holds {@code label} labels the candidate too: "Y_same" is
     * closer to the value than "same", so the value is Y_same's, not A_same's.
     */
    private boolean labelledMoreClosely(Candidate candidate, String label, SheetSpec.PartSpec part) {
        String wanted = PartNames.normalizedLabel(label);
        for (SheetSpec.PartSpec other : spec.parts()) {
            if (other == part || !other.graded()) {
                continue;
            }
            for (String otherLabel : other.labels()) {
                String longer = PartNames.normalizedLabel(otherLabel);
                if (longer.length() > wanted.length() && longer.contains(wanted) && labels(candidate, otherLabel)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The answer a candidate stands for: itself, or when it is a term of a worked computation
     * ({@code 9,600 + 9,728 + … = 397,184}, the result possibly on the next line), that computation's
     * result.
     */
    private Candidate result(Candidate candidate, SheetSpec.PartSpec part) {
        Candidate result = computed(candidate, part);
        if (result == candidate && !sameShape(candidate, part)) {
            result = equalitiesEnd(candidate, part).orElse(candidate);
        }
        // "H1 : 128 × 3 × 5 × 5 = 9,600": for a shape the product's factors are the answer, for a count its result.
        return sameKind(candidate, part) && !sameKind(result, part) ? candidate : result;
    }

    /** What may stand between the terms of a chain of equalities in symbols: {@code (P − T) =}, {@code σ'(z) ⊙}. */
    private static final String SYMBOLS = "[\\s()\\[\\]{}+\\-−–×·*/^_'′.⊙∘∂σ\\p{L}]*";
    private static final Pattern SYMBOLS_BETWEEN = Pattern.compile(SYMBOLS + "=\\s*");
    /** What stands between two numbers of one expression of a chain: the {@code (P − T)/} of {@code 2(P − T)/4}. */
    private static final Pattern WITHIN_EXPRESSION = Pattern.compile(SYMBOLS);
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /**
     * The value a chain of equalities in symbols ends in, of the part's shape, on the candidate's line: in {@code dL/dP
     * = 2/4 (P − T) = [[0.5, 1], [0.5, 0.5]]} the label's first value is a factor of the expression, the matrix its
     * value; the factor 0.5 was read, graded incorrect. A number of the same expression ({@code 2(P − T)/4}) goes on
     * with it. Words, commas, semicolons, a cell's edge (a tab, a bar) or
     * nothing but spaces between end the chain.
     */
    private Optional<Candidate> equalitiesEnd(Candidate candidate, SheetSpec.PartSpec part) {
        String text = document.lines().get(candidate.lineIndex()).text();
        int end = candidate.column() + candidate.written().length();
        for (int order = candidate.order() + 1; order < candidates.size(); order++) {
            Candidate next = candidates.get(order);
            if (next.lineIndex() != candidate.lineIndex() || next.column() < end || next.column() > text.length()) {
                return Optional.empty();
            }
            String written = text.substring(end, next.column());
            String between = PartNames.COMMAND.matcher(written).replaceAll(" ");
            // A cell ends it: in "9 | Flatten | 256 × 6 × 6 | 9126 | 256 × 6 × 6 = 9216" the input cell is no term of
            // the working's computation, and its result no value of the row's output. A PDF may part the cells by
            // spaces alone, and two values with nothing but spaces between are no expression.
            if (WORD.matcher(between).find() || TableMarks.cellEdge(between) || written.isBlank()) {
                return Optional.empty();
            }
            boolean sameExpression = WITHIN_EXPRESSION.matcher(between).matches();
            if (!sameExpression && !SYMBOLS_BETWEEN.matcher(between).matches()) {
                return Optional.empty();
            }
            if (!sameExpression && sameShape(next, part) && readable(next, part)) {
                return Optional.of(next);
            }
            end = next.column() + next.written().length();
        }
        return Optional.empty();
    }

    /** The result of the computation a candidate is a term of, when the part can read it; else the candidate. */
    private Candidate computed(Candidate candidate, SheetSpec.PartSpec part) {
        Optional<Candidate> result = computations.result(candidate);
        return result.isPresent() && readable(result.get(), part) ? result.get() : candidate;
    }

    /** What may stand between a phrase label and its value: nothing, a sign, or a few words that say "is". */
    private static final Pattern PHRASE_TO_VALUE = Pattern.compile(
            "(?:(?:is|are|was|of|equals|thus|therefore|then|now|about|approximately|exactly|becomes|gives)\\s*){0,3}"
            + "[=:≈→]?\\s*");

    /** The words that say the value after them is what the words before them name. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?:[=:≈→]|\\b(?:is|are|was|equals|becomes|gives|ist|sind))\\s*$");

    /** Words of a part's text that name no value: "Part 1, the output side" names a side, not a part. */
    private static final Set<String> GENERIC_WORDS = Set.of("part", "what", "which", "value",
            "values", "with", "from", "that", "this", "each", "every", "number", "give", "write", "compute");

    /** Whether a candidate stands inside parentheses opened before it on its line. */
    private static boolean parenthesized(Candidate candidate) {
        int depth = 0;
        for (char character : candidate.textBefore().toCharArray()) {
            depth += character == '(' ? 1 : character == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * Whether the word right before a candidate is a word of what the part asks ("output 3×3:" for "The
     * output side for …"), or a question the student wrote ends right before it ("Number of pooled feature maps? 6"):
     * a weak label, enough for a place in order, never for a label.
     */
    private static boolean namedByPrompt(Candidate candidate, SheetSpec.PartSpec part) {
        String before = PartNames.normalize(candidate.textBefore()).strip();
        if (before.endsWith("?")) {
            return true;
        }
        int start = before.length();
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String word = before.substring(start);
        if (word.length() < 4 || start == before.length() || GENERIC_WORDS.contains(word)) {
            return false;
        }
        for (String promptWord : PartNames.normalize(part.prompt()).split("[^\\p{L}]+")) {
            if (promptWord.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text right before a candidate assigns it ({@code S =}, "the field is"). */
    private boolean assigned(Candidate candidate) {
        return ASSIGNMENT.matcher(PartNames.normalize(candidate.textBefore()).strip()).find() || inCell(candidate);
    }

    /**
     * Whether a candidate opens its line under a line ending in a sign ({@code P_same =} over the matrix's rows) or,
     * where a label of a word stands in it, in words ("The pooling stage output is"): a symbol before the words may be
     * another thing's ("The gradient w.r.t. p is" names dP, not p).
     */
    private boolean assignedAbove(Candidate candidate, SheetSpec.PartSpec part) {
        String above = previousText(candidate);
        return candidate.textBefore().isBlank() && (AFTER_SIGN.matcher(above).find() || ASSIGNMENT.matcher(above).find()
                && PartNames.namesOf(part).stream().filter(name -> name.length() > 2)
                        .anyMatch(name -> PartNames.nameAsWord(name).matcher(above).find()));
    }

    /** Whether a candidate opens a table's cell: a tab or a {@code |} before it, blanks aside. */
    private static boolean inCell(Candidate candidate) {
        String before = candidate.textBefore();
        int index = before.length() - 1;
        // A cell's value may open inline math: "| kernel size | $5 \times 3 \times 3$ |".
        while (index >= 0 && (before.charAt(index) == ' ' || before.charAt(index) == '$')) {
            index--;
        }
        return index > 0 && (before.charAt(index) == '\t' || before.charAt(index) == '|');
    }

    /** Whether the layer's name and a sign stand right before a candidate on its line: {@code … pool2: 256 × 12 × 12}. */
    private static boolean layerNamedBefore(Candidate candidate, SheetSpec.LayerSpec layer) {
        String before = candidate.textBefore().toLowerCase(Locale.ROOT).replace("*", "").replace("$", "")
                .stripTrailing();
        if (before.isEmpty() || before.charAt(before.length() - 1) != ':' && before.charAt(before.length() - 1) != '=') {
            return false;
        }
        String named = before.substring(0, before.length() - 1).stripTrailing();
        return layer.names().stream().anyMatch(name -> named.endsWith(name) && (named.length() == name.length()
                || !Character.isLetterOrDigit(named.charAt(named.length() - name.length() - 1))));
    }

    /** The name the document gives a candidate ({@code Z} of {@code Z = …}, {@code A} of {@code A = σ(S) =}). */
    private Optional<String> definedName(Candidate candidate) {
        Matcher name = DEFINED_NAME.matcher(withoutExpression(PartNames.normalize(candidate.textBefore()).strip()));
        return name.find() ? Optional.of(name.group(1)) : Optional.empty();
    }

    /**
     * The text before a value without the expression it is the value of: {@code A = σ(S) =} gives
     * {@code A =}, so that the name, not the expression, labels the value. An expression with digits
     * is a computation, and stays.
     */
    private static String withoutExpression(String text) {
        int last = text.lastIndexOf('=');
        int earlier = last > 0 ? text.lastIndexOf('=', last - 1) : -1;
        if (last != text.length() - 1 || earlier <= 0) {
            return text;
        }
        String expression = text.substring(earlier + 1, last).strip();
        // "K = …, stride =" is two names, not a name and its expression: a comma or semicolon parts them; but a
        // function's arguments may hold any ("P = max(0,88; 0,99) = 1,00").
        boolean plain = last - earlier < 40 && !Characters.containsAny(expression, "0123456789,;");
        if (plain || call(expression)) {
            return text.substring(0, earlier + 1);
        }
        return text;
    }

    /** Whether a text is one call of a named function, {@code max(…)}, its parentheses balanced. */
    private static boolean call(String text) {
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")") || text.length() > 120) {
            return false;
        }
        for (int index = 0; index < open; index++) {
            if (!Character.isLetter(text.charAt(index))) {
                return false;
            }
        }
        int depth = 0;
        for (int index = open; index < text.length(); index++) {
            char character = text.charAt(index);
            depth += character == '(' ? 1 : character == ')' ? -1 : 0;
            if (depth == 0 && index < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A parameter a part's text sets: {@code P = 1} of "the output side for S = 2, P = 1". */
    private static final Pattern PROMPT_PARAMETER = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,7})'?\\s*=\\s*(-?\\d{1,6}(?:\\.\\d{1,6})?)");

    /**
     * Whether {@code name = value} restates a parameter that the text of a part of the same question sets
     * ("crop P = 1", where the part asks for the side "for S = 2, P = 1"), the part's own labels aside.
     */
    private boolean restatesPrompt(String name, double value, SheetSpec.PartSpec part) {
        if (part.labels().stream().anyMatch(label -> label.equalsIgnoreCase(name))) {
            return false;
        }
        for (SheetSpec.PartSpec other : spec.parts()) {
            if (!other.questionId().equals(part.questionId())) {
                continue;
            }
            Matcher parameter = PROMPT_PARAMETER.matcher(other.prompt());
            while (parameter.find()) {
                if (parameter.group(1).equalsIgnoreCase(name) && Double.parseDouble(parameter.group(2)) == value) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a candidate is a value the problem gives rather than an answer: named as a given of the
     * rubric ({@code X = …}) that is no label of the part, equal to a given matrix, or the input of the
     * network the part asks about.
     */
    private boolean given(Candidate candidate, SheetSpec.PartSpec part) {
        Optional<String> name = definedName(candidate);
        Optional<SheetValue> value = value(candidate, part);
        // The network's input, restated, answers no layer: as PyTorch orders it, or channels last (227 × 227 × 3).
        if (part.layer().isPresent() && part.layer().get().withInput() && value.isPresent()
                && value.get() instanceof SheetValue.Numbers input) {
            Tensor network = part.layer().get().values().get(0);
            if (equal(network, input.tensor()) || equalChannelsLast(network, input.tensor())) {
                return true;
            }
        }
        if (name.isPresent() && value.isPresent() && value.get() instanceof SheetValue.Numbers number
                && number.tensor().isSingle() && restatesPrompt(name.get(), number.tensor().item(), part)) {
            return true;
        }
        for (SheetSpec.GivenSpec given : spec.givens()) {
            if (name.isPresent() && name.get().equalsIgnoreCase(given.name())
                    && part.labels().stream().noneMatch(label -> label.equalsIgnoreCase(given.name()))) {
                return true;
            }
        }
        return givenMatrix(candidate, part);
    }

    /** Whether {@code value} is the feature map's shape {@code shape} written channels last (227 × 227 × 3). */
    private static boolean equalChannelsLast(Tensor shape, Tensor value) {
        return shape.rank() == 1 && org.cnngrader.engine.Shapes.channelsLast(Arrays.stream(shape.values())
                .boxed().toList()).map(sides -> equal(Tensor.vector(sides.stream().mapToDouble(Double::doubleValue)
                        .toArray()), value)).orElse(false);
    }

    /** Whether the candidate's value is a matrix the problem gives. */
    private boolean givenMatrix(Candidate candidate, SheetSpec.PartSpec part) {
        Optional<SheetValue> value = value(candidate, part);
        return value.isPresent() && value.get() instanceof SheetValue.Numbers numbers && spec.givens().stream()
                .anyMatch(given -> given.value().isPresent() && given.value().get().size() >= 4
                        && Arrays.equals(numbers.tensor().shape(), given.value().get().shape())
                        && MATCH.accepts(given.value().get(), numbers.tensor()));
    }

    /** Whether a part has taken the candidate. */
    private boolean claimed(Candidate candidate) {
        return claimedBy[candidate.order()] != null;
    }

    /** Whether a part took the candidate by a guess: its place or its value, not its label or its cell. */
    private boolean guessed(Candidate candidate) {
        return claimedBy[candidate.order()] == FoundBy.ORDER || claimedBy[candidate.order()] == FoundBy.MATCH;
    }

    /** Where a line stands in the document, its text the snippet. */
    private Where where(int lineIndex) {
        Document.Line line = document.lines().get(lineIndex);
        return Where.line(document.source(), line.page(), line.number(), line.text().strip());
    }

    private void take(SheetSpec.PartSpec part, Candidate candidate, FoundBy foundBy, Found found, List<String> notes) {
        claimedBy[candidate.order()] = foundBy;
        takenFrom.put(part.id(), candidate);
        Where where = where(candidate.lineIndex());
        List<String> allNotes = new ArrayList<>(notes);
        if (!found.region().headed() && regions.anyHeading() && foundBy != FoundBy.OUTSIDE) {
            allNotes.add("the heading of question " + found.question().id() + " was not found");
        }
        Answer answer = Answer.read(part.id(), candidate.written(), part.expectation(), where, foundBy, allNotes);
        Optional<SheetValue.Numbers> single = answer.value().flatMap(value -> withoutBatch(value, part));
        if (single.isPresent()) {
            // A shape's entries are what changed ("[1, 96, 55, 55] as [96, 55, 55]"); of a tensor, its shape.
            boolean shape = single.get().tensor().rank() == 1 && part.layer().isPresent();
            allNotes.add("read without the batch PyTorch printed it with: "
                    + describe((SheetValue.Numbers) answer.value().get(), shape) + " as " + describe(single.get(), shape));
            answer = new Answer(part.id(), answer.written(), Optional.of(single.get()), Optional.empty(), where, foundBy,
                    allNotes);
        }
        found.answers().put(part.id(), answer);
    }

    /**
     * A value PyTorch printed for a batch of one, where the part's reference has no batch: a tensor of shape
     * 1 × 1 × 2 × 2 for a 2 × 2 map, or {@code torch.Size([1, 96, 55, 55])} (torchsummary's {@code [-1, 96, 55, 55]})
     * for a layer's output shape 96 × 55 × 55. Empty for any other value.
     */
    private static Optional<SheetValue.Numbers> withoutBatch(SheetValue value, SheetSpec.PartSpec part) {
        if (!(value instanceof SheetValue.Numbers numbers) || part.reference().isEmpty()) {
            return Optional.empty();
        }
        Tensor tensor = numbers.tensor();
        int[] reference = part.reference().get().shape();
        int[] shape = tensor.shape();
        int extra = shape.length - reference.length;
        if (extra > 0 && reference.length > 0 && Arrays.equals(shape, extra, shape.length, reference, 0,
                reference.length) && Arrays.stream(shape, 0, extra).allMatch(side -> side == 1)) {
            return Optional.of(new SheetValue.Numbers(tensor.reshape(reference)));
        }
        // A layer's shape as PyTorch prints it for a batch of one, or as torchsummary does for any batch (-1).
        if (part.layer().isPresent() && reference.length == 1 && shape.length == 1 && shape[0] == reference[0] + 1
                && (tensor.valueAt(0) == 1 || tensor.valueAt(0) == -1)) {
            return Optional.of(new SheetValue.Numbers(Tensor.vector(Arrays.copyOfRange(tensor.values(), 1,
                    shape[0]))));
        }
        return Optional.empty();
    }

    /** A value for a note: a shape's entries "[1, 96, 55, 55]", or a tensor's shape "1 × 1 × 2 × 2". */
    private static String describe(SheetValue.Numbers value, boolean entries) {
        int[] shape = value.tensor().shape();
        if (entries) {
            return Arrays.stream(value.tensor().values()).mapToObj(entry -> String.valueOf((long) entry))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return Arrays.stream(shape).mapToObj(String::valueOf)
                .collect(Collectors.joining(" × "));
    }

    private Optional<SheetValue> value(Candidate candidate, SheetSpec.PartSpec part) {
        if (!part.symbols().isEmpty()) {
            // A formula reads in the part's own symbols: N K^2 C/M is no formula of a part without M.
            Optional<SheetValue>[] values = formulaValues.computeIfAbsent(part.id(), id -> newValues());
            Optional<SheetValue> value = values[candidate.order()];
            if (value == null) {
                Parsed parsed = ValueParser.parse(candidate.written(), part.expectation());
                value = parsed instanceof Parsed.Value read ? Optional.of(read.value()) : Optional.empty();
                values[candidate.order()] = value;
            }
            return value;
        }
        // In free text the expectation only decides what commas and blanks between digits mean: "9,216" or "9 216" a
        // thousand where a whole number is asked, "96,55,55" a shape's sides where one is; a candidate without them
        // reads the same for every part, so it is read once.
        String written = candidate.written();
        boolean ambiguous = part.expectation().integral() && Characters.containsAny(written, ValueSyntax.THOUSANDS_MARKS);
        Optional<SheetValue>[] values = ambiguous
                ? integralValues.computeIfAbsent(part.expectation(), unused -> newValues()) : anyValues;
        Optional<SheetValue> value = values[candidate.order()];
        if (value == null) {
            Parsed parsed = ValueParser.parse(written, ambiguous ? part.expectation() : Expectation.ANY);
            value = parsed instanceof Parsed.Value read ? Optional.of(read.value()) : Optional.empty();
            values[candidate.order()] = value;
        }
        Optional<SheetValue.Numbers> single = value.flatMap(read -> withoutBatch(read, part));
        return single.isPresent() ? Optional.of(single.get()) : value;
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
            if (equal(target, numbers.tensor(), part.tolerance())) {
                return true;
            }
        }
        return false;
    }

    /** Equal within the matching tolerance; a single entry equals that number. */
    static boolean equal(Tensor target, Tensor value) {
        return equal(target, value, MATCH);
    }

    /** Equal within {@code tolerance}; a single entry equals that number. */
    static boolean equal(Tensor target, Tensor value, Tolerance tolerance) {
        if (target.isSingle() && value.isSingle()) {
            return tolerance.accepts(target.item(), value.item());
        }
        return tolerance.accepts(target, value);
    }

    private boolean sameShape(Candidate candidate, SheetSpec.PartSpec part) {
        if (part.reference().isEmpty()) {
            return sameKind(candidate, part);
        }
        Optional<SheetValue> value = value(candidate, part);
        if (value.isEmpty() || !(value.get() instanceof SheetValue.Numbers numbers)) {
            return false;
        }
        Tensor reference = part.reference().get();
        return Arrays.equals(reference.shape(), numbers.tensor().shape())
                || reference.isSingle() && numbers.tensor().isSingle();
    }

    /** Whether a candidate is of the kind of value the part asks for (any, when the kind is not known). */
    private boolean sameKind(Candidate candidate, SheetSpec.PartSpec part) {
        if (part.kind() == SheetSpec.ValueKind.UNKNOWN) {
            return true;
        }
        Optional<SheetValue> value = value(candidate, part);
        return value.isPresent() && SheetSpec.ValueKind.of(value.get()) == part.kind();
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
            BooleanSupplier decide) {
        byte[] decided = decisions.computeIfAbsent(key, unused -> new byte[candidates.size()]);
        if (decided[candidate.order()] == UNKNOWN) {
            decided[candidate.order()] = decide.getAsBoolean() ? YES : NO;
        }
        return decided[candidate.order()] == YES;
    }

    /** A yes or no a label's value may follow, with its punctuation ("Padding: No, 0"). */
    private static final String YES_OR_NO_BEFORE = "(?:(?:" + String.join("|", ValueSyntax.YES_WORDS) + "|"
            + String.join("|", ValueSyntax.NO_WORDS) + ")\\s*[,:;.!–—-]\\s*)?";

    private boolean decideLabel(Candidate candidate, String label) {
        String context = context(candidate);
        String wanted = PartNames.wanted(label);
        String sameLine = context.substring(context.lastIndexOf('\n') + 1);
        // A phrase may be wrapped at a space: "… filters with kernel" / "size 5 × 5 × 3".
        String wrapped = previousText(candidate) + " " + sameLine.strip();
        if (sameLine.isBlank() && namedBelow(candidate, wanted)) {
            return true; // "That matrix is W_1" under the matrix.
        }
        if (!wanted.isEmpty() && headerOver(candidate).equals(wanted)) {
            return true; // "| padding | pool1 | … |" over "| 0 | … |": a table with its answers as columns.
        }
        if (wanted.isEmpty() || !context.contains(wanted) && !previousText(candidate).contains(wanted)
                && !(wanted.contains(" ") && wrapped.contains(wanted))) {
            return false; // Every way a label can match needs its text in the context.
        }
        Pattern[] patterns = LABEL_PATTERNS.computeIfAbsent(wanted, key -> new Pattern[] {
            // A hyphen joins a word: "same-padded" is no label "same".
            // A primed name (S') is the document's revised value of the same quantity.
            Pattern.compile("(?:^|[^\\p{L}\\p{N}_'′-])" + Pattern.quote(key) + "'{0,2}"
                    // "For H3 we get [100, 32, 63, 63].": a worked result's verb.
                    + "(?:\\s+(?:of|is|are|was|equals|equal to|set to|we get|we obtain|gives|yields))?"
                    + "(?:\\s*(?:[=:≈]|\\\\approx|→)?\\s*(?:[=:≈]\\s*)?"
                    // "Padding: No, 0.": a yes or no before the value says something of it; the value is the answer.
                    + YES_OR_NO_BEFORE
                    // "H_1 \\in \\mathbb{R}^{100 \\times 128 …}": the space the value's shape is of, its sides after.
                    + "|\\s*&?\\s*∈?\\s*[rℝ]\\^\\s*)$"),
            // A hyphen joins a word: "same-padded" is no label "same".
            Pattern.compile("(?:^|[^\\p{L}\\p{N}_'′-])" + Pattern.quote(key) + "(?:$|[^\\p{L}\\p{N}_'′-])"),
            // A line that ends with the label and its sign, or is the label alone: "Flatten:", "the stride is:"; a
            // word's label may be followed by two words more ("Flattened vector length:"), a symbol's not ("A filter
            // of size:" names no A).
            Pattern.compile("(?:^|[^\\p{L}\\p{N}_'′-])" + Pattern.quote(key) + "'{0,2}"
                    + (key.length() >= 4 ? "(?:\\s+\\p{L}+){0,2}" : "(?:\\s+(?:of|is|are|was|equals))?")
                    + "\\s*(?:[=:≈]|\\\\approx|→)\\s*$"
                    + "|^[^\\p{L}\\p{N}]*" + Pattern.quote(key) + "'{0,2}[^\\p{L}\\p{N}]*$")});
        // A Markdown table's label cell ends at its bar as a Word table's ends at its tab: "| Flatten | 9216 | 0 |"
        // labels 9216, the next cell, and not the Parameters column's 0.
        String labelCell = sameLine.strip().replaceFirst("\\s*\\|$", "");
        if (labelsAtEnd(patterns[0], labelCell) || labelsAtEnd(patterns[0], withoutExpression(labelCell))) {
            return true;
        }
        if (wanted.contains(" ")) {
            // A phrase labels a value it ends right before: "the receptive field is 41", not "… field, so after 10".
            String near = context.contains(wanted) ? context : previousText(candidate).contains(wanted)
                    ? previousText(candidate) + "\n" + sameLine : wrapped;
            String after = near.substring(near.lastIndexOf(wanted) + wanted.length()).replace('\n', ' ').strip();
            return PHRASE_TO_VALUE.matcher(after).matches();
        }
        if (!sameLine.isBlank()) {
            return false;
        }
        // "[0, -1] is b_1." under "That matrix is W_1" or "[1 1; 1 1] — W_1.": a label after a value names that
        // value, and the label above names another; W1 took b1's vector, unflagged.
        if (namedAfterItsValue(candidate, wanted)) {
            return false;
        }
        // A value that opens its line takes the label the line above ends with ("Flatten:" over "9126"), unless that
        // line names the value above it ("Answer: P is the printed array above.").
        if (NAMES_ABOVE.matcher(previousText(candidate)).matches()) {
            return false;
        }
        if (patterns[2].matcher(previousText(candidate)).find()) {
            return true;
        }
        // A matrix that opens its line takes a label word from the line before ("Final pooled output:").
        boolean matrix = candidate.written().startsWith("[") || candidate.written().startsWith("\\begin");
        if (!matrix) {
            return false;
        }
        // "print(P_same)" before a notebook's output names what the code prints, not the output below it; "b2 = 0"
        // names its own value, not a table printed below it; a term of a table's header ("| x1 | x2 | W1 x + b1 |"),
        // on its line or wrapped below its operator in a typeset cell, names no part of the table.
        String previous = previousText(candidate);
        Matcher word = patterns[1].matcher(previous);
        while (word.find()) {
            int at = word.start() + (word.group().startsWith(wanted) ? 0 : 1);
            boolean printed = at > 0 && "([".indexOf(previous.charAt(at - 1)) >= 0;
            if (!printed && !VALUE_AFTER_SIGN.matcher(previous.substring(at + wanted.length())).lookingAt()
                    && !termOfAnExpression(previous, at, at + wanted.length())
                    && !continuesATermAbove(candidate, patterns[1])) {
                return true;
            }
        }
        return false;
    }

    /** A label's link to the value before it on its line: a dash, a colon, "is", "for", "that is". */
    private static final String LABEL_AFTER_VALUE = "[\\s$*_]*(?:[—–:-]|\\(|is|for|as|(?:that|this) is)?"
            + "[\\s$*_]*(?:the\\s+)?";
    /**
     * A value's end, as the text before a label after it ends: a number (not a name's digits, {@code x2} of a table's
     * header {@code x1 x2 label}), a bracket, a LaTeX environment's end.
     */
    private static final Pattern VALUE_BEFORE_LABEL = Pattern.compile("(?:(?<![\\p{L}\\p{N}_])\\d+|[\\])}]"
            + "|\\\\end\\{\\w+\\})"
            + LABEL_AFTER_VALUE + "$");

    /**
     * Whether a candidate opening its line is named by a label after it on its own line ({@code [0, -1] is b_1.},
     * {@code [1 -2] for W_2}), another part's label, or the line above gives {@code wanted} after a value of its own
     * ({@code [1 1; 1 1] — W_1.}): either way the label on the line above is not this value's.
     */
    private boolean namedAfterItsValue(Candidate candidate, String wanted) {
        String after = namesAfter.of(candidate);
        if (!after.isEmpty() && !after.equals(wanted)) {
            return true;
        }
        String previous = previousText(candidate);
        Matcher below = THAT_IS.matcher(previous);
        if (below.lookingAt() && labelAfter(wanted).matcher(previous.substring(below.end())).lookingAt()) {
            return true; // "That matrix is W_1" names the value above it.
        }
        Matcher label = labelAfter(wanted).matcher("");
        int at = previous.indexOf(wanted);
        while (at >= 0) {
            if (VALUE_BEFORE_LABEL.matcher(previous.substring(0, at)).find()
                    && label.reset(previous.substring(at)).lookingAt()) {
                return true;
            }
            at = previous.indexOf(wanted, at + 1);
        }
        return false;
    }

    /** A line naming the value above it: "That matrix is W_1", "This is A_valid", "↑ this is W_2". */
    private static final Pattern THAT_IS = Pattern.compile("^[\\s>*_↑^|]*(?:that|this)(?:\\s+(?:matrix|vector|value"
            + "|result|table|array|shape|number|one))?\\s+is\\s+");

    /**
     * What the first line with words below a candidate names it, after {@link #THAT_IS} ({@code w1} of "That matrix
     * is W_1"), or "": the lines between hold only the value's own rows and marks ({@code $$}, {@code \]}).
     */
    private String nameBelow(Candidate candidate) {
        return namesBelow.of(candidate);
    }

    private String findNameBelow(Candidate candidate) {
        int last = Math.min(document.lines().size(), candidate.lineIndex() + 12);
        for (int line = candidate.lineIndex() + 1; line < last; line++) {
            String text = PartNames.normalize(document.lines().get(line).text()).strip();
            if (text.codePoints().anyMatch(Character::isLetter)) {
                Matcher that = THAT_IS.matcher(text);
                Matcher above = NAMES_ABOVE.matcher(text);
                return that.lookingAt() ? text.substring(that.end()) : above.matches() ? above.group("name") : "";
            }
        }
        return "";
    }

    /**
     * A line that names the value above it by a label before its verb: "Answer: P is the printed array above.",
     * "dW = the output above". Under a notebook's printed array, it named the array of the next cell, below it: P took
     * dP's value, dP took dW's.
     */
    private static final Pattern NAMES_ABOVE = Pattern.compile("^[\\s>*_|]*(?:answer\\s*[:.–-]?\\s*)?"
            + "(?<name>\\p{L}[\\p{L}\\p{N}'/ ]{0,30}?)\\s*(?:\\s(?:is|are)|=|:)\\s+(?:(?:the|our)\\s+)?"
            + "(?:(?:printed|computed|shown)\\s+)?(?:(?:array|matrix|vector|tensor|output|result|value|one)\\s+)?"
            + "(?:(?:printed|shown)\\s+)?above\\s*\\.?\\s*$");

    /** The label of a part named right after a candidate on its line ({@code [0, -1] is b_1.}), or "". */
    private String findNameAfter(Candidate candidate) {
        Document.Line line = document.lines().get(candidate.lineIndex());
        int end = candidate.column() + candidate.written().length();
        if (!line.text().startsWith(candidate.written(), candidate.column()) || end > line.text().length()) {
            return "";
        }
        String after = PartNames.normalize(line.text().substring(end));
        return otherLabels.stream().filter(label -> labelAfter(label).matcher(after).lookingAt()).findFirst()
                .orElse("");
    }

    /** The header over a candidate's cell in a table with its answers as columns ({@link ColumnHeaders}), or "". */
    private String headerOver(Candidate candidate) {
        return headersOver.of(candidate);
    }

    /** Whether the line below a candidate names it by {@code wanted}: "That matrix is W_1" under the matrix. */
    private boolean namedBelow(Candidate candidate, String wanted) {
        return !wanted.isEmpty() && labelAfter(wanted).matcher(nameBelow(candidate)).lookingAt();
    }

    /**
     * A label after a value, as the value's own name: its link, the label, and at most a remark in parentheses and a
     * full stop to the end ({@code This is A_valid (the valid convolution).}).
     */
    private static Pattern labelAfter(String label) {
        return LABELS_AFTER.computeIfAbsent(label, key -> Pattern.compile(LABEL_AFTER_VALUE + Pattern.quote(key)
                + "['′]{0,2}[\\s$*_]*(?:\\([^()]{0,60}\\)\\s*)?\\.?\\s*$"));
    }

    /**
     * Whether a label's pattern, anchored at the text's end, finds it there as a name, not as a term of an expression
     * whose result follows: in {@code W1 x + b1 = [2, 1]} (a worked check after the answer {@code b1 = [0, -1]}) the
     * value is the sum's, and b1 was read as it, unflagged.
     */
    private static boolean labelsAtEnd(Pattern pattern, String text) {
        Matcher label = pattern.matcher(text);
        return label.find() && !TERM_BEFORE.matcher(text.substring(0, label.start() + 1)).find();
    }

    /**
     * An operand and an operator at a text's end: what makes a name after it a term ({@code x +}, {@code ) ·}); or
     * LaTeX's product dot alone, its operand a symbol set as a command ({@code \eta \cdot dW = …}, normalised to
     * {@code ⋅ dw =}: the update's step, no dW). A middle dot alone is a list's bullet ({@code · Padding: 1}).
     */
    private static final Pattern TERM_BEFORE = Pattern.compile("(?:[\\p{L}\\p{N})\\]}]\\s*[+−·⋅×*/-]|(?:^|\\s)⋅)\\s*$");

    /**
     * What makes a name before it a term: an operator, a closing parenthesis, a symbol it multiplies ({@code x +} in
     * {@code W1 x + b1}) or a function it applies ({@code W2 abs(…)}).
     */
    private static final Pattern TERM_AFTER = Pattern.compile(
            "\\s*(?:[+−·×*/^)]|\\p{L}{1,3}\\s*[+−·×*/)]|\\p{L}+\\()");

    /** An operand and an operator before a name, a hyphen not among them: what makes the name a term. */
    private static final Pattern OPERATOR_BEFORE = Pattern.compile("[\\p{L}\\p{N})\\]}]\\s*[+−·×*/]\\s*$");

    /**
     * Whether the name from {@code start} to {@code end} in {@code text} is a term of an expression there (a table's
     * header, in any format). A hyphen beside a name is prose's dash ("W1 - first layer weights:", "second layer -
     * W2:"), no minus.
     */
    private static boolean termOfAnExpression(String text, int start, int end) {
        return OPERATOR_BEFORE.matcher(text.substring(0, start)).find()
                || TERM_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * A label's sign (or a verb saying it, {@code b_2 is 0.}) and a value after it, on the label's line: {@code = 0},
     * {@code : [[1, -2]]}, and as a notebook prints an array or a tensor, {@code = array([[1, 0]])}.
     */
    private static final Pattern VALUE_AFTER_SIGN = Pattern.compile("'{0,2}\\s*(?:[=:≈]|→|\\s(?:is|equals|was)\\s)\\s*"
            + "(?:(?:np\\.|torch\\.)?(?:array|tensor)\\()?[-−]?[\\d\\[(.]");

    /**
     * The last line with words before a candidate's: a blank line, or a typeset matrix's tall brackets
     * on a line of their own, may stand between a label and its display.
     */
    private String previousText(Candidate candidate) {
        return previousTexts.of(candidate);
    }

    private String findPreviousText(Candidate candidate) {
        int index = previousLine(candidate);
        return index < 0 ? "" : PartNames.normalize(document.lines().get(index).text()).strip();
    }

    /** The index of the nearest of the three lines above a candidate's that holds a letter or digit, or -1. */
    private int previousLine(Candidate candidate) {
        for (int index = candidate.lineIndex() - 1; index >= Math.max(0, candidate.lineIndex() - 3); index--) {
            if (document.lines().get(index).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * Whether the name on the line above a candidate continues a typeset header cell wrapped over two lines whose
     * first ends with an operator ({@code y = W2 h +} over {@code b2}): a term of the expression, as on one line.
     */
    private boolean continuesATermAbove(Candidate candidate, Pattern name) {
        int index = previousLine(candidate);
        if (index < 1) {
            return false;
        }
        Document.Line line = document.lines().get(index);
        List<Document.Word> words = line.words();
        for (int word = words.size() - 1; word >= 0; word--) {
            if (name.matcher(PartNames.normalize(words.get(word).text())).find()) {
                String above = PartNames.normalize(WrappedCells.cellAbove(document.lines().get(index - 1), line, word));
                return OPERATOR_BEFORE.matcher(above).find();
            }
        }
        return false;
    }

    /** A candidate's context, normalised once. */
    private String context(Candidate candidate) {
        return contexts.of(candidate);
    }

    /** A line below which the answers taken may not be the team's, and why. */
    private record Boundary(int lineIndex, String reason) {
    }

    /**
     * A line that is only a draft's mark: "Old draft (ignore)", "Scratch work", "Ignore below:"; not a line of work
     * that goes on ("Scratch work: 4 / 2 = 2").
     */
    private static final Pattern DRAFT = Pattern.compile("^\\W*(?:(?:old|earlier|previous|first|rough)\\s+)?"
            + "(?:draft|scratch(?:\\s*work)?|ignore(?:\\s+(?:this|below))?|discarded|obsolete)"
            + "(?:\\s*\\(\\s*(?:ignore|do not grade|not graded|old|draft)\\s*\\))?\\W*$", Pattern.CASE_INSENSITIVE);

    /**
     * The first line where the document goes on as another submission, the answers it gives above and below: a
     * team line naming another team than the document's ({@code Team: Team Q} on page 2 of team P's file), or a
     * draft set apart ({@code Old draft (ignore)}). The answers taken below it are in doubt: a file holding two
     * teams' work, or the answers followed by a draft of them, would otherwise be graded silently from the wrong
     * part.
     */
    private Optional<Boundary> boundary(String team) {
        int last = takenFrom.values().stream().mapToInt(Candidate::lineIndex).max().orElse(-1);
        for (int index = 1; index < last; index++) {
            Document.Line line = document.lines().get(index);
            String text = line.text().replace("*", "").strip();
            String where = at(index);
            Optional<String> other = team.isBlank() ? Optional.empty() : TeamLines.otherTeam(text, team);
            String reason = null;
            if (other.isPresent()) {
                reason = "read below " + where + ", where the document names another team ('" + other.get()
                        + "'): check whose answer it is";
            } else if (DRAFT.matcher(text).matches()) {
                reason = "read below '" + text + "' (" + where + "): check it is not a draft";
            }
            if (reason != null && answersAbove(index)) {
                return Optional.of(new Boundary(index, reason));
            }
        }
        return Optional.empty();
    }

    /**
     * A row of a network's summary that names an activation, normalisation or dropout module: PyTorch's
     * {@code ReLU-2}, {@code BatchNorm2d-3}, Keras's {@code re_lu (ReLU)}, a list's {@code - ReLU:}.
     */
    private static final Pattern UNCOUNTED_LAYER = Pattern.compile("[\\s|*•\\-\\d.():]*(?:nn\\.)?(?:relu6?|re_lu"
            + "|leaky_?relu|prelu|elu|gelu|silu|sigmoid|tanh|softmax|dropout(?:[123]d)?|batch_?norm"
            + "(?:alization|[123]d)?|localresponsenorm|lrn)(?![a-z])", Pattern.CASE_INSENSITIVE);

    /** A line of code that prints one name, normalised: {@code print(asame)}. */
    private static final Pattern PRINTED = Pattern.compile("print\\(\\s*([^()\\s,]+)\\s*\\)\\s*;?");

    /** Words that say a value corrects an earlier one ({@link ProsePatterns#CORRECTING_WORDS}). */
    static final Pattern CORRECTION = Pattern.compile("\\b(?:" + ProsePatterns.CORRECTING_WORDS + ")\\b");

    /**
     * Whether the document answers above a line as well as below it: an answer was taken above it, or a question
     * headed below it is headed above it too, word for word (a second set of the same questions).
     */
    private boolean answersAbove(int line) {
        if (takenFrom.values().stream().anyMatch(candidate -> candidate.lineIndex() < line)) {
            return true;
        }
        for (SheetSpec.PartSpec part : spec.parts()) {
            Regions.Region region = regions.region(part.questionId());
            if (region.headed() && region.start() > line) {
                String heading = document.lines().get(region.start()).text().strip();
                for (int above = 0; above < line; above++) {
                    if (document.lines().get(above).text().strip().equals(heading)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A text worked out for a candidate on first asking, and kept: the passes ask again and again. */
    private static final class PerCandidate {
        private final String[] texts;
        private final Function<Candidate, String> work;

        PerCandidate(int candidates, Function<Candidate, String> work) {
            this.texts = new String[candidates];
            this.work = work;
        }

        String of(Candidate candidate) {
            String text = texts[candidate.order()];
            if (text == null) {
                text = work.apply(candidate);
                texts[candidate.order()] = text;
            }
            return text;
        }
    }
}
