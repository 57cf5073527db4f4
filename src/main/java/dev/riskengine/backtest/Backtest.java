package dev.riskengine.backtest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.stream.Collectors;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.BacktestMetrics;
import dev.riskengine.model.BacktestRequest;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.BacktestRules;
import dev.riskengine.model.BacktestYear;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.rules.BandNames;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.text.CloseNames;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * Do the rules anticipate what later happened? Every year Y of the workbook is assessed through
 * the pipeline, and each unit's score and band are set against the outcome indicator at Y + lead:
 * per year and pooled, for each rules folder on the same data.
 */
public final class Backtest {
    private final Pipeline pipeline;
    private final DrawProgress progress;

    public Backtest(Pipeline pipeline, DrawProgress progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    public BacktestResult run(BacktestRequest request)
            throws InvalidWorkbookException, RuleCompilationException, BacktestInputException {
        IndicatorWorkbook workbook = pipeline.read(request.input());
        List<RuleBase> rules = new ArrayList<>();
        for (Path rulesDir : request.rulesDirs()) {
            rules.add(pipeline.rules(rulesDir));
        }
        return run(request, workbook, rules);
    }

    /** The backtest of a workbook already read with rules already compiled, one per folder of the request. */
    public BacktestResult run(BacktestRequest request, IndicatorWorkbook workbook, List<RuleBase> rules)
            throws InvalidWorkbookException, BacktestInputException {
        return run(request, workbook, rules, Optional.empty());
    }

    /**
     * An assessment run's own backtest: its workbook, its compiled rules and the years it assessed
     * already, so the run folder's backtest is of exactly what it assessed and no year is assessed
     * twice (a run given --year assessed one year: the others are assessed here).
     */
    public BacktestResult run(BacktestRequest request, IndicatorWorkbook workbook, RuleBase rules, Assessment assessed)
            throws InvalidWorkbookException, BacktestInputException {
        return run(request, workbook, List.of(rules), Optional.of(assessed));
    }

    private BacktestResult run(BacktestRequest request, IndicatorWorkbook workbook, List<RuleBase> rules,
                               Optional<Assessment> firstAssessed) throws InvalidWorkbookException, BacktestInputException {
        IndicatorWorkbook outcomeBook = request.outcomes() == null ? workbook : pipeline.read(request.outcomes());
        OutcomeValues outcomes = OutcomeValues.of(outcomeBook, request.outcomesFile(), request.outcome());
        List<Integer> pairedYears = pairedYears(workbook.years(), outcomes, request);
        List<BacktestRules> results = new ArrayList<>();
        List<PairedUnits> firstPaired = null;
        for (int i = 0; i < rules.size(); i++) {
            List<PairedUnits> paired = new ArrayList<>();
            Optional<Assessment> assessed = i == 0 ? firstAssessed : Optional.empty();
            results.add(backtest(workbook, rules.get(i), request.rulesDirs().get(i), assessed, pairedYears, outcomes,
                    request, paired));
            firstPaired = firstPaired == null ? paired : firstPaired;
        }
        return new BacktestResult(request, results, persistence(firstPaired, pairedYears, outcomes, request));
    }

    /**
     * The yardstick: each unit the first rules folder paired in year Y, scored by the outcome
     * itself at Y (flagged when above that year's median), against the outcome at Y + lead. Rules
     * that do not beat it add nothing to "it will be as last year". A unit without an outcome at Y
     * is counted as having none, never as 0.
     */
    private static BacktestRules persistence(List<PairedUnits> firstPaired, List<Integer> years, OutcomeValues outcomes,
                                             BacktestRequest request) {
        List<BacktestYear> results = new ArrayList<>();
        List<PairedUnits> pairedByYear = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            PairedUnits scoredByRules = firstPaired.get(i);
            PairedUnits paired = new PairedUnits();
            List<PairedUnits.Unit> withPast = new ArrayList<>();
            for (PairedUnits.Unit unit : scoredByRules.units()) {
                OptionalDouble past = outcomes.of(unit.iso3(), year);
                if (past.isEmpty()) {
                    paired.countNoOutcome();
                } else {
                    withPast.add(new PairedUnits.Unit(unit.iso3(), past.getAsDouble(), unit.outcome(), false, OptionalDouble.empty()));
                }
            }
            for (int n = 0; n < scoredByRules.insufficient(); n++) {
                paired.countInsufficient();
            }
            for (int n = 0; n < scoredByRules.noOutcome(); n++) {
                paired.countNoOutcome();
            }
            double median = withPast.isEmpty() ? 0 : Median.of(withPast.stream().mapToDouble(PairedUnits.Unit::score).toArray());
            withPast.forEach(u -> paired.add(new PairedUnits.Unit(u.iso3(), u.score(), u.outcome(), u.score() > median,
                    OptionalDouble.empty())));
            pairedByYear.add(paired);
            results.add(new BacktestYear(year, year + request.lead(), paired.units().size() >= BacktestMetrics.FEWEST_UNITS
                    ? PairedMetrics.of(paired, request.top()) : PairedMetrics.tooFew(paired)));
        }
        return new BacktestRules(Path.of(BacktestResult.PERSISTENCE), results, PairedMetrics.pooled(pairedByYear, request.top()));
    }

    /** The workbook's years whose year + lead has outcome values; none at all is an error, not an empty table. */
    private static List<Integer> pairedYears(SortedSet<Integer> scoreYears, OutcomeValues outcomes,
                                             BacktestRequest request) throws BacktestInputException {
        List<Integer> paired = scoreYears.stream().filter(y -> outcomes.years().contains(y + request.lead())).toList();
        if (paired.isEmpty()) {
            throw new BacktestInputException(String.format(Locale.ROOT,
                    "%s: no pair of years for --lead %d: the workbook's years are %s and \"%s\" has values for %s, "
                            + "so no year Y has an outcome at Y + %d",
                    request.outcomesFile(), request.lead(), scoreYears, outcomes.code(), outcomes.years(),
                    request.lead()));
        }
        return paired;
    }

    /**
     * @param assessed     the rules' assessment of every year, when the caller made it already
     * @param pairedByYear receives each year's paired units, for the persistence yardstick
     */
    private BacktestRules backtest(IndicatorWorkbook workbook, RuleBase rules, Path rulesDir, Optional<Assessment> assessed,
                                   List<Integer> years, OutcomeValues outcomes, BacktestRequest request,
                                   List<PairedUnits> pairedByYear) throws BacktestInputException {
        List<String> bands = List.copyOf(BandNames.of(rules));
        int flaggedFrom = flaggedBandIndex(bands, request.highBand(), rulesDir);
        Map<Integer, Assessment> byYear = assessed
                .filter(all -> all.allYears().stream().map(Assessment::year).toList().containsAll(years))
                .orElseGet(() -> pipeline.assess(workbook, rules, years.get(0), true))
                .allYears().stream().collect(Collectors.toMap(Assessment::year, a -> a));
        List<BacktestYear> results = new ArrayList<>();
        for (int year : years) {
            Optional<Simulation> drawn = request.draws() > 0
                    ? Optional.of(pipeline.simulate(workbook, rules, year, request.draws(), request.seed(), progress))
                    : Optional.empty();
            PairedUnits paired = pair(byYear.get(year), year + request.lead(), outcomes, bands, flaggedFrom, drawn);
            pairedByYear.add(paired);
            BacktestMetrics metrics = paired.units().size() >= BacktestMetrics.FEWEST_UNITS
                    ? PairedMetrics.of(paired, request.top()) : PairedMetrics.tooFew(paired);
            results.add(new BacktestYear(year, year + request.lead(), metrics));
        }
        if (results.stream().noneMatch(r -> r.metrics().enoughUnits())) {
            throw new BacktestInputException(String.format(Locale.ROOT,
                    "%s: fewer than %d units have both a score and an outcome \"%s\" in every paired year (%s)",
                    request.outcomesFile(), BacktestMetrics.FEWEST_UNITS, outcomes.code(), results.stream()
                            .map(r -> r.year() + "→" + r.outcomeYear() + ": " + r.metrics().units())
                            .collect(Collectors.joining(", "))));
        }
        return new BacktestRules(rulesDir, results, PairedMetrics.pooled(pairedByYear, request.top()));
    }

    private static PairedUnits pair(Assessment assessment, int outcomeYear, OutcomeValues outcomes, List<String> bands,
                                    int flaggedFrom, Optional<Simulation> drawn) {
        PairedUnits paired = new PairedUnits();
        for (CountryAssessment unit : assessment.countries()) {
            if (!unit.scored()) {
                paired.countInsufficient();
                continue;
            }
            OptionalDouble outcome = outcomes.of(unit.iso3(), outcomeYear);
            if (outcome.isEmpty()) {
                paired.countNoOutcome();
                continue;
            }
            boolean flagged = bands.indexOf(unit.band()) >= flaggedFrom;
            // every scored unit is drawn: a missing one would be a fault of the engine, never a probability of 0
            OptionalDouble probability = drawn.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(flaggedProbability(drawn.get().of(unit.iso3()).orElseThrow(
                            () -> new IllegalStateException("no Monte Carlo draws for " + unit.iso3())),
                            bands, flaggedFrom));
            paired.add(new PairedUnits.Unit(unit.iso3(), unit.score(), outcome.getAsDouble(), flagged, probability));
        }
        return paired;
    }

    private static double flaggedProbability(ScoreDistribution distribution, List<String> bands, int flaggedFrom) {
        return bands.subList(flaggedFrom, bands.size()).stream().mapToDouble(distribution::probabilityOf).sum();
    }

    /** Where the flagged band sits among the rules' bands (lowest first); band names are the rule author's. */
    private static int flaggedBandIndex(List<String> bands, String highBand, Path rulesDir) throws BacktestInputException {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).equalsIgnoreCase(highBand)) {
                return i;
            }
        }
        throw new BacktestInputException(rulesDir + ": the rules give no band \"" + highBand + "\" (--high-band); "
                + (bands.isEmpty() ? "their band rules could not be asked for their bands"
                : "their bands are " + bands + CloseNames.didYouMean(highBand, bands)));
    }
}
