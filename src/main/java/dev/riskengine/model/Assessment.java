package dev.riskengine.model;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of assessing one year: countries ranked by score (rank 1 = highest risk), and,
 * when the run drew Monte Carlo samples ({@code assess --draws}), their score distributions.
 */
public record Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues,
                         Optional<Simulation> simulation) {

    public Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues) {
        this(year, countries, dataIssues, Optional.empty());
    }

    public Assessment withSimulation(Simulation drawn) {
        return new Assessment(year, countries, dataIssues, Optional.of(drawn));
    }

    public Optional<CountryAssessment> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equalsIgnoreCase(iso3)).findFirst();
    }
}
