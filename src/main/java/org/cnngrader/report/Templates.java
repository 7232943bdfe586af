package org.cnngrader.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The HTML templates (Pebble, escaping every value unless a template says {@code raw}). */
final class Templates {

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(loader())
            .autoEscaping(true)
            .strictVariables(true)
            .defaultLocale(Locale.ROOT)
            .build();

    private Templates() {
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("org/cnngrader/report/templates");
        return loader;
    }

    /** Renders the template {@code name} with {@code model} into {@code output} as UTF-8 (the stream stays open). */
    static void render(String name, Map<String, Object> model, OutputStream output) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 8192);
        ENGINE.getTemplate(name).evaluate(writer, model, Locale.ROOT);
        writer.flush();
    }
}
