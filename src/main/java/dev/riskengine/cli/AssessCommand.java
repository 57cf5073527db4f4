package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import dev.riskengine.backtest.BacktestInputException;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.report.AddedReport;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.run.RunRequest;
import dev.riskengine.run.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess the workbook with the rules and write a dated run folder of reports.",
                "The folder appears under its final name only when every report is complete."})
final class AssessCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Mixin ReportsOption reportsFolder;

    @Mixin KeepOption keep;

    @Mixin RuleCacheOption cache;

    @Mixin FailOnBandRiseOption failing;

    @Option(names = "--compare-to", paramLabel = "RUN",
            description = "Compare with this run (a run folder's name in the reports folder, or its path) instead of "
                    + "the newest one; --fail-on-band-rise then compares with it too.")
    String compareTo;

    @Option(names = "--backtest",
            description = "Also backtest the run's own workbook and rules (terrorist_attacks one year later, against "
                    + "persistence) into the run folder: backtest.json and a section of report.html. Other outcomes "
                    + "and leads: risk backtest.")
    boolean backtest;

    @Mixin DrawsOptions drawing;

    /** Which engine evaluates the rules; the launcher starts the Spark job for spark (docs/spark.md). */
    enum Engine { LOCAL, SPARK }

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "local (default): the rules run in this process on every core; spark: on Apache Spark in "
                    + "local mode on every core, through ./risk, which adds Spark (docs/spark.md). Same reports, "
                    + "plus scores.parquet.")
    Engine engine;

    @Spec CommandSpec spec;

    /** Reports the engine's driver adds to the run folder (the Spark job's scores.parquet). */
    private final List<AddedReport> addedReports;

    AssessCommand() {
        this(List.of());
    }

    AssessCommand(List<AddedReport> addedReports) {
        this.addedReports = addedReports;
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        refuseAnEngineThisProcessIsNot();
        RunRequest request = new RunRequest(inputs.input(), inputs.rules(), reportsFolder.reports, inputs.year,
                drawing.drawsOr(0), drawing.seedOrNew());
        AssessmentRun run = new AssessmentRun(cache.pipeline(), TerminalProgress.forThisProcess(), addedReports);
        RunResult result;
        Thread stopHook = stopHook(run);
        Runtime.getRuntime().addShutdownHook(stopHook);
        try {
            result = run.execute(request, keep.runsToKeep(), compareTo,
                    backtest ? BacktestRequest.ofRun(request.input(), request.rulesDir()) : null);
        } catch (BacktestInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage() + " (--backtest: nothing published)");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } finally {
            removeHook(stopHook);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.consoleText((System.nanoTime() - start) / 1_000_000));
        out.flush();
        return failing.failOnBandRise && result.bandChanges().anyRose() ? ExitCodes.BAND_ROSE : ExitCodes.OK;
    }

    /**
     * The engine is chosen as the process starts (the launcher starts the Spark job for spark), so
     * an engine this process does not run is a usage error rather than a silent run on another.
     */
    private void refuseAnEngineThisProcessIsNot() {
        if (engine == Engine.SPARK && cache.evaluatesInThisProcess()) {
            throw new ParameterException(spec.commandLine(), "--engine spark runs on Apache Spark, which this jar "
                    + "leaves out: start it with ./risk assess --engine spark (which adds Spark) or spark-submit "
                    + "(docs/spark.md)");
        }
        if (engine == Engine.LOCAL && !cache.evaluatesInThisProcess()) {
            throw new ParameterException(spec.commandLine(), "--engine local: this is the Spark job; "
                    + "./risk assess without --engine spark runs the local engine");
        }
    }

    /**
     * SIGTERM or Ctrl-C while the run is under way: the run stops cleanly and says so in one
     * line; the JVM then exits with 143 (SIGTERM) or 130 (Ctrl-C), as documented.
     */
    private Thread stopHook(AssessmentRun run) {
        PrintWriter err = spec.commandLine().getErr();
        return new Thread(() -> {
            err.println(run.stopper().stop());
            err.flush();
        }, "assess-stop");
    }

    /** The run is over: a normal exit must not report a stop. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // a stop is under way: the hook runs and says what happened
        }
    }
}
