package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSheetReaderTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    private static final String STRUCK = """
            ## 1.4 Pooling transformed into convolution

            The kernel is [[0.25, 0.25], [0.25, 0.25]].

            The stride is ~~2~~ 1.
            """;

    /**
     * "The stride is ~~2~~ 1." in Markdown: the struck-out 2 hid the student's 1, and the stride was missing,
     * unflagged. Struck text is not read, and a note says so; in LaTeX, where a tilde is a space, it is read.
     */
    @Test
    void markdownStruckThroughIsNotRead(@TempDir Path folder) throws Exception {
        Path markdown = Files.writeString(folder.resolve("answers.md"), STRUCK);
        AnswerSheet sheet = new TextSheetReader().read(markdown, "answers.md", SPEC).get(0);
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("1");
        assertThat(sheet.notes()).contains("text struck through (~~…~~) was not read");

        List<String> notes = new ArrayList<>();
        assertThat(TextSheetReader.withoutStruckText("a ~~b~~ c ~~ d ~~", notes)).isEqualTo("a       c ~~ d ~~");
        assertThat(TextSheetReader.withoutStruckText("~~~\ncode\n~~~", notes)).isEqualTo("~~~\ncode\n~~~");

        Path latex = Files.writeString(folder.resolve("answers.tex"), "The stride is~~2.\n");
        assertThat(new TextSheetReader().read(latex, "answers.tex", SPEC).get(0).notes())
                .noneMatch(note -> note.contains("struck"));
    }

    /**
     * {@code stride: \\sout{2} 1} on a line opening with the kernel, in LaTeX: the stride was missing, unflagged, and
     * {@code $\\cancel{2}\\ 1$} in Markdown unreadable. What LaTeX strikes out is not read, as in its PDF, and a note
     * says so.
     */
    @Test
    void latexStruckOutIsNotRead(@TempDir Path folder) throws Exception {
        Path latex = Files.writeString(folder.resolve("answers.tex"), """
                \\subsection*{1.4 Pooling transformed into convolution}
                $K = \\frac{1}{4}\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$, stride: \\sout{2} 1, padding: 0.
                """);
        AnswerSheet sheet = new TextSheetReader().read(latex, "answers.tex", SPEC).get(0);
        assertThat(sheet.answers().get("avg_stride").written()).isEqualTo("1");
        assertThat(sheet.notes()).contains("text struck through (\\sout{…}, \\cancel{…}) was not read");
        Path markdown = Files.writeString(folder.resolve("answers.md"), """
                ## 1.4 Pooling transformed into convolution

                Stride: $\\cancel{2}\\ 1$
                """);
        assertThat(new TextSheetReader().read(markdown, "answers.md", SPEC).get(0).answers().get("avg_stride")
                .written()).isEqualTo("1");

        List<String> notes = new ArrayList<>();
        assertThat(TextSheetReader.withoutStruckLatex("a \\st{b {c}} d \\stackrel{x}{y} \\sout{e", notes))
                .isEqualTo("a" + " ".repeat(12) + "d \\stackrel{x}{y} \\sout{e");
    }

    /** A command that only sets its argument is opened in place: the value stands in the same columns, unwrapped. */
    @Test
    void aSettingCommandIsOpenedKeepingTheColumns() {
        String text = "x \\textbf{9216} \\multicolumn{2}{c}{7} \\frac{1}{4}";
        String opened = TextSheetReader.withoutSetting(text);
        assertThat(opened).hasSameSizeAs(text);
        assertThat(opened.indexOf("9216")).isEqualTo(text.indexOf("9216"));
        assertThat(opened.replaceAll("\\s+", " ")).isEqualTo("x 9216 7 \\frac{1}{4}");
    }

    /**
     * An answer set in colour, typewriter, sans-serif, a highlight or an operator's name, by a command or by a switch
     * opening its group ({@code \\textcolor{red}{2}}, {@code {\\bf 9216}}, {@code $\\color{red} 2$}), was unreadable,
     * and a shape so set lost its first side ({@code \\texttt{96 \\times 55 \\times 55}} read 55 × 55).
     */
    @Test
    void anAnswerSetInColourOrTypewriterWasUnreadable(@TempDir Path folder) throws Exception {
        for (String setting : List.of("\\texttt{X}", "\\operatorname{X}", "\\textcolor{red}{X}",
                "\\textcolor[rgb]{1,0,0}{X}", "\\colorbox{yellow}{X}", "\\fcolorbox{red}{yellow}{X}", "\\hl{X}",
                "\\mathsf{X}", "\\textsf{X}", "\\mathtt{X}", "\\textnormal{X}", "\\framebox{X}", "{\\bf X}",
                "{\\color{red} X}", "\\color{red} X", "\\textbf{\\textcolor{red}{X}}", "{ \\Large \\textbf{X} }")) {
            Path markdown = Files.writeString(folder.resolve("answers.md"), String.join("\n",
                    "## 1.4 Pooling transformed into convolution", "",
                    "Stride: $" + setting.replace("X", "2") + "$", "",
                    "## 1.5 Dimensions of CNN layers", "",
                    "Conv1: $" + setting.replace("X", "96 \\times 55 \\times 55") + "$", "",
                    "Flattened: " + setting.replace("X", "9216"), ""));
            var answers = new TextSheetReader().read(markdown, "answers.md", SPEC).get(0).answers();
            assertThat(answers.get("avg_stride").value()).as(setting)
                    .contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.scalar(2)));
            assertThat(answers.get("conv1_shape").value()).as(setting)
                    .contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.vector(96, 55, 55)));
            assertThat(answers.get("flat_size").value()).as(setting)
                    .contains(new SheetValue.Numbers(org.cnngrader.engine.Tensor.scalar(9216)));
        }
        String text = "a {\\bf 2} b \\textcolor{red}{3} {x} \\color{blue}4";
        String opened = TextSheetReader.withoutSetting(text);
        assertThat(opened).hasSameSizeAs(text);
        assertThat(opened.indexOf('3')).isEqualTo(text.indexOf('3'));
        assertThat(opened.replaceAll("\\s+", " ")).isEqualTo("a 2 b 3 {x} 4");
    }

    /**
     * An answer typed in full-width forms ({@code flatten ＝ ９２１６}, {@code Ｓ ＝ ［［…］］}, as an East Asian input
     * method types them) was missing, unflagged; after an ASCII sign it was unreadable. Each is read as its ASCII.
     */
    @Test
    void anAnswerInFullWidthFormsWasMissing(@TempDir Path folder) throws Exception {
        Path markdown = Files.writeString(folder.resolve("answers.md"), "## 1.3.1 Convolution layer\n\n"
                + "\uFF33 \uFF1D \uFF3B\uFF3B\uFF11, \uFF12\uFF3D, \uFF3B\uFF13, \uFF14\uFF3D\uFF3D\n\n"
                + "## 1.5 Dimensions of CNN layers\n\nflatten \uFF1D \uFF19\uFF12\uFF11\uFF16\n");
        var answers = new TextSheetReader().read(markdown, "answers.md", SPEC).get(0).answers();
        assertThat(answers.get("S").value().orElseThrow().toString()).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
        assertThat(answers.get("flat_size").value().orElseThrow().toString()).isEqualTo("9216.0");
        assertThat(answers.get("flat_size").foundBy()).isEqualTo(FoundBy.LABEL);
    }

    /**
     * A dictionary printed on one line ({@code {'conv1': (96, 55, 55), 'flatten': 9216}}, a notebook's
     * {@code print(shapes)}, or a JSON line): the layers were found by their values alone, flagged, and the flattened
     * length was missing, unflagged. Its keys label its values; braces elsewhere ({@code {\\bf 2}}) are left.
     */
    @Test
    void aDictionaryOnOneLineLostItsKeys(@TempDir Path folder) throws Exception {
        for (String dictionary : List.of("{'conv1': (96, 55, 55), 'pool1': (96, 27, 27), 'flatten': 9216}",
                "{\"conv1\": [96, 55, 55], \"pool1\": [96, 27, 27], \"flatten\": 9216}")) {
            Path markdown = Files.writeString(folder.resolve("answers.md"),
                    "## 1.5 Dimensions of CNN layers\n\n```\n" + dictionary + "\n```\n");
            var answers = new TextSheetReader().read(markdown, "answers.md", SPEC).get(0).answers();
            for (String part : List.of("conv1_shape", "pool1_shape", "flat_size")) {
                assertThat(answers.get(part).foundBy()).as(dictionary + " " + part).isEqualTo(FoundBy.LABEL);
            }
            assertThat(answers.get("flat_size").written()).isEqualTo("9216");
        }
        String text = "{'a': 1, \"b c\": 2}\nx {'d': 3} y\n{\\bf 2}";
        String opened = TextSheetReader.withDictionaryKeysAsLabels(text);
        assertThat(opened).hasSameSizeAs(text);
        assertThat(opened.lines().toList()).containsExactly("  a : 1,  b c : 2 ", "x {'d': 3} y", "{\\bf 2}");
    }

    /**
     * A Markdown file's layers in an HTML list ({@code markdown-html/html-lists.md}, {@code <li>conv1: 96 × 55 × 55</li>})
     * and its flattened length in {@code <details>} were found by their values alone, flagged; a figure's width was a
     * value of its question.
     */
    @Test
    void answersInHtmlListsWereFoundOnlyByTheirValues() throws Exception {
        var answers = new TextSheetReader().read(Path.of("src/test/resources/markdown-html/html-lists.md"),
                "html-lists.md", SPEC).get(0).answers();
        for (String part : List.of("avg_stride", "avg_padding", "conv1_shape", "pool1_shape", "flat_size")) {
            assertThat(answers.get(part).foundBy()).as(part).isEqualTo(FoundBy.LABEL);
        }
        assertThat(answers.get("conv1_shape").value()).contains(new SheetValue.Numbers(
                org.cnngrader.engine.Tensor.vector(96, 55, 55)));
        assertThat(answers.get("flat_size").written()).isEqualTo("9216");
    }

    /**
     * A Markdown file's answers in HTML tables ({@code markdown-html/html-table.md}), rows on one line or over several:
     * every value was found by its value alone, flagged, a layer's row as any row of its shape.
     */
    @Test
    void answersInAnHtmlTableWereFoundOnlyByTheirValues() throws Exception {
        var answers = new TextSheetReader().read(Path.of("src/test/resources/markdown-html/html-table.md"),
                "html-table.md", SPEC).get(0).answers();
        assertThat(answers.get("avg_stride").written()).isEqualTo("2");
        assertThat(answers.get("avg_padding").written()).isEqualTo("0");
        assertThat(answers.get("conv1_shape").value()).contains(new SheetValue.Numbers(
                org.cnngrader.engine.Tensor.vector(96, 55, 55)));
        assertThat(answers.get("pool3_shape").value()).contains(new SheetValue.Numbers(
                org.cnngrader.engine.Tensor.vector(256, 6, 6)));
        assertThat(answers.get("flat_size").written()).isEqualTo("9216");
        assertThat(answers.values()).allSatisfy(answer -> assertThat(answer.foundBy()).as(answer.partId())
                .isEqualTo(FoundBy.LABEL));
        // Each answer where its row starts in the file: a row written over several lines is one, the lines after it
        // keep their numbers.
        assertThat(answers.get("conv1_shape").where().line()).isEqualTo(21);
        assertThat(answers.get("pool1_shape").where().line()).isEqualTo(25);
        assertThat(answers.get("flat_size").where().line()).isEqualTo(35);
    }

    /**
     * In LaTeX's aligning environments an odd-numbered {@code &} of a row only aligns, an even-numbered one parts two
     * equations: blanked and made a semicolon, each in its column. A matrix's cells inside, an escaped {@code \\&}, a
     * table's cells, and an environment never closed keep theirs.
     */
    @Test
    void anAlignedRowIsWrittenAsItsEquationsKeepingTheColumns() {
        String text = """
                \\begin{align*}
                a &= 1 & b &= 2 \\\\
                K &= \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} & c \\& d &: 3
                \\end{align*}
                \\begin{alignat}{2} x &= 1 & y &= 2 \\end{alignat}
                \\begin{tabular}{ll} conv1 & 96 \\end{tabular}
                \\begin{aligned} e &= 5 & f &= 6
                """;
        String apart = TextSheetReader.withEquationsApart(text);
        assertThat(apart).hasSameSizeAs(text);
        assertThat(apart.lines().toList()).containsExactly(
                "\\begin{align*}",
                "a  = 1 ; b  = 2 \\\\",
                "K  = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} ; c \\& d  : 3",
                "\\end{align*}",
                "\\begin{alignat}{2} x  = 1 ; y  = 2 \\end{alignat}",
                "\\begin{tabular}{ll} conv1 & 96 \\end{tabular}",
                "\\begin{aligned} e &= 5 & f &= 6");
    }

    /**
     * Markdown's footnotes: each defined one with the line its mark first stands on, its definition and the indented
     * lines after it, the definition's {@code [^s]:} blanked out; a mark without a definition, and a definition
     * without a mark, are none.
     */
    @Test
    void aMarkdownFootnoteIsKnownByTheLineItsMarkStandsOn() {
        Document document = TextSheetReader.document("""
                Stride: see the footnote.[^s]
                Padding: 0[^x]
                [^s]: 2, as the windows
                    must not overlap.
                [^lost]: 3
                after
                """, "answers.md");

        assertThat(document.footnotes()).containsExactly(new Document.Footnote("s", 0, 2, 4));
        assertThat(document.lines().get(2).text()).isEqualTo("      2, as the windows");
        assertThat(document.lines().get(4).text()).isEqualTo("[^lost]: 3");
    }
}
