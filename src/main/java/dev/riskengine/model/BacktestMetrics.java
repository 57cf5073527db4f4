package dev.riskengine.model;

import java.util.OptionalDouble;

/**
 * One set of backtest numbers: how many units were paired and left out, Spearman's rho, the top-k
 * share, ROC AUC of the flagged band against "outcome above its median", and the Brier score of
 * the flagged band's Monte Carlo probability (empty without draws). An empty number is one that
 * does not exist for these units (outcomes that never vary), shown as "n/a", never as NaN. Computed
 * by the backtest package; kept here so that every report format can read it.
 */
public record BacktestMetrics(int units, int insufficient, int noOutcome, OptionalDouble spearman, int k, OptionalDouble topShare,
                      OptionalDouble auc, OptionalDouble brier) {

    /** The fewest paired units a year needs for its numbers to mean anything. */
    public static final int FEWEST_UNITS = 3;

    public boolean enoughUnits() {
        return units >= FEWEST_UNITS;
    }
}
