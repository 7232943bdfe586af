package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code eval --help} lists the functions of the rubric language, as DESIGN.md §3 names them. */
class EvalHelpTest {

    @Test
    void helpListsTheFunctionsWithTheirParameters() {
        EvalCommandTest.Run run = EvalCommandTest.run("eval", "--help");
        assertThat(run.exitCode()).isZero();
        // Signatures from DESIGN.md §3.
        assertThat(run.out()).contains("Functions", "conv2d(x, k, stride=1, padding=0, dilation=1, groups=1",
                "conv_transpose_out(", "receptive_field(", "params(", "macs(", "cross_entropy(", "upsample(");
    }
}
