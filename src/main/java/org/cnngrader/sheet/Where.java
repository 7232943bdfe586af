package org.cnngrader.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an answer came from: the file, and the page and line (documents) or the cell (sheets),
 * with the text around it. Zero or empty where it does not apply.
 */
public record Where(String file, int page, int line, String cell, String snippet) {

    /** A snippet is the start of a long line or cell, and says how long it is. */
    public Where {
        snippet = Excerpt.shortened(snippet, Excerpt.SNIPPET);
    }

    /** A cell of a sheet, such as {@code C5}. */
    public static Where cell(String file, String cell, int line, String snippet) {
        return new Where(file, 0, line, cell, snippet);
    }

    /** A line of a page of a document (page 0 for plain text). */
    public static Where line(String file, int page, int line, String snippet) {
        return new Where(file, page, line, "", snippet);
    }

    /** {@code page 3, line 12} or {@code cell C5}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!cell.isEmpty()) {
            text.append("cell ").append(cell);
        } else {
            if (page > 0) {
                text.append("page ").append(page).append(", ");
            }
            text.append("line ").append(line);
        }
        return text.toString();
    }

    /**
     * Lines of one file, each page once: {@code line 4}, {@code lines 4 and 9}, {@code page 1, lines 5, 7 and 10;
     * page 2, line 3}; cells of a sheet by their names: {@code cell C38}, {@code cells C38 and C40}.
     */
    public static String describe(List<Where> lines) {
        if (!lines.isEmpty() && lines.stream().allMatch(where -> !where.cell().isEmpty())) {
            List<String> cells = lines.stream().map(Where::cell).toList();
            return cells.size() == 1 ? "cell " + cells.get(0) : "cells " + String.join(", ",
                    cells.subList(0, cells.size() - 1)) + " and " + cells.get(cells.size() - 1);
        }
        Map<Integer, List<Integer>> byPage = new LinkedHashMap<>();
        lines.forEach(where -> byPage.computeIfAbsent(where.page(), page -> new ArrayList<>())
                .add(where.line()));
        List<String> pages = new ArrayList<>();
        byPage.forEach((page, numbers) -> {
            List<String> shown = numbers.stream().map(String::valueOf).toList();
            String joined = shown.size() == 1 ? "line " + shown.get(0) : "lines " + String.join(", ",
                    shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
            pages.add(page > 0 ? "page " + page + ", " + joined : joined);
        });
        return String.join("; ", pages);
    }
}
