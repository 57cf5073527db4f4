package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code --keep N}: after a successful run, the oldest run folders beyond the newest N are removed. */
public final class RunRetention {
    private final int keep;

    public RunRetention(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.keep = keep;
    }

    /** @return the run folders removed, oldest first */
    public List<Path> apply(Path reportsDir) throws ReportWriteException {
        try {
            List<Path> runs = PublishedRuns.list(reportsDir);
            List<Path> removed = runs.subList(0, Math.max(0, runs.size() - keep));
            for (Path run : removed) {
                FolderRemoval.removeRun(run);
            }
            return List.copyOf(removed);
        } catch (IOException e) {
            throw new ReportWriteException(reportsDir, RunFolder.reason(e), e);
        }
    }
}
