package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML of a Markdown text rendered as its page shows it, every other character in its column. */
class MarkdownHtmlTest {

    private static String shown(String text, List<String> notes) {
        String shown = MarkdownHtml.asShown(text, notes);
        assertThat(shown).as(text).hasSameSizeAs(text);
        return shown;
    }

    @Test
    void tagsThatSetTheirTextAreBlanked() {
        List<String> notes = new ArrayList<>();
        String text = "Stride: <font color='red'>2</font>, <SPAN style=\"color: blue\"><b>0</b></SPAN> <code>x</code>";
        String shown = shown(text, notes);
        assertThat(shown.indexOf('2')).isEqualTo(text.indexOf('2'));
        assertThat(shown.replaceAll("\\s+", " ")).isEqualTo("Stride: 2 , 0 x ");
        assertThat(notes).isEmpty();
    }

    @Test
    void aListsItemsAreBulletsAndAFiguresSizeIsNoValue() {
        String shown = shown("<ol>\n<li>conv1: 96</li>\n<LI class=\"x\">pool1: 27</li>\n</ol>\n"
                + "<p align=\"center\"><img src=\"fig2.png\" width=\"300\"/></p>", new ArrayList<>());
        assertThat(shown.lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList())
                .containsExactly("", "- conv1: 96", "- pool1: 27", "", "");
    }

    @Test
    void subAndSuperscriptsAndOtherAngleBracketsAreLeft() {
        String text = "55<sup>2</sup>, a < b > c, x_<sub>1</sub>";
        assertThat(shown(text, new ArrayList<>())).isEqualTo(text);
    }

    @Test
    void textStruckThroughIsBlankedAndNoted() {
        List<String> notes = new ArrayList<>();
        String shown = shown("Padding: <del>1</del> 0; <s>3</s> <strike>4</strike>"
                + " <span style=\"text-decoration: line-through\">5</span> 6", notes);
        assertThat(shown.replaceAll("\\s+", " ")).isEqualTo("Padding: 0; 6");
        assertThat(notes).containsExactly("4 pieces of text struck through (<del>…</del>) were not read");
    }

    /**
     * {@code <!-- H3: 18432 (before the group discussion) -->} over the team's {@code H3: 18423}: the page does not show
     * it, and the comment's value was graded as the team's (correct, unflagged), the answer below passed over. A
     * comment, on one line or several, is blanked, its line breaks kept, and noted; an unclosed one is left.
     */
    @Test
    void anHtmlCommentIsBlankedAndNoted() {
        List<String> notes = new ArrayList<>();
        String shown = shown("<!-- H3: 18432 -->\nH3: 18423 <!-- was\n9600 -->\nH4: 512 <!-- 513", notes);
        assertThat(shown.lines().map(String::strip).toList()).containsExactly("", "H3: 18423", "", "H4: 512 <!-- 513");
        assertThat(notes).containsExactly("2 HTML comments (<!-- … -->), which the page does not show, were not read");
    }

    @Test
    void aLineBreakBreaksTheLineOutsideATablesRow() {
        String shown = shown("conv1: 1<br>pool1: 2<br/>x<BR />\n| a<br>b | c |\n  | d<br>e |", new ArrayList<>());
        assertThat(shown.split("\n")[0]).isEqualTo("conv1: 1" + MarkdownHtml.LINE_BREAK + "   pool1: 2"
                + MarkdownHtml.LINE_BREAK + "    x" + MarkdownHtml.LINE_BREAK + "     ");
        assertThat(shown.split("\n")[1]).isEqualTo("| a    b | c |");
        assertThat(shown.split("\n")[2]).isEqualTo("  | d    e |");
    }

    @Test
    void entitiesOfSpacesAndSignsAreTheirCharacters() {
        String shown = shown("96 &times; 55&nbsp;&times;&nbsp;55, a &lt;b&gt; &amp; &copy;", new ArrayList<>());
        assertThat(shown.replaceAll("\\s+", " ")).isEqualTo("96 × 55 × 55, a < b> & &copy;");
    }

    @Test
    void anHtmlTablesRowIsAMarkdownRowOnOneLine() {
        String shown = shown("<table>\n<tr><td>conv1</td><td>96</td></tr>\n<TR>\n  <td class=\"x\">pool1</td>\n  <td>27</td>\n"
                + "</tr>\n</table>", new ArrayList<>());
        String[] lines = shown.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isBlank();
        assertThat(lines[3]).isBlank();
        assertThat(lines[1].replaceAll("\\s+", " ")).isEqualTo(" | conv1 | 96 | ");
        assertThat(lines[2].chars().filter(character -> character == MarkdownHtml.LINE_GOING_ON)).hasSize(3);
        assertThat(lines[2].replace(MarkdownHtml.LINE_GOING_ON, ' ').replaceAll("\\s+", " ")).isEqualTo(" | pool1 | 27 | ");
    }
}
