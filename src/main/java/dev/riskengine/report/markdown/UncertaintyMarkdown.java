package dev.riskengine.report.markdown;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.DrawnScore;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;
import java.util.List;
import java.util.Locale;

/** The "Uncertainty" section of summary.md, when the run drew Monte Carlo samples. */
final class UncertaintyMarkdown {

    private UncertaintyMarkdown() {
    }

    static void append(StringBuilder md, Assessment assessment) {
        if (assessment.simulation().isEmpty()) {
            return;
        }
        Simulation simulation = assessment.simulation().get();
        md.append("\n## Uncertainty\n\n")
                .append(DrawnScore.draws(simulation)).append(String.format(Locale.ROOT, ", each ranged indicator drawn "
                        + "from a triangular distribution over its low, central and high values.%n%n"));
        List<DrawnScore> drawn = DrawnScore.of(assessment);
        if (drawn.isEmpty()) { // every unit has insufficient data: an empty table would look like a fault
            md.append("No unit has a score, so none was drawn.\n");
            return;
        }
        md.append("| Rank | ").append(UnitNoun.of(assessment).heading()).append(" | Score | P10 | P50 | P90 |");
        simulation.bands().forEach(band -> md.append(" P(").append(band).append(") |"));
        md.append("\n|---:|:---|---:|---:|---:|---:|");
        simulation.bands().forEach(band -> md.append("---:|"));
        md.append('\n');
        for (DrawnScore unit : drawn) {
            CountryAssessment country = unit.country();
            ScoreDistribution d = unit.distribution();
            md.append("| ").append(country.rank()).append(" | ").append(SummaryMarkdown.escape(CountryName.shortened(country)))
                    .append(" (").append(country.iso3()).append(") | ").append(NumberText.score(country.score()))
                    .append(" | ").append(NumberText.score(d.p10())).append(" | ").append(NumberText.score(d.p50()))
                    .append(" | ").append(NumberText.score(d.p90())).append(" |");
            simulation.bands().forEach(band -> md.append(' ').append(NumberText.percent(d.probabilityOf(band))).append(" |"));
            md.append('\n');
        }
    }
}
