package dev.riskengine.rules;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The indicator codes some rule matches by name ({@code code == "x"}, {@code code in ("x", "y")}):
 * an indicator with any other code changes no result. Unknown when some rule matches indicators
 * without naming the code (e.g. {@code Indicator( code.startsWith("military") )}): then any code may count.
 */
final class MatchedIndicatorCodes {
    private MatchedIndicatorCodes() { }

    static Optional<SortedSet<String>> of(List<RuleSource> sources) {
        SortedSet<String> codes = new TreeSet<>();
        for (RuleSource source : sources) {
            PackageDescr descr = source.parsed().orElse(null);
            if (descr == null) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                for (PatternDescr pattern : ConditionPatterns.of(rule.getLhs())) {
                    if (!isIndicator(pattern.getObjectType())) {
                        continue;
                    }
                    SortedSet<String> named = new TreeSet<>();
                    for (BaseDescr constraint : pattern.getDescrs()) {
                        if (constraint instanceof ExprConstraintDescr expr) {
                            named.addAll(RuleLint.codesIn(expr.getExpression()));
                        }
                    }
                    if (named.isEmpty()) {
                        return Optional.empty();
                    }
                    codes.addAll(named);
                }
            }
        }
        return Optional.of(codes);
    }

    private static boolean isIndicator(String objectType) {
        return objectType != null && (objectType.equals("Indicator") || objectType.endsWith(".Indicator"));
    }
}
