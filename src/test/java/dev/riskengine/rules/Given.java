package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.Border;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/** Tiny facts for rule tests: "given these countries, indicators and borders, the rules say...". */
final class Given {
    static final int YEAR = 2016;

    private final List<Country> countries = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();
    private int row = 2;

    static Given country(String iso3, Long population) {
        return new Given().and(iso3, population);
    }

    Given and(String iso3, Long population) {
        countries.add(new Country(iso3, iso3 + " name", "Test region", population,
                population == null ? null : "Countries!D" + (countries.size() + 2)));
        return this;
    }

    Given indicator(String iso3, String code, double value) {
        facts.add(Indicator.point(iso3, code, YEAR, value, "Indicators!" + code + row++));
        return this;
    }

    /** A border in both directions, as the workbook reader provides it. */
    Given border(String iso3, String neighbour, double km) {
        String cell = "Borders!C" + row++;
        facts.add(new Border(iso3, neighbour, km, cell));
        facts.add(new Border(neighbour, iso3, km, cell));
        return this;
    }

    /** A border whose other side is not assessed (not in Countries). */
    Given borderToOutsider(String iso3, String neighbour, double km) {
        facts.add(new Border(iso3, neighbour, km, "Borders!C" + row++));
        return this;
    }

    Map<String, RuleOutcome> run() {
        return new RuleSession(ShippedRules.ruleBase()).run(countries, facts);
    }

    /** The rules over these facts and, as an assessment inserts them, the evidence facts of the year. */
    Map<String, RuleOutcome> assessed() {
        List<Object> all = new ArrayList<>(facts);
        List<Indicator> indicators = facts.stream().filter(Indicator.class::isInstance).map(Indicator.class::cast).toList();
        all.addAll(EvidenceFacts.of(ShippedRules.ruleBase().dimensionInputs(), null, YEAR, countries, indicators));
        return new RuleSession(ShippedRules.ruleBase()).run(countries, all);
    }

    /** One rule explained for one country over these facts and the evidence facts, as {@code explain --rule} does. */
    dev.riskengine.model.RuleExplanation explainAssessed(String rule, String iso3) throws RuleExplainer.UnknownRuleException {
        List<Object> all = new ArrayList<>(facts);
        List<Indicator> indicators = facts.stream().filter(Indicator.class::isInstance).map(Indicator.class::cast).toList();
        all.addAll(EvidenceFacts.of(ShippedRules.ruleBase().dimensionInputs(), null, YEAR, countries, indicators));
        return new RuleExplainer(ShippedRules.ruleBase()).explain(rule, iso3, countries, all);
    }

    /** A ranged indicator, e.g. 20 (10-30). */
    Given range(String iso3, String code, double low, double value, double high) {
        facts.add(new Indicator(iso3, code, YEAR, value, low, high, "Indicators!" + code + row++));
        return this;
    }

    /** An indicator of an earlier year (older rows of the workbook). */
    Given indicatorOf(int year, String iso3, String code, double value) {
        facts.add(Indicator.point(iso3, code, year, value, "Indicators!" + code + row++));
        return this;
    }

    /** One rule explained for one country over these facts. */
    dev.riskengine.model.RuleExplanation explain(String rule, String iso3) throws RuleExplainer.UnknownRuleException {
        return new RuleExplainer(ShippedRules.ruleBase()).explain(rule, iso3, countries, facts);
    }

    /** The contributions one rule made for one country. */
    List<ContributionRecord> contributionsOf(String iso3, String rule) {
        return ShippedRules.contributionsOf(run(), iso3, rule);
    }
}
