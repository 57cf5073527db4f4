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
        description = {"Re-run a past run from the copies of the workbook and rules its folder keeps and say whether "
                + "scores.json and scores.geojson come out identical (apart from the run's own metadata); then name each current input "
                + "file that differs from what the run read (by default the workbook and rules folder the run read).",
                "Exit 0 reproduced; 1 different, or (for a run that keeps no copies) the inputs changed since."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "The run folder's name (e.g. 2026-11-25T06-19-00.698Z) or path.")
    Path run;

    // No --year: a run is re-run for the year it assessed, so a year given here would be ignored.
    @Mixin InputOption workbook;

    @Mixin RulesOption rulesFolder;

    @Mixin ReportsOption reportsFolder;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.isDirectory(run) ? run : reportsFolder.reports.resolve(run);
        if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
            spec.commandLine().getErr().println(folder + ": no manifest.json, not a run folder");
            return ExitCodes.INVALID_INPUT;
        }
        // Unless the user names other files, the run is compared with the files it read itself.
        var parsed = spec.commandLine().getParseResult();
        RunVerification.Outcome outcome = new RunVerification(cache.pipeline()).verify(folder,
                parsed.hasMatchedOption("--input") ? workbook.input : null,
                parsed.hasMatchedOption("--rules") ? rulesFolder.rules : null);
        PrintWriter out = spec.commandLine().getOut();
        outcome.differences().forEach(out::println);
        outcome.notes().forEach(out::println);
        String from = outcome.reproducedFrom().isEmpty() ? "" : " from " + outcome.reproducedFrom();
        out.println(outcome.identical() ? folder.getFileName() + ": reproduced" + from + ", "
                + RunVerification.filesChecked(folder) + " identical."
                : folder.getFileName() + ": not reproduced" + from + ".");
        if (outcome.inputChanges().isEmpty()) {
            out.println("The current inputs are the ones the run read.");
        } else {
            out.println("The current inputs differ from what the run read:");
            outcome.inputChanges().forEach(change -> out.println("  " + change));
        }
        out.flush();
        return outcome.identical() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
