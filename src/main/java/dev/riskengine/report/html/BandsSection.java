package dev.riskengine.report.html;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.NumberText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A large run's units per band, highest band first, with their share of the run. */
final class BandsSection {

    private BandsSection() {
    }

    static void write(StringBuilder html, List<CountryAssessment> units) {
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (CountryAssessment unit : units) {
            names.putIfAbsent(unit.bandLevel(), unit.band());
            counts.merge(unit.bandLevel(), 1, Integer::sum);
        }
        html.append("<section id=\"bands\">\n<h2>Bands</h2>\n<div class=\"scroll\"><table class=\"ranking\">\n")
                .append("<thead><tr><th>Band</th><th class=\"num\">Units</th><th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        names.keySet().stream().sorted((a, b) -> b - a).forEach(level -> html.append("<tr><td>")
                .append(HtmlReport.badge(names.get(level), level)).append("</td>")
                .append(HtmlReport.numberCell(String.format(Locale.ROOT, "%,d", counts.get(level))))
                .append(HtmlReport.numberCell(NumberText.percent(counts.get(level) / (double) units.size())))
                .append("</tr>\n"));
        html.append("</tbody>\n</table></div>\n</section>\n");
    }
}
