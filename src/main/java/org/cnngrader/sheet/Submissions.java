package org.cnngrader.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the submissions under the paths a TA names and reads each into answer sheets.
 *
 * <p>A path is a submission file, or a folder whose files are submissions (one team each) and
 * whose subfolders are team folders (a cloned assignment repository). From a team folder (searched
 * to any depth) one file is read, chosen by this priority: XLSX, CSV, PDF, Word ({@code .docx}),
 * notebook ({@code .ipynb}), {@code .tex}, {@code .md}, {@code .txt}; among files of the same
 * kind, one whose name contains "answer", "solution", "submission" or "sheet", then the one
 * nearest the folder's top, then by name. Sheets before documents: a sheet's answers are in their
 * cells, a document's must be located. A PDF before the Word document or notebook it was
 * exported from, because it is what the student saw and handed in; Word before a notebook,
 * because a notebook beside a report is usually the working behind it; both before plain text,
 * which is most often the LaTeX or Markdown source of a PDF beside it.
 *
 * <p>A candidate that looks like a blank template (read, but no answer written for any part) is
 * skipped for the next one, with a note saying so: the blank {@code template} sheet a team forgot
 * to delete must not beat the filled PDF beside it. When every candidate is blank, the first is
 * read and flagged. README files and hidden files are never submissions. A team is named by its
 * sheet, else by a "Team …" line, else by its file or folder name.
 */
public final class Submissions {

    /** The extensions read, in the order of preference within a team folder. */
    static final List<String> PRIORITY = List.of("xlsx", "xls", "csv", "tsv", "pdf", "docx", "doc", "ipynb", "tex", "md",
            "markdown", "txt");

    /** The priority as notes state it. */
    private static final String PRIORITY_NAMES = "xlsx, csv, pdf, docx, ipynb, tex, md, txt";

    /**
     * The most candidates read after a blank one: a repository full of notes must not have every
     * file read when its first is a blank template.
     */
    private static final int MAX_FALLBACKS = 8;

    private static final List<String> PREFERRED_NAMES = List.of("answer", "solution", "submission", "sheet");

    private Submissions() {
    }

    /**
     * One submission to read: a file, its default team name and its name in reports.
     *
     * @param fallbacks the team folder's other candidate files, in order of priority, read in turn
     *     when this one has no answers (a blank template)
     */
    public record Submission(Path file, String defaultTeam, String source, List<String> notes,
            List<Submission> fallbacks) {
        public Submission {
            notes = List.copyOf(notes);
            fallbacks = List.copyOf(fallbacks);
        }

        /** A submission without fallbacks: a file handed in on its own. */
        public Submission(Path file, String defaultTeam, String source, List<String> notes) {
            this(file, defaultTeam, source, notes, List.of());
        }
    }

    /**
     * The submissions under {@code paths}, in a deterministic order.
     *
     * @throws IOException if a named path does not exist or cannot be listed
     */
    public static List<Submission> find(List<Path> paths) throws IOException {
        List<Submission> submissions = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException(path + ": no such file or folder");
            }
            if (Files.isRegularFile(path)) {
                submissions.add(new Submission(path, stem(path), path.getFileName().toString(), List.of()));
                continue;
            }
            if (isTeamFolder(path)) {
                submissions.add(team(path));
                continue;
            }
            List<Path> entries;
            try (Stream<Path> listing = Files.list(path)) {
                entries = listing.filter(entry -> !ignored(entry)).sorted(Comparator.comparing(Path::toString))
                        .toList();
            }
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && SheetFormat.byExtension(entry).isPresent()) {
                    submissions.add(new Submission(entry, stem(entry), path.relativize(entry).toString(), List.of()));
                } else if (Files.isDirectory(entry)) {
                    teamFolder(path, entry).ifPresent(submissions::add);
                }
            }
        }
        return submissions;
    }

    /**
     * Whether a folder named on the command line is one team's folder rather than a folder of
     * submissions: a git repository, or a folder whose answer files all share one name
     * ({@code solution.pdf} and {@code solution.tex}).
     */
    static boolean isTeamFolder(Path folder) throws IOException {
        if (Files.exists(folder.resolve(".git"))) {
            return true;
        }
        List<Path> answers;
        try (Stream<Path> listing = Files.list(folder)) {
            answers = listing.filter(entry -> !ignored(entry) && Files.isRegularFile(entry)
                    && SheetFormat.byExtension(entry).isPresent()).toList();
        }
        return answers.size() > 1 && answers.stream().map(Submissions::stem).distinct().count() == 1;
    }

    /**
     * The submission of one team: a file, or a team folder from which one file is chosen by the
     * priority above (for a student checking their own repository).
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
        Path root = path.toAbsolutePath().getParent() == null ? path : path.toAbsolutePath().getParent();
        return teamFolder(root, path.toAbsolutePath()).orElseThrow();
    }

    private static Optional<Submission> teamFolder(Path root, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 4)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !ignored(file))
                    .filter(file -> SheetFormat.byExtension(file).isPresent())
                    .filter(file -> !hiddenPath(folder.relativize(file)))
                    .sorted(Comparator.comparingInt((Path file) -> PRIORITY.indexOf(SheetFormat.extension(file)))
                            .thenComparing(file -> preferred(file) ? 0 : 1)
                            .thenComparingInt(file -> folder.relativize(file).getNameCount())
                            .thenComparing(Path::toString))
                    .toList();
        }
        String team = folder.getFileName().toString();
        if (files.isEmpty()) {
            return Optional.of(new Submission(folder, team, root.relativize(folder) + "/",
                    List.of("the folder holds no answer sheet (xlsx, csv, pdf, docx, ipynb, tex, md or txt)")));
        }
        List<Submission> fallbacks = new ArrayList<>();
        for (int rank = 1; rank < Math.min(files.size(), 1 + MAX_FALLBACKS); rank++) {
            Path file = files.get(rank);
            fallbacks.add(new Submission(file, team, root.relativize(file).toString(),
                    List.of("read " + root.relativize(file) + ", number " + (rank + 1) + " of " + files.size()
                            + " candidate files by the priority " + PRIORITY_NAMES)));
        }
        Path chosen = files.get(0);
        List<String> notes = new ArrayList<>();
        if (files.size() > 1) {
            notes.add("read " + root.relativize(chosen) + ", the first of " + files.size()
                    + " candidate files by the priority " + PRIORITY_NAMES);
        }
        return Optional.of(new Submission(chosen, team, root.relativize(chosen).toString(), notes, fallbacks));
    }

    /**
     * Reads every submission; an unreadable one becomes an {@code unreadable} sheet with the reason.
     * Teams are sorted by name; a name used twice gets its source appended.
     */
    public static List<AnswerSheet> read(List<Submission> submissions, SheetSpec spec) {
        List<AnswerSheet> sheets = new ArrayList<>();
        for (Submission submission : submissions) {
            sheets.addAll(read(submission, spec));
        }
        return distinctAndSorted(sheets);
    }

    /**
     * The sheets of one submission, never an exception. A file that has no answers at all (a blank
     * template) gives way to the next candidate of its team folder that has some, with a note naming
     * the file skipped; when none has any, the first is kept and flagged.
     */
    public static List<AnswerSheet> read(Submission submission, SheetSpec spec) {
        List<AnswerSheet> sheets = readFile(submission, spec);
        if (!blank(sheets) || spec.parts().stream().noneMatch(SheetSpec.PartSpec::graded)) {
            return sheets;
        }
        List<String> skipped = new ArrayList<>();
        skipped.add(submission.source());
        for (Submission fallback : submission.fallbacks()) {
            List<AnswerSheet> next = readFile(fallback, spec);
            if (!blank(next)) {
                List<AnswerSheet> noted = new ArrayList<>();
                for (AnswerSheet sheet : next) {
                    for (String source : skipped) {
                        sheet = sheet.withNote("skipped " + source + ": it has no answers (a blank template?)");
                    }
                    noted.add(sheet);
                }
                return noted;
            }
            skipped.add(fallback.source());
        }
        List<AnswerSheet> flagged = new ArrayList<>();
        for (AnswerSheet sheet : sheets) {
            flagged.add(sheet.withNote("the sheet " + sheet.source() + " has no answers: a blank template?"));
        }
        return flagged;
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
                if (answer.value().isPresent() || !answer.written().isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The sheets of one file, never an exception. */
    private static List<AnswerSheet> readFile(Submission submission, SheetSpec spec) {
        if (Files.isDirectory(submission.file())) {
            return List.of(AnswerSheet.unreadable(submission.defaultTeam(), submission.source(),
                    submission.notes().get(0)));
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

    /** Sheets sorted by team name (ignoring case, then exactly, then by source); a name used twice gets its source appended. */
    public static List<AnswerSheet> distinctAndSorted(List<AnswerSheet> sheets) {
        Set<String> shared = shared(sheets.stream().map(AnswerSheet::team).toList());
        List<AnswerSheet> named = new ArrayList<>();
        for (AnswerSheet sheet : sheets) {
            String name = distinct(sheet.team(), sheet.source(), shared);
            named.add(name.equals(sheet.team()) ? sheet : sheet.withTeam(name));
        }
        named.sort(teamOrder(AnswerSheet::team, AnswerSheet::source));
        return named;
    }

    /** The team names that more than one sheet uses: each of those teams goes by {@link #distinct its name and its source}. */
    public static Set<String> shared(List<String> teams) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String team : teams) {
            if (!seen.add(team)) {
                shared.add(team);
            }
        }
        return shared;
    }

    /** The name a team goes by: its own, or, if that name is {@code shared}, with its source appended ({@code PS 2 B (team-b.csv)}). */
    public static String distinct(String team, String source, Set<String> shared) {
        return shared.contains(team) ? team + " (" + source + ")" : team;
    }

    /** The order of teams in every report: by name ignoring case, then exactly, then by source. */
    public static <T> Comparator<T> teamOrder(Function<T, String> team, Function<T, String> source) {
        return Comparator.comparing((T item) -> team.apply(item).toLowerCase(Locale.ROOT)).thenComparing(team)
                .thenComparing(source);
    }

    private static boolean preferred(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PREFERRED_NAMES.stream().anyMatch(name::contains);
    }

    private static boolean ignored(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).startsWith("readme");
    }

    private static boolean hiddenPath(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
