package dev.riskengine.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the workbook gives the rules about one unit in one dimension in the assessed year, inserted
 * by the engine for every unit and dimension so that rules can judge the evidence (see
 * {@code rules/evidence.drl}). {@code expected} are the dimension's inputs: the Dictionary
 * indicators that the rules scoring this dimension match by code, plus {@code population} when
 * those rules read it; {@code present} those of them the unit has a value for in {@code year}.
 * {@code newestYear} is the newest year up to {@code year} with a value for any of the expected
 * indicators (null when there is none); {@code widestRange} the widest range of a present
 * indicator, as a share of its central value (0 for point estimates, 1.0 for 10-30 around 20).
 */
public final class DimensionEvidence implements Serializable {
    private final String iso3;
    private final Dimension dimension;
    private final int year;
    private final List<String> expected;
    private final List<String> present;
    private final Integer newestYear;
    private final double widestRange;

    public DimensionEvidence(String iso3, Dimension dimension, int year, List<String> expected, List<String> present,
                             Integer newestYear, double widestRange) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.year = year;
        this.expected = List.copyOf(expected);
        this.present = List.copyOf(present);
        this.newestYear = newestYear;
        this.widestRange = widestRange;
    }

    public String getIso3() { return iso3; }
    public Dimension getDimension() { return dimension; }
    /** The assessed year. */
    public int getYear() { return year; }
    public List<String> getExpected() { return expected; }
    public List<String> getPresent() { return present; }
    public int getExpectedCount() { return expected.size(); }
    public int getPresentCount() { return present.size(); }
    /** The expected inputs without a value, in the order of {@code expected}. */
    public List<String> getMissing() { return expected.stream().filter(code -> !present.contains(code)).toList(); }
    /** Share of the expected inputs present (0-1); 1 when the dimension expects none. */
    public double getShare() { return expected.isEmpty() ? 1.0 : present.size() / (double) expected.size(); }
    public Integer getNewestYear() { return newestYear; }
    /** Years between the assessed year and the newest value; null when the unit never had one. */
    public Integer getYearsOld() { return newestYear == null ? null : year - newestYear; }
    public double getWidestRange() { return widestRange; }

    @Override public String toString() {
        return "DimensionEvidence(" + iso3 + ", " + dimension + ", " + present.size() + " of " + expected.size()
                + ", newest " + newestYear + ", widest range " + widestRange + ")";
    }
}
