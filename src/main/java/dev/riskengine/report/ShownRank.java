package dev.riskengine.report;

import dev.riskengine.model.CountryAssessment;

/**
 * A unit's rank as the reports show it. A unit with insufficient data has no rank: its
 * {@link CountryAssessment#rank()} only orders it after the scored units, and shown, it reads as a
 * place in the ranking it does not have.
 */
public final class ShownRank {

    private ShownRank() { }

    /** "3", or {@link NumberText#NONE} for a unit without a score. */
    public static String of(CountryAssessment unit) {
        return unit.scored() ? String.valueOf(unit.rank()) : NumberText.NONE;
    }

    /** "3. " before a unit's name, or nothing for a unit without a score. */
    public static String prefix(CountryAssessment unit) {
        return unit.scored() ? unit.rank() + ". " : "";
    }

    /** The rank for a number cell, or null (a blank cell) for a unit without a score. */
    public static Double number(CountryAssessment unit) {
        return unit.scored() ? (double) unit.rank() : null;
    }
}
