package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sheets of a folder of submissions as the grader reads them, by where each was read from, for hostile-file tests. */
final class SheetsBySource {

    private SheetsBySource() {
    }

    /** Every sheet read from the submissions under {@code root}, by its source. */
    static Map<String, AnswerSheet> read(Path root, SheetSpec spec) throws Exception {
        return Submissions.read(org.cnngrader.batch.Discovery.submissions(List.of(root)), spec).stream()
                .collect(Collectors.toMap(AnswerSheet::source, Function.identity()));
    }

    /** Why the sheet from {@code source} is unreadable; fails when it was read. */
    static String unreadableReason(Map<String, AnswerSheet> sheets, String source) {
        AnswerSheet sheet = sheets.get(source);
        assertThat(sheet).as(source).isNotNull();
        assertThat(sheet.readable()).as(source + " should be unreadable").isFalse();
        return sheet.reason().orElseThrow();
    }
}
