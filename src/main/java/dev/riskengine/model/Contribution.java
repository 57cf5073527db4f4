package dev.riskengine.model;

import java.util.Objects;

/**
 * Points a rule adds to (or, when negative, removes from) one dimension of one country. Rules
 * insert these; the engine records which rule and file inserted each one and which cells it
 * matched. Identity, not value, tells two contributions apart: two rules may give equal points.
 */
public final class Contribution {
    private final String iso3;
    private final Dimension dimension;
    private final double points;
    private final String reason;

    public Contribution(String iso3, Dimension dimension, double points, String reason) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.points = points;
        this.reason = reason;
    }

    public String getIso3() { return iso3; }
    public Dimension getDimension() { return dimension; }
    public double getPoints() { return points; }
    public String getReason() { return reason; }

    @Override public String toString() {
        return "Contribution(" + iso3 + ", " + dimension + ", " + points + ", " + reason + ")";
    }
}
