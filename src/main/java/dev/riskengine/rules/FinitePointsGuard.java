package dev.riskengine.rules;

import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;

import dev.riskengine.model.Contribution;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.RiskScore;

/**
 * Stops a session the moment a rule inserts a scored fact whose number is NaN or infinite (a rule
 * dividing by a zero indicator). It throws inside the rule's consequence, so the session reports
 * the rule that did it and its file, instead of a report with a wrong score that looks right.
 */
final class FinitePointsGuard extends DefaultRuleRuntimeEventListener {

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) { // facts the engine's Java inserts are checked where they are read
            check(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null) {
            check(event.getObject());
        }
    }

    static void check(Object fact) {
        if (fact instanceof Contribution c && !Double.isFinite(c.getPoints())) {
            throw failure("a Contribution's points", c.getPoints(), c.getIso3());
        }
        if (fact instanceof DimensionScore d && !Double.isFinite(d.getValue())) {
            throw failure("a DimensionScore", d.getValue(), d.getIso3());
        }
        if (fact instanceof RiskScore r && !Double.isFinite(r.getValue())) {
            throw failure("a RiskScore", r.getValue(), r.getIso3());
        }
    }

    private static NonFinitePointsException failure(String what, double value, String iso3) {
        return new NonFinitePointsException(what + " for " + iso3 + " is " + value
                + " (points must be finite: a division by a zero or missing indicator?)");
    }

    /** Thrown from a consequence; its simple name and message become the user's one line. */
    static final class NonFinitePointsException extends RuntimeException {
        NonFinitePointsException(String message) {
            super(message);
        }
    }
}
