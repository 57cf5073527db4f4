package dev.riskengine.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The terminal text of a suite run: one line per case, the failures explained, one summary line. */
public final class RuleTestText {
    private RuleTestText() {
    }

    /** PASS or FAIL per case; a failure is followed by what differed and the contributions behind it. */
    public static List<String> caseLines(RuleTestSuite.Result result) {
        List<String> lines = new ArrayList<>();
        for (CaseResult c : result.cases()) {
            lines.add((c.passed() ? "PASS  " : "FAIL  ") + c.testCase().where() + "  " + c.testCase().name());
            for (CaseResult.Failure failure : c.failures()) {
                lines.add("      " + failure.message());
                failure.explanation().forEach(e -> lines.add("        " + e));
            }
        }
        return lines;
    }

    /** E.g. {@code 42 cases: 41 passed, 1 failed.}, then the rules no case shows firing (named once
     * every case passes, so that they do not bury the failures). */
    public static List<String> summaryLines(RuleTestSuite.Result result) {
        List<String> lines = new ArrayList<>();
        long failed = result.failed();
        StringBuilder summary = new StringBuilder()
                .append(plural(result.cases().size(), "case")).append(": ")
                .append(result.cases().size() - failed).append(" passed, ").append(failed).append(" failed");
        if (!result.problems().isEmpty()) {
            summary.append("; ").append(plural(result.problems().size(), "problem")).append(" in case files");
        }
        lines.add(summary.append('.').toString());
        if (!result.untested().isEmpty() && result.problems().isEmpty()) {
            lines.add(plural(result.untested().size(), "rule") + " with no case showing "
                    + (result.untested().size() == 1 ? "it" : "them") + " fire"
                    + (failed == 0 ? ":" : " (listed once every case passes)."));
            if (failed == 0) {
                result.untested().forEach((rule, file) -> lines.add("  \"" + rule + "\" (" + file + ")"));
            }
        }
        return lines;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
