package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cnngrader.batch.SelfCheck;
import org.junit.jupiter.api.Test;

/**
 * An upload is on disk only while it waits or is checked: also when it is turned away because the server is busy,
 * and when its time runs out before it could start. A check held by the test fills the one check slot. A check past
 * its time is stopped, and the thread it ran on serves the next request.
 */
class UploadsOnDiskTest {

    private static final Path SHEET = Path.of("submissions-sample/ps2-team-f.csv");

    /**
     * A check that waits until the test lets it go, then gives the sample sheet's result, checked beforehand so that
     * a check takes no time once released; deaf to interruption, as a check that cannot be stopped, or ending on it,
     * as {@link SelfCheck#check} does when its reading is abandoned.
     */
    private static final class HeldCheck implements SelfCheckServer.Checker {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final boolean deaf;
        final SelfCheck.Checked result;

        HeldCheck(boolean deaf) throws IOException {
            this.deaf = deaf;
            result = SelfCheck.check(Uploads.E1394, SHEET);
        }

        @Override
        public SelfCheck.Checked check(org.cnngrader.rubric.Rubric rubric, String rubricName, Path sheet)
                throws IOException {
            started.countDown();
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException stopped) {
                    if (!deaf) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("the check was stopped");
                    }
                }
            }
            return result;
        }
    }

    /** The head of an upload to {@code /api/check}, for a test that sends its body itself, piece by piece. */
    private static byte[] uploadHead(int bodyLength) {
        return ("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
                + Uploads.contentTypeHeader() + "\r\nContent-Length: " + bodyLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static CompletableFuture<HttpResponse<String>> postInBackground(Uploads uploads) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return uploads.post("/api/check", "e1394-ps2", SHEET);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
    }

    private static void awaitWaiting(Uploads uploads, int waiting) throws Exception {
        while (!uploads.get("/health").body().contains("\"waiting\":" + waiting)) {
            Thread.sleep(10);
        }
    }

    @Test
    void anUploadTurnedAwayAsBusyIsNotLeftOnDisk() throws Exception {
        HeldCheck held = new HeldCheck(true);
        try (Uploads uploads = new Uploads(Duration.ofMinutes(1), held, 1)) {
            CompletableFuture<HttpResponse<String>> running = postInBackground(uploads);
            assertThat(held.started.await(1, TimeUnit.MINUTES)).isTrue();
            CompletableFuture<HttpResponse<String>> waiting = postInBackground(uploads);
            awaitWaiting(uploads, 1);

            HttpResponse<String> busy = uploads.post("/api/check", "e1394-ps2", SHEET);
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.body()).contains("busy");
            assertThat(uploads.server.uploadsOnDisk()).isEqualTo(2);

            held.release.countDown();
            assertThat(running.get().statusCode()).isEqualTo(200);
            assertThat(waiting.get().statusCode()).isEqualTo(200);
            assertThat(uploads.server.uploadsOnDisk()).isZero();
        }
    }

    @Test
    void anUploadThatTimedOutWhileWaitingIsNotLeftOnDisk() throws Exception {
        HeldCheck held = new HeldCheck(true);
        try (Uploads uploads = new Uploads(Duration.ofMillis(500), held, 4)) {
            CompletableFuture<HttpResponse<String>> running = postInBackground(uploads);
            assertThat(held.started.await(1, TimeUnit.MINUTES)).isTrue();

            HttpResponse<String> timedOut = uploads.post("/api/check", "e1394-ps2", SHEET);
            assertThat(timedOut.statusCode()).isEqualTo(503);
            assertThat(timedOut.body()).contains("took longer than");
            // Only the upload still being checked is on disk.
            assertThat(uploads.server.uploadsOnDisk()).isEqualTo(1);

            held.release.countDown();
            assertThat(running.get().statusCode()).isEqualTo(503);
            assertThat(uploads.server.uploadsOnDisk()).isZero();
        }
    }

    @Test
    void aCheckPastItsTimeIsStoppedAndItsThreadServesOn() throws Exception {
        HeldCheck held = new HeldCheck(false);
        try (Uploads uploads = new Uploads(Duration.ofSeconds(2), held, 4)) {
            HttpResponse<String> stopped = uploads.post("/api/check", "e1394-ps2", SHEET);
            assertThat(stopped.statusCode()).isEqualTo(503);
            assertThat(stopped.body()).contains("took longer than 2 s and was stopped");
            assertThat(uploads.server.uploadsOnDisk()).isZero();

            held.release.countDown();
            for (int round = 0; round < 5; round++) {
                HttpResponse<String> next = uploads.post("/api/check", "e1394-ps2", SHEET);
                assertThat(next.statusCode()).isEqualTo(200);
                assertThat(next.body()).contains("\"name\" : \"PS 2 F\"");
            }
            assertThat(uploads.log.toString()).doesNotContain("error");
        }
    }

    @Test
    void uploadsOfTheSameNameInTurnAreEachCheckedAlone() throws Exception {
        try (Uploads uploads = new Uploads()) {
            byte[] f = Files.readAllBytes(SHEET);
            byte[] h = Files.readAllBytes(Path.of("submissions-sample/ps2-team-h.xlsx"));
            for (int round = 0; round < 3; round++) {
                assertThat(uploads.post("/api/check", "e1394-ps2", "answers.csv", f).body())
                        .contains("\"name\" : \"PS 2 F\"");
                assertThat(uploads.post("/api/check", "e1394-ps2", "answers.xlsx", h).body())
                        .contains("\"name\" : \"PS 2 H\"").doesNotContain("candidate files");
            }
            assertThat(uploads.server.uploadsOnDisk()).isZero();
        }
    }

    /**
     * An upload over 256 kB is spooled to disk by Jetty while it arrives and moved, not copied, to its own folder:
     * the move must leave nothing behind, and the form's cleanup must not delete the moved file, which by then may
     * be the next upload of the same name in the same folder.
     */
    @Test
    void largeUploadsSpooledToDiskAreCheckedAndNotLeftOnDisk() throws Exception {
        Path markdown = Path.of("submissions-sample/ps2-team-b.md");
        String padding = "\n\nNotes kept for later, not an answer.\n".repeat(10_000);
        byte[] large = (Files.readString(markdown) + padding).getBytes(StandardCharsets.UTF_8);
        assertThat(large.length).isGreaterThan(256 * 1024);
        try (Uploads uploads = new Uploads()) {
            String small = uploads.post("/api/check", "e1394-ps2", markdown).body();
            String total = small.lines().filter(line -> line.contains("\"total\"")).findFirst().orElseThrow();
            for (int round = 0; round < 3; round++) {
                HttpResponse<String> checked = uploads.post("/api/check", "e1394-ps2", "ps2-team-b.md", large);
                assertThat(checked.statusCode()).isEqualTo(200);
                assertThat(checked.body()).contains("\"name\" : \"PS 2 B\"").contains(total);
            }
            assertThat(uploads.server.uploadsOnDisk()).isZero();
        }
    }

    /** A check that ends past its time, before the watchdog stopped it, is one timeout: not also a check done. */
    @Test
    void aCheckEndingPastItsTimeIsLoggedOnceAsATimeout() throws Exception {
        SelfCheck.Checked result = SelfCheck.check(Uploads.E1394, SHEET);
        SelfCheckServer.Checker late = (rubric, rubricName, sheet) -> {
            long end = System.nanoTime() + 1_300_000_000L;
            for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                try {
                    Thread.sleep(left / 1_000_000 + 1);
                } catch (InterruptedException deaf) {
                    // Goes on, as a reading Java cannot interrupt does.
                }
            }
            return result;
        };
        try (Uploads uploads = new Uploads(Duration.ofSeconds(1), late, 4)) {
            HttpResponse<String> response = uploads.post("/api/check", "e1394-ps2", SHEET);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("took longer than 1 s");
            assertThat(uploads.log.toString().lines().filter(line -> line.startsWith("check "))).singleElement()
                    .satisfies(line -> assertThat(line).contains("status=timeout"));
            assertThat(uploads.server.checksDone()).isZero();
        }
    }

    /**
     * An upload that has not arrived within the time per check is refused, and the part of it that came is not left
     * on disk: a client trickling its body holds a thread no longer than a check may.
     */
    @Test
    void anUploadTooSlowToArriveIsRefusedAndNotLeftOnDisk() throws Exception {
        SelfCheckServer.Checker check = (rubric, rubricName, sheet) -> SelfCheck.check(rubric, rubricName, sheet);
        try (Uploads uploads = new Uploads(Duration.ofSeconds(1), check, 4)) {
            // Over 256 kB, so that Jetty spools the file part to disk as it arrives.
            byte[] body = Uploads.multipart("e1394-ps2", "slow.csv", new byte[400 * 1024]);
            try (Socket socket = new Socket("127.0.0.1", uploads.server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(uploadHead(body.length));
                out.write(body, 0, body.length - 1000);
                out.flush();
                long sent = System.nanoTime();
                String answer = new String(socket.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("took longer than 1 s to arrive");
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(10));
            }
            assertThat(uploads.get("/health").statusCode()).isEqualTo(200);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (uploads.server.uploadsOnDisk() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(uploads.server.uploadsOnDisk()).isZero();
            assertThat(uploads.post("/api/check", "e1394-ps2", SHEET).statusCode()).isEqualTo(200);
        }
    }

    /**
     * A large upload that arrives in pieces is written to disk by a thread of Jetty's pool, never by the thread that
     * watches every connection: there, a slow disk would stall every other client while the upload is written. Java
     * Flight Recorder's file-write events give the stack of each write.
     */
    @Test
    void aLargeUploadIsWrittenToDiskOffTheThreadThatWatchesEveryConnection() throws Exception {
        try (Uploads uploads = new Uploads(); jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            // A first upload loads the server's classes: the large one must find it ready, reading as pieces come.
            assertThat(uploads.post("/api/check", "e1394-ps2", SHEET).statusCode()).isEqualTo(200);
            recording.enable("jdk.FileWrite").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            // Over 256 kB, so that Jetty spools the file part to disk as it arrives.
            byte[] body = Uploads.multipart("e1394-ps2", "large.csv", new byte[1024 * 1024]);
            try (Socket socket = new Socket("127.0.0.1", uploads.server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(uploadHead(body.length));
                for (int offset = 0; offset < body.length; offset += 100_000) {
                    out.write(body, offset, Math.min(100_000, body.length - offset));
                    out.flush();
                    Thread.sleep(50);
                }
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 ");
            }
            recording.stop();
            Path events = Files.createTempFile("uploads", ".jfr");
            try {
                recording.dump(events);
                List<String> writes = jdk.jfr.consumer.RecordingFile.readAllEvents(events).stream()
                        .filter(event -> event.getStackTrace() != null)
                        .map(event -> event.getStackTrace().getFrames().stream()
                                .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
                                .toList().toString())
                        .filter(stack -> stack.contains("MultiPartFormData"))
                        .toList();
                // Jetty's selector runs a task itself ("produce, consume") only when the task says it never blocks.
                assertThat(writes).isNotEmpty().anyMatch(stack -> !stack.contains("SelfCheckServer.form"))
                        .noneMatch(stack -> stack.contains("AdaptiveExecutionStrategy.pcRunTask"));
            } finally {
                Files.delete(events);
            }
        }
    }
}
