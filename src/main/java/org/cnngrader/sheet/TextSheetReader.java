package org.cnngrader.sheet;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads free-form text submissions ({@code .txt}, {@code .md}, {@code .tex}): LaTeX matrix
 * environments, plain grids of numbers, shapes and numbers, located by {@link Locator}.
 */
public final class TextSheetReader implements SheetReader {

    /** The LaTeX environments that hold a matrix. */
    private static final Set<String> MATRIX_ENVIRONMENTS = Set.of("bmatrix", "pmatrix", "vmatrix",
            "Vmatrix", "Bmatrix", "matrix", "smallmatrix", "array");

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        String text = TextFiles.read(file, notes);
        boolean latex = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tex");
        return List.of(Locator.locate(document(asShown(text, !latex, notes), source), spec, notes));
    }

    /**
     * The text as its page shows it: without what its author struck out, as a reader passes over it, LaTeX's
     * strike-outs ({@link #withoutStruckLatex}) and, in Markdown, {@code ~~…~~} ({@link #withoutStruckText}) (in LaTeX
     * a tilde is a space that does not break); and in Markdown with its HTML rendered ({@link MarkdownHtml}).
     */
    static String asShown(String text, boolean markdown, List<String> notes) {
        return withoutStruckLatex(markdown ? MarkdownHtml.asShown(withoutStruckText(text, notes), notes) : text, notes);
    }

    /**
     * A LaTeX command striking its argument out, up to the argument's open brace: ulem's {@code \sout} and
     * {@code \xout}, soul's {@code \st}, cancel's {@code \cancel}, {@code \bcancel} and {@code \xcancel}.
     */
    private static final Pattern STRUCK_LATEX = Pattern.compile(
            "\\\\(?:sout|xout|st|cancel|bcancel|xcancel)(?![A-Za-z])\\s*\\{");

    /**
     * The text with what LaTeX strikes out ({@code stride: \\sout{2} 1}, {@code $\\cancel{2}\\ 1$}) blanked out,
     * command and argument, each character a space so that what remains keeps its columns: as in a PDF, the answer
     * crossed out is not read, and the one after it is. Noted when there is any; a command never closed is left as it
     * is.
     */
    static String withoutStruckLatex(String text, List<String> notes) {
        Matcher struck = STRUCK_LATEX.matcher(text);
        StringBuilder blanked = null;
        int count = 0;
        int from = 0;
        while (struck.find(from)) {
            int depth = 1;
            int index = struck.end();
            while (index < text.length() && depth > 0) {
                char character = text.charAt(index);
                depth += character == '{' ? 1 : character == '}' ? -1 : 0;
                index++;
            }
            if (depth > 0) {
                break;
            }
            // The control space a student sets between the value struck out and the next: $\cancel{2}\ 1$.
            index += text.startsWith("\\ ", index) ? 1 : 0;
            blanked = blanked == null ? new StringBuilder(text) : blanked;
            for (int position = struck.start(); position < index; position++) {
                if (text.charAt(position) != '\n') {
                    blanked.setCharAt(position, ' ');
                }
            }
            count++;
            from = index;
        }
        if (blanked == null) {
            return text;
        }
        notes.add(count == 1 ? "text struck through (\\sout{…}, \\cancel{…}) was not read"
                : count + " pieces of text struck through (\\sout{…}, \\cancel{…}) were not read");
        return blanked.toString();
    }

    /** Markdown's struck-through text ({@code ~~2~~}) on one line. */
    private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)[^\\n]*?(?<=\\S)~~");

    /**
     * The text with what Markdown strikes through ({@code The stride is ~~2~~ 1.}) blanked out, each character a
     * space so that what remains keeps its columns: a student crosses out the answer replaced. Noted when there is
     * any.
     */
    static String withoutStruckText(String text, List<String> notes) {
        Matcher struck = STRUCK.matcher(text);
        if (!struck.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        int count = 0;
        do {
            for (int index = struck.start(); index < struck.end(); index++) {
                blanked.setCharAt(index, ' ');
            }
            count++;
        } while (struck.find());
        notes.add(count == 1 ? "text struck through (~~…~~) was not read"
                : count + " pieces of text struck through (~~…~~) were not read");
        return blanked.toString();
    }

    /**
     * A LaTeX command whose argument is the text itself, set apart: a box ({@code \\boxed{2}}), bold, italic, upright,
     * typewriter, sans-serif or plain text ({@code \\textbf{9216}}, {@code \\mathbf{96 \\times 55 \\times 55}},
     * {@code \\text{…}}, {@code \\texttt{…}}, {@code \\operatorname{…}}), a highlight or a colour
     * ({@code \\hl{2}}, {@code \\textcolor{red}{2}}, {@code \\colorbox{yellow}{2}}), a table's cell over several
     * columns ({@code \\multicolumn{2}{c}{9216}}), up to its argument's open brace; and a group that opens with a
     * switch of its font or colour ({@code {\\bf 9216}}, {@code {\\color{red} 2}}), up to the switch's end.
     */
    private static final Pattern SETTING = Pattern.compile(
            "\\\\(?:boxed|fbox|framebox|mbox|textbf|textit|textrm|textsf|texttt|textsl|textup|textmd|textnormal|text"
            + "|emph|underline|uline|hl|ul|mathbf|mathrm|mathit|mathsf|mathtt|mathnormal|operatorname|bm|boldsymbol)"
            + "\\s*\\{"
            + "|\\\\(?:textcolor|colorbox)\\s*(?:\\[[^\\]]*\\])?\\s*\\{[^{}]*\\}\\s*\\{"
            + "|\\\\fcolorbox\\s*(?:\\[[^\\]]*\\])?\\s*\\{[^{}]*\\}\\s*\\{[^{}]*\\}\\s*\\{"
            + "|\\\\multicolumn\\s*\\{\\s*\\d+\\s*\\}\\s*\\{[^{}]*\\}\\s*\\{"
            + "|\\{\\s*(?:" + "\\\\(?:bf|it|rm|sf|tt|sl|em|bfseries|itshape|rmfamily|sffamily|ttfamily|upshape|mdseries"
            + "|normalfont|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])"
            + "|\\\\color\\s*(?:\\[[^\\]]*\\])?\\s*\\{[^{}]*\\})\\s*");

    /**
     * A switch of colour standing alone in math or text ({@code $\\color{red} 2$}), blanked: it sets what follows
     * to the end of its group, which it does not open.
     */
    private static final Pattern COLOR_SWITCH = Pattern.compile(
            "\\\\color\\s*(?:\\[[^\\]]*\\])?\\s*\\{[^{}]*\\}");

    /**
     * The text with each LaTeX command that only sets its argument opened ({@link #SETTING}): the command and its
     * closing brace blanked, each character a space so that what remains keeps its columns. A box marks the final
     * answer ({@code Stride: $\\boxed{2}$}), bold an answer too, and their braces hid the number in them from the
     * scanner, which saw only the argument of a command: the part was missing, unflagged, {@code \\boxed{96 \\times 55
     * \\times 55}} lost its 96 and {@code \\mathbf{96 \\times 55 \\times 55}} read 55 × 55; an answer set in colour,
     * typewriter or a highlight ({@code \\textcolor{red}{2}}, {@code {\\bf 2}}) was unreadable. One pass, braces matched
     * with a stack; a command never closed is left as it is.
     */
    static String withoutSetting(String written) {
        if (written.indexOf('\\') < 0) {
            return written;
        }
        String text = withoutColourSwitches(written);
        if (!SETTING.matcher(text).find()) {
            return text;
        }
        StringBuilder opened = new StringBuilder(text);
        Matcher setting = SETTING.matcher(text);
        // For each open brace, where its command starts and ends, or nothing for any other brace.
        ArrayDeque<int[]> open = new ArrayDeque<>();
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if ((character == '\\' || character == '{') && setting.region(index, text.length()).lookingAt()) {
                open.push(new int[] {index, setting.end()});
                index = setting.end() - 1;
            } else if (character == '\\' && index + 1 < text.length()) {
                index++; // An escaped brace (\{) is no group.
            } else if (character == '{') {
                open.push(new int[0]);
            } else if (character == '}' && !open.isEmpty()) {
                int[] command = open.pop();
                if (command.length == 2) {
                    for (int blank = command[0]; blank < command[1]; blank++) {
                        opened.setCharAt(blank, ' ');
                    }
                    opened.setCharAt(index, ' ');
                }
            }
        }
        return opened.toString();
    }

    /**
     * The text with each switch of colour that opens no group of its own ({@code $\\color{red} 2$}) blanked, each
     * character a space; one that opens a group ({@code {\\color{red} 2}}) is the group's setting ({@link #SETTING}).
     */
    private static String withoutColourSwitches(String text) {
        Matcher colour = COLOR_SWITCH.matcher(text);
        StringBuilder blanked = null;
        while (colour.find()) {
            int before = colour.start() - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before >= 0 && text.charAt(before) == '{') {
                continue;
            }
            blanked = blanked == null ? new StringBuilder(text) : blanked;
            for (int blank = colour.start(); blank < colour.end(); blank++) {
                blanked.setCharAt(blank, ' ');
            }
        }
        return blanked == null ? text : blanked.toString();
    }

    /**
     * LaTeX's environments that align equations in pairs of columns: on a row, an odd-numbered {@code &} is only where
     * an equation aligns, an even-numbered one parts it from the next equation.
     */
    private static final Set<String> ALIGNING_ENVIRONMENTS = Set.of("align", "align*", "aligned",
            "alignat", "alignat*", "alignedat", "flalign", "flalign*", "xalignat", "xxalignat");

    /** A LaTeX environment's start or end: {@code \\begin{align*}}, {@code \\end{bmatrix}}. */
    private static final Pattern ENVIRONMENT_BOUND = Pattern.compile("\\\\(begin|end)\\s*\\{([A-Za-z]+\\*?)\\}");

    /**
     * The text with each row of an aligning environment ({@link #ALIGNING_ENVIRONMENTS}) written as its equations: an
     * {@code &} that only aligns is blanked, one that parts two equations becomes a semicolon, as a student types a row
     * of two ({@code conv1: … ; pool1: …}); each character is replaced by one so that what remains keeps its columns.
     * Read as it was, {@code \\text{conv1} &: 96 \\times 55 \\times 55 & \\text{pool1} &: 96 \\times 27 \\times 27}
     * was one row naming conv1 only, which took pool1's shape. The {@code &} of an environment inside (a matrix's
     * cells) and an escaped {@code \\&} stay; an environment never closed is left as it is.
     */
    static String withEquationsApart(String text) {
        if (!text.contains("\\begin")) {
            return text;
        }
        StringBuilder apart = new StringBuilder(text);
        // The environments open, innermost first: an aligning one's &s are rewritten only once it closes.
        ArrayDeque<OpenEnvironment> open = new ArrayDeque<>();
        Matcher bound = ENVIRONMENT_BOUND.matcher(text);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '\\') {
                if (bound.region(index, text.length()).lookingAt()) {
                    if (bound.group(1).equals("begin")) {
                        open.push(new OpenEnvironment(bound.group(2), ALIGNING_ENVIRONMENTS.contains(bound.group(2))));
                    } else if (!open.isEmpty() && open.peek().name.equals(bound.group(2))) {
                        open.pop().edits.forEach((position, replacement) -> apart.setCharAt(position, replacement));
                    }
                    index = bound.end() - 1;
                } else if (index + 1 < text.length() && text.charAt(index + 1) == '\\') {
                    // A row's end: the next row counts its &s from the first.
                    if (!open.isEmpty()) {
                        open.peek().ampersands = 0;
                    }
                    index++;
                } else {
                    index++; // An escaped character (\&) or a command's first letter.
                }
            } else if (character == '&' && !open.isEmpty() && open.peek().aligning) {
                OpenEnvironment environment = open.peek();
                environment.ampersands++;
                environment.edits.put(index, environment.ampersands % 2 == 0 ? ';' : ' ');
            }
        }
        return apart.toString();
    }

    /**
     * An environment open while {@link #withEquationsApart} reads it: its name, whether it aligns, the &s of its row
     * so far, and what each of its &s becomes.
     */
    private static final class OpenEnvironment {
        final String name;
        final boolean aligning;
        int ampersands;
        final Map<Integer, Character> edits = new LinkedHashMap<>();

        OpenEnvironment(String name, boolean aligning) {
            this.name = name;
            this.aligning = aligning;
        }
    }

    /** A line holding a dictionary as Python prints it or a JSON object, on one line: its braces and what they hold. */
    private static final Pattern DICTIONARY_LINE = Pattern.compile("(?m)^[ \\t>]*(\\{)([^\\n]*)(\\})[ \\t,]*$");

    /** A dictionary's key named in quotes, before its colon: {@code 'flatten':}, {@code "conv1" :}. */
    private static final Pattern DICTIONARY_KEY = Pattern.compile("(['\"])(\\p{L}[\\p{L}\\p{N}_ ]{0,30})\\1(?=\\s*:)");

    /**
     * The text with each dictionary printed on one line ({@code {'conv1': (96, 55, 55), 'flatten': 9216}}, a notebook's
     * {@code print(shapes)}, a JSON line) written as a one-line list of named values: its braces, and the quotes
     * around its keys, blanked, each character a space so that what remains keeps its columns. Its keys then label
     * its values as {@code conv1: …, flatten: …} does; quoted, they labelled none, and the flattened length, no
     * layer's shape, was missing, unflagged. A dictionary printed over several lines is read as it is.
     */
    static String withDictionaryKeysAsLabels(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder opened = null;
        Matcher line = DICTIONARY_LINE.matcher(text);
        while (line.find()) {
            Matcher key = DICTIONARY_KEY.matcher(text).region(line.start(2), line.end(2));
            if (!key.find()) {
                continue;
            }
            opened = opened == null ? new StringBuilder(text) : opened;
            opened.setCharAt(line.start(1), ' ');
            opened.setCharAt(line.start(3), ' ');
            do {
                opened.setCharAt(key.start(1), ' ');
                opened.setCharAt(key.end() - 1, ' ');
            } while (key.find());
        }
        return opened == null ? text : opened.toString();
    }

    /**
     * The document of a text: its lines with words positioned by character, its matrix environments and its
     * footnotes, their marks ({@code [^1]}, and {@code [^1]:} opening a definition) blanked out as a PDF's reader
     * takes a printed footnote's mark out: {@code Stride: see the footnote.[^1]} gives no answer but the footnote's.
     */
    static Document document(String written, String source) {
        String text = Characters.fractions(Characters.signedNumbers(Characters.plainLetters(
                withoutSetting(withEquationsApart(withDictionaryKeysAsLabels(written))))));
        List<String> texts = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Document.Footnote> footnotes = footnotes(texts);
        Set<String> marks = new HashSet<>();
        footnotes.forEach(footnote -> marks.add(footnote.mark()));
        for (int index = 0; index < texts.size() && !marks.isEmpty(); index++) {
            String line = texts.get(index);
            Matcher definition = FOOTNOTE.matcher(line);
            int definitionEnd = definition.find() && marks.contains(definition.group(1)) ? definition.end() : 0;
            String blanked = FOOTNOTE_MARK.matcher(line).replaceAll(mark -> marks.contains(mark.group(1))
                    ? " ".repeat(mark.group().length()) : Matcher.quoteReplacement(mark.group()));
            texts.set(index, " ".repeat(definitionEnd) + blanked.substring(definitionEnd));
        }
        List<Document.Line> lines = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        int offset = 0;
        int number = 1;
        for (String line : texts) {
            // A line Markdown's <br> breaks is read as the lines its page shows, each under the file's line number;
            // an HTML table's row written over several lines as one, under its first line's.
            for (String shown : line.split(String.valueOf(MarkdownHtml.LINE_BREAK), -1)) {
                lineStarts.add(offset);
                String read = shown.replace(MarkdownHtml.LINE_GOING_ON, ' ');
                lines.add(new Document.Line(0, number, read.replace("\r", ""), words(read)));
                offset += shown.length() + 1;
            }
            number += 1 + (int) line.chars().filter(character -> character == MarkdownHtml.LINE_GOING_ON).count();
        }
        return new Document(source, lines, environments(text, lineStarts), footnotes);
    }

    /** A Markdown footnote's definition opening its line: {@code [^1]: text}, {@code [^note]: text}. */
    private static final Pattern FOOTNOTE = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]{1,20})\\]:");

    /** A line going on with the footnote defined above it: indented. */
    private static final Pattern FOOTNOTE_GOING_ON = Pattern.compile("(?: {2,}|\\t)\\S.*");

    /** A Markdown footnote's mark in the text: {@code [^1]}. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^([^\\]\\s]{1,20})\\]");

    /**
     * Markdown's footnotes ({@code Stride: see the footnote.[^1]} and, anywhere after or before it,
     * {@code [^1]: 1, as in the lecture}), as pandoc writes them, and as the Word reader writes a document's: each
     * defined one with the first line that carries its mark. A definition takes its line and the indented lines after
     * it.
     */
    private static List<Document.Footnote> footnotes(List<String> lines) {
        Map<String, int[]> defined = new HashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            Matcher definition = FOOTNOTE.matcher(lines.get(index));
            if (definition.find()) {
                int end = index + 1;
                while (end < lines.size() && FOOTNOTE_GOING_ON.matcher(lines.get(end)).matches()) {
                    end++;
                }
                defined.putIfAbsent(definition.group(1), new int[] {index, end});
            }
        }
        List<Document.Footnote> footnotes = new ArrayList<>();
        for (int index = 0; index < lines.size() && !defined.isEmpty(); index++) {
            String line = lines.get(index);
            Matcher definition = FOOTNOTE.matcher(line);
            // A definition's own [^1]: is no mark in the text.
            Matcher mark = FOOTNOTE_MARK.matcher(line).region(definition.find() ? definition.end() : 0,
                    line.length());
            while (mark.find()) {
                int[] defining = defined.remove(mark.group(1));
                if (defining != null) {
                    footnotes.add(new Document.Footnote(mark.group(1), index, defining[0], defining[1]));
                }
            }
        }
        return footnotes;
    }

    /**
     * The matrix environments written out in a text ({@code \begin{bmatrix} … \end{bmatrix}}), each with the line it
     * starts on: a text file's LaTeX, or a PDF whose text layer holds LaTeX as it was written (a Markdown preview
     * printed without its math typeset).
     */
    static List<Document.Environment> environments(List<Document.Line> lines) {
        StringBuilder text = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        for (Document.Line line : lines) {
            lineStarts.add(text.length());
            text.append(line.text()).append('\n');
        }
        return environments(text.toString(), lineStarts);
    }

    private static List<Document.Environment> environments(String text, List<Integer> lineStarts) {
        List<Document.Environment> environments = new ArrayList<>();
        // Each \begin{name} to the first \end{name} after it. A name found without its \end is not looked for
        // again: a file of unclosed \begin{bmatrix} is scanned once, not once per \begin.
        Set<String> unclosed = new HashSet<>();
        int from = 0;
        while (true) {
            int begin = text.indexOf("\\begin{", from);
            if (begin < 0) {
                break;
            }
            int nameStart = begin + "\\begin{".length();
            int nameEnd = text.indexOf('}', nameStart);
            String name = nameEnd < 0 || nameEnd - nameStart > 12 ? "" : text.substring(nameStart, nameEnd);
            int close = !MATRIX_ENVIRONMENTS.contains(name) || unclosed.contains(name) ? -1
                    : text.indexOf("\\end{" + name + "}", nameEnd);
            if (close < 0) {
                if (MATRIX_ENVIRONMENTS.contains(name)) {
                    unclosed.add(name);
                }
                from = nameStart;
                continue;
            }
            int end = close + ("\\end{" + name + "}").length();
            int lineIndex = lineOf(lineStarts, begin);
            String before = text.substring(lineStarts.get(lineIndex), begin);
            environments.add(new Document.Environment(text.substring(begin, end), lineIndex, before));
            from = end;
        }
        return environments;
    }

    private static int lineOf(List<Integer> starts, int position) {
        int index = Collections.binarySearch(starts, position);
        return index >= 0 ? index : -index - 2;
    }

    private static List<Document.Word> words(String line) {
        List<Document.Word> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(line);
        while (word.find()) {
            words.add(new Document.Word(word.group(), word.start(), word.end(), 1));
        }
        return words;
    }
}
