package org.cnngrader.sheet;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers an assignment goes by, as a rubric's title gives them ("Problem Set 2", "Homework 2", "Exercise 4"): a
 * team's repository kept for a whole course holds other assignments' work beside this one's, in folders or under
 * names that number it differently ({@code ps1/report.pdf} beside {@code ps2/report.md}). A course numbers its problem
 * sets, homework and labs as it likes, so numbers are compared whatever the word.
 *
 * @param numbers the numbers, without leading zeros; none when the title numbers no assignment ("Week 12, Chapter 9")
 */
public record Assignment(Set<String> numbers) {

    /** An assignment whose number is not known: no file numbers another. */
    public static final Assignment UNNUMBERED = new Assignment(Set.of());

    /**
     * An assignment's word and number: {@code ps1}, {@code hw_3}, {@code Lab 2}, {@code Assignment-2},
     * {@code Exercise04}, {@code Problem Set 2}.
     */
    private static final Pattern NUMBERED = Pattern.compile("(?<!\\p{L})(?:ps|pset|hw|homework|assignment|lab"
            + "|ex|exercise|problem[\\s_.-]*set)[\\s_.-]*0*(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE);

    public Assignment {
        numbers = Collections.unmodifiableSet(new TreeSet<>(numbers));
    }

    /** The assignment a rubric's title numbers: 2 for "Deep Learning E1394 — Problem Set 2, part 1". */
    public static Assignment titled(String title) {
        return new Assignment(numbersIn(title));
    }

    /**
     * Whether a path's folders or file name number an assignment and none of them is this one:
     * {@code ps1/report.pdf} for Problem Set 2, not {@code ps2/report.md} nor {@code answers.pdf}.
     *
     * @param path a path inside a team's folder, its parts separated by {@code /}
     */
    public boolean numbersAnother(String path) {
        Set<String> said = numbersOf(path);
        return !numbers.isEmpty() && !said.isEmpty() && Collections.disjoint(numbers, said);
    }

    /**
     * Whether one of a path's folders, or its file's name, numbers only other assignments than this one:
     * {@code ps2/team-e/hw_3.pdf} for Problem Set 2 (its name says 3), {@code ps1/team-a/answers.pdf}; not
     * {@code ps2/team-a/hw2-hw3.pdf}.
     */
    public boolean partNumbersAnother(String path) {
        for (String part : path.split("/")) {
            if (numbersAnother(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two files' paths number an assignment differently: {@code hw2/answers.md} and
     * {@code course/ps1-solution.pdf}; not {@code Lab_02.pdf} and {@code lab2.md}, nor a path numbering none.
     */
    public static boolean differ(String one, String other) {
        Set<String> numbers = numbersOf(one);
        Set<String> others = numbersOf(other);
        return !numbers.isEmpty() && !others.isEmpty() && !numbers.equals(others);
    }

    /** The numbers a path's folders and file's name give: {@code 1} for {@code team-a/ps1/report.pdf}. */
    private static Set<String> numbersOf(String path) {
        Set<String> numbers = new TreeSet<>();
        for (String part : path.split("/")) {
            numbers.addAll(numbersIn(Submissions.stem(Path.of(part.isEmpty() ? "_" : part))));
        }
        return numbers;
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = NUMBERED.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }
}
