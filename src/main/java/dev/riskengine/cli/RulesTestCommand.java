package dev.riskengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.riskengine.run.RulesTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Compile the rules and run every test case in the rules folder's tests/*.yaml.",
                "Exit 0 all pass, 2 the rules do not compile, 3 a case failed or a case file is malformed."})
final class RulesTestCommand implements Callable<Integer> {
    /** Its help text also names the cases: key risk.rules.test.rules of OptionTexts.properties. */
    @Mixin RulesOption rulesFolder;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RulesTest.Result result = new RulesTest(cache.pipeline()).run(rulesFolder.rules);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        result.caseLines().forEach(out::println);
        out.flush();
        result.problems().forEach(err::println);
        err.flush();
        result.summaryLines().forEach(out::println);
        out.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.RULE_TESTS_FAILED;
    }
}
