package dev.riskengine.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionMatcher;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;

/**
 * What moved between two assessments of the same workbook: per country, the score, band and
 * dimension changes, and the contributions added, removed or changed, each with its rule. Which
 * contributions moved is decided by {@link ContributionMatcher}, as in the run comparison, so
 * watch and {@code --compare-to} agree on the same two assessments.
 */
public final class AssessmentDiff {

    /** A country's changes; {@code before} is null for a country new in the workbook, {@code after} null for one removed. */
    public record CountryChange(String iso3, String name, CountryAssessment before, CountryAssessment after,
                                Map<Dimension, double[]> dimensionChanges, List<ContributionChange> contributions) {

        public boolean scoreChanged() {
            return before == null || after == null || Double.compare(before.score(), after.score()) != 0;
        }

        public boolean bandChanged() {
            return before == null || after == null || !before.band().equals(after.band());
        }
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One contribution that appeared, disappeared or changed its points or reason; the rule is on either side. */
    public record ContributionChange(Kind kind, ContributionRecord before, ContributionRecord after) {
        public ContributionRecord either() {
            return after != null ? after : before;
        }
    }

    private AssessmentDiff() {
    }

    /** Countries in the order of the new ranking, then countries that are gone; unchanged countries are left out. */
    public static List<CountryChange> between(Assessment before, Assessment after) {
        Map<String, CountryAssessment> old = new LinkedHashMap<>();
        before.countries().forEach(c -> old.put(c.iso3(), c));
        List<CountryChange> changes = new ArrayList<>();
        for (CountryAssessment now : after.countries()) {
            CountryChange change = compare(old.remove(now.iso3()), now);
            if (change != null) {
                changes.add(change);
            }
        }
        old.values().forEach(gone -> changes.add(compare(gone, null)));
        return List.copyOf(changes);
    }

    private static CountryChange compare(CountryAssessment before, CountryAssessment after) {
        CountryAssessment either = after != null ? after : before;
        Map<Dimension, double[]> dimensions = new EnumMap<>(Dimension.class);
        if (before != null && after != null) {
            for (Dimension d : Dimension.values()) {
                Double was = before.dimensions().get(d);
                Double is = after.dimensions().get(d);
                if (!Objects.equals(was, is)) {
                    dimensions.put(d, new double[] {was == null ? Double.NaN : was, is == null ? Double.NaN : is});
                }
            }
        }
        List<ContributionChange> contributions = contributions(
                before == null ? List.of() : before.contributions(), after == null ? List.of() : after.contributions());
        // Double.compare: two runs without a score (NaN, insufficient data) are no change
        boolean moved = before == null || after == null || Double.compare(before.score(), after.score()) != 0
                || !before.band().equals(after.band()) || !dimensions.isEmpty() || !contributions.isEmpty();
        return moved ? new CountryChange(either.iso3(), either.country().getName(), before, after, dimensions,
                contributions) : null;
    }

    /** Matched as the run comparison matches them ({@link ContributionMatcher}), shown by dimension and rule. */
    static List<ContributionChange> contributions(List<ContributionRecord> before, List<ContributionRecord> after) {
        List<ContributionChange> changes = new ArrayList<>();
        for (ContributionMatcher.Match m : ContributionMatcher.changes(before, after)) {
            Kind kind = m.appeared() ? Kind.ADDED : m.disappeared() ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new ContributionChange(kind, m.before(), m.after()));
        }
        changes.sort(Comparator.comparing((ContributionChange c) -> c.either().dimension())
                .thenComparing(c -> c.either().rule()));
        return changes;
    }
}
