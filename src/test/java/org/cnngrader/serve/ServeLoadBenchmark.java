package org.cnngrader.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cnngrader.batch.Inputs;
import org.cnngrader.batch.SelfCheck;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;

/**
 * The load benchmark of {@code serve} (not a test: {@code bash scripts/serve-benchmark.sh}). First, per sample file, a
 * check through the server by one client on one keep-alive connection against the same check called directly in this
 * warm JVM, the two alternating so that the load of a shared machine falls on both; and what a request costs without a
 * check. Then 40 clients upload at once, 400 checks of the sample sheets in turn (PDF, XLSX, CSV, Markdown) to
 * {@code POST /api/check}; it prints the p50 and p95 latency, the errors (anything but a 200 with a report), and the
 * heap in use sampled every 5 ms.
 */
public final class ServeLoadBenchmark {

    private static final List<Path> SHEETS = List.of(Path.of("submissions-sample/team-d/answers.pdf"),
            Path.of("submissions-sample/ps2-team-h.xlsx"), Path.of("submissions-sample/ps2-team-f.csv"),
            Path.of("submissions-sample/team-c/solution.pdf"), Path.of("submissions-sample/ps2-team-b.md"),
            Path.of("submissions-sample/team-e/hw2.pdf"), Path.of("submissions-sample/ps2-team-g.md"));

    private static final int WARM_UP_ROUNDS = 20;
    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int ROUNDS = 41;

    private ServeLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        StringWriter log = new StringWriter();
        int cores = Runtime.getRuntime().availableProcessors();
        ServeOptions options = new ServeOptions(List.of(Uploads.E1394), "127.0.0.1", 0, 0, 20L * 1024 * 1024,
                Duration.ofSeconds(30), cores, Optional.empty());
        // The server's own check, timed where it runs: what a served check adds is then split into the check and the
        // rest (HTTP, the upload written, the student's view).
        SelfCheckServer.Checker check = SelfCheckServer.selfCheck(options);
        AtomicLong lastCheckNanos = new AtomicLong();
        SelfCheckServer.Checker timed = (rubric, name, sheet) -> {
            long start = System.nanoTime();
            try {
                return check.check(rubric, name, sheet);
            } finally {
                lastCheckNanos.set(System.nanoTime() - start);
            }
        };
        try (SelfCheckServer server = SelfCheckServer.start(options, new PrintWriter(log, true), timed,
                SelfCheckServer.waiting(cores));
                Uploads client = new Uploads(server)) {
            List<byte[]> contents = new ArrayList<>();
            for (Path sheet : SHEETS) {
                contents.add(Files.readAllBytes(sheet));
            }
            // Warm-up: both ways, until the JIT has seen every reader; and thousands of requests without a check, since
            // a server's own code (Jetty's parsing, multipart, JSON) runs a few times per request and is compiled
            // fully only after some ten thousand calls, as in a server that has been up for a while.
            Rubric rubric = Inputs.rubric(Uploads.E1394);
            OneConnection single = new OneConnection(server.port());
            byte[] csv = contents.get(SHEETS.indexOf(Path.of("submissions-sample/ps2-team-f.csv")));
            for (int round = 0; round < 5_000; round++) {
                single.health();
                single.refused("ps2-team-f.csv", csv);
            }
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (int i = 0; i < SHEETS.size(); i++) {
                    SelfCheck.check(rubric, "e1394-ps2", SHEETS.get(i));
                    single.check(SHEETS.get(i).getFileName().toString(), contents.get(i));
                    client.post("/api/check", "e1394-ps2", SHEETS.get(i).getFileName().toString(), contents.get(i));
                }
            }
            System.out.printf("one client on one keep-alive connection (HttpURLConnection), median of %d, alternating"
                    + " with the direct check (ms); ratio of the medians, and median of the rounds' ratios; the check timed"
                    + " inside the server, and the rest of a served check's time; then the"
                    + " CPU time of this process (server and client) per check, the mean of the same rounds:%n",
                    ROUNDS);
            System.out.printf("  %-40s %8s %8s %8s %6s %6s %8s %8s   cpu %6s %6s %6s%n", "file", "direct", "served",
                    "added", "ratio", "paired", "inside", "outside", "direct", "served", "ratio");
            for (int i = 0; i < SHEETS.size(); i++) {
                List<Double> direct = new ArrayList<>();
                List<Double> served = new ArrayList<>();
                List<Double> added = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> inside = new ArrayList<>();
                List<Double> outside = new ArrayList<>();
                // The process's CPU time is counted in ticks of 10 ms: summed over the rounds, not per check.
                double directCpu = 0;
                double servedCpu = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    double d = 0;
                    double s = 0;
                    double dc = 0;
                    double sc = 0;
                    // Which goes first alternates: a slower minute of the shared machine falls on both.
                    for (int side = 0; side < 2; side++) {
                        if ((side + round) % 2 == 0) {
                            long cpu = PROCESS.getProcessCpuTime();
                            long start = System.nanoTime();
                            SelfCheck.check(rubric, "e1394-ps2", SHEETS.get(i));
                            d = (System.nanoTime() - start) / 1e6;
                            dc = (PROCESS.getProcessCpuTime() - cpu) / 1e6;
                        } else {
                            long cpu = PROCESS.getProcessCpuTime();
                            long start = System.nanoTime();
                            single.check(SHEETS.get(i).getFileName().toString(), contents.get(i));
                            s = (System.nanoTime() - start) / 1e6;
                            sc = (PROCESS.getProcessCpuTime() - cpu) / 1e6;
                            inside.add(lastCheckNanos.get() / 1e6);
                            outside.add(s - lastCheckNanos.get() / 1e6);
                        }
                    }
                    direct.add(d);
                    served.add(s);
                    added.add(s - d);
                    ratios.add(s / d);
                    directCpu += dc;
                    servedCpu += sc;
                }
                double d = median(direct);
                double s = median(served);
                System.out.printf("  %-40s %8.1f %8.1f %8.1f %6.2f %6.2f %8.1f %8.1f   cpu %6.1f %6.1f %6.2f%n",
                        SHEETS.get(i), d, s, median(added), s / d, median(ratios), median(inside), median(outside),
                        directCpu / ROUNDS, servedCpu / ROUNDS, servedCpu / directCpu);
            }
            List<Double> health = new ArrayList<>();
            List<Double> refused = new ArrayList<>();
            for (int round = 0; round < 10 * ROUNDS; round++) {
                long start = System.nanoTime();
                single.health();
                health.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                single.refused("ps2-team-f.csv", csv);
                refused.add((System.nanoTime() - start) / 1e6);
            }
            // The same request right after a check: the server has waited, idle, and the check has filled the caches
            // with other work, as when a student's upload arrives between others.
            List<Double> refusedAfterCheck = new ArrayList<>();
            Path pdf = SHEETS.get(0);
            for (int round = 0; round < 2 * ROUNDS; round++) {
                SelfCheck.check(rubric, "e1394-ps2", pdf);
                long start = System.nanoTime();
                single.refused("ps2-team-f.csv", csv);
                refusedAfterCheck.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("a request without a check (ms): GET /health %.2f and the CSV posted for an assignment"
                    + " that does not exist (multipart read, 400) %.2f, back to back, median of %d; the latter right"
                    + " after a direct check of %s %.2f, median of %d%n", median(health), median(refused),
                    10 * ROUNDS, pdf, median(refusedAfterCheck), 2 * ROUNDS);
            Assignment assignment = Assignment.load(Uploads.E1394);
            TeamResult csvResult = SelfCheck.check(assignment.rubric(), "e1394-ps2",
                    Path.of("submissions-sample/ps2-team-f.csv")).results().get(0);
            List<Double> view = new ArrayList<>();
            for (int round = 0; round < 2_000 + 10 * ROUNDS; round++) {
                long start = System.nanoTime();
                JSON.writeValueAsBytes(StudentReport.of(assignment.name(), assignment.rubric(), assignment.guard(),
                        csvResult, "ps2-team-f.csv", "/tmp/upload").plain());
                if (round >= 2_000) {
                    view.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf("the student's view of the CSV's result and its JSON, median of %d (ms): %.2f%n",
                    10 * ROUNDS, median(view));

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            sampler.start();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService students = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(students.submit(() -> {
                    for (int n = next.getAndIncrement(); n < checks; n = next.getAndIncrement()) {
                        int file = n % SHEETS.size();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.post("/api/check", "e1394-ps2",
                                    SHEETS.get(file).getFileName().toString(), contents.get(file));
                            if (response.statusCode() != 200 || !response.body().contains("\"status\" : \"ok\"")) {
                                errors.incrementAndGet();
                                System.out.println("error: " + response.statusCode() + " " + response.body());
                            }
                        } catch (Exception failed) {
                            errors.incrementAndGet();
                            System.out.println("error: " + failed);
                        }
                        latencies.add((System.nanoTime() - start) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> one : running) {
                one.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            students.shutdown();
            sampler.interrupt();
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%d clients, %d checks of %d sample files, %d checks at once (%d cores): %.1f s,"
                    + " %.1f checks/s%n", clients, checks, SHEETS.size(), cores, cores, seconds, checks / seconds);
            System.out.printf("latency p50 %.0f ms, p95 %.0f ms, max %.0f ms; errors %d%n", percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1), errors.get());
            System.out.printf("heap in use: %d MB after a GC before the load, at most %d MB during it (sampled every"
                    + " 5 ms, with garbage; max heap %d MB; server and clients share this JVM)%n", before >> 20,
                    peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
            System.out.printf("checks logged by the server: %d%n", log.toString().lines()
                    .filter(line -> line.startsWith("check ")).count());
            if (errors.get() > 0) {
                System.exit(1);
            }
        }
    }

    /**
     * A client that sends each request on the calling thread over one kept-alive HTTP/1.1 connection, as curl or a
     * browser does: {@link HttpClient} hands every request to threads of its own, whose wake-ups would
     * be counted as the server's time.
     */
    private static final class OneConnection {
        private final int port;

        OneConnection(int port) {
            this.port = port;
        }

        void check(String fileName, byte[] content) throws IOException {
            int status = post("e1394-ps2", fileName, content);
            if (status != 200) {
                throw new IllegalStateException("a check of " + fileName + " answered " + status);
            }
        }

        void refused(String fileName, byte[] content) throws IOException {
            int status = post("no-such-assignment", fileName, content);
            if (status != 400) {
                throw new IllegalStateException("an unknown assignment answered " + status);
            }
        }

        void health() throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health")
                    .toURL().openConnection();
            try (InputStream body = connection.getInputStream()) {
                body.readAllBytes();
            }
        }

        private int post(String assignment, String fileName, byte[] content) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/check")
                    .toURL().openConnection();
            byte[] body = Uploads.multipart(assignment, fileName, content);
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", Uploads.contentTypeHeader());
            // Not setFixedLengthStreamingMode: it writes the headers and the body apart, and without TCP_NODELAY the
            // body then waits some 1.5 ms for the acknowledgement of the headers (Nagle's algorithm). Buffered, the
            // request leaves in one write.
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            // Read to the end and closed, the connection goes back to be kept alive.
            try (InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer.readAllBytes();
            }
            return status;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
