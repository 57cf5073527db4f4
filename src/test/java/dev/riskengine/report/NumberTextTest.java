package dev.riskengine.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @Test
    void numbersUseAPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(NumberText.score(6.54)).isEqualTo("6.5");
            assertThat(NumberText.points(1.25)).isEqualTo("+1.3");
            assertThat(NumberText.count(22_395_485L)).isEqualTo("22,395,485");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rangesCollapseWhenBothEndsShowTheSame() {
        assertThat(NumberText.range(6.81, 7.53)).isEqualTo("6.8–7.5");
        assertThat(NumberText.range(3.91, 3.94)).isEqualTo("3.9");
    }

    @Test
    void valuesThatAreNotNumbersShowADash() {
        assertThat(NumberText.score(Double.NaN)).isEqualTo("–");
        assertThat(NumberText.score((Double) null)).isEqualTo("–");
        assertThat(NumberText.percent(Double.POSITIVE_INFINITY)).isEqualTo("–");
        assertThat(NumberText.count(null)).isEqualTo("–");
    }

    @Test
    void exactValuesShowWithoutFloatNoiseOrExponent() {
        assertThat(NumberText.exact(11000.0)).isEqualTo("11000");
        assertThat(NumberText.exact(5.3)).isEqualTo("5.3");
        assertThat(NumberText.exact(1.2e7)).isEqualTo("12000000");
        assertThat(NumberText.exact(0.053)).isEqualTo("0.053");
        assertThat(NumberText.percent(0.875)).isEqualTo("88%");
    }
}
