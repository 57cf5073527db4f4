package dev.riskengine.report.xlsx;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearChange;
import dev.riskengine.report.YearScore;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Sheet "Trend" of summary.xlsx: each country's score in every assessed year, in the assessed
 * year's ranking order, each cell filled with that year's band colour, then the change since the
 * previous year and since the first.
 */
final class TrendSheet {

    private TrendSheet() {
    }

    static List<String> headers(Assessment assessment) {
        List<Assessment> years = assessment.allYears();
        List<String> headers = new ArrayList<>(List.of("Rank", "ISO3", UnitNoun.of(assessment).heading()));
        years.forEach(year -> headers.add(String.valueOf(year.year())));
        assessment.previousYear().ifPresent(previous -> headers.add("Change since " + previous.year()));
        headers.add("Change since " + years.get(0).year());
        return headers;
    }

    static void write(Assessment assessment, SheetTable table, WorkbookStyles styles) {
        List<Assessment> years = assessment.allYears();
        for (CountryAssessment country : assessment.countries()) {
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, ShownRank.number(country), styles.integer());
            table.text(row, col++, country.iso3());
            table.text(row, col++, CountryName.of(country));
            List<YearScore> points = YearScore.of(years, country.iso3());
            for (YearScore point : points) {
                table.number(row, col++, point.score(), point.score() == null ? styles.score() : styles.bandScore(point.bandLevel()));
            }
            if (assessment.previousYear().isPresent()) {
                table.number(row, col++, YearChange.of(assessment, country).map(YearChange::scoreChange).orElse(null),
                        styles.points());
            }
            Double first = points.get(0).score();
            table.number(row, col, first == null ? null : NumberText.difference(country.score(), first), styles.points());
        }
        table.finish();
    }
}
