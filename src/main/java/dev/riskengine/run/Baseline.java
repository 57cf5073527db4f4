package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparer;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.StreamedComparison;
import dev.riskengine.report.Listing;
import dev.riskengine.store.PreviousRun;
import dev.riskengine.store.RunFolder;
import dev.riskengine.store.UnknownRunException;

/**
 * The run a new run is compared with: the newest complete run before it, or the one
 * {@code --compare-to} chose. Gives the comparison every report shows, whose band changes
 * {@code --fail-on-band-rise} acts on.
 */
record Baseline(RunComparison comparison) {

    /**
     * @param chosen the folder {@code --compare-to} named, or null for the newest run in the reports directory
     * @throws UnknownRunException when the chosen run cannot be read
     */
    static Baseline of(Path reportsDir, Path chosen, Assessment assessment, String inputSha256,
                       Map<String, String> ruleFiles) throws UnknownRunException {
        Optional<Path> folder;
        try {
            folder = chosen != null ? Optional.of(chosen) : PreviousRun.newestIn(reportsDir);
        } catch (IOException e) {
            return nothing("the reports folder cannot be listed: " + RunFolder.reason(e));
        }
        if (folder.isEmpty()) {
            return nothing(RunComparison.FIRST_RUN);
        }
        try {
            return new Baseline(compare(folder.get(), assessment, inputSha256, ruleFiles));
        } catch (IOException | RuntimeException e) {
            String why = folder.get().getFileName() + " cannot be read (" + RunFolder.reason(asIo(e)) + ")";
            if (chosen != null) {
                throw new UnknownRunException(chosen.toString(), why);
            }
            // A damaged or newer-schema run is not compared with; the reports say so.
            return nothing("nothing to compare with: the previous run " + why);
        }
    }

    /**
     * The assessment compared with the run in {@code pastFolder}, unit by unit as that run's
     * scores.json is read, keeping none of its units once compared; a large run ({@link Listing})
     * lists only the units that changed and counts the others. {@code verify} makes a run's
     * comparison again through here, so it is made the same way.
     *
     * @throws IOException when the earlier run is missing, unreadable or of a newer schema
     */
    static RunComparison compare(Path pastFolder, Assessment assessment, String inputSha256,
                                 Map<String, String> ruleFiles) throws IOException {
        StreamedComparison comparison = new RunComparer().streamed(assessment, Listing.of(assessment).isLarge());
        PastRun.Head past = PreviousRun.stream(pastFolder, comparison::add);
        return comparison.finish(past, inputSha256, ruleFiles);
    }

    private static Baseline nothing(String note) {
        return new Baseline(RunComparison.nothingToCompare(note));
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
