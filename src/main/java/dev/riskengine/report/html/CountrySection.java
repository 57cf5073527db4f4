package dev.riskengine.report.html;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.BandColour;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearChange;
import dev.riskengine.report.YearScore;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.Indicator;

import java.util.List;
import java.util.Optional;

/**
 * One country's section of report.html (its id is the ISO3, so the chart and the table link to
 * it): band, score and range, change since the previous year, dimensions, completeness, missing
 * indicators, its scores across the years, then every rule that contributed with its source
 * cells, and the indicator values as the engine read them.
 */
final class CountrySection {

    private CountrySection() {
    }

    /** {@code noun}: what the units are called, worked out once for the whole report, not once per unit. */
    static void write(StringBuilder html, Assessment assessment, CountryAssessment c, UnitNoun noun) {
        html.append("<section class=\"country\" id=\"").append(HtmlText.escape(c.iso3())).append("\">\n<h3>")
                .append(ShownRank.prefix(c)).append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                .append(HtmlText.escape(c.iso3())).append("</span> ").append(HtmlReport.badge(c.band(), c.bandLevel()))
                .append(" <a class=\"top\" href=\"#ranking\">ranking ↑</a></h3>\n<dl class=\"facts\">");
        fact(html, "Score", NumberText.score(c.score()));
        fact(html, "Reliability", NumberText.score(c.reliability()) + (c.hasReliability() ? " <span class=\"muted\">(0–10, lower is better)</span>" : ""));
        if (c.scored()) {
            fact(html, "Range", NumberText.range(c.scoreLow(), c.scoreHigh()));
        }
        Optional<YearChange> change = YearChange.of(assessment, c);
        change.ifPresent(y -> fact(html, "Since " + y.previousYear(), HtmlReport.change(y.scoreChange())
                + (y.bandChanged() ? " (was " + HtmlReport.badge(y.before().band(), y.before().bandLevel()) + ")" : "")));
        for (Dimension dimension : Dimension.values()) {
            fact(html, HtmlReport.dimensionName(dimension), NumberText.score(c.shownDimension(dimension)));
        }
        fact(html, "Completeness", NumberText.percent(c.completeness()));
        if (c.country().getRegion() != null) {
            fact(html, "Region", HtmlText.escape(c.country().getRegion()));
        }
        fact(html, "Population", NumberText.count(c.country().getPopulation()));
        html.append("</dl>\n");
        if (!c.scored()) {
            html.append("<p><strong>").append(HtmlText.escape(InsufficientEvidence.STATE)).append(":</strong> ")
                    .append(HtmlText.escape(String.join("; ", c.insufficientReasons()))).append("</p>\n");
        }
        html.append("<p><strong>Missing indicators:</strong> ");
        List<String> missing = c.missingIndicators() == null ? List.of() : c.missingIndicators();
        if (missing.isEmpty()) {
            html.append("none");
        }
        for (int i = 0; i < missing.size(); i++) {
            html.append(i == 0 ? "" : ", ").append("<code>").append(HtmlText.escape(missing.get(i))).append("</code>");
        }
        html.append("</p>\n");
        issues(html, assessment, c);
        trend(html, assessment, c);
        contributions(html, c.contributions() == null ? List.of() : c.contributions(), noun);
        indicators(html, c.indicators() == null ? List.of() : c.indicators());
        html.append("</section>\n");
    }

    private static void contributions(StringBuilder html, List<ContributionRecord> records, UnitNoun noun) {
        if (records.isEmpty()) {
            html.append("<p class=\"muted\">No rule contributed to this ").append(noun.singular()).append(".</p>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"contributions\">\n<thead><tr><th>Rule</th><th>File</th><th>Dimension</th>")
                .append("<th class=\"num\">Points</th><th>Reason</th><th>Cells</th></tr></thead>\n<tbody>\n");
        for (ContributionRecord r : records) {
            html.append("<tr><td>").append(HtmlText.escape(r.rule())).append("</td><td><code>")
                    .append(HtmlText.escape(r.file())).append("</code></td><td>")
                    .append(r.dimension() == null ? "" : HtmlReport.dimensionName(r.dimension())).append("</td>")
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

    /** The country's own data issues (blank cells, warnings) with their addresses. */
    private static void issues(StringBuilder html, Assessment assessment, CountryAssessment c) {
        List<DataIssue> own = assessment.dataIssues().stream().filter(i -> c.iso3().equals(i.iso3())).toList();
        if (own.isEmpty()) {
            return;
        }
        html.append("<ul class=\"issues\">\n");
        for (DataIssue issue : own) {
            html.append("<li><span class=\"cells\">").append(HtmlText.escape(issue.address())).append("</span> ")
                    .append(HtmlText.escape(issue.message())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** The country's score in every assessed year, one line, when the run assessed more than one. */
    private static void trend(StringBuilder html, Assessment assessment, CountryAssessment c) {
        List<Assessment> years = assessment.allYears();
        if (years.size() < 2) {
            return;
        }
        html.append("<p class=\"trend-line\"><strong>Score by year:</strong> ");
        String separator = "";
        for (YearScore point : YearScore.of(years, c.iso3())) {
            html.append(separator).append(point.year()).append(" <span class=\"band ")
                    .append(BandColour.cssClass(point.bandLevel())).append("\">").append(NumberText.score(point.score()))
                    .append("</span>");
            separator = " · ";
        }
        html.append("</p>\n");
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<div><dt>").append(label).append("</dt><dd>").append(value).append("</dd></div>");
    }
}
