package org.cnngrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Grading 1,000 generated submissions (a third each CSV, XLSX, PDF) against merely reading the same
 * files with the same libraries (Commons CSV, POI, PDFBox), with 1 and 2 threads. Not a test: a
 * measurement, run by {@code scripts/benchmark.sh}, whose figures are in docs/performance.md.
 *
 * <p>Warm (the default): both sides alternate in this JVM after warm-up passes, until the JIT settles unless a
 * number of passes is given. Cold (third argument
 * {@code cold}): every run is a JVM of its own, started and timed from here, as a TA runs {@code grade}.
 */
public final class GradeRunBenchmark {

    /**
     * Warm-up passes go on until the JIT compiles for less than this share of a pass: the state that
     * "warm" means. After a fixed few passes grading is measured while C2 still compiles its code for a
     * whole core, which on 2 cores is time taken from the workers; at 5% it still compiles grading's
     * once-a-run code (the rubric's parser, the summary's charts) during the pairs.
     */
    private static final double SETTLED = 0.02;
    /** At most this many warm-up passes, settled or not. */
    private static final int MAX_WARM_UPS = 60;
    /** The number of warm-ups that stands for "until the JIT settles", the default (no third argument). */
    private static final int UNTIL_SETTLED = -1;
    private static final int PAIRS = 7;
    /** What creating a team folder costs on a quiet disk of this VM, with a margin: 20–60 µs, 100 at most. */
    private static final double QUIET_MICROS = 100;
    /** The longest the benchmark waits for a quiet disk before it measures anyway. */
    private static final long LONGEST_WAIT_SECONDS = 600;

    /** The first argument of a JVM that runs one side once, for the cold measurement. */
    private static final String ONCE = "once";

    private GradeRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals(ONCE)) {
            once(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean cold = args.length > 2 && args[2].equals("cold");
        int warmUps = args.length > 2 && !cold ? Integer.parseInt(args[2]) : UNTIL_SETTLED;
        Path work = Files.createTempDirectory("cnn-grader-benchmark");
        // Where the reports go: by default beside the cohort; another file system can be named.
        Path outputs = args.length > 1 && !args[1].equals("-")
                ? Files.createTempDirectory(Path.of(args[1]), "cnn-grader-benchmark") : work;
        Path cohort = generate(work.resolve("cohort"), count);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cohort)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%d submissions: %d CSV, %d XLSX, %d PDF%n", files.size(),
                files.stream().filter(file -> file.toString().endsWith(".csv")).count(),
                files.stream().filter(file -> file.toString().endsWith(".xlsx")).count(),
                files.stream().filter(file -> file.toString().endsWith(".pdf")).count());
        try {
            waitForAQuietFileSystem(outputs);
            if (cold) {
                for (int threads : new int[] {1, 2}) {
                    pairs("cold, threads " + threads, ", each a JVM of its own, its start included",
                            outputs.resolve("cold-" + threads),
                            output -> onceInItsOwnJvm("read", cohort, output, threads),
                            output -> onceInItsOwnJvm("grade", cohort, output, threads));
                }
            } else {
                warm(files, cohort, outputs, warmUps);
            }
            System.out.printf(Locale.ROOT, "the same at the end: %.0f µs%n",
                    creatingATeamFolder(outputs.resolve("calibration-end")));
        } finally {
            AtomicFiles.discard(work);
            if (!outputs.equals(work)) {
                AtomicFiles.discard(outputs);
            }
        }
    }

    /**
     * Both sides in this JVM, with 2 and then 1 thread, each after its {@link #warmUp warm-up}; with the JIT's and
     * the GC's time, and the heap's peak.
     */
    private static void warm(List<Path> files, Path cohort, Path outputs, int warmUps) throws Exception {
        // The heap in use, sampled: the sum of the memory pools' peaks would add peaks from different moments.
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        // 2 threads first: with 1 thread, what the JIT still compiles runs on the idle core.
        for (int threads : new int[] {2, 1}) {
            warmUp(files, cohort, outputs.resolve("warm-up-" + threads), threads, warmUps);
            // What the JVM spent beside the work, per run: compiling (the JIT) and collecting garbage.
            long[] readOverhead = new long[2];
            long[] gradeOverhead = new long[2];
            pairs("threads " + threads, "", outputs.resolve("out-" + threads),
                    output -> time(() -> readOnly(files, threads), readOverhead),
                    output -> time(() -> grade(cohort, output, threads), gradeOverhead));
            System.out.printf(Locale.ROOT, "threads %d: JIT compiling %.2f s while reading only, %.2f s while grading;"
                    + " GC %.2f s and %.2f s (totals over the %d pairs)%n", threads, readOverhead[0] / 1e3,
                    gradeOverhead[0] / 1e3, readOverhead[1] / 1e3, gradeOverhead[1] / 1e3, PAIRS);
        }
        sampler.interrupt();
        System.out.printf(Locale.ROOT, "heap in use: at most %d MB (sampled every 5 ms; max heap %d MB)%n",
                peakHeap.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * Passes of both sides with {@code threads} threads: {@code warmUps} of them, or until the JIT compiles for
     * less than {@link #SETTLED} of a pass. The JIT needs a dozen passes or more over POI, PDFBox and the grader
     * before its work settles (code run once per submission reaches C2's thresholds only after several passes,
     * and C2's queue is long), and it compiles again when the number of threads changes; hence warm-ups for each.
     */
    private static void warmUp(List<Path> files, Path cohort, Path outputs, int threads, int warmUps) throws Exception {
        long[] lastWarmUp;
        long lastWarmUpTime;
        int passes = 0;
        do {
            Path output = outputs.resolve("pass-" + passes);
            lastWarmUp = new long[2];
            lastWarmUpTime = time(() -> readOnly(files, threads), lastWarmUp)
                    + time(() -> grade(cohort, output, threads), lastWarmUp);
            passes++;
        } while (warmUps == UNTIL_SETTLED ? lastWarmUp[0] / 1e3 > SETTLED * lastWarmUpTime / 1e9 && passes < MAX_WARM_UPS
                : passes < warmUps);
        System.out.printf(Locale.ROOT, "threads %d: %d warm-up passes%s; in the last, the JIT compiled %.2f s of %.2f s%n",
                threads, passes, warmUps == UNTIL_SETTLED ? String.format(Locale.ROOT, " (until the JIT compiled under"
                        + " %.0f%% of a pass, at most %d)", SETTLED * 100, MAX_WARM_UPS) : "", lastWarmUp[0] / 1e3,
                lastWarmUpTime / 1e9);
    }

    /** One run of a side, writing (when it grades) into {@code output}; in nanoseconds. */
    @FunctionalInterface
    private interface Side {
        long run(Path output) throws Exception;
    }

    /**
     * {@link #PAIRS} runs of each side. The machine is shared and drifts: the sides alternate, and so
     * does which goes first; the medians are printed with the median of the pairs' ratios. Each
     * grading writes into a fresh folder under {@code outputs} (the first grading of a cohort, every
     * file new); the folders are deleted at the end, since deleting thousands of files between runs
     * keeps the file system busy during the next.
     */
    private static void pairs(String label, String how, Path outputs, Side read, Side grade) throws Exception {
        List<Long> reads = new ArrayList<>();
        List<Long> grades = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            Path output = outputs.resolve("run-" + pair);
            long readTime;
            long gradeTime;
            if (pair % 2 == 0) {
                readTime = read.run(output);
                gradeTime = grade.run(output);
            } else {
                gradeTime = grade.run(output);
                readTime = read.run(output);
            }
            reads.add(readTime);
            grades.add(gradeTime);
            ratios.add((double) gradeTime / readTime);
        }
        System.out.printf(Locale.ROOT, "%s: reading only %.2f s, grading %.2f s (medians of %d%s); ratio %.2f"
                + " (median of pairs, range %.2f–%.2f)%n", label, median(reads) / 1e9, median(grades) / 1e9, PAIRS,
                how, median(ratios), ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        StringBuilder each = new StringBuilder();
        for (int pair = 0; pair < PAIRS; pair++) {
            each.append(String.format(Locale.ROOT, " %.2f/%.2f", reads.get(pair) / 1e9, grades.get(pair) / 1e9));
        }
        System.out.printf(Locale.ROOT, "%s, each pair (reading only/grading, s):%s%n", label, each);
    }

    /** One run of {@code side} ("read" or "grade") in a new JVM like this one, in nanoseconds from its start to its end. */
    private static long onceInItsOwnJvm(String side, Path cohort, Path output, int threads) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                GradeRunBenchmark.class.getName(), ONCE, side, cohort.toString(), output.toString(),
                Integer.toString(threads)).inheritIO().start();
        long start = System.nanoTime();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(side + " ended with exit code " + exit);
        }
        return elapsed;
    }

    /** What a JVM started by {@link #onceInItsOwnJvm} does. */
    private static void once(String side, Path cohort, Path output, int threads) throws Exception {
        if (side.equals("grade")) {
            grade(cohort, output, threads);
            return;
        }
        try (Stream<Path> walk = Files.walk(cohort)) {
            readOnly(walk.filter(Files::isRegularFile).sorted().toList(), threads);
        }
    }

    /**
     * Waits, up to {@link #LONGEST_WAIT_SECONDS}, until creating a team folder where the reports go costs at most
     * {@link #QUIET_MICROS}, and prints what it cost and how long that took. On this VM's ext4 it costs 5 to 30 times
     * as much for minutes after thousands of files were deleted (ext4 does not reuse an inode freed in the last 60
     * to 300 seconds, and checks each candidate), as the end of every benchmark run and {@code mvn verify} do; only
     * grading writes files, so a run started then measures the file system against grading.
     */
    private static void waitForAQuietFileSystem(Path outputs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        double cost = creatingATeamFolder(outputs.resolve("calibration-start-0"));
        for (int attempt = 1; cost > QUIET_MICROS && System.nanoTime() - start < LONGEST_WAIT_SECONDS * 1_000_000_000L;
                attempt++) {
            Thread.sleep(15_000);
            cost = creatingATeamFolder(outputs.resolve("calibration-start-" + attempt));
        }
        System.out.printf(Locale.ROOT, "creating a folder with a file in it where the reports go: %.0f µs (median of 300),"
                + " after waiting %.0f s for it to be at most %.0f µs (at most %d s)%n", cost,
                (System.nanoTime() - start) / 1e9, QUIET_MICROS, LONGEST_WAIT_SECONDS);
    }

    /** The median time of creating a folder with one small file in it (as a team's reports), in microseconds. */
    private static double creatingATeamFolder(Path folder) throws IOException {
        List<Long> times = new ArrayList<>();
        byte[] content = new byte[4096];
        for (int index = 0; index < 300; index++) {
            long start = System.nanoTime();
            Path team = Files.createDirectories(folder.resolve("team-" + index));
            Files.write(team.resolve("report.json"), content);
            times.add(System.nanoTime() - start);
        }
        return median(times) / 1e3;
    }

    /** One run, in nanoseconds. */
    private static long time(Measured measured) throws Exception {
        long start = System.nanoTime();
        measured.run();
        return System.nanoTime() - start;
    }

    /** One run, in nanoseconds; adds the milliseconds the JIT compiled and the GC collected during it to {@code overhead}. */
    private static long time(Measured measured, long[] overhead) throws Exception {
        long compiling = compilingMillis();
        long collecting = collectingMillis();
        long elapsed = time(measured);
        overhead[0] += compilingMillis() - compiling;
        overhead[1] += collectingMillis() - collecting;
        return elapsed;
    }

    private static long compilingMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @FunctionalInterface
    private interface Measured {
        void run() throws Exception;
    }

    private static void grade(Path cohort, Path output, int threads) throws IOException {
        org.cnngrader.batch.GradeRun.run(new org.cnngrader.batch.GradeRun.Options(Path.of("rubrics/e1394-ps2.yaml"), List.of(cohort), output, threads,
                Optional.empty(), Optional.empty(), false), org.cnngrader.batch.GradeRun.Progress.silent());
    }

    /** What reading costs with the same libraries: every CSV record, every workbook cell, every PDF's text. */
    private static void readOnly(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> read(file)));
            }
            long total = 0;
            for (Future<Integer> future : futures) {
                total += future.get();
            }
            if (total == 0) {
                throw new IllegalStateException("nothing was read");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Reading only one file: its CSV records, its workbook's cells or its PDF's text, as the libraries give them. */
    static int read(Path file) throws IOException {
        String name = file.toString();
        if (name.endsWith(".csv")) {
            int cells = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(';').build())) {
                for (CSVRecord record : parser) {
                    cells += record.size();
                }
            }
            return cells;
        }
        if (name.endsWith(".xlsx")) {
            int cells = 0;
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Row row : workbook.getSheetAt(0)) {
                    for (Cell cell : row) {
                        cells += formatter.formatCellValue(cell).isEmpty() ? 0 : 1;
                    }
                }
            }
            return cells;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).length();
        }
    }

    /**
     * The submissions the cohort copies: a CSV and a workbook of the samples, and the PDF of sample team D typeset
     * without its "Team" line (so that each copy is named by its folder), whose source is beside it.
     */
    static final List<Path> SAMPLES = List.of(Path.of("submissions-sample/ps2-team-f.csv"),
            Path.of("submissions-sample/ps2-team-h.xlsx"), Path.of("src/test/resources/benchmark/answers.pdf"));

    /**
     * A cohort of copies of the {@link #SAMPLES}, each under a name of its own, as in a real cohort (teams that share
     * a name have their reports written twice): the CSV copies with their team cell replaced, the workbooks with
     * theirs set by POI, the PDFs each in a team folder.
     */
    private static Path generate(Path cohort, int count) throws IOException {
        Files.createDirectories(cohort);
        String csv = Files.readString(SAMPLES.get(0));
        byte[] pdf = Files.readAllBytes(SAMPLES.get(2));
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(SAMPLES.get(1)))) {
            Cell teamCell = teamCell(workbook, "PS 2 H");
            for (int i = 0; i < count; i++) {
                String team = String.format(Locale.ROOT, "team-%04d", i);
                switch (i % 3) {
                    case 0 -> Files.writeString(cohort.resolve(team + ".csv"), csv.replace("PS 2 F", team));
                    case 1 -> {
                        teamCell.setCellValue(team);
                        try (OutputStream output = Files.newOutputStream(cohort.resolve(team + ".xlsx"))) {
                            workbook.write(output);
                        }
                    }
                    default -> {
                        Files.createDirectories(cohort.resolve(team));
                        Files.write(cohort.resolve(team).resolve("answers.pdf"), pdf);
                    }
                }
            }
        }
        return cohort;
    }

    /** The cell of the first sheet that holds the team's name. */
    private static Cell teamCell(Workbook workbook, String team) {
        for (Row row : workbook.getSheetAt(0)) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(team)) {
                    return cell;
                }
            }
        }
        throw new IllegalStateException("no cell holds " + team);
    }
}
