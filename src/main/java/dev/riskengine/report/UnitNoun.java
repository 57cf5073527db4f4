package dev.riskengine.report;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

/**
 * What the reports call the assessed units: "countries" when every code is an ISO 3166 country
 * code, "units" as soon as one is not (a sub-national unit such as MLI-06, a generated grid cell
 * such as XSG-000123, or any other code the Countries sheet lists), since calling grid cells
 * countries misleads the reader.
 */
public enum UnitNoun {
    COUNTRY("country", "countries"),
    UNIT("unit", "units");

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final String singular;
    private final String plural;

    UnitNoun(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public static UnitNoun of(Assessment assessment) {
        return of(assessment.countries().stream().map(CountryAssessment::iso3));
    }

    public static UnitNoun of(Stream<String> codes) {
        return codes.allMatch(COUNTRY_CODES::contains) ? COUNTRY : UNIT;
    }

    /** "1 country", "11 countries", "1 unit", "400 units". */
    public String count(long count) {
        return Plural.of(count, singular, plural);
    }

    /** "country" or "unit". */
    public String singular() {
        return singular;
    }

    /** "countries" or "units". */
    public String plural() {
        return plural;
    }

    /** A section heading: "Countries" or "Units". */
    public String pluralHeading() {
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    /** The reports' title before the year: "Country risk", or "Risk by unit" for grid cells and regions. */
    public String reportTitle() {
        return this == COUNTRY ? "Country risk" : "Risk by unit";
    }

    /** A column heading: "Country" or "Unit". */
    public String heading() {
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }
}
