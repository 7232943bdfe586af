package org.cnngrader.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.report.Finding;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.Submissions;

/**
 * Blackboard's download of an assignment's submissions: for each attempt of each student, a receipt
 * ({@code Homework 2_jdoe_attempt_2026-10-18-23-59-01.txt}: name, date, comments, the files' names) and each file
 * handed in under the same name and its own ({@code …-59-01_answers.pdf}), all at the top of the folder. A student is
 * one team, by the user name, graded from the files of the latest attempt; a receipt is no team (its comments
 * would give it a name and stray numbers), and is read only for an attempt without files, whose typed submission it
 * holds (a warning names an earlier attempt's files then: the answer may be there); an attempt of files none of which is a sheet is unreadable, the files named. An attempt is recognised by its receipt: files named so without one are teams of their own, as any file.
 */
final class Blackboard {

    /**
     * {@code <assignment>_<user>_attempt_<yyyy-MM-dd-HH-mm-ss><rest>}: rest is {@code .txt} for the receipt. Where the
     * assignment ends and the user begins, both may hold underscores: the student is the whole prefix, and the user
     * name is the receipt's.
     */
    private static final Pattern ATTEMPT = Pattern.compile(
            "(?<student>.+)_attempt_(?<time>\\d{4}(?:-\\d{2}){5})(?<rest>.*)");

    /** The receipt's first line: {@code Name: Ann Lee (a_lee)}. */
    private static final Pattern NAME_LINE = Pattern.compile("Name:.*\\(([^()\\s]+)\\)\\s*");

    private Blackboard() {
    }

    /** One attempt: its receipt, its answer sheets and its other files (an archive). */
    private record Attempt(Path receipt, List<Path> files, List<Path> others) {
    }

    /**
     * The students of a Blackboard download among the entries at the top of a cohort folder, in the order of their
     * names; none when no entry is a receipt.
     *
     * @param named the cohort folder as the command line named it, for the findings
     * @param root the cohort folder's real path
     * @param base the folder sources are said from: the cohort's, or the one holding its section
     * @param entries its entries, hidden ones left out
     */
    static Download find(Path named, Path root, Path base, List<Path> entries) {
        // student (assignment and user) -> time -> attempt; a receipt first makes an attempt.
        Map<String, TreeMap<String, Attempt>> students = new TreeMap<>();
        Map<String, String> users = new TreeMap<>();
        for (Path entry : entries) {
            Matcher name = match(entry);
            if (name != null && name.group("rest").equalsIgnoreCase(".txt")) {
                String student = name.group("student");
                users.put(student, user(entry, student));
                students.computeIfAbsent(student, ignored -> new TreeMap<>()).put(name.group("time"),
                        new Attempt(entry, new ArrayList<>(), new ArrayList<>()));
            }
        }
        Set<Path> taken = new HashSet<>();
        for (Path entry : entries) {
            Matcher name = match(entry);
            if (name == null || !name.group("rest").startsWith("_")) {
                continue;
            }
            TreeMap<String, Attempt> attempts = students.get(name.group("student"));
            Attempt attempt = attempts == null ? null : attempts.get(name.group("time"));
            if (attempt != null) {
                (SheetFormat.byExtension(entry).isPresent() ? attempt.files() : attempt.others()).add(entry);
            }
        }
        List<HandedIn> found = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        students.forEach((student, attempts) -> {
            attempts.values().forEach(attempt -> {
                taken.add(attempt.receipt());
                taken.addAll(attempt.files());
            });
            String user = users.get(student);
            Map.Entry<String, Attempt> latest = attempts.lastEntry();
            Attempt last = latest.getValue();
            List<Path> files = last.files().isEmpty() && last.others().isEmpty() ? List.of(last.receipt())
                    : last.files().isEmpty() ? last.others() : last.files();
            // An attempt of files none of which is a sheet (an archive) is unreadable, the files named; its receipt
            // would be graded as the answer, all missing.
            Submissions.Submission submission;
            if (last.files().isEmpty() && !last.others().isEmpty()) {
                taken.addAll(last.others());
                submission = Submissions.withoutSheet(base, last.others(), user);
            } else {
                submission = Submissions.files(base, files, user, Blackboard::ownName);
            }
            found.add(new HandedIn(user, List.of(user, root.relativize(files.get(0)).toString()), files.get(0),
                    submission, HandedIn.Scope.ONE_TEAM));
            // A latest attempt of a comment alone beside an earlier one of files: the answer may be the earlier.
            Optional<Map.Entry<String, Attempt>> withFiles = last.files().isEmpty() && last.others().isEmpty()
                    ? attempts.descendingMap().entrySet().stream().filter(attempt -> !attempt.getValue().files()
                    .isEmpty()).findFirst() : Optional.empty();
            if (withFiles.isPresent()) {
                findings.add(new Finding.LatestAttemptWithoutFiles(user, named.resolve(root.relativize(
                        last.receipt())).toString(), attempts.size(), latest.getKey(), withFiles.get().getKey(),
                        withFiles.get().getValue().files().stream().map(file -> named.resolve(root.relativize(file))
                        .toString()).toList()));
            } else if (attempts.size() > 1) {
                findings.add(new Finding.EarlierAttempts("Blackboard",
                        named.resolve(root.relativize(latest.getValue().receipt())).toString(), user, attempts.size(),
                        latest.getKey()));
            }
        });
        return new Download(found, taken, findings);
    }

    /**
     * The user name of a student by the receipt's {@code Name: … (user)} line, when the file's name ends with it; else
     * the last part of the name before {@code _attempt_}.
     */
    private static String user(Path receipt, String student) {
        // A receipt's first line is short; a file posing as one is read no further than a name would go.
        try (Reader reader = Files.newBufferedReader(receipt, StandardCharsets.UTF_8)) {
            char[] head = new char[300];
            int read = reader.read(head);
            String first = read <= 0 ? "" : new String(head, 0, read).lines().findFirst().orElse("");
            Matcher name = NAME_LINE.matcher(first.strip());
            if (name.matches() && student.endsWith("_" + name.group(1))) {
                return name.group(1);
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // A receipt that cannot be read names its student by the file's name.
        }
        return student.substring(student.lastIndexOf('_') + 1);
    }

    private static Matcher match(Path entry) {
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Matcher name = ATTEMPT.matcher(entry.getFileName().toString());
        return name.matches() ? name : null;
    }

    /** The name the student gave a file, without Blackboard's {@code <assignment>_<user>_attempt_<time>_}. */
    private static Path ownName(Path file) {
        Matcher name = match(file);
        return name != null && name.group("rest").startsWith("_") && name.group("rest").length() > 1
                ? Path.of(name.group("rest").substring(1)) : file.getFileName();
    }
}
