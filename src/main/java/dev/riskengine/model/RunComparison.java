package dev.riskengine.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What moved between an earlier assessment and a later one, and why: per country the score, band
 * and dimension change, the input cells whose value changed, and the contributions that appeared,
 * disappeared or changed points; for the run, the rule files whose SHA-256 changed. Built by
 * {@link RunComparer}; the one model behind the run comparison of every report, the band changes
 * {@code --fail-on-band-rise} acts on ({@link #bandChanges()}) and what watch mode prints.
 *
 * @param previousRunId the run compared with; null when there was nothing to compare with
 * @param note          why there is nothing to compare with (first run, unreadable earlier run); null otherwise
 * @param previousYear  the year the earlier run assessed (may differ from this run's)
 * @param year          the year this run assessed; null when there was nothing to compare with
 * @param inputChanged  true when the input workbook's SHA-256 differs from the earlier run's
 * @param countries     every country of either run: this run's ranking order, then those it no longer has;
 *                      when {@code changedOnly}, only those that changed
 * @param changedOnly   whether units compared and found unchanged are left out of {@code countries}
 *                      (a large run: a list of 100,000 units saying "same" tells a reader nothing)
 * @param unchanged     the codes of the units left out as unchanged, in this run's ranking order;
 *                      empty unless {@code changedOnly}
 */
public record RunComparison(String previousRunId, String note, Integer previousYear, Integer year, boolean inputChanged,
                            List<RuleFileChange> ruleFiles, List<CountryChange> countries, boolean changedOnly,
                            List<String> unchanged) {

    /** Every unit listed, changed or not. */
    public RunComparison(String previousRunId, String note, Integer previousYear, Integer year, boolean inputChanged,
                         List<RuleFileChange> ruleFiles, List<CountryChange> countries) {
        this(previousRunId, note, previousYear, year, inputChanged, ruleFiles, countries, false, List.of());
    }

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

    /** The countries assessed in both whose band moved or was renamed, and the line that sums them up. */
    public BandChanges bandChanges() {
        return BandChanges.of(this);
    }

    /** How many units the two runs have between them, listed or left out as unchanged. */
    public int units() {
        return countries.size() + unchanged.size();
    }

    /** The codes of every unit of either run, listed or left out as unchanged. */
    public Stream<String> unitCodes() {
        return Stream.concat(countries.stream().map(CountryChange::iso3), unchanged.stream());
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
     *
     * @param dimensionsBefore the dimension scores before (a dimension without one left out); empty when not assessed
     * @param dimensions       the dimension scores now, likewise
     */
    public record CountryChange(String iso3, String name, Double scoreBefore, Double score,
                                String bandBefore, Integer bandLevelBefore, String band, Integer bandLevel,
                                Map<Dimension, Double> dimensionsBefore, Map<Dimension, Double> dimensions,
                                List<CellChange> cells, List<ContributionChange> contributions) {

        /** Without dimension scores. */
        public CountryChange(String iso3, String name, Double scoreBefore, Double score,
                             String bandBefore, Integer bandLevelBefore, String band, Integer bandLevel,
                             List<CellChange> cells, List<ContributionChange> contributions) {
            this(iso3, name, scoreBefore, score, bandBefore, bandLevelBefore, band, bandLevel, Map.of(), Map.of(),
                    cells, contributions);
        }

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

        /** The score before, NaN when there was none (not assessed, or insufficient data). */
        public double scoreBeforeOrNaN() {
            return scoreBefore == null ? Double.NaN : scoreBefore;
        }

        /** The score now, NaN when there is none. */
        public double scoreOrNaN() {
            return score == null ? Double.NaN : score;
        }

        /** New, gone, or a different score; two units without a score (insufficient data) are no change. */
        public boolean scoreChanged() {
            return !assessedBefore() || !assessedNow() || Double.compare(scoreBeforeOrNaN(), scoreOrNaN()) != 0;
        }

        /** New, gone, or another band name. */
        public boolean bandChanged() {
            return !assessedBefore() || !assessedNow() || !band.equals(bandBefore);
        }

        /** Each dimension whose score differs, to {before, now} (NaN for none); empty unless assessed in both. */
        public Map<Dimension, double[]> dimensionChanges() {
            Map<Dimension, double[]> changes = new EnumMap<>(Dimension.class);
            if (assessedBefore() && assessedNow()) {
                for (Dimension d : Dimension.values()) {
                    Double was = dimensionsBefore.get(d);
                    Double is = dimensions.get(d);
                    if (!Objects.equals(was, is)) {
                        changes.put(d, new double[] {was == null ? Double.NaN : was, is == null ? Double.NaN : is});
                    }
                }
            }
            return changes;
        }

        /**
         * Whether the result moved as watch mode shows it: new, gone, or a score, band, dimension or
         * contribution that moved. An input value that moved none of them is no move of the result.
         */
        public boolean resultMoved() {
            return scoreChanged() || bandChanged() || !dimensionChanges().isEmpty() || !contributions.isEmpty();
        }
    }

    /**
     * An indicator whose reading changed: {@code before} null means the value appeared (the cell was
     * blank), {@code after} null that it disappeared. {@code cell} is where it is now (or was).
     */
    public record CellChange(String code, String cell, PastRun.Reading before, PastRun.Reading after) { }

    /**
     * A contribution that appeared ({@code before} null), disappeared ({@code after} null) or
     * changed its points (a reworded reason alone is no change, see {@link ContributionMatcher});
     * rule, file, dimension, reason and cells shown are the later assessment's when there is one.
     */
    public record ContributionChange(ContributionRecord before, ContributionRecord after) {

        /** The contribution as shown: the later one, or the one that disappeared. */
        public ContributionRecord either() {
            return after != null ? after : before;
        }

        public Change change() {
            return before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
        }

        public String rule() {
            return either().rule();
        }

        public String file() {
            return either().file();
        }

        public Dimension dimension() {
            return either().dimension();
        }

        public String reason() {
            return either().reason();
        }

        /** Null when it appeared. */
        public Double pointsBefore() {
            return before == null ? null : before.points();
        }

        /** Null when it disappeared. */
        public Double points() {
            return after == null ? null : after.points();
        }

        public List<String> cells() {
            return either().cells() == null ? List.of() : List.copyOf(either().cells());
        }
    }
}
