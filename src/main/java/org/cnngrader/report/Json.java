package org.cnngrader.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one JSON writer: plain data (or a document written value by value) in, deterministic UTF-8
 * text out ({@code \n} line ends on every system).
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(LINES));
    private static final ObjectWriter ROWS = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(LINES)
            .withArrayIndenter(LINES));

    private Json() {
    }

    /** One line. */
    public static String compact(Object plain) {
        try {
            return COMPACT.writeValueAsString(plain);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("internal: plain data could not be written as JSON", impossible);
        }
    }

    /** Indented, for documents. */
    public static String pretty(Object plain) {
        try {
            return PRETTY.writeValueAsString(plain);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("internal: plain data could not be written as JSON", impossible);
        }
    }

    /** What writes a document, value by value. */
    @FunctionalInterface
    public interface Writing {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /**
     * Indented, as {@link #pretty(Object)}, in UTF-8: a document written value by value, without plain
     * data first, straight to the bytes a file holds (no text to hold or encode on the way).
     */
    public static byte[] prettyUtf8(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator generator = PRETTY.createGenerator(bytes, JsonEncoding.UTF8)) {
            writing.writeTo(generator);
        } catch (IOException impossible) {
            throw new IllegalStateException("internal: a document could not be written as JSON", impossible);
        }
        return bytes.toByteArray();
    }

    /**
     * As {@link #pretty(Object)}, with a final line end, straight into {@code output} (which stays
     * open), and every array element on a line of its own: for
     * documents whose arrays hold documents already written ({@link com.fasterxml.jackson.databind.util.RawValue}).
     */
    public static void prettyRows(Object plain, OutputStream output) throws IOException {
        ROWS.writeValue(output, plain);
        output.write('\n');
    }
}
