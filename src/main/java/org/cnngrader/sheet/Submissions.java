package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the file to read from a team's folder and reads submissions into answer sheets. Which paths are
 * submissions, and which team each is, is the run's to decide ({@code org.cnngrader.batch.Discovery}).
 *
 * <p>From a team folder (searched
 * to any depth) one file is read, chosen by this priority: XLSX, CSV, PDF, Word ({@code .docx}),
 * notebook ({@code .ipynb}), {@code .tex}, {@code .md}, {@code .txt}, after the assignment (a file whose folders or
 * name number another assignment than the rubric's, {@code ps1/report.pdf} graded for Problem Set 2, last) and the
 * name: one whose name contains
 * "answer", "solution", "submission" or "final" first ({@code answers.md} before the notebook of
 * experiments beside it), then one whose name says nothing, then one whose name says it is not the answer
 * ("draft", "old", "example", …); among those, by kind, then the one nearest the folder's top, then by
 * name. Sheets before documents: a sheet's answers are in their
 * cells, a document's must be located. A PDF before the Word document or notebook it was
 * exported from, because it is what the student saw and handed in; Word before a notebook,
 * because a notebook beside a report is usually the working behind it; both before plain text,
 * which is most often the LaTeX or Markdown source of a PDF beside it.
 *
 * <p>A candidate that looks like a blank template (read, but no answer written for any part), or that cannot be
 * read, is skipped for the next one, with a note saying so: the blank {@code template} sheet a team forgot
 * to delete, or an empty or damaged copy, must not beat the filled PDF beside it. When no candidate has answers,
 * the first is read and flagged (or is unreadable, with its reason). README files and hidden files are never submissions. A sheet's team name is the
 * name the sheet gives (its team cell, or a "Team …" line), else the default the run passed.
 */
public final class Submissions {

    /** The extensions read, in the order of preference within a team folder. */
    static final List<String> PRIORITY = List.of("xlsx", "xls", "csv", "tsv", "pdf", "docx", "doc", "ipynb", "tex", "md",
            "markdown", "txt");

    /** The priority as notes state it. */
    private static final String PRIORITY_NAMES = "name (answer, solution, final … first; draft, old, example … last;"
            + " a later version before an earlier one), then format (xlsx, csv, pdf, docx, ipynb, tex, md, txt)";

    /**
     * A name's last version mark, at its end after a space, dot, dash or underscore, or in parentheses:
     * {@code hw2_v2}, {@code answers-rev3}, {@code answers (corrected)}, {@code hw2 final}, {@code hw2v2}; or a whole
     * name of a word numbering attempts ({@code attempt2}, {@code submission_2}). A bare number is none ({@code hw2-2}
     * may be problem set 2's part 2); a browser's copy number ({@code answers (1)}) is {@link #COPY_MARK}.
     */
    private static final Pattern LAST_MARK = Pattern.compile("(?:^(?=(?:attempt|try|version|submission)[ ._-]?\\d)"
            + "|[ ._-]+\\(?|\\(|(?<=\\d)(?=v\\d))(?:(?:v|ver|version|rev|r|attempt|try|take|submission)[ ._-]?"
            + "(?<number>\\d{1,3})|(?<word>updated|corrected|revised|fixed|new|latest"
            + "|resubmit|resubmitted|resubmission|final))\\)?$", Pattern.CASE_INSENSITIVE);

    /**
     * The number a browser gives a file downloaded again beside one of its name, at its end: {@code answers (1)}
     * (Chrome, Edge, Safari), {@code answers(1)} (Firefox).
     */
    private static final Pattern COPY_MARK = Pattern.compile(" ?\\((?<copy>[1-9]\\d{0,2})\\)$");

    /** What a word mark ({@code final}, {@code corrected}) counts for: more than any number. */
    private static final int WORD_MARK = 1000;

    /**
     * A word at a name's end or start setting the file aside as a copy, backup or draft of a work: {@code hw2_draft},
     * {@code team-b - Copy}, {@code team-f copy 2} (macOS), {@code Copy of team-g} (Google Drive), {@code bak_team-d};
     * at the end any word of {@link #NOT_THE_ANSWER} ({@code ASIDE_END}), at the start the prefixes tools write.
     */
    private static final Pattern ASIDE_START = Pattern.compile("^(?:copy of|draft|old|backup|bak)[ ._-]+",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Late" at a name's start or end, as a TA marks work that came after the deadline ({@code LATE_team-c} beside
     * {@code team-c}, {@code team-a_late}): a later version, counting as a word mark. Never a whole name: a TA's
     * folder {@code late/} holds teams' work, not one work's version.
     */
    private static final Pattern LATE = Pattern.compile("^late[ ._-]+(?=.)|(?<=.)[ ._-]+late$",
            Pattern.CASE_INSENSITIVE);

    /** Words of a folder's name saying it holds one version of a work ({@code Final Submission}, {@code new}). */
    private static final Set<String> VERSION_WORDS = Set.of("final", "latest", "new", "current", "updated",
            "corrected", "revised", "resubmission", "resubmitted", "submitted");

    /**
     * The most candidates read after a blank one: a repository full of notes must not have every
     * file read when its first is a blank template.
     */
    private static final int MAX_FALLBACKS = 8;

    /**
     * The most candidates of one format a submission reads, its first among them: a repository's data CSVs, which rank
     * first by their format, used up every fallback, and the {@code report.pdf} beside nine of them was never read.
     */
    private static final int MAX_OF_A_FORMAT = 3;

    /** How deep a team's folder is searched for sheets: its top and three levels of folders below. */
    public static final int FOLDER_DEPTH = 4;

    /** The most files named in the reason a folder holds no answer sheet. */
    private static final int MAX_FILES_NAMED = 5;

    /** The formats read, as a reason names them. */
    private static final String FORMATS = "xlsx, csv, pdf, docx, ipynb, tex, md or txt";

    /** Parts of a name saying it is the answer handed in, in English and German ("Abgabe", "endgültig"). */
    private static final List<String> PREFERRED_NAMES = List.of("answer", "solution", "submission", "submitted",
            "final", "abgabe", "endgültig", "endgueltig");

    /**
     * A word of a name saying it is the assignment handed out, not a team's answer: {@code hw2-instructions},
     * {@code Problem_Set_2}, {@code assignment2}, {@code handout/}. A name that also says it is an answer or a team's
     * ({@code assignment2_answers}, {@code Assignment 2 - Team 5}) is none.
     */
    private static final Pattern HANDED_OUT = Pattern.compile("(?<!\\p{L})(?:handouts?|instructions?|assignment"
            + "|problem[\\s_.-]*sets?|syllabus|rubric)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEAMS_OWN = Pattern.compile("(?<!\\p{L})(?:team|group|grp|gruppe)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words of a file's name saying it is not the team's answer ("wip" a work in progress; German "Entwurf", a draft,
     * and "alt", old). Not "template": teams fill the template in and hand it in under its name; a blank one gives
     * way when read.
     */
    private static final Set<String> NOT_THE_ANSWER = Set.of("draft", "drafts", "old", "backup", "backups", "bak",
            "copy", "example", "examples", "sample", "samples", "scratch", "unused", "obsolete", "outdated", "archive",
            "archived", "previous", "wip", "entwurf", "alt");

    /** A word of {@link #NOT_THE_ANSWER} ending a name, numbered or not: {@code hw2_draft}, {@code team-f copy 2}. */
    private static final Pattern ASIDE_END = Pattern.compile("(?:[ ._-]+|^)(?:" + String.join("|",
            new TreeSet<>(NOT_THE_ANSWER)) + ")(?:[ ._-]?\\d{1,3})?$", Pattern.CASE_INSENSITIVE);

    private Submissions() {
    }

    /** How candidate files of one team's folder may be different work, as their names and folders say. */
    public enum Difference {
        /** {@code hw2_draft.pdf} and {@code hw2_final.pdf}, or two teams' {@code answers.pdf} in subfolders. */
        ONE_FORMAT_UNDER_DIFFERENT_NAMES,
        /** {@code answers.pdf} and {@code answers_v2.docx}, or {@code v2/hw2.md} beside {@code hw2.pdf}. */
        A_LATER_VERSION,
        /** {@code ps1/report.pdf} and {@code ps2/report.md}. */
        DIFFERENT_ASSIGNMENTS
    }

    /**
     * One submission to read: a file, its default team name and its name in reports.
     *
     * @param fallbacks the team folder's other candidate files, in order of priority, read in turn
     *     when this one has no answers (a blank template)
     * @param standIns how many of the fallbacks, the first ones, may be read when this file cannot be: another format or
     *     another name (its source beside a PDF, hw2.pdf beside an empty answers.xlsx), not a draft or an earlier
     *     version beside the answer
     */
    public record Submission(Path file, String defaultTeam, String source, List<String> notes,
            List<Submission> fallbacks, int standIns) {
        public Submission {
            notes = List.copyOf(notes);
            fallbacks = List.copyOf(fallbacks);
            if (standIns < 0 || standIns > fallbacks.size()) {
                throw new IllegalArgumentException("stand-ins " + standIns + " of " + fallbacks.size() + " fallbacks");
            }
        }

        /** A submission whose fallbacks may all stand in for it (one work in several formats). */
        public Submission(Path file, String defaultTeam, String source, List<String> notes,
                List<Submission> fallbacks) {
            this(file, defaultTeam, source, notes, fallbacks, fallbacks.size());
        }

        /**
         * This file and the other candidates of its team folder, when two of them are of one format under different
         * names ({@code hw2_draft.pdf} and {@code hw2_final.pdf}, or {@code team-a/answers.pdf} and
         * {@code team-b/answers.pdf}): a draft and the answer, or two teams' work, between which the choice is for a
         * person to confirm. A report beside its notebook, or one work in two formats, is the usual team folder:
         * empty then.
         */
        public List<Submission> rivals() {
            return differences().isEmpty() ? List.of() : candidates();
        }

        /** How this file and the other candidates of its team folder may be different work: none, usually. */
        public SortedSet<Difference> differences() {
            List<Submission> all = candidates();
            SortedSet<Difference> differences = new TreeSet<>();
            for (Submission one : all) {
                if (one.sharesFormat(all)) {
                    differences.add(Difference.ONE_FORMAT_UNDER_DIFFERENT_NAMES);
                }
                for (Submission other : all) {
                    if (laterVersion(other.file(), one.file())) {
                        differences.add(Difference.A_LATER_VERSION);
                    }
                    if (Assignment.differ(one.source(), other.source())) {
                        differences.add(Difference.DIFFERENT_ASSIGNMENTS);
                    }
                }
            }
            return differences;
        }

        private List<Submission> candidates() {
            List<Submission> all = new ArrayList<>(List.of(this));
            all.addAll(fallbacks);
            return all;
        }

        /**
         * The submission read past this file, which is no team's answer ({@code why}: a table of data whose columns
         * are named as parts reads as several teams' rows): its first stand-in, with the candidates after it and a
         * note naming this file; empty when none may stand in for it.
         */
        public Optional<Submission> passedOver(String why) {
            if (standIns == 0) {
                return Optional.empty();
            }
            Submission next = fallbacks.get(0);
            List<String> noted = new ArrayList<>(next.notes());
            noted.add("skipped " + source + ": " + why);
            return Optional.of(new Submission(next.file(), next.defaultTeam(), next.source(), noted,
                    fallbacks.subList(1, fallbacks.size()), standIns - 1));
        }

        /** Whether another of {@code candidates} is of this one's format (its name differs: they are one folder's). */
        public boolean sharesFormat(List<Submission> candidates) {
            return candidates.stream().anyMatch(other -> !other.file().equals(file)
                    && SheetFormat.extension(other.file()).equalsIgnoreCase(SheetFormat.extension(file)));
        }

        /** A submission without fallbacks: a file handed in on its own. */
        public Submission(Path file, String defaultTeam, String source, List<String> notes) {
            this(file, defaultTeam, source, notes, List.of());
        }
    }

    /**
     * The submission of one team: a file, or a team folder from which one file is chosen by the
     * priority above (for a student checking their own repository). The team's identity is the run's to decide;
     * the default team here is the file's stem or the folder's name.
     *
     * @throws IOException if the path does not exist or cannot be listed
     */
    public static Submission team(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return new Submission(path, stem(path), path.getFileName().toString(), List.of());
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path root = absolute.getParent() == null ? absolute : absolute.getParent();
        return folder(root, absolute, absolute.getFileName() == null ? "team" : absolute.getFileName().toString());
    }

    /**
     * The submission of the team folder {@code folder} under the submission root {@code root}, the team going by
     * {@code team}: its candidate files in order of priority, the first to be read and the others in turn should it
     * be a blank template. A folder without any candidate gives a submission that reads as unreadable, saying so.
     * Only regular files are candidates, and a link only when it leads to a file inside the same folder: a team's
     * repository cannot make the grader read another team's work, or anything outside the submissions.
     *
     * @throws IOException if the folder cannot be listed
     */
    public static Submission folder(Path root, Path folder, String team) throws IOException {
        return folder(root, folder, team, path -> false, Assignment.UNNUMBERED);
    }

    /**
     * {@link #folder(Path, Path, String)}, never taking a file that {@code excluded} holds is not a submission (in
     * an output folder of the grader's, say), and ranking first the files whose folders and names number no
     * assignment other than {@code assignment}: a repository kept for the whole course holds {@code ps1/report.pdf}
     * beside {@code ps2/report.md}, and only the second answers Problem Set 2. A file numbering another assignment
     * never stands in for one that does not.
     *
     * @throws IOException if the folder cannot be listed
     */
    public static Submission folder(Path root, Path folder, String team, Predicate<Path> excluded,
            Assignment assignment) throws IOException {
        Path inside = folder.toRealPath();
        Folders.Walk walk = Folders.walk(folder, FOLDER_DEPTH);
        if (walk.unopened().stream().anyMatch(unopened -> unopened.folder().equals(folder))) {
            // The team's folder itself: nothing of it can be read, and the team is listed, unreadable, saying why.
            return new Submission(folder, team, root.relativize(folder) + "/",
                    List.of(new Folders.Unopened(folder, walk.unopened().get(0).reason()).said(root)));
        }
        List<Path> present = walk.paths().stream().filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                .filter(file -> !ignored(file))
                .filter(file -> !hiddenPath(folder.relativize(file)))
                .filter(file -> !excluded.test(file))
                .sorted(Comparator.comparing(Path::toString))
                .toList();
        List<Path> named = present.stream().filter(file -> SheetFormat.byExtension(file).isPresent()).toList();
        List<Path> files = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        // A subfolder that cannot be opened (code/ of chmod 000) is said: the sheet may lie there, or elsewhere.
        walk.unopened().stream().filter(unopened -> !hiddenPath(folder.relativize(unopened.folder())))
                .forEach(unopened -> refused.add(unopened.said(root) + ", what it holds was not read"));
        for (Path file : named) {
            Optional<String> reason = refusal(file, inside);
            if (reason.isPresent()) {
                refused.add("skipped " + root.relativize(file) + ": " + reason.get());
            } else {
                files.add(file);
            }
        }
        Set<Path> superseded = superseded(named);
        Predicate<Path> another = file -> assignment.numbersAnother(
                folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"));
        // team-b_answers.csv in team-a/: another team's work, copied in, is never the team's answer while it has one.
        String folderName = folder.getFileName() == null ? team : folder.getFileName().toString();
        Predicate<Path> anotherTeams = file -> NamedTeams.namesAnotherTeamWithin(stem(file), folderName);
        Comparator<Path> notTheTeams = Comparator.comparing(another::test).thenComparing(anotherTeams::test);
        Comparator<Path> priority = notTheTeams
                .thenComparingInt((Path file) -> nameRank(folder.relativize(file)))
                .thenComparing(superseded::contains)
                .thenComparingInt((Path file) -> PRIORITY.indexOf(SheetFormat.extension(file)))
                .thenComparingInt(file -> folder.relativize(file).getNameCount())
                .thenComparing(Path::toString);
        files.sort(priority);
        // Another team's sheet beside the team's own is never read in its place, not even after a blank one.
        if (files.stream().anyMatch(anotherTeams.negate())) {
            files.stream().filter(anotherTeams).forEach(file -> refused.add("skipped " + root.relativize(file)
                    + ": its name names another team than " + folderName + ", never read in the team's place"));
            files.removeIf(anotherTeams);
        }
        Optional<Path> first = named.stream().min(priority);
        if (!files.isEmpty() && (nameRank(folder.relativize(first.orElseThrow()))
                < nameRank(folder.relativize(files.get(0))) || laterVersion(first.orElseThrow(), files.get(0))
                || notTheTeams.compare(files.get(0), first.orElseThrow()) > 0)) {
            // The team's answer by its name could not be read: a draft, an earlier version, another assignment's or
            // another team's work must not stand in for it, as a file ranked first by its format alone
            // (data/results.csv beside hw2.pdf) gives way.
            return notGradedInItsPlace(root, folder, team, String.join("; ", refused), files.get(0), "",
                    ": copy the file itself into the folder to grade it");
        }
        // A file that may hold the team's answer but is no format read, named as the answer where the sheet that would
        // be read is not (final.zip beside draft.md, answers.odt beside notes.md): the lesser sheet was graded without
        // a word.
        Optional<Path> unreadAnswer = files.isEmpty() || nameRank(folder.relativize(files.get(0))) == 0
                ? Optional.empty() : present.stream().filter(file -> SheetFormat.byExtension(file).isEmpty()
                        && mayHoldAnswers(file) && nameRank(folder.relativize(file)) == 0).findFirst();
        if (unreadAnswer.isPresent()) {
            return notGradedInItsPlace(root, folder, team, root.relativize(unreadAnswer.get()) + " is "
                    + notASheet(unreadAnswer.get()), files.get(0), " by its name", "");
        }
        // A sheet too deep to be searched is named, so the TA can move it up; looked for where the sheet found is
        // none named as the answer, which the deep one may be.
        List<Path> tooDeep = files.isEmpty() || nameRank(folder.relativize(files.get(0))) > 0 ? tooDeep(folder)
                : List.of();
        List<String> deepSaid = tooDeep.stream().map(file -> root.relativize(file) + " lies deeper than "
                + (FOLDER_DEPTH - 1) + " folders, not read: move it up to grade it").toList();
        if (!files.isEmpty() && tooDeep.stream().anyMatch(deep -> nameRank(folder.relativize(deep))
                < nameRank(folder.relativize(files.get(0))))) {
            // notes.txt beside course/ps2/final/answers.pdf: the answer by its name is out of reach, and no other
            // file is graded in its place.
            return notGradedInItsPlace(root, folder, team, String.join("; ", deepSaid), files.get(0), " by its name",
                    "");
        }
        refused.addAll(deepSaid);
        if (files.isEmpty()) {
            List<String> reasons = new ArrayList<>(List.of("the folder holds no answer sheet (" + FORMATS
                    + ") within " + (FOLDER_DEPTH - 1) + " folders of its top"));
            reasons.addAll(refused);
            // A README (or LICENSE, CHANGELOG) of a sheet's format is never an answer sheet, but may hold the answers.
            walk.paths().stream().filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !file.getFileName().toString().startsWith(".") && ignored(file)
                            && !hiddenPath(folder.relativize(file)) && SheetFormat.byExtension(file).isPresent())
                    .sorted(Comparator.comparing(Path::toString)).limit(MAX_FILES_NAMED)
                    .forEach(file -> reasons.add(root.relativize(file) + " is a repository's own file by its name,"
                            + " never read as answers: if it holds them, copy it as answers."
                            + SheetFormat.extension(file) + " to grade it"));
            // A sheet saved under a hidden name is the likeliest cause, and the one a team cannot see.
            walk.paths().stream().filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().startsWith(".")
                            && SheetFormat.byExtension(file).isPresent())
                    .sorted(Comparator.comparing(Path::toString)).limit(MAX_FILES_NAMED)
                    .forEach(file -> reasons.add(root.relativize(file) + " is hidden (its name begins with a dot)"
                            + ", not read: rename it to grade it"));
            return new Submission(folder, team, root.relativize(folder) + "/", List.of(withoutSheet(root,
                    present.stream().filter(file -> SheetFormat.byExtension(file).isEmpty()).toList(), reasons)));
        }
        return ranked(root, files, team, refused, notTheTeams
                .thenComparing(asideOrEarlier(file -> folder.relativize(file), superseded)),
                assignment.numbers().isEmpty() || files.stream().noneMatch(another) ? PRIORITY_NAMES
                        : "the assignment their folders or names number (" + String.join(", ", assignment.numbers())
                                + ", the rubric's, first), then " + PRIORITY_NAMES);
    }

    /** The answer sheets of a team's folder too deep in it to be searched, the first few by path. */
    private static List<Path> tooDeep(Path folder) throws IOException {
        return Folders.walk(folder, FOLDER_DEPTH + 4).paths().stream()
                .filter(file -> folder.relativize(file).getNameCount() > FOLDER_DEPTH)
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                .filter(file -> !hiddenPath(folder.relativize(file)) && !ignored(file)
                        && SheetFormat.byExtension(file).isPresent())
                .sorted(Comparator.comparing(Path::toString)).limit(MAX_FILES_NAMED).toList();
    }

    /**
     * A team folder's submission that cannot be graded: its answer by its name was not read ({@code why}), and the
     * file that would be read in its place ({@code lesser}, which ranks after it {@code by} its name or at all) is not.
     * Graded, the draft or notes would stand as the team's answer without a word.
     */
    private static Submission notGradedInItsPlace(Path root, Path folder, String team, String why, Path lesser,
            String by, String remedy) {
        return new Submission(folder, team, root.relativize(folder) + "/", List.of(why + "; " + root.relativize(lesser)
                + ", which ranks after it" + by + ", was not graded in its place" + remedy));
    }

    /**
     * The submission of a team that handed in {@code files} at the top of the submission root, none of them an answer
     * sheet (an LMS's download of a student's archive, or of an online text only): it reads as unreadable, saying
     * what each file is, so the team is listed, never dropped.
     */
    public static Submission withoutSheet(Path root, List<Path> files, String team) {
        return new Submission(root, team, root.relativize(files.get(0)).toString(), List.of(withoutSheet(root, files,
                List.of("no answer sheet (" + FORMATS + ") among the files handed in"))));
    }

    /** Why nothing was read, and what the files held are: what to do is to unpack an archive, export a document. */
    private static String withoutSheet(Path root, List<Path> files, List<String> reasons) {
        List<String> all = new ArrayList<>(reasons);
        files.stream().limit(MAX_FILES_NAMED).forEach(file -> all.add(root.relativize(file) + " is " + notASheet(file)));
        return String.join("; ", all);
    }

    /**
     * The submission of a team that handed in {@code files} at the top of the submission root, as an LMS lays out the
     * files of one attempt side by side (Blackboard's {@code Homework 2_jdoe_attempt_…_answers.pdf}): chosen among
     * them as from a team's folder, by the names the student gave them ({@code ownName}: {@code answers.pdf}), the
     * LMS's prefix left out, since it differs between two files of one student ({@code hw2_v2.pdf} is later than
     * {@code hw2.pdf} though Canvas numbers each file).
     */
    public static Submission files(Path root, List<Path> files, String team,
            UnaryOperator<Path> ownName) {
        List<Path> sorted = new ArrayList<>(files);
        Set<Path> superseded = superseded(files.stream().map(ownName).toList());
        sorted.sort(Comparator.comparingInt((Path file) -> nameRank(ownName.apply(file)))
                .thenComparing(file -> superseded.contains(ownName.apply(file)))
                .thenComparingInt((Path file) -> PRIORITY.indexOf(SheetFormat.extension(file)))
                .thenComparing(Path::toString));
        // An LMS's download is of one assignment: its files are not ranked by the assignments they number.
        return ranked(root, sorted, team, List.of(), asideOrEarlier(ownName, superseded), PRIORITY_NAMES);
    }

    /**
     * Files in order of how they stand as the team's answer by name and version alone: first those neither set aside
     * by their name ({@code draft}, {@code old}) nor an earlier version of another, then the earlier versions, then
     * those set aside ({@code ownName} gives the name a file is judged by).
     */
    private static Comparator<Path> asideOrEarlier(UnaryOperator<Path> ownName, Set<Path> superseded) {
        return Comparator.comparing((Path file) -> nameRank(ownName.apply(file)) == 2)
                .thenComparing(file -> superseded.contains(file) || superseded.contains(ownName.apply(file)));
    }

    /**
     * The first of {@code files} (in order of priority, at least one) to read, the others its fallbacks; those standing
     * as high by {@code asideOrEarlier} may stand in for it should it be unreadable, a draft or an earlier version not.
     */
    private static Submission ranked(Path root, List<Path> files, String team, List<String> refused,
            Comparator<Path> asideOrEarlier, String rankedBy) {
        List<Submission> fallbacks = new ArrayList<>();
        int standIns = 0;
        Map<String, Integer> ofFormat = new HashMap<>(Map.of(SheetFormat.extension(files.get(0)), 1));
        for (int rank = 1; rank < files.size() && fallbacks.size() < MAX_FALLBACKS; rank++) {
            Path file = files.get(rank);
            if (ofFormat.merge(SheetFormat.extension(file), 1, Integer::sum) > MAX_OF_A_FORMAT) {
                continue;
            }
            if (standIns == fallbacks.size() && asideOrEarlier.compare(files.get(0), file) >= 0) {
                standIns++;
            }
            // What was refused is said whichever candidate is read in the end.
            List<String> notes = new ArrayList<>(refused);
            notes.add("read " + root.relativize(file) + ", number " + (rank + 1) + " of " + files.size()
                    + " candidate files by " + rankedBy);
            fallbacks.add(new Submission(file, team, root.relativize(file).toString(), notes));
        }
        Path chosen = files.get(0);
        List<String> notes = new ArrayList<>(refused);
        if (files.size() > 1) {
            notes.add("read " + root.relativize(chosen) + ", the first of " + files.size()
                    + " candidate files by " + rankedBy);
        }
        return new Submission(chosen, team, root.relativize(chosen).toString(), notes, fallbacks, standIns);
    }

    /** Extensions of archives, which a team may hand in instead of the sheet inside. */
    private static final List<String> ARCHIVES = List.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz");

    /** Extensions of a download that did not finish, as browsers name it while it runs. */
    private static final List<String> PARTIAL_DOWNLOADS = List.of("crdownload", "part", "partial", "download",
            "opdownload");

    /** Extensions of documents that may hold a team's answers in a format not read, to be exported. */
    private static final List<String> OTHER_DOCUMENTS = List.of("odt", "ods", "odp", "rtf", "pages", "numbers", "key",
            "pptx", "ppt", "html", "htm", "epub");

    /**
     * Whether a file not read may be the team's answer itself: an archive, a document of a format not read, a download
     * that did not finish, a file without an extension; not a figure, a data file or code.
     */
    private static boolean mayHoldAnswers(Path file) {
        String extension = SheetFormat.extension(file);
        return ARCHIVES.contains(extension) || OTHER_DOCUMENTS.contains(extension)
                || PARTIAL_DOWNLOADS.contains(extension) || withoutExtension(file);
    }

    private static boolean withoutExtension(Path file) {
        String extension = SheetFormat.extension(file);
        return extension.isEmpty() || extension.equals(file.getFileName().toString().substring(1));
    }

    /**
     * Why a file is not an answer sheet by its name, for a TA to act on: an archive to unpack, a download to finish, a
     * file to name for its format, or a format to export from. Said of a file whose extension names no {@link
     * SheetFormat}.
     */
    public static String notASheet(Path file) {
        String extension = SheetFormat.extension(file);
        if (ARCHIVES.contains(extension)) {
            return "an archive (." + extension + "); unpack it to grade the sheet inside";
        }
        if (PARTIAL_DOWNLOADS.contains(extension)) {
            return "a download that did not finish (." + extension + "); download the file again to grade it";
        }
        if (withoutExtension(file)) {
            return "a file without an extension; name it for its format (.pdf, .docx, .ipynb, .xlsx, .csv, .md or"
                    + " .txt) to grade it";
        }
        return "a ." + extension + " file, not a format this tool reads; export it as PDF to grade it";
    }

    /**
     * Why a file of a team's folder is not read, if it is not: only regular files are read, and a link only when
     * it leads to a regular file inside the same team's folder ({@code folder}, a real path). A link out of the
     * folder would put the grading machine's files ({@code /etc/shadow}) or another team's answers into this
     * team's report; a FIFO or device would block the run.
     */
    static Optional<String> refusal(Path file, Path folder) {
        if (Files.isSymbolicLink(file)) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException broken) {
                return Optional.of("a link that leads nowhere");
            }
            if (!target.startsWith(folder)) {
                return Optional.of("a link leading outside the team's folder, not read");
            }
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? Optional.empty()
                    : Optional.of("a link to something that is not a regular file, not read");
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.empty()
                : Optional.of("not a regular file (a FIFO or device?), not read");
    }

    /**
     * Reads every submission, in order; an unreadable one becomes an {@code unreadable} sheet with the reason.
     */
    public static List<AnswerSheet> read(List<Submission> submissions, SheetSpec spec) {
        List<AnswerSheet> sheets = new ArrayList<>();
        for (Submission submission : submissions) {
            sheets.addAll(read(submission, spec));
        }
        return sheets;
    }

    /**
     * The sheets of one submission, never an exception. A file that has no answers at all (a blank
     * template) gives way to the next candidate of its team folder that has some, with a note naming
     * the file skipped; when none has any, the first is kept and flagged.
     */
    public static List<AnswerSheet> read(Submission submission, SheetSpec spec) {
        return read(submission, spec, ReadingLimits.DEFAULT);
    }

    /**
     * {@link #read(Submission, SheetSpec)} within {@code limits}: a watchdog abandons a submission past its time
     * (a PDF of form XObjects drawing each other, a pattern a student's text makes slow), which is then its team's
     * alone, unreadable with the limit named. The abandoned reader is interrupted and left to end on a daemon thread:
     * Java cannot stop it, but the run no longer waits for it.
     */
    public static List<AnswerSheet> read(Submission submission, SheetSpec spec, ReadingLimits limits) {
        FutureTask<List<AnswerSheet>> reading = new FutureTask<>(
                () -> limits.within(() -> readWithFallbacks(submission, spec, limits)));
        Thread reader = new Thread(reading, "read " + submission.source());
        reader.setDaemon(true);
        reader.start();
        try {
            return reading.get(limits.time().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            reading.cancel(true);
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    ReadingLimits.refusal(limits.timeLimit() + " per submission")));
        } catch (InterruptedException stopped) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    "the run was stopped while this file was read"));
        } catch (ExecutionException broken) {
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    "the file could not be read (" + broken.getCause().getClass().getSimpleName() + ")"));
        }
    }

    /**
     * The team a sheet names by its team line or cell, read within {@code limits}; empty when it names none, holds
     * several teams' rows, or cannot be read.
     */
    public static Optional<String> teamNamed(Path file, SheetSpec spec, ReadingLimits limits) {
        List<AnswerSheet> sheets = read(new Submission(file, "", file.getFileName().toString(), List.of()), spec,
                limits);
        return sheets.size() == 1 && sheets.get(0).readable() && !sheets.get(0).team().isBlank()
                ? Optional.of(sheets.get(0).team()) : Optional.empty();
    }

    private static List<AnswerSheet> readWithFallbacks(Submission submission, SheetSpec spec, ReadingLimits limits) {
        List<AnswerSheet> sheets = readFile(submission, spec, limits);
        if (answered(sheets) && !labelled(sheets)) {
            return labelledStandIn(submission, sheets, submission.fallbacks().subList(0, submission.standIns()), spec,
                    limits);
        }
        if (answered(sheets) || spec.parts().stream().noneMatch(SheetSpec.PartSpec::graded)) {
            return sheets;
        }
        List<String> skipped = new ArrayList<>();
        skipped.add(skipped(submission, sheets));
        boolean unreadable = sheets.isEmpty() || sheets.stream().anyMatch(sheet -> !sheet.readable());
        for (int rank = 0; rank < submission.fallbacks().size(); rank++) {
            Submission fallback = submission.fallbacks().get(rank);
            if (unreadable && rank >= submission.standIns()) {
                // The answer by its name cannot be read: its draft or earlier version is no answer in its place.
                return notInItsPlace(submission, sheets, fallback);
            }
            List<AnswerSheet> next = readFile(fallback, spec, limits);
            if (answered(next)) {
                // A figure's PDF (figures/loss.pdf after a blank figures/fmap.pdf) answers by place alone: a later
                // stand-in that labels its answers is the team's (hw2.ipynb).
                if (!labelled(next)) {
                    next = labelledStandIn(fallback, next, submission.fallbacks().subList(rank + 1,
                            Math.max(rank + 1, submission.standIns())), spec, limits);
                }
                List<AnswerSheet> noted = new ArrayList<>();
                for (AnswerSheet sheet : next) {
                    for (String note : skipped) {
                        sheet = sheet.withNote(note);
                    }
                    noted.add(sheet);
                }
                return noted;
            }
            skipped.add(skipped(fallback, next));
        }
        if (!blank(sheets)) {
            return sheets;
        }
        List<AnswerSheet> flagged = new ArrayList<>();
        for (AnswerSheet sheet : sheets) {
            flagged.add(sheet.withNote("the sheet " + sheet.source() + " has no answers: a blank template?"));
        }
        return flagged;
    }

    /**
     * The team unreadable, its answer's file saying why, and the file that ranks after it by its name, version or
     * assignment (a draft, an earlier version, {@code ps1/report.pdf} for Problem Set 2) named as not graded in its
     * place: graded, it would stand as the team's answer.
     */
    private static List<AnswerSheet> notInItsPlace(Submission submission, List<AnswerSheet> sheets,
            Submission next) {
        String reason = sheets.stream().filter(sheet -> !sheet.readable()).findFirst()
                .flatMap(AnswerSheet::reason).orElse("it could not be read");
        return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(), submission.source()
                + " could not be read (" + reason + "); " + next.source() + ", a draft, an earlier version or another"
                + " assignment's by its name or folders, was not graded in its place: hand in a readable "
                + submission.source() + ", or remove it to grade the next"));
    }

    /**
     * The sheets of a file that answers no part by a label or a cell, only by place or value (the assignment handed
     * out, re-uploaded beside the answers; another assignment's sheet; a figure's PDF), or those of the first of its
     * {@code standIns} that does, with a note naming the file passed over. A draft or an earlier version never stands
     * in: a terse final answer is still the answer.
     */
    private static List<AnswerSheet> labelledStandIn(Submission submission, List<AnswerSheet> sheets,
            List<Submission> standIns, SheetSpec spec, ReadingLimits limits) {
        for (Submission standIn : standIns) {
            List<AnswerSheet> next = readFile(standIn, spec, limits);
            if (answered(next) && labelled(next)) {
                String note = "skipped " + submission.source() + ": no answer in it was found by a label or a cell,"
                        + " only by place or value (the assignment handed out, or another assignment's sheet?); "
                        + standIn.source() + " labels its answers";
                return next.stream().map(sheet -> sheet.withNote(note)).toList();
            }
        }
        return sheets;
    }

    /**
     * Whether a file's sheets read a value for some part by a label or a cell: a label with nothing read beside it (a
     * handout's "Layer 2: 3 x 3 max pooling, stride 2") labels no answer.
     */
    private static boolean labelled(List<AnswerSheet> sheets) {
        return sheets.stream().flatMap(sheet -> sheet.answers().values().stream())
                .anyMatch(answer -> answer.value().isPresent() && answer.foundBy().named());
    }

    /** Whether a file's sheets were read and answer something. */
    private static boolean answered(List<AnswerSheet> sheets) {
        return !sheets.isEmpty() && sheets.stream().allMatch(AnswerSheet::readable) && !blank(sheets);
    }

    /** The note on a candidate passed over: blank, or unreadable and why. */
    private static String skipped(Submission candidate, List<AnswerSheet> sheets) {
        return sheets.stream().filter(sheet -> !sheet.readable()).findFirst()
                .map(sheet -> "skipped " + candidate.source() + ": it could not be read ("
                        + sheet.reason().orElse("unreadable") + ")")
                .orElse("skipped " + candidate.source() + ": it has no answers (a blank template?)");
    }

    /**
     * Whether a file's sheets were read but hold no answer at all: nothing written for any part (an
     * answer that could not be parsed was written, so it counts).
     */
    static boolean blank(List<AnswerSheet> sheets) {
        if (sheets.isEmpty()) {
            return false;
        }
        for (AnswerSheet sheet : sheets) {
            if (!sheet.readable()) {
                return false;
            }
            for (Answer answer : sheet.answers().values()) {
                if (answer.given()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The sheets of one file, never an exception. */
    private static List<AnswerSheet> readFile(Submission submission, SheetSpec spec, ReadingLimits limits) {
        if (Files.isDirectory(submission.file())) {
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    submission.notes().get(0)));
        }
        if (!Files.isRegularFile(submission.file())) {
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    "not a regular file (a FIFO or device?), not read"));
        }
        try {
            SheetFormat format = SheetFormat.detect(submission.file());
            List<String> notes = new ArrayList<>(submission.notes());
            Optional<SheetFormat> claimed = SheetFormat.byExtension(submission.file());
            if (claimed.isPresent() && claimed.get() != format && !(claimed.get() == SheetFormat.CSV
                    && format == SheetFormat.TEXT)) {
                notes.add("the file is named ." + SheetFormat.extension(submission.file()) + " but holds "
                        + format.name().toLowerCase(Locale.ROOT) + "; it was read as such");
            }
            List<AnswerSheet> sheets = format.reader().read(submission.file(), submission.source(), spec);
            if (sheets.size() > limits.teamsPerFile()) {
                throw new UnreadableException("the sheet holds " + sheets.size() + " teams: "
                        + ReadingLimits.refusal(limits.teamsPerFile() + " teams per file"));
            }
            List<AnswerSheet> named = new ArrayList<>();
            for (int i = 0; i < sheets.size(); i++) {
                AnswerSheet sheet = sheets.get(i);
                if (sheet.team().isBlank()) {
                    sheet = sheet.withTeam(submission.defaultTeam() + (sheets.size() > 1 ? " #" + (i + 1) : ""));
                }
                for (String note : notes) {
                    sheet = sheet.withNote(note);
                }
                named.add(sheet);
            }
            return named;
        } catch (UnreadableException unreadable) {
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    unreadable.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError broken) {
            // A reader tripped over a hostile file; that team alone is affected.
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    "the file could not be read (" + broken.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * How a file's name and the folders it lies in inside its team's folder rank it among files of one kind: an
     * answer's name first ({@code answers}, {@code final}, {@code submission/hw2}), then other names, then a name that
     * says it is not the answer ({@code hw2_draft}, {@code example_solution}, {@code old/hw2}, {@code drafts/hw2}) or
     * is the assignment handed out ({@code Problem_Set_2}, {@code hw2-instructions}, {@code handout/ps2}): a draft
     * beside the final, or course material in the team's folder, must not be read for the team.
     *
     * @param relative the file's path inside its team's folder
     */
    private static int nameRank(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(part -> names.add(part.toString()));
        names.set(names.size() - 1, stem(relative));
        if (names.stream().anyMatch(name -> saysNotTheAnswer(name) || handedOut(name))) {
            return 2;
        }
        return names.stream().anyMatch(name -> PREFERRED_NAMES.stream()
                .anyMatch(name.toLowerCase(Locale.ROOT)::contains)) ? 0 : 1;
    }

    /**
     * The files of which another is a later version by its name: {@code hw2.pdf} beside {@code hw2_v2.ipynb},
     * {@code answers-rev1.pdf} beside {@code answers-rev2.pdf}, {@code answers.pdf} beside
     * {@code answers_corrected.md}, {@code v1/answers.pdf} beside {@code v2/answers.pdf}. A student who hands in again
     * under a new name means the new one, whatever its format; a word mark ({@code updated}, {@code final}) is later
     * than any number.
     */
    public static Set<Path> superseded(List<Path> files) {
        Set<Path> superseded = new HashSet<>();
        for (List<Path> alike : alikeUnderMarks(files)) {
            superseded.addAll(supersededAmong(alike, false));
        }
        return superseded;
    }

    /**
     * The files, or folders, that are versions of one work by their names ({@code team-a.pdf}, {@code team-a_v2.pdf},
     * {@code team-a-rev2.pdf}; {@code team-3/} and {@code team-3 (1)/}, an archive unpacked twice), or copies set aside
     * ({@code team-a_draft.pdf}, {@code Copy of team-a.pdf}), a line of them for each work that has an earlier version
     * or a copy: first the latest (the first by name of the latest), then the others in name order. Lines come in the
     * order of their first files.
     */
    public static List<List<Path>> versionLines(List<Path> files) {
        List<List<Path>> lines = new ArrayList<>();
        for (List<Path> alike : alikeUnderMarks(files)) {
            Set<Path> earlier = supersededAmong(alike, true);
            if (earlier.isEmpty()) {
                continue;
            }
            Path latest = alike.stream().filter(file -> !earlier.contains(file)).sorted().findFirst().orElseThrow();
            List<Path> line = new ArrayList<>(List.of(latest));
            alike.stream().filter(file -> !file.equals(latest)).sorted().forEach(line::add);
            lines.add(List.copyOf(line));
        }
        lines.sort(Comparator.comparing(line -> line.get(0)));
        return lines;
    }

    /**
     * The files grouped by their names under their version marks, ignoring case: only files of one group can be
     * versions of each other, so a cohort's thousand sheets are compared within groups, not each with each.
     */
    private static Collection<List<Path>> alikeUnderMarks(List<Path> files) {
        Map<String, List<Path>> byBase = new HashMap<>();
        for (Path file : files) {
            byBase.computeIfAbsent(Characters.identityKey(Version.of(workName(file)).base()),
                    base -> new ArrayList<>()).add(file);
        }
        return byBase.values();
    }

    /**
     * The files of one group of which another there is a later version. Copies without their original
     * ({@code Team (1).pdf}, {@code Team (2).pdf}, as Windows numbers a batch of files renamed at once) are not
     * versions of each other by their numbers: they may be different teams', and are each read.
     *
     * @param asides whether a copy set aside ({@code team-a_draft}) is superseded by its work ({@code team-a}), as
     *     at the top of a cohort; in a team's folder the names' ranks order them
     */
    private static Set<Path> supersededAmong(List<Path> alike, boolean asides) {
        Set<Path> superseded = new HashSet<>();
        boolean original = alike.stream().anyMatch(file -> Version.of(workName(file)).copy() == 0);
        for (Path earlier : alike) {
            for (Path later : alike) {
                if (laterVersion(later, earlier, asides) && (original || !copiesOnly(later, earlier))) {
                    superseded.add(earlier);
                }
            }
        }
        return superseded;
    }

    /** Whether two names are one ignoring case and how accents are encoded, as team identities are. */
    private static boolean sameName(String one, String other) {
        return Characters.identityKey(one).equals(Characters.identityKey(other));
    }

    /** Whether two names differ only by their copy numbers ({@code answers (1)}, {@code answers (2)}). */
    private static boolean copiesOnly(Path one, Path other) {
        Version oneName = Version.of(workName(one));
        Version otherName = Version.of(workName(other));
        return oneName.mark() == otherName.mark() && oneName.copy() != otherName.copy();
    }

    /**
     * Whether {@code later}'s name is a later version of {@code earlier}'s: the same name under its version marks
     * and more of them ({@code answers_final_v2} after {@code answers_final}, {@code hw2_v3_final} after
     * {@code hw2_v2}), or as many and a later day ({@code answers_2025-10-18} after {@code answers_2025-10-17}), or
     * as many and a browser's higher copy number ({@code answers (1)} after {@code answers}, a second download of it);
     * or one name in folders so named ({@code attempt2/hw2.pdf} after {@code attempt1/hw2.pdf}).
     */
    public static boolean laterVersion(Path later, Path earlier) {
        return laterVersion(later, earlier, false);
    }

    private static boolean laterVersion(Path later, Path earlier, boolean asides) {
        Version laterName = Version.of(workName(later));
        Version earlierName = Version.of(workName(earlier));
        // A name of marks alone (attempt1, attempt2) is a version of another such name.
        boolean marksAlone = laterName.base().isEmpty() && earlierName.base().isEmpty() && laterName.mark() > 0
                && earlierName.mark() > 0;
        if (marksAlone || !laterName.base().isEmpty() && sameName(laterName.base(), earlierName.base())) {
            if (laterName.aside() != earlierName.aside()) {
                return asides && laterName.aside() < earlierName.aside();
            }
            if (laterName.mark() != earlierName.mark()) {
                return laterName.mark() > earlierName.mark();
            }
            if (!laterName.day().isEmpty() && !earlierName.day().isEmpty()
                    && !laterName.day().equals(earlierName.day())) {
                return laterName.day().compareTo(earlierName.day()) > 0;
            }
            if (laterName.copy() != earlierName.copy()) {
                return laterName.copy() > earlierName.copy();
            }
        }
        if (!sameName(workName(later), workName(earlier)) || later.getParent() == null || earlier.getParent() == null
                || later.getParent().getFileName() == null || earlier.getParent().getFileName() == null) {
            return false;
        }
        // A folder's name is its version whole: v2, attempt 1, new.
        Version laterFolder = Version.of("_" + later.getParent().getFileName());
        Version earlierFolder = Version.of("_" + earlier.getParent().getFileName());
        // A folder of a later version beside the first, kept in the folder above it: hw2.pdf, then v2/hw2.md.
        boolean besideTheFirst = earlier.getParent().equals(later.getParent().getParent())
                && laterFolder.base().isEmpty() && laterFolder.aside() == 0 && laterFolder.mark() > 1;
        return besideTheFirst || sameName(laterFolder.base(), earlierFolder.base())
                && laterFolder.aside() == earlierFolder.aside() && laterFolder.mark() > earlierFolder.mark();
    }

    /**
     * The key that names of one work share, under their version marks and the words setting them aside ({@code team-a},
     * {@code team-a_v2}, {@code LATE_team-a}, {@code team-a_draft}), ignoring case. A browser's copy number stays:
     * copies of different teams' files renamed at once ({@code Team (1)}, {@code Team (2)}) are not one work.
     */
    public static String workKey(String name) {
        Version version = Version.of(name);
        String base = version.base().isEmpty() ? name : version.base();
        return Characters.identityKey(version.copy() == 0 ? base : base + " (" + version.copy() + ")");
    }

    /**
     * Whether a folder's name says it holds one version of a work, not a team's: {@code v2}, {@code attempt 1},
     * {@code new}, {@code Final Submission}, {@code drafts}, {@code old}.
     */
    public static boolean namesAVersion(Path folder) {
        String name = folder.getFileName().toString();
        return saysNotTheAnswer(folder) || Version.of("_" + name).base().isEmpty() || Arrays.stream(
                name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(VERSION_WORDS::contains);
    }

    /**
     * A name without its version marks, and what they count for together: a number itself, a word
     * {@value #WORD_MARK}; none 0. Words setting it aside ({@code draft}, {@code Copy of}) are counted apart. A browser's copy number ends it ({@code answers (1)}, {@code answers(2)}, a file
     * downloaded again beside one of its name) and counts apart: after the marks, only where there are as many.
     *
     * @param copy the browser's copy number, 0 for none
     * @param aside how many words set it aside as a copy, backup or draft
     * @param day the last day it is dated with after its name ({@code answers_2025-10-18}, {@link Days}), as a key
     *     that sorts as the days do; empty for none
     */
    private record Version(String base, int mark, int copy, int aside, String day) {

        static Version of(String name) {
            String base = name;
            int copy = 0;
            // A copy downloaded again is numbered again: answers (1) (1).
            for (Matcher copied = COPY_MARK.matcher(base); copied.find() && copied.start() > 0;
                    copied = COPY_MARK.matcher(base)) {
                copy += Integer.parseInt(copied.group("copy"));
                base = base.substring(0, copied.start());
            }
            int mark = 0;
            int aside = 0;
            String day = "";
            while (true) {
                Matcher last = LAST_MARK.matcher(base);
                Matcher asideEnd = ASIDE_END.matcher(base);
                Matcher asideStart = ASIDE_START.matcher(base);
                Matcher late = LATE.matcher(base);
                Optional<Days.Dated> dated = day.isEmpty() ? Days.atEnd(base) : Optional.empty();
                if (dated.isPresent()) {
                    day = dated.get().key();
                    base = base.substring(0, dated.get().start());
                } else if (last.find()) {
                    mark += last.group("number") != null ? Integer.parseInt(last.group("number")) : WORD_MARK;
                    base = base.substring(0, last.start());
                } else if (asideEnd.find()) {
                    aside++;
                    base = base.substring(0, asideEnd.start());
                } else if (asideStart.find() && asideStart.end() < base.length()) {
                    aside++;
                    base = base.substring(asideStart.end());
                } else if (late.find()) {
                    mark += WORD_MARK;
                    base = late.start() == 0 ? base.substring(late.end()) : base.substring(0, late.start());
                } else {
                    return new Version(base, mark, copy, aside, day);
                }
            }
        }
    }

    /** Whether a file's name says it is the assignment handed out ({@link #HANDED_OUT}), not a team's answer. */
    public static boolean namesTheAssignment(Path file) {
        return handedOut(stem(file));
    }

    private static boolean handedOut(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HANDED_OUT.matcher(lower).find() && !TEAMS_OWN.matcher(lower).find()
                && PREFERRED_NAMES.stream().noneMatch(lower::contains);
    }

    /** Whether a file's name says it is not a team's answer: {@code hw2_draft}, {@code old}, {@code answers copy}. */
    public static boolean saysNotTheAnswer(Path file) {
        return saysNotTheAnswer(stem(file));
    }

    private static boolean saysNotTheAnswer(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(NOT_THE_ANSWER::contains);
    }

    /** Files and folders an operating system, an archiver or version control leaves beside a team's work. */
    private static final Set<String> SYSTEM_FILES = Set.of("__MACOSX", "CVS", "Thumbs.db", "desktop.ini");

    /**
     * Whether a file or folder is never a submission nor part of one: hidden (a dot first, as version control and
     * the grader's own staging folders are), Office's lock file of an open document ({@code ~$sheet.xlsx}), a
     * README or another of a repository's files about itself ({@code CONTRIBUTING.md}, {@code LICENSE}), or what a
     * system or archiver leaves ({@code __MACOSX}, {@code Thumbs.db}, {@code desktop.ini}).
     */
    public static boolean ignored(Path entry) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        // The name before its first dot: README.md, LICENSE-MIT, readme_de.txt, but not a team's "Licensed Learners"
        // or "License_to_Learn".
        String first = lower.indexOf('.') < 0 ? lower : lower.substring(0, lower.indexOf('.'));
        return name.startsWith(".") || name.startsWith("~$") || SYSTEM_FILES.contains(name)
                || REPOSITORY_FILE.matcher(first).matches();
    }

    /**
     * The names a repository gives the files it keeps about itself, never a team's answer: {@code README.md},
     * {@code README_de.md}, {@code LICENSE-MIT}, {@code SECURITY.md}.
     */
    private static final Pattern REPOSITORY_FILE = Pattern.compile("contributing|changelog|copying|code_of_conduct"
            + "|security|(?:readme|license|licence)(?:[-_](?:[a-z]{2}|mit|apache[-\\d.]*|bsd[-\\d]*|gpl[-\\d.]*"
            + "|lgpl[-\\d.]*|mpl[-\\d.]*|cc[-a-z\\d.]*))?");

    private static boolean hiddenPath(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What names a work, as versions are compared: a file's name without its extension, a folder's whole name
     * ({@code Ann.Lee}, {@code team-3 (1)}).
     */
    private static String workName(Path entry) {
        return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? entry.getFileName().toString() : stem(entry);
    }

    /** A file's name without its extension. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
