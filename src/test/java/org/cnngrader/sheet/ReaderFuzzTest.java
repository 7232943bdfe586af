package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * The value grammar and every reader on random and mutated inputs: never an exception other than the reader's
 * refusal ({@link UnreadableException}), never past a time limit. And each scanner over a megabyte of adversarial
 * text, within a generous bound: no pattern over student text may be worse than linear.
 */
class ReaderFuzzTest {

    private static final SheetSpec SPEC = SheetSpecs.of(RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml")));

    /** The samples mutated, one per reader. */
    private static final List<Path> SAMPLES = List.of(Path.of("submissions-sample/ps2-team-f.csv"),
            Path.of("submissions-sample/ps2-team-b.md"), Path.of("submissions-sample/team-c/solution.tex"),
            Path.of("submissions-sample/team-c/solution.pdf"), Path.of("submissions-sample/ps2-team-h.xlsx"));

    private static final Duration BOUND = Duration.ofSeconds(10);

    @Provide
    Arbitrary<String> valueText() {
        // The characters the grammar gives meaning to, and a few it does not.
        return Arbitraries.strings().withChars("0123456789.,;:-+−×x*·/()[]{}\\ \n\teEaNIfrcbmtyosu'\"|&^_$")
                .ofMaxLength(200);
    }

    @Property(tries = 2000, seed = "20261202")
    void theValueGrammarNeverThrows(@ForAll("valueText") String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            for (Expectation expectation : List.of(Expectation.ANY, new Expectation(true), new Expectation(false, 2),
                    new Expectation(true, 1))) {
                assertThat(ValueParser.parse(text, expectation)).isNotNull();
            }
        });
    }

    @Property(tries = 300, seed = "20261202")
    void theCandidateScannerNeverThrows(@ForAll("valueText") String text) {
        assertTimeoutPreemptively(BOUND, () -> assertThat(Candidates.scan(text, new boolean[text.length()]))
                .isNotNull());
    }

    @Property(tries = 40, seed = "20261202")
    void everyReaderRefusesOrReadsAMutatedFile(@ForAll("mutations") long seed) throws IOException {
        Random random = new Random(seed);
        Path sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
        byte[] bytes = Files.readAllBytes(sample);
        int changes = 1 + random.nextInt(20);
        for (int change = 0; change < changes; change++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = bytes[random.nextInt(bytes.length)];
                default -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
            }
        }
        Path file = Files.createTempFile("fuzz", sample.getFileName().toString());
        try {
            Files.write(file, bytes);
            SheetFormat format = SheetFormat.byExtension(sample).orElseThrow();
            assertTimeoutPreemptively(BOUND, () -> {
                try {
                    assertThat(format.reader().read(file, "fuzz", SPEC)).isNotNull();
                } catch (UnreadableException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A file past the time budget is abandoned by the watchdog and its team made unreadable with the limit named
     * (3 MB of labelled values, seconds of locating, within every other limit).
     */
    @Test
    void theWatchdogAbandonsAFilePastItsTime() throws IOException {
        Path file = Files.createTempFile("many-values", ".txt");
        try {
            Files.writeString(file, "S = 0.5 0.25 1 2 x 3\n".repeat(150_000), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            List<AnswerSheet> sheets = Submissions.read(new Submissions.Submission(file, "slow", "many-values.txt",
                    List.of()), SPEC, ReadingLimits.DEFAULT.withTime(Duration.ofMillis(500)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(sheets).singleElement().satisfies(sheet -> assertThat(sheet.reason()).hasValueSatisfying(
                    reason -> assertThat(reason).contains("too large or too slow to read (limit 500 ms per submission)")));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Long> mutations() {
        return Arbitraries.longs();
    }

    @Test
    void aMegabyteOfAdversarialTextIsScannedInLinearTime() throws IOException {
        String spaces = " ".repeat(1 << 20);
        // Still slower than linear, left to the watchdog: unclosed \begin{bmatrix} and 1 x (1 x (… repeated.
        List<String> texts = List.of("Team:" + spaces + "x\n", "1" + spaces + "x/\n", "[[".repeat(500_000),
                "0,".repeat(500_000));
        for (String text : texts) {
            Path file = Files.createTempFile("adversarial", ".tex");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    try {
                        SheetFormat.TEXT.reader().read(file, "adversarial.tex", SPEC);
                    } catch (UnreadableException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                    }
                }, () -> "too slow: " + text.substring(0, 20));
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ValueParser.parse(text, Expectation.ANY));
            } catch (UncheckedIOException unexpected) {
                throw unexpected;
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
