package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.ConsoleText;
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

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder that receives the run folders (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--keep", paramLabel = "N",
            description = "After a successful run, remove the oldest run folders beyond the newest N.")
    Integer keep;

    @Option(names = "--fail-on-band-rise",
            description = "Exit with 6 (after writing the reports) when a country's band rose since the previous run.")
    boolean failOnBandRise;

    @Option(names = "--compare-to", paramLabel = "RUN",
            description = "Compare with this run (a run folder's name in the reports folder, or its path) instead of "
                    + "the newest one; --fail-on-band-rise then compares with it too.")
    String compareTo;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (keep != null && keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep must be at least 1, was " + keep);
        }
        RunResult result = new AssessmentRun().execute(new RunRequest(inputs.input, inputs.rules, reports, inputs.year),
                keep == null ? 0 : keep, compareTo);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleText.runSummary(result.assessment(), result.metadata(), result.folder(),
                (System.nanoTime() - start) / 1_000_000));
        out.println(ComparisonText.headline(result.comparison()));
        out.println(result.bandChanges().summaryLine());
        out.flush();
        return failOnBandRise && result.bandChanges().anyRose() ? ExitCodes.BAND_ROSE : ExitCodes.OK;
    }
}
