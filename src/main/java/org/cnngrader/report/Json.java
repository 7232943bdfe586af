package org.cnngrader.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON writer: plain data (or a document written value by value) in, deterministic UTF-8
 * text out ({@code \n} line ends on every system).
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final String LINES_INDENT = "  ";
    private static final Lines LINES = new Lines();
    private static final ObjectWriter PRETTY = MAPPER.writer(new Layout(new DefaultPrettyPrinter().withObjectIndenter(LINES)));
    /** Flushing hands the generator's buffer on without flushing the file ({@link #writeWritten}). */
    private static final ObjectWriter ROWS = MAPPER.writer(new Layout(new DefaultPrettyPrinter().withObjectIndenter(LINES)
            .withArrayIndenter(LINES))).without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

    private Json() {
    }

    /**
     * Jackson's layout ({@link DefaultPrettyPrinter}) with its separators encoded once: Jackson writes each as text,
     * encoding it again, a thousand times per team document. The bytes are the same.
     */
    private static final class Layout extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;
        private final SerializedString fieldValueSeparator;
        private final SerializedString objectEntrySeparator;
        private final SerializedString arrayValueSeparator;

        Layout(DefaultPrettyPrinter base) {
            super(base);
            fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
            objectEntrySeparator = new SerializedString(_objectEntrySeparator);
            arrayValueSeparator = new SerializedString(_arrayValueSeparator);
        }

        @Override
        public Layout createInstance() {
            return new Layout(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(fieldValueSeparator);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(objectEntrySeparator);
            _objectIndenter.writeIndentation(generator, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(arrayValueSeparator);
            _arrayIndenter.writeIndentation(generator, _nesting);
        }
    }

    /** A line end and {@link #LINES_INDENT} per level, as {@link DefaultIndenter} writes them, encoded once per level. */
    private static final class Lines implements DefaultPrettyPrinter.Indenter, Serializable {
        private static final long serialVersionUID = 1L;
        private static final int ENCODED_LEVELS = 32;
        private static final SerializedString[] BY_LEVEL = new SerializedString[ENCODED_LEVELS];

        static {
            for (int level = 0; level < ENCODED_LEVELS; level++) {
                BY_LEVEL[level] = new SerializedString("\n" + LINES_INDENT.repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator generator, int level) throws IOException {
            generator.writeRaw(level < ENCODED_LEVELS ? BY_LEVEL[level] : new SerializedString("\n" + LINES_INDENT.repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
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
     * As {@link #prettyUtf8}, with every array element on a line of its own and a final line end,
     * straight into {@code output} (which stays open): for documents whose arrays hold documents
     * already written ({@link #writeWritten}).
     */
    public static void prettyRows(Writing writing, OutputStream output) throws IOException {
        try (JsonGenerator generator = ROWS.createGenerator(output, JsonEncoding.UTF8)) {
            writing.writeTo(generator);
        }
        output.write('\n');
    }

    /**
     * Writes {@code document}, already written by {@link #prettyUtf8}, as the next value of a
     * generator of {@link #prettyRows}: its bytes are copied with each line moved right to the
     * generator's depth, never parsed, decoded or encoded again.
     */
    public static void writeWritten(JsonGenerator generator, byte[] document) throws IOException {
        // An empty raw value makes the generator write the separator and the indentation before it;
        // flushing then hands its buffer on, so the copy follows in order.
        generator.writeRawValue("");
        generator.flush();
        OutputStream output = (OutputStream) generator.getOutputTarget();
        byte[] lineStart = ("\n" + LINES_INDENT.repeat(generator.getOutputContext().getNestingDepth()))
                .getBytes(StandardCharsets.US_ASCII);
        // Shifted in one copy and written at once: two writes per line were 600,000 calls for a cohort of 1,000.
        int lineEnds = 0;
        for (byte character : document) {
            if (character == '\n') {
                lineEnds++;
            }
        }
        byte[] shifted = new byte[document.length + lineEnds * (lineStart.length - 1)];
        int written = 0;
        int start = 0;
        for (int index = 0; index < document.length; index++) {
            if (document[index] == '\n') {
                System.arraycopy(document, start, shifted, written, index - start);
                written += index - start;
                System.arraycopy(lineStart, 0, shifted, written, lineStart.length);
                written += lineStart.length;
                start = index + 1;
            }
        }
        System.arraycopy(document, start, shifted, written, document.length - start);
        output.write(shifted);
    }
}
