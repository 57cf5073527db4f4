package dev.riskengine.workbook;

import dev.riskengine.model.Country;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The countries of the Countries sheet, by ISO3: the set every other sheet is checked against. */
final class CountryRegister {
    private final Map<String, Country> byIso3 = new LinkedHashMap<>();
    private final Map<String, CellLocation> iso3Cells = new LinkedHashMap<>();
    private final String reference;

    /** @param reference the sheet or table the countries come from, as messages name it ({@link SheetSource#reference}) */
    CountryRegister(String reference) {
        this.reference = reference;
    }

    /** Where the countries are listed, as a message names it: "the Countries sheet" or "countries.csv". */
    String reference() {
        return reference;
    }

    void add(Country country, CellLocation iso3Cell) {
        byIso3.put(country.getIso3(), country);
        iso3Cells.put(country.getIso3(), iso3Cell);
    }

    boolean contains(String iso3) {
        return byIso3.containsKey(iso3);
    }

    /**
     * The code as this register holds it, or null when it is not listed. Other sheets keep this
     * one string rather than their own copy of it: a unit code recurs in every indicator and
     * border of the unit, which in a streamed workbook is a new string each time.
     */
    String listed(String iso3) {
        Country country = byIso3.get(iso3);
        return country == null ? null : country.getIso3();
    }

    CellLocation iso3Cell(String iso3) {
        return iso3Cells.get(iso3);
    }

    List<Country> countries() {
        return List.copyOf(byIso3.values());
    }
}
