package org.cnngrader.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as read from a rubric, every node with its 1-based line and column so that
 * errors can point at the text.
 */
public sealed interface YamlNode {

    /** Where this node starts. */
    Location location();

    /** What this node is, for messages: {@code a number}, {@code a list}, {@code a mapping}. */
    String kind();

    /** A scalar: its text as written, and whether it was quoted (a quoted scalar is always a string). */
    record Scalar(String text, boolean quoted, boolean isNull, Location location) implements YamlNode {
        @Override
        public String kind() {
            if (isNull) {
                return "nothing";
            }
            // A message quotes a scalar on one line, and only its start: a whole file read as one text (an answer
            // sheet where the rubric goes) must not fill the screen.
            String line = text.lines().findFirst().orElse("").strip();
            return text.contains("\n") || line.length() > 60
                    ? "the text '" + (line.length() > 60 ? line.substring(0, 60) : line) + " …'" : "'" + text + "'";
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; keys keep their order and their own locations. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value of {@code key}, if present. */
        public Optional<YamlNode> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with where the key stands, and its value. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
