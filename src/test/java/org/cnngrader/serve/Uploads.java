package org.cnngrader.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A served self-check for tests, on a free localhost port, and multipart uploads to it. */
final class Uploads implements AutoCloseable {

    static final Path E1394 = Path.of("rubrics/e1394-ps2.yaml");
    static final Path BACKPROP = Path.of("rubrics/backprop.yaml");

    private static final String BOUNDARY = "----cnn-grader-test-boundary";

    final SelfCheckServer server;
    final StringWriter log = new StringWriter();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Uploads(int rate, long maxUploadBytes, Optional<Path> keep) throws IOException {
        server = SelfCheckServer.start(new ServeOptions(List.of(E1394, BACKPROP), "127.0.0.1", 0, rate,
                maxUploadBytes, Duration.ofSeconds(60), 2, keep), new PrintWriter(log, true));
    }

    /**
     * A server of {@code e1394-ps2} whose checks are {@code checker}'s, one at a time, and at most {@code waiting}
     * wait.
     */
    Uploads(Duration timeout, SelfCheckServer.Checker checker, int waiting) throws IOException {
        server = SelfCheckServer.start(new ServeOptions(List.of(E1394), "127.0.0.1", 0, 0, 20L * 1024 * 1024, timeout,
                1, Optional.empty()), new PrintWriter(log, true), checker, waiting);
    }

    /** A client of a server started elsewhere (the benchmark's); closing it stops that server too. */
    Uploads(SelfCheckServer running) {
        server = running;
    }

    Uploads() throws IOException {
        this(0, 20L * 1024 * 1024, Optional.empty());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as the field {@code file}, with the assignment when given. */
    HttpResponse<String> post(String path, String assignment, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                "multipart/form-data; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofByteArray(
                        multipart(assignment, fileName, content))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String assignment, Path file) throws IOException, InterruptedException {
        return post(path, assignment, file.getFileName().toString(), Files.readAllBytes(file));
    }

    static byte[] multipart(String assignment, String fileName, byte[] content) {
        StringBuilder head = new StringBuilder();
        if (assignment != null) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"assignment\"\r\n\r\n")
                    .append(assignment).append("\r\n");
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return body;
    }

    static String contentTypeHeader() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static String boundary() {
        return BOUNDARY;
    }

    @Override
    public void close() {
        server.close();
    }
}
