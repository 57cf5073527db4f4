package dev.riskengine.rules;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.KieSession;

import dev.riskengine.model.Country;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.PointsScale;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;

/**
 * Runs the rules in an empty session (reused from the rule base's pool) and keeps only each
 * country's score and band: what a Monte Carlo draw needs. No provenance is recorded, which
 * makes a draw several times cheaper than a full {@link RuleSession}; the full session has
 * already checked the rules' output for the central values. Sessions come from the one compiled
 * rule base and may run on several threads.
 */
public final class ScoreSession {
    /**
     * One country's outcome in one draw; a unit with too little evidence has no value (NaN), the
     * state {@link InsufficientEvidence#STATE} as its band and band level 0.
     */
    public record Score(double value, String band, int bandLevel) implements Serializable {
        static final Score INSUFFICIENT = new Score(Double.NaN, InsufficientEvidence.STATE, 0);

        public boolean scored() {
            return !Double.isNaN(value);
        }
    }

    private final RuleBase ruleBase;
    private final String during;
    private final PointsFactors factors;

    /** @param during when the session runs, for error messages, e.g. "in a Monte Carlo draw" */
    public ScoreSession(RuleBase ruleBase, String during) {
        this(ruleBase, during, PointsFactors.NONE);
    }

    /** @param factors each rule's points multiplied by its factor (a sensitivity draw); {@link PointsFactors#NONE} for none */
    public ScoreSession(RuleBase ruleBase, String during, PointsFactors factors) {
        this.ruleBase = ruleBase;
        this.during = during;
        this.factors = factors;
    }

    public Map<String, Score> run(List<Country> countries, Collection<?> facts) {
        KieSession session = ruleBase.newSession();
        session.addEventListener(new FinitePointsGuard());
        if (!factors.none()) {
            factors.applyTo(session);
        }
        try {
            countries.forEach(session::insert);
            facts.forEach(session::insert);
            RuleSession.fireBounded(session, ruleBase, countries.size() + facts.size(), during);
            return collect(session, countries);
        } finally {
            PointsScale.reset(); // a rule that failed in its consequence never reached afterMatchFired
            session.dispose();
        }
    }

    private Map<String, Score> collect(KieSession session, List<Country> countries) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, RiskBand> bands = new HashMap<>();
        Set<String> insufficient = new HashSet<>();
        for (Object object : session.getObjects()) {
            if (object instanceof RiskScore s) {
                scores.put(s.getIso3(), s.getValue());
            } else if (object instanceof RiskBand b) {
                bands.put(b.getIso3(), b);
            } else if (object instanceof InsufficientEvidence i) {
                insufficient.add(i.getIso3());
            }
        }
        Map<String, Score> outcomes = new HashMap<>();
        for (Country country : countries) {
            if (insufficient.contains(country.getIso3())) {
                outcomes.put(country.getIso3(), Score.INSUFFICIENT);
                continue;
            }
            Double score = scores.get(country.getIso3());
            RiskBand band = bands.get(country.getIso3());
            if (score == null) {
                throw new RuleExecutionException("no RiskScore for " + country.getIso3() + " " + during
                        + ": the scoring rules must give every country one");
            }
            if (band == null) {
                throw new RuleExecutionException(RuleSession.noBand(country.getIso3(), score, " " + during, Set.of()));
            }
            outcomes.put(country.getIso3(), new Score(score, band.getName(), band.getLevel()));
        }
        return outcomes;
    }
}
