package dev.riskengine.model;

import java.util.List;

/**
 * How a run differs from an earlier one, and why: per country the score and band change, the
 * input cells whose value changed, and the contributions that appeared, disappeared or changed
 * points; for the run, the rule files whose SHA-256 changed. Built by {@link RunComparer}.
 *
 * @param previousRunId the run compared with; null when there was nothing to compare with
 * @param note          why there is nothing to compare with (first run, unreadable earlier run); null otherwise
 * @param previousYear  the year the earlier run assessed (may differ from this run's)
 * @param year          the year this run assessed; null when there was nothing to compare with
 * @param inputChanged  true when the input workbook's SHA-256 differs from the earlier run's
 * @param countries     every country of either run: this run's ranking order, then those it no longer has
 */
public record RunComparison(String previousRunId, String note, Integer previousYear, Integer year, boolean inputChanged,
                            List<RuleFileChange> ruleFiles, List<CountryChange> countries) {

    /** Bump when a field of the comparison changes meaning or disappears. */
    public static final int VERSION = 1;

    /** The note of a run with no earlier run in its reports folder. */
    public static final String FIRST_RUN = "first run: nothing to compare with";

    public static RunComparison firstRun() {
        return nothingToCompare(FIRST_RUN);
    }

    public static RunComparison nothingToCompare(String note) {
        return new RunComparison(null, note, null, null, false, List.of(), List.of());
    }

    public boolean hasPrevious() {
        return previousRunId != null;
    }

    /** The countries whose score, band, inputs or contributions changed. */
    public List<CountryChange> changedCountries() {
        return countries.stream().filter(CountryChange::changed).toList();
    }

    public enum Change {
        ADDED, REMOVED, CHANGED;

        public String word() {
            return switch (this) {
                case ADDED -> "added";
                case REMOVED -> "removed";
                case CHANGED -> "changed";
            };
        }
    }

    /** A rule file that is new, gone, or whose content (SHA-256) changed. */
    public record RuleFileChange(String file, Change change, String sha256Before, String sha256After) { }

    /**
     * One country: score and band before (null when the earlier run did not assess it) and now
     * (null when this run no longer does), and why they moved. A unit with insufficient data has
     * the band "Insufficient data" but a null score and band level.
     */
    public record CountryChange(String iso3, String name, Double scoreBefore, Double score,
                                String bandBefore, Integer bandLevelBefore, String band, Integer bandLevel,
                                List<CellChange> cells, List<ContributionChange> contributions) {

        /** Score now minus score before; null when either is missing. */
        public Double scoreChange() {
            return scoreBefore == null || score == null ? null : score - scoreBefore;
        }

        public boolean bandRose() {
            return bandLevelBefore != null && bandLevel != null && bandLevel > bandLevelBefore;
        }

        public boolean bandFell() {
            return bandLevelBefore != null && bandLevel != null && bandLevel < bandLevelBefore;
        }

        /** Whether the earlier run assessed the unit (with a score, or as having insufficient data). */
        public boolean assessedBefore() {
            return bandBefore != null;
        }

        /** Whether this run assesses the unit (with a score, or as having insufficient data). */
        public boolean assessedNow() {
            return band != null;
        }

        /**
         * A unit new or gone, a score or band that moved, a unit that became or stopped being one
         * with insufficient data (its score then appears or disappears), or a changed input or contribution.
         */
        public boolean changed() {
            return !assessedBefore() || !assessedNow() || !java.util.Objects.equals(scoreBefore, score)
                    || !java.util.Objects.equals(band, bandBefore)
                    || !java.util.Objects.equals(bandLevelBefore, bandLevel) || !cells.isEmpty() || !contributions.isEmpty();
        }
    }

    /**
     * An indicator whose reading changed: {@code before} null means the value appeared (the cell was
     * blank), {@code after} null that it disappeared. {@code cell} is where it is now (or was).
     */
    public record CellChange(String code, String cell, PastRun.Reading before, PastRun.Reading after) { }

    /**
     * A contribution that appeared ({@code pointsBefore} null), disappeared ({@code points} null) or
     * changed its points (a reworded reason alone is no change, see {@link ContributionMatcher}); the
     * reason shown is this run's when there is one.
     */
    public record ContributionChange(String rule, String file, Dimension dimension, String reason,
                                     Double pointsBefore, Double points, List<String> cells) {

        public Change change() {
            return pointsBefore == null ? Change.ADDED : points == null ? Change.REMOVED : Change.CHANGED;
        }
    }
}
