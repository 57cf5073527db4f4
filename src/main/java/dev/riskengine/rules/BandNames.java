package dev.riskengine.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.kie.api.runtime.KieSession;

import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;

/**
 * The band names a rule set gives, learnt from the rules themselves: every overall score from 0
 * to 10 in tenths is offered to the band rules and the bands they insert are collected, lowest
 * level first. Band names are rule-author territory, so no list of them is kept in Java. Band
 * rules that need more than the score (a custom rule set) give an empty set: nothing to check against.
 */
public final class BandNames {
    private static final int TENTHS = 100;

    private BandNames() {
    }

    public static Set<String> of(RuleBase ruleBase) {
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            for (int tenth = 0; tenth <= TENTHS; tenth++) {
                session.insert(new RiskScore(String.format("S%03d", tenth), tenth / 10.0));
            }
            session.fireAllRules(TENTHS * 10);
            Set<String> names = new LinkedHashSet<>();
            session.getObjects(o -> o instanceof RiskBand).stream()
                    .map(RiskBand.class::cast)
                    .sorted(java.util.Comparator.comparingInt(RiskBand::getLevel))
                    .forEach(b -> names.add(b.getName()));
            return names;
        } catch (RuntimeException e) {
            return Set.of(); // band rules that fail without their usual facts: nothing to check against
        } finally {
            session.dispose();
        }
    }
}
