package org.cnngrader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The students of each team, from a CSV {@code team,student_id,email,name} (read by the run, which also resolves
 * each student's team to a graded team's identity before the exports see it).
 */
public record Roster(List<Student> students) {

    /** The columns a roster's header names, in any order. */
    public static final List<String> COLUMNS = List.of("team", "student_id", "email", "name");

    /** One student. */
    public record Student(String team, String id, String email, String name) {
    }

    public Roster {
        students = List.copyOf(students);
    }

    /** No roster: no per-student exports. */
    public static Roster none() {
        return new Roster(List.of());
    }

    /** Whether a roster was given. */
    public boolean isEmpty() {
        return students.isEmpty();
    }

    /**
     * The students of {@code team}, names compared without case as team identities are (lower-cased whole, as a
     * case-insensitive file system compares names). Not {@link String#equalsIgnoreCase}: it compares character by
     * character and finds {@code team-İ} equal to {@code team-i}, two identities, whose students would then be listed
     * under both.
     */
    public List<Student> of(String team) {
        String key = key(team);
        return students.stream().filter(student -> key(student.team()).equals(key)).toList();
    }

    private static String key(String team) {
        return org.cnngrader.sheet.Characters.identityKey(team);
    }

    /** The same students, each with the team {@code resolve} gives (students it gives none for are left out). */
    public Roster resolved(java.util.function.Function<Student, Optional<String>> resolve) {
        List<Student> kept = new ArrayList<>();
        for (Student student : students) {
            resolve.apply(student).ifPresent(team -> kept.add(new Student(team, student.id(), student.email(),
                    student.name())));
        }
        return new Roster(kept);
    }
}
