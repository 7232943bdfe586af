package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Divides a free-form document into its questions' regions (DESIGN.md §5): each question owns the
 * lines from its heading to the next question's heading. A heading is recognised by the question's
 * number (its id or an alias) or its title (or an alias), however it is typeset: LaTeX sections,
 * Markdown headings, pandoc's run-in bold, plain numbered lines, list items, "Exercise 4-2",
 * "Problem 3 (b)", "Q1.3". A heading may name several questions that follow one another in the rubric ("2.3 and
 * 2.4", "Exercises 3–4", "Q2.3/2.4"): it heads each of them, and they share its region. Where a line's number names
 * one question and its title another (a renumbered document), the title wins. Of all the lines that could head each
 * question, the choice
 * keeps the rubric's order and prefers the likeliest headings (titles over numbers, larger or
 * marked headings over plain lines, a section over a list item). A question without a heading lies
 * between its neighbours that have one.
 *
 * <p>Some lines never give answers (the document's furniture): headings themselves, the team line, footnotes
 * (read only where a label points to one), running headers and footers and page numbers of a typeset document.
 * The title block — the lines before the first heading — gives answers to none but a question without a heading
 * of its own, and only labelled ones.
 */
final class Regions {

    /**
     * The lines [start, end) a question owns; {@code headed} when its heading was found, false when
     * the region lies between its neighbours' headings (or is the whole document, when none was); and, for a
     * question without a heading, the line out of the rubric's order (1.5 answered before 1.4) near which its answers
     * may be; {@code sharedWith}, the other questions its heading names ("2.3 and 2.4"), whose region this is too.
     */
    record Region(int start, int end, boolean headed, Optional<OutOfOrder> outOfOrder, List<String> sharedWith) {
        boolean contains(int line) {
            return line >= start && line < end;
        }
    }

    /**
     * A line that could head {@code questionId} but lies out of the rubric's order. Of a question headed there (a sure
     * heading, {@link #withSureHeadingsOutOfOrder}), its heading's line; else the line was not taken, and the question
     * without a heading is that question, or its neighbour in the rubric (the nearest before or after it that any line
     * could head), whose answers a document answering out of order puts beside that line's.
     */
    record OutOfOrder(int line, String questionId) {
    }

    /**
     * A remark in parentheses, as a heading's points ({@code (10/15 pts)}) or its item ({@code (b)}), not a tuple of
     * numbers, which is a value: {@code | 2.2 | Y | (100, 10) |} answers in a row numbered by its question.
     */
    private static final Pattern PARENTHESIZED = Pattern.compile("\\((?!\\s*[-−]?[\\d.]+\\s*,\\s*[-−]?\\d)[^()]*\\)");

    /** Per question id, its region. */
    private final Map<String, Region> regions;
    /** Per line, whether it is furniture: never an answer. */
    private final boolean[] furniture;
    /** Per heading line, how many characters at its start are the heading (a run-in heading goes on with text). */
    private final Map<Integer, Integer> headingPrefixes;
    /** The first line after the title block: the first heading's line, 0 when no heading was found. */
    private final int titleBlockEnd;
    /** Whether any question's heading was found. */
    private final boolean anyHeading;

    private Regions(Map<String, Region> regions, boolean[] furniture, Map<Integer, Integer> headingPrefixes,
            int titleBlockEnd, boolean anyHeading) {
        this.regions = regions;
        this.furniture = furniture;
        this.headingPrefixes = headingPrefixes;
        this.titleBlockEnd = titleBlockEnd;
        this.anyHeading = anyHeading;
    }

    /** The region of a question. */
    Region region(String questionId) {
        return regions.get(questionId);
    }

    /** Whether a line never gives answers. */
    boolean furniture(int line) {
        return furniture[line];
    }

    /**
     * Whether a value on a heading line is part of the heading (its number, its points) rather than
     * an answer written after a run-in heading; {@code offset} is where the value starts in the line.
     */
    boolean inHeading(int line, int offset) {
        Integer prefix = headingPrefixes.get(line);
        return prefix != null && offset < prefix;
    }

    /** How many characters at a line's start are a heading's (a run-in heading, a question-number column): 0 if none. */
    int headingPrefix(int line) {
        return headingPrefixes.getOrDefault(line, 0);
    }

    /** Whether a line belongs to the title block. */
    boolean inTitleBlock(int line) {
        return line < titleBlockEnd;
    }

    /** Whether any question's heading was found. */
    boolean anyHeading() {
        return anyHeading;
    }

    /** The regions of {@code questions} in {@code document}. */
    static Regions of(Document document, List<SheetSpec.QuestionSpec> questions) {
        List<Document.Line> lines = document.lines();
        double body = bodySize(lines);
        List<Heading> parsed = new ArrayList<>();
        List<Heading> joint = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            for (boolean several : new boolean[] {false, true}) {
                Optional<Heading> heading = Heading.parse(lines.get(index), body, several);
                boolean setAsHeading = heading.isPresent() && heading.get().strength() > 0;
                (several ? joint : parsed).add(setAsHeading || !continuesSentence(lines, index) ? heading.orElse(null)
                        : null);
            }
        }
        boolean[] furniture = Furniture.of(document);
        List<List<Choice>> choices = new ArrayList<>();
        for (SheetSpec.QuestionSpec question : questions) {
            List<Choice> forQuestion = new ArrayList<>();
            for (int index = 0; index < lines.size(); index++) {
                Heading heading = parsed.get(index);
                if (heading != null && !furniture[index]) {
                    double score = heading.score(question, questions);
                    if (score > 0) {
                        forQuestion.add(new Choice(index, score, 1, heading));
                    }
                }
                // A heading of several questions is a choice of the first it names, for it and those after it.
                Heading several = joint.get(index);
                List<SheetSpec.QuestionSpec> heads = several == null || furniture[index] ? List.of()
                        : several.jointly(questions);
                if (!heads.isEmpty() && heads.get(0) == question) {
                    double score = several.score(heads, questions);
                    if (score > 0) {
                        forQuestion.add(new Choice(index, score, heads.size(), several));
                    }
                }
            }
            choices.add(forQuestion);
        }
        itemsOfLaterQuestions(choices, questions);
        Choice[] inOrder = choose(choices);
        Choice[] choice = withSureHeadingsOutOfOrder(choices, inOrder, questions);
        int[] chosen = Arrays.stream(choice).mapToInt(picked -> picked == null ? -1 : picked.line()).toArray();
        Map<String, Region> regions = new HashMap<>();
        // Per heading line, the reading of it that counts: the one chosen, else the longest that could head a question.
        Map<Integer, Heading> readings = new HashMap<>();
        int first = Integer.MAX_VALUE;
        boolean any = false;
        for (int q = 0; q < questions.size(); q++) {
            if (chosen[q] >= 0) {
                any = true;
                first = Math.min(first, chosen[q]);
                readings.put(chosen[q], choice[q].heading());
            }
        }
        // A line that could have headed a question (a sub-item "5.2" of question 5, a restated problem's
        // heading) carries a number that is no answer either.
        Set<Integer> chosenLines = new HashSet<>();
        Arrays.stream(chosen).filter(line -> line >= 0).forEach(chosenLines::add);
        for (List<Choice> forQuestion : choices) {
            for (Choice other : forQuestion) {
                if (!chosenLines.contains(other.line())) {
                    readings.merge(other.line(), other.heading(),
                            (one, two) -> one.prefixLength() >= two.prefixLength() ? one : two);
                }
            }
        }
        int[] starts = ownHeadingsBefore(choices, chosen);
        Set<Integer> startLines = new HashSet<>();
        Arrays.stream(starts).filter(line -> line >= 0).forEach(startLines::add);
        first = Math.min(first, startLines.stream().min(Integer::compare).orElse(first));
        // Numbered headings of questions the rubric does not ask about end the region before them.
        Set<Integer> closers = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            Heading heading = parsed.get(index);
            if (heading != null && !readings.containsKey(index) && heading.couldClose()) {
                closers.add(index);
            }
        }
        for (int q = 0; q < questions.size(); q++) {
            int start;
            int end = lines.size();
            boolean headed = chosen[q] >= 0;
            // A question without a heading lies after the heading of the question before it in the rubric.
            int from = -1;
            for (int earlier = q - 1; !headed && earlier >= 0 && from < 0; earlier--) {
                from = chosen[earlier];
            }
            // Its region ends at the next heading down the document, whichever question it heads; the questions a
            // heading names together share its region.
            int nextHeading = lines.size();
            for (int line : startLines) {
                if (line > (headed ? starts[q] : from) && line < nextHeading) {
                    nextHeading = line;
                }
            }
            if (headed) {
                start = starts[q];
                end = nextHeading;
                Heading own = choice[q].heading();
                // The rest of a heading wrapped within its parentheses or after a comma ("4 Layer sizes (Gonzalez &
                // Woods," / "exercise 13.3)") is the heading still, whatever number it carries.
                int afterHeading = wrapped(lines.get(start).text()) ? start + 2 : start + 1;
                for (int line = afterHeading; line < nextHeading; line++) {
                    if (closers.contains(line) && parsed.get(line).closes(own, questions.get(q))) {
                        end = line;
                        readings.put(line, parsed.get(line));
                        break;
                    }
                }
            } else {
                start = Math.max(from, 0);
                end = nextHeading;
            }
            List<String> sharedWith = new ArrayList<>();
            for (int other = 0; other < questions.size(); other++) {
                if (headed && other != q && chosen[other] == chosen[q]) {
                    sharedWith.add(questions.get(other).id());
                }
            }
            regions.put(questions.get(q).id(), new Region(start, end, headed, inOrder[q] == null && headed
                    ? Optional.of(new OutOfOrder(chosen[q], questions.get(q).id()))
                    : outOfOrder(q, questions, choices, chosen, chosenLines), List.copyOf(sharedWith)));
        }
        Map<Integer, Integer> prefixes = new HashMap<>();
        for (Map.Entry<Integer, Heading> reading : readings.entrySet()) {
            int line = reading.getKey();
            prefixes.put(line, reading.getValue().prefixLength());
            // A heading line that is all heading gives no answers at all: its title, and its points in parentheses
            // ("Convolutional layer (10/15 pts)"); run-in text with numbers ("2.1 The depths are 128, 64, 32") does.
            String outsideParentheses = PARENTHESIZED.matcher(reading.getValue().rest()).replaceAll("");
            // Nor does run-in math, typeset or in its source: "5.1 N × K × K × C", "**5.1** vanilla: $N \times K$".
            if (!Characters.containsAny(outsideParentheses, "0123456789=×·*/^+−$\\")) {
                furniture[line] = true;
            }
        }
        return new Regions(regions, furniture, prefixes, any ? first : 0, any);
    }

    /**
     * Where each headed question's region starts: at its chosen heading, or at an earlier line that could head it alone
     * by another number, with no line between that could head another question ("Problem 5", then "5.1 Vanilla
     * convolution" and its answer, then "5.2 Grouped convolution", which its title made the chosen heading). The
     * rubric's aliases say both sub-headings are the question's; its first answer was read as the question before's,
     * and missing, unflagged. The same number twice (an answer given again) and a heading several questions share keep
     * their chosen line.
     */
    private static int[] ownHeadingsBefore(List<List<Choice>> choices, int[] chosen) {
        int[] starts = chosen.clone();
        for (int q = 0; q < chosen.length; q++) {
            int heading = chosen[q];
            // A heading several questions share stays theirs.
            if (heading < 0 || Arrays.stream(chosen).filter(line -> line == heading).count() > 1) {
                continue;
            }
            int boundary = -1;
            for (int other = 0; other < chosen.length; other++) {
                if (other != q) {
                    boundary = Math.max(boundary, chosen[other] < heading ? chosen[other] : -1);
                    for (Choice choice : choices.get(other)) {
                        boundary = Math.max(boundary, choice.line() < heading ? choice.line() : -1);
                    }
                }
            }
            String number = choiceAt(choices.get(q), heading).heading().number();
            for (Choice choice : choices.get(q)) {
                if (choice.span() == 1 && choice.line() > boundary && choice.line() < starts[q]
                        && !choice.heading().number().equals(number)) {
                    starts[q] = choice.line();
                }
            }
            starts[q] = Math.min(starts[q], firstRowNumbered(choices.get(q), heading, number, boundary));
        }
        return starts;
    }

    /**
     * The first of the rows a table numbering its rows by question gives question {@code q} ({@code | 1.5 | conv1 | 96
     * × 55 × 55 |} over {@code | 1.5 | pool1 | … |}): the lines before its chosen heading that could head it by the
     * same number and going on with a value, each at most {@link #ROW_GAP} lines before the next (a cell wrapped onto
     * lines of its own between, the last row's value perhaps among them). Of such rows the last was the heading, and the rows above it were read as the question before's, or missing,
     * unflagged. A number given again further down (a restated problem, then its solution) stays apart.
     */
    private static int firstRowNumbered(List<Choice> choices, int heading, String number, int boundary) {
        int first = heading;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Choice choice : choices) {
                if (choice.span() == 1 && choice.line() < first && choice.line() >= first - 1 - ROW_GAP
                        && choice.line() > boundary && choice.heading().number().equals(number) && givesValue(choice)) {
                    first = choice.line();
                    extended = true;
                }
            }
        }
        return first;
    }

    /** Whether a heading's line goes on with a value, as a row does: "1.5  conv1  96 × 55 × 55", not a title. */
    private static boolean givesValue(Choice choice) {
        return Characters.containsAny(choice.heading().rest(), "0123456789");
    }

    /** The most lines a table's cell wraps onto between two of its rows. */
    private static final int ROW_GAP = 3;

    /** The choice of a question's heading on a line. */
    private static Choice choiceAt(List<Choice> choices, int line) {
        return choices.stream().filter(choice -> choice.line() == line).findFirst().orElseThrow();
    }

    /**
     * For question {@code q} without a heading, the line out of the rubric's order near which its answers may be:
     * the likeliest line that could head it but was passed over to keep the rubric's order; else such a line of its
     * nearest neighbour before or after it that any line could head. A document answering "Question 5", "Question 4",
     * "Question 3" in turn has 1.3.2's pooled map under the heading of 1.3.1, passed over: between the headings taken
     * around it, where it was looked for, 1.3.2 lacked its answer, unflagged. A neighbour headed in its place says
     * the order holds there: a question the document skips, between two it heads in order, was left unanswered.
     */
    private static Optional<OutOfOrder> outOfOrder(int q, List<SheetSpec.QuestionSpec> questions,
            List<List<Choice>> choices, int[] chosen, Set<Integer> chosenLines) {
        if (chosen[q] >= 0) {
            return Optional.empty();
        }
        Optional<OutOfOrder> own = passedOver(q, questions, choices, chosenLines);
        if (own.isPresent()) {
            return own;
        }
        for (int step : new int[] {-1, 1}) {
            for (int neighbour = q + step; neighbour >= 0 && neighbour < questions.size(); neighbour += step) {
                if (chosen[neighbour] >= 0) {
                    break;
                }
                Optional<OutOfOrder> beside = passedOver(neighbour, questions, choices, chosenLines);
                if (beside.isPresent()) {
                    return beside;
                }
            }
        }
        return Optional.empty();
    }

    /** The likeliest line that could head question {@code q}, passed over to keep the rubric's order. */
    private static Optional<OutOfOrder> passedOver(int q, List<SheetSpec.QuestionSpec> questions,
            List<List<Choice>> choices, Set<Integer> chosenLines) {
        return choices.get(q).stream()
                .filter(other -> !chosenLines.contains(other.line()))
                .max(Comparator.comparingDouble(Choice::score))
                .map(choice -> new OutOfOrder(choice.line(), questions.get(q).id()));
    }

    /**
     * Whether a line goes on with the sentence of the line above: it starts with a small letter, and the line above,
     * on the same page, ends with a letter, a digit or a comma ("… the CNN described in" / "exercise 4."). Such a
     * line is no heading, however its words read, unless it is set as one.
     */
    private static boolean continuesSentence(List<Document.Line> lines, int index) {
        String text = lines.get(index).text().strip();
        if (index == 0 || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        Document.Line previous = lines.get(index - 1);
        String above = previous.text().strip();
        if (previous.page() != lines.get(index).page() || above.isEmpty()) {
            return false;
        }
        int last = above.codePointBefore(above.length());
        return Character.isLetterOrDigit(last) || last == ',';
    }

    /**
     * Drops the plain numbered lines below a sure heading of a later question from the choices of earlier questions:
     * under {@code ## Exercise 4}, {@code 1. Spatial size of the kernels? 9 × 9} is an item of exercise 4, no heading
     * of question 1. Taken so, four items outscored the one heading, and exercise 4's answers were read as questions
     * 1–3's and missing, unflagged. A sure heading is set as one (a section, a Markdown heading, a larger font) and
     * names its question by its own number; a plain line is neither set as a heading nor marked.
     */
    private static void itemsOfLaterQuestions(List<List<Choice>> choices, List<SheetSpec.QuestionSpec> questions) {
        int sureBelow = Integer.MAX_VALUE;
        for (int q = questions.size() - 1; q >= 0; q--) {
            int limit = sureBelow;
            choices.get(q).removeIf(choice -> choice.line() > limit && choice.heading().plain());
            for (Choice choice : choices.get(q)) {
                if (choice.heading().sure(questions.get(q))) {
                    sureBelow = Math.min(sureBelow, choice.line());
                }
            }
        }
    }

    /**
     * The choice in the rubric's order with each question it left without a heading headed by its sure heading out of
     * that order, where it has one: a line set as a heading that names it by its own number and by its title ({@code
     * ## 1.5 Dimensions of CNN layers} above {@code ## 1.4 Pooling transformed into convolution}), no other question's
     * choice. A team answering in its own order had every such question's answers missing (flagged); a table of
     * contents or a restated problem heads no question here, as the questions it names have their headings in order.
     */
    private static Choice[] withSureHeadingsOutOfOrder(List<List<Choice>> choices, Choice[] inOrder,
            List<SheetSpec.QuestionSpec> questions) {
        Choice[] chosen = inOrder.clone();
        Set<Integer> taken = new HashSet<>();
        Map<Integer, Integer> claims = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            if (chosen[q] != null) {
                taken.add(chosen[q].line());
            }
            choices.get(q).stream().map(Choice::line).distinct().forEach(line -> claims.merge(line, 1, Integer::sum));
        }
        for (int q = 0; q < questions.size(); q++) {
            SheetSpec.QuestionSpec question = questions.get(q);
            Optional<Choice> sure = chosen[q] != null ? Optional.empty() : choices.get(q).stream()
                    .filter(choice -> choice.span() == 1 && !taken.contains(choice.line())
                            && claims.get(choice.line()) == 1 && choice.heading().sure(question)
                            && Titles.matches(choice.heading().rest(), question))
                    .max(Comparator.comparingDouble(Choice::score));
            if (sure.isPresent()) {
                chosen[q] = sure.get();
                taken.add(sure.get().line());
            }
        }
        return chosen;
    }

    /**
     * A line that may head a question, with how likely it is, and as which reading of it: {@code span} is how many
     * questions from this one on it heads together (1, or 2 for "2.3 and 2.4").
     */
    private record Choice(int line, double score, int span, Heading heading) {
    }

    /**
     * For each question (in rubric order) the choice of its heading, or null: the choice of at most one
     * line per question, in increasing order (a heading of several questions counting for each), with the highest
     * total score; on a tie, later lines (a solution follows its restated problem, a table of contents precedes both).
     */
    private static Choice[] choose(List<List<Choice>> choices) {
        int questions = choices.size();
        // best[q][c]: the best total for questions q.. when question q may use lines after choices' line c.
        Map<Long, double[]> memo = new HashMap<>();
        Choice[] chosen = new Choice[questions];
        int after = -1;
        int q = 0;
        while (q < questions) {
            double skip = best(choices, q + 1, after, memo);
            Choice pick = null;
            double pickTotal = skip;
            for (Choice choice : choices.get(q)) {
                if (choice.line() <= after || q + choice.span() > questions) {
                    continue;
                }
                double total = choice.score() + choice.line() * 1e-7
                        + best(choices, q + choice.span(), choice.line(), memo);
                if (total > pickTotal) {
                    pickTotal = total;
                    pick = choice;
                }
            }
            if (pick == null) {
                q++;
                continue;
            }
            for (int headed = q; headed < q + pick.span(); headed++) {
                chosen[headed] = pick;
            }
            after = pick.line();
            q += pick.span();
        }
        return chosen;
    }

    private static double best(List<List<Choice>> choices, int q, int after, Map<Long, double[]> memo) {
        if (q >= choices.size()) {
            return 0;
        }
        long key = (long) q << 32 | (after + 1);
        double[] known = memo.get(key);
        if (known != null) {
            return known[0];
        }
        double total = best(choices, q + 1, after, memo);
        for (Choice choice : choices.get(q)) {
            if (choice.line() > after && q + choice.span() <= choices.size()) {
                total = Math.max(total, choice.score() + choice.line() * 1e-7 + best(choices, q + choice.span(),
                        choice.line(), memo));
            }
        }
        memo.put(key, new double[] {total});
        return total;
    }

    private static double bodySize(List<Document.Line> lines) {
        int count = 0;
        for (Document.Line line : lines) {
            count += line.words().size();
        }
        double[] sizes = new double[count];
        int next = 0;
        for (Document.Line line : lines) {
            for (Document.Word word : line.words()) {
                sizes[next++] = word.fontSize();
            }
        }
        Arrays.sort(sizes);
        return sizes.length == 0 ? 1 : sizes[sizes.length / 2];
    }

    /** Pairs of a marker word and its plural's pattern, in their order. */
    private static Map<String, String> markerPlurals(String... wordsAndPlurals) {
        Map<String, String> plurals = new LinkedHashMap<>();
        for (int index = 0; index < wordsAndPlurals.length; index += 2) {
            plurals.put(wordsAndPlurals[index], wordsAndPlurals[index + 1]);
        }
        return Collections.unmodifiableMap(plurals);
    }

    /**
     * A line read as a heading: its number (and the number a list item gives it), its title text,
     * and how strongly it is set as a heading.
     *
     * @param number the number after a marker word or at the start ({@code 1.3.1}, {@code 4.2}); empty if none
     * @param enumerator the number of a list item that goes on with a marker word ({@code 4.} of
     *     "4. Exercise 13.3"); empty if none
     * @param marked whether a word such as "Exercise" or "Problem" stands before the number
     * @param rest the text after the number, as words
     * @param strength how it is set: a section or Markdown heading or a larger font (1–4), a bold
     *     run-in (1), plain (0)
     * @param listItem whether it is a bulleted list item
     * @param laterItem whether the number goes on with a sub-item after the first ({@code 3 (b)})
     * @param prefixLength how many characters of the line the marker and number take
     * @param restLength the length of the text after the number
     * @param typesetNumber the number the typesetting put before the student's own ({@code 12.0.0.1} of
     *     "12.0.0.1 4.1 Solution:"), empty if none
     * @param further the numbers after the first of a heading naming several questions ({@code 2.4} of "2.3 and
     *     2.4"); empty for a heading's single reading
     */
    record Heading(String number, String enumerator, boolean marked, String rest, int strength, boolean listItem,
            boolean laterItem, int prefixLength, int restLength, String typesetNumber, List<Further> further) {

        /** A further number a heading names, {@code through} when a range ends at it ("2.3–2.5"). */
        record Further(String number, boolean through) {
        }

        /** A LaTeX section command and its star, its name in group 1; the patterns below take its title as group 2. */
        private static final String LATEX_COMMAND = "^\\\\(section|subsection|subsubsection|paragraph|subparagraph)"
                + "\\*?\\s*";
        private static final Pattern LATEX_SECTION = Pattern.compile(LATEX_COMMAND + "\\{(.*)\\}\\s*$");
        /**
         * A section command with its text on its line after it ({@code \subsection*{1.2} With the absolute value:
         * …}), which LaTeX sets as the heading and the paragraph after it: a run-in heading, as {@code **1.2** …} is.
         */
        private static final Pattern LATEX_SECTION_RUN_IN = Pattern.compile(LATEX_COMMAND + "\\{([^{}]*)\\}\\s*\\S");
        private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s*(.*)$");
        private static final Pattern BULLET = Pattern.compile("^[•\\-*+–·]\\s+(.*)$");
        /**
         * The words that mark a question's number ("Exercise 3", "Part 3", German "Übung 3", "Teil 3"), each with the
         * pattern of its plural, which marks several ("Exercises 3 & 4", "Aufgaben 1, 2").
         */
        private static final Map<String, String> MARKER_PLURALS = markerPlurals("exercise", "exercises?", "problem",
                "problems?", "question", "questions?", "task", "tasks?", "part", "parts?", "aufgabe", "aufgaben?",
                "übung", "übung(?:en)?", "teil", "teile?", "exercice", "exercices?", "problème", "problèmes?",
                "ejercicio", "ejercicios?", "problema", "problemas?", "pregunta", "preguntas?", "esercizio",
                "esercizi[oi]", "q", "q");
        /** A word that marks a question's number; a problem restated may open with it too ({@link Locator}). */
        static final String MARKER_WORD = "(?:" + String.join("|", MARKER_PLURALS.keySet()) + ")";
        private static final Pattern MARKER = Pattern.compile("^" + MARKER_WORD + "\\.?\\s*(?=\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /** A marker word and the number it marks, as text that may follow a lead or a list's number. */
        private static final String MARKED_NUMBER = MARKER_WORD + "\\.?\\s*\\d";
        /** A marker of one or several questions: "Exercises 3 & 4", "Problems 1, 2". */
        private static final String MARKER_WORDS = "(?:" + String.join("|", MARKER_PLURALS.values()) + ")\\.?\\s*";
        private static final Pattern MARKERS = Pattern.compile("^" + MARKER_WORDS + "(?=\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:[.\\-]\\d{1,3}){0,3})(?:\\s?\\(?([a-h])\\))?"
                + "[.:)]?(?=\\s|$)");
        /** A Markdown table's row whose first cell is a question's number of two levels or more: {@code | 1.5 |}. */
        private static final Pattern NUMBER_CELL = Pattern.compile("^\\|\\s*(\\d{1,3}(?:\\.\\d{1,3}){1,3}\\s*\\|)");
        /** A number that a further one may follow without a blank: "2.3–2.4", "2.3/2.4", "3,4". */
        private static final Pattern LISTED_NUMBER = Pattern.compile("^(\\d{1,3}(?:[.\\-]\\d{1,3}){0,3})"
                + "(?:\\s?\\(?([a-h])\\))?[.:)]?(?=\\s|$|[–—/,&+])");

        /**
         * A dash (LaTeX's em dash {@code ---} too) or a colon between a heading's number and its title. LaTeX's en
         * dash {@code --} stays in the title, where an alias's title match reads past it ({@code Task 3a --
         * Convolutional layer}). A dash may touch the title: Chromium kerns a large heading's spaces so close that
         * {@code 1.2 — A two-layer network} is read {@code 1.2 —Atwo-layernetwork}.
         */
        private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?:[–—:-]|---) |[–—](?=\\p{L})");

        /**
         * A further number a heading names, after the word or mark that joins it to the one before: a list ("and",
         * "&", "/", ",", "+") or a range ("–", "to"), with the marker repeated or not ("Q2.3/Q2.4").
         */
        private static final Pattern FURTHER = Pattern.compile("^\\s*(?:(,\\s*(?:and\\s|und\\s)?|\\\\?&|\\+|/"
                + "|and\\s|und\\s)|([–—-]|to\\s|bis\\s|through\\s))\\s*(?:" + MARKER_WORDS + ")?"
                + "(\\d{1,3}(?:[.\\-]\\d{1,3}){0,3})[.:)]?(?=\\s|$|[–—/,&+])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /**
         * Words that lead a question's number as a marker word does, alone or before one: "Solution to 1.2",
         * "Answers for Problem 3", "Lösung zu Aufgabe 2", "Réponse à l'exercice 1". The preposition is needed:
         * "Answer 2" is a value given; an article, before a marker word only: "Answer for the 2 layers:" is prose.
         */
        private static final Pattern SOLUTION_LEAD = Pattern.compile("^(?:solutions?|answers?|lösung(?:en)?"
                + "|réponses?|solución|soluciones|soluzion[ei])\\s+(?:to|for|of|zu|für|von|de|à|du|del|della|al)"
                + "\\s+(?:(?:the|der|die|la|le|l')\\s*(?=" + MARKED_NUMBER + "))?(?=\\d|" + MARKED_NUMBER + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern LIST_MARKER = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s+(?=" + MARKED_NUMBER + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern REFERENCES = Pattern.compile(
                "^(?:references|bibliography|literature|literatur|appendix|anhang)\\b.*", Pattern.CASE_INSENSITIVE);

        /**
         * The line read as a heading, if it could be one: with {@code several}, only as a heading that names
         * several questions ("2.3 and 2.4", "Exercises 3–4"), set as a heading or titled, not a sentence that starts
         * with them ("2.3 and 2.4 share the table").
         */
        static Optional<Heading> parse(Document.Line line, double body, boolean several) {
            String text = line.text().strip();
            Matcher latex = LATEX_SECTION.matcher(text);
            Matcher runIn = LATEX_SECTION_RUN_IN.matcher(text);
            boolean whole = latex.matches();
            // A table's row has ampersands; a section command's paragraph may hold a matrix's.
            boolean section = whole || runIn.lookingAt();
            // A table's row whose first cell is a question's number ("| 1.5 | conv1 | 96 × 55 × 55 |") heads it as
            // the same row typeset does; a row numbered otherwise ("| 1 | conv1 |", a layer's index) heads nothing.
            Matcher numberCell = NUMBER_CELL.matcher(text);
            if (numberCell.lookingAt()) {
                text = text.substring(numberCell.start(1), numberCell.end() - 1) + " " + text.substring(numberCell.end());
            }
            if (text.isEmpty() || text.length() > 400 || !section && text.indexOf('&') != text.lastIndexOf('&')
                    || text.startsWith("|") || text.startsWith("$") || text.startsWith("\\[")
                    || text.startsWith("\\begin")) {
                return Optional.empty();
            }
            int strength = 0;
            int offset = line.text().indexOf(text.charAt(0));
            if (section) {
                Matcher command = whole ? latex : runIn;
                strength = switch (command.group(1)) {
                    case "section" -> 4;
                    case "subsection" -> 3;
                    case "subsubsection" -> 2;
                    default -> 1;
                };
                offset += command.start(2);
                // The title's closing brace becomes a blank, so the text after it keeps its place in the line.
                text = whole ? command.group(2) : command.group(2) + " " + text.substring(command.end(2) + 1);
            } else {
                Matcher markdown = MARKDOWN.matcher(text);
                if (markdown.matches()) {
                    strength = Math.max(1, 5 - markdown.group(1).length());
                    offset += markdown.start(2);
                    text = markdown.group(2);
                }
            }
            if (line.page() > 0 && !line.words().isEmpty()) {
                double ratio = line.words().get(0).fontSize() / body;
                strength = Math.max(strength, ratio >= 1.4 ? 4 : ratio >= 1.2 ? 3 : ratio >= 1.05 ? 2 : 0);
            }
            boolean listItem = false;
            Matcher bullet = BULLET.matcher(text);
            if (bullet.matches()) {
                listItem = true;
                offset += bullet.start(1);
                text = bullet.group(1);
            }
            if (text.startsWith("**") || text.startsWith("__") || text.startsWith("\\textbf{")) {
                strength = Math.max(strength, 1);
                int cut = text.startsWith("\\textbf{") ? 8 : 2;
                offset += cut;
                text = text.substring(cut);
            }
            // Emphasis closes around the number or title: "**1.1** Kernels", "**Exercise 4-1** Convolutions".
            String plain = text.replace("**", " ").replace("__", " ").replace("}", " ").strip();
            String enumerator = "";
            Matcher list = LIST_MARKER.matcher(plain);
            if (list.find()) {
                enumerator = list.group(1);
                plain = plain.substring(list.end());
                offset += list.end();
            }
            Matcher lead = SOLUTION_LEAD.matcher(plain);
            boolean marked = lead.find();
            if (marked) {
                plain = plain.substring(lead.end());
                offset += lead.end();
            }
            Matcher marker = (several ? MARKERS : MARKER).matcher(plain);
            if (marker.find()) {
                marked = true;
                plain = plain.substring(marker.end());
                offset += marker.end();
            }
            String number = "";
            String typesetNumber = "";
            boolean laterItem = false;
            Pattern numberPattern = several ? LISTED_NUMBER : NUMBER;
            Matcher numbered = numberPattern.matcher(plain);
            if (numbered.find()) {
                number = numbered.group(1);
                laterItem = numbered.group(2) != null && !numbered.group(2).equals("a");
                plain = plain.substring(numbered.end()).strip();
                offset += numbered.end();
                // Sections numbered by the typesetting (pandoc --number-sections) put their number before the
                // student's own: "2.0.0.3 1.2", "4 1.4 Pooling transformed into convolution". The second is the
                // question's, when a title or nothing follows it.
                Matcher own = numberPattern.matcher(plain);
                Matcher ownMarker = (several ? MARKERS : MARKER).matcher(plain);
                if (!marked && ownMarker.find()
                        && (own = numberPattern.matcher(plain.substring(ownMarker.end()))).find()) {
                    // So does a marked number: pandoc's LaTeX prints "## Problem 1" under no section as
                    // "0.1 Problem 1 — Convolution backward", and "# Exercise 4-2" as "2 Exercise 4-2".
                    String after = plain.substring(ownMarker.end() + own.end()).strip();
                    offset += 1 + ownMarker.end() + own.end();
                    typesetNumber = number;
                    number = own.group(1);
                    laterItem = own.group(2) != null && !own.group(2).equals("a");
                    marked = true;
                    plain = after;
                } else if (!marked && own.find()) {
                    String after = plain.substring(own.end()).strip();
                    // Two whole numbers alone are a matrix's row ("1 2)", its bracket closing, set larger by
                    // LibreOffice), not a typeset number before the student's own ("2.0.0.3 1.2" has its points).
                    boolean numbersAlone = after.isEmpty() && !number.contains(".") && !own.group(1).contains(".");
                    if (!numbersAlone && (after.isEmpty() || Character.isLetter(after.codePointAt(0))
                            || several && FURTHER.matcher(after).find())) {
                        offset += plain.length() - plain.stripLeading().length() + own.end();
                        typesetNumber = number;
                        number = own.group(1);
                        laterItem = own.group(2) != null && !own.group(2).equals("a");
                        plain = after;
                    }
                }
            } else if (marked) {
                return Optional.empty();
            }
            List<Further> further = new ArrayList<>();
            if (several) {
                // "2.3-2.4" was read as one number, as "Exercise 4-2" is: two numbers with points are a range.
                String[] halves = number.split("-");
                if (halves.length == 2 && halves[0].contains(".")
                        && halves[0].split("\\.").length == halves[1].split("\\.").length) {
                    number = halves[0];
                    further.add(new Further(halves[1], true));
                }
                Matcher next;
                while ((next = FURTHER.matcher(plain)).find()) {
                    further.add(new Further(next.group(3).replace('-', '.'), next.group(2) != null));
                    offset += next.end();
                    plain = plain.substring(next.end());
                }
                plain = plain.strip();
            }
            String rest = plain.replace("*", "").replace("_", " ").strip();
            // "Problem 1.1 – Kernels", "1.4: Pooling", LaTeX's "Problem 3 --- Softmax": a dash or colon between the
            // number and the title.
            Matcher separator = TITLE_SEPARATOR.matcher(rest);
            if (separator.lookingAt() && separator.end() < rest.length()) {
                rest = rest.substring(separator.end()).strip();
            }
            if (!number.isEmpty() && !rest.isEmpty() && !Character.isLetter(rest.codePointAt(0))
                    && "([\"'“‘".indexOf(rest.charAt(0)) < 0) {
                return Optional.empty(); // "1.5 7.5 2.5": a row of numbers, "2 × 2": a size.
            }
            if (several && (further.isEmpty() || strength == 0 && !rest.isEmpty()
                    && !(Character.isUpperCase(rest.codePointAt(0)) && rest.length() <= 60))) {
                return Optional.empty(); // "2.3 and 2.4 share a table": a sentence, no heading.
            }
            return Optional.of(new Heading(number.replace('-', '.'), enumerator, marked, rest, strength, listItem,
                    laterItem, offset + 1, rest.length(), typesetNumber, List.copyOf(further)));
        }

        /** How likely this line heads {@code question}: 0 when it cannot. */
        double score(SheetSpec.QuestionSpec question, List<SheetSpec.QuestionSpec> questions) {
            return score(question, questions, names(question, number) || names(question, enumerator),
                    List.of(question));
        }

        /**
         * How likely this line heads the questions it names together ({@link #jointly}): each as likely as a
         * heading of it alone, the later ones a little less, so that a heading of a question's own wins.
         */
        double score(List<SheetSpec.QuestionSpec> heads, List<SheetSpec.QuestionSpec> questions) {
            double total = 0;
            for (SheetSpec.QuestionSpec question : heads) {
                double one = score(question, questions, true, heads);
                if (one <= 0) {
                    return 0;
                }
                total += question == heads.get(0) ? one : one - 0.5;
            }
            return total;
        }

        /**
         * The questions this line heads together, in the rubric's order: each number names one, a range those
         * between its ends too. Empty unless they are two or more and follow one another in the rubric, each number
         * naming one ("2.3 and 2.7" names a question the rubric lacks; "2.3 and 2.5" skips one).
         */
        List<SheetSpec.QuestionSpec> jointly(List<SheetSpec.QuestionSpec> questions) {
            int at = indexNamed(questions, number);
            if (further.isEmpty() || at < 0) {
                return List.of();
            }
            List<SheetSpec.QuestionSpec> heads = new ArrayList<>(List.of(questions.get(at)));
            for (Further next : further) {
                int index = indexNamed(questions, next.number());
                if (index < at || index > at + 1 && !next.through()) {
                    return List.of();
                }
                heads.addAll(questions.subList(at + 1, index + 1));
                at = index;
            }
            return heads.size() >= 2 ? heads : List.of();
        }

        private static int indexNamed(List<SheetSpec.QuestionSpec> questions, String number) {
            for (int index = 0; index < questions.size(); index++) {
                if (names(questions.get(index), number)) {
                    return index;
                }
            }
            return -1;
        }

        private double score(SheetSpec.QuestionSpec question, List<SheetSpec.QuestionSpec> questions,
                boolean numberMatches, List<SheetSpec.QuestionSpec> heads) {
            boolean title = Titles.matches(rest, question) && !Titles.matchesNarrower(rest, question, questions);
            if (!title && Titles.matchesOther(rest, heads, questions)) {
                return 0; // Its title names another question: the number is the document's own numbering.
            }
            if (!title && !numberMatches) {
                return 0;
            }
            if (!title && !plausiblyNumbered()) {
                return 0;
            }
            double score = (title ? 4 : 0) + (numberMatches ? 3 : 0) + (marked ? 1 : 0) + strength;
            if (numberMatches && !ownNumber(question)) {
                score -= 0.5; // "5.2", an alias of question 5, is a sub-item of it: "5 Problem 5" heads it.
            }
            if (listItem) {
                score -= 1;
            }
            if (laterItem) {
                score -= 0.5; // "Exercise 3 (b)" goes on with a question that "Exercise 3 (a)" began.
            }
            if (title && number.isEmpty() && strength == 0 && restLength > 2 * question.title().length() + 20) {
                return 0; // A sentence that mentions the title is no heading.
            }
            return Math.max(score, 0.5);
        }

        /**
         * Whether a number without a title heads something: marked, set as a heading, or a short
         * capitalised title after it; a bare integer needs more than a dotted number, as "2 filters
         * are used" starts with one.
         */
        private boolean plausiblyNumbered() {
            if (marked || strength > 0 || !enumerator.isEmpty()) {
                return true;
            }
            if (rest.isEmpty()) {
                return number.contains(".");
            }
            return Character.isUpperCase(rest.codePointAt(0)) || number.contains(".") && restLength <= 80;
        }

        /** Whether this line is set as a heading and names {@code question} by its own number. */
        boolean sure(SheetSpec.QuestionSpec question) {
            return strength >= 2 && ownNumber(question);
        }

        /** Whether this line is neither set as a heading nor marked: a numbered line of text, or a list's item. */
        boolean plain() {
            return strength == 0 && !marked;
        }

        /** Whether one of this line's numbers (or its enumerator) is the question's id itself, not an alias. */
        private boolean ownNumber(SheetSpec.QuestionSpec question) {
            String id = question.id().replace('-', '.');
            return id.equals(number) || id.equals(enumerator)
                    || further.stream().anyMatch(next -> next.number().equals(id));
        }

        /** The last number the heading names: {@code 2.4} of "2.3 and 2.4". */
        private String lastNumber() {
            return further.isEmpty() ? number : further.get(further.size() - 1).number();
        }

        private static boolean names(SheetSpec.QuestionSpec question, String number) {
            if (number.isEmpty()) {
                return false;
            }
            if (question.id().replace('-', '.').equals(number)) {
                return true;
            }
            for (String alias : question.aliases()) {
                String normalized = alias.replace('-', '.');
                Matcher marker = MARKER.matcher(normalized);
                if (marker.find()) {
                    normalized = normalized.substring(marker.end());
                }
                if (normalized.equals(number)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether this line, not any question's heading, could end a region: a numbered heading, or references. */
        boolean couldClose() {
            boolean brief = restLength <= 60;
            return !number.isEmpty() && brief && smallNumber() && (strength >= 2 || marked)
                    || strength >= 2 && brief && REFERENCES.matcher(rest).matches();
        }


        /** Whether every part of the number is small, as a question's is ("227 Given" is a table's text). */
        private boolean smallNumber() {
            for (String part : number.split("\\.")) {
                if (part.isEmpty() || Integer.parseInt(part) > 30) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether this line ends the region that {@code own} heads: it is set at least as strongly, and
         * its number comes after the question's (not a sub-item of it, not an earlier number of a list).
         */
        boolean closes(Heading own, SheetSpec.QuestionSpec question) {
            if (strength < Math.max(1, own.strength())) {
                return false;
            }
            // Within the section the typesetting numbered the question's heading in ("12.0.0.1 4.1"), a heading it
            // numbered too ("12.1 Step 1:") is a step of the solution.
            if (!own.typesetNumber().isEmpty() && !number.isEmpty()
                    && number.split("\\.")[0].equals(own.typesetNumber().split("\\.")[0])) {
                return false;
            }
            if (number.isEmpty()) {
                return true;
            }
            String ownNumber = own.number().isEmpty() ? question.id().replace('-', '.') : own.lastNumber();
            return !number.startsWith(ownNumber + ".") && compare(number, ownNumber) > 0;
        }

        private static int compare(String one, String other) {
            String[] a = one.split("\\.");
            String[] b = other.split("\\.");
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                int difference = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
                if (difference != 0) {
                    return difference;
                }
            }
            return Integer.compare(a.length, b.length);
        }
    }

    /** Whether a heading's line breaks off inside its parentheses or after a comma: its next line goes on with it. */
    private static boolean wrapped(String heading) {
        String text = heading.strip();
        long open = text.chars().filter(character -> character == '(').count();
        long closed = text.chars().filter(character -> character == ')').count();
        return open > closed || text.endsWith(",");
    }

    /** Whether a heading's text carries a question's title or an alias. */
    static final class Titles {

        private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "in", "for", "to", "on",
                "with", "into", "by", "der", "die", "das", "und");
        /** Each title's words, normalised once for all documents. */
        private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();

        private Titles() {
        }

        /**
         * Whether the first words of {@code text} carry the question's title or one of its aliases:
         * nearly all of its words (a short title, all), in its first words.
         */
        static boolean matches(String text, SheetSpec.QuestionSpec question) {
            if (text.isEmpty()) {
                return false;
            }
            List<String> words = words(text);
            List<String> plainWords = words(PARENTHESIZED.matcher(text).replaceAll(" "));
            List<String> names = new ArrayList<>(question.aliases());
            names.add(question.title());
            for (String name : names) {
                List<String> wanted = WORDS.computeIfAbsent(name, Titles::contentWords);
                if (wanted.isEmpty() || wanted.stream().allMatch(word -> word.chars().allMatch(Character::isDigit))) {
                    continue; // An alias that is a number is matched as a number.
                }
                if (wanted.size() <= 2 && plainWords.size() > wanted.size() + 1) {
                    continue; // "Kernels applied to an image" is no heading "Kernels".
                }
                List<String> head = words.subList(0, Math.min(words.size(), wanted.size() + 8));
                long found = wanted.stream().filter(word -> head.stream().anyMatch(other -> same(word, other))).count();
                boolean enough = wanted.size() <= 2 ? found == wanted.size() : found >= Math.ceil(0.75 * wanted.size());
                if (enough && same(wanted.get(0), firstContent(head))
                        || enough && wanted.size() >= 3 && found == wanted.size()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the text is the title of a question other than those it {@code heads}: a heading's words,
         * not a run-in paragraph that happens to start with them ("1.4 The kernel is …").
         */
        static boolean matchesOther(String text, List<SheetSpec.QuestionSpec> heads,
                List<SheetSpec.QuestionSpec> questions) {
            for (SheetSpec.QuestionSpec other : questions) {
                if (!heads.contains(other) && text.length() <= 2 * other.title().length() + 20
                        && matches(text, other)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the text carries every word of another question's title that holds every word of this one's and
         * more: "Count the learnable parameters without bias" is question 2.3's ("Learnable parameters without
         * bias"), not 2.4's ("Learnable parameters with bias", whose words it holds too). Taken for 2.4's heading,
         * the problem restated under 2.3's heading ended 2.3's region there, and 2.3's parts were read from 2.4's.
         */
        static boolean matchesNarrower(String text, SheetSpec.QuestionSpec question,
                List<SheetSpec.QuestionSpec> questions) {
            List<String> own = WORDS.computeIfAbsent(question.title(), Titles::contentWords);
            List<String> words = words(text);
            for (SheetSpec.QuestionSpec other : questions) {
                List<String> its = WORDS.computeIfAbsent(other.title(), Titles::contentWords);
                if (other != question && its.size() > own.size() && holdsEvery(its, own) && holdsEvery(words, its)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether every one of {@code wanted} is among {@code words}, or the same but for its ending. */
        private static boolean holdsEvery(List<String> words, List<String> wanted) {
            return wanted.stream().allMatch(word -> words.stream().anyMatch(other -> same(word, other)));
        }

        private static String firstContent(List<String> words) {
            for (String word : words) {
                if (!STOP_WORDS.contains(word)) {
                    return word;
                }
            }
            return "";
        }

        /** The same word, or the same but for a plural or an adjective's ending (convolution, convolutional). */
        private static boolean same(String word, String other) {
            if (word.equals(other)) {
                return true;
            }
            int common = 0;
            while (common < Math.min(word.length(), other.length()) && word.charAt(common) == other.charAt(common)) {
                common++;
            }
            return common >= 5 && common >= Math.min(word.length(), other.length()) - 1
                    && Math.abs(word.length() - other.length()) <= 3;
        }

        private static List<String> contentWords(String text) {
            List<String> content = new ArrayList<>();
            for (String word : words(text)) {
                if (!STOP_WORDS.contains(word)) {
                    content.add(word);
                }
            }
            return content;
        }

        private static List<String> words(String text) {
            String normalized = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
        }
    }

    /**
     * The lines that never give answers, whatever region they lie in: the team and members lines, footnotes,
     * and in a typeset document running headers and footers and page numbers.
     */
    static final class Furniture {

        private static final Pattern TEAM = Pattern.compile(
                "^\\W*(?:team|group|gruppe)\\b(?:\\s*name)?\\s*[:\\-]?\\s*\\S.{0,60}$", Pattern.CASE_INSENSITIVE);
        private static final Pattern MEMBERS = Pattern.compile("^\\W*(?:team\\s+)?(?:members?|authors?|students?)\\s*:",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern PAGE_NUMBER = Pattern.compile(
                // Possessive: the blanks before "page" and after it are one run, never divided two ways.
                "^[-–—\\s]*+(?:page|seite|p\\.)?\\s*+\\d{1,3}(?:\\s*+(?:/|of|von)\\s*+\\d{1,3})?[-–—\\s]*+$",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern DIGITS = Pattern.compile("\\d+");
        private static final Pattern LETTER = Pattern.compile("\\p{L}");

        private Furniture() {
        }

        static boolean[] of(Document document) {
            List<Document.Line> lines = document.lines();
            boolean[] furniture = new boolean[lines.size()];
            for (int index = 0; index < Math.min(40, lines.size()); index++) {
                String text = lines.get(index).text().replace("*", "").strip();
                if (text.length() <= 80 && (TEAM.matcher(text).matches() || MEMBERS.matcher(text).find())) {
                    furniture[index] = true;
                }
            }
            // A page's first and last lines: running headers and footers repeat, page numbers are alone.
            Map<String, List<Integer>> edges = new HashMap<>();
            int pages = 0;
            for (int index = 0; index < lines.size(); index++) {
                int page = lines.get(index).page();
                if (page <= 0) {
                    continue;
                }
                pages = Math.max(pages, page);
                boolean first = index == 0 || lines.get(index - 1).page() != page;
                boolean last = index + 1 == lines.size() || lines.get(index + 1).page() != page;
                if (!first && !last) {
                    continue;
                }
                String text = lines.get(index).text().strip();
                if (PAGE_NUMBER.matcher(text).matches()) {
                    furniture[index] = true;
                }
                String shape = (first ? "top:" : "bottom:") + DIGITS.matcher(text).replaceAll("#");
                edges.computeIfAbsent(shape, key -> new ArrayList<>()).add(index);
            }
            if (pages >= 2) {
                for (Map.Entry<String, List<Integer>> edge : edges.entrySet()) {
                    List<Integer> repeated = edge.getValue();
                    long texts = repeated.stream().map(index -> lines.get(index).text().strip()).distinct().count();
                    // The same text at the edge of two pages is a running header; text that differs only in its
                    // numbers ("PS 2 – page 3") must have words, and be on most pages: two lines of a computation
                    // that open two pages ("H :100×(32×64×64)", "H :100×(16×32×32)") are answers.
                    String text = lines.get(repeated.get(0)).text();
                    boolean header = texts == 1 || LETTER.matcher(text).results().count() >= 4
                            && repeated.size() * 2 >= pages && countsPages(repeated, lines);
                    if (repeated.size() >= 2 && header) {
                        repeated.forEach(index -> furniture[index] = true);
                    }
                }
            }
            // A footnote is read only where an answer's label points to it (Locator), never as an answer of its own:
            // "conv1 is 96 × 54 × 54 in the original paper" answers nothing.
            for (Document.Footnote footnote : document.footnotes()) {
                Arrays.fill(furniture, footnote.start(), footnote.end(), true);
            }
            return furniture;
        }

        /**
         * Whether lines alike but for their numbers differ only in a count of the pages: each number that changes from
         * one line to the next changes with the page ("Problem Set 2, page 3", "Team Z – 3/5", a page count that
         * starts after the title page). Layers' lines that open pages ("conv2: 256 × 27 × 27", "conv5: 256 × 13 ×
         * 13") change otherwise: they are answers.
         *
         * @param repeated the lines' indexes, of texts of the same shape (as many numbers each)
         */
        private static boolean countsPages(List<Integer> repeated, List<Document.Line> lines) {
            List<List<String>> numbers = repeated.stream().map(index -> DIGITS.matcher(lines.get(index).text())
                    .results().map(MatchResult::group).toList()).toList();
            for (int at = 0; at < numbers.get(0).size(); at++) {
                int column = at;
                if (numbers.stream().map(each -> each.get(column)).distinct().count() == 1) {
                    continue;
                }
                Set<Long> offsets = new HashSet<>();
                for (int line = 0; line < repeated.size(); line++) {
                    String number = numbers.get(line).get(column);
                    if (number.length() > 6) {
                        return false;
                    }
                    offsets.add(Long.parseLong(number) - lines.get(repeated.get(line)).page());
                }
                if (offsets.size() > 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
