package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules and report every error with its file and line.")
final class RulesCheckCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of .drl rule files and decision tables (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleBase ruleBase = new RuleCompiler().compile(rules);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleFile file : ruleBase.files()) {
            out.println("  " + file.relativePath());
        }
        out.printf("%d rules in %d files compile.%n", ruleBase.ruleCount(), ruleBase.files().size());
        out.flush();
        return ExitCodes.OK;
    }
}
