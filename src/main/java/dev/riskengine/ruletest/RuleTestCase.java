package dev.riskengine.ruletest;

import java.util.List;
import java.util.Map;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;

/**
 * One validated rule test case: the facts of one year (built as the workbook reader builds them)
 * and what the rules must conclude about some of its countries; {@code codes} lists every indicator
 * code given, also those left empty (missing data), which insert no Indicator. {@code file} is the case file as
 * shown to users (e.g. {@code rules/tests/threat.yaml}), {@code line} where the case starts.
 */
public record RuleTestCase(String file, int line, String name, int year, List<Country> countries,
                           List<Indicator> indicators, List<IndicatorCode> codes, List<Border> borders,
                           List<Expectation> expectations) {

    /** An indicator code the case gives a country, with or without a value, and the line it is on. */
    public record IndicatorCode(String iso3, String code, int line) { }

    /** What one country must end with; null or empty parts are not checked. */
    public record Expectation(String iso3, int line, String band, ValueRange score, Map<Dimension, ValueRange> dimensions,
                              List<String> fires, List<String> doesNotFire, Map<String, ValueRange> points) {

        /** Every rule name the expectation mentions, for checking that such rules exist. */
        public List<String> namedRules() {
            List<String> names = new java.util.ArrayList<>(fires);
            names.addAll(doesNotFire);
            names.addAll(points.keySet());
            return names;
        }
    }

    /** {@code rules/tests/threat.yaml:12}: where to look. */
    public String where() {
        return file + ":" + line;
    }

    public List<Object> facts() {
        List<Object> facts = new java.util.ArrayList<>(indicators);
        facts.addAll(borders);
        return facts;
    }
}
