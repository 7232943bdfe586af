package org.cnngrader.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads free-form text submissions ({@code .txt}, {@code .md}, {@code .tex}): LaTeX matrix
 * environments, plain grids of numbers, shapes and numbers, located by {@link Locator}.
 */
public final class TextSheetReader implements SheetReader {

    private static final Pattern ENVIRONMENT = Pattern.compile(
            "\\\\begin\\{(bmatrix|pmatrix|vmatrix|Vmatrix|Bmatrix|matrix|smallmatrix|array)\\}.*?\\\\end\\{\\1\\}",
            Pattern.DOTALL);

    @Override
    public List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException {
        List<String> notes = new ArrayList<>();
        String text = TextFiles.read(file, notes);
        return List.of(Locator.locate(document(text, source), spec, notes));
    }

    /** The document of a text: its lines with words positioned by character, and its matrix environments. */
    static Document document(String text, String source) {
        List<Document.Line> lines = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        int offset = 0;
        int number = 1;
        for (String line : text.split("\n", -1)) {
            lineStarts.add(offset);
            lines.add(new Document.Line(0, number++, line.replace("\r", ""), words(line)));
            offset += line.length() + 1;
        }
        List<Document.Environment> environments = new ArrayList<>();
        Matcher matcher = ENVIRONMENT.matcher(text);
        while (matcher.find()) {
            int lineIndex = lineOf(lineStarts, matcher.start());
            String before = text.substring(lineStarts.get(lineIndex), matcher.start());
            environments.add(new Document.Environment(matcher.group(), lineIndex, before));
        }
        return new Document(source, lines, environments);
    }

    private static int lineOf(List<Integer> starts, int position) {
        int index = java.util.Collections.binarySearch(starts, position);
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
