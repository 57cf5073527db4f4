package dev.riskengine.report.map;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.model.UnitOutline;

import java.util.List;

/**
 * One assessed unit as the map colours it.
 *
 * @param code  ISO3, or a sub-national code ({@code MLI-06}, {@code XSG-000123})
 * @param score NaN for a unit without a score (insufficient data)
 * @param level the band's level, 1 lowest; 0 for a unit without a band
 * @param outline the unit's own outline from the workbook's Geometry column; null for none
 */
public record MapUnit(String code, String name, double score, String band, int level, UnitOutline outline) {

    /** A unit without an outline of its own: a country (its outline ships with the map), a grid cell, a run of the history. */
    public MapUnit(String code, String name, double score, String band, int level) {
        this(code, name, score, band, level, null);
    }

    public static List<MapUnit> of(List<CountryAssessment> units) {
        return units.stream().map(u -> new MapUnit(u.iso3(), u.country().getName(), u.score(), u.band(), u.bandLevel(),
                u.country().getOutline())).toList();
    }

    /** A run of the history, as index.html draws its newest. */
    public static List<MapUnit> ofScores(List<HistoryEntry.Score> scores) {
        return scores.stream().map(s -> new MapUnit(s.iso3(), s.name(), s.score(), s.band(), s.bandLevel())).toList();
    }

    public boolean scored() {
        return !Double.isNaN(score);
    }
}
