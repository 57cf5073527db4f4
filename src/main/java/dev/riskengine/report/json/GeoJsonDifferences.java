package dev.riskengine.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run's scores.geojson against the one its re-run writes ({@code verify}): feature by feature,
 * each read as it comes (a 100,000-unit layer does not fit in memory twice), naming the units
 * whose feature differs, as {@code verify} names the units whose scores differ.
 */
public final class GeoJsonDifferences {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Named one by one up to this many; beyond, counted. */
    private static final int NAMED = 10;

    private GeoJsonDifferences() {
    }

    /** One line per kind of difference; empty when the two layers are the same. */
    public static List<String> of(Path recorded, Path again) throws IOException {
        List<String> differing = new ArrayList<>();
        int recordedCount = 0;
        int againCount = 0;
        boolean outsideFeatures;
        try (JsonParser before = MAPPER.createParser(recorded.toFile());
             JsonParser after = MAPPER.createParser(again.toFile())) {
            JsonNode beforeHead = toFeatures(before, recorded);
            JsonNode afterHead = toFeatures(after, again);
            outsideFeatures = !beforeHead.equals(afterHead);
            while (true) {
                Optional<JsonNode> b = next(before);
                Optional<JsonNode> a = next(after);
                if (b.isEmpty() && a.isEmpty()) {
                    break;
                }
                recordedCount += b.isPresent() ? 1 : 0;
                againCount += a.isPresent() ? 1 : 0;
                if (b.isPresent() && a.isPresent() && !b.get().equals(a.get())) {
                    differing.add(b.get().path("id").asText());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (!differing.isEmpty()) {
            List<String> named = differing.subList(0, Math.min(NAMED, differing.size()));
            lines.add(ScoresGeoJson.FILE_NAME + ": the feature of " + String.join(", ", named)
                    + (differing.size() > NAMED ? " and " + (differing.size() - NAMED) + " more" : "")
                    + " differs from what the re-run gives");
        }
        if (recordedCount != againCount) {
            lines.add(ScoresGeoJson.FILE_NAME + ": " + recordedCount + " features then, " + againCount + " now");
        }
        if (lines.isEmpty() && outsideFeatures) {
            lines.add(ScoresGeoJson.FILE_NAME + ": differs outside its features (its type or name)");
        }
        return lines;
    }

    /**
     * Reads up to the first feature, returning the fields before "features"; the writer puts
     * "type" and "name" first, so nothing of the collection comes after its features.
     */
    private static JsonNode toFeatures(JsonParser parser, Path file) throws IOException {
        var head = MAPPER.createObjectNode();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException(file.getFileName() + ": not a GeoJSON FeatureCollection");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("features")) {
                return head;
            }
            head.set(field, parser.readValueAsTree());
        }
        throw new IOException(file.getFileName() + ": no \"features\", not a GeoJSON FeatureCollection");
    }

    /** The next feature of the array the parser is in; empty at its end. */
    private static Optional<JsonNode> next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == JsonToken.START_OBJECT ? Optional.of(parser.readValueAsTree()) : Optional.empty();
    }
}
