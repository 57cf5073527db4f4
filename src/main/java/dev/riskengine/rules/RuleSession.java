package dev.riskengine.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.runtime.KieSession;

import dev.riskengine.model.Contribution;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.Reliability;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;

/**
 * Runs the rules once over one year's facts in an empty session (reused from the rule base's
 * pool) and collects, per country, the contributions (with the rule, file and cells behind each),
 * dimension scores, score and band.
 */
public final class RuleSession {
    /** Firings allowed per inserted fact before we call it a loop: real rule sets need a handful. */
    private static final int FIRINGS_PER_FACT = 200;
    private static final int MIN_FIRING_LIMIT = 10_000;

    private static final Comparator<ContributionRecord> CONTRIBUTION_ORDER = Comparator
            .comparing(ContributionRecord::dimension)
            .thenComparing(ContributionRecord::points, Comparator.reverseOrder())
            .thenComparing(ContributionRecord::rule)
            .thenComparing(c -> String.valueOf(c.reason()));

    private final RuleBase ruleBase;
    /**
     * One string per distinct reason over every session of this object (the batches of a large
     * run share it, on several threads): 100,000 units give 1.4 million reasons of which a third
     * differ, and the rest held apart until the reports are written cost the run 70 MB of heap.
     */
    private final Map<String, String> sharedReasons = new ConcurrentHashMap<>();

    public RuleSession(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /**
     * @param countries the assessed countries; each must end with a score, band and three dimensions
     * @param facts     the other facts (indicators, borders) of the year
     * @return outcomes in the order of {@code countries}
     */
    public Map<String, RuleOutcome> run(List<Country> countries, Collection<?> facts) {
        KieSession session = ruleBase.newSession();
        ProvenanceRecorder recorder = new ProvenanceRecorder(ruleBase);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        session.addEventListener(new FinitePointsGuard());
        try {
            countries.forEach(session::insert);
            facts.forEach(session::insert);
            fire(session, ruleBase, countries.size() + facts.size(), "", recorder);
            return collect(session, recorder, countries);
        } finally {
            session.dispose();
        }
    }

    /** The bound on firings for a session of this many facts; shared with {@link ScoreSession}. */
    static int firingLimit(int factCount) {
        return Math.max(MIN_FIRING_LIMIT, factCount * FIRINGS_PER_FACT);
    }

    /**
     * Fires a session that records no provenance ({@link ScoreSession}, {@link RuleExplainer})
     * within the same bound as a run: a rule that throws, or rules that never stop, end it with a
     * RuleExecutionException naming the rule, its file and line (see {@link RuleFailures}).
     *
     * @param during when it happened, for the message, e.g. "in a Monte Carlo draw"
     */
    static void fireBounded(KieSession session, RuleBase ruleBase, int factCount, String during) {
        fire(session, ruleBase, factCount, during, null);
    }

    /** @param recorder knows the rule whose consequence is running; null in a session without one */
    private static void fire(KieSession session, RuleBase ruleBase, int factCount, String during,
                             ProvenanceRecorder recorder) {
        int limit = firingLimit(factCount);
        int fired;
        try {
            fired = session.fireAllRules(limit);
        } catch (RuntimeException | StackOverflowError e) {
            // A DRL function that recurses without end ends in a StackOverflowError, which no Drools handler wraps.
            throw RuleFailures.located(e, ruleBase, recorder == null ? null : recorder.firingRule(), during);
        }
        if (fired >= limit) {
            throw RuleFailures.runaway(session, ruleBase, limit, during);
        }
    }

    private Map<String, RuleOutcome> collect(KieSession session, ProvenanceRecorder recorder, List<Country> countries) {
        Map<String, List<ContributionRecord>> contributions = new HashMap<>();
        Map<String, Map<Dimension, Double>> dimensions = new HashMap<>();
        Map<String, RiskScore> scores = new HashMap<>();
        Map<String, RiskBand> bands = new HashMap<>();
        Set<String> bandFiles = new TreeSet<>(); // the files whose rules gave the bands, for a unit left without one
        Map<String, Reliability> reliabilities = new HashMap<>();
        Map<String, Map<Dimension, String>> insufficient = new HashMap<>();
        Map<String, Set<String>> rulesFired = new HashMap<>();
        for (ProvenanceRecorder.Inserted fact : recorder.facts(session)) {
            Object object = fact.fact();
            ProvenanceRecorder.Provenance inserter = fact.provenance();
            String about = FactUnit.of(object);
            if (inserter != null && about != null) {
                rulesFired.computeIfAbsent(about, k -> new HashSet<>()).add(inserter.rule());
            }
            if (object instanceof Contribution c) {
                ProvenanceRecorder.Provenance p = inserter;
                contributions.computeIfAbsent(c.getIso3(), k -> new ArrayList<>()).add(new ContributionRecord(
                        c.getIso3(), c.getDimension(), c.getPoints(), reasonOf(c, p),
                        p == null ? "?" : p.rule(), p == null ? "?" : p.file(), p == null ? List.of() : p.cells()));
            } else if (object instanceof DimensionScore d) {
                Double previous = dimensions.computeIfAbsent(d.getIso3(), k -> new EnumMap<>(Dimension.class))
                        .put(d.getDimension(), d.getValue());
                requireSingle(previous != null, d, inserter, "DimensionScore " + d.getDimension());
            } else if (object instanceof RiskScore s) {
                requireSingle(scores.put(s.getIso3(), s) != null, s, inserter, "RiskScore");
            } else if (object instanceof RiskBand b) {
                requireSingle(bands.put(b.getIso3(), b) != null, b, inserter, "RiskBand");
                if (inserter != null) {
                    bandFiles.add(inserter.file());
                }
            } else if (object instanceof Reliability r) {
                requireSingle(reliabilities.put(r.getIso3(), r) != null, r, inserter, "Reliability");
            } else if (object instanceof InsufficientEvidence i) {
                insufficient.computeIfAbsent(i.getIso3(), k -> new EnumMap<>(Dimension.class))
                        .merge(i.getDimension(), i.getReason(), (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        for (Country country : countries) {
            String iso3 = country.getIso3();
            Map<Dimension, String> lacking = insufficient.getOrDefault(iso3, Map.of());
            // Too little evidence wins over a score a rule gave anyway: that score would rest on want of data.
            RiskScore score = lacking.isEmpty() ? required(scores, iso3, "RiskScore") : null;
            RiskBand band = lacking.isEmpty() ? bands.get(iso3) : null;
            if (lacking.isEmpty() && band == null) {
                throw new RuleExecutionException(noBand(iso3, score.getValue(), "", bandFiles));
            }
            Reliability reliability = reliabilities.get(iso3);
            Map<Dimension, Double> dims = dimensions.getOrDefault(iso3, new EnumMap<>(Dimension.class));
            for (Dimension dimension : Dimension.values()) {
                if (!dims.containsKey(dimension)) {
                    throw new RuleExecutionException("no rule inserted a DimensionScore for " + iso3 + " " + dimension
                            + ": the scoring rules must insert one per country and dimension");
                }
            }
            List<ContributionRecord> records = new ArrayList<>(contributions.getOrDefault(iso3, List.of()));
            records.sort(CONTRIBUTION_ORDER);
            outcomes.put(iso3, new RuleOutcome(iso3, score == null ? Double.NaN : score.getValue(),
                    band == null ? InsufficientEvidence.STATE : band.getName(), band == null ? 0 : band.getLevel(),
                    new EnumMap<>(dims), List.copyOf(records),
                    Set.copyOf(rulesFired.getOrDefault(iso3, Set.of())),
                    reliability == null ? Double.NaN : reliability.getValue(), lacking));
        }
        return outcomes;
    }

    /** The contribution's reason, formatted now (see {@link Contribution}); a format that does not fit names its rule. */
    private String reasonOf(Contribution contribution, ProvenanceRecorder.Provenance inserter) {
        try {
            String reason = contribution.getReason();
            if (reason == null) {
                return null;
            }
            String shared = sharedReasons.putIfAbsent(reason, reason);
            return shared == null ? reason : shared;
        } catch (IllegalFormatException e) {
            String rule = inserter == null ? "a rule" : ruleBase.locations().placeOf(inserter.file(), inserter.rule())
                    + ": rule \"" + inserter.rule() + "\"";
            throw new RuleExecutionException(rule + " gave a Contribution whose reason does not fit its values: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void requireSingle(boolean duplicate, Object fact, ProvenanceRecorder.Provenance p, String what) {
        if (duplicate) {
            throw new RuleExecutionException("more than one " + what + " for " + FactUnit.of(fact)
                    + (p == null ? "" : " (the last from rule \"" + p.rule() + "\" in " + p.file() + ")")
                    + ": each country must get exactly one; a rule probably fired twice");
        }
    }

    /**
     * Says that a unit's score got no band, and where to look: the band rules leave that score
     * out, typically a gap between a table's rows that `rules check` names. Shared with {@link ScoreSession}.
     *
     * @param during the values the session ran with (" with the ranged indicators at ..."), or ""
     * @param bandFiles the files whose rules gave other units their bands, when known
     */
    static String noBand(String iso3, double score, String during, Set<String> bandFiles) {
        return "no rule gave " + iso3 + " a RiskBand for its RiskScore "
                + BigDecimal.valueOf(score).stripTrailingZeros().toPlainString() + during + ": the band rules" + (bandFiles.isEmpty() ? "" : " (" + String.join(", ", bandFiles) + ")")
                + " must cover every score; is it in a gap between their rows? (`risk rules check` lists gaps)";
    }

    private static <T> T required(Map<String, T> byIso3, String iso3, String what) {
        T value = byIso3.get(iso3);
        if (value == null) {
            throw new RuleExecutionException("no rule inserted a " + what + " for " + iso3
                    + ": the scoring rules must insert one per country");
        }
        return value;
    }
}
