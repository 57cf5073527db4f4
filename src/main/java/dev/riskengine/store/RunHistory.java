package dev.riskengine.store;

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

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.json.HistoryJson;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.PastScores;
import dev.riskengine.report.json.RecordedComparison;
import dev.riskengine.report.json.RunManifest;
import dev.riskengine.report.json.ScoresHead;
import dev.riskengine.report.json.ScoresJson;

/**
 * The history of a reports folder: every complete run, read from its folder, plus what the last
 * history.json remembers and the folders no longer show: runs removed by {@code --keep} (kept, marked
 * as removed) and runs that failed before they had a folder.
 */
public final class RunHistory {

    private RunHistory() { }

    /** Oldest first. A damaged history.json is rebuilt from the run folders (its failed runs are lost). */
    public static List<HistoryEntry> collect(Path reportsDir) throws IOException {
        return collect(reportsDir, null);
    }

    /**
     * As {@link #collect(Path)}, with the entry of the run just published, built from what the run
     * holds in memory, so its folder is not read back (its scores.json is hundreds of MB at 100,000 units).
     *
     * @param published the run just published, or null
     */
    public static List<HistoryEntry> collect(Path reportsDir, HistoryEntry published) throws IOException {
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

    public static HistoryEntry fromFolder(Path folder) throws IOException {
        List<HistoryEntry.Score> countries = new ArrayList<>();
        ScoresHead scores = PastScores.read(folder.resolve(ScoresJson.FILE_NAME), c ->
                countries.add(new HistoryEntry.Score(c.iso3(), c.name(), c.score(), c.band(), c.bandLevel())));
        RunManifest manifest = ManifestJson.read(folder.resolve(ManifestJson.FILE_NAME));
        Map<String, String> ruleFiles = manifest.ruleFiles();
        RecordedComparison comparison = scores.comparison();
        int rose = comparison == null ? 0 : comparison.bandsRose();
        int fell = comparison == null ? 0 : comparison.bandsFell();
        return new HistoryEntry(folder.getFileName().toString(), Instant.parse(String.valueOf(manifest.startedAt())),
                HistoryEntry.COMPLETE, null, true, scores.year(), manifest.inputFile(),
                manifest.inputSha256(), rulesSha256(ruleFiles), ruleFiles, rose, fell, countries.size(), countries);
    }

    /** What {@link #fromFolder} reads from a run's folder, taken from what the run holds in memory instead. */
    public static HistoryEntry published(Assessment assessment, RunMetadata metadata, RunComparison comparison) {
        List<HistoryEntry.Score> countries = new ArrayList<>(assessment.countries().size());
        for (CountryAssessment c : assessment.countries()) {
            countries.add(new HistoryEntry.Score(c.iso3(), c.country().getName(), c.score(), c.band(), c.bandLevel()));
        }
        int rose = (int) comparison.countries().stream().filter(RunComparison.CountryChange::bandRose).count();
        int fell = (int) comparison.countries().stream().filter(RunComparison.CountryChange::bandFell).count();
        return new HistoryEntry(metadata.runId(), metadata.startedAt(), HistoryEntry.COMPLETE, null, true,
                assessment.year(), metadata.inputFile(), metadata.inputSha256(), rulesSha256(metadata.ruleFiles()),
                metadata.ruleFiles(), rose, fell, countries.size(), countries);
    }

    /** A run that failed before it had a folder; what is known of its input (the file may not even exist). */
    public static HistoryEntry failed(Instant startedAt, String outcome, String message, Path input) {
        String inputSha256 = null;
        try {
            if (input != null && (Files.isRegularFile(input) || Files.isDirectory(input))) { // a folder: long-form tables
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
    public static String rulesSha256(Map<String, String> ruleFiles) {
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
