package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.ruletest.RuleTestSuite;
import dev.riskengine.ruletest.RuleTestText;
import dev.riskengine.rules.RuleCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Compile the rules and run every test case in the rules folder's tests/*.yaml.",
                "Exit 0 all pass, 2 the rules do not compile, 3 a case failed or a case file is malformed."})
final class RulesTestCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rule files, with the cases in its tests/ folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleTestSuite.Result result = new RuleTestSuite(new RuleCompiler().compile(rules)).run();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleTestText.caseLines(result).forEach(out::println);
        out.flush();
        result.problems().forEach(err::println);
        err.flush();
        RuleTestText.summaryLines(result).forEach(out::println);
        out.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.RULE_TESTS_FAILED;
    }
}
