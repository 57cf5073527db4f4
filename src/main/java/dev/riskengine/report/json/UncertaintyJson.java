package dev.riskengine.report.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Assessment;

/**
 * The Monte Carlo part of scores.json (only when the run drew samples): a top-level
 * {@code "simulation": {"draws", "seed", "bands"}} and per country
 * {@code "simulation": {"p10", "p50", "p90", "bandProbabilities": {band: share}}}.
 */
final class UncertaintyJson {

    private UncertaintyJson() {
    }

    static void putRun(ObjectNode root, Assessment assessment) {
        assessment.simulation().ifPresent(simulation -> {
            ObjectNode node = root.putObject("simulation");
            node.put("draws", simulation.draws());
            node.put("seed", simulation.seed());
            node.put("distribution", "triangular over each ranged indicator's low, central and high values");
            PrettyJson.putStrings(node, "bands", simulation.bands());
        });
    }

    static void putCountry(ObjectNode countryNode, Assessment assessment, String iso3) {
        assessment.simulation().flatMap(simulation -> simulation.of(iso3)).ifPresent(distribution -> {
            ObjectNode node = countryNode.putObject("simulation");
            PrettyJson.putNumber(node, "p10", distribution.p10());
            PrettyJson.putNumber(node, "p50", distribution.p50());
            PrettyJson.putNumber(node, "p90", distribution.p90());
            PrettyJson.putNumberMap(node, "bandProbabilities", distribution.bandProbabilities());
        });
    }
}
