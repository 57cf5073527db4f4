package dev.riskengine.model;

import java.util.Objects;

/** A country's score (0-10) in one dimension, inserted by the scoring rules. */
public final class DimensionScore {
    private final String iso3;
    private final Dimension dimension;
    private final double value;

    public DimensionScore(String iso3, Dimension dimension, double value) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.value = value;
    }

    public String getIso3() { return iso3; }
    public Dimension getDimension() { return dimension; }
    public double getValue() { return value; }

    @Override public String toString() { return "DimensionScore(" + iso3 + ", " + dimension + ", " + value + ")"; }
}
