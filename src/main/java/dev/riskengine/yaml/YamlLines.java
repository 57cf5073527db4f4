package dev.riskengine.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The line each key and list entry of a YAML text starts on, and what its value is, by its path. Jackson reports a record's
 * unknown key only after reading the whole record, so its own location can be lines off; this finds
 * the key itself. A key given twice keeps its first line.
 */
public final class YamlLines {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Map<String, Integer> lineByPointer;
    private final Map<String, String> valueByPointer;

    private YamlLines(Map<String, Integer> lineByPointer, Map<String, String> valueByPointer) {
        this.lineByPointer = lineByPointer;
        this.valueByPointer = valueByPointer;
    }

    /** Reads as far as the text is valid YAML: a syntax error is reported by the real read, with its own line. */
    public static YamlLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                    if (token != JsonToken.FIELD_NAME) {
                        values.putIfAbsent(pointer, YamlProblem.found(parser));
                    }
                }
            }
        } catch (IOException e) {
            // The lines read so far stand; the reader reports the syntax error itself.
        }
        return new YamlLines(lines, values);
    }

    /** The line of the key or entry at this path, e.g. indicators[1].code. */
    public OptionalInt lineOf(List<JsonMappingException.Reference> path) {
        return lineOf(pointer(path));
    }

    /** The value at this path as its author reads it: "a list", "a mapping" or the quoted text. */
    Optional<String> valueAt(List<JsonMappingException.Reference> path) {
        return Optional.ofNullable(valueByPointer.get(pointer(path).toString()));
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : path) {
            pointer = reference.getFieldName() != null ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(reference.getIndex());
        }
        return pointer;
    }

    public OptionalInt lineOf(JsonPointer pointer) {
        Integer line = lineByPointer.get(pointer.toString());
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }
}
