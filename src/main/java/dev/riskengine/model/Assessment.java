package dev.riskengine.model;

import java.util.List;
import java.util.Optional;

/** The outcome of assessing one year: countries ranked by score (rank 1 = highest risk). */
public record Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues) {

    public Optional<CountryAssessment> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equalsIgnoreCase(iso3)).findFirst();
    }
}
