package org.cnngrader.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML safely into {@link YamlNode}s: no tags, no anchors or aliases, no duplicate keys,
 * bounded size and nesting. Whatever is refused is reported with its line and column.
 */
public final class YamlReader {

    /** The largest rubric read, in bytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The deepest nesting of lists and mappings. */
    public static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = createFactory();

    private YamlReader() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength((int) MAX_BYTES)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return factory;
    }

    /**
     * The document in {@code file}.
     *
     * @throws RubricException if the file is missing, too large, not YAML, or uses a refused feature
     */
    public static YamlNode read(Path file) {
        return read(text(file), file.toString());
    }

    /**
     * The text of {@code file}.
     *
     * @throws RubricException if the file is missing, too large or not UTF-8
     */
    public static String text(Path file) {
        String name = file.toString();
        Location start = new Location(name, 1, 1);
        try {
            if (!Files.isRegularFile(file)) {
                throw new RubricException(start, "there is no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RubricException(start, "the file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB; a rubric is a few kilobytes");
            }
            try (InputStream input = Files.newInputStream(file)) {
                return utf8(input.readAllBytes(), name);
            }
        } catch (IOException unreadable) {
            throw new RubricException(start, "cannot read the file: " + unreadable.getMessage());
        }
    }

    /**
     * The bytes of a rubric as text: UTF-8, strictly. A byte that is not UTF-8 (a rubric saved as Windows-1252 or
     * Latin-1, with {@code é} or {@code ×} in a title or feedback) is a rubric error at its line and column, never
     * silently read as a replacement character into every report.
     */
    static String utf8(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int bad = input.position();
            int line = 1;
            int lineStart = 0;
            for (int index = 0; index < bad; index++) {
                if (bytes[index] == '\n') {
                    line++;
                    lineStart = index + 1;
                }
            }
            String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            throw new RubricException(new Location(fileName, line, column), String.format(Locale.ROOT,
                    "the file is not UTF-8: byte 0x%02X cannot be read here; save the rubric as UTF-8",
                    bytes[bad] & 0xff));
        }
        output.flip();
        return output.toString();
    }

    /** The document in {@code text}, reported as coming from {@code fileName}. */
    public static YamlNode read(String text, String fileName) {
        if (text.length() > MAX_BYTES) {
            throw new RubricException(new Location(fileName, 1, 1), "the document is larger than "
                    + MAX_BYTES / 1024 / 1024 + " MB");
        }
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RubricException(new Location(fileName, 1, 1), "the file is empty");
            }
            YamlNode root = node(parser, fileName, 0);
            if (parser.nextToken() != null) {
                throw new RubricException(location(parser, fileName), "a rubric is one YAML document, not several");
            }
            return root;
        } catch (StreamConstraintsException tooMuch) {
            throw new RubricException(new Location(fileName, 1, 1), "the document is too large or too deeply nested: "
                    + tooMuch.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
            if (malformed.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                throw new RubricException(new Location(fileName, marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1), described(marked));
            }
            JsonLocation where = malformed.getLocation();
            Location location = where == null ? new Location(fileName, 1, 1)
                    : new Location(fileName, Math.max(where.getLineNr(), 1), Math.max(where.getColumnNr(), 1));
            throw new RubricException(location, plain(malformed.getOriginalMessage()));
        } catch (RuntimeException snakeProblem) {
            if (snakeProblem instanceof RubricException rubricProblem) {
                throw rubricProblem;
            }
            // SnakeYAML reports its own limits (aliases, code points, nesting) as runtime exceptions.
            throw new RubricException(new Location(fileName, 1, 1), "the YAML is refused: "
                    + plain(String.valueOf(snakeProblem.getMessage())));
        } catch (IOException unreadable) {
            throw new RubricException(new Location(fileName, 1, 1), "cannot read the YAML: " + unreadable.getMessage());
        }
    }

    private static YamlNode node(YAMLParser parser, String fileName, int depth) throws IOException {
        Location location = location(parser, fileName);
        if (depth > MAX_DEPTH) {
            throw new RubricException(location, "the document is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (parser.isCurrentAlias()) {
            throw new RubricException(location, "aliases (*" + parser.getText() + ") are not allowed in a rubric;"
                    + " write the value out");
        }
        // Jackson reports a YAML anchor as the value's native object id.
        if (parser.getObjectId() != null) {
            throw new RubricException(location, "anchors (&" + parser.getObjectId() + ") are not allowed in a rubric");
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
            throw new RubricException(location, "YAML tags (" + shown + ") are not allowed in a rubric");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, fileName, depth + 1));
            }
            return new YamlNode.Sequence(items, location);
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyLocation = location(parser, fileName);
                parser.nextToken();
                entries.put(key, new YamlNode.Entry(key, keyLocation, node(parser, fileName, depth + 1)));
            }
            return new YamlNode.Mapping(entries, location);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar("", false, true, location);
        }
        boolean quoted = token == JsonToken.VALUE_STRING && isQuoted(parser);
        return new YamlNode.Scalar(parser.getText(), quoted, false, location);
    }

    private static boolean isQuoted(YAMLParser parser) {
        // Jackson reports plain and quoted scalars alike; a plain one that YAML would read as a
        // number or boolean was already typed, so a VALUE_STRING that looks numeric was quoted.
        String text;
        try {
            text = parser.getText();
        } catch (IOException impossible) {
            return false;
        }
        return text.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?|true|false");
    }

    private static Location location(JsonParser parser, String fileName) {
        JsonLocation where = parser.currentTokenLocation();
        return new Location(fileName, Math.max(where.getLineNr(), 1), Math.max(where.getColumnNr(), 1));
    }

    /**
     * SnakeYAML's account of a syntax error: what is wrong where it found it, and what it was reading (and where,
     * when that is elsewhere). "while parsing a flow node" alone, for a file cut off after {@code [}, said only the
     * second, at the place of neither.
     */
    private static String described(MarkedYAMLException marked) {
        String problem = plain(marked.getProblem()).replace("'<stream end>'", "the end of the file")
                .replace("end of stream", "end of the file");
        if (marked.getContext() == null) {
            return problem;
        }
        String context = plain(marked.getContext());
        Mark start = marked.getContextMark();
        boolean elsewhere = start != null && (start.getLine() != marked.getProblemMark().getLine()
                || start.getColumn() != marked.getProblemMark().getColumn());
        return problem + " (" + context + (elsewhere ? " at line " + (start.getLine() + 1) + ", column "
                + (start.getColumn() + 1) : "") + ")";
    }

    private static String plain(String message) {
        if (message == null) {
            return "malformed YAML";
        }
        // SnakeYAML repeats the place and quotes the line; the location already says where.
        int repeat = message.indexOf(" in 'reader'");
        String sentence = repeat >= 0 ? message.substring(0, repeat) : message;
        return sentence.replaceAll("\\s+", " ").trim();
    }
}
