package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

    /** Lines are named as a reader finds them, each page once ("page 1, line 5, page 1, line 7" repeated it). */
    @Test
    void linesAreNamedEachPageOnce() {
        assertThat(Where.describe(List.of(Where.line("a.md", 0, 4, "")))).isEqualTo("line 4");
        assertThat(Where.describe(List.of(Where.line("a.md", 0, 4, ""), Where.line("a.md", 0, 9, ""))))
                .isEqualTo("lines 4 and 9");
        assertThat(Where.describe(List.of(Where.line("a.pdf", 1, 5, ""), Where.line("a.pdf", 1, 7, ""),
                Where.line("a.pdf", 1, 10, ""), Where.line("a.pdf", 2, 3, ""))))
                .isEqualTo("page 1, lines 5, 7 and 10; page 2, line 3");
    }
}
