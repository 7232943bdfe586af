package org.cnngrader.sheet;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Word documents ({@code .docx}) through POI's XWPF as a free-form document: the body's
 * paragraphs and tables in order (headers, footers and comments never hold answers), located as
 * any text document ({@link Locator}).
 *
 * <ul>
 *   <li>The text is what the page shows: content controls and tracked insertions stand for what they hold; tracked
 *       deletions, hidden and struck-through runs are not there.
 *   <li>A paragraph is one line; a line break inside it ({@code Shift+Enter}) starts another.
 *   <li>A table row is one line, its cells separated by tabs, so a matrix typed as a table reads as
 *       rows of numbers and a table of layers as one layer per line. A blank line after a table
 *       ends it (a matrix in the next paragraph is another); none before it, so that the label in
 *       the paragraph above ({@code S =}) stays next to its matrix.
 *   <li>An equation (OMML, {@code m:oMath}) is written out as the LaTeX the value grammar reads: its
 *       text runs as they are, a matrix ({@code m:m}) as a {@code bmatrix} environment (so its own
 *       delimiters bound it, and a matrix beside another never merges with it), a fraction as
 *       {@code \frac{a}{b}}, scripts as {@code ^{…}} and {@code _{…}}. POI has no model of OMML,
 *       so the equation's XML is walked as XWPF holds it.
 * </ul>
 */
public final class DocxSheetReader implements SheetReader {

    /** The largest document read, in bytes (pictures make documents large). */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static final String COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * Word elements that stand for what they hold, in the body as in an equation: a tracked insertion or move there,
     * custom XML. (A tracked deletion or move away holds what is no longer there.)
     */
    private static final Set<String> WRAPPERS = Set.of("ins", "moveTo", "customXml");

    static {
        // The same bounds as for workbooks (XlsxSheetReader): zip bombs are refused before they inflate.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
    }

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        return List.of(Locator.locate(TextSheetReader.document(text(file), source), spec, new ArrayList<>()));
    }

    /**
     * The document's body as text: paragraphs and table rows, one per line, equations in LaTeX.
     *
     * @throws UnreadableException when the file is not a Word document or cannot be opened
     */
    static String text(Path file) throws UnreadableException {
        TextFiles.checkSize(file, MAX_BYTES, "document");
        OfficeXml.checkSize(file, "document");
        try (OPCPackage container = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument document = new XWPFDocument(container)) {
            List<String> lines = new ArrayList<>();
            WordNumbering numbering = new WordNumbering(document);
            body(document, numbering, lines);
            footnotes(document, numbering, lines);
            return String.join("\n", lines);
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableException("the document is password-protected; save it without a password", encrypted);
        } catch (NotOfficeXmlFileException notWord) {
            throw new UnreadableException("the file is not a .docx Word document (a password-protected document or an"
                    + " old .doc?); save it as .docx without a password", notWord);
        } catch (InvalidFormatException | IOException | RuntimeException corrupt) {
            throw new UnreadableException("the document cannot be opened (" + UnreadableException.plain(corrupt, file)
                    + ")", corrupt);
        }
    }

    /**
     * The body's blocks as lines, in order, walked as its XML: POI's model leaves out what a content control
     * ({@code w:sdt}) holds around a table's rows or cells and reads one around paragraphs as plain text, without its
     * equations; answer templates are made of content controls. Word numbers the body's own paragraphs.
     */
    private static void body(XWPFDocument document, WordNumbering numbering, List<String> lines) {
        Map<Node, XWPFParagraph> numbered = new IdentityHashMap<>();
        document.getParagraphs().forEach(paragraph -> numbered.put(paragraph.getCTP().getDomNode(), paragraph));
        blocks(document.getDocument().getBody().getDomNode(), numbered, numbering, lines);
    }

    /** A footnote's mark as {@link #text} writes it, by Word's id for the footnote: {@code [^w25]}. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^w(-?\\d{1,9})\\]");

    /**
     * The document's footnotes written as Markdown's: each mark numbered in the order the marks stand, as Word prints
     * them ({@code Stride: see the footnote.[^1]}), and the footnotes' text after the body ({@code [^1]: 1, as in the
     * lecture}), where the Markdown reader finds them (as pandoc converts a Word document).
     */
    private static void footnotes(XWPFDocument document, WordNumbering numbering, List<String> lines) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            Matcher mark = FOOTNOTE_MARK.matcher(lines.get(index));
            StringBuilder marked = new StringBuilder();
            while (mark.find()) {
                String number = numbers.computeIfAbsent(mark.group(1), id -> String.valueOf(numbers.size() + 1));
                mark.appendReplacement(marked, Matcher.quoteReplacement("[^" + number + "]"));
            }
            lines.set(index, mark.appendTail(marked).toString());
        }
        numbers.forEach((id, number) -> {
            XWPFFootnote footnote = document.getFootnoteByID(Integer.parseInt(id));
            if (footnote != null) {
                List<String> text = new ArrayList<>();
                blocks(footnote.getCTFtnEdn().getDomNode(), new IdentityHashMap<>(), numbering, text);
                lines.add("");
                lines.add("[^" + number + "]: " + String.join(" ", text.stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList()));
            }
        });
    }

    /** The paragraphs and tables among a node's children, through content controls and tracked insertions. */
    private static void blocks(Node parent, Map<Node, XWPFParagraph> numbered, WordNumbering numbering,
            List<String> lines) {
        for (Element element : wordChildren(parent)) {
            switch (element.getLocalName()) {
                case "p" -> {
                    XWPFParagraph paragraph = numbered.get(element);
                    // Word writes a numbered heading's "1.2" from the document's numbering, not from the text.
                    String label = paragraph == null ? "" : numbering.label(paragraph);
                    String text = label + paragraph(element);
                    int level = paragraph == null || text.isBlank() ? -1 : outlineLevel(paragraph);
                    // A heading is marked as Markdown's, as the page sets it apart: "## 1.5 Dimensions of CNN layers".
                    lines.addAll(List.of(((level >= 0 ? "#".repeat(Math.min(level, 5) + 1) + " " : "") + text)
                            .split("\n", -1)));
                }
                case "tbl" -> {
                    table(element, lines);
                    lines.add("");
                }
                default -> {
                }
            }
        }
    }

    /**
     * How deep a paragraph heads the document: the outline level Word's headings carry (0 for Heading 1), its own or
     * its style's or that style's base's, whatever the styles are named in the document's language; −1 for body text.
     */
    private static int outlineLevel(XWPFParagraph paragraph) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getOutlineLvl() != null) {
            return level(own.getOutlineLvl().getVal());
        }
        org.apache.poi.xwpf.usermodel.XWPFStyles styles = paragraph.getDocument().getStyles();
        String styleId = paragraph.getStyleID();
        // A style's base, and its base, at most a few deep: a chain of styles may loop.
        for (int depth = 0; styles != null && styleId != null && depth < 5; depth++) {
            org.apache.poi.xwpf.usermodel.XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral properties = style.getCTStyle()
                    .getPPr();
            if (properties != null && properties.getOutlineLvl() != null) {
                return level(properties.getOutlineLvl().getVal());
            }
            styleId = style.getBasisStyleID();
        }
        return -1;
    }

    /** An outline level as Word counts them, 0 to 8; 9 is body text. */
    private static int level(BigInteger value) {
        return value == null || value.signum() < 0 || value.compareTo(BigInteger.valueOf(8)) > 0 ? -1
                : value.intValue();
    }

    /**
     * A table's rows as lines, cells apart by tabs; rows and cells are found through content controls around them
     * (a repeating section's rows, a control per cell).
     */
    private static void table(Element table, List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : wordChildren(table)) {
            if (!"tr".equals(row.getLocalName())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : wordChildren(row)) {
                if ("tc".equals(cell.getLocalName())) {
                    List<String> cellLines = new ArrayList<>();
                    blocks(cell, Map.of(), null, cellLines);
                    cells.add(String.join(" ", cellLines).replaceAll("\\s*\\n\\s*", " ").strip());
                }
            }
            rows.add(cells);
        }
        for (List<String> cells : withoutBracketColumns(rows)) {
            lines.add(String.join("\t", cells));
        }
    }

    /** A matrix's bracket drawn in a table: its own column, or its pieces, or a cell merged down the rows. */
    private static final Pattern BRACKET = Pattern.compile("[\\[\\]()|\u2016{}\u23a1-\u23ad]");

    /**
     * A table's rows without the columns that only draw a matrix's brackets: a cell of "[" merged down the rows
     * ({@code w:vMerge}) and empty below, or a bracket's piece in each row ({@code ⎡ ⎢ ⎣}). The rows read as the matrix
     * they hold, not as a first row that opens a bracket no later row closes.
     */
    private static List<List<String>> withoutBracketColumns(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> kept = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            boolean bracket = false;
            boolean other = false;
            for (List<String> cells : rows) {
                String cell = column < cells.size() ? cells.get(column) : "";
                if (BRACKET.matcher(cell).matches()) {
                    bracket = true;
                } else if (!cell.isEmpty()) {
                    other = true;
                }
            }
            if (!bracket || other || rows.size() < 2) {
                kept.add(column);
            }
        }
        if (kept.size() == columns) {
            return rows;
        }
        List<List<String>> without = new ArrayList<>();
        for (List<String> cells : rows) {
            without.add(kept.stream().filter(column -> column < cells.size()).map(cells::get).toList());
        }
        return without;
    }

    /**
     * A node's Word elements as a reader sees them: a content control ({@code w:sdt}), custom XML and a tracked
     * insertion or move stand for what they hold; a tracked deletion or move away is not there.
     */
    private static List<Element> wordChildren(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !WORD.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "sdt" -> {
                    Element content = wordChild(element, "sdtContent");
                    if (content != null) {
                        found.addAll(wordChildren(content));
                    }
                }
                case "del", "moveFrom" -> {
                }
                default -> {
                    if (WRAPPERS.contains(element.getLocalName())) {
                        found.addAll(wordChildren(element));
                    } else {
                        found.add(element);
                    }
                }
            }
        }
        return found;
    }

    private static Element wordChild(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner && WORD.equals(inner.getNamespaceURI())
                    && name.equals(inner.getLocalName())) {
                return inner;
            }
        }
        return null;
    }

    /**
     * Whether a run is out of sight or crossed out: hidden ({@code w:vanish}) or struck through ({@code w:strike},
     * {@code w:dstrike}). A student strikes out the answer replaced, and a person reading the page does not see
     * hidden text; neither is the answer.
     */
    private static boolean unseen(Element run) {
        Element properties = wordChild(run, "rPr");
        if (properties == null) {
            return false;
        }
        for (String name : List.of("vanish", "strike", "dstrike")) {
            Element property = wordChild(properties, name);
            if (property != null && !List.of("0", "false", "off").contains(property.getAttributeNS(WORD, "val"))) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph's text, its line breaks kept, its equations in LaTeX. */
    private static String paragraph(Node paragraph) {
        StringBuilder text = new StringBuilder();
        contents(paragraph, text);
        return text.toString();
    }

    /** The text of a node of a paragraph (runs, hyperlinks, fields, insertions, text boxes, equations). */
    private static void text(Node node, StringBuilder text) {
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.getLocalName();
        if (MATH.equals(element.getNamespaceURI())) {
            text.append(math(element));
            return;
        }
        if (COMPATIBILITY.equals(element.getNamespaceURI()) && "Fallback".equals(name)) {
            return; // the same content again, for older readers
        }
        if (!WORD.equals(element.getNamespaceURI())) {
            contents(element, text);
            return;
        }
        switch (name) {
            case "r" -> {
                if (!unseen(element)) {
                    contents(element, text);
                }
            }
            case "t" -> text.append(characters(element));
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            case "sym" -> text.append(symbol(element));
            case "footnoteReference" -> text.append("[^w").append(element.getAttributeNS(WORD, "id")).append(']');
            case "pPr", "rPr", "delText", "instrText", "del", "moveFrom", "endnoteReference",
                    "commentReference", "sdtPr", "sdtEndPr" -> {
                // formatting, deleted text and field codes are not what the reader sees
            }
            case "p" -> {
                contents(element, text);
                text.append('\n');
            }
            default -> contents(element, text);
        }
    }

    /** What Word's Insert › Symbol puts in a run ({@code w:sym}), for the signs of arithmetic in the Symbol font. */
    private static String symbol(Element symbol) {
        String font = symbol.getAttributeNS(WORD, "font");
        String code = symbol.getAttributeNS(WORD, "char").toUpperCase(Locale.ROOT);
        if (!font.equalsIgnoreCase("Symbol")) {
            return "";
        }
        // The Symbol font's private-use codes (F000 + its own code) for minus, plus, equals, times and the dot.
        return switch (code.startsWith("F0") ? code.substring(2) : code) {
            case "2D" -> "\u2212";
            case "2B" -> "+";
            case "3D" -> "=";
            case "B4" -> "\u00d7";
            case "D7" -> "\u00b7";
            default -> "";
        };
    }

    private static void contents(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            text(child, text);
        }
    }

    /** An OMML element as LaTeX. */
    private static String math(Element element) {
        String name = element.getLocalName();
        return switch (name) {
            case "t" -> characters(element);
            case "oMathPara" -> String.join("\n", childTexts(element, "oMath"));
            case "m" -> alignedEquations(element).orElseGet(() -> matrix(element));
            case "d" -> delimited(element);
            case "f" -> "\\frac{" + mathOf(child(element, "num")) + "}{" + mathOf(child(element, "den")) + "}";
            case "sSup" -> mathOf(child(element, "e")) + "^{" + mathOf(child(element, "sup")) + "}";
            case "sSub" -> mathOf(child(element, "e")) + "_{" + mathOf(child(element, "sub")) + "}";
            case "sSubSup" -> mathOf(child(element, "e")) + "_{" + mathOf(child(element, "sub")) + "}^{"
                    + mathOf(child(element, "sup")) + "}";
            case "rad" -> {
                String degree = mathOf(child(element, "deg"));
                yield "\\sqrt" + (degree.isBlank() ? "" : "[" + degree + "]") + "{" + mathOf(child(element, "e")) + "}";
            }
            case "eqArr" -> String.join("\n", childTexts(element, "e"));
            default -> name.endsWith("Pr") ? "" : mathOf(element);
        };
    }

    /** The LaTeX of an element's children, concatenated. */
    private static String mathOf(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Element inner : mathChildren(element, true)) {
            text.append(math(inner));
        }
        return text.toString();
    }

    /**
     * The math elements among an element's children, as a reader sees them: through a tracked insertion or move
     * ({@code w:ins} around a matrix's entry typed with Track Changes on), without a tracked deletion, a hidden or
     * struck-through run, and, unless {@code properties}, without properties.
     */
    private static List<Element> mathChildren(Element element, boolean properties) {
        List<Element> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element inner)) {
                continue;
            }
            if (WORD.equals(inner.getNamespaceURI()) && WRAPPERS.contains(inner.getLocalName())) {
                found.addAll(mathChildren(inner, properties));
            } else if (MATH.equals(inner.getNamespaceURI()) && (properties || !inner.getLocalName().endsWith("Pr"))
                    && !("r".equals(inner.getLocalName()) && unseen(inner))) {
                found.add(inner);
            }
        }
        return found;
    }

    /** The signs that open the second column of aligned equations ({@code a &= b}, {@code \\text{conv1} &: …}). */
    private static final String RELATIONS = "=<>≤≥≈≠:";

    /**
     * Equations aligned at their relation signs, one line each: a matrix without brackets whose rows' second cells each
     * open with a relation sign, as Word and pandoc set LaTeX's {@code split} and {@code aligned} ({@code 2BNHWCK^2 -
     * BNHW &> 2BHWCK^2 - …}). As a {@code bmatrix} its formulas were entries of a matrix and answered nothing. Empty
     * when the matrix is no such alignment. A row of two equations ({@code conv1 &: 96×55×55 & pool1 &: 96×27×27})
     * parts them with a semicolon, as the text reader parts an {@code aligned} row's.
     */
    private static Optional<String> alignedEquations(Element matrix) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : children(matrix, "mr")) {
            List<String> cells = childTexts(row, "e");
            if (cells.size() < 2 || cells.get(1).isEmpty() || RELATIONS.indexOf(cells.get(1).charAt(0)) < 0) {
                return Optional.empty();
            }
            rows.add(cells);
        }
        List<String> lines = new ArrayList<>();
        for (List<String> cells : rows) {
            StringBuilder line = new StringBuilder();
            for (int cell = 0; cell < cells.size(); cell++) {
                line.append(cell == 0 ? "" : cell % 2 == 0 ? " ; " : " ").append(cells.get(cell));
            }
            lines.add(line.toString().strip());
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** A matrix: rows {@code m:mr} of cells {@code m:e}, as a {@code bmatrix} environment. */
    private static String matrix(Element matrix) {
        List<String> rows = new ArrayList<>();
        for (Element row : children(matrix, "mr")) {
            rows.add(String.join(" & ", childTexts(row, "e")));
        }
        return "\\begin{bmatrix} " + String.join(" \\\\ ", rows) + " \\end{bmatrix}";
    }

    /**
     * A delimited expression: its parts between its opening and closing characters, separated by its
     * separator. A matrix alone in brackets is the matrix: its environment already stands for them.
     */
    private static String delimited(Element delimiter) {
        List<Element> parts = children(delimiter, "e");
        if (parts.size() == 1) {
            List<Element> inside = elements(parts.get(0));
            if (inside.size() == 1 && "m".equals(inside.get(0).getLocalName())) {
                return matrix(inside.get(0));
            }
        }
        Element properties = child(delimiter, "dPr");
        String open = property(properties, "begChr", "(");
        String close = property(properties, "endChr", ")");
        String separator = property(properties, "sepChr", "|");
        List<String> texts = new ArrayList<>();
        parts.forEach(part -> texts.add(mathOf(part)));
        return open + String.join(separator, texts) + close;
    }

    private static String property(Element properties, String name, String absent) {
        Element property = child(properties, name);
        if (property == null) {
            return absent;
        }
        return property.hasAttributeNS(MATH, "val") ? property.getAttributeNS(MATH, "val") : absent;
    }

    private static List<String> childTexts(Element element, String name) {
        List<String> texts = new ArrayList<>();
        for (Element child : children(element, name)) {
            texts.add("oMath".equals(name) ? mathOf(child) : mathOf(child).strip());
        }
        return texts;
    }

    private static Element child(Element element, String name) {
        List<Element> found = element == null ? List.of() : children(element, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element element, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : elements(element)) {
            if (name.equals(child.getLocalName())) {
                found.add(child);
            }
        }
        return found;
    }

    /** The math elements among an element's children, properties left out. */
    private static List<Element> elements(Element element) {
        return mathChildren(element, false);
    }

    /** The characters of a text element ({@code w:t}, {@code m:t}); XMLBeans' DOM has no {@code getTextContent}. */
    private static String characters(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

}
