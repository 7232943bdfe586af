package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The serve command's options are checked before a server starts: a mistake is one line and exit 2. */
class ServeCommandTest {

    /** The time per check is also the reading's own watchdog, which takes 100 ms to an hour. */
    @Test
    void aTimeoutOfZeroSecondsIsRefused() {
        EvalCommandTest.Run run = EvalCommandTest.run("serve", "rubrics/e1394-ps2.yaml", "--timeout", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).contains("--timeout is 1 to 3600 seconds, not 0");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
