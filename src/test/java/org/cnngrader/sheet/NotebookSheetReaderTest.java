package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter notebooks: Markdown cells and what code cells printed are read, the code never is.
 * {@code notebooks/ps2-team-n.ipynb} is written by {@code make_notebook.py} beside it.
 */
class NotebookSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));
    private static final Path NOTEBOOK = Path.of("src/test/resources/notebooks/ps2-team-n.ipynb");

    private static AnswerSheet sheet(Path file) {
        return Submissions.read(new Submissions.Submission(file, "default", file.getFileName().toString(), List.of()),
                SPEC).get(0);
    }

    private static String value(Map<String, Answer> answers, String part) {
        assertThat(answers).as(part).containsKey(part);
        return answers.get(part).value().orElseThrow().toString();
    }

    /**
     * A notebook's answers set with HTML in its Markdown cells ({@code markdown-html/make_notebook.py}): the stride in
     * {@code <font color='red'>2</font>} was unreadable, the padding and kernel in tags found only by their values,
     * and the shapes on lines broken by {@code <br>} read for one another's layers (conv1 took pool2's shape).
     */
    @Test
    void answersSetWithHtmlWereUnreadableOrReadForOtherLayers() {
        AnswerSheet sheet = sheet(Path.of("src/test/resources/markdown-html/html-answers.ipynb"));
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(value(answers, "avg_padding")).isEqualTo("0.0");
        assertThat(value(answers, "avg_kernel")).isEqualTo("[[0.25, 0.25], [0.25, 0.25]]");
        Map<String, String> shapes = Map.of("conv1_shape", "[96.0, 55.0, 55.0]", "pool1_shape", "[96.0, 27.0, 27.0]",
                "conv2_shape", "[256.0, 27.0, 27.0]", "pool2_shape", "[256.0, 13.0, 13.0]", "conv3_shape",
                "[384.0, 13.0, 13.0]", "conv4_shape", "[384.0, 13.0, 13.0]", "conv5_shape", "[256.0, 13.0, 13.0]",
                "pool3_shape", "[256.0, 6.0, 6.0]");
        shapes.forEach((part, shape) -> assertThat(value(answers, part)).as(part).isEqualTo(shape));
        assertThat(value(answers, "flat_size")).isEqualTo("9216.0");
        assertThat(answers.values()).allSatisfy(answer -> {
            assertThat(answer.foundBy()).as(answer.partId()).isEqualTo(FoundBy.LABEL);
            assertThat(answer.doubt()).as(answer.partId()).isEmpty();
        });
        assertThat(answers.get("conv2_shape").where().line()).isEqualTo(15);
        assertThat(sheet.team()).isEqualTo("HTML");
        assertThat(sheet.notes()).contains("text struck through (<del>…</del>) was not read");
    }

    /**
     * A notebook's answers shown by IPython's rich displays ({@code notebook-displays/make_notebook.py}): P shown by
     * {@code display(Math(…))} and the stride by {@code display(HTML(…))}, whose plain text is only the object's repr,
     * were missing, unflagged; A as a SymPy matrix, drawn in box characters, was not read. A DataFrame's own plain
     * text is read, not its HTML.
     */
    @Test
    void answersShownByRichDisplaysWereMissing() throws Exception {
        Path notebook = Path.of("src/test/resources/notebook-displays/displays.ipynb");
        Map<String, Answer> answers = sheet(notebook).answers();
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(answers.get("P").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0");
        assertThat(answers.get("avg_stride").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        String text = NotebookSheetReader.text(notebook);
        assertThat(text).contains("0  conv1   (96, 55, 55)").doesNotContain("dataframe", "IPython.core.display");
    }

    @Test
    void markdownCellsAndPrintedOutputsAreReadButNeverCode() throws Exception {
        String text = NotebookSheetReader.text(NOTEBOOK);
        assertThat(text).contains("## 1.3.1 Convolution layer", "$$P = \\begin{bmatrix} 0.95 & 0.99")
                .contains("$$S = \\begin{bmatrix} 0 & 2 & 0 & 2") // a display's Markdown, not its repr
                .contains("array([[0.5 , 0.88, 0.5 , 0.88],\n       [0.95, 0.88, 0.99, 0.88],") // a result
                .contains("stride = 2\npadding = 0") // printed
                .contains("conv1: 96 × 55 × 55");
        assertThat(text).doesNotContain("torch.tensor", "first try", "was wrong", "conv3_shape", "print(")
                .doesNotContain("<IPython.core.display.Markdown object>")
                .doesNotContain("ValueError", "4096") // an error's traceback
                .doesNotContain("\u001b", "10%"); // colour codes, and a progress bar's earlier states
    }

    @Test
    void cellsAreSeparatedByABlankLineSoAPrintedMatrixEndsWithItsCell() throws Exception {
        String text = NotebookSheetReader.text(NOTEBOOK);
        assertThat(text).contains("\\end{bmatrix}$$\n\narray([[0.5 , 0.88")
                .contains("dtype=float32)\n\n## 1.3.2 Pooling layer");
    }

    @Test
    void answersAreLocatedInMarkdownAndOutputsNotInTheCode() {
        AnswerSheet sheet = sheet(NOTEBOOK);
        assertThat(sheet.readable()).isTrue();
        assertThat(sheet.team()).isEqualTo("PS 2 N");
        Map<String, Answer> answers = sheet.answers();
        assertThat(value(answers, "S")).isEqualTo("[[0.0, 2.0, 0.0, 2.0], [3.0, 2.0, 5.0, 2.0], [1.5, 7.5, 2.5, 6.5],"
                + " [3.0, 2.0, 5.0, 2.0]]");
        assertThat(answers.get("S").foundBy()).isEqualTo(FoundBy.LABEL);
        assertThat(value(answers, "A")).isEqualTo("[[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88],"
                + " [0.82, 1.0, 0.92, 1.0], [0.95, 0.88, 0.99, 0.88]]");
        assertThat(value(answers, "P")).isEqualTo("[[0.95, 0.99], [1.0, 1.0]]");
        assertThat(value(answers, "avg_stride")).isEqualTo("2.0"); // the code's "stride = 1" is not read
        assertThat(value(answers, "conv1_shape")).isEqualTo("[96.0, 55.0, 55.0]");
        // (384, 13, 13) is written only in code, its cell showing nothing but an error: never read, it is left to a
        // person, the code quoted.
        assertThat(answers.get("conv3_shape").value()).isEmpty();
        assertThat(answers.get("conv3_shape").doubt()).hasValue("cell 12's code, which shows no output, gives"
                + " 'conv3_shape = (384, 13, 13)', not read since code is never an answer: read it and score by hand");
    }

    @Test
    void aSourceIsReadTheSameAsOneStringOrAsAListOfLines(@TempDir Path folder) throws Exception {
        Path asString = folder.resolve("string.ipynb");
        Path asList = folder.resolve("list.ipynb");
        Files.writeString(asString, """
                {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# 1.5 Dimensions\\n\\nflat: 9216"},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": "print(9216)",
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": "9216\\n"}]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        Files.writeString(asList, """
                {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 1.5 Dimensions\\n", "\\n", "flat: 9216"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": ["print(9216)"],
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["9216\\n"]}]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        assertThat(NotebookSheetReader.text(asList)).isEqualTo(NotebookSheetReader.text(asString))
                .isEqualTo("# 1.5 Dimensions\n\nflat: 9216\n\n9216");
    }

    @Test
    void aMalformedNotebookIsUnreadableWithWhatIsWrong(@TempDir Path folder) throws Exception {
        assertThat(reason(folder, "truncated.ipynb", "{\"cells\": [{\"cell_type\": \"markdown\", \"sou"))
                .startsWith("the notebook is not valid JSON (").contains("line 1");
        assertThat(reason(folder, "array.ipynb", "[1, 2, 3]")).isEqualTo(
                "the file is not a Jupyter notebook (its JSON is not an object)");
        assertThat(reason(folder, "no-cells.ipynb", "{\"cells\": 3, \"nbformat\": 4}")).isEqualTo(
                "the file is not a Jupyter notebook (it has no list of cells)");
        assertThat(reason(folder, "old.ipynb", "{\"worksheets\": [], \"nbformat\": 3}")).contains("nbformat 3");
        assertThat(reason(folder, "number.ipynb", "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": 42}]}"))
                .isEqualTo("the notebook is malformed: the source of cell 1 is neither text nor a list of lines");
        assertThat(reason(folder, "type.ipynb", "{\"cells\": [{\"source\": \"x\"}, {\"cell_type\": \"slide\"}]}"))
                .isEqualTo("the notebook is malformed: cell 1 has no cell_type");
    }

    /**
     * Six megabytes of empty objects in a notebook's metadata are two million nodes of some hundred bytes each once
     * parsed: refused by their count, whatever the file's size.
     */
    @Test
    void aNotebookOfMillionsOfEmptyObjectsIsRefusedByItsTokens(@TempDir Path folder) throws Exception {
        String objects = "{}," .repeat(2_000_000);
        assertThat(reason(folder, "objects.ipynb", "{\"nbformat\": 4, \"metadata\": {\"x\": [" + objects + "{}]},"
                + " \"cells\": []}")).isEqualTo("the notebook holds more than 1000000 JSON tokens: too large or too"
                        + " slow to read (limit 1000000 JSON tokens per notebook)");
    }

    private static String reason(Path folder, String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        assertThatThrownBy(() -> NotebookSheetReader.text(file)).isInstanceOf(UnreadableException.class);
        AnswerSheet sheet = sheet(file);
        assertThat(sheet.readable()).as(name).isFalse();
        assertThat(sheet.answers()).isEmpty();
        return sheet.reason().orElseThrow();
    }

    @Test
    void aNotebookIsKnownByItsContentWhateverItsName(@TempDir Path folder) throws Exception {
        Path renamed = folder.resolve("answers.txt");
        Files.copy(NOTEBOOK, renamed);
        assertThat(SheetFormat.detect(renamed)).isEqualTo(SheetFormat.NOTEBOOK);
        assertThat(SheetFormat.detect(NOTEBOOK)).isEqualTo(SheetFormat.NOTEBOOK);
        AnswerSheet sheet = sheet(renamed);
        assertThat(sheet.notes()).contains("the file is named .txt but holds notebook; it was read as such");
        assertThat(value(sheet.answers(), "avg_stride")).isEqualTo("2.0");
        Path markdown = folder.resolve("answers.md");
        Files.writeString(markdown, "# 1.5 Dimensions\n\n```json\n{\"cells\": []}\n```\n");
        assertThat(SheetFormat.detect(markdown)).isEqualTo(SheetFormat.TEXT);
    }

    /**
     * A notebook that kept its answers in code comments ({@code # dK = [[5, 8], [1, 2]]}, {@code P = maxpool(A)  #
     * [[3, 3], [4, 5]]}) had those parts missing, graded 0 with no flag. Code is still never an answer; such a part is
     * unread, for a person to score, and only under its own name as code spells it (the P above is not the softmax p).
     */
    @Test
    void answersKeptInCodeCommentsAreFlaggedNotMissing(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "backprop", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## Problem 1 — Convolution backward"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                   "source": ["# dK = [[5, 8], [1, 2]]\\n", "# the kernel: 2x2\\n", "print(X.shape)"]},
                  {"cell_type": "markdown", "metadata": {}, "source": ["## Problem 2 — Max pooling backward"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 2, "outputs": [],
                   "source": ["P = maxpool(A)  # [[3, 3], [4, 5]]"]}
                """);

        Answer dK = answers.get("dK");
        assertThat(dK.value()).isEmpty();
        assertThat(dK.where().describe()).isEqualTo("cell 2");
        assertThat(dK.doubt()).hasValue("cell 2's code comment gives '# dK = [[5, 8], [1, 2]]', not read since code is"
                + " never an answer: read it and score by hand");
        assertThat(answers.get("P").doubt().orElseThrow())
                .contains("code comment gives 'P = maxpool(A)  # [[3, 3], [4, 5]]'");
        assertThat(answers).doesNotContainKeys("probs", "db", "S");
    }

    /**
     * A notebook that gave the padding only in the code computing it ({@code nn.Conv2d(1, 1, 2, stride=2, padding=0)
     * # windows do not overlap}) had it missing, graded 0 with no flag. It is unread, for a person to score; a number code assigns
     * ({@code stride = 2}) is so too, and a part answered in Markdown is read from there, whatever the code says.
     */
    @Test
    void aPartGivenOnlyInCodeIsFlaggedNotMissing(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "e1394-ps2", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.4 Pooling transformed into convolution\\n",
                   "\\n", "**Answer:** kernel [[0.25, 0.25], [0.25, 0.25]]."]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                   "source": ["stride = 2\\n",
                   "conv = nn.Conv2d(1, 1, 2, stride=stride, padding=0)  # windows do not overlap"]},
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.5 Dimensions of CNN layers\\n", "\\n",
                   "Flattened: 9216"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 2, "outputs": [],
                   "source": ["flat_size = 6400"]}
                """);
        Answer padding = answers.get("avg_padding");
        assertThat(padding.value()).isEmpty();
        assertThat(padding.doubt()).hasValue("cell 2's code gives 'conv = nn.Conv2d(1, 1, 2, stride=stride,"
                + " padding=0)  # windows do not overlap', not read since code is never an answer: read it and score"
                + " by hand");
        assertThat(answers.get("avg_stride").doubt().orElseThrow()).contains("cell 2's code gives 'stride = 2'");
        assertThat(answers.get("flat_size").value()).contains(new SheetValue.Numbers(
                org.cnngrader.engine.Tensor.scalar(9216)));
    }

    /**
     * A cell ending in {@code W1, b1, W2, b2} shows one tuple, {@code (array([[ 1, -1], [-1,  1]]), array([0, 0]),
     * …)}: its values were no part's, W1, b1 and W2 were missing, and xor_table took W1 by its place. Each value is
     * now read under the name the code gives it.
     */
    @Test
    void aTupleShownForSeveralNamesGivesEachValueItsName(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "cpen455-hw2", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.3\\nReLU network:"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1,
                   "source": ["W1 = np.array([[1,-1],[-1,1]]); b1 = np.array([0,0]); W2 = np.array([[1,1]]); b2 = 0\\n",
                              "W1, b1, W2, b2"],
                   "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                "data": {"text/plain": ["(array([[ 1, -1],\\n", "        [-1,  1]]),\\n",
                                                        " array([0, 0]),\\n", " array([[1, 1]]),\\n", " 0)"]}}]}
                """);

        assertThat(value(answers, "W1")).isEqualTo("[[1.0, -1.0], [-1.0, 1.0]]");
        assertThat(value(answers, "b1")).isEqualTo("[0.0, 0.0]");
        assertThat(value(answers, "W2")).isEqualTo("[[1.0, 1.0]]");
        assertThat(value(answers, "b2")).isEqualTo("0.0");
        for (String part : List.of("W1", "b1", "W2", "b2")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        }
    }

    @Test
    void aTupleIsNamedOnlyWhenItHoldsAsManyValuesAsTheLineNames() {
        assertThat(NotebookSheetReader.namedTuple("W1, b1", "(array([1, 2]), 0)"))
                .isEqualTo("W1 = array([1, 2])\nb1 = 0");
        assertThat(NotebookSheetReader.namedTuple("(a, b,)", "((1, 2), [3, 4])")).isEqualTo("a = (1, 2)\nb = [3, 4]");
        assertThat(NotebookSheetReader.namedTuple("W1, b1, W2", "(array([1, 2]), 0)")).isEqualTo("(array([1, 2]), 0)");
        assertThat(NotebookSheetReader.namedTuple("W1", "(1, 2)")).isEqualTo("(1, 2)");
        assertThat(NotebookSheetReader.namedTuple("f(a, b)", "(1, 2)")).isEqualTo("(1, 2)");
    }

    /**
     * A Markdown cell's {@code Stride: $\\cancel{2}\\ 1$}: what LaTeX strikes out is not read in a notebook either, as
     * in its PDF.
     */
    @Test
    void latexStruckOutInAMarkdownCellIsNotRead(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "e1394-ps2", """
                  {"cell_type": "markdown", "metadata": {},
                   "source": ["## 1.4 Pooling transformed into convolution\\n", "\\n", "Stride: $\\\\cancel{2}\\\\ 1$"]}
                """);
        assertThat(answers.get("avg_stride").written()).isEqualTo("1");
    }

    /**
     * A cell edited after it ran ({@code stride = 1} over {@code print(f"Stride: {stride}")}, its saved output {@code
     * Stride: 2}, as an earlier run printed it) was graded by its output, unflagged; so was a value an earlier cell sets
     * and a later one prints. The output is read, in doubt, the code's line quoted.
     */
    @Test
    void anOutputTheCodeAboveItNoLongerGivesIsFlagged(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "e1394-ps2", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.4 Pooling transformed into convolution"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 7,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Stride: 2\\n"]}],
                   "source": ["stride = 1  # the windows overlap\\n", "print(f\\\"Stride: {stride}\\\")"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 3, "outputs": [],
                   "source": ["padding = 1"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 4,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Padding: 0\\n"]}],
                   "source": ["print('Padding:', padding)"]}
                """);
        assertThat(answers.get("avg_stride").written()).isEqualTo("2");
        assertThat(answers.get("avg_stride").doubt()).hasValue("cell 2's output gives '2', but cell 2 sets 'stride ="
                + " 1': the output may be of a run before the code was changed (run the notebook again from the top)");
        assertThat(answers.get("avg_padding").written()).isEqualTo("0");
        assertThat(answers.get("avg_padding").doubt().orElseThrow()).startsWith("cell 4's output gives '0', but cell 3"
                + " sets 'padding = 1'");
    }

    /**
     * An output its code gives is no stale one: a literal printed beside an old assignment ({@code print('stride =',
     * 2)} under {@code stride = 1}), a name bound again after its literal ({@code stride = stride * 2}), a name the
     * printing cell does not use, and a value the code sets as printed.
     */
    @Test
    void anOutputItsCodeGivesIsReadWithoutADoubt(@TempDir Path folder) throws Exception {
        assertThat(sheet(NOTEBOOK).answers().get("avg_stride").doubt()).isEmpty();
        Map<String, Answer> answers = answers(folder, "e1394-ps2", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.4 Pooling transformed into convolution"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Stride: 2\\n"]}],
                   "source": ["stride = 1\\n", "stride = stride * 2\\n", "print(f\\\"Stride: {stride}\\\")"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 2,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Padding: 0\\n"]}],
                   "source": ["padding = 1  # first guess\\n", "print(\\\"Padding: 0\\\")"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 3,
                   "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                "data": {"text/plain": ["array([[0.25, 0.25],\\n", "       [0.25, 0.25]])"]}}],
                   "source": ["kernel = np.array([[0.25, 0.25], [0.25, 0.25]])\\n", "kernel"]}
                """);
        assertThat(answers.get("avg_stride").written()).isEqualTo("2");
        assertThat(answers.get("avg_padding").written()).isEqualTo("0");
        assertThat(answers.get("avg_kernel").value()).isPresent();
        for (String part : List.of("avg_stride", "avg_padding", "avg_kernel")) {
            assertThat(answers.get(part).doubt()).as(part).isEmpty();
        }
    }

    /**
     * A notebook saved with its outputs cleared, answering in code only ({@code S = F.conv2d(X, K, padding=1)}, {@code
     * P = np.array([[0.95, 0.99], [1, 1]])}), had those parts missing, graded 0 with no flag (only a number code assigns
     * was flagged; a shape or count under the part's id, {@code flat_size = 9216}, or named in a comment, {@code
     * pool1_size = (96, 27, 27)  # pool1}, was not). A part a cell that shows nothing computes, or one code gives a
     * literal, is unread, for a person to score; a value computed in a cell whose output was read is no such sign.
     */
    @Test
    void aPartOnlyCodeThatShowsNothingGivesIsFlaggedNotMissing(@TempDir Path folder) throws Exception {
        Map<String, Answer> answers = answers(folder, "e1394-ps2", """
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.3.1 Convolution layer"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [],
                   "source": ["S = F.conv2d(X, K, padding=1)\\n", "A = torch.sigmoid(S)"]},
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.3.2 Pooling layer"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 2,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["done\\n"]}],
                   "source": ["P = np.array([[0.95, 0.99], [1, 1]])\\n", "print('done')"]},
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1.5 Dimensions of CNN layers"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [],
                   "source": ["pool1_size = (96, 27, 27)  # pool1\\n", "flat_size = 9216"]}
                """);
        Answer convolved = answers.get("S");
        assertThat(convolved.value()).isEmpty();
        assertThat(convolved.problem()).hasValue("code is never read as an answer: print the value (run the cell and"
                + " save the notebook with its outputs), or write it in a Markdown cell");
        assertThat(convolved.doubt()).hasValue("cell 2's code, which shows no output, gives 'S = F.conv2d(X, K,"
                + " padding=1)', not read since code is never an answer: read it and score by hand");
        assertThat(answers.get("A").doubt().orElseThrow()).startsWith("cell 2's code, which shows no output, gives 'A =");
        assertThat(answers.get("P").doubt().orElseThrow()).startsWith("cell 4's code gives 'P = np.array(");
        // Code names a part by its id, or by a label or layer's name in the comment after it.
        assertThat(answers.get("pool1_shape").doubt().orElseThrow()).startsWith("cell 6's code, which shows no"
                + " output, gives 'pool1_size = (96, 27, 27)  # pool1'");
        assertThat(answers.get("flat_size").doubt().orElseThrow()).startsWith("cell 6's code gives 'flat_size ="
                + " 9216'");
    }

    /** The answers read from a notebook of {@code cells} (nbformat 4's JSON objects) against a bundled rubric. */
    private static Map<String, Answer> answers(Path folder, String rubric, String cells) throws Exception {
        SheetSpec spec = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/" + rubric + ".yaml")));
        Path notebook = folder.resolve("sheet.ipynb");
        Files.writeString(notebook, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [\n"
                + cells + "]}\n");
        return new NotebookSheetReader().read(notebook, "sheet.ipynb", spec).get(0).answers();
    }
}
