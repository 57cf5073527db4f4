package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RuleExplanation;
import dev.riskengine.report.console.RuleExplanationText;
import dev.riskengine.rules.RuleExplainer;
import dev.riskengine.run.RuleExplaining;
import dev.riskengine.report.console.ConsoleText;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.run.RunInputs;
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
    @Parameters(paramLabel = "ISO3", description = "The country's ISO 3166 alpha-3 code, e.g. LBY.")
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

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder of the run folders, for --run (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (run == null) {
            return explain(new RunRequest(inputs.input, inputs.rules, null, inputs.year));
        }
        try (RunInputs.Restored copies = RunInputs.restore(reports, run)) {
            return explain(new RunRequest(copies.workbook(), copies.rulesDir(), null,
                    inputs.year != null ? inputs.year : copies.year()));
        }
    }

    private Integer explain(RunRequest request) throws Exception {
        try (AssessmentRun.Evaluation evaluation = new AssessmentRun().evaluate(request, false)) { // one year is shown
            return explain(evaluation);
        }
    }

    private Integer explain(AssessmentRun.Evaluation evaluation) throws Exception {
        CountryAssessment country = evaluation.assessment().country(iso3.trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (country == null) {
            spec.commandLine().getErr().println(inputs.input.getFileName() + ": Countries: no country " + iso3
                    + " (the workbook has " + String.join(", ", evaluation.assessment().countries().stream()
                    .map(CountryAssessment::iso3).sorted().toList()) + ")");
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rule != null) {
            try {
                RuleExplanation explanation = new RuleExplaining().explain(evaluation, country.iso3(), rule);
                out.print(RuleExplanationText.of(explanation, country, evaluation.assessment().year()));
            } catch (RuleExplainer.UnknownRuleException e) {
                spec.commandLine().getErr().println(inputs.rules + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            out.flush();
            return ExitCodes.OK;
        }
        out.print(ConsoleText.explanation(country, evaluation.assessment().year()));
        out.flush();
        return ExitCodes.OK;
    }
}
