package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TriangularTest {

    @Test
    void samplesHaveTheTriangularMeanVarianceAndMode() {
        // given a skewed range: 8,000 to 11,000, most likely 8,500
        double low = 8000;
        double mode = 8500;
        double high = 11000;
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        int belowMode = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;

        // when
        for (int i = 0; i < n; i++) {
            double x = Triangular.inverse(low, mode, high, random.nextDouble());
            sum += x;
            sumSquares += x * x;
            belowMode += x < mode ? 1 : 0;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }

        // then: mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18, P(X < c) = (c-a)/(b-a)
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertThat(mean).isCloseTo((low + mode + high) / 3, within(5.0));
        double expectedVariance = (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18;
        assertThat(variance).isCloseTo(expectedVariance, within(expectedVariance * 0.02));
        assertThat(belowMode / (double) n).isCloseTo((mode - low) / (high - low), within(0.005));
        assertThat(min).isGreaterThanOrEqualTo(low);
        assertThat(max).isLessThanOrEqualTo(high);
    }

    @Test
    void theEndsOfTheDistributionAreTheEndsOfTheRange() {
        assertThat(Triangular.inverse(6000, 6500, 7000, 0.0)).isEqualTo(6000);
        assertThat(Triangular.inverse(6000, 6500, 7000, 1.0)).isEqualTo(7000);
        assertThat(Triangular.inverse(6000, 6500, 7000, 0.5)).isCloseTo(6500, within(1e-9));
    }

    @Test
    void aModeAtAnEndStillSamplesInsideTheRange() {
        assertThat(Triangular.inverse(0, 0, 10, 0.75)).isCloseTo(5, within(1e-9)); // 10 - sqrt(0.25 * 100)
        assertThat(Triangular.inverse(0, 10, 10, 0.25)).isCloseTo(5, within(1e-9)); // sqrt(0.25 * 100)
    }

    @Test
    void aPointEstimateIsAlwaysItself() {
        assertThat(Triangular.inverse(5, 5, 5, 0.3)).isEqualTo(5);
    }
}
