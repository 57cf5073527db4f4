package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.riskengine.report.Plural;
import dev.riskengine.run.RulesCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile the rules and report every error with its file and line (a decision table's with its sheet and cell).",
                "Refuses rule files that use anything but the facts, Math, String, StringBuilder, numbers and java.util collections (exit 2).",
                "Warns about gaps and overlaps in decision-table ranges, indicator codes the workbook's Dictionary lacks "
                        + "or no rule uses, and rule names defined in more than one file (exit 0)."})
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin RulesOption rulesFolder;

    /** Its help text is this command's own: key risk.rules.check.input of OptionTexts.properties. */
    @Mixin InputOption workbook;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RulesCheck.Result result = new RulesCheck(cache.pipeline()).check(rulesFolder.rules, workbook.input);
        PrintWriter out = spec.commandLine().getOut();
        for (String file : result.files()) {
            out.println("  " + file);
        }
        out.printf("%s in %s compile.%n", Plural.of(result.ruleCount(), "rule", "rules"),
                Plural.of(result.files().size(), "file", "files"));
        result.warnings().forEach(w -> out.println("warning: " + w));
        if (!result.warnings().isEmpty()) {
            out.println(result.warnings().size() == 1 ? "1 warning." : result.warnings().size() + " warnings.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
