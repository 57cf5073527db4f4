package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparer;
import dev.riskengine.model.RunComparison;
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
        PastRun past;
        try {
            past = PreviousRun.read(folder.get());
        } catch (IOException | RuntimeException e) {
            String why = folder.get().getFileName() + " cannot be read (" + RunFolder.reason(asIo(e)) + ")";
            if (chosen != null) {
                throw new UnknownRunException(chosen.toString(), why);
            }
            // A damaged or newer-schema run is not compared with; the reports say so.
            return nothing("nothing to compare with: the previous run " + why);
        }
        return new Baseline(new RunComparer().compare(past, assessment, inputSha256, ruleFiles));
    }

    private static Baseline nothing(String note) {
        return new Baseline(RunComparison.nothingToCompare(note));
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
