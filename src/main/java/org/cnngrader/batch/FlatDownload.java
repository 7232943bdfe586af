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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.report.Finding;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.Submissions;

/**
 * An LMS's download that puts every file of every student at the top of one folder, each file's name opening with
 * its student's: a student is one team, graded from that student's files as from a team's folder (two files are one
 * team, never two). It is such a download when two or more answer sheets lie at the top and all of them are so
 * named, or most of them, of two or more students: a sheet not so named beside them (a TA's handout) is a team of its
 * own, with a warning. Otherwise each sheet is a team of its own. A student who handed in no answer sheet (an
 * archive, an online text) is a team still, unreadable, as in the download in folders.
 */
final class FlatDownload {

    /** The LMSs whose downloads are laid out so, and how each names a student's files. */
    enum Layout {
        /**
         * Canvas's "Download Submissions": {@code <student>_<user id>_<submission id>_<file's own name>}, with
         * {@code _LATE} after the student when late ({@code smithbob_LATE_340934_208490284_hw2.pdf}), and {@code -1},
         * {@code -2} before the extension of a file handed in again under its name. The team is the student as Canvas
         * names it ({@code smithbob}); of a file's versions, the last is read.
         */
        CANVAS("Canvas", Pattern.compile("(?<student>[^_]+)(?:_LATE)?_(?<user>\\d+)_\\d+_(?<own>.+)",
                Pattern.CASE_INSENSITIVE)),
        /**
         * Moodle's download of all submissions without folders ("Download submissions in folders" unticked):
         * {@code <full name>_<participant id>_assignsubmission_file_<file's own name>}, and
         * {@code …_assignsubmission_onlinetext_onlinetext.html} for a text typed in Moodle. The team is named as the
         * same download in folders names it, by the folder it would give ({@code Ann Lee_1001_assignsubmission_file_},
         * or {@code …_onlinetext_} for a student who only typed a text).
         */
        MOODLE("Moodle", Pattern.compile(
                "(?<student>.+)_(?<user>\\d+)_assignsubmission_(?<plugin>file|onlinetext)_(?<own>.+)")),
        /**
         * A zip made on Windows, unpacked by a tool that keeps the backslashes of its names rather than making their
         * folders: {@code PS2\team-a\answers.csv}, {@code PS2\team-a\draft.md} side by side. The folders a name
         * gives ({@code PS2\team-a}) are a team's folder, the team the last of them ({@code team-a}); each file of it
         * was a team of its own. Only where two or more such folders hold sheets: teams' sheets in one folder
         * ({@code PS2\team-a.csv}, {@code PS2\team-b.csv}) are a team each, as at a cohort's top.
         */
        WINDOWS_ZIP("a zip made on Windows", Pattern.compile("(?<user>.*[^\\\\])\\\\+(?<own>[^\\\\]+)"));

        private final String lms;
        private final Pattern file;

        Layout(String lms, Pattern file) {
            this.lms = lms;
            this.file = file;
        }

        /**
         * The ways to name a student, shortest first: two students Canvas names alike ({@code smithbob}) are told apart
         * by their user ids ({@code smithbob_1001}), which stay when either hands in again; Moodle's name holds it.
         */
        private List<String> names(String team, String user) {
            return switch (this) {
                case CANVAS -> List.of(team, team + "_" + user);
                case MOODLE -> List.of(team);
                case WINDOWS_ZIP -> List.of(team, user.replaceAll("\\\\+", "/"));
            };
        }

        /** The name the student gave a file, without what the LMS put before it. */
        private Path own(Path file) {
            Matcher name = this.file.matcher(file.getFileName().toString());
            return name.matches() ? Path.of(name.group("own")) : file.getFileName();
        }

        private String team(Matcher name) {
            return switch (this) {
                case CANVAS -> name.group("student").toLowerCase(Locale.ROOT);
                case MOODLE -> name.group("student") + "_" + name.group("user") + "_assignsubmission_"
                        + name.group("plugin") + "_";
                case WINDOWS_ZIP -> name.group("user").substring(name.group("user").lastIndexOf('\\') + 1);
            };
        }
    }

    /** A file handed in again under its name, as Canvas numbers it: {@code hw2-2.pdf}. */
    private static final Pattern AGAIN = Pattern.compile("(?<name>.+)-(?<version>\\d{1,3})(?<extension>\\.[^.]+)");

    private FlatDownload() {
    }

    /**
     * The students of such a download among the entries at the top of a cohort folder, in the order of their user
     * ids; none when it is not one.
     *
     * @param named the cohort folder as the command line named it, for the findings
     * @param root the cohort folder's real path
     * @param base the folder sources are said from: the cohort's, or the one holding its section
     * @param entries its entries not taken otherwise, hidden ones left out
     */
    static Download find(Path named, Path root, Path base, List<Path> entries) {
        return find(named, root, base, entries, 2);
    }

    /** {@link #find}, a download holding at least {@code fewest} files named as a student's. */
    private static Download find(Path named, Path root, Path base, List<Path> entries, int fewest) {
        List<Path> files = entries.stream().filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
                .toList();
        List<Path> sheets = files.stream().filter(file -> SheetFormat.byExtension(file).isPresent()).toList();
        for (Layout layout : Layout.values()) {
            List<Path> students = sheets.stream().filter(sheet -> layout.file.matcher(sheet.getFileName()
                    .toString()).matches()).toList();
            long users = students.stream().map(sheet -> user(layout, sheet)).distinct().count();
            // A TA's handout or notes left beside the download do not make its students' files teams of their own.
            if (students.size() >= fewest && (students.size() == sheets.size() && (layout != Layout.WINDOWS_ZIP || users > 1)
                    || users > 1 && 2 * students.size() > sheets.size())) {
                Download download = students(layout, named, root, base, files);
                List<Finding> findings = new ArrayList<>(download.findings());
                if (layout == Layout.WINDOWS_ZIP) {
                    findings.add(new Finding.FoldersInNames(named.toString(), students.get(0).getFileName().toString(),
                            students.size()));
                }
                // A TA's file the run does not read (Canvas's gradebook export beside the students' files) is said as
                // such, not as a team of its own.
                sheets.stream().filter(sheet -> !students.contains(sheet) && Discovery.notAnswers(sheet).isEmpty())
                        .forEach(sheet -> findings.add(new Finding.OutsideTheDownload(
                                named.resolve(sheet.getFileName()).toString(), layout.lms)));
                return new Download(download.students(), download.taken(), findings);
            }
        }
        return new Download(List.of(), Set.of(), List.of());
    }

    /**
     * {@link #find}, in a TA's folder of work that came apart ({@code late/}, {@code inbox/}): there the files of a
     * single student are a download too, when every answer sheet at its top is named as one LMS names a student's
     * ({@code late/smithbob_LATE_340934_208490999_hw2.csv}). Graded as one team's folder, they were the team
     * {@code late}.
     */
    static Download inTasFolder(Path named, Path root, Path base, List<Path> entries) {
        return find(named, root, base, entries, 1);
    }

    private static String user(Layout layout, Path file) {
        Matcher name = layout.file.matcher(file.getFileName().toString());
        return name.matches() ? name.group("user") : "";
    }

    private static Download students(Layout layout, Path named, Path root, Path base, List<Path> entries) {
        Map<String, List<Path>> sheetsByUser = new TreeMap<>();
        Map<String, List<Path>> otherFilesByUser = new TreeMap<>();
        Map<String, String> teams = new TreeMap<>();
        Map<String, String> teamsWithoutSheet = new TreeMap<>();
        for (Path entry : entries) {
            Matcher name = layout.file.matcher(entry.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            // The team is named by its sheets (Moodle's …_file_), else by what was handed in (…_onlinetext_).
            boolean sheet = SheetFormat.byExtension(entry).isPresent();
            (sheet ? sheetsByUser : otherFilesByUser).computeIfAbsent(name.group("user"), user -> new ArrayList<>())
                    .add(entry);
            (sheet ? teams : teamsWithoutSheet).putIfAbsent(name.group("user"), layout.team(name));
        }
        Set<String> users = new TreeSet<>(sheetsByUser.keySet());
        users.addAll(otherFilesByUser.keySet());
        List<HandedIn> found = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (String user : users) {
            List<Path> files = sheetsByUser.get(user);
            if (files == null) {
                // A student who handed in no sheet is listed, unreadable, never dropped: the files say why.
                List<Path> handedIn = otherFilesByUser.get(user);
                taken.addAll(handedIn);
                String team = teamsWithoutSheet.get(user);
                Submissions.Submission submission = Submissions.withoutSheet(base, handedIn, team);
                found.add(new HandedIn(team, layout.names(team, user), handedIn.get(0), submission,
                        HandedIn.Scope.ONE_TEAM));
                continue;
            }
            taken.addAll(files);
            String team = teams.get(user);
            List<Path> read = layout == Layout.CANVAS ? lastVersions(layout, named, root, files, team, findings)
                    : files;
            Submissions.Submission submission = Submissions.files(base, read, team, file -> layout.own(file));
            found.add(new HandedIn(team, layout.names(team, user), submission.file(), submission,
                    HandedIn.Scope.ONE_TEAM));
        }
        return new Download(found, taken, findings);
    }

    /** Of the versions of each file Canvas numbered (hw2.pdf, hw2-1.pdf, hw2-2.pdf), the last handed in. */
    private static List<Path> lastVersions(Layout layout, Path named, Path root, List<Path> files, String team,
            List<Finding> findings) {
        Map<String, TreeMap<Integer, Path>> versions = new TreeMap<>();
        for (Path file : files) {
            Matcher name = layout.file.matcher(file.getFileName().toString());
            name.matches();
            Matcher again = AGAIN.matcher(name.group("own"));
            String original = again.matches() ? again.group("name") + again.group("extension") : name.group("own");
            int version = again.matches() ? Integer.parseInt(again.group("version")) : 0;
            versions.computeIfAbsent(original.toLowerCase(Locale.ROOT), key -> new TreeMap<>()).put(version, file);
        }
        for (TreeMap<Integer, Path> ofOneFile : versions.values()) {
            if (ofOneFile.size() > 1) {
                findings.add(new Finding.EarlierAttempts(layout.lms, named.resolve(root.relativize(
                        ofOneFile.lastEntry().getValue())).toString(), team, ofOneFile.size(),
                        "version " + ofOneFile.lastKey()));
            }
        }
        return versions.values().stream().map(TreeMap::lastEntry).map(Map.Entry::getValue).toList();
    }
}
