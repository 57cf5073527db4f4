package dev.riskengine.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.RuleSession;

/**
 * Runs cases through the same {@link RuleSession} an assessment uses and compares what the rules
 * concluded with what each case expects.
 */
public final class RuleTestRunner {
    private final RuleBase ruleBase;

    public RuleTestRunner(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public CaseResult run(RuleTestCase testCase) {
        Map<String, RuleOutcome> outcomes;
        try {
            outcomes = new RuleSession(ruleBase).run(testCase.countries(), facts(testCase));
        } catch (RuleExecutionException e) {
            return new CaseResult(testCase, List.of(new CaseResult.Failure(e.getMessage(), List.of())), Map.of());
        }
        List<CaseResult.Failure> failures = new ArrayList<>();
        for (RuleTestCase.Expectation expectation : testCase.expectations()) {
            check(expectation, outcomes.get(expectation.iso3()), failures);
        }
        return new CaseResult(testCase, List.copyOf(failures), outcomes);
    }

    /**
     * The case's facts and, as an assessment inserts them, the evidence facts of its year: a case
     * has no Dictionary, so every indicator code the rules use is expected.
     */
    private List<Object> facts(RuleTestCase testCase) {
        List<Object> facts = new ArrayList<>(testCase.facts());
        facts.addAll(EvidenceFacts.of(ruleBase.dimensionInputs(), null, testCase.year(), testCase.countries(),
                testCase.indicators()));
        return facts;
    }

    private static void check(RuleTestCase.Expectation expected, RuleOutcome actual, List<CaseResult.Failure> failures) {
        String iso3 = expected.iso3();
        if (expected.band() != null && !expected.band().strip().equalsIgnoreCase(actual.band())) {
            failures.add(new CaseResult.Failure(iso3 + " band: expected " + expected.band() + ", got " + actual.band()
                    + " (" + scoreOrReasons(actual) + ")", contributions(actual, c -> true)));
        }
        if (expected.score() != null && (!actual.scored() || !expected.score().contains(actual.score()))) {
            failures.add(new CaseResult.Failure(iso3 + " score: expected " + expected.score() + ", got "
                    + (actual.scored() ? number(actual.score()) + " (" + dimensions(actual) + ")"
                    : "none (" + scoreOrReasons(actual) + ")"), contributions(actual, c -> true)));
        }
        expected.dimensions().forEach((dimension, range) -> {
            double value = actual.dimensions().get(dimension);
            if (!range.contains(value)) {
                failures.add(new CaseResult.Failure(iso3 + " " + dimension + ": expected " + range + ", got "
                        + number(value), contributions(actual, c -> c.dimension() == dimension)));
            }
        });
        for (String rule : expected.fires()) {
            if (!actual.rulesFired().contains(rule)) {
                failures.add(new CaseResult.Failure(iso3 + ": expected \"" + rule + "\" to fire, it did not;"
                        + " what fired:", contributions(actual, c -> true)));
            }
        }
        for (String rule : expected.doesNotFire()) {
            if (actual.rulesFired().contains(rule)) {
                failures.add(new CaseResult.Failure(iso3 + ": expected \"" + rule + "\" not to fire, it did",
                        contributions(actual, c -> c.rule().equals(rule))));
            }
        }
        expected.points().forEach((rule, range) -> {
            List<ContributionRecord> byRule = actual.contributions().stream().filter(c -> c.rule().equals(rule)).toList();
            if (byRule.isEmpty()) {
                failures.add(new CaseResult.Failure(iso3 + " points of \"" + rule + "\": expected " + range
                        + ", it made no contribution; what fired:", contributions(actual, c -> true)));
                return;
            }
            double points = byRule.stream().mapToDouble(ContributionRecord::points).sum();
            if (!range.contains(points)) {
                failures.add(new CaseResult.Failure(iso3 + " points of \"" + rule + "\": expected " + range + ", got "
                        + number(points), contributions(actual, c -> c.rule().equals(rule))));
            }
        });
    }

    /** "score 4.2", or for a unit without one why it has none: "insufficient data: threat: 1 of 5 inputs ...". */
    private static String scoreOrReasons(RuleOutcome outcome) {
        return outcome.scored() ? "score " + number(outcome.score())
                : "insufficient data: " + String.join("; ", outcome.insufficient().values());
    }

    private static List<String> contributions(RuleOutcome outcome, Predicate<ContributionRecord> which) {
        List<String> lines = outcome.contributions().stream().filter(which)
                .map(c -> String.format(Locale.ROOT, "%-13s %+6.2f  %s: %s", c.dimension(), c.points(), c.rule(),
                        c.reason()))
                .toList();
        return lines.isEmpty() ? List.of("(no contributions)") : lines;
    }

    private static String dimensions(RuleOutcome outcome) {
        StringBuilder text = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(d.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(number(outcome.dimensions().get(d)));
        }
        return text.toString();
    }

    static String number(double value) {
        return ValueRange.plain(Math.round(value * 100) / 100.0);
    }
}
