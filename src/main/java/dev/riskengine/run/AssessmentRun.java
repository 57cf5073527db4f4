package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.riskengine.backtest.Backtest;
import dev.riskengine.backtest.BacktestInputException;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.KeptInputs;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.report.AddedReport;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.json.HistoryJson;
import dev.riskengine.report.writer.ReportWriter;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCatalogue;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.rules.RuleFile;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.store.RunLock;
import dev.riskengine.store.RunLockedException;
import dev.riskengine.store.ReportWriteException;
import dev.riskengine.store.UnknownRunException;
import dev.riskengine.store.RunFolder;
import dev.riskengine.store.FolderRemoval;
import dev.riskengine.store.RunHistory;
import dev.riskengine.store.RunRetention;
import dev.riskengine.store.PreviousRun;

/**
 * One assessment run: read and validate the workbook, compile the rules, assess every year (or
 * only the one asked for), and publish the reports as one complete run folder. Nothing is written
 * unless every earlier stage succeeded, and a failed write leaves the reports directory as it was.
 */
public final class AssessmentRun {
    private final Pipeline pipeline;
    private final DrawProgress progress;
    private final RunStop stop = new RunStop();
    private final List<AddedReport> addedReports;

    public AssessmentRun() {
        this(DrawProgress.NONE);
    }

    /** @param progress told as Monte Carlo draws complete ({@code --draws}) */
    public AssessmentRun(DrawProgress progress) {
        this(new Pipeline(), progress);
    }

    /** @param pipeline reads, compiles and assesses: the seams for compiled rules and engines are its */
    public AssessmentRun(Pipeline pipeline, DrawProgress progress) {
        this(pipeline, progress, List.of());
    }

    /** @param addedReports reports a driver adds to every run folder (the Spark job's scores.parquet) */
    public AssessmentRun(Pipeline pipeline, DrawProgress progress, List<AddedReport> addedReports) {
        this.pipeline = pipeline;
        this.progress = progress;
        this.addedReports = List.copyOf(addedReports);
    }

    /**
     * The in-memory result of reading, compiling and assessing, before any report is written.
     *
     * @param snapshot the copies of the workbook and rules that were read and compiled (the run
     *                 folder keeps them); null when the caller read the files itself (watch mode),
     *                 and the copies are then taken when the run is published
     */
    public record Evaluation(IndicatorWorkbook workbook, RuleBase rules, Assessment assessment,
                             Instant startedAt, Map<String, Long> timingsMillis, InputSnapshot snapshot)
            implements AutoCloseable {

        public Evaluation(IndicatorWorkbook workbook, RuleBase rules, Assessment assessment,
                          Instant startedAt, Map<String, Long> timingsMillis) {
            this(workbook, rules, assessment, startedAt, timingsMillis, null);
        }

        /** Removes the temporary copies; the evaluation's results stay usable. */
        @Override
        public void close() {
            if (snapshot != null) {
                snapshot.close();
            }
        }
    }

    public Evaluation evaluate(RunRequest request)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        return evaluate(request, request.year() == null);
    }

    /**
     * @param everyYear also assess the workbook's other years (for change and trend); {@code explain}
     *                  shows one year and leaves them out
     */
    public Evaluation evaluate(RunRequest request, boolean everyYear)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        Instant startedAt = Instant.now();
        // The files are read once, into copies that nothing else writes: what is parsed, compiled,
        // hashed and kept in the run folder are then the same bytes, even when a file is replaced meanwhile.
        InputSnapshot snapshot = InputSnapshot.take(request.input(), request.rulesDir());
        try {
            return evaluate(request, everyYear, startedAt, snapshot);
        } catch (InvalidWorkbookException | RuleCompilationException | YearNotInWorkbookException
                 | RuntimeException | Error e) {
            snapshot.close();
            throw e;
        }
    }

    private Evaluation evaluate(RunRequest request, boolean everyYear, Instant startedAt, InputSnapshot snapshot)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        Pipeline.Evaluated evaluated = pipeline.evaluate(new Pipeline.Request(snapshot.workbook(), snapshot.rulesDir(),
                request.year(), everyYear, request.draws(), request.seed()), progress);
        return new Evaluation(evaluated.workbook(), evaluated.rules(), evaluated.assessment(), startedAt,
                evaluated.timingsMillis(), snapshot);
    }

    /** What a shutdown hook calls to stop this run cleanly: see {@link RunStop}. */
    public RunStop stopper() {
        return stop;
    }

    public RunResult execute(RunRequest request) throws InvalidWorkbookException, RuleCompilationException,
            YearNotInWorkbookException, ReportWriteException, RunLockedException {
        return execute(request, 0);
    }

    public RunResult execute(RunRequest request, int keep) throws InvalidWorkbookException,
            RuleCompilationException, YearNotInWorkbookException, ReportWriteException, RunLockedException {
        try {
            return execute(request, keep, null);
        } catch (UnknownRunException cannotHappen) {
            throw new IllegalStateException(cannotHappen); // only --compare-to names a run
        }
    }

    /**
     * Runs under the reports directory's lock: leftovers of crashed runs are removed, the run is
     * published, then, with {@code keep} above 0, the oldest run folders beyond {@code keep} go.
     *
     * @param compareTo the run to compare with ({@code --compare-to}: a run folder's name or path),
     *                  or null for the newest complete run before this one
     */
    public RunResult execute(RunRequest request, int keep, String compareTo) throws InvalidWorkbookException,
            RuleCompilationException, YearNotInWorkbookException, ReportWriteException, RunLockedException,
            UnknownRunException {
        try {
            return execute(request, keep, compareTo, null);
        } catch (BacktestInputException cannotHappen) {
            throw new IllegalStateException(cannotHappen); // no backtest was asked for
        }
    }

    /**
     * As {@link #execute(RunRequest, int, String)}, with a backtest of the run's own workbook and
     * rules written into its folder (backtest.json, a section of report.html).
     *
     * @param backtest what to backtest (its input and rules folder name the run's), or null for none
     * @throws BacktestInputException when the backtest cannot give honest numbers: nothing is published
     */
    public RunResult execute(RunRequest request, int keep, String compareTo, BacktestRequest backtest)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException,
            ReportWriteException, RunLockedException, UnknownRunException, BacktestInputException {
        Path chosen = compareTo == null ? null : PreviousRun.resolve(request.reportsDir(), compareTo);
        return execute(request, keep, chosen, () -> evaluate(request), backtest);
    }

    /**
     * Publishes an evaluation the caller already made (watch mode's pass), as {@link #execute(RunRequest)}
     * publishes its own: under the lock, compared with the newest complete run, recorded in the
     * history. Neither the workbook nor the rules are read again, so the reports are of exactly
     * the state that was evaluated.
     */
    public RunResult execute(RunRequest request, Evaluation evaluation) throws ReportWriteException,
            RunLockedException {
        try {
            return execute(request, 0, null, () -> evaluation, null);
        } catch (InvalidWorkbookException | RuleCompilationException | YearNotInWorkbookException
                 | UnknownRunException | BacktestInputException cannotHappen) {
            throw new IllegalStateException(cannotHappen); // nothing is read or compiled, and no run is named
        }
    }

    /** Where a run's evaluation comes from: made under the lock, or handed in already made. */
    private interface EvaluationSource {
        Evaluation get() throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException;
    }

    private RunResult execute(RunRequest request, int keep, Path chosen, EvaluationSource source, BacktestRequest backtest)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException,
            ReportWriteException, RunLockedException, UnknownRunException, BacktestInputException {
        try (RunLock lock = RunLock.acquire(request.reportsDir())) {
            stop.locked(lock);
            PausePoint.reach("locked");
            Instant startedAt = Instant.now();
            try {
                removeLeftovers(request.reportsDir());
                RunResult result;
                try (Evaluation evaluation = source.get();
                     InputSnapshot snapshot = snapshotOf(request, evaluation)) {
                    Fingerprints prints = fingerprints(snapshot, evaluation);
                    Baseline baseline = baseline(request, evaluation, chosen, prints);
                    Optional<BacktestResult> backtested = backtest == null ? Optional.empty()
                            : Optional.of(new Backtest(pipeline, progress).run(backtest, evaluation.workbook(),
                                    evaluation.rules(), evaluation.assessment()));
                    result = publish(request, evaluation, baseline, prints, snapshot, backtested);
                }
                PausePoint.reach("published");
                if (keep > 0) {
                    new RunRetention(keep).apply(request.reportsDir());
                }
                updateHistory(request.reportsDir(), result);
                return result;
            } catch (InvalidWorkbookException | YearNotInWorkbookException | BacktestInputException e) {
                record(request, startedAt, "invalid input", e);
                throw e;
            } catch (RuleCompilationException | RuleExecutionException e) {
                record(request, startedAt, "rules failed", e);
                throw e;
            } catch (ReportWriteException e) {
                record(request, startedAt, "cannot write reports", e);
                throw e;
            } catch (RuntimeException e) {
                record(request, startedAt, "internal error", e);
                throw e;
            }
        }
    }

    private static void updateHistory(Path reportsDir, RunResult published) throws ReportWriteException {
        try {
            HistoryPublisher.afterSuccess(reportsDir, published);
        } catch (IOException e) {
            throw new ReportWriteException(reportsDir.resolve(HistoryJson.FILE_NAME), RunFolder.reason(e), e);
        }
    }

    /** Adds the failed run to the reports folder's history, then lets the failure go on to the user. */
    private static void record(RunRequest request, Instant startedAt, String outcome, Exception failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        String[] lines = message.split("\\R");
        String firstLine = lines.length > 1 ? lines[0] + " (and " + (lines.length - 1) + " more)" : lines[0];
        HistoryPublisher.afterFailure(request.reportsDir(),
                RunHistory.failed(startedAt, outcome, firstLine, request.input()));
    }

    /**
     * The copies the evaluation was made from; for an evaluation made by the caller (watch mode,
     * which reads the files itself), copies taken now. Closing it is the caller's.
     */
    private static InputSnapshot snapshotOf(RunRequest request, Evaluation evaluation) {
        return evaluation.snapshot() != null ? evaluation.snapshot()
                : InputSnapshot.take(request.input(), request.rulesDir());
    }

    private RunResult publish(RunRequest request, Evaluation evaluation, Baseline baseline, Fingerprints prints,
                              InputSnapshot snapshot, Optional<BacktestResult> backtest) throws ReportWriteException {
        RunFolder folder = RunFolder.create(request.reportsDir(), evaluation.startedAt());
        PausePoint.reach("reserved");
        boolean published = false;
        try {
            long writeStart = System.nanoTime();
            RunMetadata metadata = metadata(request, evaluation, folder.runId(), prints);
            Map<String, String> copies = RunInputs.keep(snapshot, folder.temporary());
            new ReportWriter(addedReports).writeAll(evaluation.assessment(), metadata, baseline.comparison(), folder.temporary(),
                    new KeptInputs(request.input().toString(), request.rulesDir().toString(), copies), backtest);
            Map<String, Long> timings = new LinkedHashMap<>(evaluation.timingsMillis());
            timings.put("write", Pipeline.millis(writeStart, System.nanoTime()));
            PausePoint.reach("written");
            stop.beforePublishing();
            Path runFolder = null;
            try {
                runFolder = folder.publish();
                published = true;
            } finally {
                stop.afterPublishing(runFolder);
            }
            return new RunResult(runFolder, evaluation.assessment(),
                    metadata.withTimings(Collections.unmodifiableMap(timings)), baseline.comparison(),
                    ruleWarnings(request, evaluation), backtest);
        } catch (IOException e) {
            throw new ReportWriteException(folder.temporary(), RunFolder.reason(e), e);
        } finally {
            if (!published) {
                folder.discard();
            }
        }
    }

    private static void removeLeftovers(Path reportsDir) throws ReportWriteException {
        try {
            FolderRemoval.removeLeftovers(reportsDir);
        } catch (IOException e) {
            throw new ReportWriteException(reportsDir, RunFolder.reason(e), e);
        }
    }

    /** The SHA-256 of the input and of each rule file, taken once per run for the comparison and the manifest. */
    private record Fingerprints(String inputSha256, Map<String, String> ruleHashes) { }


    /** The lint of {@code rules check}, against the Dictionary of the workbook this run read. */
    private static List<String> ruleWarnings(RunRequest request, Evaluation evaluation) {
        return RulesCheck.lint(evaluation.rules(), evaluation.workbook(), request.input());
    }
    /** Hashes of the copies that were read: the workbook hashed as it was copied, the rule files compiled. */
    private static Fingerprints fingerprints(InputSnapshot snapshot, Evaluation evaluation) throws ReportWriteException {
        try {
            String inputSha256 = snapshot.workbookSha256() != null ? snapshot.workbookSha256()
                    : FileDigest.sha256(snapshot.workbook());
            return new Fingerprints(inputSha256, ruleHashes(evaluation.rules()));
        } catch (IOException e) {
            throw new ReportWriteException(snapshot.workbook(), RunFolder.reason(e), e);
        }
    }

    private static Baseline baseline(RunRequest request, Evaluation evaluation, Path chosen, Fingerprints prints)
            throws UnknownRunException {
        return Baseline.of(request.reportsDir(), chosen, evaluation.assessment(), prints.inputSha256(),
                prints.ruleHashes());
    }

    static Map<String, String> ruleHashes(RuleBase rules) throws IOException {
        Map<String, String> ruleHashes = new LinkedHashMap<>();
        for (RuleFile file : rules.files()) {
            ruleHashes.put(file.relativePath(), FileDigest.sha256(file.path()));
        }
        return ruleHashes;
    }

    private static RunMetadata metadata(RunRequest request, Evaluation evaluation, String runId, Fingerprints prints) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Assessment assessment = evaluation.assessment();
        counts.put("countries", assessment.countries().size());
        counts.put("indicators", assessment.countries().stream().mapToInt(c -> c.indicators().size()).sum());
        counts.put("borders", evaluation.workbook().borders().size());
        counts.put("ruleFiles", evaluation.rules().files().size());
        counts.put("rules", evaluation.rules().ruleCount());
        counts.put("contributions", assessment.countries().stream().mapToInt(c -> c.contributions().size()).sum());
        counts.put("dataIssues", assessment.dataIssues().size());
        counts.put("years", assessment.allYears().size());
        assessment.simulation().ifPresent(simulation -> counts.put("draws", simulation.draws()));
        return new RunMetadata(runId, evaluation.startedAt(), request.input().getFileName().toString(),
                prints.inputSha256(), prints.ruleHashes(), ComponentVersions.current(),
                Collections.unmodifiableMap(new LinkedHashMap<>(evaluation.timingsMillis())),
                counts, evaluation.workbook().provenance(), RuleCatalogue.describe(evaluation.rules()));
    }
}
