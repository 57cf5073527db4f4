package dev.riskengine.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules directory does not compile; every problem is located by file and line. */
public final class RuleCompilationException extends Exception {
    private final String rulesDirName;
    private final List<RuleProblem> problems;

    public RuleCompilationException(String rulesDirName, List<RuleProblem> problems) {
        super(problems.stream().map(p -> p.describe(rulesDirName)).collect(Collectors.joining("\n")));
        this.rulesDirName = rulesDirName;
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** One line per problem, ready for stderr. */
    public List<String> lines() {
        return problems.stream().map(p -> p.describe(rulesDirName)).toList();
    }
}
