package dev.riskengine.report;

import java.io.IOException;
import java.nio.file.Path;

import dev.riskengine.model.Assessment;

/**
 * A report that a driver bringing its own engine adds to a run's own reports (the Spark job's
 * scores.parquet): written into the run's temporary folder beside the others, so it is published
 * with them or not at all, and listed in manifest.json like every report.
 */
public interface AddedReport {

    /** Its name in the run folder. */
    String fileName();

    /** Writes it as {@code file}, which does not exist yet. */
    void write(Assessment assessment, Path file) throws IOException;
}
