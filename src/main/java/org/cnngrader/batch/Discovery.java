package org.cnngrader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.report.Finding;
import org.cnngrader.report.Roster;
import org.cnngrader.sheet.Assignment;
import org.cnngrader.sheet.CsvSheetReader;
import org.cnngrader.sheet.Days;
import org.cnngrader.sheet.Folders;
import org.cnngrader.sheet.NamedTeams;
import org.cnngrader.sheet.SheetFormat;
import org.cnngrader.sheet.Submissions;
import org.cnngrader.sheet.UnreadableException;
import org.cnngrader.sheet.XlsxSheetReader;

/**
 * The one place that decides which paths are submissions and which team each belongs to, for {@code grade} and
 * {@code check} alike. A team's identity is where it was handed in, as an LMS or GitHub Classroom export lays
 * submissions out: its folder or file under the submission root ({@code a/answers.csv} is team {@code a},
 * {@code late.csv} team {@code late}). What a sheet says its team is called is only its name, never its identity,
 * so no sheet can take another submission's place.
 *
 * <ul>
 *   <li>A folder named on the command line is one team's folder when it has one answer sheet at its top (one file,
 *       or one name in several formats: {@code solution.pdf} and {@code solution.tex}, beside drafts) and, unless it
 *       is a git repository, no subfolder with answer sheets; otherwise it is a cohort: each sheet at its top and each
 *       subfolder is a team, but a section's folder of teams' folders, which is a cohort of them, and a sheet or team's
 *       folder beside its later versions by name, one team with them. A team's folder an earlier run into the same output graded is
 *       that team, unless it now holds several teams' work. A git repository
 *       graded as a cohort gets a note. Paths named together from a folder that is no team's ({@code subs/*}) are
 *       read as that folder reads them, only they, but for sections named side by side.
 *   <li>A file named on the command line belongs to its folder's team when its folder is a team's folder by that
 *       rule (and was named, not the working directory), but for a TA's folder holding one team's file
 *       ({@code late/team-b.pdf}); otherwise it is a team of its own, by its name.
 *   <li>Never read: hidden and version-control folders, README files, the output folder, anything holding a
 *       gradebook or results written by this tool (a second {@code grade R .} does not grade the first's output), and
 *       a roster's or manual scores' CSV or workbook at a cohort's top.
 *   <li>Identities are unique ignoring case: two that would coincide take more of their path ({@code x/a} and
 *       {@code y/a}, or {@code a.csv} and the folder {@code a/}, with a warning), then a number. The same input gives
 *       the same identities.
 * </ul>
 */
public final class Discovery {

    /** The files this tool writes at the top of an output folder. */
    private static final Set<String> WRITTEN = Set.of("gradebook.csv", "results.json", "summary.html", "moodle.csv",
            "canvas.csv", "manual-scores.csv");

    private Discovery() {
    }

    /**
     * The files {@code grade} would read for {@code paths}, in its order, for a rubric numbering no assignment (for
     * tools and tests that read submissions without grading them).
     *
     * @throws IOException when a path does not exist or cannot be listed
     */
    public static List<Submissions.Submission> submissions(List<Path> paths) throws IOException {
        return find(paths, Path.of("graded"), Map.of(), TeamNames.UNREAD, Assignment.UNNUMBERED).submissions()
                .stream().map(HandedIn::submission).toList();
    }

    /**
     * What the paths named on the command line say of each other. Paths named together from a folder that is no
     * team's (as a shell pattern, {@code subs/*}, names them) are read as that folder reads them, only they: each
     * folder a team, as {@code grade R subs} reads it (a team's {@code hw2.pdf} beside its {@code hw2-v2.pdf} is one
     * team with a warning, not two; a team's folder holding only an archive is that team, unreadable), a section's
     * folder of teams' folders a cohort of them, an LMS's download one team per student, a README no team, the output
     * folder or an earlier run's said and passed over. Folders named side by side none of which is a team's folder
     * or a repository, each holding sheets ({@code grade R section-1 section-2}), are read by what each holds:
     * sections.
     *
     * @param entriesOfCohorts per folder that is no team's and two or more of whose entries were named, the entries
     */
    private record NamedTogether(Map<Path, Set<Path>> entriesOfCohorts) {

        static NamedTogether of(Collection<Path> reals, Path out) throws IOException {
            Map<Path, Set<Path>> byFolder = new LinkedHashMap<>();
            for (Path real : reals) {
                if (real.getParent() != null) {
                    byFolder.computeIfAbsent(real.getParent(), folder -> new LinkedHashSet<>()).add(real);
                }
            }
            Map<Path, Set<Path>> entriesOfCohorts = new HashMap<>();
            for (Map.Entry<Path, Set<Path>> named : byFolder.entrySet()) {
                Path folder = named.getKey();
                if (named.getValue().size() < 2 || folder.startsWith(out) || isTeamFolder(folder, out)) {
                    continue;
                }
                entriesOfCohorts.put(folder, Set.copyOf(named.getValue()));
            }
            return new NamedTogether(Map.copyOf(entriesOfCohorts));
        }

        /** Whether a path named is read as its folder's listing reads it. */
        boolean readByItsFolder(Path real) {
            return entriesOfCohorts.containsKey(real.getParent());
        }
    }

    /**
     * What a sheet says its team is called, by its team line or cell, read within the run's limits: sheets named as
     * versions of one ({@code answers.pdf}, {@code answers (1).pdf}) that name different teams are no versions.
     */
    @FunctionalInterface
    interface TeamNames {
        /** The sheets are not read: versions are told by their names alone. */
        TeamNames UNREAD = sheet -> Optional.empty();

        /** The team {@code sheet} names, if it names one. */
        Optional<String> of(Path sheet);
    }

    /** The submissions found, in a deterministic order, and what was noted on the way. */
    record Found(List<HandedIn> submissions, List<Finding> findings) {
        Found {
            submissions = List.copyOf(submissions);
            findings = List.copyOf(findings);
        }
    }

    /**
     * The submissions under {@code paths}, never reading {@code output}.
     *
     * @param earlierTeams the identities of the teams an earlier run into the same output graded, by the real paths of
     *     the folders and files they handed in: a folder among them named is that team's, and a file named alone in
     *     a folder that is not among them is the team its name is, when one of them is so named
     * @param teamNames what sheets say their teams are called: those named as versions of one at the top of a cohort,
     *     and those side by side in a folder that may be a team's
     * @param assignment the assignment graded, which ranks a team folder's files numbering it before another's
     * @throws InputException when a path does not exist, or is the output or a file this tool wrote
     * @throws IOException when a folder cannot be listed
     */
    static Found find(List<Path> paths, Path output, Map<Path, String> earlierTeams, TeamNames names,
            Assignment assignment)
            throws IOException {
        // A folder named is asked whether it is a team's, then read as a cohort: each sheet is read once.
        Map<Path, Optional<String>> read = new HashMap<>();
        TeamNames teamNames = sheet -> read.computeIfAbsent(sheet, names::of);
        Path out = real(output);
        List<HandedIn> found = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // Where each path lies, a link where it is, not where it leads: subs/* names a link as the folder lists it.
        Map<Path, Path> places = new LinkedHashMap<>();
        for (Path path : paths) {
            places.put(path, place(path));
        }
        NamedTogether together = NamedTogether.of(places.values(), out);
        Map<Path, Path> reals = new LinkedHashMap<>();
        for (Map.Entry<Path, Path> named : places.entrySet()) {
            Path path = named.getKey();
            if (together.readByItsFolder(named.getValue())) {
                // Named with the rest of its folder (subs/*): the folder's listing passes over the output, saying so.
                continue;
            }
            fileOrFolder(path, "grade reads answer sheets or folders of them");
            Path real = existing(path);
            reals.put(path, real);
            if (real.equals(out)) {
                // grade R subs -o subs: the reports would be written among the teams' folders.
                throw new InputException(path + ": is also the output folder (-o " + output + "): name another"
                        + " folder for the reports, such as -o graded");
            }
            if (real.startsWith(out)) {
                throw new InputException(path + ": is inside the output folder " + output + ", not a submission");
            }
            if (Files.isDirectory(real) && isRunOutput(real)) {
                throw new InputException(path + ": holds the output of an earlier grade run (gradebook.csv,"
                        + " results.json), not submissions");
            }
        }
        Set<Path> cohortsRead = new HashSet<>();
        for (Path path : paths) {
            Path place = places.get(path);
            Path real = reals.get(path);
            if (real == null) {
                if (cohortsRead.add(place.getParent())) {
                    cohort(path.getParent() == null ? Path.of("") : path.getParent(), place.getParent(),
                            place.getParent(), out, found, findings, teamNames, assignment,
                            together.entriesOfCohorts().get(place.getParent())::contains);
                }
            } else if (Files.isDirectory(real)) {
                if (isTeamFolder(real, out) && !sheetsOfDifferentTeams(real, out, teamNames)
                        || earlierTeams.containsKey(real) && !severalTeams(Holding.of(real, out))) {
                    found.add(teamFolder(real.getParent() == null ? real : real.getParent(), real, out, assignment));
                } else {
                    cohort(path, real, real, out, found, findings, teamNames, assignment, entry -> true);
                }
            } else {
                found.add(file(path, real, out, earlierTeams));
            }
        }
        // A submission named twice (grade R subs subs/team-c) is one team, graded once; so is a team folder two of
        // whose files are named, the first of them read.
        Map<Path, HandedIn> byPlace = new HashMap<>();
        List<HandedIn> once = new ArrayList<>();
        for (HandedIn handedIn : found) {
            HandedIn first = byPlace.putIfAbsent(handedIn.place(), handedIn);
            if (first == null) {
                once.add(handedIn);
            } else if (first.submission().file().equals(handedIn.submission().file())) {
                findings.add(new Finding.NamedTwice(handedIn.place().toString()));
            } else {
                findings.add(new Finding.OtherFileOfTheTeam(first.team(), first.submission().source(),
                        handedIn.submission().source()));
            }
        }
        List<HandedIn> identified = unique(once);
        for (HandedIn handedIn : identified) {
            unreadableName(handedIn);
        }
        List<Finding> saidApart = List.copyOf(findings);
        handedInTwiceByName(once, identified).stream().filter(twice -> !twice.saidIn(saidApart))
                .forEach(findings::add);
        for (HandedIn handedIn : identified) {
            // Said once identities are unique, so the warning names the team as it is graded.
            if (!handedIn.earlierVersions().isEmpty()) {
                findings.add(new Finding.LaterVersionBeside(handedIn.team(), handedIn.submission().source(),
                        handedIn.earlierVersions()));
            }
            severalSheets(handedIn, paths).ifPresent(findings::add);
            findings.addAll(teamFoldersInside(handedIn));
            if (assignment.partNumbersAnother(handedIn.submission().source())) {
                findings.add(new Finding.AnotherAssignment(handedIn.team(), handedIn.submission().source(),
                        List.copyOf(assignment.numbers())));
            }
        }
        return new Found(identified, findings);
    }

    /**
     * How Java reads file names: by the locale's charset, fixed when it starts. Under one that is not UTF-8 ({@code
     * LANG=C} in a cron job or a container) every byte of {@code café} beyond ASCII reads as U+FFFD.
     */
    private static final Charset NAMES = namesCharset();

    private static Charset namesCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Refuses a submission whose name the locale could not read: its team would go by a garbled identity, two teams
     * differing only there would become one, and a rerun under a UTF-8 locale would add them again.
     */
    private static void unreadableName(HandedIn handedIn) throws InputException {
        if (!NAMES.equals(StandardCharsets.UTF_8) && (handedIn.place().toString().indexOf('\uFFFD') >= 0
                || handedIn.submission().source().indexOf('\uFFFD') >= 0)) {
            throw new InputException(handedIn.submission().source() + ": a file name this locale cannot read (names"
                    + " are read as " + NAMES.name() + "); run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
    }

    /**
     * The finding on a team folder holding sheets under different names, if it does; with the command that grades it
     * as a cohort when they lie in two or more subfolders of it (a section's folder of teams' folders).
     */
    private static Optional<Finding> severalSheets(HandedIn handedIn, List<Path> named) {
        List<Submissions.Submission> sheets = handedIn.submission().rivals();
        if (sheets.isEmpty() || handedIn.scope() != HandedIn.Scope.ONE_TEAM) {
            return Optional.empty();
        }
        // A Blackboard student handed in files at the top of the cohort: they are named as there.
        Path folder = Files.isDirectory(handedIn.place()) ? handedIn.place() : handedIn.place().getParent();
        // Sheets of one format in subfolders of their own (team-a/answers.pdf, team-b/answers.pdf) are sections'.
        // Folders named as versions (v1/, v2/, Drafts/) are one team's work.
        List<Path> subfolders = sheets.stream().filter(sheet -> sheet.sharesFormat(sheets))
                .map(sheet -> real(sheet.file(), folder)).filter(file -> file.getNameCount() > 1)
                .map(file -> file.getName(0)).distinct().toList();
        // A folder named as a team is one team read alone too; its subfolders named together are read as teams.
        String cohortNamed = shown(folder, named) + (Holding.namesATeam(folder) ? folder.getFileSystem().getSeparator()
                + "*" : "");
        // Folders numbering different assignments (hw2/, hw3/) are a course's, not teams'.
        Optional<String> cohort = subfolders.size() > 1 && subfolders.stream().noneMatch(Submissions::namesAVersion)
                && subfolders.stream().noneMatch(one -> subfolders.stream()
                        .anyMatch(other -> Assignment.differ(one.toString(), other.toString())))
                ? Optional.of("grade RUBRIC " + shellWord(cohortNamed)) : Optional.empty();
        return Optional.of(new Finding.SeveralSheets(handedIn.team(), sheets.stream()
                .map(sheet -> real(sheet.file(), folder).toString()).toList(), handedIn.submission().differences(),
                cohort));
    }

    /**
     * The findings on subfolders of a team's folder that are named as other teams ({@code team-a/team-b/}) and hold
     * sheets that are not read, and on such sheets named as other teams' ({@code team-a/team-b_answers.csv}): another
     * team's work handed in inside this one's would be lost without a word. A subfolder named as the team itself
     * ({@code team-a/team-a/}, an archive unpacked into its own name) is the team's.
     */
    private static List<Finding> teamFoldersInside(HandedIn handedIn) {
        Path folder = handedIn.place();
        if (handedIn.scope() != HandedIn.Scope.ONE_TEAM || !Files.isDirectory(folder)) {
            return List.of();
        }
        Path read = real(handedIn.submission().file(), folder);
        Map<Path, List<String>> notRead = new TreeMap<>();
        for (Submissions.Submission other : handedIn.submission().fallbacks()) {
            Path sheet = real(other.file(), folder);
            for (int depth = 1; depth < sheet.getNameCount(); depth++) {
                Path inside = sheet.subpath(0, depth);
                if (Holding.namesAnotherTeam(inside, folder) && !read.startsWith(inside)) {
                    notRead.computeIfAbsent(inside, unused -> new ArrayList<>())
                            .add(inside.relativize(sheet).toString());
                    break;
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        String own = folder.getFileName().toString();
        if (NamedTeams.namesAnotherTeamWithin(Submissions.stem(read), own)) {
            // The folder holds no sheet of its own name: the team's grade is another team's sheet's.
            findings.add(new Finding.GradedFromAnotherTeamsSheet(handedIn.team(), read.toString()));
        } else {
            Folders.walk(folder, Submissions.FOLDER_DEPTH).paths().stream()
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            && SheetFormat.byExtension(file).isPresent() && !Submissions.ignored(file))
                    .map(file -> folder.relativize(file))
                    .filter(sheet -> !hidden(sheet) && notRead.keySet().stream().noneMatch(sheet::startsWith)
                            && NamedTeams.namesAnotherTeamWithin(Submissions.stem(sheet), own))
                    .sorted().forEach(sheet -> findings.add(new Finding.TeamSheetInside(handedIn.team(),
                            sheet.toString(), read.toString())));
        }
        notRead.forEach((inside, sheets) -> findings.add(new Finding.TeamFolderInside(handedIn.team(),
                inside.toString(), sheets, read.toString())));
        return findings;
    }

    /**
     * A path as one word of a POSIX shell's command line, to be pasted as it stands: quoted where a character would
     * part or expand it ({@code 'PS2 Submissions (Oct 18)'}), a trailing {@code /*} left outside the quotes to expand.
     */
    static String shellWord(String path) {
        String pattern = path.endsWith("/*") ? "/*" : "";
        String word = path.substring(0, path.length() - pattern.length());
        if (word.matches("[\\w./@%+=:,-]+")) {
            return word + pattern;
        }
        return "'" + word.replace("'", "'\\''") + "'" + pattern;
    }

    /** A sheet's path inside its team's folder. */
    private static Path real(Path file, Path folder) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(folder) ? folder.relativize(absolute) : absolute.getFileName();
    }

    /** A folder as the command line would name it: under the path named that holds it, else its real path. */
    private static String shown(Path folder, List<Path> named) {
        for (Path path : named) {
            try {
                Path real = path.toRealPath();
                if (folder.startsWith(real)) {
                    return path.resolve(real.relativize(folder)).normalize().toString();
                }
            } catch (IOException gone) {
                // Named paths were resolved before; one gone since is passed over.
            }
        }
        return folder.toString();
    }

    /**
     * The submission of one team, as {@code check} reads it: a file (its folder's team when that is a team's folder),
     * or a folder, read as one team's repository whatever it holds.
     *
     * @throws InputException when the path does not exist
     */
    static HandedIn one(Path path, Assignment assignment) throws IOException {
        Path real = existing(path);
        if (Files.isDirectory(real)) {
            return teamFolder(real.getParent() == null ? real : real.getParent(), real, null, assignment);
        }
        return file(path, real, null, Map.of());
    }

    /**
     * Where a path named lies: its real path, but a link's own place in its real folder (a link is read as its folder
     * lists it, when named with the rest of that folder).
     *
     * @throws InputException when nothing is there
     */
    private static Path place(Path path) throws IOException {
        Path name = path.toAbsolutePath().normalize().getFileName();
        if (Files.isSymbolicLink(path) && name != null) {
            return path.toAbsolutePath().normalize().getParent().toRealPath().resolve(name);
        }
        return existing(path);
    }

    /**
     * Refuses a device or a pipe named as a submission ({@code grade R /dev/null}, {@code check R /dev/null}): read,
     * it was the unreadable team "null", which reads as a bug rather than a wrong path. One that a folder named holds
     * is its team's, unreadable, as any file of a cohort that cannot be read.
     *
     * @param reads what the command reads, as the refusal says it
     * @throws InputException when {@code named} is neither a regular file nor a folder
     */
    static void fileOrFolder(Path named, String reads) throws InputException {
        if (Files.exists(named) && !Files.isRegularFile(named) && !Files.isDirectory(named)) {
            throw new InputException(named + ": not a regular file (a device or a pipe); " + reads);
        }
    }

    private static Path existing(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new InputException(path + (Files.isSymbolicLink(path) ? ": a link that leads nowhere"
                    : ": no such file or folder"));
        }
        // A FIFO or device named here is its team's, refused when read (Submissions): it never blocks the run.
        return path.toRealPath();
    }

    /** The real path of the output folder, or where it will be. */
    static Path real(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * A file named on the command line: its folder's team when the folder is a team's folder, but for a TA's folder
     * holding one team's file ({@link #handedInAlone}); otherwise a team of its own, by its name.
     */
    private static HandedIn file(Path named, Path real, Path out, Map<Path, String> earlierTeams) throws IOException {
        if (isRunOutput(real.getParent()) && WRITTEN.contains(real.getFileName().toString())
                || out != null && real.startsWith(out)) {
            throw new InputException(named + ": a file this tool wrote, not a submission");
        }
        Path folder = real.getParent();
        boolean namedWithFolder = named.normalize().getParent() != null;
        if (namedWithFolder && folder.getParent() != null && isTeamFolder(folder, out)
                && !handedInAlone(real, folder, earlierTeams)) {
            String team = folder.getFileName().toString();
            return new HandedIn(team, names(folder), folder, new Submissions.Submission(real, team,
                    team + "/" + real.getFileName(), List.of()), HandedIn.Scope.ONE_TEAM);
        }
        String team = Submissions.stem(real);
        List<String> names = new ArrayList<>(List.of(team));
        names.addAll(names(real));
        return new HandedIn(team, names, real, new Submissions.Submission(real, team, real.getFileName().toString(),
                List.of()), HandedIn.Scope.ONE_OR_MORE_TEAMS);
    }

    /**
     * Whether a file alone in a folder laid out as a team's is a team of its own: a TA's folder holding one team's
     * late or regraded file ({@code late/team-b.pdf}, {@code inbox/team-z.pdf}), which would otherwise be graded as a
     * new team named after the folder beside the team it is. So when its name names a team ({@code team-b}) and the
     * folder's does not, or when an earlier run into the output graded a team of its name and none from the folder.
     */
    private static boolean handedInAlone(Path file, Path folder, Map<Path, String> earlierTeams) {
        String team = Submissions.stem(file);
        return !earlierTeams.containsKey(folder) && (Holding.namesATeam(team) && !Holding.namesATeam(folder)
                || earlierTeams.values().stream().anyMatch(earlier -> key(earlier).equals(key(team))));
    }

    private static HandedIn teamFolder(Path root, Path folder, Path out, Assignment assignment) throws IOException {
        String team = folder.getFileName() == null ? "team" : folder.getFileName().toString();
        return new HandedIn(team, names(folder), folder, Submissions.folder(root, folder, team,
                path -> out != null && (path.startsWith(out) || writtenHere(path, folder)), assignment),
                HandedIn.Scope.ONE_TEAM);
    }

    /** The reports this tool writes for a team, beside its {@code report.json}. */
    private static final Set<String> TEAM_REPORTS = Set.of("report.json", "report.md", "report.html", "report.pdf");

    /**
     * Whether a file in a team's folder is one this tool wrote: it lies in the output of an earlier run, however deep
     * (a run's folder kept as {@code previous/run1}), or it is a team's report, beside that team's {@code report.json}
     * (feedback returned into the team's folder, or copied out of a run). The team's own files beside them are its.
     */
    private static boolean writtenHere(Path file, Path folder) {
        for (Path parent = file.getParent(); parent != null && parent.startsWith(folder); parent = parent.getParent()) {
            if (isRunOutput(parent)) {
                return true;
            }
        }
        return ownReport(file);
    }

    /** Whether a file is one of a team's reports this tool wrote, by its name and its {@code report.json}. */
    private static boolean ownReport(Path file) {
        if (!TEAM_REPORTS.contains(file.getFileName().toString())) {
            return false;
        }
        return teamReportJson(head(file.resolveSibling("report.json")));
    }

    /** Whether the first kilobytes of a file are a team's {@code report.json} as this tool writes it. */
    private static boolean teamReportJson(String head) {
        return head.startsWith("{\n  \"team\" : ") && head.contains("\"parts\" : [");
    }

    /**
     * Each sheet at the top of a cohort folder and each subfolder is a team, but for a section's folder of teams'
     * folders, which is a cohort of them.
     *
     * @param base the folder sources are said from: the cohort's, or the one holding its section
     * @param teamNames what sheets named as versions of one, or side by side in a folder, say their teams are called
     * @param assignment the assignment graded, which ranks a team folder's files numbering it before another's
     * @param chosen the entries read (all, or those a shell pattern named)
     */
    private static void cohort(Path named, Path root, Path base, Path out, List<HandedIn> found,
            List<Finding> findings, TeamNames teamNames, Assignment assignment, Predicate<Path> chosen)
            throws IOException {
        List<Path> entries;
        try {
            entries = Folders.entries(root).stream().filter(entry -> !Submissions.ignored(entry)
                    && chosen.test(entry)).toList();
        } catch (IOException refused) {
            // A folder named that cannot be opened may be a team's or a cohort: nothing says which, so the TA is asked.
            throw new InputException(named + ": cannot open folder: " + Folders.reason(refused), refused);
        }
        Download blackboard = Blackboard.find(named, root, base, entries);
        List<Path> notBlackboards = entries.stream().filter(entry -> !blackboard.taken().contains(entry)).toList();
        Download flat = namedAsATasFolder(root) ? FlatDownload.inTasFolder(named, root, base, notBlackboards)
                : FlatDownload.find(named, root, base, notBlackboards);
        Download studentWork = MicrosoftTeams.find(named, root, entries,
                student -> teamFolder(base, student, out, assignment));
        Set<Path> sections = sections(entries.stream()
                .filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !entry.equals(out)
                        && !isRunOutput(entry) && !studentWork.taken().contains(entry)).toList(),
                entries.size() == 1, entries.stream().filter(Holding::entryNamesATeam).count(), out);
        Set<Path> taken = new HashSet<>();
        int teams = 0;
        // Each team's folder with where its team lies in found, for the versions among them.
        Map<Path, Integer> teamFolders = new LinkedHashMap<>();
        List<Path> material = new ArrayList<>();
        for (Download download : List.of(blackboard, flat, studentWork)) {
            found.addAll(download.students());
            findings.addAll(download.findings());
            taken.addAll(download.taken());
            teams += download.students().size();
        }
        Map<Path, List<Path>> earlierVersions = earlierVersions(entries.stream().filter(entry -> !taken.contains(entry)
                && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && SheetFormat.byExtension(entry).isPresent()
                && !ownReport(entry)).toList(), teamNames, named, findings);
        earlierVersions.values().forEach(taken::addAll);
        Map<Path, Submissions.Submission> inFormats = inFormats(base, entries.stream().filter(entry
                -> !taken.contains(entry) && !earlierVersions.containsKey(entry)
                && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && SheetFormat.byExtension(entry).isPresent()
                && !ownReport(entry)).toList(), taken, teamNames, named, findings);
        for (Path entry : entries) {
            if (taken.contains(entry)) {
                continue;
            }
            if (Files.isSymbolicLink(entry)) {
                if (Files.exists(entry) && !Files.isDirectory(entry) && SheetFormat.byExtension(entry).isEmpty()) {
                    continue;
                }
                if (leadsInside(entry, root)) {
                    // What it leads to is read as itself.
                    findings.add(new Finding.NotASubmission(named.resolve(entry.getFileName()).toString(),
                            "a link (only what lies inside the submission folder is read)"));
                } else {
                    // Only what lies inside the submission folder is read; a team handed in through a link is listed,
                    // unreadable, never dropped.
                    String team = Files.isDirectory(entry) ? entry.getFileName().toString() : Submissions.stem(entry);
                    List<String> names = new ArrayList<>(List.of(team));
                    names.addAll(names(entry));
                    String why = Files.exists(entry) ? "a link leading outside the submission folder, not read: copy"
                            + " what it leads to into the folder to grade it" : "a link that leads nowhere";
                    found.add(new HandedIn(team, names, entry, new Submissions.Submission(root, team,
                            base.relativize(entry).toString(), List.of(why)), HandedIn.Scope.ONE_TEAM));
                    teams++;
                }
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Optional<Path> files = moodleFilesBeside(entry);
                if (files.isPresent()) {
                    findings.add(new Finding.MoodleOnlineText(named.resolve(entry.getFileName()).toString(),
                            named.resolve(files.get().getFileName()).toString()));
                    continue;
                }
                if (entry.equals(out) && !isRunOutput(entry)) {
                    handedInWhereReportsGo(entry, named.resolve(entry.getFileName()));
                }
                if (entry.equals(out) || isRunOutput(entry) || !holdsSheets(entry) && holdsReports(entry)) {
                    // An earlier run's output holding sheets it did not write may be a team's folder holding a copy
                    // of a run's files: the team would be lost with a note, so the TA is warned.
                    List<String> sheetsBeside = entry.equals(out) ? List.of() : sheetsNotWritten(entry).stream()
                            .map(sheet -> sheet.getFileName().toString()).toList();
                    findings.add(new Finding.NotASubmission(named.resolve(entry.getFileName()).toString(),
                            entry.equals(out) ? "the output folder" : "the output of an earlier grade run",
                            sheetsBeside));
                    continue;
                }
                Path section = named.resolve(entry.getFileName());
                if (sections.contains(entry) || sheetsOfDifferentTeams(entry, out, teamNames)
                        || foldersOfDifferentTeams(entry, out, teamNames)) {
                    int before = found.size();
                    cohort(section, entry, base, out, found, findings, teamNames, assignment, all -> true);
                    findings.add(new Finding.SectionOfTeams(section.toString(), found.size() - before));
                } else {
                    teamFolders.put(entry, found.size());
                    HandedIn team = teamFolder(base, entry, out, assignment);
                    found.add(team);
                    if (namedAsATasFolder(entry)) {
                        findings.add(new Finding.NamedAfterATasFolder(team.team(), section.toString()));
                    }
                }
                teams++;
            } else if (ownReport(entry)) {
                findings.add(new Finding.NotASubmission(named.resolve(entry.getFileName()).toString(),
                        "a team's report this tool wrote"));
            } else if (SheetFormat.byExtension(entry).isPresent()) {
                Optional<String> kept = notAnswers(entry);
                if (kept.isPresent()) {
                    findings.add(new Finding.NotASubmission(named.resolve(entry.getFileName()).toString(),
                            kept.get()));
                    continue;
                }
                // A FIFO or device named as a sheet is a team of its own, refused when read with the reason.
                List<Path> earlier = earlierVersions.getOrDefault(entry, List.of());
                String team = sharedName(Stream.concat(Stream.of(entry), earlier.stream()).map(Submissions::stem));
                List<String> names = new ArrayList<>(List.of(team));
                names.addAll(names(entry));
                Submissions.Submission submission = inFormats.getOrDefault(entry, new Submissions.Submission(entry,
                        team, base.relativize(entry).toString(), List.of()));
                found.add(new HandedIn(submission.defaultTeam(), names, entry, submission,
                        HandedIn.Scope.ONE_OR_MORE_TEAMS,
                        earlier.stream().map(file -> base.relativize(file).toString()).toList()));
                if (namesCourseMaterial(entry)) {
                    material.add(entry);
                }
                teams++;
            } else {
                // A team's archive or a document in another format is said, never dropped without a word; it is no
                // team, since the TA's own notes and scripts may lie beside the submissions.
                findings.add(new Finding.NotASheet(named.resolve(entry.getFileName()).toString(),
                        Submissions.notASheet(entry)));
            }
        }
        latestFolders(teamFolders, found, base, teamNames, named, findings);
        int otherTeams = teams - material.size();
        if (otherTeams > 1) {
            // Still a team: a name alone cannot tell the TA's handout from a team's file, and no team is dropped.
            for (Path sheet : material) {
                findings.add(new Finding.CourseMaterialBeside(named.resolve(sheet.getFileName()).toString(),
                        otherTeams));
            }
        }
        if (teams > 1 && Files.exists(root.resolve(".git"))) {
            findings.add(new Finding.RepositoryGradedAsCohort(named.toString(), teams));
        }
    }

    /**
     * The sheets at the top of a cohort that are the latest versions of others there by their names
     * ({@code team-a_v2.pdf} of {@code team-a.pdf}), each with the others of its line: one team's, not several. Sheets
     * named as versions of one that name different teams are not ({@code answers.pdf}, {@code answers (1).pdf} and
     * {@code answers (2).pdf}, a TA's downloads of three teams' attachments): each team's are versions of its own, and
     * a finding says so.
     *
     * @param named the cohort's folder as the command line names it
     */
    private static Map<Path, List<Path>> earlierVersions(List<Path> sheets, TeamNames names, Path named,
            List<Finding> findings) {
        Map<Path, List<Path>> earlier = new LinkedHashMap<>();
        for (List<Path> line : Submissions.versionLines(sheets)) {
            List<List<Path>> works = apart(line, names, named, findings);
            for (List<Path> work : works) {
                for (List<Path> versions : work.size() == line.size() ? List.of(line)
                        : Submissions.versionLines(work)) {
                    earlier.put(versions.get(0), versions.subList(1, versions.size()));
                }
            }
        }
        return earlier;
    }

    /**
     * The name a work's versions share, which its team goes by: {@code team-a} for {@code team-a.pdf} and
     * {@code team-a_v2.pdf}, {@code team-e} for {@code team-e.pdf} and {@code team-e_draft.pdf}, {@code team-3} for
     * {@code team-3/} and {@code team-3 (1)/}.
     */
    private static String sharedName(Stream<String> versions) {
        return versions.min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    /**
     * The teams' folders of a cohort that are versions of one by their names ({@code team-3/} and
     * {@code team-3 (1)/}, a team's archive unpacked twice, or downloaded again after a resubmission), as sheets there
     * are ({@link #earlierVersions}): one team, under the name the versions share, graded from the latest, the others
     * said and not read; unless the sheets they are graded from name different teams.
     *
     * @param teamFolders each team's folder, with where its team lies in {@code found}
     * @param named the cohort's folder as the command line names it
     */
    private static void latestFolders(Map<Path, Integer> teamFolders, List<HandedIn> found, Path base,
            TeamNames teamNames, Path named, List<Finding> findings) {
        TeamNames byGradedSheet = folder -> {
            Path sheet = found.get(teamFolders.get(folder)).submission().file();
            return Files.isRegularFile(sheet) ? teamNames.of(sheet) : Optional.empty();
        };
        Map<Path, List<Path>> earlier = earlierVersions(List.copyOf(teamFolders.keySet()), byGradedSheet, named,
                findings);
        List<Integer> set = new ArrayList<>();
        earlier.forEach((latest, others) -> {
            if (others.isEmpty()) {
                return;
            }
            String team = sharedName(Stream.concat(Stream.of(latest), others.stream())
                    .map(folder -> folder.getFileName().toString()));
            HandedIn graded = found.get(teamFolders.get(latest));
            List<String> names = new ArrayList<>(List.of(team));
            names.addAll(graded.names());
            found.set(teamFolders.get(latest), new HandedIn(team, names, graded.place(),
                    graded.submission(), graded.scope(), others.stream()
                            .map(folder -> base.relativize(folder) + "/").toList()));
            others.forEach(folder -> set.add(teamFolders.get(folder)));
        });
        set.stream().sorted(Comparator.reverseOrder()).forEach(index -> found.remove((int) index));
    }

    /**
     * Whether a folder holds at its top sheets that name different teams, none of them the folder's: a TA's folder of
     * teams' attachments, read as a cohort, not one team's, whether their names make them versions of one
     * ({@code late/answers.pdf}, {@code late/answers (1).pdf}) or one of them looks set aside by a word of its name
     * ({@code late/Final Four.pdf}, {@code late/Old School.docx}). A folder named as a team ({@code team-3},
     * {@code Group 3}), or as one of the teams its sheets name ({@code t3} of {@code T3} and {@code T3 old}), is that
     * team's: a sheet naming another team there is a slip in its team line.
     */
    private static boolean sheetsOfDifferentTeams(Path folder, Path out, TeamNames teamNames) throws IOException {
        if (Holding.namesATeam(folder)) {
            return false;
        }
        List<Path> sheets = Holding.of(folder, out).sheets();
        if (sheets.size() < 2) {
            return false;
        }
        return nameDifferentTeams(sheets, folder, teamNames);
    }

    /** Whether sheets name different teams, none of them the folder's they lie in. */
    private static boolean nameDifferentTeams(List<Path> sheets, Path folder, TeamNames teamNames) {
        Map<Path, String> teams = teamsNamed(sheets, teamNames);
        String own = folder.getFileName().toString();
        return teams.values().stream().noneMatch(team -> oneTeam(team, own)) && byTeamNamed(sheets, teams).size() > 1;
    }

    /**
     * Whether a folder holds only two or more folders, each with sheets at its top, whose sheets name different teams,
     * none of them the folder's: the cohort's layout one level down, however its folders are named. A TA's rounds of
     * one cohort ({@code round1/Ann Lee/hw2.pdf}, {@code round1/Bo Chen/answers.csv}, and the same students in
     * {@code round2/}) name their students' folders alike, as teams handing in from one template name theirs, and the
     * students may hand in different formats: only their team lines tell the rounds from one team's work in folders.
     */
    private static boolean foldersOfDifferentTeams(Path folder, Path out, TeamNames teamNames) throws IOException {
        Holding holding = Holding.of(folder, out);
        if (Holding.namesATeam(folder) || !mayBeASection(holding) || !holding.onlyFolders()
                || holding.sheetFolders().size() < 2 || !sheetsAtTheirTop(holding.sheetFolders(), out)) {
            return false;
        }
        List<Path> sheets = new ArrayList<>();
        for (Path inside : holding.sheetFolders()) {
            sheets.addAll(Holding.of(inside, out).sheets());
        }
        return nameDifferentTeams(sheets, folder, teamNames);
    }

    /**
     * Sheets named as one work (versions of one, or one name in several formats) apart by the teams they name
     * ({@link #byTeamNamed}); where they name different teams, a finding says so.
     *
     * @param named the cohort's folder as the command line names it
     */
    private static List<List<Path>> apart(List<Path> sheets, TeamNames names, Path named, List<Finding> findings) {
        Map<Path, String> teams = teamsNamed(sheets, names);
        List<List<Path>> works = byTeamNamed(sheets, teams);
        if (works.size() > 1) {
            findings.add(new Finding.VersionsOfDifferentTeams(named.toString(), sheets.stream()
                    .map(sheet -> sheet.getFileName().toString()).toList(), works.stream()
                    .filter(work -> teams.containsKey(work.get(0))).map(work -> teams.get(work.get(0))).toList()));
        }
        return works;
    }

    /** The teams the sheets of a line name, by sheet, for those that name one. */
    private static Map<Path, String> teamsNamed(List<Path> line, TeamNames names) {
        Map<Path, String> teams = new LinkedHashMap<>();
        line.forEach(sheet -> names.of(sheet).ifPresent(team -> teams.put(sheet, team)));
        return teams;
    }

    /**
     * A line of sheets named as versions of one, apart by the teams they name: all of it when it names one team or
     * none; else the sheets naming each team, and each sheet naming none alone, since nothing says whose it is.
     */
    private static List<List<Path>> byTeamNamed(List<Path> line, Map<Path, String> teams) {
        List<String> named = new ArrayList<>();
        List<List<Path>> works = new ArrayList<>();
        List<List<Path>> unnamed = new ArrayList<>();
        for (Path sheet : line) {
            if (!teams.containsKey(sheet)) {
                unnamed.add(List.of(sheet));
                continue;
            }
            String team = teams.get(sheet);
            int same = IntStream.range(0, named.size())
                    .filter(work -> oneTeam(named.get(work), team)).findFirst().orElse(-1);
            if (same < 0) {
                named.add(team);
                works.add(new ArrayList<>(List.of(sheet)));
            } else {
                works.get(same).add(sheet);
            }
        }
        if (works.size() < 2) {
            return List.of(line);
        }
        works.addAll(unnamed);
        return works.stream().map(List::copyOf).toList();
    }

    /**
     * Whether two names a sheet gives its team name one team: spelt alike, separators aside ({@code group3} and
     * {@code Group 3}), or the words of one all among the other's, the words saying it is a team aside
     * ({@code Alpha} and {@code Team Alpha (Ann, Bo)}; {@code Team 5} and {@code Group 5}).
     */
    private static boolean oneTeam(String one, String other) {
        if (NamedTeams.spelt(one).equals(NamedTeams.spelt(other))) {
            return true;
        }
        Set<String> oneWords = words(one);
        Set<String> otherWords = words(other);
        return oneWords.containsAll(otherWords) || otherWords.containsAll(oneWords);
    }

    /** The words of a name, as keys: its runs of letters and digits, but those saying it is a team's. */
    private static Set<String> words(String name) {
        return Arrays.stream(key(name).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !NamedTeams.isTeamWord(word))
                .collect(Collectors.toSet());
    }

    /**
     * The sheets at the top of a cohort that are one work in several formats by their names ({@code team-a.pdf} and
     * {@code team-a.tex}, {@code Team-B.md} and {@code team-b.txt}, one name ignoring case, each in a format of its
     * own): one team's, read as from a team's folder, the first format by the formats' order and the others in turn
     * should it have no answers or be unreadable (a scanned PDF beside its LaTeX source). Each such team's submission
     * under the first of its sheets by name, which goes by that sheet's name; the others are added to {@code taken}.
     */
    private static Map<Path, Submissions.Submission> inFormats(Path base, List<Path> sheets, Set<Path> taken,
            TeamNames teamNames, Path named, List<Finding> findings) {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (Path sheet : sheets) {
            byName.computeIfAbsent(key(Submissions.stem(sheet)), name -> new ArrayList<>()).add(sheet);
        }
        Map<Path, Submissions.Submission> submissions = new HashMap<>();
        for (List<Path> work : byName.values()) {
            // Two of one format are two files ("café" in two encodings, "A" and "a"): two teams, each kept.
            if (work.size() > 1 && work.stream().map(SheetFormat::extension).distinct().count() == work.size()
                    && apart(work, teamNames, named, findings).size() == 1) {
                Path first = work.stream().min(Comparator.naturalOrder()).orElseThrow();
                submissions.put(first, Submissions.files(base, work, Submissions.stem(first), file -> file));
                work.stream().filter(sheet -> !sheet.equals(first)).forEach(taken::add);
            }
        }
        return submissions;
    }

    /**
     * The answer sheets at a folder's top that are none of the files this tool writes there ({@link #WRITTEN}) nor a
     * team's report it wrote ({@link #ownReport}).
     */
    private static List<Path> sheetsNotWritten(Path folder) throws IOException {
        return Folders.entries(folder).stream().filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && SheetFormat.byExtension(file).isPresent() && !Submissions.ignored(file)
                && !WRITTEN.contains(file.getFileName().toString()) && !ownReport(file)).toList();
    }

    /**
     * Refuses an output folder not yet written to that is a team's folder of the cohort ({@code -o subs/team-d}): the
     * run would pass it over as its own output, and the team would be graded by no one.
     */
    private static void handedInWhereReportsGo(Path out, Path named) throws IOException {
        Optional<Path> sheet = sheetsNotWritten(out).stream().findFirst();
        if (sheet.isPresent()) {
            throw new InputException(named + ": is the output folder and a team's folder of the submissions (it"
                    + " holds " + sheet.get().getFileName() + "); write the reports to another folder");
        }
    }

    /** Whether a link leads to something inside {@code root}, which is then read as itself. */
    private static boolean leadsInside(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        } catch (IOException nowhere) {
            return false;
        }
    }

    /**
     * How Moodle names a student's folder in its download: the student, then what the folder holds, the files or the
     * online text ({@code Ann Lee_1001_assignsubmission_file_}); the last underscore may be gone, as some unpackers
     * and later versions of Moodle leave it.
     */
    private static final Pattern MOODLE_FOLDER = Pattern.compile("(?<student>.+)_assignsubmission_"
            + "(?<plugin>file|onlinetext)_?");

    /**
     * The folder of the same student's files, when {@code folder} is Moodle's folder of a student's online text: the
     * student is one team, handed in as files; else empty, and a student who typed only an online text is a team of
     * its own, unreadable as such.
     */
    private static Optional<Path> moodleFilesBeside(Path folder) {
        Matcher name = MOODLE_FOLDER.matcher(folder.getFileName().toString());
        if (!name.matches() || !name.group("plugin").equals("onlinetext")) {
            return Optional.empty();
        }
        return Stream.of("_", "").map(end -> folder.resolveSibling(name.group("student") + "_assignsubmission_file"
                + end)).filter(files -> Files.isDirectory(files, LinkOption.NOFOLLOW_LINKS)).findFirst();
    }

    /**
     * What a folder holds at its top, as the rules on teams' folders and sections count it.
     *
     * @param stems the names of its answer sheets, without their extensions
     * @param answers those of them whose names do not say they are not the answer ({@code draft}, {@code old}) nor
     *     are earlier versions of another ({@code hw2} beside {@code hw2-v2})
     * @param sheetFolders its subfolders that hold answer sheets within the depth searched
     */
    private record Holding(Path folder, List<Path> sheets, Set<String> stems, Set<String> answers,
            List<Path> sheetFolders, boolean repository) {

        static Holding of(Path folder, Path out) throws IOException {
            List<Path> sheets = new ArrayList<>();
            Set<String> stems = new TreeSet<>();
            Set<String> answers = new TreeSet<>();
            List<Path> sheetFolders = new ArrayList<>();
            List<Path> entries;
            try {
                entries = Folders.entries(folder).stream().filter(entry -> !Submissions.ignored(entry)).toList();
            } catch (IOException refused) {
                // Nothing known of it: no team's folder, no section; the team it is says why it was not read.
                entries = List.of();
            }
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && SheetFormat.byExtension(entry).isPresent()
                        && !ownReport(entry)) {
                    sheets.add(entry);
                    stems.add(Submissions.stem(entry));
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !entry.equals(out)
                        && !isRunOutput(entry) && holdsSheets(entry)) {
                    sheetFolders.add(entry);
                }
            }
            Set<Path> superseded = Submissions.superseded(sheets);
            sheets.stream().filter(sheet -> !Submissions.saysNotTheAnswer(sheet) && !superseded.contains(sheet))
                    .forEach(sheet -> answers.add(Submissions.stem(sheet)));
            return new Holding(folder, List.copyOf(sheets), stems, answers, sheetFolders,
                    Files.exists(folder.resolve(".git")));
        }

        /**
         * The names of its sheets (without extensions) and of its folders of sheets as a template names them: ignoring
         * case, without the folder's own name ({@code team-a-report.pdf} in {@code team-a} is {@code report}), and
         * leaving out the names that name a team ({@code team-1}, {@code Group B}), which sections number alike.
         */
        Set<String> templateNames() {
            String own = key(folder.getFileName().toString());
            Set<String> names = new TreeSet<>();
            Stream.concat(stems.stream(), sheetFolders.stream().map(each -> each.getFileName().toString()))
                    .map(name -> withoutName(key(name), own)).filter(name -> !NamedTeams.namesATeam(name))
                    .forEach(names::add);
            return names;
        }

        /**
         * A name without a folder's name standing in it as words of its own ({@code team-a-report} in {@code team-a};
         * not {@code report} in {@code Port}), and the separators that joined them.
         */
        private static String withoutName(String name, String own) {
            if (own.length() < 2 || name.equals(own)) {
                return name;
            }
            String rest = name.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(own) + "(?![\\p{L}\\p{N}])", " ");
            return rest.replaceAll("^[\\s_.-]+|[\\s_.-]+$", "").replaceAll("[\\s_.-]{2,}", "-");
        }

        /**
         * How many answers it holds at its top: a draft, a backup or an earlier version beside a team's answer is none
         * of its own.
         */
        int answerNames() {
            return answers.isEmpty() ? stems.size() : answers.size();
        }

        /**
         * Whether its name names a team ({@code team-a}, {@code Group 3}) and it holds folders of sheets none of which
         * names another team: the folders are its members' or its versions ({@code team-a/alice/}, {@code team-a/bob/},
         * or {@code team-a/team-a/}, an archive unpacked into its name), not teams of a section, which a section's
         * folder would name as teams ({@code group-1/team-a/}).
         */
        boolean namedAsATeam() {
            return namesATeam(folder) && !sheetFolders.isEmpty()
                    && sheetFolders.stream().noneMatch(inside -> namesAnotherTeam(inside, folder));
        }

        /** Whether a folder inside a team's names a team, not that one ({@code team-a/team-a/} is team-a's own). */
        static boolean namesAnotherTeam(Path inside, Path team) {
            return namesAnotherTeam(inside.getFileName().toString(), team);
        }

        /**
         * Whether a name ({@code team-b}, a sheet's without its extension) names a team other than the folder
         * {@code team}: {@code group3} and {@code Group 3} name one team, its separators aside.
         */
        static boolean namesAnotherTeam(String name, Path team) {
            return NamedTeams.namesAnotherTeam(name, team.getFileName().toString());
        }

        static boolean namesATeam(Path path) {
            return namesATeam(path.getFileName().toString());
        }

        /** Whether a folder, or a sheet by its name without its extension, names a team ({@code team-c.csv}). */
        static boolean entryNamesATeam(Path entry) {
            return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? namesATeam(entry)
                    : namesATeam(Submissions.stem(entry));
        }

        /** Whether a name names a team ({@code team-z} of {@code team-z.pdf}, given without its extension). */
        static boolean namesATeam(String name) {
            return NamedTeams.namesATeam(name);
        }

        /** Whether it holds folders of sheets and no sheet of its own: teams' folders, sections or a team's parts. */
        boolean onlyFolders() {
            return stems.isEmpty() && !sheetFolders.isEmpty();
        }
    }

    /**
     * Whether a folder is one team's: one answer sheet at its top (one name, in one or several formats, beside sheets
     * whose names say they are not the answer: {@code draft.pdf}, {@code answers_old.pdf}) and no subfolder with
     * answer sheets but those named as versions or parts of one work holding one work each
     * ({@code drafts/answers.pdf}, {@code figures/loss.pdf}); or no sheet at its top and only such subfolders
     * ({@code v1/answers.pdf}, {@code v2/answers.pdf}; {@code report/hw2.pdf}, {@code notebooks/hw2.ipynb}); or a
     * git repository with at most one answer sheet at its top and folders with answer sheets that are not teams'
     * folders sharing a format (a team's repository keeps its report, notebooks or drafts in folders:
     * {@code report/hw2.pdf}, {@code notebooks/hw2.ipynb}). Two folders with answer sheets, or two sheets, are teams.
     */
    static boolean isTeamFolder(Path folder, Path out) throws IOException {
        Holding holding = Holding.of(folder, out);
        if (namedAsADay(folder) && !holding.repository() || MicrosoftTeams.holdsStudentWork(folder)) {
            return false;
        }
        boolean versionsOnly = true;
        for (Path sheetFolder : holding.sheetFolders()) {
            versionsOnly &= (Submissions.namesAVersion(sheetFolder) || namesAPart(sheetFolder))
                    && isTeamFolder(sheetFolder, out);
        }
        return versionsOnly && (holding.answerNames() == 1 || holding.onlyFolders()) || holding.namedAsATeam()
                || holding.repository() && holding.answerNames() <= 1 && !holding.sheetFolders().isEmpty()
                && !teamsFolders(holding.sheetFolders(), out);
    }

    /**
     * The folders among {@code folders}, side by side in a cohort or named so, that are sections: cohorts of their
     * own, each of whose sheets and folders is a team.
     *
     * <ul>
     *   <li>A folder of teams' folders and no sheet of its own, two of them with sheets of one format
     *       ({@code section-1/team-a/answers.pdf}, {@code section-1/team-b/answers.pdf}), is a section wherever it
     *       lies. So is a folder holding an LMS's download of two or more students, or an LMS's folder of one
     *       student's files ({@code late/Cy Diaz_1003_assignsubmission_file_/}).
     *   <li>Beside such a section, and as all a cohort holds (a download unpacked into a folder of its own), a folder
     *       that is no team's, with folders of sheets and no sheet of its own, is a section: of one team, of teams
     *       handing in different formats, or of a team beside another's archive. As all a cohort holds, so is a folder
     *       that is no team's holding two or more sheets, as it would be named alone.
     *   <li>Beside two or more teams' folders holding their sheets at their top, a folder holding only two or more
     *       folders that hold theirs so ({@code late/Kernel Kings/hw2.pdf}, {@code late/Stride Riders/solution.docx})
     *       is a section: the cohort's layout one level down.
     *   <li>Wherever it lies, a folder holding nothing but one folder that would be a section as all a cohort holds,
     *       with two or more sheets or folders of sheets ({@code Mon/submissions/Ann Lee/}, {@code PS2-001/PS2/}), is
     *       a section.
     *   <li>Folders side by side none of which is a team's folder, each holding several teams' work by its layout
     *       (two sheets of one format that are no drafts or versions of each other, a sheet beside a folder of
     *       sheets, or folders of sheets and no sheet of its own), are sections unless two of them name most of their
     *       sheets and folders alike: teams handing in from one template do ({@code report.pdf} and
     *       {@code appendix.pdf} in every team's folder, or {@code team-a-report.pdf} in {@code team-a}), sections'
     *       teams do not; sections numbering their teams alike ({@code team-1.pdf} in each) are told apart by those
     *       names naming teams, and a section by the rule above is not compared.
     *   <li>A folder of Microsoft Teams' class files ({@code Student Work/Submitted files/}) is a section.
     *   <li>A folder of a TA's sorting of teams' work ({@link #sortedTeamsWork}: {@code drafts/team-a.pdf},
     *       {@code late/team-c.csv} beside {@code team-a.csv} and {@code team-b.csv}) is a section.
     *   <li>Never a section: a git repository, or a folder whose folders of sheets are named as versions
     *       ({@code v1}, {@code v2}, {@code attempt 2}, {@code old}, {@code new}, {@code Drafts}, {@code Final
     *       Submission}) or as parts of one work ({@code part1}, {@code q2}, {@code report}, {@code notebooks},
     *       {@code figures}), or an LMS's folder of one student's files: one team's work in several folders; nor a
     *       folder named as a team none of whose folders of sheets is ({@code team-a/alice/}, {@code team-a/bob/}).
     * </ul>
     *
     * @param alone whether the folders are all a cohort holds
     * @param besideTeams how many sheets and folders at the cohort's top are named as teams
     */
    private static Set<Path> sections(List<Path> folders, boolean alone, long besideTeams, Path out)
            throws IOException {
        Map<Path, Holding> holdings = new LinkedHashMap<>();
        for (Path folder : folders) {
            Holding holding = Holding.of(folder, out);
            if (mayBeASection(holding)) {
                holdings.put(folder, holding);
            }
        }
        Set<Path> teamsFolders = new HashSet<>();
        for (Path folder : folders) {
            if (isTeamFolder(folder, out)) {
                teamsFolders.add(folder);
            }
        }
        Set<Path> sections = new TreeSet<>();
        // Microsoft Teams' class files name their folders as versions (Submitted files, Working files).
        folders.stream().filter(MicrosoftTeams::holdsStudentWork).forEach(sections::add);
        for (Map.Entry<Path, Holding> each : holdings.entrySet()) {
            if (ofTeamsFolders(each.getValue(), out) || ofFoldersNamedAsTeams(each.getValue(), out)
                    || isDownload(each.getKey()) || ofAnLmsStudentsFolder(each.getValue())
                    || namedAsATasFolder(each.getKey()) && holdsLmsFiles(each.getKey())
                    || sortedTeamsWork(each.getValue(), besideTeams)) {
                sections.add(each.getKey());
            }
        }
        // Beside sections, a folder of one team's folder, or of one beside a team's archive, is a section too.
        boolean besideSections = !sections.isEmpty();
        for (Map.Entry<Path, Holding> each : holdings.entrySet()) {
            Holding holding = each.getValue();
            if ((besideSections || alone) && holding.onlyFolders() && !teamsFolders.contains(each.getKey())
                    || alone && !teamsFolders.contains(each.getKey()) && holdsSeveral(holding)) {
                sections.add(each.getKey());
            }
        }
        // Beside two or more teams' folders holding their sheets at their top, a folder holding only folders that
        // hold theirs so is the cohort's layout one level down: a TA's folder of late teams (late/Kernel Kings/hw2.pdf,
        // late/Stride Riders/solution.docx). Read as one team, all its teams but one were lost.
        if (besideTeamsHandingInSheets(folders, out)) {
            for (Map.Entry<Path, Holding> each : holdings.entrySet()) {
                Holding holding = each.getValue();
                if (holding.onlyFolders() && holding.sheetFolders().size() >= 2
                        && !teamsFolders.contains(each.getKey()) && sheetsAtTheirTop(holding.sheetFolders(), out)) {
                    sections.add(each.getKey());
                }
            }
        }
        // A folder named as a day holds the work that came that day (2025-10-17/, 2025-10-19/): a TA's sorting. A part
        // of Google Drive's download holds the downloaded folder's teams, however few: the part of one team was that
        // team, named after the part (PS2-20251018T101010Z-002).
        holdings.keySet().stream().filter(folder -> namedAsADay(folder) || namedAsADownloadPart(folder))
                .forEach(sections::add);
        // A folder holding nothing but a folder that would be a section were it all a cohort holds is a section too,
        // wherever it lies: Mon/submissions/{Ann Lee/, Bo Chen/}, a download unpacked into a folder of its own inside
        // a section's folder, or each part of a download split in two (PS2-001/PS2/…, PS2-002/PS2/…).
        for (Map.Entry<Path, Holding> each : holdings.entrySet()) {
            Holding holding = each.getValue();
            if (holding.onlyFolders() && holding.sheetFolders().size() == 1 && !teamsFolders.contains(each.getKey())
                    && ofSeveral(holding.sheetFolders().get(0), out)) {
                sections.add(each.getKey());
            }
        }
        boolean allSections = folders.size() > 1;
        List<Set<String>> names = new ArrayList<>();
        for (Path folder : folders) {
            Holding holding = holdings.get(folder);
            if (holding == null || teamsFolders.contains(folder) || !severalTeams(holding)) {
                allSections = false;
                break;
            }
            // A section by its own layout may number its teams as another does (team-1 in each).
            if (!sections.contains(folder)) {
                names.add(holding.templateNames());
            }
        }
        for (int first = 0; first < names.size() && allSections; first++) {
            for (int second = first + 1; second < names.size(); second++) {
                allSections &= !alike(names.get(first), names.get(second));
            }
        }
        if (allSections) {
            sections.addAll(folders);
        }
        return sections;
    }

    /** Whether two or more of the folders are teams' folders with sheets at their top. */
    private static boolean besideTeamsHandingInSheets(List<Path> folders, Path out) throws IOException {
        int teams = 0;
        for (Path folder : folders) {
            if (isTeamFolder(folder, out) && !Holding.of(folder, out).sheets().isEmpty()) {
                teams++;
            }
        }
        return teams >= 2;
    }

    /** Whether each folder holds a sheet at its top. */
    private static boolean sheetsAtTheirTop(List<Path> folders, Path out) throws IOException {
        for (Path folder : folders) {
            if (Holding.of(folder, out).sheets().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a folder is named as a day ({@link Days#isDay}: {@code 2025-10-17}, {@code 17.10.2025}, with a time of
     * the day or not), as a TA sorts work by when it came: it holds the work that came that day, each sheet and folder
     * a team, never one team's work.
     */
    private static boolean namedAsADay(Path folder) {
        return folder.getFileName() != null && Days.isDay(folder.getFileName().toString());
    }

    /**
     * A name a TA gives a folder of work that came apart from the rest, never a team's: late work, an inbox, work sent
     * by mail, regrades, resubmissions, extensions, work not yet sorted.
     */
    private static final Pattern TAS_FOLDER = Pattern.compile("(?:late(?: (?:submissions?|work|files|ones|by e ?mail))?|inbox"
            + "|e ?mail(?:ed)?|by e ?mail|regrades?|regrading|resubmissions?|extensions?|make ?up|misc|unsorted"
            + "|incoming|to grade|ungraded)");

    /** Whether a folder is named as a TA names a folder of work that came apart ({@link #TAS_FOLDER}). */
    private static boolean namedAsATasFolder(Path folder) {
        return folder.getFileName() != null
                && TAS_FOLDER.matcher(key(folder.getFileName().toString()).replaceAll("[ ._-]+", " ")).matches();
    }

    /**
     * Whether a folder's layout lets it be a section: no repository, no team's by its name, no LMS's folder of one
     * student's files, holding sheets or folders of them, none of its folders named as versions or parts of one work.
     */
    private static boolean mayBeASection(Holding holding) {
        return !holding.repository() && !holding.namedAsATeam()
                && (!holding.sheets().isEmpty() || !holding.sheetFolders().isEmpty())
                && !namedAsMoodleStudentsFiles(holding.folder())
                && holding.sheetFolders().stream().noneMatch(Submissions::namesAVersion)
                && holding.sheetFolders().stream().noneMatch(Discovery::namesAPart);
    }

    /**
     * Whether a folder is a section when all a cohort holds: no team's folder, holding two or more sheets or folders
     * of them ({@code submissions/Ann Lee/answers.pdf} and {@code submissions/Bo Chen/hw2.md}, or
     * {@code PS2 (File responses)/hw2 - Ann Lee.pdf} and {@code …/hw2 - Bo Chen.pdf}), as a folder named on its own
     * is a cohort.
     */
    private static boolean ofSeveral(Path folder, Path out) throws IOException {
        Holding holding = Holding.of(folder, out);
        return mayBeASection(holding) && holdsSeveral(holding) && !isTeamFolder(folder, out);
    }

    /** Whether a folder holds two or more answer sheets or folders of them at its top, whatever they are. */
    private static boolean holdsSeveral(Holding holding) {
        return holding.stems().size() + holding.sheetFolders().size() > 1;
    }

    /**
     * Words of a file's name saying it is the TA's, beside those saying it is the assignment handed out
     * ({@link Submissions#namesTheAssignment}): at the top of a cohort a solution is the key, not a team's answer.
     */
    private static final Set<String> COURSE_MATERIAL = Set.of("solution", "solutions", "key", "notes", "reference",
            "musterlösung", "musterloesung");

    /**
     * Whether a sheet's name says it is course material ({@code handout.tex}, {@code Problem Set 2.pdf},
     * {@code rubric_solutions.csv}, {@code key}).
     */
    private static boolean namesCourseMaterial(Path sheet) {
        // Composed first: a macOS name spells "ö" as "o" and a combining mark, which would split the word.
        return Submissions.namesTheAssignment(sheet) || Arrays.stream(java.text.Normalizer.normalize(
                Submissions.stem(sheet), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}]+")).anyMatch(COURSE_MATERIAL::contains);
    }

    /** What a folder of one team's work is named, its numbers and separators left out ({@code part 1}, {@code Q2}). */
    private static final Set<String> PART_NAMES = Set.of("part", "parts", "task", "tasks", "question", "questions",
            "q", "exercise", "exercises", "ex", "problem", "problems", "aufgabe", "report", "reports", "notebook",
            "notebooks", "figures", "figs", "plots", "images", "img", "data", "src", "code", "appendix", "handout",
            "docs", "doc", "latex", "tex", "pdf", "output", "outputs", "results");

    /** Whether a folder's name says it holds a part of one team's work ({@code part1}, {@code report}). */
    private static boolean namesAPart(Path folder) {
        return PART_NAMES.contains(folder.getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("[\\d\\s_.-]+", ""));
    }

    /**
     * Whether two folders' names ({@link Holding#templateNames}) are a template's: more than half of the fewer are in
     * both ({@code report}, {@code appendix} in each), as two sections' teams' names, which may coincide here and
     * there, are not.
     */
    private static boolean alike(Set<String> first, Set<String> second) {
        long shared = first.stream().filter(second::contains).count();
        return 2 * shared > Math.min(first.size(), second.size());
    }

    /**
     * Whether a folder holds teams' folders and no sheet of its own: two or more, each a team's folder, two of them
     * with sheets of one format (a team that keeps its report and notebook in folders of their own,
     * {@code report/hw2.pdf} and {@code notebooks/hw2.ipynb}, is one team).
     */
    private static boolean ofTeamsFolders(Holding holding, Path out) throws IOException {
        return holding.onlyFolders() && teamsFolders(holding.sheetFolders(), out);
    }

    /**
     * Whether a folder holds teams' folders named as teams ({@code team-a/}, {@code Group 3/}) and other sheets or
     * folders so named, two or more in all: a download unpacked into a folder of its own with a team's sheet left loose
     * beside the teams' folders ({@code ps2-submissions/team-a/answers.pdf}, {@code ps2-submissions/team-d.pdf}), or a
     * TA's folder of late teams ({@code late-by-email/team-y/}, {@code late-by-email/team-z.pdf}); or sheets named as
     * two or more teams ({@code final/team-a.pdf}, {@code final/team-b.pdf}), a TA's folder of finals beside one of
     * drafts holding a single team's. Read as one team, it lost every team but the one whose sheet was read.
     */
    private static boolean ofFoldersNamedAsTeams(Holding holding, Path out) throws IOException {
        int folders = 0;
        // Named as the folder itself (group-3.pdf and group3/ in Group 3), they are that team's own.
        for (Path folder : holding.sheetFolders()) {
            if (Holding.namesAnotherTeam(folder, holding.folder()) && isTeamFolder(folder, out)) {
                folders++;
            }
        }
        List<String> sheets = holding.sheets().stream().map(Submissions::stem)
                .filter(stem -> Holding.namesAnotherTeam(stem, holding.folder())).toList();
        // One team's sheet in several formats (team-5.pdf, team-5.md) names one team.
        long teams = sheets.stream().map(NamedTeams::spelt).distinct().count();
        return folders >= 1 && folders + sheets.size() >= 2 || teams >= 2;
    }

    /**
     * Whether a folder not named as a team holds only sheets and folders named as teams ({@code drafts/team-a.pdf},
     * {@code late/team-c.csv}, {@code Resubmissions/team-d/}), one or more, and is named as a version
     * ({@code drafts}, {@code final}) or lies beside two or more sheets or folders named as teams: a TA's sorting of
     * teams' work, each its team's, not the work of a team called {@code drafts} or {@code late}. Beside students'
     * folders ({@code Ann Lee/group-3.pdf}) a folder holding a sheet named as a team stays the student's.
     *
     * @param besideTeams how many sheets and folders named as teams lie beside it
     */
    private static boolean sortedTeamsWork(Holding holding, long besideTeams) {
        List<String> names = Stream.concat(holding.sheets().stream().map(Submissions::stem),
                holding.sheetFolders().stream().map(folder -> folder.getFileName().toString())).toList();
        // A team's folder holding a sheet named as another team (team-a/team-b.pdf) stays that team's.
        return !Holding.namesATeam(holding.folder())
                && (Submissions.namesAVersion(holding.folder()) || besideTeams >= 2) && !names.isEmpty()
                && names.stream().allMatch(Holding::namesATeam);
    }

    /** Whether folders are two or more teams' folders, two of them with sheets of one format. */
    private static boolean teamsFolders(List<Path> folders, Path out) throws IOException {
        if (folders.size() < 2) {
            return false;
        }
        Map<SheetFormat, Integer> foldersByFormat = new HashMap<>();
        for (Path team : folders) {
            if (!isTeamFolder(team, out)) {
                return false;
            }
            Folders.entries(team).stream().filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && !Submissions.ignored(file) && SheetFormat.byExtension(file).isPresent())
                    .map(file -> SheetFormat.byExtension(file).orElseThrow()).distinct()
                    .forEach(format -> foldersByFormat.merge(format, 1, Integer::sum));
        }
        return foldersByFormat.values().stream().anyMatch(count -> count > 1);
    }

    /**
     * Whether a folder's layout holds several teams' work: two sheets of one format at its top that are no drafts or
     * versions of each other, a sheet beside a folder of sheets, or folders of sheets and no sheet of its own.
     */
    private static boolean severalTeams(Holding holding) {
        if (!holding.stems().isEmpty() && !holding.sheetFolders().isEmpty()) {
            return true;
        }
        List<Path> answers = holding.sheets().stream().filter(sheet -> !Submissions.saysNotTheAnswer(sheet))
                .toList();
        Set<Path> superseded = Submissions.superseded(answers);
        Map<String, Long> byExtension = answers.stream().filter(sheet -> !superseded.contains(sheet)).collect(
                Collectors.groupingBy(sheet -> extension(sheet),
                        Collectors.counting()));
        return byExtension.values().stream().anyMatch(count -> count > 1)
                || holding.onlyFolders() && holding.sheetFolders().size() > 1;
    }

    /** A file's extension, ignoring case. */
    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a folder holds an LMS's folder of one student's files ({@code late/Cy Diaz_1003_assignsubmission_file_/}):
     * a TA's folder of work that came late, say. The LMS named that folder as its student's, so it is the team, and the
     * folder holding it a section; graded as one team's, it was the team {@code late}.
     */
    private static boolean ofAnLmsStudentsFolder(Holding holding) {
        return holding.sheetFolders().stream().anyMatch(Discovery::namedAsMoodleStudentsFiles);
    }

    /** Whether a folder is named as Moodle names the folder of one student's files. */
    private static boolean namedAsMoodleStudentsFiles(Path folder) {
        if (folder.getFileName() == null) {
            return false;
        }
        Matcher name = MOODLE_FOLDER.matcher(folder.getFileName().toString());
        return name.matches() && name.group("plugin").equals("file");
    }

    /** Whether a folder holds an LMS's download of two or more students side by side. */
    private static boolean isDownload(Path folder) throws IOException {
        List<Path> entries = Folders.entries(folder).stream().filter(entry -> !Submissions.ignored(entry)).toList();
        Download blackboard = Blackboard.find(folder, folder, folder, entries);
        Download flat = FlatDownload.find(folder, folder, folder, entries.stream()
                .filter(entry -> !blackboard.taken().contains(entry)).toList());
        return blackboard.students().size() + flat.students().size() > 1;
    }

    /**
     * Whether a TA's folder holds students' files as an LMS names them, however few
     * ({@link FlatDownload#inTasFolder}).
     */
    private static boolean holdsLmsFiles(Path folder) throws IOException {
        List<Path> entries = Folders.entries(folder).stream().filter(entry -> !Submissions.ignored(entry)).toList();
        return !FlatDownload.inTasFolder(folder, folder, folder, entries).students().isEmpty();
    }

    /**
     * Whether a folder holds an answer sheet within the depth searched, other than a file this tool wrote. What a
     * folder that cannot be opened holds is unknown, and counts as nothing: its team says why it was not read.
     */
    private static boolean holdsSheets(Path folder) {
        return Folders.walk(folder, Submissions.FOLDER_DEPTH).paths().stream().anyMatch(file -> Files.isRegularFile(
                file, LinkOption.NOFOLLOW_LINKS) && SheetFormat.byExtension(file).isPresent()
                && !hidden(folder.relativize(file)) && !writtenHere(file, folder));
    }

    /** Whether a folder holds reports this tool wrote, within the depth searched. */
    private static boolean holdsReports(Path folder) {
        return Folders.walk(folder, Submissions.FOLDER_DEPTH).paths().stream().anyMatch(file -> Files.isRegularFile(
                file, LinkOption.NOFOLLOW_LINKS) && SheetFormat.byExtension(file).isPresent()
                && writtenHere(file, folder));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (Submissions.ignored(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a folder holds what a grade run wrote: a {@code gradebook.csv} with the gradebook's header, or a
     * {@code results.json} of this tool's layout.
     */
    static boolean isRunOutput(Path folder) {
        if (folder == null) {
            return false;
        }
        return startsWith(folder.resolve("gradebook.csv"), "team,total,max,percent")
                || startsWith(folder.resolve("results.json"), "{") && contains(folder.resolve("results.json"),
                        "\"unreadable\"");
    }

    private static boolean startsWith(Path file, String text) {
        return head(file).startsWith(text);
    }

    private static boolean contains(Path file, String text) {
        return head(file).contains(text);
    }

    /**
     * What a file at a cohort's top is when it is a TA's, not a team's answers, which was graded as a team: a file this
     * tool reads beside the submissions or wrote ({@link #rosterOrScores}, {@link #writtenByThisTool}), or grades
     * exported for an LMS or kept by the TA ({@link #grades}).
     */
    static Optional<String> notAnswers(Path file) {
        return rosterOrScores(file).or(() -> writtenByThisTool(file));
    }

    /**
     * What a CSV file or workbook is when its header names the columns of a file this tool reads beside the
     * submissions: a roster ({@link Roster#COLUMNS}) or manual scores ({@link ManualScores#COLUMNS}); or grades
     * ({@link #grades}). A team's answers in the long layout give {@code team, part, answer}, in the wide one
     * {@code team} and the parts' ids.
     */
    private static Optional<String> rosterOrScores(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx");
        List<String> header;
        if (workbook) {
            header = XlsxSheetReader.firstRow(file);
        } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            try {
                // Read as --roster and --manual read it: a byte-order mark, quotes, "," ";" or a tab.
                header = CsvSheetReader.records(file).stream().findFirst().orElse(List.of());
            } catch (UnreadableException unreadable) {
                return Optional.empty(); // the team it is says why
            }
        } else {
            return Optional.empty();
        }
        Set<String> columns = header.stream().map(column -> column.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        // --roster and --manual read CSV: a workbook is saved as one first.
        String saved = workbook ? "save it as CSV and " : "";
        if (columns.containsAll(Roster.COLUMNS)) {
            return Optional.of("a roster (team, student_id, email), not a team's answers: " + saved
                    + "name it with --roster");
        }
        if (columns.containsAll(ManualScores.COLUMNS)) {
            return Optional.of("manual scores (team, part, points), not a team's answers: "
                    + (workbook ? "save them as CSV and " : "") + "name them with --manual");
        }
        if (grades(columns)) {
            return Optional.of("grades (a gradebook or an LMS's grade import), not a team's answers");
        }
        return Optional.empty();
    }

    /** The columns naming a grade in a gradebook, an LMS's grade import or a TA's list of marks. */
    private static final Set<String> GRADE_COLUMNS = Set.of("grade", "grades", "total", "score", "percent", "mark",
            "marks");

    /** The columns naming whom a grade is for. */
    private static final Set<String> GRADED_COLUMNS = Set.of("team", "student", "name", "full name", "email address",
            "email", "id number", "sis user id", "student_id");

    /**
     * Whether a header is grades': a column naming a grade and one naming whom it is for ({@code team, total, max,
     * percent} of this tool's gradebook, Moodle's {@code Email address, ID number, Full name, Grade}, {@code Team,
     * Total, Comment}) or Canvas's student columns ({@code Student, ID, SIS User ID}), and no answer's column ({@code part}, {@code answer}). A rubric whose parts were named so is
     * still read: the file is said, never dropped without a word.
     */
    private static boolean grades(Set<String> columns) {
        // Canvas names the grade's column after the assignment, beside its own student columns.
        boolean canvas = columns.contains("student") && columns.contains("sis user id");
        return (canvas || columns.stream().anyMatch(GRADE_COLUMNS::contains)
                && columns.stream().anyMatch(GRADED_COLUMNS::contains))
                && !columns.contains("part") && !columns.contains("answer");
    }

    /**
     * What a file is when this tool wrote it, by its first lines: the answer key ({@code key}'s Markdown or JSON) or a
     * team's report copied out of a run. Graded as a team, the key scored full marks.
     */
    private static Optional<String> writtenByThisTool(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".json")) {
            return Optional.empty();
        }
        String head = head(file);
        if (head.startsWith("# Answer key: ") || head.startsWith("{\n  \"title\" : ")
                && head.contains("\"parts\" : [") && head.contains("\"display\" : ")) {
            return Optional.of("the answer key this tool writes (cnn-grader key), not a team's answers");
        }
        if (head.startsWith("# ") && head.contains("\n**Team:** ") && head.contains("\n**Read from:** ")
                && head.contains("\n**Score:** ") || teamReportJson(head)) {
            return Optional.of("a team's report this tool wrote, not a team's answers");
        }
        return Optional.empty();
    }

    /** The first kilobytes of a regular file, or nothing. */
    private static String head(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try (InputStream input = Files.newInputStream(file)) {
            return new String(input.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** The ways to say where a path is, shortest first: its name, then with its folders ({@code a}, {@code x/a}). */
    private static List<String> names(Path path) {
        List<String> names = new ArrayList<>();
        String name = path.getFileName() == null ? "team" : path.getFileName().toString();
        names.add(name);
        for (Path parent = path.getParent(); parent != null && parent.getFileName() != null && names.size() < 4;
                parent = parent.getParent()) {
            name = parent.getFileName() + "/" + name;
            names.add(name);
        }
        return names;
    }

    /**
     * The submissions with identities unique ignoring case, each keeping its own unless another has it too; those
     * that share one take the next of their names until none does, then a number in path order.
     */
    static List<HandedIn> unique(List<HandedIn> found) {
        List<HandedIn> result = new ArrayList<>(found);
        for (List<Integer> group : groups(result).values()) {
            if (group.size() < 2) {
                continue;
            }
            // Take more of the path while that tells more of the group apart; names that differ only by case never
            // come apart this way (a case-insensitive file system could not hold both), and are numbered below. It
            // stops at the first level that does not (a.csv beside a.csv): a cohort's own folder, which a move
            // renames, never becomes part of an identity.
            int level = 0;
            while (true) {
                int next = level + 1;
                if (group.stream().anyMatch(index -> result.get(index).names().size() <= next)
                        || distinct(result, group, next) <= distinct(result, group, level)) {
                    break;
                }
                level = next;
            }
            for (int index : group) {
                result.set(index, result.get(index).named(result.get(index).names().get(level)));
            }
        }
        for (List<Integer> group : groups(result).values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Integer> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparing(result::get, latestFirst(group.stream().map(result::get).toList())));
            Set<String> taken = new HashSet<>();
            result.forEach(each -> taken.add(key(each.team())));
            for (int rank = 1; rank < ordered.size(); rank++) {
                HandedIn each = result.get(ordered.get(rank));
                String identity = free(each.team(), taken, rank + 1);
                taken.add(key(identity));
                result.set(ordered.get(rank), each.named(identity));
            }
        }
        return result;
    }

    /**
     * The order in which submissions of one identity take it and then numbers: the latest first, so that the team's
     * name in the gradebook, the roster and an LMS's grades is its latest work, not a draft the TA kept beside it. A
     * submission lying in a folder set aside ({@code drafts/team-a.pdf} beside {@code final/team-a.pdf}) comes last,
     * an earlier version by its folders' names ({@code attempt1/team-a/} before {@code attempt2/team-a/}) after the
     * later, a day's folder before the days that came before it ({@code 2025-10-19/} before {@code 2025-10-17/}); then
     * the order of their files' paths.
     */
    private static Comparator<HandedIn> latestFirst(List<HandedIn> alike) {
        Set<Path> earlier = Submissions.superseded(alike.stream().map(HandedIn::place).toList());
        return Comparator.comparing((HandedIn each) -> setAside(each.place()))
                .thenComparing(each -> earlier.contains(each.place()))
                .thenComparing(each -> day(each.place()), Comparator.reverseOrder())
                .thenComparing(each -> each.submission().file().toString());
    }

    /** Whether the folder a submission lies in says it holds what is not the answer ({@code drafts}, {@code old}). */
    private static boolean setAside(Path place) {
        return place.getParent() != null && place.getParent().getFileName() != null
                && Submissions.saysNotTheAnswer(place.getParent());
    }

    /** The day of the nearest folder named as one that a submission lies in ({@link Days#key}); empty when none is. */
    private static String day(Path place) {
        for (Path folder = place.getParent(); folder != null && folder.getFileName() != null;
                folder = folder.getParent()) {
            Optional<String> day = Days.key(folder.getFileName().toString());
            if (day.isPresent()) {
                return day.get();
            }
        }
        return "";
    }

    /**
     * The findings on submissions handed in under one name in one folder and told apart by {@link #unique}: side by
     * side ({@code team-f.pdf} and {@code team-f/}), as versions of one name ({@code team-a/} and
     * {@code team-a_late.md}), or in the folders a download or a TA sorted them into ({@link #unsorted}): a team's
     * folder in two parts of Google Drive's download ({@code PS2-20251018T101010Z-001/PS2/team-a},
     * {@code PS2-20251018T101010Z-002/PS2/team-a}) or its sheet in two days' folders ({@code 2025-10-17/team-a.pdf},
     * {@code 2025-10-19/team-a.pdf}). Sections' teams of one name ({@code x/a}, {@code y/a}) are different teams, and
     * are not said.
     */
    private static List<Finding.HandedInTwiceByName> handedInTwiceByName(List<HandedIn> found,
            List<HandedIn> identified) {
        Map<String, List<Integer>> byPlace = new TreeMap<>();
        for (int index = 0; index < found.size(); index++) {
            Path place = found.get(index).place().toAbsolutePath().normalize();
            byPlace.computeIfAbsent(unsorted(place.getParent()) + "\u0000"
                    + Submissions.workKey(found.get(index).team()),
                    shared -> new ArrayList<>()).add(index);
        }
        List<Finding.HandedInTwiceByName> findings = new ArrayList<>();
        for (List<Integer> group : byPlace.values()) {
            if (group.size() > 1) {
                findings.add(new Finding.HandedInTwiceByName(found.get(group.get(0)).team(), group.stream()
                        .map(index -> found.get(index).submission().source()).toList(), group.stream()
                        .map(index -> identified.get(index).team()).toList()));
            }
        }
        return findings;
    }

    /**
     * The name Google Drive gives each part of a folder's download split in several, {@code PS2-20251018T101010Z-001}:
     * the folder's name, the time of the download and the part's number.
     */
    private static final Pattern DOWNLOAD_PART = Pattern.compile("(.+)-\\d{8}T\\d{6}Z-\\d{3}");

    /** Whether a folder is named as a part of Google Drive's download ({@link #DOWNLOAD_PART}). */
    private static boolean namedAsADownloadPart(Path folder) {
        return folder.getFileName() != null && DOWNLOAD_PART.matcher(folder.getFileName().toString()).matches();
    }

    /**
     * A folder as the work in it was handed in, before a download or a TA sorted it: each download part's folder in
     * its path named as the folder downloaded, and folders named as days ({@link Days}) left out.
     */
    private static String unsorted(Path folder) {
        StringBuilder path = new StringBuilder(folder.getRoot() == null ? "" : folder.getRoot().toString());
        for (Path part : folder) {
            Matcher downloaded = DOWNLOAD_PART.matcher(part.toString());
            if (!namedAsADay(part)) {
                path.append(downloaded.matches() ? downloaded.group(1) : part.toString()).append('/');
            }
        }
        return path.toString();
    }

    /**
     * The submissions under the identities an earlier run into the same output folder gave them: one whose file or
     * folder that run graded keeps the identity it had there, whatever path names it now (graded alone after its
     * cohort, {@code z/teamz} is the {@code teamz (2)} it was beside {@code TeamZ}, and replaces that team, not
     * {@code TeamZ}). The others keep theirs unless one of those has it (ignoring case); then they take more of their
     * path, then a number.
     *
     * @param earlier the earlier run's identities by the real path each team handed in
     */
    static List<HandedIn> continuing(List<HandedIn> found, Map<Path, String> earlier) {
        List<HandedIn> result = new ArrayList<>(found);
        Set<String> taken = new HashSet<>();
        Set<Integer> continued = new HashSet<>();
        for (int index = 0; index < found.size(); index++) {
            String identity = earlier.get(found.get(index).place());
            if (identity != null && taken.add(key(identity))) {
                result.set(index, found.get(index).named(identity));
                continued.add(index);
            }
        }
        Set<String> fixed = Set.copyOf(taken);
        for (int index = 0; index < found.size(); index++) {
            if (!continued.contains(index)) {
                taken.add(key(found.get(index).team()));
            }
        }
        for (int index = 0; index < found.size(); index++) {
            HandedIn each = found.get(index);
            if (continued.contains(index) || !fixed.contains(key(each.team()))) {
                continue;
            }
            String identity = each.names().stream().filter(name -> !taken.contains(key(name))).findFirst()
                    .orElseGet(() -> free(each.team(), taken, 2));
            taken.add(key(identity));
            result.set(index, each.named(identity));
        }
        return result;
    }

    /** {@code identity} when no other has it, else {@code identity (n)} with the first such n from {@code from}. */
    private static String free(String identity, Set<String> taken, int from) {
        String numbered = identity;
        for (int number = from; taken.contains(key(numbered)); number++) {
            numbered = identity + " (" + number + ")";
        }
        return numbered;
    }

    /** How many of a group's names at {@code level} differ, ignoring case. */
    private static long distinct(List<HandedIn> handedIn, List<Integer> group, int level) {
        return group.stream().map(index -> key(handedIn.get(index).names().get(level))).distinct().count();
    }

    private static Map<String, List<Integer>> groups(List<HandedIn> handedIn) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int index = 0; index < handedIn.size(); index++) {
            groups.computeIfAbsent(key(handedIn.get(index).team()), ignored -> new ArrayList<>()).add(index);
        }
        return groups;
    }

    /** Identities compared as names are ({@link org.cnngrader.sheet.Characters#identityKey}). */
    static String key(String identity) {
        return org.cnngrader.sheet.Characters.identityKey(identity);
    }
}
