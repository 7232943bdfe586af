package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlReaderTest {

    /** A rubric cut off after {@code [} said only "while parsing a flow node": neither what was wrong nor where. */
    @Test
    void aSyntaxErrorSaysWhatIsWrongWhereAndWhatWasBeingRead() {
        assertThatThrownBy(() -> YamlReader.read("title: x\nquestions: [\n", "trunc.yaml"))
                .isInstanceOf(RubricException.class)
                .hasMessage("trunc.yaml:3:1: expected the node content, but found the end of the file (while parsing a"
                        + " flow node)");
        assertThatThrownBy(() -> YamlReader.read("a: \"unterminated\n", "quote.yaml"))
                .hasMessage("quote.yaml:2:1: found unexpected end of the file (while scanning a quoted scalar at line"
                        + " 1, column 4)");
        assertThatThrownBy(() -> YamlReader.read("a: b: c\n", "map.yaml"))
                .hasMessage("map.yaml:1:5: mapping values are not allowed here");
    }
}
