package dev.riskengine.report;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;

import java.util.List;
import java.util.Locale;

/**
 * One country's section of report.html (its id is the ISO3, so the chart and the table link to
 * it): band, score and range, dimensions, completeness, missing indicators, then every rule that
 * contributed with its source cells, and the indicator values as the engine read them.
 */
final class CountrySection {

    private CountrySection() {
    }

    static void write(StringBuilder html, CountryAssessment c) {
        html.append("<section class=\"country\" id=\"").append(HtmlText.escape(c.iso3())).append("\">\n<h3>")
                .append(c.rank()).append(". ").append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                .append(HtmlText.escape(c.iso3())).append("</span> ").append(HtmlReport.badge(c.band(), c.bandLevel()))
                .append(" <a class=\"top\" href=\"#ranking\">ranking ↑</a></h3>\n<dl class=\"facts\">");
        fact(html, "Score", NumberText.score(c.score()));
        fact(html, "Range", NumberText.range(c.scoreLow(), c.scoreHigh()));
        for (Dimension dimension : Dimension.values()) {
            String name = dimension.name();
            fact(html, name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT),
                    NumberText.score(HtmlReport.dimension(c, dimension)));
        }
        fact(html, "Completeness", NumberText.percent(c.completeness()));
        if (c.country().getRegion() != null) {
            fact(html, "Region", HtmlText.escape(c.country().getRegion()));
        }
        fact(html, "Population", NumberText.count(c.country().getPopulation()));
        html.append("</dl>\n<p><strong>Missing indicators:</strong> ");
        List<String> missing = c.missingIndicators() == null ? List.of() : c.missingIndicators();
        if (missing.isEmpty()) {
            html.append("none");
        }
        for (int i = 0; i < missing.size(); i++) {
            html.append(i == 0 ? "" : ", ").append("<code>").append(HtmlText.escape(missing.get(i))).append("</code>");
        }
        html.append("</p>\n");
        contributions(html, c.contributions() == null ? List.of() : c.contributions());
        indicators(html, c.indicators() == null ? List.of() : c.indicators());
        html.append("</section>\n");
    }

    private static void contributions(StringBuilder html, List<ContributionRecord> records) {
        if (records.isEmpty()) {
            html.append("<p class=\"muted\">No rule contributed to this country.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"contributions\">\n<thead><tr><th>Rule</th><th>File</th><th>Dimension</th>")
                .append("<th class=\"num\">Points</th><th>Reason</th><th>Cells</th></tr></thead>\n<tbody>\n");
        for (ContributionRecord r : records) {
            html.append("<tr><td>").append(HtmlText.escape(r.rule())).append("</td><td><code>")
                    .append(HtmlText.escape(r.file())).append("</code></td><td>")
                    .append(r.dimension() == null ? "" : r.dimension().name()).append("</td>")
                    .append("<td class=\"num").append(r.points() < 0 ? " negative" : "").append("\">")
                    .append(NumberText.points(r.points())).append("</td><td>").append(HtmlText.escape(r.reason()))
                    .append("</td><td class=\"cells\">")
                    .append(HtmlText.escape(r.cells() == null ? "" : String.join(", ", r.cells())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void indicators(StringBuilder html, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"indicators\">\n<thead><tr><th>Indicator as read</th><th class=\"num\">Value</th>")
                .append("<th class=\"num\">Low</th><th class=\"num\">High</th><th>Cell</th></tr></thead>\n<tbody>\n");
        for (Indicator i : indicators) {
            html.append("<tr><td><code>").append(HtmlText.escape(i.getCode())).append("</code></td>")
                    .append(HtmlReport.numberCell(NumberText.exact(i.getValue())))
                    .append(HtmlReport.numberCell(NumberText.exact(i.getLow())))
                    .append(HtmlReport.numberCell(NumberText.exact(i.getHigh())))
                    .append("<td class=\"cells\">").append(HtmlText.escape(i.getCell())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<div><dt>").append(label).append("</dt><dd>").append(value).append("</dd></div>");
    }
}
