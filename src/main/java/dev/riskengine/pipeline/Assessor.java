package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.parallel.OnEveryCore;
import dev.riskengine.rules.DimensionInputs;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.ScoreSession;

/**
 * Assesses one year of a workbook: runs the rules with every indicator at its central value,
 * then, when some indicators are ranges, again with each range at the end that lowers the score
 * and at the end that raises it ({@link RangeEnds}) to give each country's score range; adds completeness, missing data and the ranking. The low and high
 * runs keep only scores ({@link ScoreSession}): contributions and provenance come from the
 * central run, and recording them twice more would cost a third of the run's time for nothing.
 */
public final class Assessor {
    private static final Comparator<Indicator> BY_CODE = Comparator.comparing(Indicator::getCode);

    private final RuleBase ruleBase;
    private final AssessmentEngine engine;

    public Assessor(RuleBase ruleBase) {
        this(ruleBase, new LocalDroolsEngine());
    }

    /** @param batchSize units per session when the workbook has more (tests use small batches) */
    Assessor(RuleBase ruleBase, int batchSize) {
        this(ruleBase, new LocalDroolsEngine(batchSize));
    }

    /** @param engine evaluates the units: every session of this assessment goes through it */
    public Assessor(RuleBase ruleBase, AssessmentEngine engine) {
        this.ruleBase = ruleBase;
        this.engine = engine;
    }

    /**
     * Several years, each in sessions of its own. A workbook small enough for one session a year
     * has its years assessed on every core at once; a larger one already uses every core within a
     * year, so its years go one after the other.
     *
     * @return the assessments in the order of {@code years}
     */
    public List<Assessment> assess(IndicatorWorkbook workbook, List<Integer> years) {
        if (years.size() < 2 || engine.usesEveryCore(workbook.countries().size())) {
            return years.stream().map(year -> assess(workbook, year)).toList();
        }
        List<OnEveryCore.Task<Assessment, RuntimeException>> tasks = new ArrayList<>();
        years.forEach(year -> tasks.add(() -> assess(workbook, year)));
        return OnEveryCore.map("year-assessor", tasks);
    }

    public Assessment assess(IndicatorWorkbook workbook, int year) {
        List<Indicator> indicators = workbook.indicatorsOf(year);
        UnitFacts facts = factsOf(ruleBase, workbook, year);
        Map<String, RuleOutcome> central = engine.outcomes(ruleBase, facts);
        boolean anyRange = indicators.stream().anyMatch(Indicator::isRange);
        RangeEnds ends = anyRange ? RangeEnds.probe(facts, this::scoresOf) : null;
        Map<String, Double> atLow = anyRange ? scoresOf(facts.withIndicators(ends.lowest(facts.indicators())),
                "with the ranged indicators at the ends of their ranges that lower the score") : Map.of();
        Map<String, Double> atHigh = anyRange ? scoresOf(facts.withIndicators(ends.highest(facts.indicators())),
                "with the ranged indicators at the ends of their ranges that raise the score") : Map.of();
        boolean populationUsed = ruleBase.dimensionInputs().populationUsed();
        List<String> inputs = ruleInputs(ruleBase.dimensionInputs(), workbook.dictionary());

        Map<String, List<Indicator>> byIso3 = new HashMap<>();
        indicators.forEach(i -> byIso3.computeIfAbsent(i.getIso3(), k -> new ArrayList<>()).add(i));
        List<CountryAssessment> unranked = new ArrayList<>();
        for (Country country : workbook.countries()) {
            String iso3 = country.getIso3();
            RuleOutcome outcome = central.get(iso3);
            List<Indicator> own = byIso3.getOrDefault(iso3, List.of()).stream().sorted(BY_CODE).toList();
            List<String> missing = missingInputs(inputs, own, country);
            double score = outcome.score();
            double low = scoreRange(score, atLow.get(iso3), atHigh.get(iso3), Math::min);
            double high = scoreRange(score, atLow.get(iso3), atHigh.get(iso3), Math::max);
            unranked.add(new CountryAssessment(country, 0, outcome.score(), outcome.band(), outcome.bandLevel(),
                    low, high, outcome.dimensions(), completeness(inputs.size(), missing), own, missing,
                    outcome.contributions(), outcome.reliability(), outcome.insufficient()));
        }
        return new Assessment(year, rank(unranked), dataIssues(workbook, year, populationUsed));
    }

    /**
     * The lowest (or highest) of the central score and the scores at the ends of the ranges; no
     * score (NaN) when the unit has none: the evidence facts are the same in all three runs, so a
     * unit without a central score has none at the ends either.
     */
    private static double scoreRange(double central, Double atLow, Double atHigh,
                                     java.util.function.DoubleBinaryOperator pick) {
        if (Double.isNaN(central)) {
            return Double.NaN;
        }
        double result = central;
        for (Double end : new Double[] {atLow, atHigh}) {
            if (end != null && !Double.isNaN(end)) {
                result = pick.applyAsDouble(result, end);
            }
        }
        return result;
    }

    /** The units of one year of the workbook and every fact the rules get about them. */
    static UnitFacts factsOf(RuleBase rules, IndicatorWorkbook workbook, int year) {
        return new UnitFacts(workbook.countries(), workbook.indicatorsOf(year), workbook.borders(),
                EvidenceFacts.of(rules, workbook, year));
    }

    /** Each unit's score from the facts (NaN for none); {@code during} names the values for a rule error. */
    private Map<String, Double> scoresOf(UnitFacts facts, String during) {
        Map<String, ScoreSession.Score> scores = engine.scores(ruleBase, facts, during);
        Map<String, Double> values = new HashMap<>();
        scores.forEach((iso3, score) -> values.put(iso3, score.value()));
        return values;
    }

    /**
     * What completeness counts: the Dictionary codes some dimension's rules read, in Dictionary
     * order, then the population when the rules read it. A Dictionary column no rule reads changes
     * no score, so a blank in it is no missing evidence (the Data issues sheet still lists it).
     */
    private static List<String> ruleInputs(DimensionInputs rules, List<IndicatorDefinition> dictionary) {
        List<String> inputs = new ArrayList<>(dictionary.stream().map(IndicatorDefinition::code)
                .filter(rules::reads).toList());
        if (rules.populationUsed()) {
            inputs.add(DimensionInputs.POPULATION);
        }
        return List.copyOf(inputs);
    }

    /**
     * The inputs without a value: an indicator without one in the year, the population when the
     * Countries sheet leaves it blank (every per-capita rule then stays silent, which is missing
     * data as much as a blank indicator is).
     */
    private static List<String> missingInputs(List<String> inputs, List<Indicator> present, Country country) {
        Set<String> presentCodes = new HashSet<>();
        present.forEach(i -> presentCodes.add(i.getCode()));
        return inputs.stream().filter(input -> input.equals(DimensionInputs.POPULATION)
                ? country.getPopulation() == null : !presentCodes.contains(input)).toList();
    }

    private static double completeness(int expected, List<String> missing) {
        return expected == 0 ? 1.0 : (expected - missing.size()) / (double) expected;
    }

    /**
     * Highest score first; equal scores keep a stable order by ISO3 and share no rank. Units with
     * insufficient data have no score: they come after every scored unit, by ISO3, and their rank
     * only places them in the list (reports show no rank for them).
     */
    static List<CountryAssessment> rank(List<CountryAssessment> unranked) {
        List<CountryAssessment> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparing((CountryAssessment c) -> !c.scored())
                .thenComparing(Comparator.comparingDouble((CountryAssessment c) -> c.scored() ? c.score() : 0.0).reversed())
                .thenComparing(CountryAssessment::iso3));
        List<CountryAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }
        return List.copyOf(ranked);
    }

    private static List<DataIssue> dataIssues(IndicatorWorkbook workbook, int year, boolean populationUsed) {
        Map<String, String> names = new HashMap<>();
        workbook.countries().forEach(c -> names.put(c.getIso3(), c.getName()));
        List<DataIssue> issues = new ArrayList<>();
        if (populationUsed) {
            for (Country country : workbook.countries()) {
                if (country.getPopulation() == null) {
                    String cell = country.getPopulationCell() != null ? country.getPopulationCell() : "Countries";
                    issues.add(DataIssue.missing(country.getIso3(), cell, "no Population for "
                            + names.getOrDefault(country.getIso3(), country.getIso3())
                            + ", so the rules that read it (per-capita forms) cannot fire"));
                }
            }
        }
        for (IndicatorWorkbook.MissingValue m : workbook.missingOf(year)) {
            String address = m.cell() != null ? m.cell() : "Indicators";
            String message = m.cell() != null
                    ? "no value for " + m.code() + " (" + names.getOrDefault(m.iso3(), m.iso3()) + ", " + year + ")"
                    : "no row for " + names.getOrDefault(m.iso3(), m.iso3()) + " in " + year + ", so no " + m.code();
            issues.add(DataIssue.missing(m.iso3(), address, message));
        }
        issues.sort(Comparator.comparing(DataIssue::iso3).thenComparing(DataIssue::address));
        issues.addAll(workbook.warnings());
        return List.copyOf(issues);
    }
}
