package dev.riskengine.report.map;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.HistoryEntry;

import java.util.List;

/**
 * One assessed unit as the map colours it.
 *
 * @param code  ISO3, or a sub-national code ({@code MLI-06}, {@code XSG-000123})
 * @param score NaN for a unit without a score (insufficient data)
 * @param level the band's level, 1 lowest; 0 for a unit without a band
 */
public record MapUnit(String code, String name, double score, String band, int level) {

    public static List<MapUnit> of(List<CountryAssessment> units) {
        return units.stream().map(u -> new MapUnit(u.iso3(), u.country().getName(), u.score(), u.band(), u.bandLevel()))
                .toList();
    }

    /** A run of the history, as index.html draws its newest. */
    public static List<MapUnit> ofScores(List<HistoryEntry.Score> scores) {
        return scores.stream().map(s -> new MapUnit(s.iso3(), s.name(), s.score(), s.band(), s.bandLevel())).toList();
    }

    public boolean scored() {
        return !Double.isNaN(score);
    }
}
