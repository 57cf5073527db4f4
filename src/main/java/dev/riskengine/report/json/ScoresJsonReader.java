package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an earlier run's scores.json one country at a time. A run of 100,000 units writes a
 * scores.json of hundreds of megabytes, which as one tree would not fit the heap of the run that
 * compares itself with it; each country alone is small.
 */
final class ScoresJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoresJsonReader() { }

    /**
     * Hands every element of "countries" to {@code eachCountry}, in file order, and returns the
     * other top-level fields (schemaVersion, run, year, comparison ...) as one object.
     *
     * @throws IOException when the file is unreadable, not JSON, or of a newer schema than this engine reads
     */
    static ObjectNode read(Path file, Consumer<JsonNode> eachCountry) throws IOException {
        ObjectNode rest = MAPPER.createObjectNode();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file.getFileName() + ": not a JSON object, not a scores.json");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("countries".equals(field) && value == JsonToken.START_ARRAY) {
                    checkVersion(file, rest); // before reading hundreds of megabytes of an unknown schema
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        eachCountry.accept(parser.readValueAsTree());
                    }
                } else {
                    rest.set(field, parser.readValueAsTree());
                }
            }
        }
        checkVersion(file, rest);
        return rest;
    }

    private static void checkVersion(Path file, JsonNode rest) throws IOException {
        JsonNode version = rest.path("schemaVersion");
        if (!version.isInt()) {
            throw new IOException(file.getFileName() + ": no schemaVersion before its countries, not a scores.json");
        }
        if (version.intValue() > ScoresJson.SCHEMA_VERSION) {
            throw new IOException(file.getFileName() + ": schemaVersion " + version.intValue()
                    + " is newer than this engine reads (" + ScoresJson.SCHEMA_VERSION + ")");
        }
    }
}
