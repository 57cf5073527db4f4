package dev.riskengine.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleCompiler;

/**
 * Runs every case in rules/tests with the same suite as {@code ./risk rules test}, one JUnit test per
 * case, so {@code ./mvnw verify} fails when a rule edit breaks a case; and keeps the promise that
 * every shipped rule, including rules from decision tables, has a case showing it fire.
 */
class ShippedRuleCasesTest {
    private static RuleTestSuite.Result result;

    @BeforeAll
    static void runTheSuite() throws RuleCompilationException {
        RuleBase shipped = new RuleCompiler().compile(Path.of("rules"));
        result = new RuleTestSuite(shipped).run();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCasePasses() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("case files are well formed",
                () -> assertThat(result.problems()).as("problems in rules/tests").isEmpty()));
        for (CaseResult c : result.cases()) {
            tests.add(DynamicTest.dynamicTest(c.testCase().where() + " " + c.testCase().name(), () ->
                    assertThat(c.failures()).as(String.join("\n", RuleTestText.caseLines(
                            new RuleTestSuite.Result(List.of(c), List.of(), result.untested())))).isEmpty()));
        }
        return tests.stream();
    }

    @Test
    void everyShippedRuleHasACaseShowingItFire() {
        assertThat(result.cases()).hasSizeGreaterThan(15);
        assertThat(result.untested()).as("rules in rules/ that no case in rules/tests names under fires or points")
                .isEmpty();
    }
}
