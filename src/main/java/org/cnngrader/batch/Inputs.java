package org.cnngrader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.report.Roster;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.CsvSheetReader;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.UnreadableException;

/**
 * The files a user names beside the submissions: the rubric, the manual scores and the roster. Each is checked for
 * what it is before it is read, so that a mistake (a missing file, arguments swapped so that an answer sheet stands
 * where the rubric goes, a roster without its columns) is one line that says what to do, never a dump of the file.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The rubric in {@code file}.
     *
     * @throws InputException when there is no such file, or it is an answer sheet rather than a rubric
     * @throws org.cnngrader.rubric.RubricException when the rubric is invalid
     */
    public static Rubric rubric(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": a folder, not a rubric (a .yaml file)");
        }
        if (!yaml(file) && SheetFormat.byExtension(file).isPresent()) {
            throw new InputException(file + ": an answer sheet, not a rubric (a .yaml file)");
        }
        return RubricLoader.load(file);
    }

    /**
     * Refuses the rubric named again as a submission ({@code grade R R}, {@code check R R}), another rubric
     * ({@code check R other.yaml}) or the arguments swapped ({@code check SHEET R}): read as a text sheet, a rubric
     * was graded as a team. No answer sheet is YAML (DESIGN §5 lists the formats). Called before the rubric is
     * loaded, so that swapped arguments are told to be swapped.
     *
     * @throws InputException naming the file, when a submission is the rubric file (or a link to it) or a YAML file
     */
    public static void notTheRubric(Path rubricFile, List<Path> submissions) throws InputException {
        for (Path submission : submissions) {
            if (sameFile(submission, rubricFile)) {
                throw new InputException(submission + ": the rubric, not an answer sheet; the answer sheets (or their"
                        + " folder) come after the rubric");
            }
            if (Files.isRegularFile(submission) && yaml(submission)) {
                throw new InputException(submission + ": a rubric (a .yaml file), not an answer sheet; one rubric"
                        + " comes first, then the answer sheets (or their folder)");
            }
        }
    }

    /**
     * Refuses a zip archive named as the only submission ({@code grade R submissions.zip}, an LMS's download as it
     * came): graded, it was one team named after the archive, unreadable, and the cohort inside it went ungraded.
     * Among other submissions a zip is a team's, unreadable with the reason, as one in a cohort's folder is.
     *
     * @throws InputException naming the archive and the command that unpacks it
     */
    public static void notAnArchiveAlone(List<Path> submissions) throws InputException {
        if (submissions.size() == 1 && Files.isRegularFile(submissions.get(0))
                && SheetFormat.archive(submissions.get(0))) {
            String archive = submissions.get(0).toString();
            String folder = archive.toLowerCase(Locale.ROOT).endsWith(".zip")
                    ? archive.substring(0, archive.length() - ".zip".length()) : archive + "-unpacked";
            throw new InputException(archive + ": a zip archive, not an answer sheet or a folder of them; unpack it"
                    + " (unzip " + Discovery.shellWord(archive) + " -d " + Discovery.shellWord(folder)
                    + ") and grade the folder");
        }
    }

    private static boolean yaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.isRegularFile(one) && Files.isRegularFile(other) && Files.isSameFile(one, other);
        } catch (IOException unreadable) {
            // A file that cannot be compared is told about where it is read, with the reason.
            return false;
        }
    }

    /**
     * The manual scores in {@code file}.
     *
     * @throws InputException when the file is missing, unreadable or malformed
     */
    public static ManualScores manual(Path file) throws InputException {
        existing(file, "--manual");
        try {
            return ManualScores.read(file);
        } catch (IOException malformed) {
            throw new InputException(malformed.getMessage(), malformed);
        }
    }

    /**
     * The roster in {@code file}: a CSV {@code team,student_id,email,name} with a header, read with the sniffing of
     * answer sheets (a byte-order mark, {@code ,} {@code ;} or tab).
     *
     * @throws InputException when the file is missing, unreadable, or lacks a column
     */
    public static Roster roster(Path file) throws InputException {
        existing(file, "--roster");
        List<List<String>> records;
        try {
            records = CsvSheetReader.records(file);
        } catch (UnreadableException unreadable) {
            throw new InputException(file + ": " + unreadable.getMessage(), unreadable);
        }
        List<String> header = records.isEmpty() ? List.of() : records.get(0).stream()
                .map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
        int[] columns = new int[Roster.COLUMNS.size()];
        for (int index = 0; index < columns.length; index++) {
            columns[index] = header.indexOf(Roster.COLUMNS.get(index));
            if (columns[index] < 0) {
                throw new InputException(file + ": the roster needs the columns " + String.join(",", Roster.COLUMNS));
            }
        }
        List<Roster.Student> students = new ArrayList<>();
        for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            students.add(new Roster.Student(cell(record, columns[0]), cell(record, columns[1]),
                    cell(record, columns[2]), cell(record, columns[3])));
        }
        return new Roster(students);
    }

    private static String cell(List<String> record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    private static void existing(Path file, String option) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(option + " " + file + ": a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(option + " " + file + ": no such file");
        }
    }
}
