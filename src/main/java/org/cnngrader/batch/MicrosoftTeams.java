package org.cnngrader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cnngrader.report.Finding;
import org.cnngrader.sheet.Folders;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.Submissions;

/**
 * Microsoft Teams' class files of an assignment ("Student Work"): {@code Submitted files/<student>/<assignment>/}, the
 * work each student turned in, and {@code Working files/<student>/<assignment>/}, the same students' work in
 * progress, turned in or not. A student is one team, graded from the submitted files; the working files are never
 * graded (they hold the same students again, and drafts), and a student who has work only there is named in a
 * warning: that student never turned it in.
 */
final class MicrosoftTeams {

    private static final String SUBMITTED = "submitted files";
    private static final String WORKING = "working files";

    private MicrosoftTeams() {
    }

    /** How a student's folder is handed in: as a team's folder is. */
    interface StudentFolder {
        HandedIn of(Path folder) throws IOException;
    }

    /**
     * Whether a folder holds Teams' {@code Submitted files}: the download of its students, never one team's work.
     */
    static boolean holdsStudentWork(Path folder) {
        try {
            return named(Folders.entries(folder), SUBMITTED).isPresent();
        } catch (IOException refused) {
            // A folder that cannot be listed is decided elsewhere: its team says why it was not read.
            return false;
        }
    }

    /**
     * The students among the entries at the top of a cohort folder when one is Teams' {@code Submitted files}: each
     * folder in it is a student's, each sheet in it a team of its own; a {@code Working files} beside it is taken,
     * not read, with a finding naming the students who have work only there.
     *
     * @param named the cohort folder as the command line named it, for the findings
     * @param root the cohort folder's real path
     * @param entries its entries, hidden ones left out
     */
    static Download find(Path named, Path root, List<Path> entries, StudentFolder studentFolder) throws IOException {
        Optional<Path> submitted = named(entries, SUBMITTED);
        if (submitted.isEmpty()) {
            return new Download(List.of(), Set.of(), List.of());
        }
        List<HandedIn> students = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> turnedIn = new HashSet<>();
        List<Path> inside;
        try {
            inside = Folders.entries(submitted.get());
        } catch (IOException refused) {
            // Nothing says who handed in: the folder is listed as one team, unreadable with the reason, never dropped.
            inside = List.of();
            students.add(studentFolder.of(submitted.get()));
        }
        for (Path entry : inside) {
            if (Submissions.ignored(entry)) {
                continue;
            }
            Path said = named.resolve(root.relativize(entry));
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                students.add(studentFolder.of(entry));
                turnedIn.add(key(entry));
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                    && SheetFormat.byExtension(entry).isPresent()) {
                String team = Submissions.stem(entry);
                students.add(new HandedIn(team, List.of(team, root.relativize(entry).toString()), entry,
                        Submissions.files(root, List.of(entry), team, Path::getFileName), HandedIn.Scope.ONE_TEAM));
            } else {
                findings.add(new Finding.NotASheet(said.toString(), Submissions.notASheet(entry)));
            }
        }
        Set<Path> taken = new HashSet<>(List.of(submitted.get()));
        Optional<Path> working = named(entries, WORKING);
        if (working.isPresent()) {
            taken.add(working.get());
            List<String> onlyWorking;
            try {
                onlyWorking = Folders.entries(working.get()).stream()
                        .filter(entry -> !Submissions.ignored(entry)
                                && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !turnedIn.contains(key(entry)))
                        .map(entry -> entry.getFileName().toString()).sorted().toList();
            } catch (IOException refused) {
                // Never read in any case; whose work is only there cannot be said.
                onlyWorking = List.of();
            }
            findings.add(new Finding.WorkNotTurnedIn(named.resolve(root.relativize(working.get())).toString(),
                    onlyWorking));
        }
        return new Download(students, taken, findings);
    }

    private static Optional<Path> named(List<Path> entries, String name) {
        return entries.stream().filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                && key(entry).equals(name)).findFirst();
    }

    private static String key(Path entry) {
        return entry.getFileName().toString().strip().toLowerCase(Locale.ROOT);
    }
}
