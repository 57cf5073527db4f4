package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.model.BacktestMetrics;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.BacktestRules;
import dev.riskengine.model.BacktestYear;

/**
 * backtest.json: the request and, per rules folder and for persistence (the outcome at Y as the
 * score), each year's numbers and the pooled ones. A
 * number that does not exist for the units (outcomes that never vary, no draws) is null, never NaN.
 */
public final class BacktestJson {
    public static final String FILE_NAME = "backtest.json";
    public static final int SCHEMA_VERSION = 1;

    private BacktestJson() { }

    public static void write(BacktestResult result, Path file) throws IOException {
        BacktestRequest request = result.request();
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("input", request.input().toString());
        root.put("outcomesFile", request.outcomesFile().toString());
        root.put("outcome", request.outcome());
        root.put("lead", request.lead());
        root.put("top", request.top());
        root.put("highBand", request.highBand());
        root.put("draws", request.draws());
        if (request.draws() > 0) {
            root.put("seed", request.seed());
        }
        ArrayNode byRules = root.putArray("rules");
        for (BacktestRules rules : result.byRules()) {
            ObjectNode node = byRules.addObject();
            node.put("folder", rules.rulesDir().toString());
            years(node, rules);
        }
        // The outcome at Y as the score, on the first folder's units: what the rules must beat.
        years(root.putObject(BacktestResult.PERSISTENCE), result.persistence());
        PrettyJson.write(root, file);
    }

    private static void years(ObjectNode node, BacktestRules rules) {
        ArrayNode years = node.putArray("years");
        for (BacktestYear year : rules.years()) {
            ObjectNode yearNode = years.addObject();
            yearNode.put("year", year.year());
            yearNode.put("outcomeYear", year.outcomeYear());
            metrics(yearNode, year.metrics());
        }
        metrics(node.putObject("pooled"), rules.pooled());
    }

    private static void metrics(ObjectNode node, BacktestMetrics m) {
        node.put("units", m.units());
        node.put("insufficientData", m.insufficient());
        node.put("noOutcome", m.noOutcome());
        node.put("enoughUnits", m.enoughUnits());
        number(node, "spearman", m.spearman());
        node.put("k", m.k());
        number(node, "topShare", m.topShare());
        number(node, "auc", m.auc());
        number(node, "brier", m.brier());
    }

    private static void number(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }
}
