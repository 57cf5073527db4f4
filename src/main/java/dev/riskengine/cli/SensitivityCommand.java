package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import dev.riskengine.run.RunRequest;
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
    int draws = DEFAULT_DRAWS;

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

    /** Checked as the option is parsed, so a huge count is refused before anything is read or allocated. */
    @Option(names = "--draws", paramLabel = "N",
            description = "Number of draws, 1 to 100,000 (default: 500).")
    void draws(int count) {
        if (count < 1 || count > RunRequest.MOST_DRAWS) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--draws must be from 1 to %,d (the limit), was %,d", RunRequest.MOST_DRAWS, count));
        }
        draws = count;
    }

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the draws, to reproduce an analysis (default: a new seed, printed and written).")
    Long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long drawSeed = seed != null ? seed : new SplittableRandom().nextLong();
        SensitivityAnalysis.Result result = new SensitivityAnalysis(TerminalProgress.forThisProcess()).run(
                new SensitivityAnalysis.Request(inputs.input(), inputs.rules(), reportsFolder.reports, inputs.year,
                        spread, draws, drawSeed));
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.text());
        out.flush();
        return ExitCodes.OK;
    }
}
