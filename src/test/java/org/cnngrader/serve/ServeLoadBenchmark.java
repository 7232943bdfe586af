package org.cnngrader.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
import org.cnngrader.rubric.Rubric;

/**
 * The load benchmark of {@code serve} (not a test: {@code bash scripts/serve-benchmark.sh}): 40 clients upload at
 * once, 400 checks of the sample sheets in turn (PDF, XLSX, CSV, Markdown) to {@code POST /api/check}; it prints the
 * p50 and p95 latency, the errors (anything but a 200 with a report), the heap in use sampled every 5 ms, and, per
 * file, a check through the server by one client against the same check called directly in this warm JVM.
 */
public final class ServeLoadBenchmark {

    private static final List<Path> SHEETS = List.of(Path.of("submissions-sample/team-d/answers.pdf"),
            Path.of("submissions-sample/ps2-team-h.xlsx"), Path.of("submissions-sample/ps2-team-f.csv"),
            Path.of("submissions-sample/team-c/solution.pdf"), Path.of("submissions-sample/ps2-team-b.md"),
            Path.of("submissions-sample/team-e/hw2.pdf"), Path.of("submissions-sample/ps2-team-g.md"));

    private ServeLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        StringWriter log = new StringWriter();
        int cores = Runtime.getRuntime().availableProcessors();
        ServeOptions options = new ServeOptions(List.of(Uploads.E1394), "127.0.0.1", 0, 0, 20L * 1024 * 1024,
                Duration.ofSeconds(30), cores, Optional.empty());
        try (SelfCheckServer server = SelfCheckServer.start(options, new PrintWriter(log, true));
                Uploads client = new Uploads(server)) {
            List<byte[]> contents = new ArrayList<>();
            for (Path sheet : SHEETS) {
                contents.add(Files.readAllBytes(sheet));
            }
            // Warm-up: both ways, until the JIT has seen every reader.
            Rubric rubric = Inputs.rubric(Uploads.E1394);
            for (int round = 0; round < 15; round++) {
                for (int i = 0; i < SHEETS.size(); i++) {
                    SelfCheck.check(rubric, "e1394-ps2", SHEETS.get(i));
                    client.post("/api/check", "e1394-ps2", SHEETS.get(i).getFileName().toString(), contents.get(i));
                }
            }
            System.out.printf("one client, median of 15 (ms): file, direct check, through the server, ratio%n");
            for (int i = 0; i < SHEETS.size(); i++) {
                List<Double> direct = new ArrayList<>();
                List<Double> served = new ArrayList<>();
                for (int round = 0; round < 15; round++) {
                    long start = System.nanoTime();
                    SelfCheck.check(rubric, "e1394-ps2", SHEETS.get(i));
                    direct.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    client.post("/api/check", "e1394-ps2", SHEETS.get(i).getFileName().toString(), contents.get(i));
                    served.add((System.nanoTime() - start) / 1e6);
                }
                double d = median(direct);
                double s = median(served);
                System.out.printf("  %-40s %7.1f %7.1f %5.2f%n", SHEETS.get(i), d, s, s / d);
            }

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
            System.out.printf("%d clients, %d checks of %d sample files, %d check threads (%d cores): %.1f s,"
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

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
