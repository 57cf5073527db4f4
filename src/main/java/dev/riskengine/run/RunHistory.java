package dev.riskengine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.HistoryJson;
import dev.riskengine.report.ManifestJson;
import dev.riskengine.report.ScoresJson;
import dev.riskengine.report.ScoresJsonReader;

/**
 * The history of a reports folder: every complete run, read from its folder, plus what the last
 * history.json remembers and the folders no longer show: runs removed by {@code --keep} (kept, marked
 * as removed) and runs that failed before they had a folder.
 */
final class RunHistory {

    private RunHistory() { }

    /** Oldest first. A damaged history.json is rebuilt from the run folders (its failed runs are lost). */
    static List<HistoryEntry> collect(Path reportsDir) throws IOException {
        return collect(reportsDir, null);
    }

    /**
     * As {@link #collect(Path)}, with the entry of the run just published, built from what the run
     * holds in memory, so its folder is not read back (its scores.json is hundreds of MB at 100,000 units).
     *
     * @param published the run just published, or null
     */
    static List<HistoryEntry> collect(Path reportsDir, HistoryEntry published) throws IOException {
        Map<String, HistoryEntry> complete = new LinkedHashMap<>();
        List<HistoryEntry> failed = new ArrayList<>();
        for (HistoryEntry remembered : remembered(reportsDir)) {
            if (remembered.complete() && remembered.runId() != null) {
                complete.put(remembered.runId(), remembered.withFolderPresent(false));
            } else if (!remembered.complete()) {
                failed.add(remembered);
            }
        }
        for (Path folder : PublishedRuns.list(reportsDir)) {
            String runId = folder.getFileName().toString();
            HistoryEntry known = complete.get(runId);
            if (known != null) { // a run folder never changes once published: no need to read it again
                complete.put(runId, known.withFolderPresent(true));
                continue;
            }
            if (published != null && runId.equals(published.runId())) {
                complete.put(runId, published);
                continue;
            }
            try {
                complete.put(runId, fromFolder(folder));
            } catch (IOException | RuntimeException unreadable) {
                // a run folder edited by hand or from a newer engine: not part of the history
            }
        }
        List<HistoryEntry> all = new ArrayList<>(complete.values());
        all.addAll(failed);
        all.sort(Comparator.comparing(HistoryEntry::startedAt)
                .thenComparing(e -> e.runId() == null ? "" : e.runId()));
        return all;
    }

    private static List<HistoryEntry> remembered(Path reportsDir) {
        Path file = reportsDir.resolve(HistoryJson.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return HistoryJson.read(file);
        } catch (IOException | RuntimeException damaged) {
            return List.of();
        }
    }

    static HistoryEntry fromFolder(Path folder) throws IOException {
        List<HistoryEntry.Score> countries = new ArrayList<>();
        JsonNode scores = ScoresJsonReader.read(folder.resolve(ScoresJson.FILE_NAME), c ->
                countries.add(new HistoryEntry.Score(c.path("iso3").asText(), c.path("name").asText(),
                        HistoryJson.score(c.path("score")), c.path("band").asText(), c.path("bandLevel").asInt())));
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve(ManifestJson.FILE_NAME).toFile());
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        manifest.path("ruleFiles").fields().forEachRemaining(e -> ruleFiles.put(e.getKey(), e.getValue().asText()));
        int rose = 0;
        int fell = 0;
        for (JsonNode c : scores.path("comparison").path("countries")) {
            rose += "rose".equals(c.path("bandChange").asText()) ? 1 : 0;
            fell += "fell".equals(c.path("bandChange").asText()) ? 1 : 0;
        }
        return new HistoryEntry(folder.getFileName().toString(), Instant.parse(manifest.path("startedAt").asText()),
                HistoryEntry.COMPLETE, null, true, scores.path("year").asInt(), manifest.path("inputFile").asText(null),
                manifest.path("inputSha256").asText(null), rulesSha256(ruleFiles), ruleFiles, rose, fell, countries.size(), countries);
    }

    /** What {@link #fromFolder} reads from a run's folder, taken from the run's result instead. */
    static HistoryEntry published(RunResult run) {
        RunMetadata metadata = run.metadata();
        List<HistoryEntry.Score> countries = new ArrayList<>(run.assessment().countries().size());
        for (CountryAssessment c : run.assessment().countries()) {
            countries.add(new HistoryEntry.Score(c.iso3(), c.country().getName(), c.score(), c.band(), c.bandLevel()));
        }
        int rose = (int) run.comparison().countries().stream().filter(RunComparison.CountryChange::bandRose).count();
        int fell = (int) run.comparison().countries().stream().filter(RunComparison.CountryChange::bandFell).count();
        return new HistoryEntry(metadata.runId(), metadata.startedAt(), HistoryEntry.COMPLETE, null, true,
                run.assessment().year(), metadata.inputFile(), metadata.inputSha256(), rulesSha256(metadata.ruleFiles()),
                metadata.ruleFiles(), rose, fell, countries.size(), countries);
    }

    /** A run that failed before it had a folder; what is known of its input (the file may not even exist). */
    static HistoryEntry failed(Instant startedAt, String outcome, String message, Path input) {
        String inputSha256 = null;
        try {
            if (input != null && Files.isRegularFile(input)) {
                inputSha256 = FileDigest.sha256(input);
            }
        } catch (IOException unreadable) {
            // the history says what it can
        }
        return new HistoryEntry(null, startedAt, outcome, message, false, null,
                input == null ? null : String.valueOf(input.getFileName()), inputSha256, null, Map.of(), 0, 0, 0, List.of());
    }

    /**
     * One hash for a run's rules, to see at a glance whether two runs used the same ones: SHA-256
     * of the lines "file SHA-256", sorted by file.
     */
    static String rulesSha256(Map<String, String> ruleFiles) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(ruleFiles).forEach((file, sha) -> lines.append(file).append(' ').append(sha).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
