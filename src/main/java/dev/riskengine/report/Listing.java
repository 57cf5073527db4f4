package dev.riskengine.report;

import dev.riskengine.model.Assessment;

import java.util.List;

/**
 * How much of a run its reports list unit by unit, decided once from the number of units and
 * handed to every writer, so that small and large runs share the writers. A small run lists every
 * unit, with a section per unit in report.html. A large run (sub-national units, grid cells: more
 * than {@link #LARGE_ABOVE} units) lists its {@link #TOP} highest-ranked where a person reads them
 * (report.html, summary.md, the console) and streams summary.xlsx; scores.json and summary.xlsx
 * still hold every unit.
 *
 * @param unitsInFull      how many of the highest-ranked units the read reports list
 * @param perUnitSections  whether report.html has a section per unit (else it summarises the run)
 * @param streamed         whether summary.xlsx is streamed in bounded memory: a row per unit with
 *                         its region, without links, chart or trend sheet
 * @param contributionRows the most rows of sheet Contributions; beyond, whole units from the top
 */
public record Listing(int unitsInFull, boolean perUnitSections, boolean streamed, int contributionRows) {
    /** Above this many units, a section per unit no longer helps a reader. */
    public static final int LARGE_ABOVE = 2_000;
    /** How many of the highest-ranked units the summaries of a large run list. */
    public static final int TOP = 100;
    /** Rows of a large run's Contributions sheet: all firings of about 8,000 units. */
    public static final int CONTRIBUTION_ROWS = 100_000;

    private static final Listing EVERY_UNIT = new Listing(Integer.MAX_VALUE, true, false, Integer.MAX_VALUE);
    private static final Listing LARGE = new Listing(TOP, false, true, CONTRIBUTION_ROWS);

    public static Listing of(Assessment assessment) {
        return of(assessment.countries().size());
    }

    public static Listing of(int units) {
        return units > LARGE_ABOVE ? LARGE : EVERY_UNIT;
    }

    public boolean isLarge() {
        return !perUnitSections;
    }

    /** The same listing with another cap on sheet Contributions (tests use few rows). */
    public Listing withContributionRows(int rows) {
        return new Listing(unitsInFull, perUnitSections, streamed, rows);
    }

    /** The first {@link #unitsInFull} of the units, ranked. */
    public <T> List<T> listed(List<T> units) {
        return units.subList(0, Math.min(unitsInFull, units.size()));
    }
}
