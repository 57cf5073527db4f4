package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.rules.RuleFile;
import dev.riskengine.run.RulesCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile the rules and report every error with its file and line (a decision table's with its sheet and cell).",
                "Refuses rule files that use anything but the facts, Math, String, StringBuilder, numbers and java.util collections (exit 2).",
                "Warns about gaps and overlaps in decision-table ranges, indicator codes the workbook's Dictionary lacks "
                        + "or no rule uses, and rule names defined in more than one file (exit 0)."})
final class RulesCheckCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of .drl rule files and decision tables (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--input", paramLabel = "FILE", defaultValue = "inputs/indicators.xlsx",
            description = "Workbook whose Dictionary the rules' indicator codes are compared with (default: ${DEFAULT-VALUE}).")
    Path input;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RulesCheck.Result result = new RulesCheck().check(rules, input);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleFile file : result.rules().files()) {
            out.println("  " + file.relativePath());
        }
        out.printf("%d rules in %d files compile.%n", result.rules().ruleCount(), result.rules().files().size());
        result.warnings().forEach(w -> out.println("warning: " + w));
        if (!result.warnings().isEmpty()) {
            out.println(result.warnings().size() == 1 ? "1 warning." : result.warnings().size() + " warnings.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
