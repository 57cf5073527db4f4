package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.run.RunVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-run a past run from its manifest and say whether scores.json comes out identical "
                + "(apart from the run's own metadata).", "Exit 0 identical; 1 different, or the input or rules "
                + "changed since that run."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "The run folder's name (e.g. 2026-11-25T06-19-00.698Z) or path.")
    Path run;

    @Mixin InputOptions inputs;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder of the run folders (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.isDirectory(run) ? run : reports.resolve(run);
        if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
            spec.commandLine().getErr().println(folder + ": no manifest.json, not a run folder");
            return ExitCodes.INVALID_INPUT;
        }
        RunVerification.Outcome outcome = new RunVerification().verify(folder, inputs.input, inputs.rules);
        PrintWriter out = spec.commandLine().getOut();
        outcome.differences().forEach(out::println);
        outcome.notes().forEach(out::println);
        out.println(outcome.identical() ? folder.getFileName() + ": reproduced, scores.json identical."
                : folder.getFileName() + ": not reproduced.");
        out.flush();
        return outcome.identical() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
