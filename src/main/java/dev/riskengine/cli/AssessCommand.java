package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.report.ConsoleText;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.run.RunRequest;
import dev.riskengine.run.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        RunResult result = new AssessmentRun().execute(new RunRequest(inputs.input, inputs.rules, reports, inputs.year));
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleText.runSummary(result.assessment(), result.metadata(), result.folder(),
                (System.nanoTime() - start) / 1_000_000));
        out.flush();
        return ExitCodes.OK;
    }
}
