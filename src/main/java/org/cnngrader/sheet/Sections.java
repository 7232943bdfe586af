package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into sections by its headings. A heading that carries a question's id or one
 * of its aliases (at its start), or its title or an alias (in its words), opens that question's
 * section; another numbered or Markdown heading closes it. Students number their sections their
 * own way, so ids, titles and aliases all count.
 */
final class Sections {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:#+\\s*|\\*\\*)?(?:(?:exercise|problem|question|task|aufgabe)\\s+)?(\\d+(?:[.\\-]\\d+)*)[.):]?"
                    + "(?:\\s+|$)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*#+\\s+(.*)$");
    private static final Pattern BRACES = Pattern.compile("^\\{|\\}$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Sections() {
    }

    /** For every question, the line ranges [start, end) of its sections, in order. */
    static Map<String, List<int[]>> of(Document document, List<SheetSpec.QuestionSpec> questions) {
        Map<String, List<int[]>> sections = new LinkedHashMap<>();
        List<Document.Line> lines = document.lines();
        double body = bodySize(lines);
        String current = null;
        int start = 0;
        for (int index = 0; index < lines.size(); index++) {
            Document.Line line = lines.get(index);
            // In a typeset document a heading is set larger than the text (a table row is not).
            if (line.page() > 0 && (line.words().isEmpty() || line.words().get(0).fontSize() < 1.05 * body)) {
                continue;
            }
            Optional<Optional<String>> heading = heading(line.text(), questions);
            if (heading.isEmpty()) {
                continue;
            }
            if (current != null) {
                sections.computeIfAbsent(current, key -> new ArrayList<>()).add(new int[] {start, index});
            }
            current = heading.get().orElse(null);
            start = index;
        }
        if (current != null) {
            sections.computeIfAbsent(current, key -> new ArrayList<>()).add(new int[] {start, lines.size()});
        }
        return sections;
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
        java.util.Arrays.sort(sizes);
        return sizes.length == 0 ? 1 : sizes[sizes.length / 2];
    }

    /**
     * Empty when the line is no heading; a heading of the question it names, or of none (a heading
     * that closes the current section).
     */
    static Optional<Optional<String>> heading(String line, List<SheetSpec.QuestionSpec> questions) {
        String text = line.strip().replace("\\section", "").replace("\\subsection", "").replace("\\subsubsection", "")
                .replace("*{", "{");
        text = BRACES.matcher(text).replaceAll("").replace("{", " ").replace("}", " ").strip();
        if (text.isEmpty() || text.length() > 120 || text.contains("\t") || text.contains("$")
                || text.contains("&")) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(text);
        boolean markdown = MARKDOWN.matcher(text).matches();
        if (numbered.matches()) {
            String number = numbered.group(1).replace('-', '.');
            String rest = numbered.group(2).strip();
            for (SheetSpec.QuestionSpec question : questions) {
                if (question.id().replace('-', '.').equals(number) || question.aliases().stream()
                        .anyMatch(alias -> alias.replace('-', '.').equals(number))) {
                    return Optional.of(Optional.of(question.id()));
                }
            }
            Optional<String> byTitle = byTitle(rest, questions);
            if (byTitle.isPresent()) {
                return Optional.of(byTitle);
            }
            boolean looksLikeHeading = markdown || (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))
                    && rest.length() <= 70 && !rest.endsWith(".")) || rest.isEmpty() && number.contains(".");
            return looksLikeHeading ? Optional.of(Optional.empty()) : Optional.empty();
        }
        if (markdown) {
            return Optional.of(byTitle(text.replaceAll("^#+\\s*", ""), questions));
        }
        if (text.length() <= 60) {
            Optional<String> byTitle = byTitle(text, questions);
            if (byTitle.isPresent() && normalize(text).equals(normalize(title(byTitle.get(), questions)))) {
                return Optional.of(byTitle);
            }
        }
        return Optional.empty();
    }

    private static String title(String id, List<SheetSpec.QuestionSpec> questions) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst()
                .map(SheetSpec.QuestionSpec::title).orElse("");
    }

    private static Optional<String> byTitle(String text, List<SheetSpec.QuestionSpec> questions) {
        String words = normalize(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestLength = 0;
        for (SheetSpec.QuestionSpec question : questions) {
            List<String> names = new ArrayList<>(question.aliases());
            names.add(question.title());
            for (String name : names) {
                String normalized = NAMES.computeIfAbsent(name, Sections::normalize);
                if (normalized.length() >= 4 && words.startsWith(normalized) && normalized.length() > bestLength) {
                    best = question.id();
                    bestLength = normalized.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The questions' titles and aliases, normalised once for all documents. */
    private static final java.util.Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String normalize(String text) {
        return NOT_WORD.matcher(PARENTHESES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ")
                .strip();
    }
}
