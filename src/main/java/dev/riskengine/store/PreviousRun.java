package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import dev.riskengine.model.PastRun;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.PastScores;
import dev.riskengine.report.json.ScoresJson;

/**
 * Finds the earlier run folder a new run is compared with (by default the newest complete run, or
 * the one {@code --compare-to} names) and reads it back unit by unit (its scores.json, with its
 * manifest.json's hashes).
 */
public final class PreviousRun {

    private PreviousRun() { }

    /** The newest run folder in the reports directory, if any (it may still turn out unreadable). */
    public static Optional<Path> newestIn(Path reportsDir) throws IOException {
        return PublishedRuns.newest(reportsDir);
    }

    /**
     * {@code --compare-to RUN}: a run folder's name in the reports directory, or a path to one.
     *
     * @throws UnknownRunException when it names no run folder
     */
    public static Path resolve(Path reportsDir, String run) throws UnknownRunException {
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

    /**
     * The run's units handed to {@code eachUnit} one at a time and not kept (a comparison made as
     * they arrive), its id, year and hashes returned.
     *
     * @throws IOException when either file is missing, unreadable or of a newer schema
     */
    public static PastRun.Head stream(Path runFolder, Consumer<PastRun.PastCountry> eachUnit) throws IOException {
        return PastScores.stream(runFolder, eachUnit);
    }
}
