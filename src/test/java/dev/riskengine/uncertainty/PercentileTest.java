package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void interpolatesBetweenTheClosestRanksLikeExcelsPercentileInc() {
        // given 1..10: PERCENTILE.INC gives 1.9, 5.5 and 9.1
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(Percentile.of(sorted, 0.10)).isCloseTo(1.9, within(1e-12));
        assertThat(Percentile.of(sorted, 0.50)).isCloseTo(5.5, within(1e-12));
        assertThat(Percentile.of(sorted, 0.90)).isCloseTo(9.1, within(1e-12));
        assertThat(Percentile.of(sorted, 0.0)).isEqualTo(1);
        assertThat(Percentile.of(sorted, 1.0)).isEqualTo(10);
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Percentile.of(new double[] {4.2}, 0.9)).isEqualTo(4.2);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Percentile.of(new double[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
