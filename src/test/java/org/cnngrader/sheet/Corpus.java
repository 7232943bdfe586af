package org.cnngrader.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cnngrader.rubric.Part;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;

/**
 * The corpus of real-looking submissions under {@code src/test/resources/corpus/}: one folder per rubric
 * ({@code <rubric-stem>/}), plus {@code seeds/}, whose files name their rubric in {@code seeds/rubrics.tsv}.
 * Beside a submission {@code x.pdf} lie {@code x.pdf.expected.tsv} (what its author answered, part by part) and,
 * for some, {@code x.pdf.grades.tsv} (the points a careful grader gives, part by part).
 *
 * <p>Both files hold {@code part_id<TAB>text} lines; lines starting with {@code #} are comments, and a comment
 * {@code # producer: NAME} names the program that made the submission.
 */
final class Corpus {

    static final Path ROOT = Path.of("src/test/resources/corpus");

    static final String EXPECTED = ".expected.tsv";
    static final String GRADES = ".grades.tsv";

    private static final Map<String, Rubric> RUBRICS = new HashMap<>();

    private Corpus() {
    }

    /** One submission of the corpus with a file of {@code suffix} beside it. */
    record Entry(Path submission, Path sidecar, String rubricStem, String producer, Map<String, String> lines) {

        /** The submission's path below the corpus root, as reports name it. */
        String name() {
            return ROOT.relativize(submission).toString().replace('\\', '/');
        }

        /** The submission's format: its extension. */
        String format() {
            String file = submission.getFileName().toString();
            return file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }

        Rubric rubric() {
            return Corpus.rubric(rubricStem);
        }
    }

    /** Every submission with a file ending in {@code suffix} beside it, in path order. */
    static List<Entry> entries(String suffix) {
        List<Path> sidecars;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            sidecars = walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        for (Path sidecar : sidecars) {
            String name = sidecar.getFileName().toString();
            Path submission = sidecar.resolveSibling(name.substring(0, name.length() - suffix.length()));
            String producer = "";
            Map<String, String> lines = new LinkedHashMap<>();
            for (String line : read(sidecar)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#")) {
                    String comment = trimmed.substring(1).strip();
                    if (comment.toLowerCase(Locale.ROOT).startsWith("producer:")) {
                        producer = comment.substring("producer:".length()).strip();
                    }
                    continue;
                }
                if (trimmed.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(sidecar + ": a line without a tab: " + line);
                }
                String part = line.substring(0, tab).strip();
                if (lines.put(part, line.substring(tab + 1).strip()) != null) {
                    throw new IllegalStateException(sidecar + ": part " + part + " is given twice");
                }
            }
            entries.add(new Entry(submission, sidecar, rubricStem(submission), producer, lines));
        }
        return entries;
    }

    /** The rubric a submission is for: its folder's name, or for {@code seeds/} the line of {@code rubrics.tsv}. */
    static String rubricStem(Path submission) {
        Path relative = ROOT.relativize(submission);
        String folder = relative.getName(0).toString();
        if (!folder.equals("seeds")) {
            return folder;
        }
        String file = submission.getFileName().toString();
        for (String line : read(ROOT.resolve("seeds/rubrics.tsv"))) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length == 2 && fields[0].strip().equals(file)) {
                return fields[1].strip();
            }
        }
        throw new IllegalStateException("seeds/rubrics.tsv does not name the rubric of " + file);
    }

    static synchronized Rubric rubric(String stem) {
        return RUBRICS.computeIfAbsent(stem, name -> RubricLoader.load(Path.of("rubrics", name + ".yaml")));
    }

    /**
     * Whether a part's answer is read from the sheet and graded: an {@code answer:} part, or a {@code check:}
     * part whose check uses the student's own answer for it. (A check on other parts only, such as the XOR check
     * on the recorded weights, has no value of its own to read.)
     */
    static boolean readAndGraded(Part part) {
        if (part.kind() instanceof PartKind.Answer || part.kind() instanceof PartKind.FormulaAnswer) {
            return true;
        }
        return part.kind() instanceof PartKind.Check check
                && check.formula().expression().names().contains(RubricLoader.ANSWER);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
