package dev.riskengine.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.Provenance;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.Listing;
import dev.riskengine.report.YearChange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * scores.json: the machine-readable result, and the one other programs (and the next run, to
 * say whether a band rose) read back. The key order is fixed by this code; "run" is the only
 * place that differs between two runs on the same input. Bump {@link #SCHEMA_VERSION} when a
 * field changes meaning or disappears; adding a field does not need a bump.
 */
public final class ScoresJson {

    public static final String FILE_NAME = "scores.json";
    /**
     * 2: a unit with insufficient data has "score", "scoreLow", "scoreHigh", "rank" and "bandLevel"
     * null and "band" "Insufficient data" (in 1 every unit had a score); "reliability" and
     * "insufficient" were added. A run still reads a version 1 file as its previous run.
     */
    public static final int SCHEMA_VERSION = 2;
    /**
     * The JSON Schema every scores.json names in "$schema": published in the repository as
     * docs/schema/scores.schema.json and in the jar as {@link #SCHEMA_RESOURCE}.
     */
    public static final String SCHEMA_ID = "https://riskengine.dev/schema/scores.schema.json";
    public static final String SCHEMA_RESOURCE = "/schema/scores.schema.json";

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With "comparison": what changed since the run compared with ({@link ComparisonJson}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        if (Listing.of(assessment).isLarge()) {
            ScoresJsonStream.write(assessment, run, ComparisonJson.tree(comparison), file);
            return;
        }
        ObjectNode root = tree(assessment, run);
        root.set("comparison", ComparisonJson.tree(comparison));
        PrettyJson.write(root, file);
    }

    /**
     * Reads a scores.json back as a Jackson tree, for tests and tools that check the document
     * itself; the engine reads past runs as typed values through {@link PastScores}. Refuses a
     * file from a newer schema, whose fields this version might misread.
     */
    public static JsonNode read(Path file) throws IOException {
        JsonNode tree = PrettyJson.read(file);
        JsonNode version = tree.path("schemaVersion");
        if (!version.isInt()) {
            throw new IOException(file.getFileName() + ": no schemaVersion, not a scores.json");
        }
        if (version.intValue() > SCHEMA_VERSION) {
            throw new IOException(file.getFileName() + ": schemaVersion " + version.intValue()
                    + " is newer than this engine reads (" + SCHEMA_VERSION + ")");
        }
        return tree;
    }

    ObjectNode tree(Assessment assessment, RunMetadata run) {
        ObjectNode root = PrettyJson.object();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode runNode = root.putObject("run");
        runNode.put("runId", run.runId());
        PrettyJson.putInstant(runNode, "startedAt", run.startedAt());
        runNode.put("inputFile", run.inputFile());
        runNode.put("inputSha256", run.inputSha256());
        root.put("year", assessment.year());
        ArrayNode years = root.putArray("years");
        assessment.allYears().forEach(assessed -> years.add(assessed.year()));
        UncertaintyJson.putRun(root, assessment);
        ArrayNode countries = root.putArray("countries");
        for (CountryAssessment country : assessment.countries()) {
            ObjectNode node = country(country);
            UncertaintyJson.putCountry(node, assessment, country.iso3());
            putChange(node, YearChange.of(assessment, country).orElse(null));
            countries.add(node);
        }
        ArrayNode issues = root.putArray("dataIssues");
        for (DataIssue issue : assessment.dataIssues()) {
            issues.add(issue(issue));
        }
        // Other years come last and apart, so a reader of "countries" never sees another year.
        ArrayNode otherYears = root.putArray("otherYears");
        for (Assessment other : assessment.otherYears()) {
            ObjectNode yearNode = otherYears.addObject();
            yearNode.put("year", other.year());
            ArrayNode ranked = yearNode.putArray("countries");
            other.countries().forEach(country -> ranked.add(scoreOnly(country)));
        }
        putProvenance(root, run.provenance());
        return root;
    }

    /** Where the indicator columns come from: indicator code to its sources (an analyst's column source, or an import). */
    private static void putProvenance(ObjectNode root, List<Provenance> provenance) {
        ObjectNode byCode = root.putObject("provenance");
        for (Provenance source : provenance) {
            ArrayNode sources = byCode.has(source.code()) ? (ArrayNode) byCode.get(source.code())
                    : byCode.putArray(source.code());
            ObjectNode item = sources.addObject();
            item.put("source", source.source());
            if (source.imported()) {
                item.put("file", source.file());
                item.put("edition", source.edition());
                item.put("importedAt", source.importedAt());
            }
        }
    }

    /** The assessed year against the previous one; null when the run assessed no earlier year. */
    static void putChange(ObjectNode node, YearChange change) {
        if (change == null) {
            node.putNull("changeSincePreviousYear");
            return;
        }
        ObjectNode item = node.putObject("changeSincePreviousYear");
        item.put("previousYear", change.previousYear());
        PrettyJson.putNumber(item, "previousScore", change.before().score());
        item.put("previousBand", change.before().band());
        if (change.before().scored()) {
            item.put("previousBandLevel", change.before().bandLevel());
            item.put("previousRank", change.before().rank());
        } else {
            item.putNull("previousBandLevel");
            item.putNull("previousRank");
        }
        PrettyJson.putNumber(item, "scoreChange", change.scoreChange());
    }

    /**
     * Rank, score, band, range, dimensions, completeness and reliability: what every year of a
     * country has. A unit with insufficient data has no rank, score, range or band level (null), the
     * band "Insufficient data" and its reasons by dimension in "insufficient" (empty when scored).
     */
    private static void putResult(ObjectNode node, CountryAssessment assessed) {
        if (assessed.scored()) {
            node.put("rank", assessed.rank());
        } else {
            node.putNull("rank");
        }
        PrettyJson.putNumber(node, "score", assessed.score());
        node.put("band", assessed.band());
        if (assessed.scored()) {
            node.put("bandLevel", assessed.bandLevel());
        } else {
            node.putNull("bandLevel");
        }
        PrettyJson.putNumber(node, "scoreLow", assessed.scoreLow());
        PrettyJson.putNumber(node, "scoreHigh", assessed.scoreHigh());
        putDimensions(node, assessed);
        PrettyJson.putNumber(node, "completeness", assessed.completeness());
        PrettyJson.putNumber(node, "reliability", assessed.reliability());
        ObjectNode insufficient = node.putObject("insufficient");
        assessed.insufficient().forEach((dimension, reason) -> insufficient.put(dimension.name(), reason));
    }

    /** A country of another year: its result without the evidence, which the assessed year carries. */
    private static ObjectNode scoreOnly(CountryAssessment assessed) {
        ObjectNode node = PrettyJson.object();
        node.put("iso3", assessed.iso3());
        putResult(node, assessed);
        return node;
    }

    private static void putDimensions(ObjectNode node, CountryAssessment assessed) {
        // Enum order, not the map's: the caller's map may be a HashMap.
        ObjectNode dimensions = node.putObject("dimensions");
        for (Dimension dimension : Dimension.values()) {
            PrettyJson.putNumber(dimensions, dimension.name(),
                    assessed.dimensions() == null ? null : assessed.dimensions().get(dimension));
        }
    }

    static ObjectNode issue(DataIssue issue) {
        ObjectNode node = PrettyJson.object();
        node.put("kind", issue.kind() == null ? null : issue.kind().name());
        node.put("iso3", issue.iso3());
        node.put("address", issue.address());
        node.put("message", issue.message());
        return node;
    }

    static ObjectNode country(CountryAssessment assessed) {
        Country country = assessed.country();
        ObjectNode node = PrettyJson.object();
        node.put("iso3", country.getIso3());
        node.put("name", country.getName());
        node.put("region", country.getRegion());
        node.put("population", country.getPopulation());
        putResult(node, assessed);
        PrettyJson.putStrings(node, "missingIndicators", assessed.missingIndicators());
        ArrayNode indicators = node.putArray("indicators");
        if (assessed.indicators() != null) {
            for (Indicator indicator : assessed.indicators()) {
                ObjectNode item = indicators.addObject();
                item.put("code", indicator.getCode());
                PrettyJson.putNumber(item, "value", indicator.getValue());
                PrettyJson.putNumber(item, "low", indicator.getLow());
                PrettyJson.putNumber(item, "high", indicator.getHigh());
                item.put("cell", indicator.getCell());
            }
        }
        ArrayNode contributions = node.putArray("contributions");
        if (assessed.contributions() != null) {
            for (ContributionRecord contribution : assessed.contributions()) {
                ObjectNode item = contributions.addObject();
                item.put("rule", contribution.rule());
                item.put("file", contribution.file());
                item.put("dimension", contribution.dimension() == null ? null : contribution.dimension().name());
                PrettyJson.putNumber(item, "points", contribution.points());
                item.put("reason", contribution.reason());
                PrettyJson.putStrings(item, "cells", contribution.cells());
            }
        }
        return node;
    }
}
