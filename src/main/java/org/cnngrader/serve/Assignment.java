package org.cnngrader.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.cnngrader.batch.Inputs;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.sheet.SheetSpec;
import org.cnngrader.sheet.TemplateWriter;

/**
 * One assignment the server checks: its rubric, loaded and validated once at start (a broken rubric stops the
 * server before a student sees it), the guard of its key, and its blank templates, written once.
 *
 * @param name the rubric's file name without {@code .yaml}: what students pick and scripts send as {@code assignment}
 */
record Assignment(String name, Rubric rubric, KeyGuard guard, byte[] csvTemplate, byte[] xlsxTemplate) {

    /** Loads the rubric in {@code file}. */
    static Assignment load(Path file) throws IOException {
        Rubric rubric = Inputs.rubric(file);
        String name = file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
        SheetSpec spec = SheetSpecs.of(rubric);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TemplateWriter.xlsx(spec, rubric.title(), xlsx);
        return new Assignment(name, rubric, KeyGuard.of(rubric),
                TemplateWriter.csv(spec).getBytes(StandardCharsets.UTF_8), xlsx.toByteArray());
    }

    /** Whether a name a student sent means this assignment (ignoring case, with or without {@code .yaml}). */
    boolean named(String asked) {
        String plain = asked.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.ya?ml$", "");
        return plain.equals(name.toLowerCase(Locale.ROOT));
    }
}
