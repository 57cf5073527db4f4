package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.PastRun;
import dev.riskengine.report.ManifestJson;
import dev.riskengine.report.ScoresJson;
import dev.riskengine.report.ScoresJsonReader;

/**
 * Reads an earlier run folder back (its scores.json and manifest.json) as the {@link PastRun} a new
 * run is compared with: by default the newest complete run, or the one {@code --compare-to} names.
 */
final class PreviousRun {

    private PreviousRun() { }

    /** The newest run folder in the reports directory, if any (it may still turn out unreadable). */
    static Optional<Path> newestIn(Path reportsDir) throws IOException {
        return PublishedRuns.newest(reportsDir);
    }

    /**
     * {@code --compare-to RUN}: a run folder's name in the reports directory, or a path to one.
     *
     * @throws UnknownRunException when it names no run folder
     */
    static Path resolve(Path reportsDir, String run) throws UnknownRunException {
        Path asGiven = Path.of(run);
        Path folder = Files.isDirectory(asGiven) ? asGiven : reportsDir.resolve(run);
        if (!Files.isDirectory(folder)) {
            throw new UnknownRunException(run, "no run folder by that name in " + reportsDir + " and no such folder");
        }
        if (!Files.isRegularFile(folder.resolve(ScoresJson.FILE_NAME))
                || !Files.isRegularFile(folder.resolve(ManifestJson.FILE_NAME))) {
            throw new UnknownRunException(run, folder + " is not a run folder (no scores.json and manifest.json)");
        }
        return folder;
    }

    /** @throws IOException when either file is missing, unreadable or of a newer schema */
    static PastRun read(Path runFolder) throws IOException {
        Map<String, PastRun.PastCountry> countries = new LinkedHashMap<>();
        JsonNode scores = ScoresJsonReader.read(runFolder.resolve(ScoresJson.FILE_NAME), country -> {
            String iso3 = country.path("iso3").asText();
            countries.put(iso3, new PastRun.PastCountry(iso3, country.path("name").asText(),
                    // schema 2: a unit with insufficient data has "score": null; schema 1 always had a score
                    country.path("score").isNumber() ? country.path("score").asDouble() : Double.NaN,
                    country.path("band").asText(), country.path("bandLevel").asInt(),
                    readings(country.path("indicators")), contributions(iso3, country.path("contributions"))));
        });
        JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(runFolder.resolve(ManifestJson.FILE_NAME).toFile());
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        manifest.path("ruleFiles").fields().forEachRemaining(e -> ruleFiles.put(e.getKey(), e.getValue().asText()));
        return new PastRun(runFolder.getFileName().toString(), scores.path("year").asInt(),
                manifest.path("inputSha256").asText(null), ruleFiles, countries);
    }

    private static List<PastRun.Reading> readings(JsonNode indicators) {
        List<PastRun.Reading> readings = new ArrayList<>();
        for (JsonNode i : indicators) {
            readings.add(new PastRun.Reading(i.path("code").asText(), i.path("value").asDouble(),
                    i.path("low").asDouble(), i.path("high").asDouble(), i.path("cell").asText(null)));
        }
        return readings;
    }

    private static List<ContributionRecord> contributions(String iso3, JsonNode contributions) {
        List<ContributionRecord> records = new ArrayList<>();
        for (JsonNode c : contributions) {
            List<String> cells = new ArrayList<>();
            c.path("cells").forEach(cell -> cells.add(cell.asText()));
            records.add(new ContributionRecord(iso3, dimension(c.path("dimension").asText(null)),
                    c.path("points").asDouble(), c.path("reason").asText(null), c.path("rule").asText(null),
                    c.path("file").asText(null), cells));
        }
        return records;
    }

    private static Dimension dimension(String name) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** The bands of a past run, as {@link BandChanges} compares them. */
    static Map<String, BandChanges.Band> bands(PastRun past) {
        Map<String, BandChanges.Band> bands = new LinkedHashMap<>();
        past.countries().forEach((iso3, c) -> bands.put(iso3, new BandChanges.Band(c.band(), c.bandLevel())));
        return bands;
    }
}
