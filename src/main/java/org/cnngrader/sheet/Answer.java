package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part's answer as read from a sheet.
 *
 * @param written the text as the student wrote it
 * @param value the value read, empty when it could not be read
 * @param problem why it could not be read, empty when it could
 * @param notes what a student may want to know about how it was read (decimal comma, formula cell…)
 * @param doubt why a person should look at the reading though it was found by its name in its place (the part's
 *     label names another value too), empty when there is no such reason
 */
public record Answer(String partId, String written, Optional<SheetValue> value, Optional<String> problem, Where where,
        FoundBy foundBy, List<String> notes, Optional<String> doubt) {

    /** One note per kind (sixteen decimal commas in a matrix are one note with a count). */
    public Answer {
        notes = List.copyOf(ValueParser.collapsedNotes(notes));
    }

    /** An answer whose reading is in no more doubt than the way it was found says. */
    public Answer(String partId, String written, Optional<SheetValue> value, Optional<String> problem, Where where,
            FoundBy foundBy, List<String> notes) {
        this(partId, written, value, problem, where, foundBy, notes, Optional.empty());
    }

    /**
     * The same answer, its reading in doubt for {@code reason} too: a reading already in doubt keeps its first reason,
     * the new one after it, so that a person reviewing sees both (a count given approximately and another value its
     * label names).
     */
    public Answer doubted(String reason) {
        return new Answer(partId, written, value, problem, where, foundBy, notes,
                Optional.of(doubt.map(first -> first.contains(reason) ? first : first + "; and " + reason)
                        .orElse(reason)));
    }

    /**
     * Whether the student gave something for the part: a value read, text written, or a value refused with its reason
     * (a formula without a saved value): a sheet with such answers is no blank template.
     */
    public boolean given() {
        return value.isPresent() || !written.isBlank() || problem.isPresent();
    }

    /**
     * An answer given that no value of the part's kind could be read from: unreadable, {@code problem} saying why,
     * and for a person to read and score by hand, {@code seen} saying what was seen where.
     */
    static Answer unread(String partId, String written, Where where, FoundBy foundBy, String problem, String seen) {
        return new Answer(partId, written, Optional.empty(), Optional.of(problem), where, foundBy, List.of())
                .doubted(seen + ": read it and score by hand");
    }

    /** The answer for {@code written}, parsed with {@code expectation}. */
    public static Answer read(String partId, String written, Expectation expectation, Where where, FoundBy foundBy,
            List<String> extraNotes) {
        Parsed parsed = ValueParser.parse(written, expectation);
        List<String> notes = new ArrayList<>(extraNotes);
        if (parsed instanceof Parsed.Value value) {
            notes.addAll(value.notes());
            Answer answer = new Answer(partId, written, Optional.of(value.value()), Optional.empty(), where, foundBy,
                    notes);
            // "≈ 397k": a rounded count may be graded correct by luck or wrong by its rounding; a person decides.
            return ValueSyntax.approximateCount(written) ? answer.doubted("given approximately as "
                    + Excerpt.quoted(written.strip()) + ": check it against the reference") : answer;
        }
        return new Answer(partId, written, Optional.empty(), Optional.of(((Parsed.Refused) parsed).reason()), where,
                foundBy, notes);
    }

    /**
     * A cell's value followed by words about it, which hold no number: "2 (non-overlapping)", "96 × 27 × 27, after
     * max pooling", "0 - none".
     */
    private static final Pattern VALUE_THEN_WORDS = Pattern.compile("(.*?\\S)\\s*("
            + "\\([^\\d()]*\\p{L}[^\\d()]*\\)|[,;]\\s*[^\\d]*\\p{L}[^\\d]*|\\s[-–—]\\s*[^\\d]*\\p{L}[^\\d]*)");

    /**
     * The answer a cell gives its part: its text read as {@link #read} does; else, when the text is a value followed by
     * words about it, that value, for a person to confirm; and for a part whose answer is no yes or no, a yes or no
     * before a value ({@code yes, 256x13x13}, {@code No, 0}) is a word about the value, which is read, for a person to
     * confirm. A cell is the student's answer to its part, so a comment beside the value does not make it unreadable.
     */
    static Answer readCell(SheetSpec.PartSpec part, String written, Where where, List<String> notes) {
        Answer whole = read(part.id(), written, part.expectation(), where, FoundBy.CELL, notes);
        String text = written.strip();
        ValueSyntax.BooleanWord truth = ValueSyntax.booleanAt(text, 0);
        if (truth != null && whole.value().orElse(null) instanceof SheetValue.Truth
                && part.kind() != SheetSpec.ValueKind.TRUTH && part.kind() != SheetSpec.ValueKind.UNKNOWN) {
            String rest = LEADING_PUNCTUATION.matcher(text.substring(truth.end())).replaceFirst("");
            Answer value = rest.isEmpty() ? whole : readCell(part, rest, where, notes);
            return value.value().isEmpty() || value.value().get() instanceof SheetValue.Truth ? whole
                    : besideWords(value, written, text.substring(truth.start(), truth.end()), rest);
        }
        Matcher commented = VALUE_THEN_WORDS.matcher(text);
        if (whole.value().isPresent() || !commented.matches()) {
            return whole;
        }
        Answer value = read(part.id(), commented.group(1), part.expectation(), where, FoundBy.CELL, notes);
        return value.value().isEmpty() ? whole : besideWords(value, written,
                LEADING_PUNCTUATION.matcher(commented.group(2)).replaceFirst(""), commented.group(1));
    }

    /** The punctuation and blanks between a yes or no, or a value, and the words after it. */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[*_]*[\\s,.:;!?)\\-–—]+");

    /** The answer of a cell's value {@code valueText}, which the cell sets beside {@code words}, for a person to confirm. */
    private static Answer besideWords(Answer value, String written, String words, String valueText) {
        return new Answer(value.partId(), written, value.value(), Optional.empty(), value.where(), FoundBy.CELL,
                value.notes(), value.doubt()).doubted("the cell also says " + Excerpt.quoted(words)
                        + ": read as its value " + Excerpt.quoted(valueText) + "; check that it is the answer");
    }
}
