package dev.riskengine.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A country (or any assessed unit) from the Countries sheet. Population is in people and may be
 * null when the analyst left it blank; rules that compute per-capita forms must then not fire.
 */
public final class Country implements Serializable {
    private final String iso3;
    private final String name;
    private final String region;
    private final Long population;
    private final String populationCell;
    private final UnitOutline outline;

    public Country(String iso3, String name, String region, Long population) {
        this(iso3, name, region, population, null);
    }

    public Country(String iso3, String name, String region, Long population, String populationCell) {
        this(iso3, name, region, population, populationCell, null);
    }

    /** @param outline the unit's own outline (the Countries sheet's Geometry column); null for none */
    public Country(String iso3, String name, String region, Long population, String populationCell,
                   UnitOutline outline) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.name = name;
        this.region = region;
        this.population = population;
        this.populationCell = populationCell;
        this.outline = outline;
    }

    public String getIso3() { return iso3; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public Long getPopulation() { return population; }
    /** Population in millions, convenient for per-capita rules; null when population is unknown. */
    public Double getPopulationMillions() { return population == null ? null : population / 1_000_000.0; }
    /** Address of the population cell (e.g. {@code Countries!D4}), null when unknown. */
    public String getPopulationCell() { return populationCell; }

    /** The unit's own outline from the workbook; null when the sheet gives none (a country's ships with the map). */
    public UnitOutline getOutline() { return outline; }

    @Override public String toString() { return "Country(" + iso3 + ", " + name + ")"; }
}
