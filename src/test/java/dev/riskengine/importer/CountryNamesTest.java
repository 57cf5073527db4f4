package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
    private final CountryNames names = CountryNames.standard();

    @Test
    void jdkNamesMatchWhateverTheAccentsApostrophesAndCase() {
        assertThat(names.iso3("Algeria")).contains("DZA");
        assertThat(names.iso3("Cote d'Ivoire")).contains("CIV");
        assertThat(names.iso3("Côte d’Ivoire")).contains("CIV");
        assertThat(names.iso3("  BURKINA faso ")).contains("BFA");
        assertThat(names.iso3("Bosnia and Herzegovina")).contains("BIH");
        assertThat(names.iso3("Trinidad and Tobago")).contains("TTO");
    }

    @Test
    void sourceSpellingsMatchThroughTheAliasTable() {
        assertThat(names.iso3("Congo, DR")).contains("COD");
        assertThat(names.iso3("Congo, Republic")).contains("COG");
        assertThat(names.iso3("Türkiye")).contains("TUR");
        assertThat(names.iso3("Viet Nam")).contains("VNM");
        assertThat(names.iso3("Korea, South")).contains("KOR");
        assertThat(names.iso3("Korea, North")).contains("PRK");
        assertThat(names.iso3("Gambia, The")).contains("GMB");
        assertThat(names.iso3("United States of America")).contains("USA");
        assertThat(names.iso3("Egypt, Arab Rep.")).contains("EGY");
    }

    @Test
    void everyAliasPointsToAnIsoCountry() {
        java.util.Set<String> iso3 = java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3);
        assertThat(CountryNames.ALIASES.values()).allMatch(iso3::contains);
    }

    @Test
    void formerStatesAndNonCountriesMatchNothing() {
        assertThat(names.iso3("USSR")).isEmpty();
        assertThat(names.iso3("Czechoslovakia")).isEmpty();
        assertThat(names.iso3("Kosovo")).isEmpty();
        assertThat(names.iso3("North Africa")).isEmpty();
    }

    @Test
    void theWorkbooksOwnNamesAreUsedToo() {
        CountryNames withWorkbook = CountryNames.standard().with(Map.of("Ivory Coast", "CIV"));
        assertThat(withWorkbook.iso3("ivory coast")).contains("CIV");
    }
}
