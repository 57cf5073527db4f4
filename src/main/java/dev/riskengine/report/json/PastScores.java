package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.PastRun;

/**
 * An earlier run read back from its folder as typed values: each unit of its scores.json as a
 * {@link PastRun.PastCountry}, one at a time (a 100,000-unit file does not fit the heap as one
 * tree), the rest as a {@link ScoresHead}, and with its manifest.json the {@link PastRun.Head} a
 * new run's comparison, made unit by unit, needs besides the units. Callers never see the JSON:
 * this package alone knows the format.
 */
public final class PastScores {

    private PastScores() { }

    /**
     * Hands every unit of a scores.json to {@code eachUnit}, in file order (the run's ranking), for
     * a caller that keeps them: the rule, file, reason and indicator code texts, which repeat across
     * 100,000 units, are handed over as one instance each.
     *
     * @throws IOException when the file is unreadable, not JSON, or of a newer schema than this engine reads
     */
    public static ScoresHead read(Path file, Consumer<PastRun.PastCountry> eachUnit) throws IOException {
        Map<String, String> texts = new HashMap<>();
        return head(ScoresJsonReader.read(file, country -> eachUnit.accept(unit(country, t -> shared(texts, t)))));
    }

    /**
     * A run folder read for a comparison made unit by unit: its manifest's hashes returned, each unit
     * of its scores.json handed to {@code eachUnit} and then dropped by this reader. Unlike
     * {@link #read}, no texts are pooled: a pool of every distinct reason of 100,000 units would
     * itself be the largest thing a streamed comparison holds.
     *
     * @throws IOException when either file is missing, unreadable or of a newer schema
     */
    public static PastRun.Head stream(Path runFolder, Consumer<PastRun.PastCountry> eachUnit) throws IOException {
        ScoresHead scores = head(ScoresJsonReader.read(runFolder.resolve(ScoresJson.FILE_NAME),
                country -> eachUnit.accept(unit(country, UnaryOperator.identity()))));
        RunManifest manifest = ManifestJson.read(runFolder.resolve(ManifestJson.FILE_NAME));
        return new PastRun.Head(runFolder.getFileName().toString(), scores.year(), manifest.inputSha256(),
                manifest.ruleFiles());
    }

    static ScoresHead head(JsonNode rest) {
        JsonNode comparison = rest.path("comparison");
        RecordedComparison recorded = null;
        if (comparison.isObject()) {
            int rose = 0;
            int fell = 0;
            for (JsonNode c : comparison.path("countries")) {
                rose += "rose".equals(c.path("bandChange").asText()) ? 1 : 0;
                fell += "fell".equals(c.path("bandChange").asText()) ? 1 : 0;
            }
            recorded = new RecordedComparison(PrettyJson.text(comparison.path("previousRun")),
                    PrettyJson.text(comparison.path("note")), rose, fell);
        }
        JsonNode simulation = rest.path("simulation");
        return new ScoresHead(rest.path("year").asInt(), rest.path("otherYears").size() > 0, recorded,
                simulation.path("draws").asInt(0), simulation.path("seed").asLong(0));
    }

    private static PastRun.PastCountry unit(JsonNode country, UnaryOperator<String> texts) {
        String iso3 = country.path("iso3").asText();
        return new PastRun.PastCountry(iso3, country.path("name").asText(),
                // schema 2: a unit with insufficient data has "score": null; schema 1 always had a score
                HistoryJson.score(country.path("score")), country.path("band").asText(),
                country.path("bandLevel").asInt(), dimensions(country.path("dimensions")),
                readings(country.path("indicators"), texts), contributions(iso3, country.path("contributions"), texts));
    }

    /** A dimension written as null (not finite, or no dimensions at all) is left out. */
    private static Map<Dimension, Double> dimensions(JsonNode dimensions) {
        Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (dimensions.path(d.name()).isNumber()) {
                byDimension.put(d, dimensions.path(d.name()).doubleValue());
            }
        }
        return byDimension;
    }

    private static List<PastRun.Reading> readings(JsonNode indicators, UnaryOperator<String> texts) {
        List<PastRun.Reading> readings = new ArrayList<>(indicators.size());
        for (JsonNode i : indicators) {
            readings.add(new PastRun.Reading(texts.apply(i.path("code").asText()), i.path("value").asDouble(),
                    i.path("low").asDouble(), i.path("high").asDouble(), i.path("cell").asText(null)));
        }
        return readings;
    }

    private static List<ContributionRecord> contributions(String iso3, JsonNode contributions, UnaryOperator<String> texts) {
        List<ContributionRecord> records = new ArrayList<>(contributions.size());
        for (JsonNode c : contributions) {
            List<String> cells = new ArrayList<>(c.path("cells").size());
            c.path("cells").forEach(cell -> cells.add(cell.asText()));
            records.add(new ContributionRecord(iso3, dimension(c.path("dimension").asText(null)),
                    c.path("points").asDouble(), texts.apply(c.path("reason").asText(null)),
                    texts.apply(c.path("rule").asText(null)), texts.apply(c.path("file").asText(null)), cells));
        }
        return records;
    }

    /** The one instance of {@code text} this file's reading keeps (null stays null). */
    private static String shared(Map<String, String> pool, String text) {
        return text == null ? null : pool.computeIfAbsent(text, t -> t);
    }

    private static Dimension dimension(String name) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
