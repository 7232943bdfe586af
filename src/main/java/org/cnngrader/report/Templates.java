package org.cnngrader.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
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

    /** Renders the template {@code name} with {@code model}. */
    static String render(String name, Map<String, Object> model) throws IOException {
        PebbleTemplate template = ENGINE.getTemplate(name);
        StringWriter writer = new StringWriter();
        template.evaluate(writer, model, Locale.ROOT);
        return writer.toString();
    }
}
