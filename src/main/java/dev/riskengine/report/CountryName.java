package dev.riskengine.report;

import dev.riskengine.model.CountryAssessment;

/** The name a report shows for a country: its workbook name, or its ISO3 when the name is blank. */
public final class CountryName {

    private CountryName() {
    }

    /** The name as the console and Markdown show it: at most {@link ShownText#LONGEST_NAME} characters. */
    public static String shortened(CountryAssessment country) {
        return ShownText.shortened(of(country), ShownText.LONGEST_NAME);
    }

    public static String of(CountryAssessment country) {
        String name = country.country().getName();
        return name == null || name.isBlank() ? country.iso3() : name;
    }
}
