package org.cnngrader.batch;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.report.Finding;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.Submissions;

/**
 * Canvas's download of an assignment's submissions ("Download Submissions"): every file a student handed in, at the
 * top of one folder, named {@code <student>_<user id>_<submission id>_<file's own name>}, with {@code _LATE} after the
 * student when late ({@code smithbob_LATE_340934_208490284_hw2.pdf}), and {@code -1}, {@code -2} before the extension
 * for a file handed in again under the same name. A student is one team, by the name Canvas gives ({@code smithbob}),
 * graded from the files of the user id as a team's folder is: two files are one team, never two. It is a Canvas
 * download when two or more answer sheets lie at the top and all of them are so named.
 */
final class Canvas {

    private static final Pattern FILE = Pattern.compile(
            "(?<student>[^_]+)(?:_LATE)?_(?<user>\\d+)_(?<submission>\\d+)_(?<own>.+)", Pattern.CASE_INSENSITIVE);

    /** A file handed in again under its name: {@code hw2-2.pdf}. */
    private static final Pattern AGAIN = Pattern.compile("(?<name>.+)-(?<version>\\d{1,3})(?<extension>\\.[^.]+)");

    private Canvas() {
    }

    /**
     * The students of a Canvas download among the entries at the top of a cohort folder, in the order of their user
     * ids; none when it is not one.
     *
     * @param named the cohort folder as the command line named it, for the findings
     * @param root the cohort folder's real path
     * @param entries its entries not taken otherwise, hidden ones left out
     */
    static Download find(Path named, Path root, List<Path> entries) {
        Map<String, List<Path>> byUser = new TreeMap<>();
        Map<String, String> students = new TreeMap<>();
        int sheets = 0;
        for (Path entry : entries) {
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || SheetFormat.byExtension(entry).isEmpty()) {
                continue;
            }
            sheets++;
            Matcher name = FILE.matcher(entry.getFileName().toString());
            if (name.matches()) {
                byUser.computeIfAbsent(name.group("user"), user -> new ArrayList<>()).add(entry);
                students.putIfAbsent(name.group("user"), name.group("student").toLowerCase(Locale.ROOT));
            }
        }
        int handedIn = byUser.values().stream().mapToInt(List::size).sum();
        if (handedIn < 2 || handedIn < sheets) {
            return new Download(List.of(), Set.of(), List.of());
        }
        List<HandedIn> found = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        byUser.forEach((user, files) -> {
            taken.addAll(files);
            String student = students.get(user);
            // Of the versions of one file (hw2.pdf, hw2-1.pdf, hw2-2.pdf), the last handed in.
            Map<String, TreeMap<Integer, Path>> versions = new TreeMap<>();
            for (Path file : files) {
                String own = FILE.matcher(file.getFileName().toString()).replaceFirst("${own}");
                Matcher again = AGAIN.matcher(own);
                String original = again.matches() ? again.group("name") + again.group("extension") : own;
                int version = again.matches() ? Integer.parseInt(again.group("version")) : 0;
                versions.computeIfAbsent(original.toLowerCase(Locale.ROOT), key -> new TreeMap<>())
                        .put(version, file);
            }
            List<Path> latest = versions.values().stream().map(TreeMap::lastEntry).map(Map.Entry::getValue).toList();
            for (TreeMap<Integer, Path> ofOneFile : versions.values()) {
                if (ofOneFile.size() > 1) {
                    findings.add(new Finding.EarlierAttempts("Canvas", named.resolve(root.relativize(
                            ofOneFile.lastEntry().getValue())).toString(), student, ofOneFile.size(),
                            "version " + ofOneFile.lastKey()));
                }
            }
            Submissions.Submission submission = Submissions.files(root, latest, student);
            found.add(new HandedIn(student, List.of(student, student + "_" + user,
                    root.relativize(submission.file()).toString()), submission.file(), submission,
                    HandedIn.Scope.ONE_TEAM));
        });
        return new Download(found, taken, findings);
    }
}
