package org.cnngrader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON writer: plain data in, deterministic UTF-8 text out. */
public final class Json {

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** One line. */
    public static String compact(Object plain) {
        return write(COMPACT, plain);
    }

    /** Indented, for documents. */
    public static String pretty(Object plain) {
        return write(PRETTY, plain).replace("\r\n", "\n");
    }

    private static String write(ObjectMapper mapper, Object plain) {
        try {
            return mapper.writeValueAsString(plain);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("internal: plain data could not be written as JSON", impossible);
        }
    }
}
