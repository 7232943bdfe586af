package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One team's answers as read from one submission, or why nothing could be read.
 *
 * @param team the team's name
 * @param members the members' names when the submission gives them
 * @param source the file read, relative to the submissions folder
 * @param reason why the submission is unreadable, empty when it was read
 * @param answers the answers found, by part id, in rubric order
 * @param notes remarks on the whole submission (which file of a folder was read, …)
 * @param unheaded the questions of a document whose heading was not found, though others' were: their answers
 *     were looked for between their neighbours' headings, a region another question may share; and the questions
 *     whose heading names others too, sharing their region
 * @param valuesLeft by question, the lines it was read in where values stand that no part took: a part of it not
 *     found may be among them
 */
public record AnswerSheet(String team, List<String> members, String source, Optional<String> reason,
        Map<String, Answer> answers, List<String> notes, Map<String, Unheaded> unheaded,
        Map<String, List<Where>> valuesLeft) {

    /** Why a question has no heading of its own. */
    public enum Unheaded {
        /**
         * The document heads no question at all: every question was read in the whole document, and an answer not
         * found may be any value no part took.
         */
        NONE_IN_DOCUMENT,
        /** No line could head it: the document does not set it apart (or does not answer it). */
        NOT_FOUND,
        /**
         * Its heading names other questions too ("2.3 and 2.4"), whose answers stand in the same lines: an answer
         * taken there for it may be another's.
         */
        SHARED,
        /**
         * A line could head it, or its nearest neighbour in the rubric that any line could head, but out of the
         * rubric's order (1.5 answered before 1.4), and was not taken: an answer of the question not found may be
         * there.
         */
        OUT_OF_ORDER,
        /**
         * A line heads it by its number, but another question's parts took the values under it by their labels, away
         * from their own question (a sheet numbering its problems from a theory question): an answer of this one may
         * stand elsewhere.
         */
        MISNUMBERED
    }

    public AnswerSheet {
        // Names come from the student's file and its name; every writer and the console show them as they are here.
        team = Characters.visible(team);
        source = Characters.visiblePath(source);
        members = members.stream().map(Characters::visible).toList();
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        notes = List.copyOf(notes);
        unheaded = Map.copyOf(unheaded);
        valuesLeft = Map.copyOf(valuesLeft);
    }

    /** A sheet some of whose questions have no heading of their own, with no value left unread in their lines. */
    public AnswerSheet(String team, List<String> members, String source, Optional<String> reason,
            Map<String, Answer> answers, List<String> notes, Map<String, Unheaded> unheaded) {
        this(team, members, source, reason, answers, notes, unheaded, Map.of());
    }

    /** A sheet whose every question was found where the rubric puts it, or that has no questions to find. */
    public AnswerSheet(String team, List<String> members, String source, Optional<String> reason,
            Map<String, Answer> answers, List<String> notes) {
        this(team, members, source, reason, answers, notes, Map.of(), Map.of());
    }

    /** A submission that could not be read. */
    public static AnswerSheet unreadable(String team, String source, String reason) {
        return new AnswerSheet(team, List.of(), source, Optional.of(reason), Map.of(), List.of());
    }

    /** Whether the submission could be read at all. */
    public boolean readable() {
        return reason.isEmpty();
    }

    /** The same sheet under another team name. */
    public AnswerSheet withTeam(String newTeam) {
        return new AnswerSheet(newTeam, members, source, reason, answers, notes, unheaded, valuesLeft);
    }

    /** The same sheet with one more note. */
    public AnswerSheet withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new AnswerSheet(team, members, source, reason, answers, more, unheaded, valuesLeft);
    }
}
