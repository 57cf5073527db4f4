package dev.riskengine.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The assessed countries of an {@link Assessment}, in ranking order, with an index by ISO3 code:
 * reports look every unit up in the previous year's assessment, which by scanning the list would
 * take 10^10 comparisons for 100,000 units. Immutable, so reports may read it on several threads.
 */
final class CountryList extends AbstractList<CountryAssessment> implements RandomAccess {
    private final List<CountryAssessment> countries;
    private final Map<String, CountryAssessment> byIso3;

    private CountryList(List<CountryAssessment> countries) {
        this.countries = List.copyOf(countries);
        this.byIso3 = new HashMap<>(this.countries.size() * 2);
        for (CountryAssessment country : this.countries) {
            byIso3.putIfAbsent(key(country.iso3()), country); // the first of equal codes, as a scan finds it
        }
    }

    static CountryList of(List<CountryAssessment> countries) {
        return countries instanceof CountryList indexed ? indexed : new CountryList(countries);
    }

    /** The country with this code, compared without regard to case; null when there is none. */
    CountryAssessment find(String iso3) {
        return iso3 == null ? null : byIso3.get(key(iso3));
    }

    private static String key(String iso3) {
        return iso3.toUpperCase(Locale.ROOT);
    }

    @Override
    public CountryAssessment get(int index) {
        return countries.get(index);
    }

    @Override
    public int size() {
        return countries.size();
    }
}
