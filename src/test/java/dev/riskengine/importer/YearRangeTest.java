package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearRangeTest {
    @Test
    void aRangeOrOneYear() {
        assertThat(YearRange.parse("2014-2016")).contains(new YearRange(2014, 2016));
        assertThat(YearRange.parse("2016")).contains(new YearRange(2016, 2016));
        assertThat(YearRange.parse("2016-2014")).isEmpty();
        assertThat(YearRange.parse("last year")).isEmpty();
    }
}
