package dev.riskengine.report.html;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.report.ShownRank;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import java.util.List;

/** A large run's highest-ranked units with their dimensions: the ranking of a page that cannot list them all. */
final class TopUnitsSection {

    private TopUnitsSection() {
    }

    static void write(StringBuilder html, List<CountryAssessment> units, Listing listing) {
        int shown = Math.min(listing.unitsInFull(), units.size());
        html.append("<section id=\"ranking\">\n<h2>The ").append(shown).append(" highest-ranked units</h2>\n")
                .append("<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>")
                .append("<th>Unit</th><th>Region</th><th>Band</th><th class=\"num\">Score</th>")
                .append("<th class=\"num\" title=\"0-10, lower is better\">Reliability</th><th class=\"num\">Range</th>")
                .append("<th class=\"num\">Threat</th><th class=\"num\">Exposure</th><th class=\"num\">Vulnerability</th>")
                .append("<th class=\"num\">Completeness</th></tr></thead>\n<tbody>\n");
        for (CountryAssessment c : units.subList(0, shown)) {
            html.append("<tr><td class=\"num\">").append(ShownRank.of(c)).append("</td><td>")
                    .append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(c.iso3())).append("</span></td><td>")
                    .append(HtmlText.escape(c.country().getRegion())).append("</td><td>")
                    .append(HtmlReport.badge(c.band(), c.bandLevel())).append("</td>")
                    .append(HtmlReport.numberCell(NumberText.score(c.score())))
                    .append(HtmlReport.numberCell(NumberText.score(c.reliability())))
                    .append(HtmlReport.numberCell(c.scored() ? NumberText.range(c.scoreLow(), c.scoreHigh()) : NumberText.NONE));
            for (Dimension dimension : Dimension.values()) {
                html.append(HtmlReport.numberCell(NumberText.score(c.shownDimension(dimension))));
            }
            html.append(HtmlReport.numberCell(NumberText.percent(c.completeness()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }
}
