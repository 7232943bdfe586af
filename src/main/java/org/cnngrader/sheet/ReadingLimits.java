package org.cnngrader.sheet;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits every submission is read within, stated, built and validated in this one place so that
 * {@code grade --limits} prints what the readers enforce and {@code grade --limit NAME=VALUE} raises (or lowers) one of
 * them. A file past one is its team's alone: {@code unreadable}, with the limit named, while the rest of the cohort
 * is graded. The defaults fit a real cohort comfortably (a 60-page PDF, a 20 MB workbook); heap use is bounded by
 * these limits, not by a file's claims about itself, which is why each has a ceiling it cannot be raised past.
 *
 * <p>The readers find the limits of the submission they are reading with {@link #current()}: {@link Submissions}
 * reads each submission on a thread of its own, within {@link #within}.
 *
 * @param time how long one submission may take to read before a watchdog abandons it
 * @param teamsPerFile the most teams one multi-team sheet may hold (a small CSV could otherwise claim thousands)
 * @param pdfPages the most pages of a PDF read; later pages are not
 * @param fileBytes the largest file read, whatever its kind; empty for each kind's own default
 * @param valueChars the most characters of one written value parsed
 */
public record ReadingLimits(Duration time, int teamsPerFile, int pdfPages, Optional<Long> fileBytes,
        int valueChars) {

    /** The limits a run reads within unless told otherwise. */
    public static final ReadingLimits DEFAULT = new ReadingLimits(Duration.ofSeconds(60), 500,
            PdfSheetReader.MAX_PAGES, Optional.empty(), ValueParser.MAX_LENGTH);

    private static final long MB = 1024L * 1024;

    /** The names {@code --limit} knows, each with the form of its value, as a mistake lists them. */
    private static final String NAMES = "time=120s, teams-per-file=N, pdf-pages=N, file-size=100MB, value-chars=N";

    private static final Pattern SETTING = Pattern.compile("([a-z-]+)=(.*)");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s?(ms|s|min|m)?");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s?(KB|MB|GB|K|M|G)?", Pattern.CASE_INSENSITIVE);

    private static final ThreadLocal<ReadingLimits> CURRENT = new ThreadLocal<>();

    /** Checks every limit lies between its floor and its ceiling. */
    public ReadingLimits {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(fileBytes, "fileBytes");
        between("time", time.toMillis(), 100, Duration.ofHours(1).toMillis(), stated(time), "100 ms and 1 h");
        between("teams-per-file", teamsPerFile, 1, 100_000, String.valueOf(teamsPerFile), "1 and 100000");
        between("pdf-pages", pdfPages, 1, 10_000, String.valueOf(pdfPages), "1 and 10000");
        if (fileBytes.isPresent()) {
            between("file-size", fileBytes.get(), 1024, 256 * MB, size(fileBytes.get()), "1 KB and 256 MB");
        }
        between("value-chars", valueChars, 100, 10_000_000, String.valueOf(valueChars), "100 and 10000000");
    }

    private static void between(String name, long value, long floor, long ceiling, String shown, String range) {
        if (value < floor || value > ceiling) {
            throw new IllegalArgumentException("--limit " + name + ": " + shown + " is out of range; it must lie between "
                    + range);
        }
    }

    /** These limits with one of them, {@code NAME=VALUE} as {@code --limit} takes it, set anew. */
    public ReadingLimits with(String setting) {
        Matcher named = SETTING.matcher(setting.strip());
        if (!named.matches()) {
            throw new IllegalArgumentException("--limit " + setting + ": expected NAME=VALUE, one of " + NAMES);
        }
        String name = named.group(1);
        String value = named.group(2).strip();
        return switch (name) {
            case "time" -> withTime(duration(name, value));
            case "teams-per-file" -> new ReadingLimits(time, count(name, value), pdfPages, fileBytes, valueChars);
            case "pdf-pages" -> new ReadingLimits(time, teamsPerFile, count(name, value), fileBytes, valueChars);
            case "file-size" -> new ReadingLimits(time, teamsPerFile, pdfPages, Optional.of(bytes(name, value)),
                    valueChars);
            case "value-chars" -> new ReadingLimits(time, teamsPerFile, pdfPages, fileBytes, count(name, value));
            default -> throw new IllegalArgumentException("--limit " + setting + ": no limit is called '" + name
                    + "'; the limits are " + NAMES);
        };
    }

    /** The defaults with each {@code NAME=VALUE} of {@code settings} applied in turn (a later one wins). */
    public static ReadingLimits of(List<String> settings) {
        ReadingLimits limits = DEFAULT;
        for (String setting : settings) {
            limits = limits.with(setting);
        }
        return limits;
    }

    /** These limits with another time budget. */
    public ReadingLimits withTime(Duration budget) {
        return new ReadingLimits(budget, teamsPerFile, pdfPages, fileBytes, valueChars);
    }

    private static Duration duration(String name, String value) {
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--limit " + name + "=" + value
                    + ": expected a duration such as 120s, 2m or 500ms");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static int count(String name, String value) {
        if (!value.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("--limit " + name + "=" + value + ": expected a whole number");
        }
        return Integer.parseInt(value);
    }

    private static long bytes(String name, String value) {
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--limit " + name + "=" + value
                    + ": expected a size such as 100MB, 512KB or 1GB");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "MB" : matcher.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "K", "KB" -> amount * 1024;
            case "G", "GB" -> amount * 1024 * MB;
            default -> amount * MB;
        };
    }

    /**
     * The limits of the submission this thread is reading; {@link #DEFAULT} on a thread that reads none (a test
     * calling a reader directly).
     */
    public static ReadingLimits current() {
        ReadingLimits limits = CURRENT.get();
        return limits == null ? DEFAULT : limits;
    }

    /** Runs {@code work} with these as the {@link #current()} limits of this thread, as they were after. */
    <T> T within(Callable<T> work) throws Exception {
        ReadingLimits before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** The largest file of a kind read: the file size set, else {@code kindDefault}, the reader's own. */
    long fileBytes(long kindDefault) {
        return fileBytes.orElse(kindDefault);
    }

    /** The words of a refusal past a limit, with the limit named. */
    static String refusal(String limit) {
        return "too large or too slow to read (limit " + limit + ")";
    }

    /** Each limit as a line {@code grade --limits} prints: what is limited, to what, and its {@code --limit} name. */
    public List<String> describe() {
        String sizes = fileBytes.map(bytes -> "file size: " + size(bytes) + " whatever the kind")
                .orElse("file size: xlsx " + size(XlsxSheetReader.MAX_BYTES) + ", pdf " + size(PdfSheetReader.MAX_BYTES)
                        + ", docx " + size(DocxSheetReader.MAX_BYTES) + ", ipynb "
                        + size(NotebookSheetReader.MAX_BYTES) + ", csv and text " + size(TextFiles.MAX_BYTES));
        return List.of(
                "time per submission: " + timeLimit() + "  [--limit time=…]",
                sizes + "  [--limit file-size=…]",
                "pages per PDF: " + pdfPages + " (later pages are not read)  [--limit pdf-pages=…]",
                "characters per value: " + valueChars + "  [--limit value-chars=…]",
                "teams per file: " + teamsPerFile + "  [--limit teams-per-file=…]",
                "form XObjects in a PDF: nested at most " + PdfLimits.MAX_FORM_DEPTH + " deep, drawn at most "
                        + PdfLimits.MAX_FORMS_DRAWN + " times",
                "decompressed page content per PDF: " + size(PdfLimits.MAX_CONTENT_BYTES),
                "glyphs per PDF, all pages read: " + PdfSheetReader.MAX_GLYPHS,
                "XML per workbook or Word document, inflated: " + size(OfficeXml.MAX_BYTES),
                "JSON tokens per notebook: " + NotebookSheetReader.MAX_TOKENS,
                "cells per matrix block in a workbook: " + Table.MAX_BLOCK + " x " + Table.MAX_BLOCK,
                "entries of a workbook archive looked at: " + SheetFormat.MAX_ENTRIES_LOOKED_AT);
    }

    /** The time budget as it is stated: {@code 60 s}, {@code 500 ms}. */
    String timeLimit() {
        return stated(time);
    }

    private static String stated(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String size(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes / 1024 + " KB";
    }
}
