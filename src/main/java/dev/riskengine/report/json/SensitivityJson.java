package dev.riskengine.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;
import dev.riskengine.model.RankSensitivity.UnitRanks;

/**
 * sensitivity.json of {@code risk sensitivity}: how the year's ranking moves when every rule's
 * points are multiplied by its own uniform factor. Per unit its rank as written, the P5, P50 and
 * P95 of its rank over the draws and the share of draws in each band; per rule that gave points,
 * the share of rank movement it explains ({@code rankShare}) and the unit it moves most.
 */
public final class SensitivityJson {
    public static final String FILE_NAME = "sensitivity.json";
    public static final int SCHEMA_VERSION = 1;

    private SensitivityJson() {
    }

    /** @param inputFile the workbook's file name; @param rulesFolder the rules folder as given */
    public static void write(RankSensitivity sensitivity, String inputFile, String rulesFolder, Instant startedAt,
                             Path file) throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        PrettyJson.putInstant(root, "startedAt", startedAt);
        root.put("inputFile", inputFile);
        root.put("rulesFolder", rulesFolder);
        root.put("year", sensitivity.year());
        root.put("draws", sensitivity.draws());
        root.put("seed", sensitivity.seed());
        root.put("spread", sensitivity.spread());
        root.put("factor", "each rule's points times its own factor, uniform from 1 - spread to 1 + spread, per draw");
        root.put("rankPercentiles", "nearest rank: P5, P50 and P95 are ranks some draw gave");
        root.put("rankShare", "mean over the units whose rank moved of the squared Spearman correlation between "
                + "the rule's factor and the unit's rank");
        PrettyJson.putStrings(root, "bands", sensitivity.bands());
        ArrayNode units = root.putArray("units");
        for (UnitRanks unit : sensitivity.units()) {
            ObjectNode node = units.addObject();
            node.put("iso3", unit.iso3());
            node.put("name", unit.name());
            node.put("rank", unit.rank());
            PrettyJson.putNumber(node, "score", unit.score());
            node.put("band", unit.band());
            node.put("rankP5", unit.rankP5());
            node.put("rankP50", unit.rankP50());
            node.put("rankP95", unit.rankP95());
            PrettyJson.putNumberMap(node, "bandProbabilities", unit.bandProbabilities());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleInfluence rule : sensitivity.rules()) {
            ObjectNode node = rules.addObject();
            node.put("rule", rule.rule());
            node.put("file", rule.file());
            node.put("rankShare", rule.rankShare());
            node.put("mostMoved", rule.mostMoved());
            PrettyJson.putNumber(node, "rho", rule.mostMoved() == null ? null : rule.rho());
        }
        PrettyJson.putStrings(root, "insufficient", sensitivity.insufficient());
        PrettyJson.write(root, file);
    }
}
