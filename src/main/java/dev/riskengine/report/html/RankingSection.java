package dev.riskengine.report.html;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.BandColour;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearChange;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.InsufficientEvidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking: the bar chart coloured by band with whiskers for the score range, its legend, and
 * the same numbers as a table, with each country's change since the previous year.
 */
final class RankingSection {

    private RankingSection() {
    }

    static void write(StringBuilder html, Assessment assessment) {
        List<CountryAssessment> countries = assessment.countries();
        Optional<Assessment> previous = assessment.previousYear();
        html.append("<section id=\"ranking\">\n<h2>Ranking ").append(assessment.year()).append("</h2>\n<figure>\n")
                .append(RankingChart.svg(countries));
        legend(html, countries);
        html.append("</figure>\n<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>")
                .append("<th>").append(UnitNoun.of(assessment).heading()).append("</th><th>Band</th><th class=\"num\">Score</th>")
                .append("<th class=\"num\" title=\"0-10, lower is better: missing, old and wide-ranged data\">Reliability</th>")
                .append("<th class=\"num\">Range</th>");
        previous.ifPresent(p -> html.append("<th class=\"num\">Change since ").append(p.year()).append("</th>")
                .append("<th>Band ").append(p.year()).append("</th>"));
        html.append("<th class=\"num\">Completeness</th></tr></thead>\n<tbody>\n");
        for (CountryAssessment c : countries) {
            html.append("<tr><td class=\"num\">").append(ShownRank.of(c))
                    .append("</td><td><a href=\"#")
                    .append(HtmlText.escape(c.iso3())).append("\">").append(HtmlText.escape(CountryName.of(c)))
                    .append("</a> <span class=\"iso\">").append(HtmlText.escape(c.iso3())).append("</span></td><td>")
                    .append(HtmlReport.badge(c.band(), c.bandLevel())).append("</td>")
                    .append(HtmlReport.numberCell(NumberText.score(c.score())))
                    .append(HtmlReport.numberCell(NumberText.score(c.reliability())))
                    .append(HtmlReport.numberCell(c.scored() ? NumberText.range(c.scoreLow(), c.scoreHigh()) : NumberText.NONE));
            if (previous.isPresent()) {
                Optional<YearChange> change = YearChange.of(assessment, c);
                html.append(HtmlReport.numberCell(change.map(y -> HtmlReport.change(y.scoreChange())).orElse(NumberText.NONE)))
                        .append("<td>").append(change.map(y -> HtmlReport.badge(y.before().band(), y.before().bandLevel()))
                                .orElse(NumberText.NONE)).append("</td>");
            }
            html.append(HtmlReport.numberCell(NumberText.percent(c.completeness()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        html.append("<p class=\"muted\">Reliability: 0–10, lower is better (missing, old and wide-ranged data;"
                + " <code>rules/evidence.drl</code>).</p>\n");
        List<CountryAssessment> unscored = countries.stream().filter(c -> !c.scored()).toList();
        if (!unscored.isEmpty()) {
            html.append("<p><strong>").append(HtmlText.escape(InsufficientEvidence.STATE))
                    .append("</strong>, so no score or rank:</p>\n<ul class=\"insufficient\">\n");
            for (CountryAssessment c : unscored) {
                html.append("<li><a href=\"#").append(HtmlText.escape(c.iso3())).append("\">")
                        .append(HtmlText.escape(CountryName.of(c))).append("</a> <span class=\"iso\">")
                        .append(HtmlText.escape(c.iso3())).append("</span>: ")
                        .append(HtmlText.escape(String.join("; ", c.insufficientReasons()))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** The bands that occur, highest level first, then how to read a whisker. */
    private static void legend(StringBuilder html, List<CountryAssessment> countries) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        countries.forEach(c -> bands.putIfAbsent(String.valueOf(c.band()), c.bandLevel()));
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(bands.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        html.append("<figcaption><ul class=\"legend\">");
        for (Map.Entry<String, Integer> band : ordered) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(BandColour.forLevel(band.getValue()).fill())
                    .append("\"></span>").append(HtmlText.escape(band.getKey())).append("</li>");
        }
        html.append("<li><span class=\"whisker\"></span>score range (low–high estimates)</li></ul></figcaption>\n");
    }
}
