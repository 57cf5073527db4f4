package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.rule.Rule;

/** The constraints of a compiled rule's conditions, also those nested in not, exists, or, accumulate, collect and from. */
final class RuleConstraints {

    private RuleConstraints() {
    }

    static List<MVELConstraint> of(Rule rule) {
        List<MVELConstraint> constraints = new ArrayList<>();
        if (rule instanceof RuleImpl impl) {
            collect(impl.getLhs(), constraints, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return constraints;
    }

    private static void collect(RuleConditionElement element, List<MVELConstraint> constraints, Set<Object> seen) {
        if (element == null || !seen.add(element)) {
            return;
        }
        if (element instanceof Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof MVELConstraint mvel && seen.add(mvel)) {
                    constraints.add(mvel);
                }
            }
            collect(pattern.getSource(), constraints, seen);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collect(nested, constraints, seen);
        }
    }
}
