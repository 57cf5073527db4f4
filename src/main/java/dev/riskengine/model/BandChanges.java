package dev.riskengine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each country whose band differs from the previous run's, and the one line that sums them up: a
 * view of the {@link RunComparison} ({@link RunComparison#bandChanges()}), so the console line,
 * {@code --fail-on-band-rise} and the reports count the same changes.
 */
public record BandChanges(String previousRunId, List<Change> changes) {

    /** The changes the line names, highest-ranked first: a line a person (or a log) can still read. */
    static final int LISTED = 20;

    /** Level 0 is a unit without a band: "Insufficient data", which neither rises nor falls to a band. */
    public record Change(String iso3, String fromBand, int fromLevel, String toBand, int toLevel) {
        public boolean rose() {
            return fromLevel > 0 && toLevel > fromLevel;
        }

        public boolean fell() {
            return toLevel > 0 && toLevel < fromLevel;
        }

        /** To or from "Insufficient data" (level 0). */
        boolean insufficientData() {
            return fromLevel == 0 || toLevel == 0;
        }
    }

    /** The units assessed in both runs whose band level or name differs, in this run's ranking order. */
    static BandChanges of(RunComparison comparison) {
        List<Change> changes = new ArrayList<>();
        for (RunComparison.CountryChange c : comparison.countries()) {
            int before = level(c.bandLevelBefore());
            int now = level(c.bandLevel());
            if (c.assessedBefore() && c.assessedNow() && (before != now || !c.bandBefore().equals(c.band()))) {
                changes.add(new Change(c.iso3(), c.bandBefore(), before, c.band(), now));
            }
        }
        return new BandChanges(comparison.previousRunId(), List.copyOf(changes));
    }

    /** A unit with insufficient data has no band level in the comparison: level 0 here. */
    private static int level(Integer level) {
        return level == null ? 0 : level;
    }

    public boolean anyRose() {
        return changes.stream().anyMatch(Change::rose);
    }

    public String summaryLine() {
        if (previousRunId == null) {
            return "Band changes: none (no previous run to compare with).";
        }
        if (changes.isEmpty()) {
            return "Band changes since " + previousRunId + ": none.";
        }
        long rose = changes.stream().filter(Change::rose).count();
        long fell = changes.stream().filter(Change::fell).count();
        long insufficient = changes.stream().filter(Change::insufficientData).count();
        // the same level under another name: a rule author renamed a band in bands.drl.xlsx
        long renamed = changes.size() - rose - fell - insufficient;
        String listed = changes.stream().limit(LISTED).map(c -> c.iso3() + " " + c.fromBand() + " -> " + c.toBand())
                .collect(Collectors.joining(", "));
        return "Band changes since " + previousRunId + ": " + rose + " rose, " + fell + " fell"
                + (insufficient == 0 ? "" : ", " + insufficient + " to or from insufficient data")
                + (renamed == 0 ? "" : ", " + renamed + " renamed") + ": "
                + listed + (changes.size() > LISTED
                ? " and " + (changes.size() - LISTED) + " more (sheet Changes of summary.xlsx)." : ".");
    }
}
