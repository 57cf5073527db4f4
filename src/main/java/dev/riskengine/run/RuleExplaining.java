package dev.riskengine.run;

import java.util.ArrayList;
import java.util.List;

import dev.riskengine.model.RuleExplanation;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleExplainer;
import dev.riskengine.rules.RuleExplainer.UnknownRuleException;

/** {@code explain ISO3 --rule NAME}: the rule explained for the country over the same facts the assessment used. */
public final class RuleExplaining {

    public RuleExplanation explain(AssessmentRun.Evaluation evaluation, String iso3, String rule) throws UnknownRuleException {
        int year = evaluation.assessment().year();
        List<Object> facts = new ArrayList<>(evaluation.workbook().indicatorsOf(year));
        facts.addAll(evaluation.workbook().borders());
        facts.addAll(EvidenceFacts.of(evaluation.rules(), evaluation.workbook(), year));
        return new RuleExplainer(evaluation.rules()).explain(rule, iso3, evaluation.workbook().countries(), facts);
    }
}
