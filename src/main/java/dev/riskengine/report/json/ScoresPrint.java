package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scores.json as {@code verify} compares two of them: every field but the units kept, and each
 * unit as a fingerprint (enough to name a difference, and a digest of the rest). Both files of a
 * 100,000-unit run are hundreds of megabytes; two of them as trees do not fit a 2 GB heap.
 */
public final class ScoresPrint {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode rest;
    private final List<UnitPrint> units;

    /** One unit: its ISO3, score and band as written (the score "null" for a unit without one), and a digest of all of it. */
    public record UnitPrint(String iso3, String score, String band, String sha256) {

        static UnitPrint of(JsonNode unit) {
            try {
                byte[] json = MAPPER.writeValueAsBytes(unit);
                return new UnitPrint(unit.path("iso3").asText(), unit.path("score").toString(),
                        unit.path("band").asText(), HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(json)));
            } catch (JsonProcessingException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("a JSON tree always serialises, and every JDK has SHA-256", e);
            }
        }
    }

    private ScoresPrint(ObjectNode rest, List<UnitPrint> units) {
        this.rest = rest;
        this.units = List.copyOf(units);
    }

    /** @throws IOException when the file is unreadable, not JSON, or of a newer schema than this engine reads */
    public static ScoresPrint read(Path file) throws IOException {
        List<UnitPrint> units = new ArrayList<>();
        ObjectNode rest = ScoresJsonReader.read(file, unit -> units.add(UnitPrint.of(unit)));
        return new ScoresPrint(rest, units);
    }

    public ScoresHead head() {
        return PastScores.head(rest);
    }

    /** In file order (the run's ranking). */
    public List<UnitPrint> units() {
        return units;
    }

    /**
     * Whether the two files say the same apart from their "run" metadata; apart from their
     * "comparison" too unless {@code withComparison}. Fields compare as JSON values, whatever their order.
     */
    public boolean sameAs(ScoresPrint other, boolean withComparison) {
        return withoutRun(rest, withComparison).equals(withoutRun(other.rest, withComparison)) && units.equals(other.units);
    }

    /** Whether the two recorded the same comparison (both none counts as the same). */
    public boolean sameComparisonAs(ScoresPrint other) {
        return rest.path("comparison").equals(other.rest.path("comparison"));
    }

    private static JsonNode withoutRun(ObjectNode scores, boolean keepComparison) {
        ObjectNode copy = scores.deepCopy();
        copy.remove("run");
        if (!keepComparison) {
            copy.remove("comparison");
        }
        return copy;
    }
}
