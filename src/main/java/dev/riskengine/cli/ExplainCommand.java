package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.riskengine.run.Explaining;
import dev.riskengine.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print one country's score, band, dimensions and every contribution with its rule and cells.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "COUNTRY", description = "The country's code (ISO 3166 alpha-3, e.g. LBY) or its name as in the Countries sheet (Libya), in any case.")
    String iso3;

    @Mixin InputOptions inputs;

    @Option(names = "--rule", paramLabel = "NAME",
            description = "Explain one rule for the country: its contributions, the facts it matched with their cells, "
                    + "or, when it did not fire, which of its conditions had no match. An unknown name exits 64 with close names.")
    String rule;

    @Option(names = "--run", paramLabel = "RUN",
            description = "Explain as a past run assessed: from the copies of the workbook and rules its folder keeps "
                    + "(a run folder's name in --reports, or its path), whatever the inputs are now.")
    String run;

    @Mixin ReportsOption reportsFolder;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Explaining.Outcome outcome = new Explaining().explain(
                new RunRequest(inputs.input(), inputs.rules(), reportsFolder.reports, inputs.year), run, iso3, rule);
        if (outcome instanceof Explaining.Explained explained) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(explained.text());
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        if (outcome instanceof Explaining.UnknownCountry unknown) {
            err.println(unknown.message());
            return ExitCodes.INVALID_INPUT;
        }
        err.println(((Explaining.UnknownRule) outcome).message());
        return ExitCodes.USAGE;
    }
}
