package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sheet and header names as analysts actually type them still match. */
class NameKeyTest {

    @Test
    void caseAndSurroundingSpacesAreIgnored() {
        assertThat(NameKey.of("  LENGTH_km ")).isEqualTo(NameKey.of("Length_km"));
    }

    @Test
    void repeatedInnerSpacesCountAsOne() {
        assertThat(NameKey.of("Data   \u00A0Dictionary")).isEqualTo(NameKey.of("data dictionary"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(NameKey.of("Length km")).isNotEqualTo(NameKey.of("Length_km"));
        assertThat(NameKey.of("Neighbours")).isNotEqualTo(NameKey.of("Neighbour"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ISO3", " iso3 ", "Length_km", "Data Dictionary", "Data  Dictionary", " Data\tDictionary ",
            "\u00A0Data\u2009\u2009Dictionary\u202F", "a \u3000 b", "\n\r\nx\r", "\u0001 x \u0001", "\u2028\u2029",
            "   ", "", "A B C", "Ünïcode Naïve", "x\u200By"})
    void keyIsWhatTheRegularExpressionGave(String raw) {
        // The definition the hand-written loop follows.
        String expected = raw.replaceAll("[\\p{Z}\\s]+", " ").trim().toLowerCase(Locale.ROOT);

        assertThat(NameKey.of(raw).key()).isEqualTo(expected);
    }

    @Test
    void nullIsBlank() {
        assertThat(NameKey.of(null).isBlank()).isTrue();
    }
}
