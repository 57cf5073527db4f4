package dev.riskengine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

/** Each country whose band differs from the previous run's, and the one line that sums them up. */
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

    /** The band of each country in an earlier run: ISO3 to band name and level. */
    public record Band(String name, int level) { }

    static BandChanges none() {
        return new BandChanges(null, List.of());
    }

    static BandChanges between(String previousRunId, Map<String, Band> previous, Assessment current) {
        List<Change> changes = new ArrayList<>();
        for (CountryAssessment country : current.countries()) {
            Band before = previous.get(country.iso3());
            if (before != null && (before.level() != country.bandLevel() || !before.name().equals(country.band()))) {
                changes.add(new Change(country.iso3(), before.name(), before.level(), country.band(),
                        country.bandLevel()));
            }
        }
        return new BandChanges(previousRunId, List.copyOf(changes));
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
