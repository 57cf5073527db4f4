package dev.riskengine.backtest;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

import dev.riskengine.model.BacktestMetrics;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.BacktestRules;
import dev.riskengine.model.BacktestYear;
import dev.riskengine.report.BacktestText;

/**
 * The backtest as the command prints it: one row per paired year and a pooled row, for each rules
 * folder in turn, so two folders read side by side. A year with too few units says so instead of
 * showing numbers.
 */
public final class BacktestTable {

    private BacktestTable() { }

    public static String of(BacktestResult result) {
        BacktestRequest request = result.request();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Backtest of %s against \"%s\" %d year%s later (%s), top %d, flagged: "
                        + "band %s or above%s%n", request.input(), request.outcome(), request.lead(),
                request.lead() == 1 ? "" : "s", request.outcomesFile(), request.top(), request.highBand(),
                request.draws() > 0 ? String.format(Locale.ROOT, ", %,d draws (seed %d)", request.draws(),
                        request.seed()) : ""));
        result.byRules().forEach(rules -> out.append(table("Rules " + rules.rulesDir(), rules)));
        out.append(table(String.format(Locale.ROOT, "Persistence: \"%s\" at year Y itself as the score (flagged above its "
                + "median), on the units the first rules paired: the yardstick, can the rules beat last year's outcome?",
                request.outcome()), result.persistence()));
        out.append(sideBySide(result.compared()));
        out.append(String.format(Locale.ROOT, "%nNoDat: units with insufficient data, NoOut: units without an "
                + "outcome value; both left out, never counted as 0.%n"));
        return out.toString();
    }

    /** One row per paired year and a pooled row, under a title. */
    private static String table(String title, BacktestRules rules) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s%n%-11s %5s %5s %5s %6s %6s %5s %6s%n",
                title, "Years", "Units", "NoDat", "NoOut", "rho", "Top-k", "AUC", "Brier"));
        for (BacktestYear year : rules.years()) {
            out.append(row(year.year() + "→" + year.outcomeYear(), year.metrics()));
        }
        return out.append(row("pooled", rules.pooled())).toString();
    }

    /**
     * The pooled numbers of every rules folder and of persistence in one table, a column each, then each later folder's
     * difference from the first (as backtest.html shows it): the comparison a rule author reads first.
     */
    private static String sideBySide(List<BacktestRules> byRules) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nSide by side, pooled%n%-7s", "Metric"));
        byRules.forEach(r -> out.append(String.format(Locale.ROOT, " %16s", ShownName.of(r.rulesDir().toString()))));
        for (BacktestRules later : byRules.subList(1, byRules.size())) {
            out.append(String.format(Locale.ROOT, " %16s", byRules.size() == 2 ? "Difference"
                    : "Δ " + ShownName.of(later.rulesDir().toString(), 14)));
        }
        out.append(String.format(Locale.ROOT, "%n"));
        List<BacktestMetrics> pooled = byRules.stream().map(BacktestRules::pooled).toList();
        sideRow(out, "rho", pooled, BacktestMetrics::spearman, 2);
        sideRow(out, "Top-k", pooled, BacktestMetrics::topShare, 2);
        sideRow(out, "AUC", pooled, BacktestMetrics::auc, 2);
        sideRow(out, "Brier", pooled, BacktestMetrics::brier, 3);
        out.append(String.format(Locale.ROOT, "Difference: each later column's number minus the first folder's (%s).%n",
                byRules.get(0).rulesDir()));
        return out.toString();
    }

    private static void sideRow(StringBuilder out, String metric, List<BacktestMetrics> pooled,
                                Function<BacktestMetrics, OptionalDouble> value, int decimals) {
        out.append(String.format(Locale.ROOT, "%-7s", metric));
        pooled.forEach(m -> out.append(String.format(Locale.ROOT, " %16s", BacktestText.of(shown(m, value), decimals))));
        OptionalDouble first = shown(pooled.get(0), value);
        for (BacktestMetrics later : pooled.subList(1, pooled.size())) {
            OptionalDouble other = shown(later, value);
            out.append(String.format(Locale.ROOT, " %16s", first.isPresent() && other.isPresent()
                    ? BacktestText.difference(other.getAsDouble() - first.getAsDouble(), decimals) : BacktestText.NONE));
        }
        out.append(String.format(Locale.ROOT, "%n"));
    }

    /** A metric of a period with too few units is not shown: it would compare noise. */
    private static OptionalDouble shown(BacktestMetrics metrics, Function<BacktestMetrics, OptionalDouble> value) {
        return metrics.enoughUnits() ? value.apply(metrics) : OptionalDouble.empty();
    }

    private static String row(String label, BacktestMetrics m) {
        if (!m.enoughUnits()) {
            return String.format(Locale.ROOT, "%-11s %5d %5d %5d  skipped: fewer than %d units with a score and an "
                    + "outcome%n", label, m.units(), m.insufficient(), m.noOutcome(), BacktestMetrics.FEWEST_UNITS);
        }
        return String.format(Locale.ROOT, "%-11s %5d %5d %5d %6s %6s %5s %6s%n", label, m.units(), m.insufficient(),
                m.noOutcome(), BacktestText.of(m.spearman()), BacktestText.of(m.topShare()), BacktestText.of(m.auc()),
                BacktestText.brier(m.brier()));
    }
}
