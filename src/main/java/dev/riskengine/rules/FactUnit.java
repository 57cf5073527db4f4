package dev.riskengine.rules;

import dev.riskengine.model.Border;
import dev.riskengine.model.Contribution;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.Reliability;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;

/** The unit (iso3) a fact of the engine is about: one list of the facts for every session that asks. */
final class FactUnit {
    private FactUnit() { }

    /** The fact's iso3, or null for anything that is not one of the engine's facts. */
    static String of(Object fact) {
        if (fact instanceof Country c) return c.getIso3();
        if (fact instanceof Indicator i) return i.getIso3();
        if (fact instanceof Border b) return b.getIso3();
        if (fact instanceof Contribution c) return c.getIso3();
        if (fact instanceof DimensionScore d) return d.getIso3();
        if (fact instanceof RiskScore s) return s.getIso3();
        if (fact instanceof RiskBand b) return b.getIso3();
        if (fact instanceof DimensionEvidence e) return e.getIso3();
        if (fact instanceof InsufficientEvidence i) return i.getIso3();
        if (fact instanceof Reliability r) return r.getIso3();
        return null;
    }
}
