package dev.riskengine.report;

import dev.riskengine.model.CountryAssessment;

/** The name a report shows for a country: its workbook name, or its ISO3 when the name is blank. */
final class CountryName {

    private CountryName() {
    }

    static String of(CountryAssessment country) {
        String name = country.country().getName();
        return name == null || name.isBlank() ? country.iso3() : name;
    }
}
