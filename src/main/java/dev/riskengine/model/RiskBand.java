package dev.riskengine.model;

import java.util.Objects;

/**
 * A country's band, inserted by the band rules. {@code level} orders the bands (1 = lowest) so
 * that reports can say a band rose without knowing the band names the rule author chose.
 */
public final class RiskBand {
    private final String iso3;
    private final String name;
    private final int level;

    public RiskBand(String iso3, String name, int level) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.name = Objects.requireNonNull(name, "name");
        this.level = level;
    }

    public String getIso3() { return iso3; }
    public String getName() { return name; }
    public int getLevel() { return level; }

    @Override public String toString() { return "RiskBand(" + iso3 + ", " + name + ", " + level + ")"; }
}
