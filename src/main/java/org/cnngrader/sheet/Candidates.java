package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values written in a document: LaTeX matrix environments, grids of numbers on
 * consecutive lines (plain text, or a typeset matrix in a PDF rebuilt from word positions), shapes
 * such as {@code 96 × 55 × 55}, tuples, numbers, fractions and yes/no.
 */
final class Candidates {

    private static final String TIMES = "(?:×|\\\\times|\\bx\\b|\\*)";
    private static final Pattern SHAPE = Pattern.compile("\\d+\\s*" + TIMES + "\\s*\\(?\\s*\\d+(?:\\s*" + TIMES
            + "\\s*\\d+)*\\s*\\)?");
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*\\d+(?:\\s*,\\s*\\d+){1,4}\\s*\\)");
    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{[^{}]*\\}\\s*\\{[^{}]*\\}");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,{])(?:[-−]\\s?)?(?:\\d{1,3}(?:,\\d{3})+(?![\\d.])|\\d+(?:(?:\\.|\\{,\\}|,)\\d+)?"
                    + "(?:[eE][-+]?\\d+)?)(?![\\w}])");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)\\b(yes|no|true|false)\\b");
    private static final Pattern GRID_NUMBER = Pattern.compile("[-−]?(?:\\d+(?:[.,]\\d+)?|\\d+/\\d+)");

    private Candidates() {
    }

    /** Every candidate of the document, in reading order. */
    static List<Candidate> of(Document document) {
        List<Candidate> found = new ArrayList<>();
        List<Document.Line> lines = document.lines();
        boolean[] inGrid = new boolean[lines.size()];
        for (Document.Environment environment : document.environments()) {
            found.add(new Candidate(environment.latex(), environment.lineIndex(),
                    context(lines, environment.lineIndex(), environment.before()), 0));
        }
        for (Grid grid : grids(lines)) {
            StringBuilder context = new StringBuilder(grid.firstLine > 0 ? lines.get(grid.firstLine - 1).text() : "");
            for (int index = grid.firstLine; index <= grid.lastLine; index++) {
                inGrid[index] = true;
                context.append(' ').append(grid.labels.get(index - grid.firstLine));
            }
            found.add(new Candidate(grid.written(), grid.firstLine, context.toString(), 0));
        }
        for (int index = 0; index < lines.size(); index++) {
            if (inGrid[index]) {
                continue;
            }
            String text = withoutEnvironments(lines.get(index).text());
            boolean[] taken = new boolean[text.length()];
            for (Pattern pattern : new Pattern[] {SHAPE, TUPLE, FRACTION, NUMBER, BOOLEAN}) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    if (anyTaken(taken, matcher.start(), matcher.end())) {
                        continue;
                    }
                    java.util.Arrays.fill(taken, matcher.start(), matcher.end(), true);
                    found.add(new Candidate(matcher.group().strip(), index,
                            context(lines, index, text.substring(0, matcher.start())), matcher.start()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Candidate::lineIndex).thenComparingInt(Candidate::order));
        List<Candidate> ordered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate candidate = found.get(i);
            ordered.add(new Candidate(candidate.written(), candidate.lineIndex(), candidate.context(), i));
        }
        return ordered;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The text of a line before a value, and of the line before it when the value opens its line. */
    private static String context(List<Document.Line> lines, int index, String before) {
        String previous = index > 0 ? lines.get(index - 1).text() : "";
        return previous + "\n" + before;
    }

    private static String withoutEnvironments(String text) {
        return text.replaceAll("\\\\begin\\{[a-zA-Z]*matrix\\}.*?\\\\end\\{[a-zA-Z]*matrix\\}", " ")
                .replaceAll("\\\\begin\\{array\\}.*?\\\\end\\{array\\}", " ");
    }

    /** Consecutive lines with the same number (≥ 2) of numbers in aligned columns. */
    private record Grid(int firstLine, int lastLine, List<List<String>> rows, List<String> labels) {
        String written() {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < rows.size(); i++) {
                text.append(i == 0 ? "[" : ", [").append(String.join(", ", rows.get(i))).append(']');
            }
            return text.append(']').toString();
        }
    }

    private static List<Grid> grids(List<Document.Line> lines) {
        List<Grid> grids = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            Row first = row(lines.get(index));
            if (first == null) {
                index++;
                continue;
            }
            List<List<String>> rows = new ArrayList<>(List.of(first.numbers));
            List<String> labels = new ArrayList<>(List.of(first.label));
            int last = index;
            int next = index + 1;
            while (next < lines.size()) {
                Row candidate = row(lines.get(next));
                if (candidate != null && candidate.numbers.size() == first.numbers.size()
                        && aligned(first, candidate) && lines.get(next).page() == lines.get(index).page()) {
                    rows.add(candidate.numbers);
                    labels.add(candidate.label);
                    last = next;
                    next++;
                } else if (candidate == null && next + 1 < lines.size() && isLabelOnly(lines.get(next))
                        && row(lines.get(next + 1)) != null
                        && row(lines.get(next + 1)).numbers.size() == first.numbers.size()) {
                    // The label of a typeset matrix sits between its rows ("S′ =").
                    labels.add(lines.get(next).text());
                    next++;
                } else {
                    break;
                }
            }
            if (rows.size() >= 2) {
                grids.add(new Grid(index, last, rows, labels));
                index = last + 1;
            } else {
                index++;
            }
        }
        return grids;
    }

    /** A line read as a matrix row: its numbers, their centres, and the words before them (a label). */
    private record Row(List<String> numbers, List<Double> centers, String label) {
    }

    private static Row row(Document.Line line) {
        List<String> numbers = new ArrayList<>();
        List<Double> centers = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (Document.Word word : line.words()) {
            String text = word.text().replaceAll("^[\\[(|⎡⎢⎣⎤⎥⎦\\]]+|[\\])|⎡⎢⎣⎤⎥⎦\\[,;&\\\\]+$", "");
            if (text.isEmpty() || text.matches("[&\\\\]+")) {
                continue;
            }
            if (GRID_NUMBER.matcher(text).matches()) {
                numbers.add(text);
                centers.add(word.center());
            } else if (numbers.isEmpty()) {
                label.append(word.text()).append(' ');
            } else {
                return null;
            }
        }
        if (numbers.size() < 2) {
            return null;
        }
        return new Row(numbers, centers, label.toString().strip());
    }

    private static boolean isLabelOnly(Document.Line line) {
        return line.text().strip().matches(".{1,20}[=:≈]\\s*") && !line.text().matches(".*\\d.*\\d.*");
    }

    private static boolean aligned(Row first, Row other) {
        double tolerance = 0;
        for (int i = 0; i + 1 < first.centers.size(); i++) {
            tolerance = Math.max(tolerance, (first.centers.get(i + 1) - first.centers.get(i)) / 2);
        }
        for (int i = 0; i < first.centers.size(); i++) {
            if (Math.abs(first.centers.get(i) - other.centers.get(i)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
