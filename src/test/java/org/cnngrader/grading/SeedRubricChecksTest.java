package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed rubrics grade answers as their authors' solutions would: a kernel that only averages an
 * affine ramp is no average-pooling kernel (E1394 1.4; numpy: both kernels below give the ramp's
 * window means but not those of a non-affine input); a square's side written as n × n is the side
 * (the instructors of week 12 write "9 × 9", the LMU solution "41 × 41"; CPEN455's output sides were graded 0 when
 * so written).
 */
class SeedRubricChecksTest {

    private static PartResult grade(String rubricFile, String part, String answer, Path folder) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics", rubricFile));
        Path sheet = folder.resolve("team.csv");
        Files.writeString(sheet, "part,answer\n" + part + ",\"" + answer + "\"\n");
        TeamResult result = new Grader(rubric).grade(Submissions.read(Submissions.team(sheet), SheetSpecs.of(rubric))
                .get(0), ManualScores.none());
        return result.parts().stream().filter(found -> found.id().equals(part)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            e1394-ps2.yaml  | avg_kernel           | [[0.25, 0.25], [0.25, 0.25]] | 4
            e1394-ps2.yaml  | avg_kernel           | [[0.5, 0], [0, 0.5]]         | 0
            e1394-ps2.yaml  | avg_kernel           | [[1, -0.5], [-0.5, 1]]       | 0
            week12-ch9.yaml | kernel_size          | 9                            | 1
            week12-ch9.yaml | kernel_size          | 9 × 9                        | 1
            week12-ch9.yaml | kernel_size          | 8 × 8                        | 0
            lmu-ex4.yaml    | receptive_field_side | 41 × 41                      | 2
            lmu-ex4.yaml    | receptive_field_side | 41                           | 2
            cpen455-hw2.yaml | tconv_size_a        | 3 × 3                        | 1
            cpen455-hw2.yaml | tconv_size_a        | 3                            | 1
            cpen455-hw2.yaml | tconv_size_a        | 4 × 4                        | 0
            cpen455-hw2.yaml | tconv_size_b        | 6 × 6                        | 1
            cpen455-hw2.yaml | dilated_size        | 3 × 3                        | 1
            cpen455-hw2.yaml | dilated_size        | 3 × 2                        | 0
            """)
    void awarded(String rubric, String part, String answer, double points, @TempDir Path folder) throws Exception {
        assertThat(grade(rubric, part, answer, folder).awarded()).isEqualTo(points);
    }
}
