package org.cnngrader.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The HTML templates of {@code src/main/jte}: jte, compiled to Java with the code (no template is
 * parsed at run time), escaping every value for where it stands (text or attribute) unless a
 * template says {@code $unsafe}. Each takes one {@link Display} record. Their fixed text is
 * encoded to UTF-8 at build time ({@code binaryStaticContent}); only the values are encoded while
 * grading.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders the template {@code name} with {@code view} into {@code output} as UTF-8 (the stream stays open). */
    static void render(String name, Record view, OutputStream output) throws IOException {
        // Rendered whole, then copied: jte's byte output is the one that writes the pre-encoded text as
        // it is (a writer would decode it again). A team's page is ~13 kB, a cohort's summary under 1 kB a team.
        Utf8ByteOutput bytes = new Utf8ByteOutput();
        ENGINE.render(name, view, bytes);
        bytes.writeTo(output);
    }
}
