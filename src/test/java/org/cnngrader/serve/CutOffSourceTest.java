package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.AsyncContent;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutOffSourceTest {

    /**
     * A form whose connection neither sends the rest nor closes: Jetty's parser waits for more, holding the part it
     * spooled to disk. Cut off, it fails at once and deletes that part.
     */
    @Test
    void aPartlySpooledUploadIsDeletedWhenItsFormIsCutOffOnAConnectionThatStaysOpen(@TempDir Path spool)
            throws Exception {
        AsyncContent connection = new AsyncContent();
        CutOffSource body = new CutOffSource(connection);
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser("XyZ");
        parser.setFilesDirectory(spool);
        parser.setMaxMemoryFileSize(0);
        CompletableFuture<MultiPartFormData.Parts> reading = parser.parse(body);

        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        connection.write(false, ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)), Callback.NOOP);
        connection.write(false, ByteBuffer.wrap(new byte[64 * 1024]), Callback.NOOP);
        awaitFiles(spool, 1);
        assertThat(reading).isNotDone();

        TimeoutException slow = new TimeoutException("too slow");
        body.cutOff(slow);

        assertThatThrownBy(() -> reading.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCause(slow);
        awaitFiles(spool, 0);
    }

    @Test
    void aReaderWaitingForContentIsWokenOnceAndReadsTheFailure() {
        AsyncContent connection = new AsyncContent();
        CutOffSource body = new CutOffSource(connection);
        AtomicInteger woken = new AtomicInteger();
        body.demand(woken::incrementAndGet);

        IllegalStateException stop = new IllegalStateException("stop");
        body.cutOff(stop);
        connection.write(false, ByteBuffer.wrap(new byte[] {1, 2, 3}), Callback.NOOP);

        assertThat(woken).hasValue(1);
        Content.Chunk chunk = body.read();
        assertThat(chunk.getFailure()).isSameAs(stop);
        assertThat(chunk.isLast()).isTrue();
    }

    @Test
    void contentPassesThroughUntilTheCutOff() {
        AsyncContent connection = new AsyncContent();
        CutOffSource body = new CutOffSource(connection);
        AtomicInteger woken = new AtomicInteger();
        body.demand(woken::incrementAndGet);

        connection.write(false, ByteBuffer.wrap(new byte[] {1, 2, 3}), Callback.NOOP);

        assertThat(woken).hasValue(1);
        Content.Chunk chunk = body.read();
        assertThat(chunk.getFailure()).isNull();
        assertThat(chunk.remaining()).isEqualTo(3);
        chunk.release();
    }

    private static void awaitFiles(Path folder, long count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (files(folder) != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(files(folder)).as("files in the spool folder").isEqualTo(count);
    }

    private static long files(Path folder) throws Exception {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.count();
        }
    }
}
