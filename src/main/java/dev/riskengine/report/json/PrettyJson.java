package dev.riskengine.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON trees the same way every time: UTF-8, two-space indent, "\n" line ends whatever
 * the platform (Jackson's default pretty printer uses the system line separator, which would make
 * a Windows run differ byte for byte), and one trailing newline. Trees are built as ObjectNodes
 * field by field, so the key order is the order of the code, not of a hash map.
 */
final class PrettyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private PrettyJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void write(JsonNode tree, Path file) throws IOException {
        byte[] json = WRITER.writeValueAsBytes(tree);
        byte[] withNewline = new byte[json.length + 1];
        System.arraycopy(json, 0, withNewline, 0, json.length);
        withNewline[json.length] = '\n';
        Files.write(file, withNewline);
    }

    /** A generator writing the same layout as {@link #write}, for documents too large to build as one tree. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).setPrettyPrinter(printer());
    }

    static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    /** A text field as written: null when it is missing or JSON null (Jackson's asText() would say "null"). */
    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** An object of text fields in the file's order, e.g. "ruleFiles": file to SHA-256. */
    static Map<String, String> textMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** A double, or null when it is not finite: Jackson would write NaN, which is not JSON. */
    static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value.doubleValue());
        }
    }

    /** An instant as ISO-8601 in UTC with a Z, e.g. 2026-11-25T06:00:00.123Z. */
    static void putInstant(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    static void putStrings(ObjectNode node, String field, Collection<String> values) {
        ArrayNode array = node.putArray(field);
        if (values != null) {
            values.forEach(array::add);
        }
    }

    /** A map as an object in the map's own iteration order (callers pass ordered maps). */
    static void putStringMap(ObjectNode node, String field, Map<String, String> values) {
        ObjectNode object = node.putObject(field);
        if (values != null) {
            values.forEach(object::put);
        }
    }

    /** Counts stay whole numbers and fractions (band probabilities) keep their digits: no value is truncated to an integer. */
    static void putNumberMap(ObjectNode node, String field, Map<String, ? extends Number> values) {
        ObjectNode object = node.putObject(field);
        if (values != null) {
            values.forEach((key, value) -> {
                if (value instanceof Double || value instanceof Float) {
                    putNumber(object, key, value.doubleValue());
                } else if (value == null) {
                    object.putNull(key);
                } else {
                    object.put(key, value.longValue());
                }
            });
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
