package org.cnngrader.sheet;

import java.time.Duration;
import java.util.List;

/**
 * The limits every submission is read within, stated in one place so that {@code grade --limits} prints what the
 * readers enforce. A file past one is its team's alone: {@code unreadable}, with the limit named, while the rest of
 * the cohort is graded. The defaults fit a real cohort comfortably (a 60-page PDF, a 20 MB workbook); heap use is
 * bounded by these limits, not by a file's claims about itself.
 *
 * @param time how long one submission may take to read before a watchdog abandons it
 * @param teamsPerFile the most teams one multi-team sheet may hold (a small CSV could otherwise claim thousands)
 */
public record ReadingLimits(Duration time, int teamsPerFile) {

    /** The limits a run reads within unless told otherwise. */
    public static final ReadingLimits DEFAULT = new ReadingLimits(Duration.ofSeconds(60), 500);

    /** The words of a refusal past a limit, with the limit named. */
    static String refusal(String limit) {
        return "too large or too slow to read (limit " + limit + ")";
    }

    /** Each limit as a line {@code grade --limits} prints: what is limited, and to what. */
    public List<String> describe() {
        return List.of(
                "time per submission: " + timeLimit(),
                "file size: xlsx " + megabytes(XlsxSheetReader.MAX_BYTES) + ", pdf " + megabytes(PdfSheetReader.MAX_BYTES)
                        + ", docx " + megabytes(DocxSheetReader.MAX_BYTES) + ", ipynb "
                        + megabytes(NotebookSheetReader.MAX_BYTES) + ", csv and text " + megabytes(TextFiles.MAX_BYTES),
                "pages per PDF: " + PdfSheetReader.MAX_PAGES + " (later pages are not read)",
                "characters per value: " + ValueParser.MAX_LENGTH,
                "cells per matrix block in a workbook: " + XlsxSheetReader.MAX_BLOCK + " x " + XlsxSheetReader.MAX_BLOCK,
                "teams per file: " + teamsPerFile,
                "entries of a workbook archive looked at: " + SheetFormat.MAX_ENTRIES_LOOKED_AT);
    }

    /** The time budget as it is stated: {@code 60 s}, {@code 500 ms}. */
    String timeLimit() {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return bytes / 1024 / 1024 + " MB";
    }
}
