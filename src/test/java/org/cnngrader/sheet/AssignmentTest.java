package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    /** The bundled rubrics' titles, and one that numbers no assignment. */
    @Test
    void aRubricsTitleNumbersItsAssignmentWhateverTheWord() {
        assertThat(Assignment.titled("Deep Learning E1394 — Problem Set 2, part 1").numbers()).containsExactly("2");
        assertThat(Assignment.titled("CPEN455 Deep Learning — Homework 2").numbers()).containsExactly("2");
        assertThat(Assignment.titled("LMU Deep Learning and AI — Exercise 4: Convolutional neural networks")
                .numbers()).containsExactly("4");
        assertThat(Assignment.titled("Deep Learning — Week 12, Chapter 9: convolutional networks").numbers())
                .isEmpty();
    }

    @Test
    void aPathNumbersAnotherAssignmentOnlyWhenNoneOfItsNumbersIsTheAssignments() {
        Assignment two = Assignment.titled("Problem Set 2");
        assertThat(two.numbersAnother("ps1/report.pdf")).isTrue();
        assertThat(two.numbersAnother("course/ps1-solution.pdf")).isTrue();
        assertThat(two.numbersAnother("HW 3/answers.md")).isTrue();
        assertThat(two.numbersAnother("ps2/report.md")).isFalse();
        assertThat(two.numbersAnother("Lab_02.pdf")).isFalse();
        assertThat(two.numbersAnother("hw2-hw3-combined.pdf")).isFalse();
        assertThat(two.numbersAnother("answers.pdf")).isFalse();
        assertThat(two.numbersAnother("index3.md")).isFalse();
        assertThat(Assignment.UNNUMBERED.numbersAnother("ps1/report.pdf")).isFalse();
        // A folder's number does not vouch for a file's name that numbers another.
        assertThat(two.numbersAnother("ps2/team-e/hw_3.pdf")).isFalse();
        assertThat(two.partNumbersAnother("ps2/team-e/hw_3.pdf")).isTrue();
        assertThat(two.partNumbersAnother("ps2/team-a/hw2-hw3.pdf")).isFalse();
    }

    @Test
    void twoPathsDifferWhenBothNumberAnAssignmentAndTheNumbersDiffer() {
        assertThat(Assignment.differ("t/hw2/answers.pdf", "t/HW 3/answers.md")).isTrue();
        assertThat(Assignment.differ("t/hw2/answers.md", "t/course/ps1-solution.pdf")).isTrue();
        assertThat(Assignment.differ("t/Lab_02.pdf", "t/lab2.md")).isFalse();
        assertThat(Assignment.differ("t/ps2_team5.md", "t/Problem_Set_2.pdf")).isFalse();
        assertThat(Assignment.differ("t/answers.md", "t/ps1/answers.pdf")).isFalse();
        assertThat(Assignment.differ("t/index2.md", "t/apex3.pdf")).isFalse();
    }
}
