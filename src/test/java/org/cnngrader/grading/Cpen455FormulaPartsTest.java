package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.AnswerSheet;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CPEN455 seed's answers to problems 5 and 6 (its formulas, typed as a student types them in a
 * CSV sheet) earn their points; the operation counts are multiplications and additions, as the seed
 * counts them, not multiply–accumulates.
 */
class Cpen455FormulaPartsTest {

    @Test
    void theSeedsFormulasEarnTheirPointsAndASlipDoesNot(@TempDir Path folder) throws Exception {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/cpen455-hw2.yaml"));
        Path sheet = folder.resolve("team.csv");
        Files.writeString(sheet, String.join("\n", List.of("part,answer",
                "vanilla_params,N × K × K × C",
                "grouped_params,\\frac{N \\times K \\times K \\times C}{M}",
                "separable_params,CK^2 + CN",
                "vanilla_ops,2BNHWCK^2 - BNHW",
                "separable_ops,B·H·W·N·C + B·C·H·W·K²")) + "\n");
        AnswerSheet answers = Submissions.read(Submissions.team(sheet), SheetSpecs.of(rubric)).get(0);
        TeamResult result = new Grader(rubric).grade(answers, ManualScores.none());
        assertThat(result.parts().stream().filter(part -> part.id().matches("vanilla_params|grouped_params"
                + "|separable_params|vanilla_ops")).map(PartResult::verdict)).containsOnly(Verdict.CORRECT);
        PartResult macs = result.parts().stream().filter(part -> part.id().equals("separable_ops")).findFirst()
                .orElseThrow();
        assertThat(macs.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(macs.awarded()).isZero();
    }
}
