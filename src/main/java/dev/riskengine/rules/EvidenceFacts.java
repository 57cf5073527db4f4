package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;

/**
 * Builds the {@link DimensionEvidence} facts of one assessed year: for every unit and dimension,
 * the inputs the dimension's rules read ({@link DimensionInputs}), which of them the unit has, the
 * year of its newest value and its widest range. Built once per year and inserted unchanged into
 * every session of that year (central, low and high ends, Monte Carlo draws), so all of them judge
 * the same evidence.
 */
public final class EvidenceFacts {

    private EvidenceFacts() {
    }

    /** The facts for a workbook's year, its Dictionary defining what is expected. */
    public static List<DimensionEvidence> of(RuleBase rules, IndicatorWorkbook workbook, int year) {
        return of(rules.dimensionInputs(), workbook.dictionary(), year, workbook.countries(), workbook.indicators());
    }

    /**
     * @param dictionary the Dictionary, or null when there is none (a rule test case): then every
     *                   code the rules use is expected, and every range is judged against its value
     * @param indicators indicators of any years; only those up to {@code year} count, and only the
     *                   year's own count as present
     */
    public static List<DimensionEvidence> of(DimensionInputs inputs, Collection<IndicatorDefinition> dictionary,
                                             int year, List<Country> countries, Collection<Indicator> indicators) {
        Set<String> codes = dictionary == null ? null : new HashSet<>();
        Map<String, Double> signedScales = new HashMap<>();
        if (dictionary != null) {
            for (IndicatorDefinition definition : dictionary) {
                codes.add(definition.code());
                if (definition.isSignedIndex()) {
                    signedScales.put(definition.code(), definition.scaleWidth());
                }
            }
        }
        Map<Dimension, List<String>> expected = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            expected.put(dimension, inputs.expected(dimension, codes));
        }
        Map<String, List<Indicator>> byUnit = new HashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.getYear() <= year) {
                byUnit.computeIfAbsent(indicator.getIso3(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<DimensionEvidence> facts = new ArrayList<>(countries.size() * Dimension.values().length);
        for (Country country : countries) {
            List<Indicator> own = byUnit.getOrDefault(country.getIso3(), List.of());
            for (Dimension dimension : Dimension.values()) {
                facts.add(evidence(country, dimension, year, expected.get(dimension), own, signedScales));
            }
        }
        return facts;
    }

    private static DimensionEvidence evidence(Country country, Dimension dimension, int year, List<String> expected,
                                              List<Indicator> own, Map<String, Double> signedScales) {
        List<String> present = new ArrayList<>();
        Integer newestYear = null;
        double widestRange = 0.0;
        for (String input : expected) {
            if (input.equals(DimensionInputs.POPULATION)) {
                if (country.getPopulation() != null) {
                    present.add(input);
                }
                continue;
            }
            for (Indicator indicator : own) {
                if (!indicator.getCode().equals(input)) {
                    continue;
                }
                newestYear = newestYear == null ? indicator.getYear() : Math.max(newestYear, indicator.getYear());
                if (indicator.getYear() == year) {
                    if (!present.contains(input)) {
                        present.add(input);
                    }
                    widestRange = Math.max(widestRange,
                            relativeWidth(indicator, signedScales.getOrDefault(input, Double.NaN)));
                }
            }
        }
        return new DimensionEvidence(country.getIso3(), dimension, year, expected, present, newestYear, widestRange);
    }

    /**
     * A range's width as a share of its central value (10-30 around 20 is 1.0); against the larger
     * end when the central value is 0, so 0-10 around 0 is 1.0 too. 0 for a point estimate. A
     * signed index (WGI's -2.5 to 2.5) has a 0 that is a point of its scale, not "none": its
     * width is a share of the scale instead ({@code signedScale}, the Dictionary's Max - Min), or
     * -0.05 with a range of 0.6 would read as twelve times its value and 0 as no measure at all.
     *
     * @param signedScale Max - Min of a signed index, NaN for any other indicator
     */
    static double relativeWidth(Indicator indicator, double signedScale) {
        double width = indicator.getHigh() - indicator.getLow();
        if (width <= 0 || !Double.isFinite(width)) {
            return 0.0;
        }
        if (signedScale > 0) {
            return width / signedScale;
        }
        double base = indicator.getValue() != 0 ? Math.abs(indicator.getValue())
                : Math.max(Math.abs(indicator.getLow()), Math.abs(indicator.getHigh()));
        return base == 0 ? 0.0 : width / base;
    }
}
