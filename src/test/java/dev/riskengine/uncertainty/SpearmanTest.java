package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Spearman's ρ and the nearest-rank percentiles behind {@code risk sensitivity}, on hand-made samples. */
class SpearmanTest {

    @Test
    void aRankingThatFollowsTheFactorGivesOneAndAReversedOneMinusOne() {
        double[] factor = {0.81, 1.19, 0.95, 1.02, 1.10};
        double[] sameOrder = {10, 50, 20, 30, 40};
        double[] reversed = {5, 1, 4, 3, 2};

        assertThat(Spearman.of(factor, sameOrder)).isCloseTo(1.0, within(1e-12));
        assertThat(Spearman.of(factor, reversed)).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void equalValuesShareTheirMeanRankAsRDoes() {
        // R: cor(c(1, 2, 3, 4), c(1, 1, 2, 2), method = "spearman") = 0.8944272
        assertThat(Spearman.of(new double[] {1, 2, 3, 4}, new double[] {1, 1, 2, 2})).isCloseTo(0.8944272, within(1e-7));
        assertThat(Spearman.centredRanks(new double[] {7, 7, 3})).containsExactly(0.5, 0.5, -1.0);
    }

    @Test
    void aRankThatNeverMovesCorrelatesWithNothing() {
        assertThat(Spearman.of(new double[] {0.9, 1.1, 1.0}, new double[] {3, 3, 3})).isZero();
    }

    @Test
    void nearestRankPercentilesAreRanksSomeDrawGave() {
        int[] ranks = new int[100];
        for (int i = 0; i < 100; i++) {
            ranks[i] = i < 4 ? 1 : i < 94 ? 2 : 3; // ranks 1 in 4 draws, 2 in 90, 3 in 6
        }

        assertThat(PointsSensitivity.nearestRank(ranks, 0.05)).isEqualTo(2);
        assertThat(PointsSensitivity.nearestRank(ranks, 0.5)).isEqualTo(2);
        assertThat(PointsSensitivity.nearestRank(ranks, 0.95)).isEqualTo(3);
        assertThat(PointsSensitivity.nearestRank(new int[] {4}, 0.05)).isEqualTo(4);
    }
}
