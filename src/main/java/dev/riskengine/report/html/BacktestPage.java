package dev.riskengine.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * backtest.html: a self-contained page (no network) with one table, a row per period and metric and
 * a column per rules folder, so two folders read side by side; with more than one folder, each
 * later folder's difference from the first follows, the number a rule author weighs before
 * committing a change.
 */
public final class BacktestPage {
    public static final String FILE_NAME = "backtest.html";

    private BacktestPage() { }

    public static void write(BacktestResult result, Path file) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,"
                        + "td:first-child,td:nth-child(2){text-align:left}</style></head><body>\n")
                .append("<h1>Backtest</h1>\n");
        body(html, result);
        html.append("</body></html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** What was compared, the table, what persistence is and what each metric means: the page's and report.html's section's. */
    static void body(StringBuilder html, BacktestResult result) {
        BacktestRequest request = result.request();
        html.append("<p>").append(HtmlText.escape(String.format(Locale.ROOT, "Scores of %s against \"%s\" %d %s later "
                        + "(from %s); top %d; flagged: band %s or above; %s.", request.input(),
                request.outcome(), request.lead(), request.lead() == 1 ? "year" : "years", request.outcomesFile(),
                request.top(), request.highBand(), request.draws() > 0
                        ? request.draws() + " Monte Carlo draws, seed " + request.seed()
                        : "no Monte Carlo draws (no Brier score)")))
                .append("</p>\n");
        table(html, result.compared());
        html.append("<p>").append(HtmlText.escape(BacktestResult.PERSISTENCE)).append(": \"")
                .append(HtmlText.escape(request.outcome())).append("\" at year Y itself as the score (flagged above its median),"
                        + " on the units the first rules folder paired: the yardstick, can the rules beat last year's outcome?</p>\n");
        html.append("<ul>\n");
        BacktestText.legend().forEach(line -> html.append("<li>").append(HtmlText.escape(line)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static void table(StringBuilder html, List<BacktestRules> byRules) {
        BacktestRules first = byRules.get(0);
        html.append("<table><tr><th>Years</th><th>Metric</th>");
        byRules.forEach(r -> html.append("<th>").append(HtmlText.escape(r.rulesDir().toString())).append("</th>"));
        for (BacktestRules later : byRules.subList(1, byRules.size())) {
            html.append("<th>").append(byRules.size() == 2 ? "Difference"
                    : "Difference " + HtmlText.escape(later.rulesDir().toString())).append("</th>");
        }
        html.append("</tr>\n");
        for (int y = 0; y < first.years().size(); y++) {
            BacktestYear year = first.years().get(y);
            int at = y;
            period(html, year.year() + "→" + year.outcomeYear(),
                    byRules.stream().map(r -> r.years().get(at).metrics()).toList());
        }
        period(html, "pooled", byRules.stream().map(BacktestRules::pooled).toList());
        html.append("</table>\n");
        if (byRules.size() > 1) {
            html.append("<p>Difference: each later column's number minus the first folder's (")
                    .append(HtmlText.escape(first.rulesDir().toString())).append(").</p>\n");
        }
    }

    /** One period's rows: the counts, then each metric; a folder with too few units shows "skipped" for its metrics. */
    private static void period(StringBuilder html, String label, List<BacktestMetrics> byRules) {
        count(html, label, "Units", byRules, BacktestMetrics::units);
        count(html, label, "Insufficient data", byRules, BacktestMetrics::insufficient);
        count(html, label, "No outcome", byRules, BacktestMetrics::noOutcome);
        metric(html, label, "rho", byRules, BacktestMetrics::spearman, 2);
        metric(html, label, "Top-k", byRules, BacktestMetrics::topShare, 2);
        metric(html, label, "AUC", byRules, BacktestMetrics::auc, 2);
        metric(html, label, "Brier", byRules, BacktestMetrics::brier, 3);
    }

    private static void count(StringBuilder html, String label, String name, List<BacktestMetrics> byRules,
                              Function<BacktestMetrics, Integer> value) {
        start(html, label, name);
        byRules.forEach(m -> cell(html, String.valueOf(value.apply(m))));
        int first = value.apply(byRules.get(0));
        byRules.subList(1, byRules.size()).forEach(m ->
                cell(html, String.format(Locale.ROOT, "%+d", value.apply(m) - first)));
        html.append("</tr>\n");
    }

    private static void metric(StringBuilder html, String label, String name, List<BacktestMetrics> byRules,
                               Function<BacktestMetrics, OptionalDouble> value, int decimals) {
        start(html, label, name);
        byRules.forEach(m -> cell(html, m.enoughUnits() ? BacktestText.of(value.apply(m), decimals) : "skipped"));
        OptionalDouble first = shown(byRules.get(0), value);
        for (BacktestMetrics later : byRules.subList(1, byRules.size())) {
            OptionalDouble other = shown(later, value);
            cell(html, first.isPresent() && other.isPresent()
                    ? BacktestText.difference(other.getAsDouble() - first.getAsDouble(), decimals) : BacktestText.NONE);
        }
        html.append("</tr>\n");
    }

    private static OptionalDouble shown(BacktestMetrics metrics, Function<BacktestMetrics, OptionalDouble> value) {
        return metrics.enoughUnits() ? value.apply(metrics) : OptionalDouble.empty();
    }

    private static void start(StringBuilder html, String label, String name) {
        html.append("<tr><td>").append(HtmlText.escape(label)).append("</td><td>").append(name).append("</td>");
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(HtmlText.escape(text)).append("</td>");
    }
}
