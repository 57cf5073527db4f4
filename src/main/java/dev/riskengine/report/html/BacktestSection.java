package dev.riskengine.report.html;

import dev.riskengine.model.BacktestResult;

/**
 * report.html's Backtest section ({@code assess --backtest}): the run's own rules against the
 * outcome a year later and against persistence, as backtest.html shows it, so the run's reader sees
 * how far its scores have anticipated what followed.
 */
final class BacktestSection {

    private BacktestSection() { }

    static void write(StringBuilder html, BacktestResult result) {
        html.append("<section id=\"backtest\">\n<h2>Backtest</h2>\n");
        BacktestPage.body(html, result);
        html.append("</section>\n");
    }
}
