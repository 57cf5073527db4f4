package dev.riskengine.report.html;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.report.UnitNoun;

import java.util.List;

/** The three dimensions per country: the small-multiples chart and its table. */
final class DimensionsSection {

    private DimensionsSection() {
    }

    static void write(StringBuilder html, List<CountryAssessment> countries) {
        html.append("<section id=\"dimensions\">\n<h2>Dimensions</h2>\n<figure>\n").append(DimensionsChart.svg(countries))
                .append("</figure>\n<div class=\"scroll\"><table class=\"dimensions\">\n<thead><tr><th>")
                .append(UnitNoun.of(countries.stream().map(CountryAssessment::iso3)).heading()).append("</th>");
        for (Dimension dimension : Dimension.values()) {
            html.append("<th class=\"num\">").append(HtmlReport.dimensionName(dimension)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (CountryAssessment c : countries) {
            html.append("<tr><td>").append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(c.iso3())).append("</span></td>");
            for (Dimension dimension : Dimension.values()) {
                html.append(HtmlReport.numberCell(NumberText.score(HtmlReport.dimension(c, dimension))));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }
}
