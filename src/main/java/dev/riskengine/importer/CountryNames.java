package dev.riskengine.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the country names published sources use into ISO 3166 alpha-3 codes: the English names
 * the JDK knows for every ISO country, the names of the analyst's own Countries sheet, and a short
 * table of spellings statistical sources prefer ("Congo, DR", "Korea, South", "Türkiye").
 * Names are compared without accents, case, punctuation or a trailing parenthesis, so
 * "Côte d’Ivoire" and "Cote d'Ivoire" are one name.
 */
public final class CountryNames {
    /** Source spellings the JDK's English names do not cover; each is tested. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("Congo, DR", "COD"),
            Map.entry("Congo, Democratic Republic", "COD"),
            Map.entry("Congo, Dem. Rep.", "COD"),
            Map.entry("Democratic Republic of the Congo", "COD"),
            Map.entry("Congo, Republic", "COG"),
            Map.entry("Congo, Rep.", "COG"),
            Map.entry("Republic of the Congo", "COG"),
            Map.entry("Türkiye", "TUR"),
            Map.entry("Turkey", "TUR"),
            Map.entry("Viet Nam", "VNM"),
            Map.entry("Korea, South", "KOR"),
            Map.entry("Korea, Rep.", "KOR"),
            Map.entry("Korea, North", "PRK"),
            Map.entry("Korea, Dem. People's Rep.", "PRK"),
            Map.entry("Gambia, The", "GMB"),
            Map.entry("Cape Verde", "CPV"),
            Map.entry("Cabo Verde", "CPV"),
            Map.entry("Eswatini", "SWZ"),
            Map.entry("Swaziland", "SWZ"),
            Map.entry("Czechia", "CZE"),
            Map.entry("Czech Republic", "CZE"),
            Map.entry("Kyrgyz Republic", "KGZ"),
            Map.entry("Laos", "LAO"),
            Map.entry("Lao PDR", "LAO"),
            Map.entry("Brunei", "BRN"),
            Map.entry("Timor Leste", "TLS"),
            Map.entry("East Timor", "TLS"),
            Map.entry("United States of America", "USA"),
            Map.entry("Russia", "RUS"),
            Map.entry("Russian Federation", "RUS"),
            Map.entry("Syria", "SYR"),
            Map.entry("Syrian Arab Republic", "SYR"),
            Map.entry("Iran", "IRN"),
            Map.entry("Iran, Islamic Rep.", "IRN"),
            Map.entry("Egypt, Arab Rep.", "EGY"),
            Map.entry("Yemen, Rep.", "YEM"),
            Map.entry("Venezuela, RB", "VEN"),
            Map.entry("Slovak Republic", "SVK"),
            Map.entry("Macedonia, FYR", "MKD"),
            Map.entry("North Macedonia", "MKD"),
            Map.entry("Bosnia-Herzegovina", "BIH"),
            Map.entry("Moldova", "MDA"),
            Map.entry("Tanzania", "TZA"),
            Map.entry("UAE", "ARE"),
            Map.entry("Palestine", "PSE"),
            Map.entry("Myanmar", "MMR"),
            Map.entry("Burma", "MMR"));

    private static final java.util.Set<String> ISO3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final Map<String, String> byKey = new HashMap<>();

    private CountryNames() {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            put(country.getDisplayCountry(Locale.ENGLISH), country.getISO3Country());
        }
        ALIASES.forEach(this::put);
    }

    /** The JDK's names and the aliases. */
    public static CountryNames standard() {
        return new CountryNames();
    }

    /** Also the workbook's own names, which win over the others (the analyst chose them). */
    public CountryNames with(Map<String, String> namesToIso3) {
        namesToIso3.forEach(this::put);
        return this;
    }

    /** The ISO3 code, or empty when the name matches nothing (the caller lists it). */
    public Optional<String> iso3(String name) {
        String key = key(name);
        String code = byKey.get(key);
        if (code == null) {
            code = byKey.get(key(withoutParenthesis(name)));
        }
        return Optional.ofNullable(code);
    }

    /** The code itself when it is an ISO 3166 alpha-3 country code (sources such as the World Bank give codes). */
    public static Optional<String> code(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return ISO3.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    /**
     * An ISO 3166 alpha-3 country code, or one of the codes ISO 3166 leaves to users (AAA-AAZ,
     * QMA-QZZ, XAA-XZZ, ZZA-ZZZ), which sources use for places without a code (XKX for Kosovo).
     */
    public static boolean isCountryCode(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        return ISO3.contains(code) || code.startsWith("AA") || code.charAt(0) == 'X' || code.startsWith("ZZ")
                || code.charAt(0) == 'Q' && code.charAt(1) >= 'M';
    }

    private void put(String name, String iso3) {
        byKey.put(key(name), iso3);
        byKey.putIfAbsent(key(withoutParenthesis(name)), iso3);
    }

    private static String withoutParenthesis(String name) {
        return name == null ? "" : name.replaceAll("\\s*\\(.*\\)\\s*$", "");
    }

    /** Accents, case, "&" against "and", apostrophes and other punctuation do not matter. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
