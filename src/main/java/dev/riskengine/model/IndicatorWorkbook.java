package dev.riskengine.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything read from a valid indicator workbook. Indicators cover every year in the workbook;
 * borders hold one entry per direction; {@code missing} lists every blank indicator cell;
 * {@code warnings} lists problems that do not stop a run (e.g. a neighbour outside Countries);
 * {@code provenance} says where indicator columns come from (the optional Sources sheet).
 */
public record IndicatorWorkbook(Path source,
                                List<Country> countries,
                                List<IndicatorDefinition> dictionary,
                                List<Indicator> indicators,
                                List<Border> borders,
                                List<MissingValue> missing,
                                List<DataIssue> warnings,
                                List<Provenance> provenance) {

    public IndicatorWorkbook {
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }

    /** A workbook without a Sources sheet (or one read without it). */
    public IndicatorWorkbook(Path source, List<Country> countries, List<IndicatorDefinition> dictionary,
                             List<Indicator> indicators, List<Border> borders, List<MissingValue> missing,
                             List<DataIssue> warnings) {
        this(source, countries, dictionary, indicators, borders, missing, warnings, List.of());
    }

    /** A blank indicator cell, or a country with no row at all for a year ({@code cell} then null). */
    public record MissingValue(String iso3, String code, int year, String cell) { }

    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        indicators.forEach(i -> years.add(i.getYear()));
        missing.forEach(m -> years.add(m.year()));
        return years;
    }

    public Optional<Integer> latestYear() {
        SortedSet<Integer> years = years();
        return years.isEmpty() ? Optional.empty() : Optional.of(years.last());
    }

    public List<Indicator> indicatorsOf(int year) {
        return indicators.stream().filter(i -> i.getYear() == year).toList();
    }

    public List<MissingValue> missingOf(int year) {
        return missing.stream().filter(m -> m.year() == year).toList();
    }
}
