package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.html.HistoryPage;
import dev.riskengine.report.json.HistoryJson;
import dev.riskengine.store.AtomicFile;
import dev.riskengine.store.LatestRun;
import dev.riskengine.store.PublishedRuns;
import dev.riskengine.store.RunHistory;

/**
 * Keeps {@code reports/history.json}, {@code reports/index.html} and {@code reports/latest} up to
 * date: regenerated after every successful run, and with a failed run added when one fails. Each
 * file is replaced in one rename. Called only while holding the reports lock.
 */
final class HistoryPublisher {

    private HistoryPublisher() { }

    /** @param published the run just published: its entry comes from memory, not from its folder */
    static void afterSuccess(Path reportsDir, RunResult published) throws IOException {
        write(reportsDir, RunHistory.collect(reportsDir,
                RunHistory.published(published.assessment(), published.metadata(), published.comparison())));
        PausePoint.reach("indexed");
        var newest = PublishedRuns.newest(reportsDir);
        if (newest.isPresent()) {
            LatestRun.pointTo(reportsDir, newest.get().getFileName().toString());
        }
    }

    /**
     * Best effort: the failure the user must see is the run's own, so a history that cannot be
     * written (the very reason the run failed, perhaps) is left as it was.
     */
    static void afterFailure(Path reportsDir, HistoryEntry failure) {
        try {
            List<HistoryEntry> runs = new ArrayList<>(RunHistory.collect(reportsDir));
            runs.add(failure);
            write(reportsDir, runs);
        } catch (IOException | RuntimeException e) {
            // see above: nothing more to do
        }
    }

    private static void write(Path reportsDir, List<HistoryEntry> runs) throws IOException {
        AtomicFile.replace(reportsDir.resolve(HistoryJson.FILE_NAME), file -> new HistoryJson().write(runs, file));
        AtomicFile.replace(reportsDir.resolve(HistoryPage.FILE_NAME), file -> new HistoryPage().write(runs, file));
    }
}
