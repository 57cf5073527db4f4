package dev.riskengine.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.mvel.ConstraintEvaluationException;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Turns whatever stopped a session into one located line naming the rule, its file and line: a
 * consequence that threw, a condition that failed while matching, a DRL function that recursed
 * until the stack ran out, or rules that never stop firing. The same wording in every kind of
 * session (a run, a Monte Carlo draw, an explanation).
 */
final class RuleFailures {
    /** Drools' wording for a constraint that threw: "Error evaluating constraint 'value > 5' in [Rule ...]". */
    private static final Pattern FAILED_CONSTRAINT = Pattern.compile("constraint '(.*)' in ");

    private RuleFailures() {
    }

    /**
     * @param thrown what {@code fireAllRules} threw
     * @param firing the rule whose consequence was running, when the session knows it; else null
     * @param during when, for the message ("in a Monte Carlo draw"), or "" for an assessment
     */
    static RuleExecutionException located(Throwable thrown, RuleBase ruleBase, Rule firing, String during) {
        String when = during.isEmpty() ? "" : " " + during;
        if (thrown instanceof ConsequenceException e) {
            return new RuleExecutionException(RuleLocations.describe(ruleBase, e.getMatch().getRule()) + " failed" + when
                    + ": " + rootMessage(e), e);
        }
        if (thrown instanceof StackOverflowError e) {
            return new RuleExecutionException(tooDeep(e, ruleBase, firing, when), e);
        }
        if (ConditionCompileCheck.failedCompiling(thrown)) {
            List<RuleProblem> uncompilable = ConditionCompileCheck.check(ruleBase);
            if (!uncompilable.isEmpty()) {
                Path dir = ruleBase.directory().getFileName();
                return new RuleExecutionException(uncompilable.get(0).describe(dir == null ? "" : dir.toString())
                        + (uncompilable.size() > 1 ? " (and " + (uncompilable.size() - 1) + " more: ./risk rules check lists them)" : ""),
                        thrown);
            }
        }
        Optional<String> condition = failedCondition(thrown, ruleBase);
        if (condition.isPresent()) {
            return new RuleExecutionException(condition.get() + ": a condition failed while matching facts" + when + ": "
                    + rootMessage(thrown), thrown);
        }
        return new RuleExecutionException(firing == null
                ? "a rule condition failed while matching facts" + when + ": " + rootMessage(thrown)
                : RuleLocations.describe(ruleBase, firing) + " failed" + when + ": " + rootMessage(thrown), thrown);
    }

    /** Rules that did not stop within {@code limit} firings, named by {@link RunawayRules} where it can. */
    static RuleExecutionException runaway(KieSession session, RuleBase ruleBase, int limit, String during) {
        String culprits = RunawayRules.trace(session, ruleBase);
        return new RuleExecutionException("rules kept firing without end" + (during.isEmpty() ? "" : " " + during)
                + " (stopped after " + limit + " firings): "
                + (culprits == null ? "a rule probably re-triggers itself" : culprits));
    }

    /**
     * A StackOverflowError's trace holds only the innermost calls, the recursion itself, so the
     * DRL function is read from its frames; the rule comes from the session when it knows it.
     */
    private static String tooDeep(StackOverflowError e, RuleBase ruleBase, Rule firing, String when) {
        RuleLocations locations = ruleBase.locations();
        Optional<RuleLocations.Function> function = java.util.Arrays.stream(e.getStackTrace())
                .map(locations::functionOf).flatMap(Optional::stream).findFirst();
        String caller = firing == null ? "" : ", called by " + RuleLocations.describe(ruleBase, firing);
        return function.map(f -> f.place() + ": function " + f.name() + "() called itself without end" + when
                        + " (StackOverflowError: a recursion with no case that stops it?)" + caller)
                .orElseGet(() -> (firing == null ? "a rule" : RuleLocations.describe(ruleBase, firing))
                        + " nested calls without end" + when + " (StackOverflowError)");
    }

    /** "rules/x.drl:4: rule \"X\"" for the rules holding the constraint Drools says failed; empty when it does not say. */
    private static Optional<String> failedCondition(Throwable thrown, RuleBase ruleBase) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintEvaluationException && cause.getMessage() != null) {
                Matcher m = FAILED_CONSTRAINT.matcher(cause.getMessage());
                if (m.find()) {
                    List<Rule> rules = rulesWithConstraint(ruleBase, m.group(1));
                    if (!rules.isEmpty()) {
                        StringJoiner names = new StringJoiner(" and ");
                        rules.forEach(rule -> names.add(RuleLocations.describe(ruleBase, rule)));
                        return Optional.of(names + " (condition " + m.group(1) + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Rules that share a constraint share its evaluation in Drools' network, so all of them are named. */
    private static List<Rule> rulesWithConstraint(RuleBase ruleBase, String expression) {
        Set<Rule> rules = new LinkedHashSet<>();
        for (KiePackage pkg : ruleBase.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                for (MVELConstraint constraint : RuleConstraints.of(rule)) {
                    if (expression.equals(constraint.getExpression())) {
                        rules.add(rule);
                    }
                }
            }
        }
        return new ArrayList<>(rules);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s*\\R\\s*", " "));
    }
}
