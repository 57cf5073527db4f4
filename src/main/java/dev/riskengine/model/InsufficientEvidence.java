package dev.riskengine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Inserted by the evidence rules when a unit's evidence in one dimension is below the threshold
 * set in {@code rules/}: the unit then gets no score and the state "Insufficient data", listed
 * with every reason (e.g. "threat: 0 of 5 inputs present"), never a score of 0.0 for missing data.
 */
public final class InsufficientEvidence {
    /** The state reports show instead of a band; it is no band, so it has no level and ranks after every score. */
    public static final String STATE = "Insufficient data";

    private final String iso3;
    private final Dimension dimension;
    private final String reason;

    public InsufficientEvidence(String iso3, Dimension dimension, String reason) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String getIso3() { return iso3; }
    public Dimension getDimension() { return dimension; }
    public String getReason() { return reason; }

    /**
     * A unit's reasons as results hold them: by dimension in the dimensions' order, unmodifiable,
     * empty when there are none (null included).
     */
    public static Map<Dimension, String> byDimension(Map<Dimension, String> reasons) {
        EnumMap<Dimension, String> byDimension = new EnumMap<>(Dimension.class);
        if (reasons != null) {
            byDimension.putAll(reasons);
        }
        return Collections.unmodifiableMap(byDimension);
    }

    @Override public String toString() { return "InsufficientEvidence(" + iso3 + ", " + dimension + ", " + reason + ")"; }
}
