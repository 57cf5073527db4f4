package dev.riskengine.run;

import java.io.IOException;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RuleExplanation;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.report.console.ConsoleText;
import dev.riskengine.report.console.RuleExplanationText;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleExplainer.UnknownRuleException;
import dev.riskengine.store.UnknownRunException;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * {@code explain ISO3 [--rule NAME] [--run RUN]}: one country assessed (one year, nothing written)
 * and explained, or one rule explained for it over the same facts the assessment used; with a
 * run, from the copies of the workbook and rules that run's folder keeps.
 */
public final class Explaining {

    /** The explanation's text, or why there is none. */
    public sealed interface Outcome permits Explained, UnknownCountry, UnknownRule { }

    public record Explained(String text) implements Outcome { }

    /** The workbook has no such country: one line naming the ones it has. */
    public record UnknownCountry(String message) implements Outcome { }

    /** The rules have no rule of that name: one line with the close names. */
    public record UnknownRule(String message) implements Outcome { }

    private final Pipeline pipeline = new Pipeline();

    /**
     * @param request the workbook, rules and year asked for; messages name these even when a past run is explained
     * @param run     a past run (a run folder's name in {@code request.reportsDir()}, or its path), or null
     * @param rule    the rule to explain, or null for the whole country
     */
    public Outcome explain(RunRequest request, String run, String iso3, String rule) throws InvalidWorkbookException,
            RuleCompilationException, YearNotInWorkbookException, UnknownRunException, IOException {
        if (run == null) {
            return explain(request, request, iso3, rule);
        }
        try (RunInputs.Restored copies = RunInputs.restore(request.reportsDir(), run)) {
            return explain(new RunRequest(copies.workbook(), copies.rulesDir(), null,
                    request.year() != null ? request.year() : copies.year()), request, iso3, rule);
        }
    }

    private Outcome explain(RunRequest assessed, RunRequest asked, String iso3, String rule)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        try (AssessmentRun.Evaluation evaluation = new AssessmentRun(pipeline, DrawProgress.NONE).evaluate(assessed, false)) {
            int year = evaluation.assessment().year();
            CountryAssessment country = UnitLookup.find(evaluation.assessment(), iso3).orElse(null);
            if (country == null) {
                return new UnknownCountry(asked.input().getFileName() + ": Countries: "
                        + UnitLookup.notFound(evaluation.assessment(), iso3));
            }
            if (rule == null) {
                return new Explained(ConsoleText.explanation(country, year));
            }
            try {
                RuleExplanation explanation = pipeline.explain(evaluation.workbook(), evaluation.rules(), year,
                        country.iso3(), rule);
                return new Explained(RuleExplanationText.of(explanation, country, year));
            } catch (UnknownRuleException e) {
                return new UnknownRule(asked.rulesDir() + ": " + e.getMessage());
            }
        }
    }
}
