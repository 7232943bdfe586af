package org.cnngrader.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The HTML templates of {@code src/main/jte}: jte, compiled to Java with the code (no template is
 * parsed at run time), escaping every value for where it stands (text or attribute) unless a
 * template says {@code $unsafe}. Each takes one {@link Display} record.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders the template {@code name} with {@code view} into {@code output} as UTF-8 (the stream stays open). */
    static void render(String name, Record view, OutputStream output) throws IOException {
        // Streamed: a summary of a large cohort never sits whole in memory (rendering whole first was not faster).
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        ENGINE.render(name, view, new WriterOutput(writer));
        writer.flush();
    }
}
