package dev.riskengine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Points a rule adds to (or, when negative, removes from) one dimension of one country. Rules
 * insert these; the engine records which rule and file inserted each one and which cells it
 * matched. Identity, not value, tells two contributions apart: two rules may give equal points.
 *
 * <p>A reason with values is a format ({@code "%,.0f km of coastline", $v}, formatted as
 * {@link String#format} does with {@link Locale#ROOT}) and is formatted only when read: runs that
 * keep only scores (the low and high ends of ranges, Monte Carlo draws) never pay for the text.
 * It is formatted in {@link Locale#US}, whose numbers read exactly as the root locale's (a full
 * stop, commas grouping by three: {@code ContributionReasonTest} holds them equal) and which the
 * JDK's formatter serves from constants, where for the root locale it builds the decimal format
 * symbols again for every number: formatting the reasons of a 1,000-unit session took 2.4 times
 * as long that way.
 *
 * <p>The points are the rule's times {@link PointsScale#current()}, which is 1 except in a
 * sensitivity draw: the one place where a rule's points enter the session, whatever the rule.
 */
public final class Contribution {
    private final String iso3;
    private final Dimension dimension;
    private final double points;
    private final String reasonFormat;
    private final Object[] values;
    private String reason;

    /**
     * @param reason the reason as the reports show it, or, with values, its format
     * @param values the values the format places; none for a reason used as it is (a {@code %} in it stays)
     */
    public Contribution(String iso3, Dimension dimension, double points, String reason, Object... values) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.points = points * PointsScale.current();
        this.reasonFormat = reason;
        this.values = values == null || values.length == 0 ? null : values.clone();
        this.reason = this.values == null ? reason : null;
    }

    public String getIso3() { return iso3; }
    public Dimension getDimension() { return dimension; }
    public double getPoints() { return points; }

    /** @throws java.util.IllegalFormatException when the format does not fit its values */
    public String getReason() {
        if (reason == null && reasonFormat != null) {
            reason = String.format(Locale.US, reasonFormat, values);
        }
        return reason;
    }

    @Override public String toString() {
        return "Contribution(" + iso3 + ", " + dimension + ", " + points + ", " + getReason() + ")";
    }
}
