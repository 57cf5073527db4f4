package dev.riskengine.report.json;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.ComparisonText;

/**
 * The "comparison" field of scores.json: what changed since the run compared with, and why.
 * Versioned on its own ({@link RunComparison#VERSION}) so readers can rely on its shape.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    /** The comparison as scores.json holds it; public for tools and tests that compare documents. */
    public static ObjectNode tree(RunComparison comparison) {
        ObjectNode root = PrettyJson.object();
        root.put("version", RunComparison.VERSION);
        root.put("previousRun", comparison.previousRunId());
        root.put("note", comparison.note());
        root.put("previousYear", comparison.previousYear());
        root.put("inputChanged", comparison.inputChanged());
        ArrayNode ruleFiles = root.putArray("ruleFiles");
        for (RunComparison.RuleFileChange change : comparison.ruleFiles()) {
            ObjectNode node = ruleFiles.addObject();
            node.put("file", change.file());
            node.put("change", change.change().word());
            node.put("sha256Before", change.sha256Before());
            node.put("sha256After", change.sha256After());
        }
        if (comparison.changedOnly()) {
            // a large run: "countries" lists the units that changed; the others are only counted
            root.put("unchanged", comparison.unchanged().size());
        }
        ArrayNode countries = root.putArray("countries");
        comparison.countries().forEach(c -> countries.add(country(c)));
        return root;
    }

    private static ObjectNode country(RunComparison.CountryChange c) {
        ObjectNode node = PrettyJson.object();
        node.put("iso3", c.iso3());
        node.put("name", c.name());
        PrettyJson.putNumber(node, "scoreBefore", c.scoreBefore());
        PrettyJson.putNumber(node, "score", c.score());
        PrettyJson.putNumber(node, "scoreChange", difference(c.scoreBefore(), c.score()));
        node.put("bandBefore", c.bandBefore());
        node.put("bandLevelBefore", c.bandLevelBefore());
        node.put("band", c.band());
        node.put("bandLevel", c.bandLevel());
        node.put("bandChange", c.bandBefore() == null || c.band() == null ? null
                : c.bandRose() ? "rose" : c.bandFell() ? "fell"
                // to or from "Insufficient data", which is no level: changed, but neither up nor down
                : c.band().equals(c.bandBefore()) ? "same" : "changed");
        ArrayNode cells = node.putArray("cells");
        for (RunComparison.CellChange change : c.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("code", change.code());
            cell.put("cell", change.cell());
            reading(cell, "before", change.before());
            reading(cell, "after", change.after());
        }
        ArrayNode contributions = node.putArray("contributions");
        for (RunComparison.ContributionChange change : c.contributions()) {
            ObjectNode item = contributions.addObject();
            item.put("change", ComparisonText.verb(change));
            item.put("rule", change.rule());
            item.put("file", change.file());
            item.put("dimension", change.dimension() == null ? null : change.dimension().name());
            item.put("reason", change.reason());
            PrettyJson.putNumber(item, "pointsBefore", change.pointsBefore());
            PrettyJson.putNumber(item, "points", change.points());
            PrettyJson.putStrings(item, "cells", change.cells());
        }
        return node;
    }

    private static void reading(ObjectNode parent, String field, PastRun.Reading reading) {
        if (reading == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode node = parent.putObject(field);
        PrettyJson.putNumber(node, "value", reading.value());
        PrettyJson.putNumber(node, "low", reading.low());
        PrettyJson.putNumber(node, "high", reading.high());
    }

    /** 5.3 - 4.2 is 1.1, not 1.0999999999999996: the decimal difference of the written scores. */
    private static Double difference(Double before, Double after) {
        if (before == null || after == null || !Double.isFinite(before) || !Double.isFinite(after)) {
            return null;
        }
        return new BigDecimal(Double.toString(after)).subtract(new BigDecimal(Double.toString(before))).doubleValue();
    }
}
