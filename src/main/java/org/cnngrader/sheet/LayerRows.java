package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a document's lists and tables of a network's layers, as {@link Locator} reads a layer's answer from
 * them: where a row opens and which layer it names ({@code conv3: 384 × 13 × 13}, {@code | 7 | conv4 | …}, {@code 5 |
 * 3×3 Conv(384) | …}), a table's numbering of its rows from 0 or from the input, the items of a one-line list ({@code
 * conv1: 96×55×55, pool1: 96×27×27}), a table's header row and the cells wrapped onto the lines below a row. What it
 * works out per line it keeps; the document is read, never changed.
 */
final class LayerRows {

    /** A table's first column holding a layer's number, before its other columns (parted by bars, tabs, LaTeX's &). */
    private static final Pattern INDEX_COLUMN = Pattern.compile(
            "^[\\s|]*(\\d{1,2})(?:[.)]?\\s*[|\\t&]|[.)]?\\s{2,}|[.)]?\\s(?=[A-Za-z$(]|\\d+\\s*[×x]))");
    /** A word that names a layer, in the row 0 of a table of a network's layers. */
    private static final Pattern LAYER_ROW = Pattern.compile(
            "conv|pool|linear|dense|fully|\\bfc|relu|sigmoid|tanh|flatten|norm|dropout");
    /**
     * The characters that open a row of a list or table before the layer's name; a math delimiter too, where the name
     * is set in math ({@code $\\text{conv1}: 96 \\times 55 \\times 55$, $\\text{pool1}: …$}).
     */
    private static final Pattern ROW_START = Pattern.compile("^[\\s|*•#>\\-–$]*(?:\\d{1,2}[.)]\\s+)?");

    private final Document document;
    private final SheetSpec spec;
    private final Regions regions;
    /** Per line, where the items of a one-line list start (the line's start first), or none for a line of one item. */
    private final Map<Integer, int[]> itemStarts = new HashMap<>();
    /** Per line, what {@link #countsFrom} adds to a table row's number; made on first asking. */
    private int[] rowNumbersFrom;

    LayerRows(Document document, SheetSpec spec, Regions regions) {
        this.document = document;
        this.spec = spec;
        this.regions = regions;
    }

    /** An item's name of a word or two, and its colon or equals sign: {@code pool1:}, {@code conv 1 (out) =}. */
    private static final String ITEM_NAME = "[\\p{L}][\\p{L}\\p{N}_]{0,30}(?:\\s[\\p{L}\\p{N}_]{1,30})?'{0,2}\\s{0,4}"
            + "(?:\\([^()]{0,30}\\))?\\s{0,4}(?::|=(?!=))";

    /**
     * A separator of the items of a one-line list of named values, {@code conv1: 96×55×55, pool1: 96×27×27, conv2: …}:
     * a comma or semicolon before a name of a word or two and a colon or equals sign; not before words that correct
     * the value before them ({@code conv1: 96 × 55 × 55, actually no: 96 × 54 × 54}, one item). Any space may stand
     * before the name ({@link Patterns#SPACE}): a name set as {@code \\text{pool1}} stands seven blanks after its
     * semicolon once the command is opened, and with four at most allowed the line was one row, the first layer's,
     * which took the last item's shape. LaTeX's wide space parts two items as a comma does: {@code
     * \\text{conv1}: 96 \\times 55 \\times 55 \\qquad \\text{pool1}: …}, as a PDF's gap does ({@link #EQUATIONS_GAP}).
     */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?:[,;]|" + ProsePatterns.WIDE_SPACE + ")"
            + "(?:" + ProsePatterns.SPACE + "|\\$)*(?!(?i:" + ProsePatterns.CORRECTING_WORDS + ")\\b)(?=" + ITEM_NAME + ")");

    /**
     * The first item of a one-line list: its name, after a bullet or a list's number (and any space, as after a
     * separator), and a colon or equals sign.
     */
    private static final Pattern FIRST_ITEM = Pattern.compile("(?:[|*•#>\\-–$]|" + ProsePatterns.SPACE + ")*"
            + "(?:\\d{1,2}[.)]\\s+)?" + ITEM_NAME);

    /** An item's name opening a typeset line's word after a wide gap ({@link #typesetGapStarts}). */
    private static final Pattern NAME_AFTER_GAP = Pattern.compile("(?!(?i:" + ProsePatterns.CORRECTING_WORDS + ")\\b)"
            + ITEM_NAME);

    /**
     * The narrowest gap between two equations of a row, in ems, where a PDF sets them apart with no comma: pdflatex
     * puts six between the two of an {@code align} row, and one and a half between those of an {@code alignat} row
     * parted by {@code \\quad}; a word space is a third of an em, a justified line's rarely more than two thirds.
     */
    private static final double EQUATIONS_GAP = 0.9;

    /**
     * Where the items of a one-line list start on a line: the line's start, and after each {@link #ITEM_SEPARATOR}, or
     * in a PDF each wide gap before a name ({@link #typesetGapStarts}). A line without one is a single row. A label in
     * the middle of such a line names what follows it up to the next item, as one opening a line does; the layer's row
     * was the whole line, which gave the first layer the last item's shape, and the others none.
     */
    int[] itemStarts(int lineIndex) {
        return itemStarts.computeIfAbsent(lineIndex, index -> {
            Document.Line line = document.lines().get(index);
            String text = line.text();
            TreeSet<Integer> starts = new TreeSet<>(List.of(0));
            // Only a line that opens with a name and its sign is such a list: a table's row "5  3 × 3 Conv(384), P = 1
            // | 256 × 13 × 13" is one row, whatever its commas.
            if (FIRST_ITEM.matcher(text).lookingAt()) {
                Matcher separator = ITEM_SEPARATOR.matcher(text);
                while (separator.find()) {
                    starts.add(separator.end());
                }
                starts.addAll(typesetGapStarts(line));
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /**
     * In a PDF, where a word opening an item's name ({@code pool1 :}) stands {@link #EQUATIONS_GAP} ems or more right of
     * the word before it: the equations of an {@code align} row, which pdflatex sets apart in their columns with
     * nothing between them. Empty for a text, whose words are characters apart.
     */
    private static List<Integer> typesetGapStarts(Document.Line line) {
        List<Integer> starts = new ArrayList<>();
        if (line.page() <= 0) {
            return starts;
        }
        String text = line.text();
        int column = 0;
        Document.Word previous = null;
        for (Document.Word word : line.words()) {
            int at = text.indexOf(word.text(), column);
            if (at < 0) {
                // A line whose text was rebuilt from its words (a matrix, a fraction) is left as one row.
                return List.of();
            }
            if (previous != null && word.left() - previous.right() >= EQUATIONS_GAP * Math.max(word.fontSize(),
                    previous.fontSize()) && NAME_AFTER_GAP.matcher(text).region(at, text.length()).lookingAt()) {
                starts.add(at);
            }
            column = at + word.text().length();
            previous = word;
        }
        return starts;
    }

    /** The item of its line's one-line list a candidate stands in (0 on a line that is no such list). */
    int itemOf(Candidate candidate) {
        int[] starts = itemStarts(candidate.lineIndex());
        int item = 0;
        while (item + 1 < starts.length && starts[item + 1] <= candidate.column()) {
            item++;
        }
        return item;
    }

    /** The text of the row a candidate stands in: its line, or its item of a one-line list. */
    String rowText(Candidate candidate) {
        return itemText(candidate.lineIndex(), itemOf(candidate));
    }

    /** The text of an item of a line's one-line list (the whole line when it is no such list). */
    String itemText(int lineIndex, int item) {
        String text = document.lines().get(lineIndex).text();
        int[] starts = itemStarts(lineIndex);
        String itemText = text.substring(starts[item], item + 1 < starts.length ? starts[item + 1] : text.length());
        // Without the separator before the next item.
        return item + 1 < starts.length ? itemText.stripTrailing().replaceFirst("[,;]$", "") : itemText;
    }

    /** Whether the row a candidate stands in (a line, or an item of a one-line list) names the layer. */
    boolean namesLayer(Candidate candidate, SheetSpec.LayerSpec layer) {
        int item = itemOf(candidate);
        if (item == 0) {
            return namesLayer(candidate.lineIndex(), layer);
        }
        String row = itemText(candidate.lineIndex(), item).toLowerCase(Locale.ROOT).replace("*", "").strip();
        return layer.names().stream().anyMatch(name -> opensWithName(row, name));
    }

    /**
     * Whether a row opens with a layer's name: the whole name, not followed by a letter or digit, nor, for a name
     * ending in its number, by a kernel's size: in "Conv 5×5, 256 filters" the 5 is the kernel's side, no layer's
     * number, and taking it so gave conv5 another layer's row.
     */
    static boolean opensWithName(String row, String name) {
        if (!row.startsWith(name)) {
            return false;
        }
        if (row.length() == name.length()) {
            return true;
        }
        boolean numbered = Character.isDigit(name.charAt(name.length() - 1));
        int after = ValueSyntax.skipBlanks(row, name.length());
        boolean kernelSize = numbered && after < row.length() && ValueSyntax.timesSignLength(row, after) > 0;
        return !Character.isLetterOrDigit(row.charAt(name.length())) && !kernelSize;
    }

    boolean namesLayer(int lineIndex, SheetSpec.LayerSpec layer) {
        // A row after its question's number ("1.5  conv1  96 × 55 × 55", a column numbering rows by question) opens
        // where the number ends.
        String line = document.lines().get(lineIndex).text();
        String text = line.substring(Math.min(line.length(), regions.headingPrefix(lineIndex)))
                .toLowerCase(Locale.ROOT).replace("*", "");
        Matcher start = ROW_START.matcher(text);
        String row = start.lookingAt() ? text.substring(start.end()) : text;
        for (String name : layer.names()) {
            // "Layer 7 (conv4)" counts the input as layer 1: the name in it says which layer it is.
            if (opensWithName(row, name) && !(byNumber(name)
                    && namesAnotherLayer(row.substring(name.length()), layer))) {
                return true;
            }
        }
        // A table's row that starts with a number and then names the layer: "| 7 | conv4 | 256 × 13 × 13 |".
        Matcher numbered = INDEX_COLUMN.matcher(text);
        if (numbered.lookingAt()) {
            String named = text.substring(numbered.end()).replaceFirst("^[\\s|&]+", "");
            if (layer.names().stream().anyMatch(name -> !byNumber(name) && opensWithName(named, name))) {
                return true;
            }
        }
        // A table's row that starts with the layer's number and names its kind: "5 | 3×3 Conv(384), P = 1 | …".
        if (numbered.lookingAt() && Integer.parseInt(numbered.group(1)) + countsFrom(lineIndex) == layer.index()) {
            String kind = layer.names().get(0).replaceAll("[^a-z]", "");
            // The kind may stand in the row's cell wrapped onto the lines below ("1 | 11×11 | 3 × 227 × 227 | …" over
            // "Conv(96),").
            String words = text.substring(numbered.end(), Math.min(text.length(), numbered.end() + 60))
                    + wrappedBelow(lineIndex).toLowerCase(Locale.ROOT);
            return (kind.equals("layer") || words.contains(kind) || kind.equals("fc")
                    && (words.contains("linear") || words.contains("dense") || words.contains("fully")))
                    && !namesAnotherLayer(words, layer);
        }
        return false;
    }

    /**
     * Whether a row's words name another layer of the network by a name with its number ({@code conv3}): its name
     * says which layer it is, whatever its number. A table or list that counts the input as layer 1 ({@code 6 | conv3
     * | 384 × 13 × 13}) numbers each layer one more than the network does, and conv4 took conv3's row, graded on it
     * without a flag.
     */
    private boolean namesAnotherLayer(String words, SheetSpec.LayerSpec layer) {
        for (SheetSpec.PartSpec other : spec.parts()) {
            SheetSpec.LayerSpec otherLayer = other.layer().orElse(null);
            if (otherLayer == null || !otherLayer.network().equals(layer.network())
                    || otherLayer.index() == layer.index()) {
                continue;
            }
            for (String name : otherLayer.names()) {
                if (name.chars().anyMatch(Character::isDigit) && containsWord(words, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a layer's name is only its number in the network ({@code layer 5}, {@code l5}), not its kind's. */
    private static boolean byNumber(String name) {
        return LAYER_BY_NUMBER.matcher(name).matches();
    }

    private static final Pattern LAYER_BY_NUMBER = Pattern.compile("(?:layer ?|l)\\d+");

    /** Whether {@code text} holds {@code word} with no letter or digit right before or after it. */
    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the number opening a table's row adds up to the layer's (1-based) number: 1 in a table whose rows count
     * the layers from 0 (a pandas DataFrame's index, a student's {@code #} column), −1 in one whose row 1 is the
     * input, else 0. The rows of one table are
     * the lines in a run that each open with a number.
     */
    private int countsFrom(int lineIndex) {
        if (rowNumbersFrom == null) {
            // One pass over the document: each line of a run of numbered lines counts as the run's first line does.
            rowNumbersFrom = new int[document.lines().size()];
            int offset = 0;
            boolean inRun = false;
            for (int index = 0; index < rowNumbersFrom.length; index++) {
                String text = document.lines().get(index).text();
                Matcher numbered = INDEX_COLUMN.matcher(text);
                if (!numbered.lookingAt()) {
                    inRun = false;
                    continue;
                }
                if (!inRun) {
                    // Only a row 0 that is a layer ("0  Conv2d(96, 11x11, s4)") numbers the layers from 0: a row 0 of
                    // the input ("0 | Input | 3 × 227 × 227", "0  -  (3, 227, 227)") numbers them from 1 below it.
                    // A row 1 of the input ("1 & Input & -- & 3 × 227 × 227") numbers them from 2: conv4 took conv3's
                    // row, numbered 6, graded on it without a flag.
                    String lower = text.toLowerCase(Locale.ROOT);
                    boolean layer = LAYER_ROW.matcher(lower).find();
                    int first = Integer.parseInt(numbered.group(1));
                    offset = first == 0 && layer ? 1 : first == 1 && !layer && lower.contains("input") ? -1 : 0;
                    inRun = true;
                }
                rowNumbersFrom[index] = offset;
            }
        }
        return rowNumbersFrom[lineIndex];
    }

    /** Whether a candidate is the number a row of a list or table opens with: {@code 5.}, {@code | 9 |}. */
    boolean rowNumber(Candidate candidate) {
        String text = document.lines().get(candidate.lineIndex()).text();
        Matcher index = INDEX_COLUMN.matcher(text);
        Matcher start = ROW_START.matcher(text);
        return index.lookingAt() && candidate.column() == index.start(1)
                || start.lookingAt() && candidate.column() < start.end();
    }

    /**
     * Whether a candidate is the number of the layer's name its row opens with: the 9 of {@code Layer 9 (flatten):
     * 9216}, read as the flattened length, graded incorrect.
     */
    boolean inLayerName(Candidate candidate, SheetSpec.LayerSpec layer) {
        String text = document.lines().get(candidate.lineIndex()).text().toLowerCase(Locale.ROOT);
        Matcher start = ROW_START.matcher(text);
        int from = start.lookingAt() ? start.end() : 0;
        return layer.names().stream().anyMatch(name -> name.chars().anyMatch(Character::isDigit)
                && opensWithName(text.substring(from), name) && candidate.column() >= from
                && candidate.column() < from + name.length());
    }

    /**
     * A kernel's or window's size its layer's kind follows: {@code 3 × 3 Conv (384)}, {@code 11×11 conv},
     * {@code $3 \times 3$ MaxPool}, {@code 2x2 max pooling}, {@code 5 × 5 filters}; not an output's sides a word of
     * the operation qualifies ({@code 27 × 27 pooled maps}, {@code 55 × 55 conv outputs}, {@code 13×13 convolved}).
     * Possessive, so that a long run of blanks after a number costs one pass.
     */
    private static final Pattern KERNEL_SIZE = Pattern.compile("\\$?\\s*+\\d++\\s*+\\$?\\s*+"
            + "(?:×|x|\\*|·|⋅|\\\\times|\\\\cdot)\\s*+\\$?\\s*+\\d++\\s*+\\$?\\s*+"
            + "(?:conv(?:2d|olution(?:al)?)?(?!\\s*outputs?)|(?:max|avg|average)\\s*-?\\s*pool(?:ing|2d)?"
            // "3×3 max" over "pooling …": a typeset cell wraps the kind.
            + "|(?:max|avg|average)(?!\\s*-?\\s*pooled)|pool(?:ing|2d)?|kernels?|filters?|windows?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a candidate is the size of its layer's kernel or window, its kind after it ({@code conv4 (3 × 3 Conv
     * (384), pad 1): ⌊(13 + 2·1 − 3)/1⌋ + 1}, a layer's formula left without its result): the layer as the problem
     * gives it, not its output; read as the output shape, it was graded wrong with feedback on a 3×3 output.
     */
    boolean kernelSize(Candidate candidate) {
        String text = document.lines().get(candidate.lineIndex()).text();
        return candidate.column() < text.length()
                && KERNEL_SIZE.matcher(text).region(candidate.column(), text.length()).lookingAt();
    }

    /**
     * Whether a candidate stands inside a floor's brackets, a term of the output size's formula ({@code ⌊(13 + 2·1 −
     * 3)/1⌋ + 1}, {@code \lfloor (13 + 2 \cdot 1 - 3)/1 \rfloor}): with no result after it, {@code 2·1} was read
     * as a 2×1 output. A PDF's table wraps the formula in its cell, its brackets closed on a line below
     * ({@code ⌊(227 + 2·0 −}, then the next column's {@code 96 × 55 × 55}): there a term is what an operator follows
     * ({@code 2·0 −}), and the next column's value none.
     */
    boolean inFloor(Candidate candidate) {
        String text = document.lines().get(candidate.lineIndex()).text();
        int at = Math.min(candidate.column(), text.length());
        String before = text.substring(0, at);
        String after = text.substring(at);
        return count(before, "⌊") + count(before, "\\lfloor") > count(before, "⌋") + count(before, "\\rfloor")
                && (count(after, "⌋") + count(after, "\\rfloor") > 0 || OPERATOR_AFTER.matcher(text)
                        .region(Math.min(text.length(), at + candidate.written().length()), text.length()).lookingAt());
    }

    /** An operator after a value, the formula going on: {@code 2·0 −}. */
    private static final Pattern OPERATOR_AFTER = Pattern.compile("\\s*[+−*/·×-]");

    private static int count(String text, String mark) {
        int count = 0;
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
            count++;
        }
        return count;
    }

    /** The name of the part's layer a row (a line, or an item of a one-line list) starts with, as the rubric spells it. */
    String layerName(Candidate candidate, SheetSpec.PartSpec part) {
        String text = rowText(candidate).toLowerCase(Locale.ROOT);
        return part.layer().get().names().stream().filter(text::contains).findFirst()
                .orElse(part.layer().get().names().get(0));
    }

    /** A shape or product as a table's rows write them: {@code 96 × 55 × 55}, {@code 96x55}, {@code 256\\cdot6}. */
    private static final Pattern ROW_SHAPE = Pattern.compile("\\d\\s*\\$?\\s*(?:×|x|\\*|·|⋅|\\\\times|\\\\cdot)\\s*\\$?\\s*\\d");

    /**
     * The header row of the table a row belongs to, normalised: the first line above its rows (lines with a shape, and
     * the rest of a cell wrapped onto the next line) and rules, unless a blank line or a heading comes first; empty
     * then. Prose above a table without headers is no header: "We check each layer's shape:" and a blank line name no
     * column.
     */
    String headerRow(int rowLine) {
        int line = rowLine - 1;
        while (line >= 0 && !regions.inHeading(line, 0) && (TableMarks.TABLE_RULE.matcher(document.lines().get(line).text())
                .matches() || ROW_SHAPE.matcher(document.lines().get(line).text()).find()
                || wrappedFromAbove(line))) {
            line--;
        }
        if (line < 0 || regions.inHeading(line, 0)) {
            return "";
        }
        return PartNames.normalize(document.lines().get(line).text());
    }

    /**
     * Whether a line is the rest of a cell wrapped from the line above: it closes a parenthesis the line above leaves
     * open, as LibreOffice sets a narrow column ({@code conv4 (3×3, 384, 384 × 12 × 12 …} over {@code pad 1)}), or, on a
     * typeset page, it starts under a cell of the line above other than its first, or where a line so wrapped starts.
     * pandoc sets a Markdown table wider than its page in columns that wrap: {@code conv1 | 11×11 | 3 × 227 × 227 |
     * 96 × 55 × 55} over {@code convolution, 96} under "11×11", lines that are no header of the table.
     */
    private boolean wrappedFromAbove(int line) {
        if (line == 0) {
            return false;
        }
        Document.Line current = document.lines().get(line);
        Document.Line above = document.lines().get(line - 1);
        if (count(current.text(), ')') > count(current.text(), '(') && count(above.text(), '(')
                > count(above.text(), ')')) {
            return true;
        }
        // Up the lines that start where this one does, to the cell's first line: under a later cell of its line.
        double left = current.words().isEmpty() ? 0 : current.words().get(0).left();
        for (int index = line; index >= 1 && line - index < MAX_CELL_LINES; index--) {
            Document.Line below = document.lines().get(index);
            Document.Line row = document.lines().get(index - 1);
            if (below.page() <= 0 || below.page() != row.page() || below.words().isEmpty() || row.words().isEmpty()) {
                return false;
            }
            double tolerance = WrappedCells.ALIGNMENT * below.words().get(0).fontSize();
            if (row.words().stream().skip(1).anyMatch(word -> Math.abs(word.left() - left) <= tolerance)) {
                return true;
            }
            if (Math.abs(row.words().get(0).left() - left) > tolerance) {
                return false;
            }
        }
        return false;
    }

    /** The text of the lines a row's cells wrap onto below it ({@link #wrappedFromAbove}), each after a blank. */
    private String wrappedBelow(int rowLine) {
        StringBuilder text = new StringBuilder();
        for (int line = rowLine + 1; line < document.lines().size() && line - rowLine <= MAX_CELL_LINES
                && wrappedFromAbove(line); line++) {
            text.append(' ').append(document.lines().get(line).text());
        }
        return text.toString();
    }

    /** The most lines a table's cell wraps into that are looked through for its first. */
    private static final int MAX_CELL_LINES = 6;

    private static long count(String text, char wanted) {
        return text.chars().filter(character -> character == wanted).count();
    }
}
