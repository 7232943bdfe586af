package org.cnngrader.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cnngrader.sheet.Submissions;

/**
 * Something a TA must know about a run's inputs that is not a grade: a manual score or roster row that matches no
 * team or part, two submissions that give one name, a folder graded as a cohort. Each is one line on the console
 * and one row of the summary's reconciliation table; none is dropped silently, and none stops the run.
 */
public sealed interface Finding {

    /** The kind of finding, a few words for the table's first column. */
    String kind();

    /** The team, roster team or file it is about. */
    String subject();

    /** What is wrong and what was done about it, in one line. */
    String detail();

    /** Whether it is a mismatch to fix (a warning) or only says how something was read (a note). */
    default boolean warning() {
        return true;
    }

    /** The console line. */
    default String consoleLine() {
        return (warning() ? "warning: " : "note: ") + subject() + ": " + detail();
    }

    /**
     * Whether an earlier finding says this one already, of the same submissions: one warning for one pair. Most say
     * what no other does.
     */
    default boolean saidBy(Finding earlier) {
        return false;
    }

    /** Whether one of the findings said before says this one already ({@link #saidBy}). */
    default boolean saidIn(List<Finding> said) {
        return said.stream().anyMatch(this::saidBy);
    }

    /** A manual score for a team the cohort does not have. */
    record ManualScoreForUnknownTeam(String file, int line, String team) implements Finding {
        public String kind() {
            return "manual score, unknown team";
        }

        public String subject() {
            return file + ":" + line;
        }

        public String detail() {
            return "no team '" + team + "' was graded; the score was not used (teams are named by their folder or"
                    + " file, as in manual-scores.csv)";
        }
    }

    /** A manual score for a part the rubric does not score by hand. */
    record ManualScoreForUnknownPart(String file, int line, String team, String part) implements Finding {
        public String kind() {
            return "manual score, unknown part";
        }

        public String subject() {
            return file + ":" + line;
        }

        public String detail() {
            return "'" + part + "' is no part the rubric scores by hand (manual: true); the score for " + team
                    + " was not used";
        }
    }

    /** A manual score above the part's points: it counts as the maximum. */
    record ManualScoreOverMaximum(String file, int line, String team, String part, String points, String maximum)
            implements Finding {
        public String kind() {
            return "manual score over the maximum";
        }

        public String subject() {
            return file + ":" + line;
        }

        public String detail() {
            return team + " " + part + ": " + points + " points given, " + maximum + " counted (the part's maximum)";
        }
    }

    /** A roster row left out of the LMS exports: its identifier would start a spreadsheet formula. */
    record RosterRowRefused(String team, String column, String identifier) implements Finding {
        public String kind() {
            return "roster row refused";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "the " + column + " '" + identifier + "' would start a spreadsheet formula; the student is left out"
                    + " of moodle.csv and canvas.csv (an identifier is written as it is, never altered): correct"
                    + " the roster";
        }
    }

    /** A roster team no submission belongs to: its students get no grade in the LMS files. */
    record RosterTeamWithoutSubmission(String team, int students) implements Finding {
        public String kind() {
            return "roster team without a submission";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "no graded team is named so; its " + students + (students == 1 ? " student is" : " students are")
                    + " left out of moodle.csv and canvas.csv";
        }
    }

    /**
     * A student the roster lists more than once: in several teams (the LMS files give the student a grade per team,
     * and the LMS keeps one), or twice in one.
     */
    record StudentListedTwice(String student, List<String> teams, int rows) implements Finding {
        public StudentListedTwice {
            teams = List.copyOf(teams);
        }

        public String kind() {
            return "student listed twice";
        }

        public String subject() {
            return student;
        }

        public String detail() {
            return teams.size() > 1 ? "the roster puts this student in " + String.join(", ", teams)
                    + "; moodle.csv and canvas.csv give a grade for each, and the LMS keeps only one"
                    : "the roster lists this student " + rows + " times in " + teams.get(0)
                            + "; moodle.csv and canvas.csv repeat the row";
        }
    }

    /** A graded team the roster does not name: it has no student rows in the LMS files. */
    record TeamWithoutRosterRows(String team) implements Finding {
        public String kind() {
            return "team without roster rows";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "the roster names no student of this team (by its folder or file, or the name on its sheet); it"
                    + " is missing from moodle.csv and canvas.csv";
        }
    }

    /** A roster team that two or more submissions resolve to: its students are exported with none of them. */
    record RosterTeamOfSeveralSubmissions(String team, List<String> teams) implements Finding {
        public RosterTeamOfSeveralSubmissions {
            teams = List.copyOf(teams);
        }

        public String kind() {
            return "roster team of several submissions";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "matches " + String.join(", ", teams) + "; its students are left out of moodle.csv and canvas.csv"
                    + " until the roster names one of them by its folder or file";
        }
    }

    /** Two or more submissions giving one name (also when they differ only by case): each keeps its identity. */
    record SharedName(String name, List<String> teams) implements Finding {
        public SharedName {
            teams = List.copyOf(teams);
        }

        public String kind() {
            return "name given by several submissions";
        }

        public String subject() {
            return name;
        }

        public String detail() {
            return "given by " + String.join(", ", teams) + "; each is graded as its own team: check that none"
                    + " handed in twice";
        }

        /** Teams handed in under one name ({@code team-a.pdf} in two days' folders, each "Team A") are said so. */
        @Override
        public boolean saidBy(Finding earlier) {
            return earlier instanceof HandedInTwiceByName twice && twice.teams().containsAll(teams);
        }
    }

    /**
     * Submissions side by side in one folder under one name, ignoring case and accents' encoding ({@code team-f.pdf}
     * beside the folder {@code team-f/}, or {@code café.csv} in two encodings), or as versions of one name
     * ({@code team-a/} and {@code team-a_late.md}), the parts of a download split in several and folders named as days
     * counting as one folder: each is graded as a team of its own, under more of its path or a number, and a
     * person decides whether they are one team's.
     */
    record HandedInTwiceByName(String name, List<String> sources, List<String> teams) implements Finding {
        public HandedInTwiceByName {
            sources = List.copyOf(sources);
            teams = List.copyOf(teams);
        }

        public String kind() {
            return "one name handed in twice";
        }

        public String subject() {
            return name;
        }

        public String detail() {
            return String.join(" and ", sources) + " are handed in under one name; each is graded as a team of its"
                    + " own (" + String.join(", ", teams) + "): if they are one team's work, keep one and grade again";
        }

        /**
         * Sheets said to name different teams, each graded as its own ({@code Alpha.pdf} of Alpha North and
         * {@code alpha.md} of alpha south), are said so.
         */
        @Override
        public boolean saidBy(Finding earlier) {
            return earlier instanceof VersionsOfDifferentTeams apart && apart.sheets().containsAll(sources.stream()
                    .map(source -> Path.of(source).getFileName().toString()).toList());
        }
    }

    /** A folder that is a git repository, graded as a cohort because it holds several teams. */
    record RepositoryGradedAsCohort(String folder, int teams) implements Finding {
        public String kind() {
            return "repository graded as a cohort";
        }

        public String subject() {
            return folder;
        }

        public String detail() {
            return "a git repository holding " + teams + " team sheets or folders: each is a team (a team repository"
                    + " has one answer sheet at its top)";
        }

        @Override
        public boolean warning() {
            return false;
        }
    }

    /**
     * A folder among the teams' folders of a cohort, or named beside others, that holds several teams' work (teams'
     * folders, an LMS's download, sheets named by team): a section, each of whose sheets and folders is a team.
     */
    record SectionOfTeams(String folder, int teams) implements Finding {
        public String kind() {
            return "section of teams";
        }

        public String subject() {
            return folder;
        }

        public String detail() {
            return "a section's folder of " + (teams == 1 ? "1 team's" : teams + " teams'") + " work: each sheet or"
                    + " folder in it is graded as a team";
        }

        @Override
        public boolean warning() {
            return false;
        }
    }

    /**
     * A team of an earlier run into the output folder, replaced by a submission of the same identity handed in
     * elsewhere while the earlier one is still there: the same team handed in again, or another team of that name.
     * The places are relative to the output folder.
     */
    record ReplacedFromElsewhere(String team, String earlier, String now) implements Finding {
        public String kind() {
            return "replaced from elsewhere";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "an earlier run graded " + earlier + " as this team; it is replaced by " + now
                    + " (if they are two teams, grade both in one run)";
        }
    }

    /**
     * A file at the top of a submission folder that is no answer sheet by its name: a team's archive, or a document in
     * a format this tool does not read. It is no team, since a TA's notes may lie there too, but may be one's work.
     */
    record NotASheet(String path, String why) implements Finding {
        public String kind() {
            return "not an answer sheet";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return why + "; not read";
        }
    }

    /**
     * Moodle's download of all submissions gives a student who handed in files and typed an online text a folder for
     * each ({@code Ann Lee_1001_assignsubmission_file_}, {@code …_onlinetext_}): one team, graded from its files.
     */
    record MoodleOnlineText(String path, String files) implements Finding {
        public String kind() {
            return "Moodle online text";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return "the online text of the student whose files are in " + files + ", which are graded; the online"
                    + " text is not read (read it in Moodle)";
        }
    }

    /**
     * A team's folder holding answer sheets that may be different work: of one format under different names
     * ({@code hw2_draft.pdf} and {@code hw2_final.pdf}, or {@code section-1/team-a/answers.pdf} and
     * {@code section-1/team-b/answers.pdf}), a later version beside the first, or in folders of different assignments
     * ({@code ps1/report.pdf} and {@code ps2/report.md}): one is read, by the order of formats and names, and a person
     * confirms it is the team's answer.
     *
     * @param sheets the sheets, the one read first unless it had no answers or could not be read
     * @param differences how the sheets may differ, as their names and folders say: at least one
     * @param cohort how to grade the folder as a cohort, when its sheets lie in subfolders of their own (sections)
     */
    record SeveralSheets(String team, List<String> sheets, SortedSet<Submissions.Difference> differences,
            Optional<String> cohort) implements Finding {
        public SeveralSheets {
            sheets = List.copyOf(sheets);
            if (differences.isEmpty()) {
                throw new IllegalArgumentException("several sheets of " + team + " that differ in no way said");
            }
            differences = Collections.unmodifiableSortedSet(new TreeSet<>(differences));
        }

        public String kind() {
            return "several sheets";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return sheets.size() + " answer sheets in the team's folder that may be different work, "
                    + String.join(" and ", differences.stream().map(SeveralSheets::said).toList()) + " ("
                    + String.join(", ", sheets) + "); " + sheets.get(0) + " is read unless it has no answers or cannot"
                    + " be read, as the report says: check it is the team's answer" + cohort.map(command -> "; if each subfolder"
                    + " is a team, grade the folder as a cohort: " + command).orElse("");
        }

        private static String said(Submissions.Difference difference) {
            return switch (difference) {
                case ONE_FORMAT_UNDER_DIFFERENT_NAMES -> "one format under different names";
                case A_LATER_VERSION -> "a later version beside an earlier one";
                case DIFFERENT_ASSIGNMENTS -> "folders or names numbering different assignments";
            };
        }
    }

    /**
     * A team graded from a sheet whose folders or name number only other assignments than the rubric's title does
     * ({@code hw_3.pdf}, {@code ps1/team-a/answers.md} graded for Problem Set 2): another assignment's work, or a
     * section of another assignment's teams, graded with this rubric.
     *
     * @param numbers the rubric's assignment numbers
     */
    record AnotherAssignment(String team, String source, List<String> numbers) implements Finding {
        public AnotherAssignment {
            numbers = List.copyOf(numbers);
        }

        public String kind() {
            return "another assignment?";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return source + " is numbered as another assignment than the rubric's (" + String.join(", ", numbers)
                    + ") by its folders or name, and was graded with this rubric: check it is this assignment's work";
        }
    }

    /**
     * A student of an LMS's download (Blackboard's, Canvas's) who handed in several times: the latest is graded.
     *
     * @param download the LMS whose download it is
     * @param receipt the latest attempt's receipt, or its file
     * @param latest when, or which, the latest attempt is
     */
    record EarlierAttempts(String download, String receipt, String user, int attempts, String latest)
            implements Finding {
        public String kind() {
            return "earlier attempts";
        }

        public String subject() {
            return user;
        }

        public String detail() {
            return attempts + " attempts in " + download + "'s download; the latest (" + latest + ", " + receipt
                    + ") is graded";
        }

        public boolean warning() {
            return false;
        }
    }

    /**
     * A student's latest attempt in Blackboard's download has no file, only its receipt, which is graded, while an
     * earlier attempt handed in files: the answer may be there.
     *
     * @param receipt the latest attempt's receipt, graded
     * @param files the earlier attempt's files, not graded
     */
    record LatestAttemptWithoutFiles(String user, String receipt, int attempts, String latest, String earlier,
            List<String> files) implements Finding {
        public LatestAttemptWithoutFiles {
            files = List.copyOf(files);
        }

        public String kind() {
            return "latest attempt without files";
        }

        public String subject() {
            return user;
        }

        public String detail() {
            return "the latest of " + attempts + " attempts in Blackboard's download (" + latest + ") has no file: its"
                    + " receipt " + receipt + " is graded; the attempt of " + earlier + " handed in " + String.join(
                    ", ", files) + ", not graded: check which attempt counts";
        }
    }

    /**
     * Sheets at the top of a cohort of which one is a later version of the others by its name ({@code team-a.pdf}
     * beside {@code team-a_v2.pdf}), or two are later versions of one, or the others are its copies set aside
     * ({@code team-a_draft.pdf}, {@code Copy of team-a.pdf}): one team, graded from the first latest.
     */
    record LaterVersionBeside(String team, String read, List<String> others) implements Finding {
        public LaterVersionBeside {
            others = List.copyOf(others);
        }

        public String kind() {
            return "later version beside";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return read + " is graded, as the latest of one team's versions beside it (" + String.join(", ", others)
                    + "); if they are different teams' sheets, rename them";
        }
    }

    /**
     * Sheets or teams' folders at the top of a cohort named as versions of one ({@code answers.pdf},
     * {@code answers (1).pdf}: a TA's downloads of several teams' attachments), or sheets named as one in several
     * formats ({@code homework2.pdf}, {@code homework2.docx}), that name different teams: each team's graded as its
     * own.
     *
     * @param folder the cohort's folder
     * @param sheets the sheets or folders, by name
     * @param teams the teams they name, as they name them
     */
    record VersionsOfDifferentTeams(String folder, List<String> sheets, List<String> teams) implements Finding {
        public VersionsOfDifferentTeams {
            sheets = List.copyOf(sheets);
            teams = List.copyOf(teams);
        }

        public String kind() {
            return "versions of different teams";
        }

        public String subject() {
            return folder;
        }

        public String detail() {
            return String.join(", ", sheets) + " are named as one work (its versions or formats) but name different"
                    + " teams (" + String.join(", ", teams) + "): each team's is graded as a team of its own, named by"
                    + " its file or folder; rename them to name the teams";
        }
    }

    /** A submission the command line names more than once, itself or within a folder it names: graded once. */
    record NamedTwice(String path) implements Finding {
        public String kind() {
            return "named twice";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return "named more than once on the command line; graded once";
        }

        @Override
        public boolean warning() {
            return false;
        }
    }

    /**
     * A team named after its folder, whose name is one a TA gives a folder of work that came apart ({@code late/hw2.pdf},
     * {@code inbox/answers.md}): its sheet is some team's, which neither the folder nor the file names. It is graded
     * under the folder's name, the sheet's own name shown beside it, until it is named after its team.
     */
    record NamedAfterATasFolder(String team, String folder) implements Finding {
        public String kind() {
            return "team named after a TA's folder";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "named after its folder " + folder + ", a name for a TA's folder of late or sorted work, not a"
                    + " team's; if it is a team's work, name the file or folder after that team and grade again";
        }
    }

    /**
     * A team's folder holding, in a subfolder named as another team ({@code team-a/team-b/answers.md}), a sheet that is
     * not read: a team may have handed in its folder inside another's (an archive unpacked there, a shared drive), and
     * is graded only once it is moved out.
     *
     * @param folder the subfolder named as a team, inside the team's folder
     * @param notRead its sheets, as the team's folder names them
     * @param read the sheet the team is graded from
     */
    record TeamFolderInside(String team, String folder, List<String> notRead, String read) implements Finding {
        public TeamFolderInside {
            notRead = List.copyOf(notRead);
        }

        public String kind() {
            return "a team's folder inside";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return folder + " inside the team's folder is named as a team, and its " + String.join(", ", notRead)
                    + (notRead.size() == 1 ? " is" : " are") + " not read (" + read + " is): if it is another team's"
                    + " work, move it out of " + team + " and grade again";
        }
    }

    /**
     * A sheet in a team's folder named as another team's ({@code team-b_answers.csv} in {@code team-a/}), not read:
     * a copy of another team's work, or that team's only work handed in where it does not belong.
     *
     * @param sheet the sheet named as another team's, as the team's folder names it
     * @param read the sheet the team is graded from
     */
    record TeamSheetInside(String team, String sheet, String read) implements Finding {
        public String kind() {
            return "another team's sheet inside";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return sheet + " inside the team's folder is named as another team's and is not read (" + read + " is):"
                    + " if it is another team's work, move it out of " + team + " and grade again";
        }
    }

    /**
     * A team graded from the only sheet of its folder, named as another team's ({@code team-a/team-b_answers.csv}):
     * another team's work handed in where it does not belong, or the team's own under another's name.
     */
    record GradedFromAnotherTeamsSheet(String team, String sheet) implements Finding {
        public String kind() {
            return "graded from another team's sheet?";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "graded from " + sheet + ", the only sheet in the team's folder, named as another team's: if it is"
                    + " not " + team + "'s work, move it out of " + team + " and grade again";
        }
    }

    /** A second file of one team's folder named on the command line: a team is graded from one file, the first. */
    record OtherFileOfTheTeam(String team, String read, String notRead) implements Finding {
        public String kind() {
            return "another file of the team";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return notRead + " is in the same team's folder as " + read + ", which is graded; " + notRead
                    + " is not read (grade it on its own to see it)";
        }
    }

    /**
     * An answer sheet at the top of an LMS's download that is not named as the LMS names a student's files: a team of
     * its own, though it may be a TA's handout or notes left there.
     */
    record OutsideTheDownload(String path, String download) implements Finding {
        public String kind() {
            return "not a student's file";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return "not named as " + download + " names a student's files, unlike the sheets beside it: graded as a"
                    + " team of its own (move it out of the folder if it is no submission)";
        }
    }

    /**
     * Files whose names hold backslashes ({@code PS2\team-a\answers.csv}): a zip made on Windows unpacked without its
     * folders. Each is read as lying in the folders its name gives, the team the last of them.
     *
     * @param folder the folder holding them, as the command line named it
     * @param example the first of them by name
     */
    record FoldersInNames(String folder, String example, int files) implements Finding {
        public String kind() {
            return "folders in file names";
        }

        public String subject() {
            return folder;
        }

        public String detail() {
            return files + (files == 1 ? " file is" : " files are") + " named with backslashes (" + example + "), as a"
                    + " zip made on Windows names what lies in its folders: each is read as lying in the folders its"
                    + " name gives, the team the last of them; unpack the zip with its folders (7z x) to check";
        }
    }

    /**
     * A sheet at the top of a cohort of two or more other teams whose name says it is course material
     * ({@code handout.tex}, {@code rubric.pdf}, {@code solutions.pdf}): a team of its own, as every sheet there is,
     * though it may be the TA's.
     */
    record CourseMaterialBeside(String path, int otherTeams) implements Finding {
        public String kind() {
            return "course material?";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return "a sheet named as course material beside " + otherTeams + " other teams' submissions: graded as a"
                    + " team of its own (move it out of the folder if it is no submission)";
        }
    }

    /**
     * A team whose sheet answered no part graded from it: a blank template, another assignment's sheet, or a file
     * that is no team's (a TA's notes left beside the teams' sheets).
     */
    record NothingFound(String team, String source) implements Finding {
        public String kind() {
            return "no answer found";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "no answer was found in " + source + ": a blank template, or no team's sheet (then move it out of"
                    + " the folder and grade again)";
        }
    }

    /**
     * A team whose sheet answered no part by a label or a cell, only by place or value: the assignment handed out
     * beside the teams' sheets (a 0-point team), another assignment's sheet, or a sheet without labels.
     */
    record NothingLabelled(String team, String source) implements Finding {
        public String kind() {
            return "no answer labelled";
        }

        public String subject() {
            return team;
        }

        public String detail() {
            return "no answer in " + source + " was found by a label or a cell, only by place or value: the assignment"
                    + " handed out, another assignment's sheet, or a sheet without labels (check where its answers were"
                    + " read; if it is no team's sheet, move it out of the folder and grade again)";
        }
    }

    /**
     * Microsoft Teams' {@code Working files} beside its {@code Submitted files}: the students' work in progress, not
     * graded; a student with work only there never turned it in.
     *
     * @param onlyHere the students' folders found here and not among the submitted files
     */
    record WorkNotTurnedIn(String path, List<String> onlyHere) implements Finding {
        public WorkNotTurnedIn {
            onlyHere = List.copyOf(onlyHere);
        }

        public String kind() {
            return "work not turned in";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return "Microsoft Teams' working files, the students' work in progress: graded from the submitted files"
                    + (onlyHere.isEmpty() ? "" : "; never turned in, work only here: " + String.join(", ", onlyHere)
                    + " (no team; grade the folder alone if the work is to count)");
        }

        @Override
        public boolean warning() {
            return !onlyHere.isEmpty();
        }
    }

    /**
     * A path under a submission folder that is not read, because this tool wrote it or it is a link; for an earlier
     * run's output, the answer sheets at its top the run did not write ({@code answers.csv} beside a copied
     * {@code gradebook.csv}): a team's folder holding a run's files is not graded, and the TA is warned.
     */
    record NotASubmission(String path, String why, List<String> sheetsBeside) implements Finding {

        public NotASubmission {
            sheetsBeside = List.copyOf(sheetsBeside);
        }

        public NotASubmission(String path, String why) {
            this(path, why, List.of());
        }

        public String kind() {
            return "not a submission";
        }

        public String subject() {
            return path;
        }

        public String detail() {
            return why + "; not read" + (sheetsBeside.isEmpty() ? "" : "; it also holds " + String.join(", ",
                    sheetsBeside) + ", which no grade run wrote: if it is a team's folder, grade a copy of it without"
                    + " the run's files");
        }

        @Override
        public boolean warning() {
            return !sheetsBeside.isEmpty();
        }
    }
}
