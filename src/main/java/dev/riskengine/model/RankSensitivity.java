package dev.riskengine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How stable a year's ranking is when the rules' points are uncertain ({@code risk sensitivity}):
 * {@code draws} sessions, each with every rule's points multiplied by its own factor drawn
 * uniformly from 1 - {@code spread} to 1 + {@code spread}, reproduced by {@code seed}.
 *
 * @param bands every band seen in the draws, lowest first
 * @param units the units scored, in the central ranking's order (rank 1 first)
 * @param rules the rules that gave points in the central assessment, the one moving the ranking most first
 * @param insufficient the units with too little evidence: no score, so no rank, in any draw
 */
public record RankSensitivity(int year, int draws, long seed, double spread, List<String> bands,
                              List<UnitRanks> units, List<RuleInfluence> rules, List<String> insufficient) {

    public RankSensitivity {
        bands = List.copyOf(bands);
        units = List.copyOf(units);
        rules = List.copyOf(rules);
        insufficient = List.copyOf(insufficient);
    }

    /**
     * One unit over the draws: its rank with the points as written, the 5th, 50th and 95th
     * percentiles of its rank (nearest rank: a rank some draw gave), and the share of draws in
     * each band, lowest band first (the shares add up to 1).
     */
    public record UnitRanks(String iso3, String name, int rank, double score, String band, int bandLevel,
                            int rankP5, int rankP50, int rankP95, Map<String, Double> bandProbabilities) {

        public UnitRanks {
            bandProbabilities = Collections.unmodifiableMap(new LinkedHashMap<>(bandProbabilities));
        }

        public double probabilityOf(String band) {
            return bandProbabilities.getOrDefault(band, 0.0);
        }
    }

    /**
     * How much one rule's factor moves the ranking: for each unit whose rank moved at all,
     * Spearman's correlation between the rule's factor and the unit's rank over the draws; its
     * square is about the share of that unit's rank movement the rule explains.
     *
     * @param rankShare the mean of those squares over the units whose rank moved (0 when none moved)
     * @param mostMoved the unit whose rank follows the factor most closely, or null when none moved
     * @param rho       that unit's correlation: below 0 more points move it up the ranking (towards rank 1)
     */
    public record RuleInfluence(String rule, String file, double rankShare, String mostMoved, double rho) { }
}
