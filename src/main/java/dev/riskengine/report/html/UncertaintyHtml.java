package dev.riskengine.report.html;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.DrawnScore;
import dev.riskengine.report.NumberText;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;
import dev.riskengine.report.UnitNoun;
import java.util.Locale;
import java.util.Map;
import java.util.List;

/**
 * The "Uncertainty" section of report.html, when the run drew Monte Carlo samples: per country
 * P10, P50 and P90 and the probability of each band, the likeliest band emphasised.
 */
final class UncertaintyHtml {

    private UncertaintyHtml() {
    }

    static void append(StringBuilder html, Assessment assessment, int maxRows) {
        if (assessment.simulation().isEmpty()) {
            return;
        }
        Simulation simulation = assessment.simulation().get();
        html.append("<section id=\"uncertainty\">\n<h2>Uncertainty</h2>\n<p>")
                .append(DrawnScore.draws(simulation)).append(": each ranged indicator drawn from a triangular "
                        + "distribution over its low, central and high values, the rules re-run each time.");
        if (assessment.countries().size() > maxRows) {
            html.append(String.format(Locale.ROOT, " The %,d highest-ranked of %,d units are shown; scores.json has all.",
                    maxRows, assessment.countries().size()));
        }
        List<DrawnScore> drawn = DrawnScore.of(assessment);
        if (drawn.isEmpty()) { // every unit has insufficient data: an empty table would look like a fault
            html.append(" No unit has a score, so none was drawn.</p>\n</section>\n");
            return;
        }
        html.append("</p>\n<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>")
                .append("<th>").append(UnitNoun.of(assessment).heading())
                .append("</th><th class=\"num\">Score</th><th class=\"num\">P10</th>")
                .append("<th class=\"num\">P50</th><th class=\"num\">P90</th>");
        simulation.bands().forEach(band -> html.append("<th class=\"num\">P(").append(HtmlText.escape(band)).append(")</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (DrawnScore unit : drawn.subList(0, Math.min(maxRows, drawn.size()))) {
            CountryAssessment country = unit.country();
            ScoreDistribution d = unit.distribution();
            String likeliest = d.bandProbabilities().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            html.append("<tr><td class=\"num\">").append(country.rank()).append("</td><td>")
                    .append(HtmlText.escape(CountryName.of(country))).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(country.iso3())).append("</span></td>")
                    .append(cell(NumberText.score(country.score()))).append(cell(NumberText.score(d.p10())))
                    .append(cell(NumberText.score(d.p50()))).append(cell(NumberText.score(d.p90())));
            for (String band : simulation.bands()) {
                String share = NumberText.percent(d.probabilityOf(band));
                html.append(cell(band.equals(likeliest) ? "<strong>" + share + "</strong>" : share));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static String cell(String text) {
        return "<td class=\"num\">" + text + "</td>";
    }
}
