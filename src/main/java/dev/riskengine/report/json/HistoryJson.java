package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.Listing;

/**
 * reports/history.json: every run of a reports folder, oldest first, with its time, input and
 * rules hashes, outcome and scores; the data behind reports/index.html, for machines. Every later
 * run reads it back, so a large run (thousands of units) keeps only its highest-ranked units'
 * scores here, about 17 KB instead of 17 MB at 100,000 units: "units" says how many it assessed,
 * and its scores.json has every one.
 */
public final class HistoryJson {

    public static final String FILE_NAME = "history.json";
    /** 2: "units", and "countries" holds only the highest-ranked of a large run. 1 is read too. */
    public static final int SCHEMA_VERSION = 2;

    public void write(List<HistoryEntry> runs, Path file) throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode array = root.putArray("runs");
        for (HistoryEntry run : runs) {
            ObjectNode node = array.addObject();
            node.put("runId", run.runId());
            PrettyJson.putInstant(node, "startedAt", run.startedAt());
            node.put("outcome", run.outcome());
            node.put("message", run.message());
            node.put("folderPresent", run.folderPresent());
            node.put("year", run.year());
            node.put("inputFile", run.inputFile());
            node.put("inputSha256", run.inputSha256());
            node.put("rulesSha256", run.rulesSha256());
            PrettyJson.putStringMap(node, "ruleFiles", run.ruleFiles());
            node.put("bandsRose", run.bandsRose());
            node.put("bandsFell", run.bandsFell());
            node.put("units", run.units());
            ArrayNode countries = node.putArray("countries");
            for (HistoryEntry.Score score : kept(run)) {
                ObjectNode c = countries.addObject();
                c.put("iso3", score.iso3());
                c.put("name", score.name());
                PrettyJson.putNumber(c, "score", score.score());
                c.put("band", score.band());
                c.put("bandLevel", score.bandLevel());
            }
        }
        PrettyJson.write(root, file);
    }

    /** Every score of a run, or the highest-ranked of a large one. */
    private static List<HistoryEntry.Score> kept(HistoryEntry run) {
        if (run.units() <= Listing.LARGE_ABOVE) {
            return run.countries();
        }
        return run.countries().subList(0, Math.min(Listing.TOP, run.countries().size()));
    }

    /** A score as written: a number, or null for a score that was not finite (read back as NaN, shown as a dash). */
    static double score(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** @throws IOException when the file is not a history.json this version can read */
    public static List<HistoryEntry> read(Path file) throws IOException {
        JsonNode root = PrettyJson.read(file);
        if (!root.path("schemaVersion").isInt() || root.path("schemaVersion").intValue() > SCHEMA_VERSION) {
            throw new IOException(file.getFileName() + ": not a history.json this engine reads");
        }
        List<HistoryEntry> runs = new ArrayList<>();
        try {
            for (JsonNode node : root.path("runs")) {
                Map<String, String> ruleFiles = new LinkedHashMap<>();
                node.path("ruleFiles").fields().forEachRemaining(e -> ruleFiles.put(e.getKey(), e.getValue().asText()));
                List<HistoryEntry.Score> countries = new ArrayList<>();
                for (JsonNode c : node.path("countries")) {
                    countries.add(new HistoryEntry.Score(c.path("iso3").asText(), c.path("name").asText(),
                            score(c.path("score")), c.path("band").asText(), c.path("bandLevel").asInt()));
                }
                runs.add(new HistoryEntry(node.path("runId").asText(null), Instant.parse(node.path("startedAt").asText()),
                        node.path("outcome").asText(), node.path("message").asText(null),
                        node.path("folderPresent").asBoolean(), node.path("year").isInt() ? node.path("year").intValue() : null,
                        node.path("inputFile").asText(null), node.path("inputSha256").asText(null),
                        node.path("rulesSha256").asText(null), ruleFiles, node.path("bandsRose").asInt(),
                        node.path("bandsFell").asInt(), node.path("units").asInt(countries.size()), countries));
            }
        } catch (DateTimeParseException e) {
            throw new IOException(file.getFileName() + ": a run without a valid startedAt", e);
        }
        return runs;
    }
}
