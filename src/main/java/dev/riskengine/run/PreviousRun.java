package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.report.ScoresJson;

/** The bands of the newest complete run before this one, read back from its scores.json. */
record PreviousRun(String runId, Map<String, BandChanges.Band> bands) {

    static Optional<PreviousRun> newestIn(Path reportsDir) throws IOException {
        Optional<Path> newest = PublishedRuns.newest(reportsDir);
        if (newest.isEmpty() || !Files.isRegularFile(newest.get().resolve(ScoresJson.FILE_NAME))) {
            return Optional.empty();
        }
        JsonNode scores = ScoresJson.read(newest.get().resolve(ScoresJson.FILE_NAME));
        Map<String, BandChanges.Band> bands = new LinkedHashMap<>();
        for (JsonNode country : scores.path("countries")) {
            bands.put(country.path("iso3").asText(),
                    new BandChanges.Band(country.path("band").asText(), country.path("bandLevel").asInt()));
        }
        return Optional.of(new PreviousRun(newest.get().getFileName().toString(), bands));
    }
}
