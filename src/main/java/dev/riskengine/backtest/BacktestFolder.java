package dev.riskengine.backtest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import dev.riskengine.model.BacktestResult;
import dev.riskengine.report.html.BacktestPage;
import dev.riskengine.report.json.BacktestJson;
import dev.riskengine.store.ReportWriteException;
import dev.riskengine.store.RunFolder;
import dev.riskengine.store.RunLock;
import dev.riskengine.store.RunLockedException;

/**
 * Publishes a backtest into {@code <reports>/backtests/<UTC timestamp>/} (backtest.json and
 * backtest.html) through the store: under the reports folder's lock, written into a hidden
 * temporary folder and renamed into place only when both files are complete. It sits apart from
 * the run folders, so history, latest and retention never take it for an assessment run.
 */
public final class BacktestFolder {
    public static final String SUBFOLDER = "backtests";

    private BacktestFolder() { }

    public static Path publish(Path reportsDir, BacktestResult result, Instant startedAt)
            throws RunLockedException, ReportWriteException {
        try (RunLock lock = RunLock.acquire(reportsDir)) {
            RunFolder folder = RunFolder.create(reportsDir.resolve(SUBFOLDER), startedAt);
            boolean published = false;
            try {
                write(result, folder.temporary());
                Path done = folder.publish();
                published = true;
                return done;
            } finally {
                if (!published) {
                    folder.discard();
                }
            }
        }
    }

    private static void write(BacktestResult result, Path folder) throws ReportWriteException {
        Path file = folder.resolve(BacktestJson.FILE_NAME);
        try {
            BacktestJson.write(result, file);
            file = folder.resolve(BacktestPage.FILE_NAME);
            BacktestPage.write(result, file);
        } catch (IOException e) {
            throw new ReportWriteException(file, RunFolder.reason(e), e);
        }
    }
}
