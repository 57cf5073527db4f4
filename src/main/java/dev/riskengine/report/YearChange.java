package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A country's change since the previous year the run assessed: the score then and now, and the
 * band then and now.
 */
public record YearChange(CountryAssessment now, int previousYear, CountryAssessment before) {

    /** The change of one country, empty when the run assessed no earlier year or the country was not in it. */
    public static Optional<YearChange> of(Assessment assessment, CountryAssessment country) {
        return assessment.previousYear().flatMap(previous -> previous.country(country.iso3())
                .map(before -> new YearChange(country, previous.year(), before)));
    }

    /** The change of every country that has one, in ranking order. */
    public static List<YearChange> all(Assessment assessment) {
        List<YearChange> changes = new ArrayList<>();
        for (CountryAssessment country : assessment.countries()) {
            of(assessment, country).ifPresent(changes::add);
        }
        return changes;
    }

    /** The countries that moved most, largest change first (rises before falls of the same size, then by ISO3). */
    public static List<YearChange> biggestMovers(Assessment assessment, int limit) {
        return all(assessment).stream()
                // a unit without a score in either year did not move: its band change is in the headline
                .filter(change -> change.now().scored() && change.before().scored())
                .filter(change -> change.scoreChange() != 0 || change.bandChanged())
                .sorted(Comparator.comparingDouble((YearChange c) -> Math.abs(c.scoreChange())).reversed()
                        .thenComparing(Comparator.comparingDouble(YearChange::scoreChange).reversed())
                        .thenComparing(c -> c.now().iso3()))
                .limit(limit)
                .toList();
    }

    /** NaN when either year has no score (insufficient data). */
    public double scoreChange() {
        return now.scored() && before.scored() ? NumberText.difference(now.score(), before.score()) : Double.NaN;
    }

    /** A band that moved, or a unit that became or stopped being one with insufficient data. */
    public boolean bandChanged() {
        return now.scored() != before.scored() || now.bandLevel() != before.bandLevel();
    }

    /** Only a band between two scores rises: insufficient data is no level below "Very Low". */
    public boolean bandRose() {
        return now.scored() && before.scored() && now.bandLevel() > before.bandLevel();
    }

    public boolean bandFell() {
        return now.scored() && before.scored() && now.bandLevel() < before.bandLevel();
    }

    /** " ▲", " ▼", or nothing for a change to or from insufficient data, which neither rose nor fell. */
    public String arrow() {
        return bandRose() ? " ▲" : bandFell() ? " ▼" : "";
    }

    /** Rank then minus rank now: positive when the country climbed towards rank 1. */
    public int rankChange() {
        return before.rank() - now.rank();
    }
}
