package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
