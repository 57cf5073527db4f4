package dev.riskengine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of assessing one year: countries ranked by score (rank 1 = highest risk), and,
 * when the run drew Monte Carlo samples ({@code assess --draws}), their score distributions.
 * {@code otherYears} holds the other years the same run assessed with the same rules, oldest
 * first, each without other years of its own; they give the change since the previous year and
 * the trend, and never mix into {@code countries}.
 */
public record Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues,
                         List<Assessment> otherYears, Optional<Simulation> simulation) {

    public Assessment {
        countries = CountryList.of(countries == null ? List.of() : countries);
        otherYears = otherYears == null ? List.of() : otherYears.stream()
                .sorted(Comparator.comparingInt(Assessment::year)).toList();
        simulation = simulation == null ? Optional.empty() : simulation;
    }

    /** One year on its own. */
    public Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues) {
        this(year, countries, dataIssues, List.of(), Optional.empty());
    }

    /** One year with the other years of the run. */
    public Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues,
                      List<Assessment> otherYears) {
        this(year, countries, dataIssues, otherYears, Optional.empty());
    }

    /** One year with its Monte Carlo draws. */
    public Assessment(int year, List<CountryAssessment> countries, List<DataIssue> dataIssues,
                      Optional<Simulation> simulation) {
        this(year, countries, dataIssues, List.of(), simulation);
    }

    public Assessment withSimulation(Simulation drawn) {
        return new Assessment(year, countries, dataIssues, otherYears, Optional.of(drawn));
    }

    public Optional<CountryAssessment> country(String iso3) {
        return Optional.ofNullable(((CountryList) countries).find(iso3));
    }

    /** The latest other year before this one, if the run assessed one. */
    public Optional<Assessment> previousYear() {
        return otherYears.stream().filter(other -> other.year() < year).reduce((earlier, later) -> later);
    }

    /** Every year the run assessed, this one included (without its draws), oldest first. */
    public List<Assessment> allYears() {
        List<Assessment> all = new ArrayList<>(otherYears);
        all.add(new Assessment(year, countries, dataIssues));
        all.sort(Comparator.comparingInt(Assessment::year));
        return List.copyOf(all);
    }
}
