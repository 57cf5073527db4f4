package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.riskengine.run.SensitivityAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"How stable the ranking is when the rules' points are uncertain: in each draw every rule's "
                + "points are multiplied by its own random factor and the units are ranked again.",
                "Prints each unit's rank range (P5-P95) and band probabilities and the rules that move the ranking "
                        + "most; writes sensitivity.json and sensitivity.html into <reports>/sensitivity/<UTC timestamp>/."})
final class SensitivityCommand implements Callable<Integer> {
    static final double DEFAULT_SPREAD = 0.2;
    static final int DEFAULT_DRAWS = 500;

    @Mixin InputOptions inputs;

    @Mixin ReportsOption reportsFolder;

    double spread = DEFAULT_SPREAD;

    @Option(names = "--spread", paramLabel = "S",
            description = "Each rule's factor is uniform from 1 - S to 1 + S, above 0 and below 1 (default: 0.2, i.e. +/-20 %%).")
    void spread(double value) {
        if (!(value > 0 && value < 1)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--spread must be above 0 and below 1 (each rule's factor is uniform from 1 - S to 1 + S), was %s",
                    value));
        }
        spread = value;
    }

    @Mixin DrawsOptions drawing;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SensitivityAnalysis.Result result = new SensitivityAnalysis(cache.pipeline(), TerminalProgress.forThisProcess()).run(
                new SensitivityAnalysis.Request(inputs.input(), inputs.rules(), reportsFolder.reports, inputs.year,
                        spread, drawing.drawsOr(DEFAULT_DRAWS), drawing.seedOrNew()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.text());
        out.flush();
        return ExitCodes.OK;
    }
}
