package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A library's exception becomes a reason a TA reads: reasons gave Java class names ("IOException: …") and the
 * grading machine's folders ("'/tmp/cohort/t/answers.xlsx'"), so a report depended on where the cohort lay.
 */
class UnreadableExceptionTest {

    @Test
    void aReasonHasNeitherClassNamesNorTheFilesFolders() {
        Path file = Path.of("/srv/cohort/team-a/answers.xlsx");
        assertThat(UnreadableException.plain(new UncheckedIOException(new IOException(
                "(startline 2) EOF reached before encapsulated token finished")), file))
                .isEqualTo("(startline 2) EOF reached before encapsulated token finished");
        assertThat(UnreadableException.plain(new IOException("Failed to read the file input stream from file: '"
                + file + "'\n\tat somewhere"), file))
                .isEqualTo("Failed to read the file input stream from file: 'answers.xlsx'");
        assertThat(UnreadableException.plain(new IllegalStateException(), file)).isEqualTo("IllegalStateException");
    }
}
