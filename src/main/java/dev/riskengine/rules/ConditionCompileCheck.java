package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.drools.base.base.ValueResolver;
import org.drools.core.common.DefaultFactHandle;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Compiles every condition now, which Drools leaves until a fact first reaches it: a condition
 * that cannot be compiled, such as {@code Indicator( value >= "five" )} (a number compared with a
 * word), would otherwise pass the build and fail in the middle of a run, at whichever fact came
 * first, with an error naming no rule. This is complete for such faults, whatever the data:
 * every constraint of every rule (alpha and join constraints, and those inside not, exists, or,
 * accumulate, collect and from) is compiled, on a copy, so the run's own constraints are untouched.
 * Conditions that fail only on some values (a method that throws) cannot be found without the
 * values; a run names their rule when it happens (see {@link RuleFailures}). {@code rules check}
 * runs this; a run only when a condition failed compiling, to name it.
 */
final class ConditionCompileCheck {
    private static final String COMPILES_ON_FIRST_USE = "createMvelConditionEvaluator";

    private ConditionCompileCheck() {
    }

    static List<RuleProblem> check(RuleBase ruleBase) {
        List<RuleProblem> problems = new ArrayList<>();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            // Not a fact of any rule: after compiling, evaluating against it fails, and that failure is not the point.
            FactHandle probe = new DefaultFactHandle(0, new Object());
            for (KiePackage pkg : ruleBase.kieBase().getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    for (MVELConstraint constraint : RuleConstraints.of(rule)) {
                        compile(constraint, probe, (ValueResolver) session, rule, ruleBase, problems);
                    }
                }
            }
        } finally {
            session.dispose();
        }
        return problems;
    }

    private static void compile(MVELConstraint constraint, FactHandle probe, ValueResolver resolver, Rule rule,
                                RuleBase ruleBase, List<RuleProblem> problems) {
        if (constraint.isUnification()) {
            return; // a query's unification, never evaluated this way
        }
        try {
            constraint.clone().isAllowed(probe, resolver);
        } catch (RuntimeException e) {
            if (failedCompiling(e)) {
                problems.add(ruleBase.locations().problemInCondition(ruleBase.fileOf(rule), rule.getName(),
                        constraint.getExpression(), "rule \"" + rule.getName() + "\": the condition "
                                + constraint.getExpression() + " cannot be evaluated: " + RuleFailures.rootMessage(e)));
            }
        }
    }

    /** True when a condition failed while Drools compiled it, at its first use, rather than on a value. */
    static boolean failedCompiling(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (Arrays.stream(cause.getStackTrace()).anyMatch(frame -> COMPILES_ON_FIRST_USE.equals(frame.getMethodName()))) {
                return true;
            }
        }
        return false;
    }
}
