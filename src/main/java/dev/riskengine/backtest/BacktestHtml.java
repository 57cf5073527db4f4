package dev.riskengine.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.riskengine.report.html.HtmlText;

/** backtest.html: the printed table as a self-contained page (no network), with what each number means. */
final class BacktestHtml {

    private BacktestHtml() { }

    static void write(BacktestResult result, Path file) throws IOException {
        BacktestRequest request = result.request();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,"
                        + "td:first-child{text-align:left}</style></head><body>\n")
                .append("<h1>Backtest</h1>\n<p>")
                .append(HtmlText.escape(String.format(Locale.ROOT, "Scores of %s against \"%s\" %d %s later "
                                + "(from %s); top %d; flagged: band %s or above; %s.", request.input(),
                        request.outcome(), request.lead(), request.lead() == 1 ? "year" : "years", request.outcomesFile(), request.top(), request.highBand(),
                        request.draws() > 0 ? request.draws() + " Monte Carlo draws, seed " + request.seed()
                                : "no Monte Carlo draws (no Brier score)")))
                .append("</p>\n");
        for (RulesResult rules : result.byRules()) {
            html.append("<h2>Rules ").append(HtmlText.escape(rules.rulesDir().toString())).append("</h2>\n")
                    .append("<table><tr><th>Years</th><th>Units</th><th>Insufficient data</th><th>No outcome</th>"
                            + "<th>rho</th><th>Top-k</th><th>AUC</th><th>Brier</th></tr>\n");
            for (YearResult year : rules.years()) {
                row(html, year.year() + "→" + year.outcomeYear(), year.metrics());
            }
            row(html, "pooled", rules.pooled());
            html.append("</table>\n");
        }
        html.append("<ul>\n");
        BacktestTable.legend().forEach(line -> html.append("<li>").append(HtmlText.escape(line)).append("</li>\n"));
        html.append("</ul>\n</body></html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder html, String label, Metrics m) {
        html.append("<tr><td>").append(HtmlText.escape(label)).append("</td><td>").append(m.units())
                .append("</td><td>").append(m.insufficient()).append("</td><td>").append(m.noOutcome()).append("</td>");
        if (!m.enoughUnits()) {
            html.append("<td colspan=\"4\">skipped: fewer than ").append(Metrics.FEWEST_UNITS)
                    .append(" units with a score and an outcome</td></tr>\n");
            return;
        }
        html.append("<td>").append(MetricText.of(m.spearman())).append("</td><td>").append(MetricText.of(m.topShare()))
                .append("</td><td>").append(MetricText.of(m.auc())).append("</td><td>")
                .append(MetricText.brier(m.brier())).append("</td></tr>\n");
    }
}
