package dev.riskengine.rules;

import java.io.Serializable;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import dev.riskengine.model.PointsScale;

/**
 * A factor per rule name by which that rule's points are multiplied in one session (one draw of
 * {@code risk sensitivity}); a rule without one keeps its points. {@link #NONE} is every
 * assessment: the rules' points as written.
 */
public final class PointsFactors implements Serializable {
    public static final PointsFactors NONE = new PointsFactors(Map.of());

    private final Map<String, Double> byRule;

    private PointsFactors(Map<String, Double> byRule) {
        this.byRule = byRule;
    }

    /** @param byRule each rule's factor by its name; finite and not negative */
    public static PointsFactors of(Map<String, Double> byRule) {
        byRule.forEach((rule, factor) -> {
            if (!Double.isFinite(factor) || factor < 0) {
                throw new IllegalArgumentException("rule \"" + rule + "\": a points factor must be finite and not "
                        + "negative, was " + factor);
            }
        });
        return new PointsFactors(Map.copyOf(byRule));
    }

    public double of(String rule) {
        return byRule.getOrDefault(rule, 1.0);
    }

    boolean none() {
        return byRule.isEmpty();
    }

    /** Sets the factor of the rule that fires for the length of its consequence, where its Contributions are made. */
    void applyTo(KieSession session) {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                PointsScale.set(of(event.getMatch().getRule().getName()));
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                PointsScale.reset();
            }
        });
    }
}
