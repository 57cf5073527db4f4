package dev.riskengine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.uncertainty.Spearman;
import org.junit.jupiter.api.Test;

class BacktestMetricsTest {

    @Test
    void rankingEqualToTheOutcomeGivesRhoOneAndAucOne() {
        double[] scores = {7.1, 5.0, 3.2, 1.0, 0.4};
        double[] outcomes = {120, 40, 9, 2, 0};

        assertThat(Spearman.correlation(scores, outcomes)).hasValue(1.0);
        assertThat(RocAuc.of(scores, new boolean[] {true, true, false, false, false})).hasValue(1.0);
        assertThat(TopKOverlap.of(scores, outcomes, 2)).isEqualTo(1.0);
    }

    @Test
    void reversedRankingGivesRhoMinusOneAndAucZero() {
        double[] scores = {0.4, 1.0, 3.2, 5.0, 7.1};
        double[] outcomes = {120, 40, 9, 2, 0};

        assertThat(Spearman.correlation(scores, outcomes).getAsDouble()).isCloseTo(-1.0, within(1e-12));
        assertThat(RocAuc.of(scores, new boolean[] {true, true, false, false, false})).hasValue(0.0);
        assertThat(TopKOverlap.of(scores, outcomes, 2)).isEqualTo(0.0);
    }

    @Test
    void tiesTakeTheAverageOfTheRanksTheySpan() {
        assertThat(Spearman.averageRanks(new double[] {3, 1, 3, 0})).containsExactly(3.5, 2.0, 3.5, 1.0);
    }

    @Test
    void tiedScoresGiveTheTextbookSpearmanWithAverageRanks() {
        // ranks x = 1, 2.5, 2.5, 4 and y = 1, 2, 3, 4: rho = 4.5 / sqrt(4.5 * 5)
        double rho = Spearman.correlation(new double[] {1, 2, 2, 3}, new double[] {10, 20, 30, 40}).getAsDouble();
        assertThat(rho).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-12));
    }

    @Test
    void outcomesThatDoNotVaryGiveNoCorrelationRatherThanNaN() {
        assertThat(Spearman.correlation(new double[] {1, 2, 3}, new double[] {0, 0, 0})).isEmpty();
    }

    @Test
    void aucCountsATieBetweenAPositiveAndANegativeAsHalf() {
        // a band predictor: the one positive is High (1), one negative too (1), one not (0)
        assertThat(RocAuc.of(new double[] {1, 1, 0}, new boolean[] {true, false, false})).hasValue(0.75);
    }

    @Test
    void aucWithoutNegativesIsEmpty() {
        assertThat(RocAuc.of(new double[] {1, 2}, new boolean[] {true, true})).isEmpty();
    }

    @Test
    void brierScoreOfAKnownForecast() {
        // (0 + 0 + 0.25 + 0.36) / 4
        double brier = BrierScore.of(new double[] {1.0, 0.0, 0.5, 0.6}, new boolean[] {true, false, true, false});
        assertThat(brier).isCloseTo(0.1525, within(1e-12));
    }

    @Test
    void topKCountsAUnitTiedWithTheKthOutcomeAsAHit() {
        // outcomes' top 2: 50 and the two 30s tie for second
        double share = TopKOverlap.of(new double[] {9, 8, 7, 1}, new double[] {50, 0, 30, 30}, 2);
        assertThat(share).isEqualTo(0.5);
    }
}
