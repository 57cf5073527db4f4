package dev.riskengine.report.html;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearScore;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

import java.util.List;

/**
 * The trend across every year the run assessed: small multiples and the table of their numbers.
 * A run of one year (--year) says so instead of drawing lines of one point.
 */
final class TrendSection {

    private TrendSection() {
    }

    static void write(StringBuilder html, Assessment assessment) {
        List<Assessment> years = assessment.allYears();
        html.append("<section id=\"trend\">\n<h2>Trend</h2>\n");
        if (years.size() < 2) {
            html.append("<p class=\"muted\">Only ").append(assessment.year())
                    .append(" was assessed in this run (a run without --year assesses every year of the workbook).</p>\n</section>\n");
            return;
        }
        html.append("<figure>\n").append(TrendChart.svg(assessment))
                .append("<figcaption class=\"muted\">Points are coloured by that year's band; the same scale (0–10) in every chart.</figcaption>\n")
                .append("</figure>\n<div class=\"scroll\"><table class=\"trend\">\n<thead><tr><th>")
                .append(UnitNoun.of(assessment).heading()).append("</th>");
        for (Assessment year : years) {
            html.append("<th class=\"num\">").append(year.year()).append("</th>");
        }
        html.append("<th class=\"num\">Change ").append(years.get(0).year()).append('–').append(assessment.year())
                .append("</th></tr></thead>\n<tbody>\n");
        for (CountryAssessment c : assessment.countries()) {
            List<YearScore> points = YearScore.of(years, c.iso3());
            html.append("<tr><td>").append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(c.iso3())).append("</span></td>");
            for (YearScore point : points) {
                html.append(HtmlReport.numberCell(NumberText.score(point.score())));
            }
            YearScore first = points.get(0);
            html.append(HtmlReport.numberCell(first.score() == null ? NumberText.NONE
                    : HtmlReport.change(NumberText.difference(c.score(), first.score())))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }
}
