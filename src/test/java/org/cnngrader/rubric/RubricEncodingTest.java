package org.cnngrader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rubric is UTF-8: a byte that is not is a rubric error at its line and column, never read silently. */
class RubricEncodingTest {

    @Test
    void aLatin1RubricIsRefusedAtItsFirstForeignByte() {
        assertThatThrownBy(() -> RubricLoader.load(Path.of("src/test/resources/hostile/latin1-rubric.yaml")))
                .isInstanceOf(RubricException.class)
                .hasMessage("src/test/resources/hostile/latin1-rubric.yaml:1:14: the file is not UTF-8: byte 0xE8"
                        + " cannot be read here; save the rubric as UTF-8");
    }

    @Test
    void theColumnCountsCharactersAndALaterLineIsNamed(@TempDir Path folder) throws Exception {
        Path rubric = folder.resolve("r.yaml");
        byte[] good = "title: \"Über ×\"\n# ok\n# ünd \u00ff".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xc3; // a truncated two-byte sequence
        bytes[good.length + 1] = (byte) '\n';
        Files.write(rubric, bytes);
        assertThatThrownBy(() -> RubricLoader.load(rubric)).isInstanceOf(RubricException.class)
                .hasMessage(rubric + ":3:8: the file is not UTF-8: byte 0xC3 cannot be read here; save the rubric as"
                        + " UTF-8");
    }

    @Test
    void utf8WithAndWithoutAByteOrderMarkIsRead() {
        assertThat(YamlReader.utf8("title: \"Über ×\"".getBytes(StandardCharsets.UTF_8), "r.yaml"))
                .isEqualTo("title: \"Über ×\"");
        assertThat(YamlReader.utf8(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a'}, "r.yaml"))
                .isEqualTo("\uFEFFa");
    }
}
