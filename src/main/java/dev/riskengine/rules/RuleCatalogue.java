package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.rule.Rule;

import dev.riskengine.model.RuleDescription;

/**
 * Describes every compiled rule (name, file, salience and conditions) for the reports'
 * methodology, read from what Drools compiled rather than written by hand, so the description
 * cannot drift from the rules. Works alike for DRL files and decision tables.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** Every rule, highest salience (earliest stage) first, then by file and name. */
    public static List<RuleDescription> describe(RuleBase ruleBase) {
        List<RuleDescription> rules = new ArrayList<>();
        ruleBase.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule ->
                rules.add(new RuleDescription(rule.getName(), ruleBase.fileOf(rule), salience(rule), conditions(rule)))));
        rules.sort(Comparator.comparingInt(RuleDescription::salience).reversed()
                .thenComparing(RuleDescription::file).thenComparing(RuleDescription::name));
        return List.copyOf(rules);
    }

    private static int salience(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getSalience() != null && !impl.getSalience().isDynamic()) {
            return impl.getSalience().getValue();
        }
        return 0;
    }

    private static String conditions(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return "";
        }
        StringJoiner joined = new StringJoiner(" and ");
        impl.getLhs().getChildren().forEach(element -> joined.add(describe(element)));
        return joined.toString();
    }

    private static String describe(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            return describe(pattern);
        }
        if (element instanceof GroupElement group) {
            StringJoiner parts = new StringJoiner(group.isOr() ? " or " : " and ");
            group.getChildren().forEach(child -> parts.add(describe(child)));
            String prefix = group.isNot() ? "not " : group.isExists() ? "exists " : "";
            return prefix + (group.getChildren().size() > 1 ? "(" + parts + ")" : parts.toString());
        }
        if (element instanceof Accumulate accumulate) {
            return "accumulate " + describe(accumulate.getSource());
        }
        if (element instanceof Collect collect) {
            return "collect " + describe(collect.getSourcePattern());
        }
        return element.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(Pattern pattern) {
        StringJoiner constraints = new StringJoiner(", ", "(", ")");
        for (Constraint constraint : pattern.getConstraints()) {
            if (constraint instanceof MVELConstraint mvel) {
                constraints.add(mvel.getExpression());
            }
        }
        String type = pattern.getObjectType() instanceof ClassObjectType classType
                ? classType.getClassType().getSimpleName() : String.valueOf(pattern.getObjectType());
        // A pattern over an accumulate or collect: its constraints test the result (e.g. $total >= 2500).
        if (pattern.getSource() != null) {
            String result = constraints.length() > 2 ? " with " + constraints.toString().substring(1, constraints.length() - 1) : "";
            return describe(pattern.getSource()) + result;
        }
        return type + constraints;
    }
}
