package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads a student could send by accident or on purpose: each gets a clean refusal or an escaped report (never a
 * stack trace), and the server keeps serving. Also the limits a TA sets: checks per minute per client, the upload
 * size, uploads kept only with {@code --keep}, and the log line per check.
 */
class HostileUploadsTest {

    private static final long TWO_MEGABYTES = 2L * 1024 * 1024;

    private static Uploads uploads;

    @BeforeAll
    static void start() throws IOException {
        uploads = new Uploads(0, TWO_MEGABYTES, Optional.empty());
    }

    @AfterAll
    static void stop() {
        uploads.close();
    }

    private static void assertStillServing() throws Exception {
        assertThat(uploads.get("/health").body()).contains("\"status\":\"ok\"");
        HttpResponse<String> check = uploads.post("/api/check", "e1394-ps2",
                Path.of("submissions-sample/ps2-team-f.csv"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"name\" : \"PS 2 F\"");
    }

    private static void assertClean(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("at java.");
    }

    @Test
    void aZipBombWorkbookIsUnreadableWithItsReason() throws Exception {
        // A real workbook whose sheet holds 200 MB of blanks before its root element: a few hundred kB zipped.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream workbook = new ZipInputStream(
                Files.newInputStream(Path.of("submissions-sample/ps2-team-h.xlsx")));
                ZipOutputStream zip = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = workbook.getNextEntry(); entry != null; entry = workbook.getNextEntry()) {
                byte[] content = workbook.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(prolog).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
            }
        }
        assertThat(bomb.size()).isLessThan((int) TWO_MEGABYTES);
        HttpResponse<String> response = uploads.post("/api/check", "e1394-ps2", "answers.xlsx", bomb.toByteArray());
        assertThat(response.statusCode()).isIn(200, 422);
        assertThat(response.body()).containsAnyOf("\"status\" : \"unreadable\"", "\"error\"");
        assertClean(response);
        assertStillServing();
    }

    @Test
    void aPdfOfTenThousandPagesIsRefused(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("answers.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) {
                document.addPage(new PDPage());
            }
            document.save(pdf.toFile());
        }
        HttpResponse<String> response = uploads.post("/check", "e1394-ps2", pdf);
        assertThat(response.statusCode()).isIn(200, 413, 422);
        assertThat(response.body()).containsAnyOf("could not be read", "larger than", "Nothing in");
        assertClean(response);
        assertStillServing();
    }

    @Test
    void aGigabyteBodyIsRefusedFromItsLengthWithoutBeingRead() throws Exception {
        long gigabyte = 1L << 30;
        HttpRequest request = HttpRequest.newBuilder(uploads.uri("/api/check"))
                .header("Content-Type", Uploads.contentTypeHeader())
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new Zeros(gigabyte)), gigabyte)).build();
        try {
            HttpResponse<String> response = uploads.client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("larger than 2 MB");
        } catch (IOException closedWhileSending) {
            // The server answered and closed the connection before the client finished sending: also a refusal.
        }
        assertStillServing();
    }

    /** The assignment's name in a charset of the client's choosing, or not text at all, is looked up, not a 500. */
    @Test
    void anAssignmentNameInAnyCharsetIsLookedUpNotAFailure() throws Exception {
        byte[] sheet = Files.readAllBytes(Path.of("submissions-sample/ps2-team-f.csv"));
        HttpResponse<String> bogus = postFields(List.of(
                field("assignment", "text/plain; charset=bogus", "e1394-ps2".getBytes(StandardCharsets.UTF_8)),
                file("ps2-team-f.csv", sheet)));
        assertThat(bogus.statusCode()).isEqualTo(200);
        assertThat(bogus.body()).contains("\"name\" : \"PS 2 F\"");
        HttpResponse<String> notText = postFields(List.of(
                field("assignment", "text/plain; charset=utf-8", new byte[] {'e', (byte) 0xC3, (byte) 0x28, '1'}),
                file("ps2-team-f.csv", sheet)));
        assertThat(notText.statusCode()).isEqualTo(400);
        assertThat(notText.body()).contains("No assignment is called");
        assertClean(notText);
        assertThat(uploads.log.toString()).doesNotContain("error POST");
        assertStillServing();
    }

    /** More fields than a form of the page has is a malformed form, not a file too large. */
    @Test
    void aFormOfManyFieldsIsMalformedNotTooLarge() throws Exception {
        List<byte[]> fields = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            fields.add(field("extra" + i, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = postFields(fields);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cut off or malformed").doesNotContain("larger than");
        assertStillServing();
    }

    /** HEAD is GET without the body, for monitors and {@code curl -I}; a trailing slash names the same page. */
    @Test
    void headAndATrailingSlashAnswerAsGet() throws Exception {
        HttpResponse<String> head = uploads.client.send(HttpRequest.newBuilder(uploads.uri("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(uploads.get("/health/").body()).contains("\"status\":\"ok\"");
    }

    private static byte[] field(String name, String contentType, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: " + contentType, content);
    }

    private static byte[] file(String fileName, byte[] content) {
        return part("Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream", content);
    }

    private static byte[] part(String headers, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + Uploads.boundary() + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> postFields(List<byte[]> parts) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach(body::writeBytes);
        body.writeBytes(("--" + Uploads.boundary() + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return uploads.client.send(HttpRequest.newBuilder(uploads.uri("/api/check"))
                .header("Content-Type", Uploads.contentTypeHeader())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLargeBodyOfUnknownLengthIsRefusedWhileRead() throws Exception {
        byte[] head = ("--" + Uploads.boundary() + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"big.csv\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        long size = 20L * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(uploads.uri("/api/check"))
                .header("Content-Type", Uploads.contentTypeHeader())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(head), new Zeros(size)))).build();
        try {
            HttpResponse<String> response = uploads.client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isIn(400, 413);
            assertClean(response);
        } catch (IOException closedWhileSending) {
            // Refused before the client finished sending.
        }
        assertStillServing();
    }

    @Test
    void aPathInTheFileNameIsReducedToTheName() throws Exception {
        String name = "cnn-grader-escape-" + System.nanoTime() + ".csv";
        byte[] sheet = Files.readAllBytes(Path.of("submissions-sample/ps2-team-f.csv"));
        HttpResponse<String> response = uploads.post("/api/check", "e1394-ps2", "../../../../../tmp/" + name, sheet);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"source\" : \"" + name + "\"").doesNotContain("..");
        assertThat(Path.of("/tmp", name)).doesNotExist();
        HttpResponse<String> windows = uploads.post("/api/check", "e1394-ps2", "C:\\\\Users\\\\x\\\\" + name, sheet);
        assertThat(windows.body()).contains("\"source\" : \"" + name + "\"");
        assertThat(SelfCheckServer.safeName("a/<b>.pdf")).isEqualTo("_b_.pdf");
        assertThat(SelfCheckServer.safeName("../..")).isEqualTo("upload");
    }

    @Test
    void htmlInATeamNameIsShownAsText() throws Exception {
        byte[] sheet = ("part,answer\nteam,<script>alert('x')</script><img src=x onerror=alert(1)>\nP,\"[[1, 1], [1, 1]]\"\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> page = uploads.post("/check", "e1394-ps2", "<b>team</b>.csv", sheet);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>team")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertStillServing();
    }

    @Test
    void badRequestsGetASentenceNotAStackTrace() throws Exception {
        HttpResponse<String> noFile = uploads.client.send(HttpRequest.newBuilder(uploads.uri("/api/check"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertClean(noFile);
        HttpResponse<String> unknown = uploads.post("/api/check", "ps9", Path.of("submissions-sample/ps2-team-f.csv"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No assignment is called \\\"ps9\\\"; there are e1394-ps2, backprop.");
        HttpResponse<String> other = uploads.post("/api/check", "backprop", "answers.csv",
                "part,answer\nteam,X\nnot_a_part,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Is it the sheet of another assignment");
        HttpResponse<String> empty = uploads.post("/check", "e1394-ps2", "answers.pdf", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The file is empty.");
        assertThat(uploads.get("/template/nothing.csv").statusCode()).isEqualTo(404);
        HttpResponse<String> nowhere = uploads.get("/admin");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).isEqualTo("No such page.");
        HttpResponse<String> wrongMethod = uploads.get("/api/check");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertClean(wrongMethod);
    }

    /**
     * A request Jetty cannot read gets a sentence in plain text like every other refusal, not Jetty's HTML page, which
     * repeated the address the client sent.
     */
    @Test
    void aRequestJettyCannotReadGetsASentenceNotJettysPage() throws Exception {
        String tooManyHeaders = "X-Padding: " + "a".repeat(20_000);
        for (String request : List.of("GET /%2F HTTP/1.1", "GET /a%zz HTTP/1.1", "GET /<script>alert(1)</script>%zz HTTP/1.1",
                "GET / HTTP/1.1\r\n" + tooManyHeaders)) {
            String answer = raw(request + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(request).matches("(?s)HTTP/1\\.1 4(00|31) .*")
                    .contains("Content-Type: text/plain; charset=utf-8")
                    .doesNotContain("<html").doesNotContain("script").doesNotContain("%2F").doesNotContain("zz");
            assertThat(answer).as(request).endsWith(answer.startsWith("HTTP/1.1 431")
                    ? "The request's headers are too large."
                    : "The request could not be read: its address or headers are malformed.");
        }
        assertStillServing();
    }

    /** A request sent as the bytes given, and the whole answer, on a connection of its own. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", uploads.server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theLogHasOneLinePerCheckWithoutFileContents() throws Exception {
        uploads.post("/api/check", "e1394-ps2", Path.of("submissions-sample/team-d/answers.pdf"));
        List<String> lines = uploads.log.toString().lines().filter(line -> line.contains("team=\"PS 2 D\"")).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).matches("check assignment=e1394-ps2 team=\"PS 2 D\" status=ok score=[\\d.]+/50 ms=\\d+");
    }

    @Test
    void aClientOverItsRateIsAskedToWait(@TempDir Path kept) throws Exception {
        try (Uploads limited = new Uploads(2, TWO_MEGABYTES, Optional.of(kept))) {
            Path sheet = Path.of("submissions-sample/team-d/answers.pdf");
            assertThat(limited.post("/api/check", "e1394-ps2", sheet).statusCode()).isEqualTo(200);
            assertThat(limited.post("/api/check", "e1394-ps2", sheet).statusCode()).isEqualTo(200);
            HttpResponse<String> third = limited.post("/api/check", "e1394-ps2", sheet);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.body()).contains("at most 2 a minute");
            try (var files = Files.list(kept)) {
                assertThat(files.map(file -> file.getFileName().toString()).toList()).hasSize(2)
                        .allMatch(file -> file.matches("\\d{8}-\\d{6}-\\d{3}_PS 2 D_answers\\.pdf"));
            }
        }
    }

    /** A stream of zero bytes of a given length, made as it is read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long length) {
            left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }
}
