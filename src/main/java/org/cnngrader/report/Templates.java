package org.cnngrader.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
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
        // Rendered whole, then encoded at once: String's encoder is many times faster than a Writer's.
        StringOutput text = new StringOutput(16 * 1024);
        ENGINE.render(name, view, text);
        output.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
