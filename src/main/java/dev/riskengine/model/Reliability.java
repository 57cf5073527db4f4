package dev.riskengine.model;

import java.util.Objects;

/**
 * How far a unit's score can be trusted, 0-10, lower is better (INFORM's Reliability Index:
 * missing data, old data, wide ranges), inserted by the evidence rules, at most one per unit.
 */
public final class Reliability {
    private final String iso3;
    private final double value;

    public Reliability(String iso3, double value) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.value = value;
    }

    public String getIso3() { return iso3; }
    public double getValue() { return value; }

    @Override public String toString() { return "Reliability(" + iso3 + ", " + value + ")"; }
}
