package dev.riskengine.run;

import java.nio.file.Path;
import java.util.List;

import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.ruletest.RuleTestSuite;
import dev.riskengine.ruletest.RuleTestText;

/** {@code rules test}: the rules compiled and every case of the rules folder's {@code tests/*.yaml} run. */
public final class RulesTest {

    /**
     * @param caseLines    one line a case (and what failed), for standard output
     * @param problems     case files that could not be read, one located line each, for standard error
     * @param summaryLines the counts, and the rules no case tests
     */
    public record Result(List<String> caseLines, List<String> problems, List<String> summaryLines, boolean passed) { }

    private final Pipeline pipeline;

    public RulesTest() {
        this(new Pipeline());
    }

    /** @param pipeline where the compiled rules come from (the cache, or compiled afresh) */
    public RulesTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Result run(Path rulesDir) throws RuleCompilationException {
        RuleTestSuite.Result result = pipeline.test(pipeline.rules(rulesDir));
        return new Result(RuleTestText.caseLines(result), result.problems(), RuleTestText.summaryLines(result),
                result.passed());
    }
}
