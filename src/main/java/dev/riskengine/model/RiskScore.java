package dev.riskengine.model;

import java.util.Objects;

/** A country's overall risk score (0-10), inserted by the scoring rules. */
public final class RiskScore {
    private final String iso3;
    private final double value;

    public RiskScore(String iso3, double value) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.value = value;
    }

    public String getIso3() { return iso3; }
    public double getValue() { return value; }

    @Override public String toString() { return "RiskScore(" + iso3 + ", " + value + ")"; }
}
