package dev.riskengine.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.parallel.OnEveryCore;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.RuleSession;
import dev.riskengine.rules.ScoreSession;

/**
 * Assesses one year of a workbook: runs the rules with every indicator at its central value,
 * then, when some indicators are ranges, again at their low and at their high values to give
 * each country's score range; adds completeness, missing data and the ranking. The low and high
 * runs keep only scores ({@link ScoreSession}): contributions and provenance come from the
 * central run, and recording them twice more would cost a third of the run's time for nothing.
 */
public final class Assessor {
    private static final Comparator<Indicator> BY_CODE = Comparator.comparing(Indicator::getCode);

    private final RuleBase ruleBase;
    private final int batchSize;
    private List<UnitBatches.Batch> batches;

    public Assessor(RuleBase ruleBase) {
        this(ruleBase, BatchedRuleRun.BATCH_SIZE);
    }

    /** @param batchSize units per session when the workbook has more (tests use small batches) */
    Assessor(RuleBase ruleBase, int batchSize) {
        this.ruleBase = ruleBase;
        this.batchSize = batchSize;
    }

    /**
     * Several years, each in sessions of its own. A workbook small enough for one session a year
     * has its years assessed on every core at once; a larger one already uses every core within a
     * year, so its years go one after the other.
     *
     * @return the assessments in the order of {@code years}
     */
    public List<Assessment> assess(IndicatorWorkbook workbook, List<Integer> years) {
        if (years.size() < 2 || workbook.countries().size() > batchSize) {
            return years.stream().map(year -> assess(workbook, year)).toList();
        }
        List<OnEveryCore.Task<Assessment, RuntimeException>> tasks = new ArrayList<>();
        years.forEach(year -> tasks.add(() -> assess(workbook, year)));
        return OnEveryCore.map("year-assessor", tasks);
    }

    public Assessment assess(IndicatorWorkbook workbook, int year) {
        List<Indicator> indicators = workbook.indicatorsOf(year);
        Map<String, RuleOutcome> central = runWith(workbook, indicators, new RuleSession(ruleBase)::run);
        boolean anyRange = indicators.stream().anyMatch(Indicator::isRange);
        Map<String, Double> atLow = anyRange ? scoresAt(workbook, indicators, Indicator::getLow, "low end") : Map.of();
        Map<String, Double> atHigh = anyRange ? scoresAt(workbook, indicators, Indicator::getHigh, "high end") : Map.of();

        Map<String, List<Indicator>> byIso3 = new HashMap<>();
        indicators.forEach(i -> byIso3.computeIfAbsent(i.getIso3(), k -> new ArrayList<>()).add(i));
        List<CountryAssessment> unranked = new ArrayList<>();
        for (Country country : workbook.countries()) {
            String iso3 = country.getIso3();
            RuleOutcome outcome = central.get(iso3);
            List<Indicator> own = byIso3.getOrDefault(iso3, List.of()).stream().sorted(BY_CODE).toList();
            List<String> missing = missingCodes(workbook.dictionary(), own);
            double score = outcome.score();
            double low = Math.min(score, Math.min(atLow.getOrDefault(iso3, score), atHigh.getOrDefault(iso3, score)));
            double high = Math.max(score, Math.max(atLow.getOrDefault(iso3, score), atHigh.getOrDefault(iso3, score)));
            unranked.add(new CountryAssessment(country, 0, outcome.score(), outcome.band(), outcome.bandLevel(),
                    low, high, outcome.dimensions(), completeness(workbook.dictionary(), missing), own, missing,
                    outcome.contributions()));
        }
        return new Assessment(year, rank(unranked), dataIssues(workbook, year));
    }

    /** Each unit's score with every ranged indicator at one end of its range. */
    private Map<String, Double> scoresAt(IndicatorWorkbook workbook, List<Indicator> indicators,
                                         ToDoubleFunction<Indicator> bound, String end) {
        Map<String, ScoreSession.Score> scores = runWith(workbook, at(indicators, bound),
                new ScoreSession(ruleBase, "with the ranged indicators at the " + end + " of their ranges")::run);
        Map<String, Double> values = new HashMap<>();
        scores.forEach((iso3, score) -> values.put(iso3, score.value()));
        return values;
    }

    /**
     * One session over everything, or, for a workbook of more than one batch of units, one
     * session per batch on every core ({@link BatchedRuleRun}); both give the same outcomes.
     */
    private <T> Map<String, T> runWith(IndicatorWorkbook workbook, List<Indicator> indicators,
                                       BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        if (workbook.countries().size() <= batchSize) {
            List<Object> facts = new ArrayList<>(indicators);
            facts.addAll(workbook.borders());
            return session.apply(workbook.countries(), facts);
        }
        if (batches == null) {
            batches = UnitBatches.of(workbook.countries(), workbook.borders(), batchSize, BatchedRuleRun.HALO_DEPTH);
        }
        return BatchedRuleRun.run(workbook.countries(), indicators, workbook.borders(), batches, session);
    }

    private static List<Indicator> at(List<Indicator> indicators, ToDoubleFunction<Indicator> bound) {
        return indicators.stream().map(i -> i.isRange() ? i.withValue(bound.applyAsDouble(i)) : i).toList();
    }

    private static List<String> missingCodes(List<IndicatorDefinition> dictionary, List<Indicator> present) {
        Set<String> presentCodes = new HashSet<>();
        present.forEach(i -> presentCodes.add(i.getCode()));
        return dictionary.stream().map(IndicatorDefinition::code).filter(code -> !presentCodes.contains(code)).toList();
    }

    private static double completeness(List<IndicatorDefinition> dictionary, List<String> missing) {
        return dictionary.isEmpty() ? 1.0 : (dictionary.size() - missing.size()) / (double) dictionary.size();
    }

    /** Highest score first; equal scores keep a stable order by ISO3 and share no rank. */
    private static List<CountryAssessment> rank(List<CountryAssessment> unranked) {
        List<CountryAssessment> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparingDouble(CountryAssessment::score).reversed()
                .thenComparing(CountryAssessment::iso3));
        List<CountryAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CountryAssessment c = sorted.get(i);
            ranked.add(new CountryAssessment(c.country(), i + 1, c.score(), c.band(), c.bandLevel(), c.scoreLow(),
                    c.scoreHigh(), c.dimensions(), c.completeness(), c.indicators(), c.missingIndicators(),
                    c.contributions()));
        }
        return List.copyOf(ranked);
    }

    private static List<DataIssue> dataIssues(IndicatorWorkbook workbook, int year) {
        Map<String, String> names = new HashMap<>();
        workbook.countries().forEach(c -> names.put(c.getIso3(), c.getName()));
        List<DataIssue> issues = new ArrayList<>();
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
