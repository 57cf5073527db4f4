package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import dev.riskengine.backtest.Backtest;
import dev.riskengine.backtest.BacktestFolder;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.backtest.BacktestTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Do the rules anticipate what later happened? Scores of each year Y against an outcome "
                + "indicator at Y + lead: Spearman's rho, top-k share, ROC AUC and (with --draws) Brier score, "
                + "per year and pooled.",
                "Prints a table and writes backtest.json and backtest.html into <reports>/backtests/<timestamp>/."})
final class BacktestCommand implements Callable<Integer> {
    @Mixin InputOption workbook;

    @Mixin ReportsOption reportsFolder;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rules (default: ${DEFAULT-VALUE}); give it twice to compare two folders side "
                    + "by side on the same data.")
    List<Path> rules;

    @Option(names = "--outcomes", paramLabel = "FILE",
            description = "Workbook the outcome is read from (default: the --input workbook).")
    Path outcomes;

    @Option(names = "--outcome", paramLabel = "CODE", defaultValue = "terrorist_attacks",
            description = "Outcome indicator code (default: ${DEFAULT-VALUE}).")
    String outcome;

    int lead = 1;

    @Option(names = "--lead", paramLabel = "N", description = "Years between the scores and the outcome (default: 1).")
    void lead(int years) {
        if (years < 0) {
            throw new ParameterException(spec.commandLine(), "--lead must be 0 or more, was " + years);
        }
        lead = years;
    }

    int top = 5;

    @Option(names = "--top", paramLabel = "K", description = "k of the top-k share (default: 5; at most the units of a year).")
    void top(int k) {
        if (k < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be 1 or more, was " + k);
        }
        top = k;
    }

    @Option(names = "--high-band", paramLabel = "BAND", defaultValue = "High",
            description = "The band from which a unit counts as flagged, for AUC and Brier (default: ${DEFAULT-VALUE}).")
    String highBand;

    @Mixin DrawsOptions drawing;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Instant startedAt = Instant.now();
        BacktestRequest request = new BacktestRequest(workbook.input, outcomes, rules, outcome, lead, top, highBand,
                drawing.drawsOr(0), drawing.seedOrNew());
        // A BacktestInputException is one line and exit 1 through FailureHandler, as other invalid input is.
        BacktestResult result = new Backtest(cache.pipeline(), TerminalProgress.forThisProcess()).run(request);
        Path folder = BacktestFolder.publish(reportsFolder.reports, result, startedAt);
        PrintWriter out = spec.commandLine().getOut();
        out.print(BacktestTable.of(result));
        out.println("Written: " + folder.resolve("backtest.json") + " and backtest.html");
        out.flush();
        return ExitCodes.OK;
    }
}
