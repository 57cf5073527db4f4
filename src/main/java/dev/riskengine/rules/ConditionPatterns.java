package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Every fact pattern of a rule's conditions, as Drools parsed them: inside and/or/not/exists, and
 * the patterns an accumulate or collect reads from, in the order they are written.
 */
final class ConditionPatterns {
    private ConditionPatterns() { }

    static List<PatternDescr> of(BaseDescr conditions) {
        List<PatternDescr> patterns = new ArrayList<>();
        if (conditions != null) {
            collect(conditions, patterns);
        }
        return patterns;
    }

    /** Every constraint, in every pattern of the conditions. */
    static List<ExprConstraintDescr> constraintsOf(BaseDescr conditions) {
        List<ExprConstraintDescr> constraints = new ArrayList<>();
        for (PatternDescr pattern : of(conditions)) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    constraints.add(expr);
                }
            }
        }
        return constraints;
    }

    private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr pattern) {
            patterns.add(pattern);
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                collect(accumulate.getInput(), patterns);
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                collect(collect.getInputPattern(), patterns);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect(child, patterns));
        }
    }
}
