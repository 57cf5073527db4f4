package dev.riskengine.workbook;

import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166 alpha-3 codes the JDK knows. They tell a neighbour outside the workbook (allowed,
 * e.g. ESP next to MAR) from a typo (an error); no list of our own to keep up to date.
 */
final class IsoCountryCodes {
    private final Set<String> codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    boolean isCountry(String code) {
        return codes.contains(code);
    }
}
