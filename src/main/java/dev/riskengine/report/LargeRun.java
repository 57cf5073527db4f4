package dev.riskengine.report;

import dev.riskengine.model.Assessment;

/**
 * When a run is large (sub-national units, grid cells): its reports summarise instead of listing
 * every unit where a person reads them (report.html, the console), and summary.xlsx is streamed.
 * scores.json and summary.xlsx still hold every unit.
 */
public final class LargeRun {
    /** Above this many units, a section per unit no longer helps a reader. */
    public static final int UNITS = 2_000;
    /** How many of the highest-ranked units the summaries list. */
    public static final int TOP = 100;

    private LargeRun() {
    }

    public static boolean isLarge(Assessment assessment) {
        return assessment.countries().size() > UNITS;
    }
}
