package org.cnngrader.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Jupyter notebooks ({@code .ipynb}, nbformat 4, as nbgrader and Otter users hand in) as a
 * free-form document: the Markdown and raw cells as written, and what the code cells printed
 * ({@code stream} text, and the {@code text/markdown}, {@code text/latex} or {@code text/plain} form of
 * {@code execute_result} and {@code display_data}). A code cell's source is never read as an answer: the
 * {@code S = np.array(...)} a student typed to compute an answer is not the answer, its printed
 * result is. The code only names what it shows (a tuple shown for {@code W1, b1}) and flags a part whose
 * answer a comment may hold. Cells are separated by a blank line, so that a matrix printed at the end of one cell
 * never continues into the next. Answers are then located as in any text document ({@link Locator}).
 */
public final class NotebookSheetReader implements SheetReader {

    /** The largest notebook read, in bytes (embedded plots make notebooks large). */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    /** Colour and cursor codes in printed output (a progress bar, a coloured log line). */
    private static final Pattern TERMINAL_CODES = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]");

    /**
     * The most JSON tokens of a notebook read: a thousand cells of fifty lines are some 60,000. A node of the parsed
     * tree takes up to a hundred bytes for the three of {@code {},} so the count, not the file size, bounds the heap a
     * notebook takes.
     */
    static final long MAX_TOKENS = 1_000_000;

    /**
     * The notebook's JSON, parsed within limits: no string beyond the file's size limit, no nesting
     * deeper than a notebook ever has.
     */
    private static final ObjectMapper JSON = JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength((int) MAX_BYTES).maxTokenCount(MAX_TOKENS).build())
            .build()).build();

    /** A line of code whose comment gives a value under a name: {@code # dK = [[5, 8], [1, 2]]}. */
    private static final Pattern COMMENTED_VALUE = Pattern.compile(
            "^\\s*#+\\s*([A-Za-z_][\\w']*)\\s*[=:]\\s*(.*\\d.*)$");

    /** A line of code that assigns a name, its comment giving a value: {@code P = maxpool(A)  # [[3, 3], [4, 5]]}. */
    private static final Pattern ASSIGNMENT_COMMENTED = Pattern.compile(
            "^\\s*([A-Za-z_][\\w']*)\\s*=[^=#][^#]*#+\\s*(.*\\d.*)$");

    /** A number code assigns to a name or passes by name: {@code stride = 2}, {@code nn.Conv2d(1, 1, 2, padding=0)}. */
    private static final Pattern NUMBER_NAMED = Pattern.compile(
            "(?:^\\s*|[(,]\\s*)([A-Za-z_]\\w*)\\s*=\\s*-?\\d+(?:\\.\\d+)?\\s*(?=[,)]|$)");

    /** A line of code that assigns a name: {@code S = F.conv2d(X, K)}, {@code dK = np.array([[5, 8], [1, 2]])}. */
    private static final Pattern COMPUTED = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*=(?!=)\\s*[^\\s#]");

    /** A cell's last line that shows several names at once: {@code W1, b1, W2, b2}, or {@code (W1, b1)}. */
    private static final Pattern NAMES_SHOWN = Pattern.compile(
            "\\(?\\s*([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)+)\\s*,?\\s*\\)?");

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        Contents contents = contents(file);
        AnswerSheet sheet = Locator.locate(TextSheetReader.document(TextSheetReader.asShown(contents.text(), true,
                notes), source), spec, notes);
        return List.of(withStaleOutputsDoubted(withCodeValues(sheet, spec, contents.inCode()), spec,
                contents.codeCells()));
    }

    /**
     * What a notebook gives to read: its text, the values its code gives under a name, and its code cells with the
     * lines their outputs take in the text.
     */
    private record Contents(String text, List<CodeValue> inCode, List<CodeCell> codeCells) {
    }

    /**
     * A code cell: its number, its source, and the lines of the notebook's text its output takes ({@code firstLine}
     * after {@code lastLine} when it printed nothing).
     */
    private record CodeCell(int cell, String code, int firstLine, int lastLine) {

        boolean printed(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    /**
     * A value a code cell gives under a name: in a comment ({@code # dK = [[5, 8], [1, 2]]}, {@code P = maxpool(A)  #
     * [[3, 3], [4, 5]]}), as a number assigned ({@code stride = 2}) or passed by name ({@code nn.Conv2d(1, 1, 2,
     * padding=0)}). Code is never read as an answer, but a part not found whose label names such a value may have its
     * answer there.
     *
     * @param where what of the cell gives it
     */
    private record CodeValue(int cell, String name, String line, Given where) {

        /** What of a cell gives a value, as the note names it. */
        enum Given {
            COMMENT("code comment", "a code comment is never read as an answer: print the value, or write it in a"
                    + " Markdown cell"),
            CODE("code", "code is never read as an answer: print the value (run the cell and save the notebook with"
                    + " its outputs), or write it in a Markdown cell"),
            CODE_SHOWING_NOTHING("code, which shows no output,", CODE.problem);

            private final String words;
            private final String problem;

            Given(String words, String problem) {
                this.words = words;
                this.problem = problem;
            }
        }

        /**
         * Whether the value is the part's: code names it by a label as code spells it ({@code P}, not {@code p}) or by
         * the part's id ({@code avg_stride = 2}), or a comment after the code is one of its labels or its layer's
         * names, in any case, after a literal ({@code pool1_size = (96, 27, 27)  # pool1}), when the code's name is no
         * part's.
         */
        boolean names(SheetSpec.PartSpec part, SheetSpec spec) {
            if (namedInCode(part)) {
                return true;
            }
            // params_H1 = 3200  # H1: the code's own name says whose value it is.
            if (spec.parts().stream().anyMatch(this::namedInCode)) {
                return false;
            }
            // Only a literal's comment names it: "x = self.conv1(x)  # conv1" names a module, not an answer.
            int hash = line.indexOf('#');
            String comment = hash < 0 || where == Given.COMMENT || !LITERAL_ASSIGNED.matcher(line).matches() ? ""
                    : line.substring(hash).replaceFirst("^#+", "").strip();
            return !comment.isEmpty() && (part.labels().stream().anyMatch(label -> label.strip()
                    .equalsIgnoreCase(comment)) || part.layer().map(layer -> layer.names().stream()
                    .anyMatch(layerName -> layerName.equalsIgnoreCase(comment))).orElse(false));
        }

        private boolean namedInCode(SheetSpec.PartSpec part) {
            return part.labels().contains(name) || part.id().equals(name);
        }
    }

    /**
     * The sheet with each part not found whose label (as code spells it: P is not p) a code cell names a value of
     * given as unread, for a person to score: a notebook that keeps its answers in comments, or answers a part only
     * in the code that computes it, was graded 0 with no flag.
     */
    private static AnswerSheet withCodeValues(AnswerSheet sheet, SheetSpec spec, List<CodeValue> inCode) {
        if (inCode.isEmpty()) {
            return sheet;
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (SheetSpec.PartSpec part : spec.parts()) {
            Answer answer = sheet.answers().get(part.id());
            if (answer == null && part.graded()) {
                answer = inCode.stream()
                        .filter(value -> value.names(part, spec))
                        .findFirst()
                        .map(value -> Answer.unread(part.id(), value.line(), Where.cell(sheet.source(),
                                String.valueOf(value.cell()), 0, value.line()), FoundBy.LABEL, value.where().problem, "cell "
                                + value.cell() + "'s " + value.where().words + " gives " + Excerpt.quoted(value.line())
                                + ", not read since code is never an answer"))
                        .orElse(null);
            }
            if (answer != null) {
                answers.put(part.id(), answer);
            }
        }
        return new AnswerSheet(sheet.team(), sheet.members(), sheet.source(), sheet.reason(), answers, sheet.notes(),
                sheet.unheaded(), sheet.valuesLeft());
    }

    /**
     * A line of code that gives a name a literal: {@code stride = 1}, {@code shape = (96, 55, 55)}, {@code K =
     * np.array([[1, 0], [0, 1]])}, a comment after it.
     */
    private static final Pattern LITERAL_ASSIGNED = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*=\\s*"
            + "(?:(?:np|numpy|torch)\\.(?:array|tensor)\\()?(-?\\d+(?:\\.\\d+)?|[\\[(][-\\d.,\\s\\[\\]()]*[\\])])\\)?"
            + "\\s*(?:#.*)?$");


    /**
     * The sheet with each answer read from a code cell's output doubted where the code before it gives the part's name
     * (as code spells it) another literal, and the cell uses that name: {@code stride = 1} over {@code
     * print(f"Stride: {stride}")}, its saved output {@code Stride: 2}. The output is then of a run before the code was
     * changed, and which of the two the team means is for a person to say: the output was graded, unflagged.
     */
    private static AnswerSheet withStaleOutputsDoubted(AnswerSheet sheet, SheetSpec spec, List<CodeCell> cells) {
        Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
        for (SheetSpec.PartSpec part : spec.parts()) {
            Answer answer = answers.get(part.id());
            if (answer == null || !answer.where().cell().isEmpty()
                    || !(answer.value().orElse(null) instanceof SheetValue.Numbers numbers)) {
                continue;
            }
            CodeCell printing = cells.stream().filter(cell -> cell.printed(answer.where().line())).findFirst()
                    .orElse(null);
            if (printing == null) {
                continue;
            }
            for (String label : part.labels()) {
                String stale = staleAssignment(label, numbers, cells, printing);
                if (stale != null) {
                    answers.put(part.id(), answer.doubted("cell " + printing.cell() + "'s output gives "
                            + Excerpt.quoted(answer.written().strip()) + ", but " + stale + ": the output may be of a"
                            + " run before the code was changed (run the notebook again from the top)"));
                    break;
                }
            }
        }
        return new AnswerSheet(sheet.team(), sheet.members(), sheet.source(), sheet.reason(), answers, sheet.notes(),
                sheet.unheaded(), sheet.valuesLeft());
    }

    /**
     * Where the code up to the printing cell last gives {@code name} a literal other than {@code printed}, when that
     * cell uses the name: {@code "cell 3 sets stride = 1"}; null when it does not, or when a later line binds the
     * name otherwise ({@code stride = stride * 2}, {@code for stride in …}), so the literal may not be what printed.
     */
    private static String staleAssignment(String name, SheetValue.Numbers printed, List<CodeCell> cells,
            CodeCell printing) {
        if (!name.matches("[A-Za-z_]\\w*")) {
            return null;
        }
        String assigned = null;
        String where = null;
        boolean usedInPrinting = false;
        for (CodeCell cell : cells) {
            for (String line : cell.code().split("\\R")) {
                if (line.length() > MAX_CODE_LINE) {
                    continue; // a string of data (an image in base64), no assignment a student edits
                }
                String code = withoutStrings(line);
                int comment = code.indexOf('#');
                code = comment < 0 ? code : code.substring(0, comment);
                Matcher literal = LITERAL_ASSIGNED.matcher(line);
                if (literal.matches() && literal.group(1).equals(name)) {
                    assigned = literal.group(2);
                    where = "cell " + cell.cell() + " sets " + Excerpt.quoted(line.replaceFirst("\\s*#.*", "").strip());
                } else if (binds(code, name)) {
                    assigned = null;
                } else if (cell == printing && usesName(code, name)) {
                    // What the cell does after it shows the name does not change what it showed.
                    usedInPrinting = true;
                    break;
                }
            }
            if (cell == printing) {
                break;
            }
        }
        if (assigned == null || !usedInPrinting) {
            return null;
        }
        return ValueParser.parse(assigned, Expectation.ANY) instanceof Parsed.Value value
                && value.value() instanceof SheetValue.Numbers numbers && !numbers.tensor().equals(printed.tensor())
                ? where : null;
    }

    /** The longest line of code read for an assignment: longer ones hold data. */
    private static final int MAX_CODE_LINE = 2_000;

    /**
     * Whether a line of code (its strings and comment blanked) binds the name otherwise than to a literal: an assignment
     * whose targets name it ({@code stride = stride * 2}, {@code stride, padding = 2, 0}, {@code stride += 1}) or a
     * loop over it ({@code for stride in …}). A keyword argument ({@code f(stride=2)}) binds nothing.
     */
    private static boolean binds(String code, String name) {
        String stripped = code.strip();
        if (stripped.startsWith("for ")) {
            int in = stripped.indexOf(" in ");
            return in > 0 && namesWord(stripped.substring(4, in), name);
        }
        int sign = assignmentSign(stripped);
        return sign > 0 && stripped.lastIndexOf('(', sign) < 0 && namesWord(stripped.substring(0, sign), name);
    }

    /** Where a line's first assignment sign stands ({@code =}, not {@code ==}, {@code <=}, {@code >=}, {@code !=}), or -1. */
    private static int assignmentSign(String code) {
        for (int index = 0; index < code.length(); index++) {
            if (code.charAt(index) == '=') {
                boolean comparison = index + 1 < code.length() && code.charAt(index + 1) == '='
                        || index > 0 && "=<>!".indexOf(code.charAt(index - 1)) >= 0;
                if (!comparison) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    /** Whether code uses a name as a word of its own, not as an attribute ({@code self.stride}). */
    private static boolean usesName(String code, String name) {
        int sign = assignmentSign(code.strip());
        String read = sign > 0 ? code.strip().substring(sign + 1) : code;
        return namesWord(read, name);
    }

    /** Whether a name stands in code as a word of its own, not a part of another or an attribute. */
    private static boolean namesWord(String code, String name) {
        for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(code.charAt(at - 1)) && code.charAt(at - 1) != '_'
                    && code.charAt(at - 1) != '.';
            int end = at + name.length();
            boolean endsWord = end == code.length() || !Character.isLetterOrDigit(code.charAt(end))
                    && code.charAt(end) != '_';
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of Python with its string literals blanked, an f-string's braces kept: what the line's code names. One
     * pass over the line, quote by quote.
     */
    private static String withoutStrings(String line) {
        StringBuilder code = new StringBuilder(line.length());
        int index = 0;
        while (index < line.length()) {
            char character = line.charAt(index);
            if (character != '"' && character != '\'') {
                code.append(character);
                index++;
                continue;
            }
            int prefix = code.length();
            while (prefix > 0 && "rbfRBF".indexOf(code.charAt(prefix - 1)) >= 0) {
                prefix--;
            }
            boolean formatted = code.substring(prefix).toLowerCase(Locale.ROOT).contains("f")
                    && (prefix == 0 || !Character.isLetterOrDigit(code.charAt(prefix - 1)));
            code.append('"');
            int depth = 0;
            index++;
            while (index < line.length() && line.charAt(index) != character) {
                char inside = line.charAt(index);
                if (inside == '\\') {
                    index += 2;
                    continue;
                }
                if (formatted && inside == '{') {
                    depth++;
                    code.append(' ');
                } else if (formatted && inside == '}') {
                    depth = Math.max(0, depth - 1);
                    code.append(' ');
                } else if (depth > 0) {
                    code.append(inside);
                }
                index++;
            }
            code.append('"');
            index++;
        }
        return code.toString();
    }

    /**
     * The notebook's readable text: each Markdown or raw cell's source and each code cell's printed
     * output, in order, a blank line between cells.
     *
     * @throws UnreadableException when the file is not a notebook, with what is wrong with it
     */
    static String text(Path file) throws UnreadableException {
        return contents(file).text();
    }

    /** The notebook's readable text, and the values its code cells' comments give. */
    private static Contents contents(Path file) throws UnreadableException {
        TextFiles.checkSize(file, MAX_BYTES, "notebook");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (StreamConstraintsException passed) {
            // Jackson says which of its limits was passed only in words; the others are the notebook's own nesting
            // and number lengths, which no notebook Jupyter saves passes.
            if (!passed.getOriginalMessage().startsWith("Token count")) {
                throw new UnreadableException("the notebook is not valid JSON (" + passed.getOriginalMessage()
                        + location(passed) + "); save it again from Jupyter", passed);
            }
            throw new UnreadableException("the notebook holds more than " + MAX_TOKENS + " JSON tokens: "
                    + ReadingLimits.refusal(MAX_TOKENS + " JSON tokens per notebook"));
        } catch (JsonProcessingException malformed) {
            throw new UnreadableException("the notebook is not valid JSON (" + malformed.getOriginalMessage()
                    + location(malformed) + "); save it again from Jupyter", malformed);
        } catch (IOException problem) {
            throw new UnreadableException("the file cannot be read: " + UnreadableException.plain(problem, file),
                    problem);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableException("the file is not a Jupyter notebook (its JSON is not an object)");
        }
        JsonNode cells = root.get("cells");
        if (cells == null && root.has("worksheets")) {
            throw new UnreadableException("the notebook is in the old nbformat 3; open and save it in a current"
                    + " Jupyter");
        }
        if (cells == null || !cells.isArray()) {
            throw new UnreadableException("the file is not a Jupyter notebook (it has no list of cells)");
        }
        StringBuilder text = new StringBuilder();
        List<CodeValue> inCode = new ArrayList<>();
        List<CodeCell> codeCells = new ArrayList<>();
        int number = 0;
        int lines = 0;
        for (JsonNode cell : cells) {
            number++;
            if (!cell.isObject()) {
                throw new UnreadableException("the notebook is malformed: cell " + number + " is not an object");
            }
            String type = cell.path("cell_type").asText("");
            String code = type.equals("code") ? joined(cell.get("source"), number, "source") : "";
            String cellText = switch (type) {
                case "markdown", "raw" -> joined(cell.get("source"), number, "source");
                case "code" -> {
                    String printed = outputs(cell.get("outputs"), number, code);
                    inCode.addAll(codeValues(code, number, printed.isBlank()));
                    yield printed;
                }
                default -> throw new UnreadableException("the notebook is malformed: cell " + number
                        + (type.isEmpty() ? " has no cell_type" : " has the unknown cell_type '" + type + "'"));
            };
            int firstLine = lines + 1;
            if (!cellText.isBlank()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                    firstLine++; // the blank line between cells
                }
                String shown = cellText.strip();
                text.append(shown);
                lines = firstLine + (int) shown.chars().filter(character -> character == '\n').count();
            }
            if (type.equals("code")) {
                codeCells.add(new CodeCell(number, code, firstLine, cellText.isBlank() ? firstLine - 1 : lines));
            }
        }
        return new Contents(text.toString(), inCode, codeCells);
    }

    /**
     * The values a cell's code gives under a name. A value the code computes ({@code S = F.conv2d(X, K)}) counts only in
     * a cell that shows nothing: its outputs cleared, never run, or the value never printed, the answer is in the code
     * alone (a cell that printed was read as any text is).
     */
    private static List<CodeValue> codeValues(String code, int cell, boolean showsNothing) {
        List<CodeValue> values = new ArrayList<>();
        for (String line : code.split("\n")) {
            Matcher comment = COMMENTED_VALUE.matcher(line);
            Matcher assignment = ASSIGNMENT_COMMENTED.matcher(line);
            if (comment.matches()) {
                values.add(new CodeValue(cell, comment.group(1), line.strip(), CodeValue.Given.COMMENT));
                continue;
            }
            if (assignment.matches()) {
                values.add(new CodeValue(cell, assignment.group(1), line.strip(), CodeValue.Given.COMMENT));
            }
            // A comment after the code does not hide the numbers the code passes by name.
            Matcher named = NUMBER_NAMED.matcher(line.replaceFirst("#.*", ""));
            List<String> names = new ArrayList<>();
            while (named.find()) {
                values.add(new CodeValue(cell, named.group(1), line.strip(), CodeValue.Given.CODE));
                names.add(named.group(1));
            }
            Matcher computed = COMPUTED.matcher(line);
            if (computed.find() && !names.contains(computed.group(1))
                    && (showsNothing || LITERAL_ASSIGNED.matcher(line).matches())) {
                values.add(new CodeValue(cell, computed.group(1), line.strip(), showsNothing
                        ? CodeValue.Given.CODE_SHOWING_NOTHING : CodeValue.Given.CODE));
            }
        }
        return values;
    }

    /**
     * What a code cell printed: streams and the readable form of results and displays; errors are left out. A result
     * that shows several names at once ({@code W1, b1, W2, b2} as the cell's last line) is one tuple: each of its
     * values is named as the code names it ({@code W1 = array(…)}), as a student would have printed them one by one.
     */
    private static String outputs(JsonNode outputs, int cell, String code) throws UnreadableException {
        if (outputs == null || outputs.isNull()) {
            return "";
        }
        if (!outputs.isArray()) {
            throw new UnreadableException("the notebook is malformed: the outputs of cell " + cell + " are not a list");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode output : outputs) {
            String printed = switch (output.path("output_type").asText("")) {
                case "stream" -> terminal(joined(output.get("text"), cell, "output"));
                case "execute_result" -> namedTuple(lastLine(code), shown(output.path("data"), cell));
                case "display_data" -> shown(output.path("data"), cell);
                default -> ""; // error tracebacks, and anything newer
            };
            if (!printed.isBlank()) {
                text.append(text.length() == 0 ? "" : "\n").append(printed.stripTrailing());
            }
        }
        return text.toString();
    }

    private static String lastLine(String code) {
        String stripped = code.strip();
        return stripped.substring(stripped.lastIndexOf('\n') + 1).strip();
    }

    /**
     * A tuple shown for a line of names, each value under its name: {@code (array([0, 0]), 0)} for {@code b1, b2} is
     * {@code b1 = array([0, 0])} and {@code b2 = 0}, on lines of their own. Anything else is left as shown, and so
     * is a tuple whose values are not as many as the names.
     */
    static String namedTuple(String line, String shown) {
        Matcher names = NAMES_SHOWN.matcher(line);
        String tuple = shown.strip();
        if (!names.matches() || !tuple.startsWith("(") || !tuple.endsWith(")")) {
            return shown;
        }
        String[] named = names.group(1).split("\\s*,\\s*");
        List<String> values = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int index = 1; index < tuple.length() - 1; index++) {
            char character = tuple.charAt(index);
            if ("([{".indexOf(character) >= 0) {
                depth++;
            } else if (")]}".indexOf(character) >= 0) {
                depth--;
            } else if (character == ',' && depth == 0) {
                values.add(tuple.substring(start, index).strip());
                start = index + 1;
            }
        }
        values.add(tuple.substring(start, tuple.length() - 1).strip());
        if (values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1); // a one-element tuple's trailing comma
        }
        if (values.size() != named.length) {
            return shown;
        }
        List<String> lines = new ArrayList<>();
        for (int index = 0; index < named.length; index++) {
            lines.add(named[index] + " = " + values.get(index));
        }
        return String.join("\n", lines);
    }

    /**
     * The text a result shows: its Markdown when it has one (an {@code IPython.display.Markdown}
     * object's plain text is only its repr), else its LaTeX ({@code display(Math(r"P = \\begin{bmatrix}…"))}, a
     * SymPy matrix, whose plain text is a repr or a drawing in box characters), else its plain text, or its HTML where
     * the plain text is only a repr ({@code display(HTML("<b>2</b>"))}): such an answer was missing, unflagged. A
     * table's HTML (a DataFrame's) has a plain text of its own, which is read.
     */
    private static String shown(JsonNode data, int cell) throws UnreadableException {
        for (String type : List.of("text/markdown", "text/latex")) {
            if (data.has(type)) {
                return joined(data.get(type), cell, "output");
            }
        }
        String plain = data.has("text/plain") ? joined(data.get("text/plain"), cell, "output") : "";
        if (data.has("text/html") && (plain.isBlank() || REPR.matcher(plain.strip()).matches())) {
            return joined(data.get("text/html"), cell, "output");
        }
        return plain;
    }

    /** The plain text of an object that shows itself otherwise: {@code <IPython.core.display.HTML object>}. */
    private static final Pattern REPR = Pattern.compile("<[\\w.]{1,200} object(?: at 0x[0-9a-f]+)?>");

    /** A multiline string as nbformat stores it: one string, or a list of lines each with its line break. */
    private static String joined(JsonNode value, int cell, String what) throws UnreadableException {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode line : value) {
                if (!line.isTextual()) {
                    throw new UnreadableException("the notebook is malformed: the " + what + " of cell " + cell
                            + " holds something other than text");
                }
                text.append(line.asText());
            }
            return text.toString();
        }
        throw new UnreadableException("the notebook is malformed: the " + what + " of cell " + cell
                + " is neither text nor a list of lines");
    }

    /**
     * Printed text as a terminal shows it: colour codes dropped, and of a line redrawn with carriage
     * returns (a progress bar) only its last state.
     */
    private static String terminal(String printed) {
        List<String> lines = new ArrayList<>();
        for (String line : TERMINAL_CODES.matcher(printed).replaceAll("").split("\n", -1)) {
            String shown = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            lines.add(shown.substring(shown.lastIndexOf('\r') + 1));
        }
        return String.join("\n", lines);
    }

    private static String location(JsonProcessingException malformed) {
        return malformed.getLocation() == null ? ""
                : " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
    }
}
