package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;
import dev.riskengine.model.RankSensitivity.UnitRanks;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.rules.ScoreSession;

/**
 * How the ranking moves when the rules' points are uncertain: each draw multiplies every rule's
 * points by its own factor, uniform from 1 - spread to 1 + spread, re-scores every unit and ranks
 * them as the reports do (highest score first, equal scores by ISO3). Draws run on several
 * threads; each has its own seeded stream ({@link DrawSeeds}) and writes only its own slot, so a
 * seed gives the same result however the threads are scheduled.
 */
public final class PointsSensitivity {
    /** What a rule that fails in a draw is said to have failed in. */
    public static final String DURING = "in a sensitivity draw";

    /** Percentiles of the rank reported per unit. */
    private static final double LOW = 0.05;
    private static final double HIGH = 0.95;

    /** Scores every unit with the rules' points multiplied by the given factors; called on several threads at once. */
    @FunctionalInterface
    public interface FactorScorer {
        Map<String, ScoreSession.Score> score(PointsFactors factors);
    }

    private final FactorScorer scorer;
    private final int threads;
    private final DrawProgress progress;

    public PointsSensitivity(FactorScorer scorer, int threads, DrawProgress progress) {
        this.scorer = scorer;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /**
     * @param central the assessment with the points as written: its ranks, scores and bands, and
     *                (from its contributions) the rules whose influence is reported
     * @param rules   every rule's name with its file; each draw gives each its own factor
     * @param spread  from 0 (the points as written in every draw) to below 1
     */
    public RankSensitivity run(Assessment central, SortedMap<String, String> rules, double spread, int draws,
                               long seed) {
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("spread must be from 0 to below 1, was " + spread);
        }
        MonteCarlo.checkDraws(draws);
        List<CountryAssessment> scored = central.countries().stream().filter(CountryAssessment::scored).toList();
        List<String> ruleNames = new ArrayList<>(rules.keySet());
        double[][] factors = new double[ruleNames.size()][draws];
        int[][] ranks = new int[scored.size()][draws];
        String[][] bands = new String[scored.size()][draws];
        Map<String, Integer> bandLevels = new ConcurrentHashMap<>();
        Draws.run(draws, threads, "sensitivity", progress, draw -> {
            Map<String, Double> byRule = drawFactors(ruleNames, spread, DrawSeeds.forDraw(seed, draw));
            for (int r = 0; r < ruleNames.size(); r++) {
                factors[r][draw] = byRule.get(ruleNames.get(r));
            }
            rankDraw(scored, scorer.score(PointsFactors.of(byRule)), draw, ranks, bands, bandLevels);
        });
        List<String> bandOrder = BandShares.order(bandLevels);
        return new RankSensitivity(central.year(), draws, seed, spread, bandOrder,
                unitRanks(scored, ranks, bands, bandOrder, draws),
                influences(scored, ranks, factors, ruleNames, rulesGivingPoints(central, rules)),
                central.countries().stream().filter(c -> !c.scored()).map(CountryAssessment::iso3).toList());
    }

    /** One factor per rule, in the order of the names, so a seed draws the same factor for the same rule. */
    private static Map<String, Double> drawFactors(List<String> ruleNames, double spread, SplittableRandom random) {
        Map<String, Double> byRule = new HashMap<>();
        for (String rule : ruleNames) {
            byRule.put(rule, 1 + spread * (2 * random.nextDouble() - 1));
        }
        return byRule;
    }

    /**
     * The draw's ranks by the reports' rule: highest score first, equal scores by ISO3. A unit
     * that the central assessment scored has a score in every draw: its evidence facts do not change.
     */
    private static void rankDraw(List<CountryAssessment> scored, Map<String, ScoreSession.Score> outcome, int draw,
                                 int[][] ranks, String[][] bands, Map<String, Integer> bandLevels) {
        Integer[] order = new Integer[scored.size()];
        double[] values = new double[scored.size()];
        for (int u = 0; u < scored.size(); u++) {
            ScoreSession.Score score = outcome.get(scored.get(u).iso3());
            if (score == null || !score.scored()) {
                throw new RuleExecutionException("no score for " + scored.get(u).iso3() + " " + DURING
                        + ", although the rules as written score it");
            }
            order[u] = u;
            values[u] = score.value();
            bands[u][draw] = score.band();
            bandLevels.putIfAbsent(score.band(), score.bandLevel());
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer u) -> -values[u])
                .thenComparing(u -> scored.get(u).iso3()));
        for (int position = 0; position < order.length; position++) {
            ranks[order[position]][draw] = position + 1;
        }
    }

    private static List<UnitRanks> unitRanks(List<CountryAssessment> scored, int[][] ranks, String[][] bands,
                                             List<String> bandOrder, int draws) {
        List<UnitRanks> units = new ArrayList<>();
        for (int u = 0; u < scored.size(); u++) {
            CountryAssessment unit = scored.get(u);
            int[] sorted = ranks[u].clone();
            Arrays.sort(sorted);
            Map<String, Double> probabilities = BandShares.of(bands[u], bandOrder);
            units.add(new UnitRanks(unit.iso3(), unit.country().getName(), unit.rank(), unit.score(), unit.band(),
                    unit.bandLevel(),
                    nearestRank(sorted, LOW), nearestRank(sorted, 0.5), nearestRank(sorted, HIGH), probabilities));
        }
        units.sort(Comparator.comparingInt(UnitRanks::rank));
        return units;
    }

    /** The smallest value with at least share {@code p} of the sample at or below it: always a rank some draw gave. */
    static int nearestRank(int[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The rules that gave points to some unit in the central assessment, with their files. */
    private static SortedMap<String, String> rulesGivingPoints(Assessment central, SortedMap<String, String> rules) {
        SortedMap<String, String> giving = new TreeMap<>();
        for (CountryAssessment unit : central.countries()) {
            for (ContributionRecord contribution : unit.contributions()) {
                giving.put(contribution.rule(), rules.getOrDefault(contribution.rule(), contribution.file()));
            }
        }
        return giving;
    }

    private static List<RuleInfluence> influences(List<CountryAssessment> scored, int[][] ranks, double[][] factors,
                                                  List<String> ruleNames, SortedMap<String, String> giving) {
        List<double[]> movingRanks = new ArrayList<>();
        List<String> movingUnits = new ArrayList<>();
        for (int u = 0; u < scored.size(); u++) {
            if (Arrays.stream(ranks[u]).distinct().count() > 1) {
                movingRanks.add(Spearman.centredRanks(Arrays.stream(ranks[u]).asDoubleStream().toArray()));
                movingUnits.add(scored.get(u).iso3());
            }
        }
        List<RuleInfluence> influences = new ArrayList<>();
        giving.forEach((rule, file) -> {
            int index = ruleNames.indexOf(rule);
            if (index < 0) {
                throw new IllegalStateException("rule \"" + rule + "\" gave points but is not in the rule base");
            }
            double[] factorRanks = Spearman.centredRanks(factors[index]);
            double sumOfSquares = 0;
            String mostMoved = null;
            double strongest = 0;
            for (int u = 0; u < movingRanks.size(); u++) {
                double rho = Spearman.ofCentred(factorRanks, movingRanks.get(u));
                sumOfSquares += rho * rho;
                if (mostMoved == null || Math.abs(rho) > Math.abs(strongest)) {
                    mostMoved = movingUnits.get(u);
                    strongest = rho;
                }
            }
            double share = movingRanks.isEmpty() ? 0 : sumOfSquares / movingRanks.size();
            influences.add(new RuleInfluence(rule, file, round(share), mostMoved, round(strongest)));
        });
        influences.sort(Comparator.comparingDouble(RuleInfluence::rankShare).reversed()
                .thenComparing(RuleInfluence::rule));
        return influences;
    }

    /** Rounded to a thousandth, as the reports show correlations: more digits would be sampling noise. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
