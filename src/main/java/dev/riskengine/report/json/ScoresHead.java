package dev.riskengine.report.json;

/**
 * What a run's scores.json says beside its units, as later runs read it back.
 *
 * @param otherYears whether the run assessed other years beside {@code year} (then it was asked for no year)
 * @param comparison what the run recorded as changed since an earlier run; null for runs made before comparisons
 * @param draws      the Monte Carlo draws the run made, 0 for none
 * @param seed       their seed (0 without draws): with the draws, what re-running the run needs
 */
public record ScoresHead(int year, boolean otherYears, RecordedComparison comparison, int draws, long seed) {
}
