package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

import java.util.ArrayList;
import java.util.List;

/**
 * One country's score in one year; null score when the country was not assessed that year. The
 * trend of report.html and sheet Trend of summary.xlsx both read a country's years through here.
 */
public record YearScore(int year, Double score, int bandLevel) {

    /** The scores of a country across the years, oldest first. */
    public static List<YearScore> of(List<Assessment> years, String iso3) {
        List<YearScore> points = new ArrayList<>();
        for (Assessment year : years) {
            CountryAssessment c = year.country(iso3).orElse(null);
            points.add(c == null || !Double.isFinite(c.score()) ? new YearScore(year.year(), null, 0)
                    : new YearScore(year.year(), c.score(), c.bandLevel()));
        }
        return points;
    }
}
